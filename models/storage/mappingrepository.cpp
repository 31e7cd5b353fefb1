#include "mappingrepository.h"

#include "storage/database.h"

#include <QSqlError>

namespace Mandate {
namespace {

const QString kColumns = QStringLiteral(
    "id, system_id, catalog_id, item_id, status, control_note, evidence, decided_by, decided_at");
// What a read selects: the written columns, then the row's version (which no insert binds).
const QString kRead = kColumns + QStringLiteral(", row_version");

Mapping mappingFrom(const QSqlQuery &q)
{
    Mapping m;
    m.id = q.value(0).toLongLong();
    m.systemId = q.value(1).toLongLong();
    m.catalogId = q.value(2).toString();
    m.itemId = q.value(3).toString();
    m.status = fromId<MappingStatus>(q.value(4).toString()).value_or(MappingStatus::Gap);
    m.controlNote = q.value(5).toString();
    m.evidence = q.value(6).toString();
    m.decidedBy = q.value(7).toString();
    m.decidedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    m.rowVersion = q.value(9).toLongLong();
    return m;
}

// The values of every column but id, in the order of kColumns.
void bindMapping(QSqlQuery &query, const Mapping &m)
{
    query.addBindValue(m.systemId);
    query.addBindValue(Database::text(m.catalogId));
    query.addBindValue(Database::text(m.itemId));
    query.addBindValue(toId(m.status));
    query.addBindValue(Database::text(m.controlNote));
    query.addBindValue(Database::text(m.evidence));
    query.addBindValue(Database::text(m.decidedBy));
    query.addBindValue(Database::text(m.decidedAt.isValid() ? m.decidedAt.toUTC().toString(Qt::ISODateWithMs) : QString()));
}

} // namespace

bool MappingRepository::run(QSqlQuery &query) const
{
    if (query.exec())
        return true;
    m_lastError = m_database.describe(query.lastError());
    return false;
}

qint64 MappingRepository::insert(const Mapping &m)
{
    QSqlQuery &query = m_database.prepareInsert(QStringLiteral("mappings"), kColumns, m.id);
    bindMapping(query, m);
    return run(query) ? Database::insertedId(query) : 0;
}

bool MappingRepository::update(const Mapping &m)
{
    QSqlQuery &query = m_database.prepare(QStringLiteral(
        "UPDATE mappings SET system_id = ?, catalog_id = ?, item_id = ?, status = ?, control_note = ?, evidence = ?, "
        "decided_by = ?, decided_at = ?, row_version = row_version + 1 WHERE id = ?"));
    bindMapping(query, m);
    query.addBindValue(m.id);
    return run(query) && query.numRowsAffected() == 1;
}

bool MappingRepository::remove(qint64 id)
{
    QSqlQuery &query = m_database.prepare(QStringLiteral("DELETE FROM mappings WHERE id = ?"));
    query.addBindValue(id);
    return run(query) && query.numRowsAffected() == 1;
}

Mapping MappingRepository::mapping(qint64 id) const
{
    QSqlQuery &query = m_database.prepare(QStringLiteral("SELECT %1 FROM mappings WHERE id = ?").arg(kRead));
    query.addBindValue(id);
    if (run(query) && query.next())
        return mappingFrom(query);
    return {};
}

Mapping MappingRepository::mapping(SystemId systemId, const QString &catalogId, const QString &itemId) const
{
    QSqlQuery &query = m_database.prepare(
        QStringLiteral("SELECT %1 FROM mappings WHERE system_id = ? AND catalog_id = ? AND item_id = ?").arg(kRead));
    query.addBindValue(systemId);
    query.addBindValue(Database::text(catalogId));
    query.addBindValue(Database::text(itemId));
    if (run(query) && query.next())
        return mappingFrom(query);
    return {};
}

QVector<Mapping> MappingRepository::select(const QString &where, qint64 systemId) const
{
    QSqlQuery &query = m_database.prepare(
        QStringLiteral("SELECT %1 FROM mappings %2 ORDER BY system_id, catalog_id, item_id").arg(kRead, where));
    if (!where.isEmpty())
        query.addBindValue(systemId);
    QVector<Mapping> result;
    if (run(query)) {
        while (query.next())
            result << mappingFrom(query);
    }
    return result;
}

QVector<Mapping> MappingRepository::mappings(SystemId systemId) const
{
    return select(QStringLiteral("WHERE system_id = ?"), systemId);
}

QVector<Mapping> MappingRepository::allMappings() const
{
    return select(QString(), 0);
}

} // namespace Mandate
