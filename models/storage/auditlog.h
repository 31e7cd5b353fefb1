#pragma once
// The append-only, hash-chained audit log inside the workspace database. Appends happen inside
// the caller's transaction, so a change and its audit entries are stored together or not at all.

#include "storage/auditentry.h"

#include <QVector>

namespace Mandate {

class Database;
struct AuditVerification;

class AuditLog
{
public:
    explicit AuditLog(Database &database);

    // Reads the chain's head from the database; call after open and after a rolled-back write.
    bool reloadHead();
    qint64 count() const { return m_count; }
    QByteArray headHash() const { return m_head; }

    // Appends within the open transaction: fills sequence, time, hashes.
    bool append(AuditEntry entry);

    QVector<AuditEntry> entries(qint64 fromSequence, int limit) const;
    AuditVerification verify() const;

    static QByteArray genesisHash();
    // The statements of an append, for a bulk writer that binds them through SQLite's C API
    // (ImportWriter) and must store entries exactly as append() does.
    static QString insertSql();   // 11 values: sequence, at, actor, action, entity, entity_id,
                                  // field, old_value, new_value, previous_hash, hash
    static QString setMetaSql();  // value, key

private:
    Database &m_database;
    qint64 m_count = 0;
    QByteArray m_head;
};

} // namespace Mandate
