#include "rules/findingscache.h"

#include "storage/workspace.h"

#include <algorithm>
#include <iterator>

namespace Mandate {
namespace {

QSet<CredentialId> credentialsIn(const QVector<Privilege> &privileges)
{
    QSet<CredentialId> result;
    for (const Privilege &privilege : privileges) {
        if (privilege.credentialId != 0)
            result.insert(privilege.credentialId);
    }
    return result;
}

} // namespace

FindingsCache::FindingsCache(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_today(QDate::currentDate())
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &FindingsCache::flush);
    if (!workspace)
        return;
    connect(workspace, &Workspace::systemsChanged, this, [this](const QVector<SystemId> &ids) { markSystems(ids); });
    // A system that comes or goes changes the F-REUSE count of every credential it uses.
    connect(workspace, &Workspace::systemsAdded, this, &FindingsCache::markPrivileges);
    connect(workspace, &Workspace::systemsRemoved, this, &FindingsCache::markPrivileges);
    connect(workspace, &Workspace::privilegesChanged, this, &FindingsCache::markPrivileges);
    connect(workspace, &Workspace::credentialsChanged, this, &FindingsCache::markCredentials);
    // Evidence changes only the evidence findings of the systems it names.
    connect(workspace, &Workspace::evidenceChanged, this, [this](const QVector<SystemId> &ids) { markSystems(ids); });
    // Catalogs and mappings are not read by the rules: nothing to do for them.
    connect(workspace, &Workspace::importingChanged, this, [this](bool importing) {
        if (!importing)
            markRebuild();
    });
}

Workspace *FindingsCache::workspace() const
{
    return m_workspace;
}

void FindingsCache::setToday(const QDate &today)
{
    m_todayFixed = true;
    if (today == m_today)
        return;
    m_today = today;
    markRebuild();
}

void FindingsCache::markSystems(const QVector<SystemId> &ids)
{
    if (!m_filled)
        return;
    for (const SystemId id : ids)
        m_dirtySystems.insert(id);
    schedule();
}

void FindingsCache::markPrivileges(const QVector<SystemId> &ids)
{
    if (!m_filled)
        return;
    for (const SystemId id : ids)
        m_dirtyPrivileges.insert(id);
    schedule();
}

void FindingsCache::markCredentials(const QVector<CredentialId> &ids)
{
    if (!m_filled)
        return;
    for (const CredentialId id : ids)
        m_dirtyCredentials.insert(id);
    schedule();
}

void FindingsCache::markRebuild()
{
    if (!m_filled)
        return;
    m_rebuildPending = true;
    schedule();
}

void FindingsCache::schedule()
{
    m_timer.start();
}

void FindingsCache::ensureCurrent()
{
    if (!m_workspace || m_workspace->isImporting())
        return;
    if (!m_todayFixed && m_today != QDate::currentDate()) { // past midnight: dates judge differently
        m_today = QDate::currentDate();
        m_filled = false;
    }
    if (!m_filled)
        rebuild();
    else if (m_timer.isActive())
        flush();
}

QVector<SystemFinding> FindingsCache::findings(const std::optional<QVector<SystemId>> &scope)
{
    ensureCurrent();
    if (!scope)
        return m_sorted;
    QVector<SystemFinding> result;
    QSet<SystemId> seen;
    for (const SystemId id : *scope) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        result += m_bySystem.value(id);
    }
    std::stable_sort(result.begin(), result.end(), findingsOrder);
    return result;
}

int FindingsCache::count()
{
    ensureCurrent();
    return int(m_sorted.size());
}

void FindingsCache::rebuild()
{
    m_timer.stop();
    m_rebuildPending = false;
    m_dirtySystems.clear();
    m_dirtyPrivileges.clear();
    m_dirtyCredentials.clear();
    m_sorted = computeFindings(*m_workspace, m_today);
    m_bySystem.clear();
    for (const SystemFinding &found : std::as_const(m_sorted))
        m_bySystem[found.systemId].append(found);
    m_credentialsBySystem.clear();
    m_systemsByCredential.clear();
    for (const Privilege &privilege : m_workspace->allPrivileges()) {
        if (privilege.credentialId == 0)
            continue;
        m_credentialsBySystem[privilege.systemId].insert(privilege.credentialId);
        m_systemsByCredential[privilege.credentialId].insert(privilege.systemId);
    }
    m_filled = true;
}

