#include "workspacemigration.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/postgresschema.h"
#include "storage/workspace.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <memory>

namespace Mandate {
namespace {

// Values per multi-row INSERT: few enough for any backend's limit on bound values, many enough that
// a million privileges are not a million round trips to a server.
constexpr int kValuesPerBatch = 2000;

class Copier
{
public:
    Copier(Database &source, Database &destination, bool sourceOnServer, bool destinationOnServer,
           const WorkspaceMigration::Progress &progress)
        : m_source(source)
        , m_destination(destination)
        , m_sourceOnServer(sourceOnServer)
        , m_destinationOnServer(destinationOnServer)
        , m_progress(progress)
    {
    }

    // Copies one table within the destination's open transaction; *problem names the side that failed.
    bool copyTable(const QString &table, qint64 *rows, QString *problem)
    {
        QSqlQuery probe(m_source.connection());
        if (!probe.exec(QStringLiteral("SELECT * FROM %1 WHERE 1 = 0").arg(table)))
            return readFailed(table, probe, problem);
        // The source's columns, whatever schema version wrote them; the destination has the same.
        const QSqlRecord columns = probe.record();
        probe.finish();
        const bool isMeta = table == QLatin1String("meta");
        const int idColumn = columns.indexOf(QStringLiteral("id"));
        QString select = QStringLiteral("SELECT * FROM %1").arg(table);
        if (isMeta) // the destination has its own, from the same build
            select += QStringLiteral(" WHERE key <> 'schema_version'");
        else if (idColumn >= 0)
            select += QStringLiteral(" ORDER BY id");
        else if (columns.contains(QStringLiteral("sequence")))
            select += QStringLiteral(" ORDER BY sequence");

        // Streamed: forward-only, one batch in memory at a time.
        QSqlQuery read(m_source.connection());
        read.setForwardOnly(true);
        if (!read.exec(select))
            return readFailed(table, read, problem);

        const int columnCount = columns.count();
        const int batchRows = isMeta ? 1 : std::max(1, kValuesPerBatch / std::max(1, columnCount));
        QSqlQuery fullBatch(m_destination.connection());
        if (!fullBatch.prepare(insertSql(table, columns, batchRows, isMeta)))
            return writeFailed(table, fullBatch, problem);
        QVariantList pending;
        pending.reserve(batchRows * columnCount);
        qint64 maxId = 0;
        *rows = 0;
        auto flush = [&](QSqlQuery &insert) {
            for (int i = 0; i < pending.size(); ++i)
                insert.bindValue(i, pending.at(i));
            const bool ok = insert.exec();
            *rows += pending.size() / columnCount;
            pending.clear();
            if (ok && m_progress)
                m_progress(table, *rows);
            return ok;
        };
        while (read.next()) {
            for (int column = 0; column < columnCount; ++column)
                pending << read.value(column);
            if (idColumn >= 0)
                maxId = std::max(maxId, read.value(idColumn).toLongLong());
            if (pending.size() == batchRows * columnCount && !flush(fullBatch))
                return writeFailed(table, fullBatch, problem);
        }
        if (read.lastError().isValid())
            return readFailed(table, read, problem);
        read.finish();
        if (!pending.isEmpty()) {
            QSqlQuery rest(m_destination.connection());
            if (!rest.prepare(insertSql(table, columns, int(pending.size() / columnCount), isMeta)) || !flush(rest))
                return writeFailed(table, rest, problem);
        }
        return idColumn < 0 || carryIdsOn(table, maxId, problem);
    }

private:
    QString insertSql(const QString &table, const QSqlRecord &columns, int rowCount, bool isMeta) const
    {
        QStringList names;
        QStringList placeholders;
        for (int i = 0; i < columns.count(); ++i) {
            names << m_destination.connection().driver()->escapeIdentifier(columns.fieldName(i), QSqlDriver::FieldName);
            placeholders << QStringLiteral("?");
        }
        const QString row = u'(' + placeholders.join(u',') + u')';
        QStringList values;
        for (int i = 0; i < rowCount; ++i)
            values << row;
        QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES %3").arg(table, names.join(u','), values.join(u','));
        // A new workspace already has its audit_count and audit_head; the source's replace them.
        if (isMeta)
            sql += QStringLiteral(" ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        return sql;
    }

    // Ids are never reused: the destination hands out new ones after the highest the source ever
    // gave, which may be above the highest still there. A server's identity does not move for rows
    // inserted with their id, so it is set by hand.
    bool carryIdsOn(const QString &table, qint64 maxId, QString *problem)
    {
        qint64 highest = maxId;
        QSqlQuery source(m_source.connection());
        if (m_sourceOnServer) {
            QString sequence;
            if (source.exec(QStringLiteral("SELECT pg_get_serial_sequence('%1', 'id')").arg(table)) && source.next())
                sequence = source.value(0).toString();
            if (!sequence.isEmpty() && source.exec(QStringLiteral(
                    "SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM %1").arg(sequence)) && source.next())
                highest = std::max(highest, source.value(0).toLongLong());
        } else if (source.exec(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = '%1'").arg(table))
                   && source.next()) {
            highest = std::max(highest, source.value(0).toLongLong());
        }
        source.finish();
        if (highest <= 0)
            return true;

        QSqlQuery destination(m_destination.connection());
        bool ok = true;
        if (m_destinationOnServer) {
            ok = destination.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), %2)").arg(table).arg(highest));
        } else if (destination.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '%1' "
                                                   "AND sql LIKE '%AUTOINCREMENT%'").arg(table))
                   && destination.next()) {
            destination.finish();
            ok = destination.exec(QStringLiteral("DELETE FROM sqlite_sequence WHERE name = '%1'").arg(table))
                && destination.exec(QStringLiteral("INSERT INTO sqlite_sequence (name, seq) VALUES ('%1', %2)")
                                        .arg(table).arg(highest));
        } else if (destination.lastError().isValid()) {
            ok = false;
        }
        return ok || writeFailed(table, destination, problem);
    }

