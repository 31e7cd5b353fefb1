#include "evidencerepository.h"

#include "storage/database.h"
#include "storage/multirowinsert.h"
#include "storage/sqlitestatement.h"

#include <QSqlError>

#include <sqlite3.h>

namespace Mandate {
namespace {

QDateTime timeFrom(const QVariant &value)
{
    QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (at.isValid())
        at = at.toUTC();
    return at;
}

ObservedAccess accessFrom(const QSqlQuery &q, int offset)
{
    ObservedAccess access;
    access.target = q.value(offset).toString();
    access.tool = q.value(offset + 1).toString();
    access.action = q.value(offset + 2).toString();
    access.count = q.value(offset + 3).toLongLong();
    access.first = timeFrom(q.value(offset + 4));
    access.last = timeFrom(q.value(offset + 5));
    return access;
}

const QString kAggregate = QStringLiteral("target, tool, action, COUNT(*), MIN(at), MAX(at)");

} // namespace

EvidenceRepository::EvidenceRepository(Database &database) : m_database(database) {}

EvidenceRepository::~EvidenceRepository() = default;

QString EvidenceRepository::timeText(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("");
}

qint64 EvidenceRepository::insertBatch(const EvidenceBatch &b)
{
    QSqlQuery &query = m_database.prepareInsert(QStringLiteral("evidence_batches"),
        QStringLiteral("id, source_file, format, imported_at, imported_by, events, unmatched"), b.id);
    query.addBindValue(Database::text(b.sourceFile));
    query.addBindValue(Database::text(b.format));
    query.addBindValue(timeText(b.importedAt));
    query.addBindValue(Database::text(b.importedBy));
    query.addBindValue(b.events);
    query.addBindValue(b.unmatched);
    if (!query.exec()) {
        m_lastError = m_database.describe(query.lastError());
        return 0;
    }
    return Database::insertedId(query);
}

bool EvidenceRepository::removeBatch(qint64 id)
{
    QSqlQuery &query = m_database.prepare(QStringLiteral("DELETE FROM evidence_batches WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        m_lastError = m_database.describe(query.lastError());
        return false;
    }
    return query.numRowsAffected() == 1;
}

EvidenceBatch EvidenceRepository::batch(qint64 id) const
{
    QSqlQuery &query = m_database.prepare(QStringLiteral(
        "SELECT id, source_file, format, imported_at, imported_by, events, unmatched FROM evidence_batches "
        "WHERE id = ?"));
    query.addBindValue(id);
    EvidenceBatch b;
    if (query.exec() && query.next()) {
        b.id = query.value(0).toLongLong();
        b.sourceFile = query.value(1).toString();
        b.format = query.value(2).toString();
        b.importedAt = timeFrom(query.value(3));
        b.importedBy = query.value(4).toString();
        b.events = query.value(5).toLongLong();
        b.unmatched = query.value(6).toLongLong();
    }
    query.finish();
    return b;
}

QVector<SystemId> EvidenceRepository::systemsOfBatch(qint64 id) const
{
    QSqlQuery &query = m_database.prepare(
        QStringLiteral("SELECT DISTINCT system_id FROM evidence_events WHERE batch_id = ? ORDER BY system_id"));
    query.addBindValue(id);
    QVector<SystemId> ids;
    if (query.exec()) {
        while (query.next())
            ids << query.value(0).toLongLong();
    }
    return ids;
}

bool EvidenceRepository::beginEvents()
{
    const QString columns = QStringLiteral("batch_id, system_id, credential_id, at, tool, target, action, outcome");
    sqlite3 *db = m_database.sqliteHandle();
    if (!db) {
        m_eventRows = std::make_unique<MultiRowInsert>(m_database.connection(), QStringLiteral("evidence_events"),
                                                       columns.split(QStringLiteral(", ")));
        return true;
    }
    m_insertEvent = std::make_unique<SqliteStatement>(db,
        QStringLiteral("INSERT INTO evidence_events (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)").arg(columns));
    if (!m_insertEvent->isValid()) {
        m_lastError = QString::fromUtf8(sqlite3_errmsg(db));
        m_insertEvent.reset();
        return false;
    }
    return true;
}

bool EvidenceRepository::addEvent(qint64 batchId, SystemId system, CredentialId credential, const EvidenceEvent &e)
{
    if (m_eventRows) {
        const QVector<QVariant> row { batchId, system,
            credential == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(credential), timeText(e.at),
            Database::text(e.tool), Database::text(e.target), Database::text(e.action), Database::text(e.outcome) };
        if (m_eventRows->add(row))
            return true;
        m_lastError = m_database.describe(m_eventRows->lastError());
        return false;
    }
    SqliteStatement &insert = *m_insertEvent;
    insert.bind(1, batchId);
    insert.bind(2, system);
    if (credential == 0)
        insert.bindNull(3);
    else
        insert.bind(3, credential);
    insert.bind(4, timeText(e.at));
    insert.bind(5, Database::text(e.tool));
    insert.bind(6, Database::text(e.target));
    insert.bind(7, Database::text(e.action));
    insert.bind(8, Database::text(e.outcome));
    return insert.step();
}

bool EvidenceRepository::endEvents()
{
    m_insertEvent.reset();
    if (!m_eventRows)
        return true;
    const bool stored = m_eventRows->flush();
    if (!stored)
        m_lastError = m_database.describe(m_eventRows->lastError());
    m_eventRows.reset();
    return stored;
}

QVector<ObservedAccess> EvidenceRepository::observedAccess(SystemId system) const
{
    QSqlQuery &query = m_database.prepare(QStringLiteral("SELECT %1 FROM evidence_events WHERE system_id = ? "
                                                         "GROUP BY target, tool, action ORDER BY target, tool, action")
                                              .arg(kAggregate));
    query.addBindValue(system);
    QVector<ObservedAccess> result;
    if (!query.exec()) {
        m_lastError = m_database.describe(query.lastError());
        return result;
    }
    while (query.next())
        result << accessFrom(query, 0);
    return result;
}

QHash<SystemId, QVector<ObservedAccess>> EvidenceRepository::allObservedAccess() const
{
    QSqlQuery &query = m_database.prepare(
        QStringLiteral("SELECT system_id, %1 FROM evidence_events GROUP BY system_id, target, tool, action "
                       "ORDER BY system_id, target, tool, action")
            .arg(kAggregate));
    QHash<SystemId, QVector<ObservedAccess>> result;
    if (!query.exec()) {
        m_lastError = m_database.describe(query.lastError());
        return result;
    }
    while (query.next())
        result[query.value(0).toLongLong()] << accessFrom(query, 1);
    return result;
}

EvidenceWindow EvidenceRepository::window(SystemId system) const
{
    QSqlQuery &query = m_database.prepare(
        QStringLiteral("SELECT MIN(at), MAX(at), COUNT(*) FROM evidence_events WHERE system_id = ?"));
    query.addBindValue(system);
    EvidenceWindow result;
    if (query.exec() && query.next()) {
        result.first = timeFrom(query.value(0));
        result.last = timeFrom(query.value(1));
        result.events = query.value(2).toLongLong();
    }
    query.finish();
    return result;
}

QSet<SystemId> EvidenceRepository::systemsWithEvidence() const
{
    QSqlQuery &query = m_database.prepare(QStringLiteral("SELECT DISTINCT system_id FROM evidence_events"));
    QSet<SystemId> ids;
    if (query.exec()) {
        while (query.next())
            ids.insert(query.value(0).toLongLong());
    }
    return ids;
}

} // namespace Mandate
