#pragma once
// One workspace's findings, kept current edit by edit and shared by everything that shows them
// (the findings dock, the dashboard). Computing every finding of a 100k-system estate takes
// seconds, yet an edit changes the findings of only the few systems the workspace's signals name
// (and, for F-REUSE, the other users of the credentials involved). So the cache fills once with
// computeFindings() when first asked, then recomputes only those systems, once per burst of
// signals (a zero-time timer), and says which systems changed.

#include "rules/findingsengine.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QVector>
#include <optional>

namespace Mandate {

class Workspace;

class FindingsCache : public QObject
{
    Q_OBJECT

public:
    explicit FindingsCache(Workspace *workspace, QObject *parent = nullptr);

    Workspace *workspace() const;

    // The day the rules judge by; today unless a test fixes it. Rebuilds when it differs.
    void setToday(const QDate &today);
    QDate today() const { return m_today; }

    // The findings of the systems in scope (nullopt: the whole workspace) in findingsOrder(), as
    // computeFindings() would give them. Fills the cache or applies pending changes first if need be.
    // While an import holds the workspace: what was known before it.
    QVector<SystemFinding> findings(const std::optional<QVector<SystemId>> &scope = std::nullopt);
    // How many findings the whole workspace has.
    int count();

    // Whether changes are waiting for the event loop.
    bool isPending() const { return m_timer.isActive(); }
    // Applies waiting changes now instead of when the event loop next runs.
    void flush();

signals:
    // The findings of these systems may differ; empty: any may (the cache was rebuilt).
    void changed(const QVector<Mandate::SystemId> &systems);

private:
    void markSystems(const QVector<SystemId> &ids);
    void markPrivileges(const QVector<SystemId> &ids);
    void markCredentials(const QVector<CredentialId> &ids);
    void markRebuild();
    void schedule();
    void ensureCurrent();
    void rebuild();
    // Records which credentials a system's privileges use now (empty when it is gone).
    void setCredentialsOf(SystemId id, const QSet<CredentialId> &credentials);

    QPointer<Workspace> m_workspace;
    QDate m_today;
    bool m_todayFixed = false;
    bool m_filled = false; // nothing is computed until someone asks
    bool m_rebuildPending = false;
    QVector<SystemFinding> m_sorted; // every finding, in findingsOrder()
    QHash<SystemId, QVector<SystemFinding>> m_bySystem;
    // Which credentials each system uses and the reverse: the "before" side of a privilege change.
    QHash<SystemId, QSet<CredentialId>> m_credentialsBySystem;
    QHash<CredentialId, QSet<SystemId>> m_systemsByCredential;
    QSet<SystemId> m_dirtySystems;
    QSet<SystemId> m_dirtyPrivileges; // their credentials may differ too
    QSet<CredentialId> m_dirtyCredentials;
    QTimer m_timer;
};

} // namespace Mandate