    bool readFailed(const QString &table, const QSqlQuery &query, QString *problem) const
    {
        *problem = WorkspaceMigration::tr("%1: could not read the table %2 (%3)")
                       .arg(m_source.path(), table, query.lastError().text());
        return false;
    }

    bool writeFailed(const QString &table, const QSqlQuery &query, QString *problem) const
    {
        *problem = WorkspaceMigration::tr("%1: could not copy the table %2 (%3)")
                       .arg(m_destination.path(), table, query.lastError().text());
        return false;
    }

    Database &m_source;
    Database &m_destination;
    bool m_sourceOnServer;
    bool m_destinationOnServer;
    const WorkspaceMigration::Progress &m_progress;
};

// Removes a destination this migration created. A file goes whole. On a server, Database::create
// commits the schema before any row is copied (so one transaction cannot hold both), and so it is
// dropped again; it is ours for certain, as create() refuses a database that already has a
// workspace and fails, rolled back, when any of the objects already exists. Returns what went wrong, empty when all is gone.
QString discardDestination(std::unique_ptr<Database> destination, bool onServer)
{
    const QString location = destination->path();
    if (!onServer) {
        destination.reset(); // closes the file before it is removed
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
            QFile file(location + suffix);
            if (file.exists() && !file.remove())
                return file.errorString();
        }
        return {};
    }
    QSqlDatabase connection = destination->connection();
    QString problem;
    if (!connection.transaction())
        return destination->lastError();
    // What the schema creates, read from its own statements so that nothing it gains is left behind;
    // indexes and triggers go with their tables, then the functions the triggers called.
    static const QRegularExpression created(
        QStringLiteral("^\\s*CREATE\\s+(?:OR\\s+REPLACE\\s+)?(TABLE|VIEW|SEQUENCE|FUNCTION|TYPE)\\s+(\\w+)"));
    QStringList drops;
    const QStringList statements = PostgresSchema::statements();
    for (const QString &statement : statements) {
        const QRegularExpressionMatch match = created.match(statement);
        if (match.hasMatch())
            drops << QStringLiteral("DROP %1 IF EXISTS %2 CASCADE").arg(match.captured(1), match.captured(2));
    }
    std::stable_sort(drops.begin(), drops.end(), [](const QString &a, const QString &b) {
        return !a.startsWith(QLatin1String("DROP FUNCTION")) && b.startsWith(QLatin1String("DROP FUNCTION"));
    });
    for (const QString &drop : std::as_const(drops)) {
        if (!destination->exec(drop, &problem))
            break;
    }
    if (!problem.isEmpty() || !connection.commit()) {
        connection.rollback();
        return problem.isEmpty() ? destination->lastError() : problem;
    }
    return {};
}

} // namespace

