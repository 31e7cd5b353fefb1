#include "dashboardmodel.h"

#include "storage/workspace.h"

#include <QTimer>

namespace Mandate {

DashboardModel::DashboardModel(QObject *parent)
    : QObject(parent)
    , m_today(QDate::currentDate())
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &DashboardModel::recompute);
}

void DashboardModel::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (workspace) {
        connect(workspace, &Workspace::systemsChanged, this, &DashboardModel::scheduleRecompute);
        connect(workspace, &Workspace::systemsAdded, this, &DashboardModel::scheduleRecompute);
        connect(workspace, &Workspace::systemsRemoved, this, &DashboardModel::scheduleRecompute);
        connect(workspace, &Workspace::privilegesChanged, this, &DashboardModel::scheduleRecompute);
        connect(workspace, &Workspace::credentialsChanged, this, &DashboardModel::scheduleRecompute);
        connect(workspace, &Workspace::mappingsChanged, this, &DashboardModel::scheduleRecompute);
        connect(workspace, &Workspace::catalogsChanged, this, &DashboardModel::scheduleRecompute);
        connect(workspace, &Workspace::importingChanged, this, &DashboardModel::scheduleRecompute);
    }
    recompute();
}

void DashboardModel::setToday(const QDate &today)
{
    if (today == m_today)
        return;
    m_today = today;
    recompute();
}

QSet<SystemId> DashboardModel::systemsMatching(const DashboardFilter &filter) const
{
    return m_workspace ? Mandate::systemsMatching(*m_workspace, filter, m_today) : QSet<SystemId>();
}

bool DashboardModel::isRecomputePending() const
{
    return m_timer->isActive();
}

void DashboardModel::scheduleRecompute()
{
    m_timer->start();
}

void DashboardModel::recompute()
{
    m_timer->stop();
    // While an import holds the workspace the last figures stay: importingChanged(false) brings new ones.
    if (m_workspace && m_workspace->isImporting())
        return;
    m_data = m_workspace ? computeDashboard(*m_workspace, m_today) : DashboardData();
    emit changed();
}

} // namespace Mandate
