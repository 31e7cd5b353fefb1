#include "privilegerepository.h"

#include "storage/database.h"

#include <QSqlError>

namespace Mandate {
namespace {

const QString kPrivilegeSummarySql = QStringLiteral(
    "SELECT system_id, count(*), max(CASE WHEN credential_id IS NOT NULL THEN 1 ELSE 0 END), "
    "max(CASE WHEN scope = 'admin' OR wildcard <> 0 THEN 1 ELSE 0 END), "
    "max(CASE scope WHEN 'write' THEN 1 WHEN 'execute' THEN 2 WHEN 'admin' THEN 3 ELSE 0 END), "
    "max(CASE WHEN logging = 'none' THEN 1 ELSE 0 END) "
    "FROM privileges %1 GROUP BY system_id");

const QString kPrivilegeColumns = QStringLiteral(
    "id, system_id, target, scope, wildcard, credential_id, tool, approval_gate, logging, expires, justification, "
    "handoff, status");

const QString kCredentialColumns = QStringLiteral(
    "id, name, kind, storage, created, expires, last_rotated, last_used, environments, used_by_humans");

// What a read selects: the written columns, then the row's version (which no insert binds).
const QString kPrivilegeRead = kPrivilegeColumns + QStringLiteral(", row_version");
const QString kCredentialRead = kCredentialColumns + QStringLiteral(", row_version");

template<typename E>
E enumFrom(const QVariant &value, E fallback)
{
    return fromId<E>(value.toString()).value_or(fallback);
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate dateFrom(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

Credential credentialFrom(const QSqlQuery &q)
{
    Credential c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.kind = enumFrom(q.value(2), CredentialKind::ApiKey);
    c.storage = enumFrom(q.value(3), CredentialStorage::Unknown);
    c.created = dateFrom(q.value(4));
    c.expires = dateFrom(q.value(5));
    c.lastRotated = dateFrom(q.value(6));
    c.lastUsed = dateFrom(q.value(7));
    c.environments = q.value(8).toString().split(u',', Qt::SkipEmptyParts);
    c.usedByHumans = enumFrom(q.value(9), Tristate::Unknown);
    c.rowVersion = q.value(10).toLongLong();
    return c;
}

Privilege privilegeFrom(const QSqlQuery &q)
{
    Privilege p;
    p.id = q.value(0).toLongLong();
    p.systemId = q.value(1).toLongLong();
    p.target = q.value(2).toString();
    p.scope = enumFrom(q.value(3), Scope::Read);
    p.wildcard = q.value(4).toBool();
    p.credentialId = q.value(5).toLongLong();
    p.tool = q.value(6).toString();
    p.approvalGate = enumFrom(q.value(7), ApprovalGate::Unknown);
    p.logging = enumFrom(q.value(8), Logging::None);
    p.expires = dateFrom(q.value(9));
    p.justification = q.value(10).toString();
    p.handoff = enumFrom(q.value(11), HandoffPoint::NoHandoff);
    p.status = enumFrom(q.value(12), PrivilegeStatus::Active);
    p.rowVersion = q.value(13).toLongLong();
    return p;
}

PrivilegeSummary summaryFrom(const QSqlQuery &query)
{
    PrivilegeSummary summary;
    summary.count = query.value(1).toInt();
    summary.anyCredential = query.value(2).toBool();
    summary.anyPrivilegeOnWildcardOrAdmin = query.value(3).toBool();
    summary.highestScope = static_cast<Scope>(qBound(0, query.value(4).toInt(), int(Scope::Admin)));
    summary.anyPrivilegeUnlogged = query.value(5).toBool();
    return summary;
}



QVariant nullableId(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}

// The values of every column but id, in the order of kPrivilegeColumns.
void bindPrivilege(QSqlQuery &query, const Privilege &p)
{
    query.addBindValue(p.systemId);
    query.addBindValue(Database::text(p.target));
    query.addBindValue(toId(p.scope));
    query.addBindValue(p.wildcard ? 1 : 0);
    query.addBindValue(nullableId(p.credentialId));
    query.addBindValue(Database::text(p.tool));
    query.addBindValue(toId(p.approvalGate));
    query.addBindValue(toId(p.logging));
    query.addBindValue(Database::text(isoDate(p.expires)));
    query.addBindValue(Database::text(p.justification));
    query.addBindValue(Database::text(toId(p.handoff)));
    query.addBindValue(toId(p.status));
}

// The values of every column but id, in the order of kCredentialColumns.
void bindCredential(QSqlQuery &query, const Credential &c)
{
    query.addBindValue(Database::text(c.name));
    query.addBindValue(toId(c.kind));
    query.addBindValue(toId(c.storage));
    query.addBindValue(Database::text(isoDate(c.created)));
    query.addBindValue(Database::text(isoDate(c.expires)));
    query.addBindValue(Database::text(isoDate(c.lastRotated)));
    query.addBindValue(Database::text(isoDate(c.lastUsed)));
    query.addBindValue(Database::text(c.environments.join(u',')));
    query.addBindValue(toId(c.usedByHumans));
}

} // namespace

bool PrivilegeRepository::run(QSqlQuery &query) const
{
    if (query.exec())
        return true;
    m_lastError = m_database.describe(query.lastError());
    return false;
}

QHash<SystemId, PrivilegeSummary> PrivilegeRepository::summaries() const
{
    QHash<SystemId, PrivilegeSummary> result;
    QSqlQuery &query = m_database.prepare(kPrivilegeSummarySql.arg(QString()));
    if (run(query)) {
        while (query.next())
            result.insert(query.value(0).toLongLong(), summaryFrom(query));
    }
    return result;
}

PrivilegeSummary PrivilegeRepository::summary(SystemId id) const
{
    QSqlQuery &query = m_database.prepare(kPrivilegeSummarySql.arg(QStringLiteral("WHERE system_id = ?")));
    query.addBindValue(id);
    if (run(query) && query.next())
        return summaryFrom(query);
    return {};
}

qint64 PrivilegeRepository::insertPrivilege(const Privilege &p)
{
    QSqlQuery &query = m_database.prepareInsert(QStringLiteral("privileges"), kPrivilegeColumns, p.id);
    bindPrivilege(query, p);
    return run(query) ? Database::insertedId(query) : 0;
}

bool PrivilegeRepository::updatePrivilege(const Privilege &p)
{
    QSqlQuery &query = m_database.prepare(QStringLiteral(
        "UPDATE privileges SET system_id = ?, target = ?, scope = ?, wildcard = ?, credential_id = ?, tool = ?, "
        "approval_gate = ?, logging = ?, expires = ?, justification = ?, handoff = ?, status = ?, "
        "row_version = row_version + 1 WHERE id = ?"));
    bindPrivilege(query, p);
    query.addBindValue(p.id);
    return run(query) && query.numRowsAffected() == 1;
}

bool PrivilegeRepository::removePrivilege(PrivilegeId id)
{
    QSqlQuery &query = m_database.prepare(QStringLiteral("DELETE FROM privileges WHERE id = ?"));
    query.addBindValue(id);
    return run(query) && query.numRowsAffected() == 1;
}

Privilege PrivilegeRepository::privilege(PrivilegeId id) const
{
    QSqlQuery &query = m_database.prepare(QStringLiteral("SELECT %1 FROM privileges WHERE id = ?").arg(kPrivilegeRead));
    query.addBindValue(id);
    if (run(query) && query.next())
        return privilegeFrom(query);
    return {};
}

QVector<Privilege> PrivilegeRepository::privileges(SystemId id) const
{
    QSqlQuery &query = m_database.prepare(
        QStringLiteral("SELECT %1 FROM privileges WHERE system_id = ? ORDER BY id").arg(kPrivilegeRead));
    query.addBindValue(id);
    QVector<Privilege> result;
    if (run(query)) {
        while (query.next())
            result << privilegeFrom(query);
    }
    return result;
}

QVector<Privilege> PrivilegeRepository::allPrivileges() const
{
    QSqlQuery &query = m_database.prepare(
        QStringLiteral("SELECT %1 FROM privileges ORDER BY system_id, id").arg(kPrivilegeRead));
    QVector<Privilege> result;
    if (run(query)) {
        while (query.next())
            result << privilegeFrom(query);
    }
    return result;
}

CredentialId PrivilegeRepository::insertCredential(const Credential &c)
{
    QSqlQuery &query = m_database.prepareInsert(QStringLiteral("credentials"), kCredentialColumns, c.id);
    bindCredential(query, c);
    return run(query) ? Database::insertedId(query) : 0;
}

bool PrivilegeRepository::updateCredential(const Credential &c)
{
    QSqlQuery &query = m_database.prepare(QStringLiteral(
        "UPDATE credentials SET name = ?, kind = ?, storage = ?, created = ?, expires = ?, last_rotated = ?, "
        "last_used = ?, environments = ?, used_by_humans = ?, row_version = row_version + 1 WHERE id = ?"));
    bindCredential(query, c);
    query.addBindValue(c.id);
    return run(query) && query.numRowsAffected() == 1;
}

bool PrivilegeRepository::removeCredential(CredentialId id)
{
    QSqlQuery &query = m_database.prepare(QStringLiteral("DELETE FROM credentials WHERE id = ?"));
    query.addBindValue(id);
    return run(query) && query.numRowsAffected() == 1;
}

QVector<Credential> PrivilegeRepository::credentials() const
{
    QSqlQuery &query = m_database.prepare(QStringLiteral("SELECT %1 FROM credentials ORDER BY id").arg(kCredentialRead));
    QVector<Credential> result;
    if (run(query)) {
        while (query.next())
            result << credentialFrom(query);
    }
    return result;
}

Credential PrivilegeRepository::credential(CredentialId id) const
{
    QSqlQuery &query = m_database.prepare(QStringLiteral("SELECT %1 FROM credentials WHERE id = ?").arg(kCredentialRead));
    query.addBindValue(id);
    if (run(query) && query.next())
        return credentialFrom(query);
    return {};
}

QVector<SystemId> PrivilegeRepository::systemsUsingCredential(CredentialId id) const
{
    QSqlQuery &query = m_database.prepare(
        QStringLiteral("SELECT DISTINCT system_id FROM privileges WHERE credential_id = ? ORDER BY system_id"));
    query.addBindValue(id);
    QVector<SystemId> result;
    if (run(query)) {
        while (query.next())
            result << query.value(0).toLongLong();
    }
    return result;
}

QHash<CredentialId, int> PrivilegeRepository::systemCountPerCredential() const
{
    QSqlQuery &query = m_database.prepare(QStringLiteral(
        "SELECT credential_id, COUNT(DISTINCT system_id) FROM privileges WHERE credential_id IS NOT NULL "
        "GROUP BY credential_id"));
    QHash<CredentialId, int> counts;
    if (run(query)) {
        while (query.next())
            counts.insert(query.value(0).toLongLong(), query.value(1).toInt());
    }
    return counts;
}

int PrivilegeRepository::privilegesUsingCredential(CredentialId id) const
{
    QSqlQuery &query = m_database.prepare(QStringLiteral("SELECT count(*) FROM privileges WHERE credential_id = ?"));
    query.addBindValue(id);
    return run(query) && query.next() ? query.value(0).toInt() : 0;
}

} // namespace Mandate