const QStringList &WorkspaceMigration::tableOrder()
{
    static const QStringList order {
        QStringLiteral("meta"),
        QStringLiteral("people"),
        QStringLiteral("systems"),
        QStringLiteral("credentials"),
        QStringLiteral("privileges"),
        QStringLiteral("catalogs"),
        QStringLiteral("catalog_items"),
        QStringLiteral("mappings"),
        QStringLiteral("import_findings"),
        QStringLiteral("evidence_batches"),
        QStringLiteral("evidence_events"),
        QStringLiteral("campaigns"),
        QStringLiteral("review_items"),
        QStringLiteral("review_positions"),
        QStringLiteral("audit_log"),
    };
    return order;
}

// Copies every table and records the migration, in one transaction of the destination, which is
// rolled back before this returns when anything fails. Returns the problem, empty on success.
QString WorkspaceMigration::copyAll(Database &from, Database &to, bool sourceOnServer, bool destinationOnServer,
                                    const Progress &progress, Result *result)
{
    Transaction transaction(to);
    if (!transaction.isActive())
        return tr("%1: could not start writing (%2)").arg(result->destination, to.lastError());
    Copier copier(from, to, sourceOnServer, destinationOnServer, progress);
    for (const QString &table : tableOrder()) {
        qint64 rows = 0;
        QString problem;
        if (!copier.copyTable(table, &rows, &problem))
            return problem;
        result->tables.append({ table, rows });
    }
    AuditLog audit(to);
    AuditEntry entry;
    entry.actor = Workspace::defaultActor();
    entry.action = QStringLiteral("migrate");
    entry.entity = QStringLiteral("workspace");
    entry.entityId = QStringLiteral("0");
    entry.field = QStringLiteral("location");
    entry.oldValue = result->source;
    entry.newValue = result->destination;
    if (!audit.reloadHead() || !audit.append(entry))
        return tr("%1: could not record the migration in the audit log (%2)").arg(result->destination, to.lastError());
    if (!transaction.commit())
        return tr("%1: could not store the copy (%2)").arg(result->destination, to.lastError());
    return {};
}

bool WorkspaceMigration::migrate(const QString &source, const QString &destination, Result *result, QString *error,
                                 const Progress &progress)
{
    *result = {};
    WorkspaceError openError;
    std::unique_ptr<Database> from = Database::open(source, &openError);
    if (!from) {
        *error = openError.message();
        return false;
    }
    result->source = from->path();
    const bool sourceOnServer = Database::isServerLocation(source);
    const bool destinationOnServer = Database::isServerLocation(destination);

    // One snapshot of the source: on a server others may write while it is read.
    QSqlDatabase sourceConnection = from->connection();
    QString readProblem;
    if (!sourceConnection.transaction())
        readProblem = from->lastError();
    else if (sourceOnServer)
        from->exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"), &readProblem);
    if (!readProblem.isEmpty()) {
        *error = tr("%1: could not read the workspace (%2)").arg(result->source, readProblem);
        return false;
    }
    const AuditVerification sourceAudit = AuditLog(*from).verify();
    if (!sourceAudit.ok) {
        *error = tr("%1: the audit chain does not verify, so nothing was copied: %2").arg(result->source, sourceAudit.problem);
        return false;
    }

    std::unique_ptr<Database> to = Database::create(destination, &openError);
    if (!to) {
        *error = openError.message();
        return false;
    }
    result->destination = to->path();

    auto fail = [&](const QString &problem) {
        const QString left = discardDestination(std::move(to), destinationOnServer);
        *error = left.isEmpty() ? tr("%1; nothing was kept at %2.").arg(problem, result->destination)
                                : tr("%1; what was created at %2 could not be removed (%3).").arg(problem, result->destination, left);
        result->tables.clear();
        return false;
    };

    QString problem = copyAll(*from, *to, sourceOnServer, destinationOnServer, progress, result);
    if (!problem.isEmpty())
        return fail(problem);
    sourceConnection.rollback(); // only read

    const AuditVerification copied = AuditLog(*to).verify();
    if (!copied.ok || copied.entriesChecked != sourceAudit.entriesChecked + 1)
        return fail(tr("%1: the audit chain of the copy does not verify (%2)").arg(result->destination, copied.problem));
    result->auditEntries = copied.entriesChecked;
    return true;
}

} // namespace Mandate
