// The import's store for a workspace file: SQLite's C API on the workspace's own connection. Qt's
// driver wraps every bound value in a QVariant and copies it; on 100k rows the C API is several
// times faster. The workspace lends the connection and touches no SQL until the import is done.
#include "importstore.h"

#include "storage/auditlog.h"
#include "storage/importwriter.h"
#include "storage/sqlitestatement.h"

#include <sqlite3.h>

namespace Mandate {
namespace {

class SqliteImportStore final : public ImportStore
{
public:
    explicit SqliteImportStore(sqlite3 *db);
    bool isValid() const { return m_valid; }

    bool begin(qint64 *, QByteArray *) override { return exec("BEGIN IMMEDIATE"); } // the file is ours alone
    bool commit() override { return exec("COMMIT"); }
    void rollback() override { exec("ROLLBACK"); }
    PersonId insertPerson(const QString &name) override;
    SystemId insertSystem(const QVector<QVariant> &values) override;
    Update updateField(SystemId id, SystemField field, const QVariant &value, qint64 keptEditedBits,
                       qint64 expectedVersion) override;
    bool hasSecretFinding(SystemId id, const QString &rule, const QString &column, const QString &detail) override;
    qint64 insertSecretFinding(SystemId id, const QString &rule, const QString &file, qint64 line,
                               const QString &column, const QString &detail, const QString &foundAt) override;
    bool appendAudit(const AuditEntry &entry, const QString &atText) override;
    bool setAuditHead(qint64 count, const QByteArray &head) override;
    QString lastError() const override { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

private:
    bool exec(const char *sql) { return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }

    sqlite3 *m_db;
    bool m_valid = false;
    QVector<SystemField> m_fields = allSystemFields();
    std::unique_ptr<SqliteStatement> m_insertSystem;
    std::unique_ptr<SqliteStatement> m_insertPerson;
    std::unique_ptr<SqliteStatement> m_insertFinding;
    std::unique_ptr<SqliteStatement> m_findingExists;
    std::unique_ptr<SqliteStatement> m_insertAudit;
    QHash<int, std::shared_ptr<SqliteStatement>> m_updateField; // by SystemField
};

SqliteImportStore::SqliteImportStore(sqlite3 *db) : m_db(db)
{
    QStringList columns { QStringLiteral("edited_fields") };
    QStringList placeholders { QStringLiteral("0") };
    for (const SystemField field : m_fields) {
        columns << fieldId(field);
        placeholders << QStringLiteral("?");
    }
    m_insertSystem = std::make_unique<SqliteStatement>(
        m_db, QStringLiteral("INSERT INTO systems (%1) VALUES (%2)")
                  .arg(columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", "))));
    m_insertPerson = std::make_unique<SqliteStatement>(m_db, QStringLiteral("INSERT INTO people (name) VALUES (?)"));
    m_insertFinding = std::make_unique<SqliteStatement>(
        m_db, QStringLiteral("INSERT INTO import_findings (system_id, rule, source_file, line, column_name, detail, "
                             "found_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    m_findingExists = std::make_unique<SqliteStatement>(
        m_db, QStringLiteral("SELECT 1 FROM import_findings WHERE system_id = ? AND rule = ? AND column_name = ? "
                             "AND detail = ?"));
    m_insertAudit = std::make_unique<SqliteStatement>(m_db, AuditLog::insertSql());
    m_valid = m_insertSystem->isValid() && m_insertPerson->isValid() && m_insertFinding->isValid()
        && m_findingExists->isValid() && m_insertAudit->isValid();
}

PersonId SqliteImportStore::insertPerson(const QString &name)
{
    m_insertPerson->bind(1, name);
    return m_insertPerson->step() ? sqlite3_last_insert_rowid(m_db) : 0;
}

SystemId SqliteImportStore::insertSystem(const QVector<QVariant> &values)
{
    for (int i = 0; i < m_fields.size(); ++i)
        m_insertSystem->bindValue(i + 1, m_fields[i], values[int(m_fields[i])]);
    return m_insertSystem->step() ? sqlite3_last_insert_rowid(m_db) : 0;
}

ImportStore::Update SqliteImportStore::updateField(SystemId id, SystemField field, const QVariant &value,
                                                   qint64 keptEditedBits, qint64 expectedVersion)
{
    std::shared_ptr<SqliteStatement> &update = m_updateField[int(field)];
    if (!update) {
        update = std::make_shared<SqliteStatement>(m_db, QStringLiteral("UPDATE systems SET %1 = ?, edited_fields = "
                                                                  "edited_fields & ?, row_version = row_version + 1 "
                                                                  "WHERE id = ? AND row_version = ?")
                                                       .arg(fieldId(field)));
        if (!update->isValid())
            return Update::Failed;
    }
    update->bindValue(1, field, value);
    update->bind(2, keptEditedBits);
    update->bind(3, id);
    update->bind(4, expectedVersion);
    if (!update->step())
        return Update::Failed;
    return sqlite3_changes(m_db) == 1 ? Update::Done : Update::Stale;
}

bool SqliteImportStore::hasSecretFinding(SystemId id, const QString &rule, const QString &column, const QString &detail)
{
    m_findingExists->bind(1, id);
    m_findingExists->bind(2, rule);
    m_findingExists->bind(3, column);
    m_findingExists->bind(4, detail);
    return m_findingExists->stepRow();
}

qint64 SqliteImportStore::insertSecretFinding(SystemId id, const QString &rule, const QString &file, qint64 line,
                                              const QString &column, const QString &detail, const QString &foundAt)
{
    SqliteStatement &insert = *m_insertFinding;
    insert.bind(1, id);
    insert.bind(2, rule);
    insert.bind(3, file);
    insert.bind(4, line);
    insert.bind(5, column);
    insert.bind(6, detail);
    insert.bind(7, foundAt);
    return insert.step() ? sqlite3_last_insert_rowid(m_db) : 0;
}

bool SqliteImportStore::appendAudit(const AuditEntry &entry, const QString &atText)
{
    SqliteStatement &insert = *m_insertAudit;
    insert.bind(1, entry.sequence);
    insert.bind(2, atText);
    insert.bind(3, entry.actor);
    insert.bind(4, entry.action);
    insert.bind(5, entry.entity);
    insert.bind(6, entry.entityId);
    insert.bind(7, entry.field);
    insert.bind(8, entry.oldValue);
    insert.bind(9, entry.newValue);
    insert.bind(10, QString::fromLatin1(entry.previousHash));
    insert.bind(11, QString::fromLatin1(entry.hash));
    return insert.step();
}

bool SqliteImportStore::setAuditHead(qint64 count, const QByteArray &head)
{
    SqliteStatement meta(m_db, AuditLog::setMetaSql());
    if (!meta.isValid())
        return false;
    meta.bind(1, QString::number(count));
    meta.bind(2, QStringLiteral("audit_count"));
    if (!meta.step())
        return false;
    meta.bind(1, QString::fromLatin1(head));
    meta.bind(2, QStringLiteral("audit_head"));
    return meta.step();
}

} // namespace

std::unique_ptr<ImportStore> ImportStore::openFile(const ImportContext &context, QString *error)
{
    auto store = std::make_unique<SqliteImportStore>(context.connection);
    if (store->isValid())
        return store;
    *error = store->lastError();
    return nullptr;
}

} // namespace Mandate
