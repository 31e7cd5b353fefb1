// Optimistic concurrency on the workspace's rows (rowversions.h): the checks the apply methods make
// inside their transaction, and the refresh of systems another writer changed.
#include "workspace.h"

#include "storage/database.h"
#include "storage/auditlog.h"
#include "storage/campaignrepository.h"
#include "storage/postgresschema.h"
#include "storage/privilegerepository.h"
#include "storage/rowversions.h"
#include "storage/systemrepository.h"

#include <QSqlDriver>
#include <QTimer>

#include <algorithm>

namespace Mandate {

std::optional<SystemId> Workspace::staleSystem(const QVector<SystemId> &ids) const
{
    const auto stored = RowVersions::read(*m_database, QStringLiteral("systems"), ids);
    if (!stored)
        return std::nullopt;
    for (const SystemId id : ids) {
        const auto it = m_systems.constFind(id);
        if (it == m_systems.constEnd() || stored->value(id) != it->rowVersion)
            return id;
    }
    return SystemId(0);
}

QHash<SystemId, qint64> Workspace::systemVersions(const QVector<SystemId> &ids) const
{
    // When the read fails the rows keep their older versions: the next edit meets a conflict and
    // reads them again, which is safe if surprising.
    return RowVersions::read(*m_database, QStringLiteral("systems"), ids).value_or(QHash<SystemId, qint64>());
}

void Workspace::takeSystemVersions(const QHash<SystemId, qint64> &versions)
{
    for (auto it = versions.cbegin(); it != versions.cend(); ++it) {
        const auto system = m_systems.find(it.key());
        if (system != m_systems.end())
            system->rowVersion = it.value();
    }
}

void Workspace::refuseStaleSystem(SystemId id, const QVector<QPair<SystemField, QVariant>> &yours)
{
    const auto before = m_systems.constFind(id);
    const QString name = before != m_systems.constEnd() ? before->name : QString::number(id);
    AuditFields from;
    AuditFields mine;
    for (const auto &[field, value] : yours) {
        from << qMakePair(fieldLabel(field), before != m_systems.constEnd() ? auditText(field, before->value(field)) : QString());
        mine << qMakePair(fieldLabel(field), auditText(field, value));
    }
    const QString who = RowVersions::lastActor(*m_database, QStringLiteral("system"), id);
    reloadSystems({ id });
    std::optional<AuditFields> current;
    if (const AiSystem *now = system(id)) {
        current = AuditFields();
        for (const auto &pair : yours)
            current->append(qMakePair(fieldLabel(pair.first), auditText(pair.first, now->value(pair.first))));
    }
    fail(RowVersions::conflictMessage(name, who, from, current, mine));
}

void Workspace::reloadSystems(const QVector<SystemId> &ids)
{
    QHash<SystemId, AiSystem> fresh;
    if (!ids.isEmpty() && m_repository->loadSystems(ids, &fresh))
        takeStoredSystems(ids, fresh);
}

void Workspace::takeStoredSystems(const QVector<SystemId> &ids, QHash<SystemId, AiSystem> fresh)
{
    QVector<SystemId> added;
    QVector<SystemId> changed;
    QVector<SystemId> removed;
    for (const SystemId id : ids) {
        const auto stored = fresh.find(id);
        const auto position = std::lower_bound(m_order.begin(), m_order.end(), id);
        const bool known = position != m_order.end() && *position == id;
        if (stored == fresh.end()) {
            if (known) {
                m_order.erase(position);
                m_systems.remove(id);
                removed << id;
            }
            continue;
        }
        // A system row's change leaves its privileges as they were (those announce themselves).
        stored->privileges = known ? m_systems.value(id).privileges : m_privileges->summary(id);
        if (known) {
            changed << id;
        } else {
            m_order.insert(position, id);
            added << id;
        }
        m_systems.insert(id, *stored);
    }
    if (!removed.isEmpty())
        emit systemsRemoved(removed);
    if (!added.isEmpty())
        emit systemsAdded(added);
    if (!changed.isEmpty()) {
        emit systemsChanged(changed, allSystemFields());
        emit placementsChanged(changed);
    }
}

bool Workspace::recordIsCurrent(const QString &table, const QString &entity, qint64 id, qint64 version,
                                const QString &summary, const AuditFields &from, const AuditFields &yours,
                                const std::function<std::optional<AuditFields>()> &current)
{
    if (version == 0)
        return true;
    const auto stored = RowVersions::read(*m_database, table, { id });
    if (!stored) {
        m_lastError = storageError();
        return false;
    }
    if (stored->value(id) == version)
        return true;
    const std::optional<AuditFields> now = stored->contains(id) ? current() : std::nullopt;
    // Moved on and back, or by this workspace's own later steps that an undo has taken back: the row
    // is as this change expects it, so nothing of anyone's is lost.
    if (now && *now == from)
        return true;
    m_lastError = RowVersions::conflictMessage(summary, RowVersions::lastActor(*m_database, entity, id), from, now, yours);
    return false;
}

QString Workspace::staleRecordProblem(const QString &entity, qint64 id, qint64 basedOn, qint64 now,
                                      const QString &summary, const AuditFields &stored, const AuditFields &yours) const
{
    if (basedOn == 0 || id == 0 || basedOn == now)
        return {};
    // What the edit was based on is gone; every field where theirs and yours differ is shown.
    return RowVersions::conflictMessage(summary, RowVersions::lastActor(*m_database, entity, id), stored, stored, yours);
}

void Workspace::reloadPeople()
{
    QHash<PersonId, Person> stored;
    if (!m_repository->loadPeople(&stored))
        return;
    QVector<PersonId> changed;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        const auto known = m_people.constFind(it.key());
        if (known == m_people.constEnd() || known->rowVersion != it->rowVersion)
            changed << it.key();
    }
    for (auto it = m_people.cbegin(); it != m_people.cend(); ++it) {
        if (!stored.contains(it.key()))
            changed << it.key();
    }
    if (changed.isEmpty())
        return;
    m_people = stored;
    emit peopleChanged(changed);
    // Owner names are shown with the systems.
    QVector<SystemId> owned;
    for (const PersonId id : std::as_const(changed))
        owned << systemsOwnedBy(id);
    std::sort(owned.begin(), owned.end());
    owned.erase(std::unique(owned.begin(), owned.end()), owned.end());
    if (!owned.isEmpty())
        emit systemsChanged(owned, { SystemField::BusinessOwner, SystemField::TechnicalOwner, SystemField::RiskOwner });
}

