#pragma once
// The findings of the whole workspace or of some systems as a read-only table, most severe first.
// The findings come from a FindingsCache, shared with the dashboard when the window gives one, so
// an edit recomputes only the systems it touches; the table is reset once per burst of changes,
// when the cache says the findings differ.

#include "rules/findingscache.h"
#include "rules/findingsengine.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QVector>
#include <memory>
#include <optional>

namespace Mandate {

class Workspace;

class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, RuleColumn, SystemColumn, ReasonColumn, FrameworksColumn, ColumnCount };

    enum Role {
        SystemIdRole = Qt::UserRole + 1, // SystemId
        PrivilegeIdRole, // PrivilegeId, 0 when the finding is about the system's record
        CredentialIdRole, // CredentialId, 0 unless the finding is about a credential
        SortRole, // severity as a number (higher is more severe), other columns case-folded text
    };

    explicit FindingsModel(QObject *parent = nullptr);
    ~FindingsModel() override;

    // nullptr: empty. Uses a cache of the model's own; computes at once.
    void setWorkspace(Workspace *workspace);
    // Shows the findings of a cache others share (nullptr: empty); computes at once if need be.
    void setFindingsCache(FindingsCache *cache);
    Workspace *workspace() const;
    FindingsCache *findingsCache() const { return m_cache; }

    // nullopt: the whole workspace; otherwise only these systems. Recomputes at once.
    void setScope(const std::optional<QVector<SystemId>> &systems);
    const std::optional<QVector<SystemId>> &scope() const { return m_scope; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QVector<SystemFinding> &findings() const { return m_findings; }

    // Takes in the pending changes now rather than when the event loop next runs; only tests and
    // callers that need the list at once need this.
    void refresh();

private:
    void cacheChanged(const QVector<SystemId> &systems);
    QVariant displayData(const SystemFinding &row, int column) const;

    QPointer<FindingsCache> m_cache;
    std::unique_ptr<FindingsCache> m_ownCache; // when given a workspace rather than a cache
    std::optional<QVector<SystemId>> m_scope;
    QVector<SystemFinding> m_findings;
    bool m_refreshing = false;
};

} // namespace Mandate
