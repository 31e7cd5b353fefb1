#include "auditlog.h"

#include "storage/database.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QSqlError>

namespace Mandate {
namespace {

const QString kSelectColumns = QStringLiteral(
    "SELECT sequence, at, actor, action, entity, entity_id, field, old_value, new_value, previous_hash, hash "
    "FROM audit_log");

AuditEntry readEntry(const QSqlQuery &query)
{
    AuditEntry entry;
    entry.sequence = query.value(0).toLongLong();
    entry.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    entry.actor = query.value(2).toString();
    entry.action = query.value(3).toString();
    entry.entity = query.value(4).toString();
    entry.entityId = query.value(5).toString();
    entry.field = query.value(6).toString();
    entry.oldValue = query.value(7).toString();
    entry.newValue = query.value(8).toString();
    entry.previousHash = query.value(9).toString().toLatin1();
    entry.hash = query.value(10).toString().toLatin1();
    return entry;
}

QString metaValue(const Database &database, const QString &key)
{
    QSqlQuery &query = database.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

} // namespace

AuditLog::AuditLog(Database &database)
    : m_database(database)
{
}

QByteArray AuditLog::genesisHash()
{
    return QByteArray(64, '0');
}

bool AuditLog::reloadHead()
{
    QSqlQuery &query = m_database.prepare(QStringLiteral("SELECT sequence, hash FROM audit_log ORDER BY sequence DESC LIMIT 1"));
    if (!query.exec())
        return false;
    if (query.next()) {
        m_count = query.value(0).toLongLong();
        m_head = query.value(1).toString().toLatin1();
    } else {
        m_count = 0;
        m_head = genesisHash();
    }
    return true;
}

QString AuditLog::insertSql()
{
    return QStringLiteral("INSERT INTO audit_log (sequence, at, actor, action, entity, entity_id, field, old_value, "
                          "new_value, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
}

QString AuditLog::setMetaSql()
{
    return QStringLiteral("UPDATE meta SET value = ? WHERE key = ?");
}

bool AuditLog::append(AuditEntry entry)
{
    // Another process may have appended since: the head is read again under the write lock that
    // Database::begin() took.
    if (m_database.dialect().sharedWriters() && !reloadHead())
        return false;
    entry.sequence = m_count + 1;
    if (!entry.at.isValid())
        entry.at = QDateTime::currentDateTimeUtc();
    entry.at = entry.at.toUTC();
    entry.previousHash = m_head;
    entry.hash = entry.computeHash();

    QSqlQuery &insert = m_database.prepare(insertSql());
    insert.addBindValue(entry.sequence);
    insert.addBindValue(entry.at.toString(Qt::ISODateWithMs));
    insert.addBindValue(Database::text(entry.actor));
    insert.addBindValue(Database::text(entry.action));
    insert.addBindValue(Database::text(entry.entity));
    insert.addBindValue(Database::text(entry.entityId));
    insert.addBindValue(Database::text(entry.field));
    insert.addBindValue(Database::text(entry.oldValue));
    insert.addBindValue(Database::text(entry.newValue));
    insert.addBindValue(QString::fromLatin1(entry.previousHash));
    insert.addBindValue(QString::fromLatin1(entry.hash));
    if (!insert.exec())
        return false;

    // The head is also kept in meta, so that cutting entries off the end is detected too.
    QSqlQuery &meta = m_database.prepare(setMetaSql());
    meta.addBindValue(QString::number(entry.sequence));
    meta.addBindValue(QStringLiteral("audit_count"));
    if (!meta.exec())
        return false;
    meta.addBindValue(QString::fromLatin1(entry.hash));
    meta.addBindValue(QStringLiteral("audit_head"));
    if (!meta.exec())
        return false;

    m_count = entry.sequence;
    m_head = entry.hash;
    return true;
}

QVector<AuditEntry> AuditLog::entries(qint64 fromSequence, int limit) const
{
    // No LIMIT for "all": a negative one is SQLite's reading only.
    QSqlQuery &query = m_database.prepare(kSelectColumns
        + (limit < 0 ? QStringLiteral(" WHERE sequence >= ? ORDER BY sequence")
                     : QStringLiteral(" WHERE sequence >= ? ORDER BY sequence LIMIT ?")));
    query.addBindValue(fromSequence);
    if (limit >= 0)
        query.addBindValue(limit);
    QVector<AuditEntry> result;
    if (query.exec()) {
        while (query.next())
            result << readEntry(query);
    }
    return result;
}

AuditVerification AuditLog::verify() const
{
    AuditVerification result;
    auto broken = [&result](qint64 sequence, const QString &problem) {
        result.ok = false;
        result.firstBadSequence = sequence;
        result.problem = problem;
        return result;
    };

    // Each entry must carry the next sequence number and chain to the one before it, so a deleted,
    // inserted or reordered entry shows as a gap or a broken link, and an edited one as a bad hash.
    QSqlQuery &query = m_database.prepare(kSelectColumns + QStringLiteral(" ORDER BY sequence"));
    if (!query.exec())
        return broken(0, QCoreApplication::translate("AuditLog", "The audit log could not be read: %1")
                             .arg(query.lastError().text()));
    QByteArray previous = genesisHash();
    qint64 expected = 1;
    while (query.next()) {
        const AuditEntry entry = readEntry(query);
        if (entry.sequence != expected)
            return broken(expected, QCoreApplication::translate("AuditLog", "Entry %1 is missing or out of order (found %2).")
                                        .arg(expected)
                                        .arg(entry.sequence));
        if (entry.previousHash != previous)
            return broken(entry.sequence, QCoreApplication::translate("AuditLog", "Entry %1 does not follow the entry before it.")
                                              .arg(entry.sequence));
        if (entry.computeHash() != entry.hash)
            return broken(entry.sequence, QCoreApplication::translate("AuditLog", "Entry %1 was changed after it was written.")
                                              .arg(entry.sequence));
        previous = entry.hash;
        ++expected;
        ++result.entriesChecked;
    }
    const qint64 recordedCount = metaValue(m_database, QStringLiteral("audit_count")).toLongLong();
    const QByteArray recordedHead = metaValue(m_database, QStringLiteral("audit_head")).toLatin1();
    if (result.entriesChecked < recordedCount)
        return broken(result.entriesChecked + 1,
                      QCoreApplication::translate("AuditLog", "The log ends at entry %1, but %L2 entries were written.")
                          .arg(result.entriesChecked)
                          .arg(recordedCount));
    if (result.entriesChecked > recordedCount)
        return broken(recordedCount + 1,
                      QCoreApplication::translate("AuditLog", "Entry %1 was added outside Mandate.").arg(recordedCount + 1));
    if (recordedCount > 0 && recordedHead != previous)
        return broken(result.entriesChecked,
                      QCoreApplication::translate("AuditLog", "Entry %1 does not match the recorded last entry; the log was rewritten.")
                          .arg(result.entriesChecked));
    result.headHash = previous;
    return result;
}

} // namespace Mandate
