#include "importwriter.h"

#include "storage/auditlog.h"
#include "storage/sqlitestatement.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <sqlite3.h>

#include <memory>

namespace Mandate {
namespace {

const QString kSecretRule = QStringLiteral("F-SECRET-IN-INVENTORY");

// The state of one write pass: statements, people by name, the audit chain's head.
class Writer
{
public:
    Writer(const ImportContext &context, const QString &file, ImportResult *result);

    bool isValid() const { return m_valid; }
    bool exec(const char *sql) { return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }
    QString sqliteError() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

    bool writeRow(const ConvertedRow &row, const RowOutcome &outcome);
    bool finish(const ImportReport &report);

private:
    PersonId personFor(const QString &name);
    bool insertSystem(const ConvertedRow &row, SystemId *id);
    bool updateField(SystemId id, const FieldChange &change);
    bool storeFindings(SystemId id, const ConvertedRow &row, bool matched);
    bool audit(const QString &action, const QString &entity, qint64 entityId, const QString &field,
               const QString &oldValue, const QString &newValue);

    const ImportContext &m_context;
    QString m_file;
    ImportResult *m_result;
    sqlite3 *m_db;
    bool m_valid = true;
    // One time for the whole import, formatted once: the entries of one transaction share it.
    QDateTime m_now = QDateTime::currentDateTimeUtc();
    QString m_nowText = m_now.toString(Qt::ISODateWithMs);
    qint64 m_auditCount;
    QByteArray m_auditHead;
    QHash<QString, PersonId> m_peopleByName; // case-folded
    QHash<QString, PersonId> m_peopleByExactName; // as the file spells them, once resolved
    QVector<SystemField> m_fields = allSystemFields();
    QVector<QVariant> m_defaultValues; // by int(SystemField): a new system's values
    std::unique_ptr<SqliteStatement> m_insertSystem;
    std::unique_ptr<SqliteStatement> m_insertPerson;
    std::unique_ptr<SqliteStatement> m_insertFinding;
    std::unique_ptr<SqliteStatement> m_findingExists;
    std::unique_ptr<SqliteStatement> m_insertAudit;
    QHash<int, std::shared_ptr<SqliteStatement>> m_updateField; // by SystemField
};

Writer::Writer(const ImportContext &context, const QString &file, ImportResult *result)
    : m_context(context), m_file(file), m_result(result), m_db(context.connection),
      m_auditCount(context.auditCount), m_auditHead(context.auditHead)
{
    for (const Person &person : context.workspace.people)
        m_peopleByName.insert(personNameKey(person.name), person.id);

    const AiSystem blank;
    m_defaultValues.resize(m_fields.size());
    for (const SystemField field : m_fields)
        m_defaultValues[int(field)] = blank.value(field);

    QStringList columns { QStringLiteral("edited_fields") };
    QStringList placeholders { QStringLiteral("0") };
    for (const SystemField field : allSystemFields()) {
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

bool Writer::audit(const QString &action, const QString &entity, qint64 entityId, const QString &field,
                   const QString &oldValue, const QString &newValue)
{
    AuditEntry entry;
    entry.sequence = m_auditCount + 1;
    entry.at = m_now;
    entry.actor = m_context.actor;
    entry.action = action;
    entry.entity = entity;
    entry.entityId = QString::number(entityId);
    entry.field = field;
    entry.oldValue = oldValue;
    entry.newValue = newValue;
    entry.previousHash = m_auditHead;
    entry.hash = entry.computeHash(m_nowText);

    SqliteStatement &insert = *m_insertAudit;
    insert.bind(1, entry.sequence);
    insert.bind(2, m_nowText);
    insert.bind(3, entry.actor);
    insert.bind(4, entry.action);
    insert.bind(5, entry.entity);
    insert.bind(6, entry.entityId);
    insert.bind(7, entry.field);
    insert.bind(8, entry.oldValue);
    insert.bind(9, entry.newValue);
    insert.bind(10, QString::fromLatin1(entry.previousHash));
    insert.bind(11, QString::fromLatin1(entry.hash));
    if (!insert.step())
        return false;
    m_auditCount = entry.sequence;
    m_auditHead = entry.hash;
    return true;
}

PersonId Writer::personFor(const QString &name)
{
    if (const auto known = m_peopleByExactName.constFind(name); known != m_peopleByExactName.constEnd())
        return *known; // the same spelling again: no folding (most rows name known owners)
    if (name.trimmed().isEmpty())
        return 0;
    const QString key = personNameKey(name);
    if (const PersonId known = m_peopleByName.value(key)) {
        m_peopleByExactName.insert(name, known);
        return known;
    }
    m_insertPerson->bind(1, name.trimmed());
    if (!m_insertPerson->step())
        return -1;
    const PersonId id = sqlite3_last_insert_rowid(m_db);
    if (!audit(QStringLiteral("create"), QStringLiteral("person"), id, QStringLiteral("name"), {}, name.trimmed()))
        return -1;
    m_peopleByName.insert(key, id);
    m_peopleByExactName.insert(name, id);
    m_result->addedPeople.append(Person { id, name.trimmed(), {}, {} });
    return id;
}

bool Writer::insertSystem(const ConvertedRow &row, SystemId *id)
{
    // Each column is bound straight from the row or its default: no round trip through AiSystem
    // (ids to enums and back) unless the caller keeps the new systems.
    QVector<QVariant> values = m_defaultValues;
    for (const auto &value : row.values) {
        if (isOwnerField(value.first)) {
            const PersonId owner = personFor(value.second.toString());
            if (owner < 0)
                return false;
            values[int(value.first)] = owner;
        } else {
            values[int(value.first)] = value.second;
        }
    }
    if (!row.customAttributesJson.isEmpty())
        values[int(SystemField::CustomAttributes)] = row.customAttributesJson;
    for (int i = 0; i < m_fields.size(); ++i)
        m_insertSystem->bindValue(i + 1, m_fields[i], values[int(m_fields[i])]);
    if (!m_insertSystem->step())
        return false;
    *id = sqlite3_last_insert_rowid(m_db);
    m_result->addedIds.append(*id);
    if (m_context.keepAddedSystems) {
        AiSystem system;
        system.id = *id;
        for (const SystemField field : m_fields)
            system.setValue(field, values[int(field)]);
        m_result->addedSystems.append(system);
    }
    return audit(QStringLiteral("import"), QStringLiteral("system"), *id, fieldId(SystemField::Name), {},
                 values[int(SystemField::Name)].toString());
}

bool Writer::updateField(SystemId id, const FieldChange &change)
{
    std::shared_ptr<SqliteStatement> &update = m_updateField[int(change.field)];
    if (!update) {
        // The file's value now stands, so the field is no longer the analyst's own.
        update = std::make_shared<SqliteStatement>(m_db, QStringLiteral("UPDATE systems SET %1 = ?, edited_fields = "
                                                                  "edited_fields & ?, row_version = row_version + 1 "
                                                                  "WHERE id = ?")
                                                       .arg(fieldId(change.field)));
        if (!update->isValid())
            return false;
    }
    QVariant newValue = change.newValue;
    if (isOwnerField(change.field)) {
        const PersonId owner = personFor(change.newValue.toString());
        if (owner < 0)
            return false;
        newValue = owner;
    }
    update->bindValue(1, change.field, newValue);
    update->bind(2, qint64(~AiSystem::editedBit(change.field) & 0xffffffffu));
    update->bind(3, id);
    if (!update->step())
        return false;
    const AiSystem &before = m_context.workspace.systems.value(id);
    m_result->changes.append(AppliedChange { id, change.field, before.value(change.field), newValue,
                                             before.isEdited(change.field) });
    return audit(QStringLiteral("import"), QStringLiteral("system"), id, fieldId(change.field),
                 change.oldValue.toString(), change.newValue.toString());
}

bool Writer::storeFindings(SystemId id, const ConvertedRow &row, bool matched)
{
    for (const SecretHit &secret : row.secrets) {
        // A re-import of the same file finds the same secret again: one finding per place.
        if (matched) {
            m_findingExists->bind(1, id);
            m_findingExists->bind(2, kSecretRule);
            m_findingExists->bind(3, secret.column);
            m_findingExists->bind(4, secret.kind);
            if (m_findingExists->stepRow())
                continue;
        }
        SqliteStatement &insert = *m_insertFinding;
        insert.bind(1, id);
        insert.bind(2, kSecretRule);
        insert.bind(3, m_file);
        insert.bind(4, secret.line);
        insert.bind(5, secret.column);
        insert.bind(6, secret.kind);
        insert.bind(7, m_nowText);
        if (!insert.step())
            return false;
        ++m_result->findingsStored;
        const QString where = QStringLiteral("line %1, column %2: %3").arg(secret.line).arg(secret.column, secret.kind);
        if (!audit(QStringLiteral("import"), QStringLiteral("finding"), sqlite3_last_insert_rowid(m_db), kSecretRule,
                   {}, where))
            return false;
    }
    return true;
}

bool Writer::writeRow(const ConvertedRow &row, const RowOutcome &outcome)
{
    SystemId id = outcome.target;
    switch (outcome.kind) {
    case RowOutcome::Kind::New:
        if (!insertSystem(row, &id))
            return false;
        break;
    case RowOutcome::Kind::Changed:
        for (const FieldChange &change : outcome.changes) {
            if (change.apply && !updateField(id, change))
                return false;
        }
        break;
    case RowOutcome::Kind::Unchanged:
        break;
    }
    return storeFindings(id, row, outcome.kind != RowOutcome::Kind::New);
}

bool Writer::finish(const ImportReport &report)
{
    const QString summary = QStringLiteral("%1: %2 new, %3 changed, %4 unchanged, %5 skipped, %6 secrets redacted")
                                .arg(QFileInfo(m_file).fileName())
                                .arg(report.newCount)
                                .arg(report.changedCount)
                                .arg(report.unchangedCount)
                                .arg(report.badRowCount)
                                .arg(report.secrets.size());
    if (!audit(QStringLiteral("import"), QStringLiteral("workspace"), 0, QStringLiteral("file"), {}, summary))
        return false;
    // The head is also kept in meta, as AuditLog::append does, so cutting entries off is detected.
    SqliteStatement meta(m_db, AuditLog::setMetaSql());
    meta.bind(1, QString::number(m_auditCount));
    meta.bind(2, QStringLiteral("audit_count"));
    if (!meta.isValid() || !meta.step())
        return false;
    meta.bind(1, QString::fromLatin1(m_auditHead));
    meta.bind(2, QStringLiteral("audit_head"));
    return meta.step();
}

bool sameCounts(const ImportReport &a, const ImportReport &b)
{
    return a.rowsRead == b.rowsRead && a.newCount == b.newCount && a.changedCount == b.changedCount
        && a.unchangedCount == b.unchangedCount && a.badRowCount == b.badRowCount
        && a.conflictCount == b.conflictCount && a.contentFingerprint == b.contentFingerprint;
}

} // namespace

ImportResult ImportWriter::write(const ImportContext &context, const ImportSettings &settings,
                                 const ImportReport &checked, const ImportControl &control)
{
    return write(context, settings, &checked, control);
}

ImportResult ImportWriter::write(const ImportContext &context, const ImportSettings &settings,
                                 const ImportControl &control)
{
    return write(context, settings, nullptr, control);
}

ImportResult ImportWriter::write(const ImportContext &context, const ImportSettings &settings,
                                 const ImportReport *checkedReport, const ImportControl &control)
{
    ImportResult result;
    const ImportReport checked = checkedReport ? *checkedReport : ImportReport {};
    result.report = checked;
    if (checkedReport && !checked.canImport()) {
        result.failure = checked.fatal.isError() ? ImportResult::Failure::File : ImportResult::Failure::Cancelled;
        result.error = checked.fatal.isError() ? checked.fatal.message()
                                               : QCoreApplication::translate("ImportWriter", "The import was cancelled.");
        return result;
    }
    if (checkedReport && !settings.skipBadRows && checked.badRowCount > 0) {
        result.failure = ImportResult::Failure::File;
        result.error = QCoreApplication::translate("ImportWriter",
                                                   "%n rows have problems and skipping them was not chosen; nothing "
                                                   "was imported.",
                                                   nullptr, int(checked.badRowCount));
        return result;
    }

    if (!context.connection) { // the write pass is SQLite's bulk path; a server has none yet
        result.failure = ImportResult::Failure::Workspace;
        result.error = QCoreApplication::translate("ImportWriter",
            "Importing into a server workspace is not possible yet: import into a workspace file and move it "
            "onto the server with mandate-cli migrate. Nothing was imported.");
        return result;
    }
    Writer writer(context, settings.path, &result);
    if (!writer.isValid() || !writer.exec("BEGIN IMMEDIATE")) {
        result.failure = ImportResult::Failure::Workspace;
        result.error = QCoreApplication::translate("ImportWriter", "The workspace cannot be written: %1")
                           .arg(writer.sqliteError());
        return result;
    }
    bool writeFailed = false;
    ImportPass pass(settings, context.workspace);
    const ImportReport written = pass.run(control, [&](const ConvertedRow &row, const RowOutcome &outcome) {
        writeFailed = !writer.writeRow(row, outcome);
        return !writeFailed;
    });

    const auto fail = [&result](ImportResult::Failure failure, const QString &message) {
        result.failure = failure;
        result.error = message;
    };
    if (written.cancelled)
        fail(ImportResult::Failure::Cancelled,
             QCoreApplication::translate("ImportWriter", "The import was cancelled; nothing was imported."));
    else if (written.fatal.isError())
        fail(ImportResult::Failure::File, written.fatal.message());
    else if (writeFailed || !writer.finish(written))
        fail(ImportResult::Failure::Workspace,
             QCoreApplication::translate("ImportWriter", "The workspace cannot be written: %1").arg(writer.sqliteError()));
    else if (!checkedReport && !settings.skipBadRows && written.badRowCount > 0)
        fail(ImportResult::Failure::File,
             QCoreApplication::translate("ImportWriter",
                                         "%n rows have problems and skipping them was not chosen; nothing "
                                         "was imported.",
                                         nullptr, int(written.badRowCount)));
    else if (checkedReport && !sameCounts(written, checked))
        fail(ImportResult::Failure::File,
             QCoreApplication::translate("ImportWriter",
                                         "The file changed since it was checked; nothing was imported. Check it again."));

    if (!result.error.isEmpty() || !writer.exec("COMMIT")) {
        if (result.error.isEmpty())
            fail(ImportResult::Failure::Workspace,
                 QCoreApplication::translate("ImportWriter", "The workspace cannot be written: %1")
                     .arg(writer.sqliteError()));
        writer.exec("ROLLBACK");
        if (!checkedReport)
            result.report = written; // what was found, though nothing was stored
        result.addedPeople.clear();
        result.addedIds.clear();
        result.addedSystems.clear();
        result.changes.clear();
        result.findingsStored = 0;
        return result;
    }
    result.report = written;
    result.committed = true;
    return result;
}

} // namespace Mandate
