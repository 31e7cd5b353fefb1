// The import's store for a server workspace. The write pass may run on a worker thread and a Qt
// connection belongs to the thread that made it, so the store opens its own: a clone of the
// workspace's, made here. New systems and audit entries go many rows to a statement
// (multirowinsert.h), their ids taken from the identity sequence a block at a time; the rest
// (people, field updates, findings) are few and go one by one.
//
// Its notices carry the workspace's session id (mandate.session, see PostgresSchema), so the
// workspace does not read back as another analyst's change what it already holds.
#include "importstore.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/importwriter.h"
#include "storage/multirowinsert.h"
#include "storage/postgresroles.h"
#include "storage/sqldialect.h"
#include "storage/systemrepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <unordered_map>

namespace Mandate {
namespace {

const int kIdsPerBlock = 1000;

class ServerImportStore final : public ImportStore
{
public:
    ServerImportStore();
    ~ServerImportStore() override;
    bool open(const ImportContext &context);

    bool begin(qint64 *auditCount, QByteArray *auditHead) override;
    bool commit() override;
    void rollback() override;
    PersonId insertPerson(const QString &name) override;
    SystemId insertSystem(const QVector<QVariant> &values) override;
    Update updateField(SystemId id, SystemField field, const QVariant &value, qint64 keptEditedBits,
                       qint64 expectedVersion) override;
    bool hasSecretFinding(SystemId id, const QString &rule, const QString &column, const QString &detail) override;
    qint64 insertSecretFinding(SystemId id, const QString &rule, const QString &file, qint64 line,
                               const QString &column, const QString &detail, const QString &foundAt) override;
    bool appendAudit(const AuditEntry &entry, const QString &atText) override;
    bool setAuditHead(qint64 count, const QByteArray &head) override;
    QString lastError() const override { return m_lastError; }

private:
    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    QSqlQuery &prepared(const QString &sql);
    bool exec(const QString &sql);
    bool failed(const QSqlError &error);
    // New systems must be stored before a statement that refers to them (a finding's foreign key).
    bool flushSystems();
    SystemId nextSystemId();