qint64 Workspace::storedVersion(const QString &table, qint64 id) const
{
    const auto stored = RowVersions::read(*m_database, table, { id });
    return stored ? stored->value(id) : 0;
}

void Workspace::listenForChanges()
{
    // Without it edits are still checked against the stored versions; only the live view is lost.
    QSqlDriver *listener = m_database->listen(QLatin1String(PostgresSchema::changeChannel));
    if (!listener)
        return; // a file, held by one workspace at a time; or a server that refused a second connection
    m_sessionId = m_database->sessionId();
    m_changeNoticeTimer = new QTimer(this);
    m_changeNoticeTimer->setSingleShot(true);
    // One transaction sends a notice per table it touched: they are read together (30 ms).
    connect(m_changeNoticeTimer, &QTimer::timeout, this, &Workspace::applyChangeNotices);
    connect(listener, &QSqlDriver::notification, this,
        [this](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
            takeChangeNotice(payload.toString());
        });
}

void Workspace::takeChangeNotice(const QString &payload)
{
    const qsizetype space = payload.indexOf(QLatin1Char(' '));
    const qsizetype colon = payload.indexOf(QLatin1Char(':'));
    if (space <= 0 || colon <= space + 1)
        return;
    if (payload.left(space).toLongLong() == m_sessionId)
        return; // our own edits are announced as they are made
    QSet<QString> &ids = m_changeNotices[payload.mid(space + 1, colon - space - 1)];
    const QStringList named = payload.mid(colon + 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
    ids.unite(QSet<QString>(named.cbegin(), named.cend()));
    m_changeNoticeTimer->start(30);
}

void Workspace::applyChangeNotices()
{
    if (m_importing) { // the connection is lent out; read when it is back
        m_changeNoticeTimer->start(500);
        return;
    }
    const QHash<QString, QSet<QString>> notices = std::exchange(m_changeNotices, {});
    // The ids a notice names, or all of them for "*".
    const auto idsOf = [&notices](const QString &table, const QVector<qint64> &all) {
        const QSet<QString> named = notices.value(table);
        if (named.contains(QStringLiteral("*")))
            return all;
        QVector<qint64> ids;
        for (const QString &id : named)
            ids << id.toLongLong();
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    if (notices.contains(QStringLiteral("people")))
        reloadPeople(); // before the systems, whose owners they are
    if (notices.value(QStringLiteral("systems")).contains(QStringLiteral("*"))) {
        // Too many to name: every system as stored, against every one held (added, kept, removed).
        QHash<SystemId, AiSystem> stored;
        QVector<SystemId> all;
        if (m_repository->loadSystems(&stored, &all)) {
            all << m_order;
            std::sort(all.begin(), all.end());
            all.erase(std::unique(all.begin(), all.end()), all.end());
            takeStoredSystems(all, std::move(stored));
        }
    } else if (notices.contains(QStringLiteral("systems"))) {
        reloadSystems(idsOf(QStringLiteral("systems"), {}));
    }
    if (notices.contains(QStringLiteral("privileges"))) {
        const QVector<SystemId> systems = idsOf(QStringLiteral("privileges"), m_order);
        if (systems.size() > 100) {
            for (AiSystem &system : m_systems) // a system whose last privilege went has no summary row
                system.privileges = PrivilegeSummary();
            loadPrivilegeSummaries(); // one grouped query rather than one per system
        } else {
            for (const SystemId id : systems) {
                const auto it = m_systems.find(id);
                if (it != m_systems.end())
                    it->privileges = m_privileges->summary(id);
            }
        }
        emit privilegesChanged(systems);
    }
    if (notices.contains(QStringLiteral("credentials"))) {
        QVector<CredentialId> all;
        for (const Credential &credential : credentials())
            all << credential.id;
        emit credentialsChanged(idsOf(QStringLiteral("credentials"), all));
    }
    if (notices.contains(QStringLiteral("mappings")))
        emit mappingsChanged(idsOf(QStringLiteral("mappings"), m_order));
    if (notices.contains(QStringLiteral("evidence_events")))
        emit evidenceChanged(idsOf(QStringLiteral("evidence_events"), m_order));
    if (notices.contains(QStringLiteral("catalogs")) && loadCatalogs())
        emit catalogsChanged();
    if (notices.contains(QStringLiteral("campaigns")) || notices.contains(QStringLiteral("review_items"))) {
        QVector<CampaignId> all;
        for (const Campaign &campaign : campaigns())
            all << campaign.id;
        const QVector<CampaignId> decidedIn = idsOf(QStringLiteral("review_items"), all);
        // The notice names the campaign, not the items: an open session reads all of its items again.
        for (const CampaignId id : decidedIn)
            emit reviewItemsChanged(id, m_campaigns->itemIds(id));
        QVector<CampaignId> ids = idsOf(QStringLiteral("campaigns"), all) << decidedIn;
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        emit campaignsChanged(ids);
    }
    // Every change by another writer appended to the chain.
    m_audit->reloadHead();
    emit auditAppended(m_audit->count());
}

} // namespace Mandate
