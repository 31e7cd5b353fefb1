#pragma once
// The SQL for runtime evidence (schema version 4): batches (one per imported file) and the events
// matched to systems, with the aggregated reads the rules need. No transactions, audit or
// notifications of its own (the workspace wraps those around it). Events are written through
// SQLite's C API on a file's connection, as the inventory import does (see ImportWriter): a million
// events through Qt's driver would spend most of their time wrapping values in QVariants. To a
// server they go many to a statement (multirowinsert.h), since there each statement is a round trip.

#include "domain/aisystem.h"
#include "domain/credential.h"
#include "domain/evidenceevent.h"
#include "domain/observedaccess.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>
#include <QVector>

#include <memory>

namespace Mandate {

class Database;
class MultiRowInsert;
class SqliteStatement;

struct EvidenceBatch
{
    qint64 id = 0;
    QString sourceFile;
    QString format;
    QDateTime importedAt;
    QString importedBy;
    qint64 events = 0;
    qint64 unmatched = 0;
};

class EvidenceRepository
{
public:
    explicit EvidenceRepository(Database &database);
    ~EvidenceRepository();

    // id 0 lets the database choose; otherwise the row gets exactly that id (redo of an import).
    qint64 insertBatch(const EvidenceBatch &batch);
    bool removeBatch(qint64 id); // and its events
    EvidenceBatch batch(qint64 id) const; // id 0 when there is none
    QVector<SystemId> systemsOfBatch(qint64 id) const; // ascending

    // The bulk path, inside the caller's transaction: beginEvents(), addEvent() per row, endEvents(),
    // which stores the events still held back; the events are stored only when it returns true.
    bool beginEvents();
    bool addEvent(qint64 batchId, SystemId system, CredentialId credential, const EvidenceEvent &event);
    bool endEvents();

    // Aggregated by (target, tool, action), ordered by them.
    QVector<ObservedAccess> observedAccess(SystemId system) const;
    // The same for every system with evidence, in one grouped query.
    QHash<SystemId, QVector<ObservedAccess>> allObservedAccess() const;
    EvidenceWindow window(SystemId system) const;
    QSet<SystemId> systemsWithEvidence() const;

    QString lastError() const { return m_lastError; }

    static QString timeText(const QDateTime &at); // ISO 8601 UTC with milliseconds: sorts in time order

private:
    Database &m_database;
    std::unique_ptr<SqliteStatement> m_insertEvent; // a file
    std::unique_ptr<MultiRowInsert> m_eventRows;    // a server
    mutable QString m_lastError;
};

} // namespace Mandate
