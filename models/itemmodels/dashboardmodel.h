#pragma once
// The dashboard's live figures: holds the DashboardData of one workspace and recomputes it when the
// workspace changes. Edits come in bursts (an import, a bulk acceptance, undoing a removal of many
// systems), so changes only start one single-shot timer and the data is recomputed once when the
// event loop next runs, however many signals came before. The findings come from a FindingsCache
// (shared with the findings dock when the window gives one), so an edit does not recompute them all.

#include "dashboard/dashboarddata.h"
#include "rules/findingscache.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <memory>

class QTimer;

namespace Mandate {

class Workspace;

class DashboardModel : public QObject
{
    Q_OBJECT

public:
    explicit DashboardModel(QObject *parent = nullptr);
    ~DashboardModel() override;

    // Computes at once with a findings cache of the model's own; nullptr: empty data.
    void setWorkspace(Workspace *workspace);
    // Computes at once from a findings cache others share, for its workspace; nullptr: empty data.
    void setFindingsCache(FindingsCache *cache);
    Workspace *workspace() const;
    FindingsCache *findingsCache() const { return m_cache; }
    // The day the findings are computed for; today unless a test sets it (on the cache, so for
    // everyone sharing it). Recomputes.
    void setToday(const QDate &today);
    QDate today() const { return m_today; }

    const DashboardData &data() const { return m_data; }
    // The systems a bar stands for, in the current workspace.
    QSet<SystemId> systemsMatching(const DashboardFilter &filter) const;
    // Whether a recomputation is waiting for the event loop.
    bool isRecomputePending() const;

signals:
    void changed();

private:
    void scheduleRecompute();
    void recompute();

    QPointer<FindingsCache> m_cache;
    std::unique_ptr<FindingsCache> m_ownCache; // when given a workspace rather than a cache
    QPointer<Workspace> m_workspace; // the cache's, for its signals
    QDate m_today;
    bool m_todaySet = false;
    DashboardData m_data;
    QTimer *m_timer;
};

} // namespace Mandate
