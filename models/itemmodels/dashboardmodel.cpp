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

DashboardModel::~DashboardModel() = default;

Workspace *DashboardModel::workspace() const
{
    return m_cache ? m_cache->workspace() : nullptr;
}

void DashboardModel::setWorkspace(Workspace *workspace)
{
    if (m_ownCache && m_ownCache->workspace() == workspace && m_cache == m_ownCache.get())
        return recompute();
    std::unique_ptr<FindingsCache> own = workspace ? std::make_unique<FindingsCache>(workspace) : nullptr;
    setFindingsCache(own.get());
    m_ownCache = std::move(own); // setFindingsCache() let go of the previous one
}

void DashboardModel::setFindingsCache(FindingsCache *cache)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    if (m_cache)
        disconnect(m_cache, nullptr, this, nullptr);
    m_cache = cache;
    m_workspace = cache ? cache->workspace() : nullptr;
    if (cache != m_ownCache.get())
        m_ownCache.reset();
    if (cache) {
        if (m_todaySet)
            cache->setToday(m_today);
        // The findings arrive through the cache; the rest of the figures read systems and mappings.
        connect(cache, &FindingsCache::changed, this, &DashboardModel::scheduleRecompute);
    }
    if (Workspace *workspace = m_workspace.data()) {
        connect(workspace, &Workspace::systemsChanged, this, &DashboardModel::scheduleRecompute);
        connect(workspace, &Workspace::systemsAdded, this, &DashboardModel::scheduleRecompute);
        connect(workspace, &Workspace::systemsRemoved, this, &DashboardModel::scheduleRecompute);
        connect(workspace, &Workspace::mappingsChanged, this, &DashboardModel::scheduleRecompute);
        connect(workspace, &Workspace::catalogsChanged, this, &DashboardModel::scheduleRecompute);
        connect(workspace, &Workspace::importingChanged, this, &DashboardModel::scheduleRecompute);
    }
    recompute();
}

void DashboardModel::setToday(const QDate &today)
{
    m_todaySet = true;
    if (today == m_today)
        return;
    m_today = today;
    if (m_cache)
        m_cache->setToday(today);
    recompute();
}

QSet<SystemId> DashboardModel::systemsMatching(const DashboardFilter &filter) const
{
    Workspace *shown = workspace();
    if (!shown)
        return {};
    return Mandate::systemsMatching(*shown, filter, m_cache->findings());
}

bool DashboardModel::isRecomputePending() const
{
    return m_timer->isActive() || (m_cache && m_cache->isPending());
}

void DashboardModel::scheduleRecompute()
{
    m_timer->start();
}

void DashboardModel::recompute()
{
    Workspace *shown = workspace();
    // While an import holds the workspace the last figures stay: importingChanged(false) brings new ones.
    if (shown && shown->isImporting()) {
        m_timer->stop();
        return;
    }
    // Reading the cache takes in its pending changes, whose signal would only schedule this again.
    const QVector<SystemFinding> findings = shown ? m_cache->findings() : QVector<SystemFinding>();
    m_timer->stop();
    m_data = shown ? computeDashboard(*shown, findings) : DashboardData();
    emit changed();
}

} // namespace Mandate
