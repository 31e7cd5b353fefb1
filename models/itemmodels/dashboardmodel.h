#pragma once
// The dashboard's live figures: holds the DashboardData of one workspace and recomputes it when the
// workspace changes. Edits come in bursts (an import, a bulk acceptance, undoing a removal of many
// systems), so changes only start one single-shot timer and the data is recomputed once when the
// event loop next runs, however many signals came before.

#include "dashboard/dashboarddata.h"

#include <QDate>
#include <QObject>
#include <QPointer>

class QTimer;

namespace Mandate {

class Workspace;

class DashboardModel : public QObject
{
    Q_OBJECT

public:
    explicit DashboardModel(QObject *parent = nullptr);

    // Computes at once; nullptr: empty data.
    void setWorkspace(Workspace *workspace);
    Workspace *workspace() const { return m_workspace; }
    // The day the findings are computed for; today unless a test sets it. Recomputes.
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

    QPointer<Workspace> m_workspace;
    QDate m_today;
    DashboardData m_data;
    QTimer *m_timer;
};

} // namespace Mandate