void FindingsCache::setCredentialsOf(SystemId id, const QSet<CredentialId> &credentials)
{
    for (const CredentialId credential : m_credentialsBySystem.value(id)) {
        auto users = m_systemsByCredential.find(credential);
        if (users == m_systemsByCredential.end())
            continue;
        users->remove(id);
        if (users->isEmpty())
            m_systemsByCredential.erase(users);
    }
    if (credentials.isEmpty())
        m_credentialsBySystem.remove(id);
    else
        m_credentialsBySystem.insert(id, credentials);
    for (const CredentialId credential : credentials)
        m_systemsByCredential[credential].insert(id);
}

void FindingsCache::flush()
{
    // Nothing cached yet, or the import still holds the connection (it rebuilds when it is done).
    if (!m_filled || !m_workspace || m_workspace->isImporting())
        return;
    m_timer.stop();
    if (m_rebuildPending) {
        rebuild();
        emit changed({});
        return;
    }

    QSet<SystemId> affected = m_dirtySystems;
    QSet<CredentialId> credentials = m_dirtyCredentials;
    for (const SystemId id : std::as_const(m_dirtyPrivileges)) {
        affected.insert(id);
        credentials += m_credentialsBySystem.value(id); // before the change
        const QSet<CredentialId> now
            = m_workspace->system(id) ? credentialsIn(m_workspace->privileges(id)) : QSet<CredentialId>();
        credentials += now; // after it
        setCredentialsOf(id, now);
    }
    // F-REUSE counts every user of a credential: all of them may gain or lose it.
    for (const CredentialId credential : std::as_const(credentials)) {
        affected += m_systemsByCredential.value(credential);
        for (const SystemId user : m_workspace->systemsUsingCredential(credential))
            affected.insert(user);
    }
    m_dirtySystems.clear();
    m_dirtyPrivileges.clear();
    m_dirtyCredentials.clear();
    if (affected.isEmpty())
        return;

    QVector<SystemId> ids(affected.cbegin(), affected.cend());
    std::sort(ids.begin(), ids.end());
    const QVector<SystemFinding> fresh = computeFindings(*m_workspace, m_today, ids);

    // Where the old findings of these systems are and where the fresh ones (already in order)
    // belong, by binary search: a few findings change in a list of hundreds of thousands.
    QVector<qsizetype> removed;
    for (const SystemId id : std::as_const(ids)) {
        for (const SystemFinding &old : m_bySystem.value(id)) {
            const auto range = std::equal_range(m_sorted.cbegin(), m_sorted.cend(), old, findingsOrder);
            for (auto it = range.first; it != range.second; ++it)
                removed.append(it - m_sorted.cbegin());
        }
        m_bySystem.remove(id);
    }
    std::sort(removed.begin(), removed.end());
    removed.erase(std::unique(removed.begin(), removed.end()), removed.end());
    for (const SystemFinding &found : fresh)
        m_bySystem[found.systemId].append(found);

    QVector<qsizetype> insertAt; // found before anything is moved out of the list
    insertAt.reserve(fresh.size());
    for (const SystemFinding &found : fresh)
        insertAt.append(std::upper_bound(m_sorted.cbegin(), m_sorted.cend(), found, findingsOrder) - m_sorted.cbegin());

    // One pass copying the stretches in between; moving them when nobody else holds the list.
    QVector<SystemFinding> merged;
    merged.reserve(m_sorted.size() - removed.size() + fresh.size());
    SystemFinding *movable = m_sorted.isDetached() ? m_sorted.data() : nullptr;
    const SystemFinding *old = m_sorted.constData();
    qsizetype pos = 0;
    qsizetype next = 0; // into removed
    const auto keepUpTo = [&](qsizetype end) {
        while (pos < end) {
            if (next < removed.size() && removed.at(next) == pos) {
                ++pos;
                ++next;
                continue;
            }
            const qsizetype stop = next < removed.size() ? std::min(end, removed.at(next)) : end;
            if (movable)
                std::move(movable + pos, movable + stop, std::back_inserter(merged));
            else
                std::copy(old + pos, old + stop, std::back_inserter(merged));
            pos = stop;
        }
    };
    for (qsizetype i = 0; i < fresh.size(); ++i) {
        keepUpTo(insertAt.at(i));
        merged.append(fresh.at(i));
    }
    keepUpTo(m_sorted.size());
    m_sorted = std::move(merged);
    emit changed(ids);
}

} // namespace Mandate