    QString m_connectionName;
    QString m_lastError;
    QVector<SystemField> m_fields = allSystemFields();
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    std::unique_ptr<MultiRowInsert> m_systems;
    std::unique_ptr<MultiRowInsert> m_audit;
    QStringList m_roles; // read before the transaction, for failed()
    QVector<SystemId> m_freeIds; // taken from the sequence, not used yet (back to front)
};

ServerImportStore::ServerImportStore()
    : m_connectionName(QStringLiteral("mandate-import-%1").arg(QUuid::createUuid().toString(QUuid::Id128)))
{
}

ServerImportStore::~ServerImportStore()
{
    m_statements.clear();
    m_systems.reset();
    m_audit.reset();
    {
        QSqlDatabase db = connection();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool ServerImportStore::open(const ImportContext &context)
{
    QSqlDatabase db = QSqlDatabase::cloneDatabase(context.serverConnection, m_connectionName); // the password too
    if (!db.open()) {
        m_lastError = db.lastError().text();
        return false;
    }
    m_roles = PostgresRoles::currentRoles(db);
    for (const QString &statement : PostgresDialect().sessionSetup()) {
        if (!exec(statement))
            return false;
    }
    if (context.sessionId != 0 && !exec(QStringLiteral("SET mandate.session = '%1'").arg(context.sessionId)))
        return false;
    QStringList systemColumns { QStringLiteral("id"), QStringLiteral("edited_fields") };
    for (const SystemField field : m_fields)
        systemColumns << fieldId(field);
    m_systems = std::make_unique<MultiRowInsert>(db, QStringLiteral("systems"), systemColumns);
    m_audit = std::make_unique<MultiRowInsert>(db, QStringLiteral("audit_log"),
        QStringList { QStringLiteral("sequence"), QStringLiteral("at"), QStringLiteral("actor"),
                      QStringLiteral("action"), QStringLiteral("entity"), QStringLiteral("entity_id"),
                      QStringLiteral("field"), QStringLiteral("old_value"), QStringLiteral("new_value"),
                      QStringLiteral("previous_hash"), QStringLiteral("hash") });
    return true;
}

QSqlQuery &ServerImportStore::prepared(const QString &sql)
{
    std::unique_ptr<QSqlQuery> &query = m_statements[sql];
    if (!query) {
        query = std::make_unique<QSqlQuery>(connection());
        if (!query->prepare(sql))
            m_lastError = query->lastError().text();
    }
    return *query;
}

bool ServerImportStore::exec(const QString &sql)
{
    QSqlQuery query(connection());
    return query.exec(sql) || failed(query.lastError());
}

bool ServerImportStore::failed(const QSqlError &error)
{
    // A statement the user's role does not allow: say the role, as an edit's refusal does.
    m_lastError = error.nativeErrorCode() == QLatin1String("42501") ? PostgresRoles::refusal(m_roles) : error.text();
    return false;
}

bool ServerImportStore::begin(qint64 *auditCount, QByteArray *auditHead)
{
    if (!exec(QStringLiteral("BEGIN")))
        return false;
    for (const QString &statement : PostgresDialect().beginWrite()) {
        if (!exec(statement))
            return false;
    }
    // Under the chain's lock: the head as the last writer committed it.
    QSqlQuery head(connection());
    if (!head.exec(QStringLiteral("SELECT sequence, hash FROM audit_log ORDER BY sequence DESC LIMIT 1")))
        return failed(head.lastError());
    *auditCount = head.next() ? head.value(0).toLongLong() : 0;
    *auditHead = *auditCount ? head.value(1).toString().toLatin1() : AuditLog::genesisHash();
    return true;
}

bool ServerImportStore::commit()
{
    return flushSystems() && (m_audit->flush() || failed(m_audit->lastError())) && exec(QStringLiteral("COMMIT"));
}

void ServerImportStore::rollback()
{
    QSqlQuery(connection()).exec(QStringLiteral("ROLLBACK"));
}

PersonId ServerImportStore::insertPerson(const QString &name)
{
    QSqlQuery &insert = prepared(QStringLiteral("INSERT INTO people (name) VALUES (?) RETURNING id"));
    insert.addBindValue(Database::text(name));
    if (insert.exec())
        return Database::insertedId(insert);
    failed(insert.lastError());
    return 0;
}

SystemId ServerImportStore::nextSystemId()
{
    if (m_freeIds.isEmpty()) {
        QSqlQuery block(connection());
        if (!block.exec(QStringLiteral("SELECT nextval(pg_get_serial_sequence('systems', 'id')) "
                                       "FROM generate_series(1, %1)").arg(kIdsPerBlock))) {
            failed(block.lastError());
            return 0;
        }
        while (block.next())
            m_freeIds.prepend(block.value(0).toLongLong()); // ascending ids, taken from the back
    }
    return m_freeIds.isEmpty() ? 0 : m_freeIds.takeLast();
}

SystemId ServerImportStore::insertSystem(const QVector<QVariant> &values)
{
    const SystemId id = nextSystemId();
    if (id == 0)
        return 0;
    QVector<QVariant> row { id, 0 };
    row.reserve(m_fields.size() + 2);
    for (const SystemField field : std::as_const(m_fields))
        row << storedSystemValue(field, values[int(field)]);
    if (m_systems->add(row))
        return id;
    failed(m_systems->lastError());
    return 0;
}

bool ServerImportStore::flushSystems()
{
    return m_systems->flush() || failed(m_systems->lastError());
}

ImportStore::Update ServerImportStore::updateField(SystemId id, SystemField field, const QVariant &value,
                                                   qint64 keptEditedBits, qint64 expectedVersion)
{
    if (!flushSystems())
        return Update::Failed;
    QSqlQuery &update = prepared(QStringLiteral("UPDATE systems SET %1 = ?, edited_fields = edited_fields & ?, "
                                                "row_version = row_version + 1 WHERE id = ? AND row_version = ?")
                                     .arg(fieldId(field)));
    update.addBindValue(storedSystemValue(field, value));
    update.addBindValue(keptEditedBits);
    update.addBindValue(id);
    update.addBindValue(expectedVersion);
    if (!update.exec()) {
        failed(update.lastError());
        return Update::Failed;
    }
    return update.numRowsAffected() == 1 ? Update::Done : Update::Stale;
}

bool ServerImportStore::hasSecretFinding(SystemId id, const QString &rule, const QString &column, const QString &detail)
{
    if (!flushSystems())
        return false;
    QSqlQuery &query = prepared(QStringLiteral("SELECT 1 FROM import_findings WHERE system_id = ? AND rule = ? "
                                               "AND column_name = ? AND detail = ?"));
    query.addBindValue(id);
    query.addBindValue(rule);
    query.addBindValue(Database::text(column));
    query.addBindValue(Database::text(detail));
    const bool found = query.exec() && query.next();
    query.finish();
    return found;
}

qint64 ServerImportStore::insertSecretFinding(SystemId id, const QString &rule, const QString &file, qint64 line,
                                              const QString &column, const QString &detail, const QString &foundAt)
{
    if (!flushSystems())
        return 0;
    QSqlQuery &insert = prepared(QStringLiteral("INSERT INTO import_findings (system_id, rule, source_file, line, "
                                                "column_name, detail, found_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.addBindValue(id);
    insert.addBindValue(rule);
    insert.addBindValue(Database::text(file));
    insert.addBindValue(line);
    insert.addBindValue(Database::text(column));
    insert.addBindValue(Database::text(detail));
    insert.addBindValue(foundAt);
    if (insert.exec())
        return Database::insertedId(insert);
    failed(insert.lastError());
    return 0;
}

bool ServerImportStore::appendAudit(const AuditEntry &entry, const QString &atText)
{
    const QVector<QVariant> row { entry.sequence, atText, Database::text(entry.actor), Database::text(entry.action),
        Database::text(entry.entity), Database::text(entry.entityId), Database::text(entry.field),
        Database::text(entry.oldValue), Database::text(entry.newValue), QString::fromLatin1(entry.previousHash),
        QString::fromLatin1(entry.hash) };
    return m_audit->add(row) || failed(m_audit->lastError());
}

bool ServerImportStore::setAuditHead(qint64 count, const QByteArray &head)
{
    if (!flushSystems() || !(m_audit->flush() || failed(m_audit->lastError())))
        return false;
    QSqlQuery &meta = prepared(AuditLog::setMetaSql());
    meta.addBindValue(QString::number(count));
    meta.addBindValue(QStringLiteral("audit_count"));
    if (!meta.exec())
        return failed(meta.lastError());
    meta.addBindValue(QString::fromLatin1(head));
    meta.addBindValue(QStringLiteral("audit_head"));
    return meta.exec() || failed(meta.lastError());
}

} // namespace

std::unique_ptr<ImportStore> ImportStore::openServer(const ImportContext &context, QString *error)
{
    auto store = std::make_unique<ServerImportStore>();
    if (store->open(context))
        return store;
    *error = store->lastError();
    return nullptr;
}

} // namespace Mandate
