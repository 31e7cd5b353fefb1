#include "importwriter.h"

#include "storage/auditlog.h"
#include "storage/importstore.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <memory>

namespace Mandate {
namespace {

const QString kSecretRule = QStringLiteral("F-SECRET-IN-INVENTORY");

// The state of one write pass: the store, people by name, the audit chain's head, the versions
// of the systems it changes.
class Writer
{
public:
    Writer(const ImportContext &context, const QString &file, ImportResult *result);

    bool isValid() const { return m_store != nullptr; }
    bool begin() { return m_store->begin(&m_auditCount, &m_auditHead); }
    bool commit() { return m_store->commit(); }
    void rollback() { m_store->rollback(); }
    QString storeError() const { return m_store ? m_store->lastError() : m_openError; }
    // The system someone else changed after the check (0: none), and the field the import met it at.
    SystemId staleSystem() const { return m_staleSystem; }
    SystemField staleField() const { return m_staleField; }

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
    QString m_openError;
    std::unique_ptr<ImportStore> m_store;
    // One time for the whole import, formatted once: the entries of one transaction share it.
    QDateTime m_now = QDateTime::currentDateTimeUtc();
    QString m_nowText = m_now.toString(Qt::ISODateWithMs);
    qint64 m_auditCount;
    QByteArray m_auditHead;
    QHash<QString, PersonId> m_peopleByName; // case-folded
    QHash<QString, PersonId> m_peopleByExactName; // as the file spells them, once resolved
    QVector<SystemField> m_fields = allSystemFields();
    QVector<QVariant> m_defaultValues; // by int(SystemField): a new system's values
    QHash<SystemId, qint64> m_versions; // of the systems changed so far, as this pass left them
    SystemId m_staleSystem = 0;
    SystemField m_staleField = SystemField::Name;
};

Writer::Writer(const ImportContext &context, const QString &file, ImportResult *result)
    : m_context(context), m_file(file), m_result(result), m_store(ImportStore::open(context, &m_openError)),
      m_auditCount(context.auditCount), m_auditHead(context.auditHead)
{
    for (const Person &person : context.workspace.people)
        m_peopleByName.insert(personNameKey(person.name), person.id);

    const AiSystem blank;
    m_defaultValues.resize(m_fields.size());
    for (const SystemField field : m_fields)
        m_defaultValues[int(field)] = blank.value(field);
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

    if (!m_store->appendAudit(entry, m_nowText))
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
    const PersonId id = m_store->insertPerson(name.trimmed());
    if (id == 0)
        return -1;
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
    *id = m_store->insertSystem(values);
    if (*id == 0)
        return false;
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
    QVariant newValue = change.newValue;
    if (isOwnerField(change.field)) {
        const PersonId owner = personFor(change.newValue.toString());
        if (owner < 0)
            return false;
        newValue = owner;
    }
    const AiSystem &before = m_context.workspace.systems.value(id);
    qint64 &version = m_versions[id];
    if (version == 0)
        version = before.rowVersion;
    // The file's value now stands, so the field is no longer the analyst's own.
    const qint64 keptEdited = qint64(~AiSystem::editedBit(change.field) & 0xffffffffu);
    switch (m_store->updateField(id, change.field, newValue, keptEdited, version)) {
    case ImportStore::Update::Failed:
        return false;
    case ImportStore::Update::Stale:
        m_staleSystem = id;
        m_staleField = change.field;
        return false;
    case ImportStore::Update::Done:
        break;
    }
    ++version;
    m_result->changes.append(AppliedChange { id, change.field, before.value(change.field), newValue,
                                             before.isEdited(change.field) });
    return audit(QStringLiteral("import"), QStringLiteral("system"), id, fieldId(change.field),
                 change.oldValue.toString(), change.newValue.toString());
}

bool Writer::storeFindings(SystemId id, const ConvertedRow &row, bool matched)
{
    for (const SecretHit &secret : row.secrets) {
        // A re-import of the same file finds the same secret again: one finding per place.
        if (matched && m_store->hasSecretFinding(id, kSecretRule, secret.column, secret.kind))
            continue;
        const qint64 finding = m_store->insertSecretFinding(id, kSecretRule, m_file, secret.line, secret.column,
                                                            secret.kind, m_nowText);
        if (finding == 0)
            return false;
        ++m_result->findingsStored;
        const QString where = QStringLiteral("line %1, column %2: %3").arg(secret.line).arg(secret.column, secret.kind);
        if (!audit(QStringLiteral("import"), QStringLiteral("finding"), finding, kSecretRule, {}, where))
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
    return m_store->setAuditHead(m_auditCount, m_auditHead);
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
                                                   "%Ln rows have problems and skipping them was not chosen; nothing "
                                                   "was imported.",
                                                   nullptr, int(checked.badRowCount));
        return result;
    }

    Writer writer(context, settings.path, &result);
    if (!writer.isValid() || !writer.begin()) {
        result.failure = ImportResult::Failure::Workspace;
        result.error = QCoreApplication::translate("ImportWriter", "The workspace cannot be written: %1")
                           .arg(writer.storeError());
        if (writer.isValid())
            writer.rollback();
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
    else if (writer.staleSystem() != 0)
        fail(ImportResult::Failure::Workspace,
             QCoreApplication::translate("ImportWriter",
                                         "“%1” was changed by someone else after the file was checked, so its %2 "
                                         "cannot be set as checked; nothing was imported. Check the file again to "
                                         "compare it with the workspace as it is now.")
                 .arg(context.workspace.systems.value(writer.staleSystem()).name, fieldLabel(writer.staleField())));
    else if (writeFailed || !writer.finish(written))
        fail(ImportResult::Failure::Workspace,
             QCoreApplication::translate("ImportWriter", "The workspace cannot be written: %1").arg(writer.storeError()));
    else if (!checkedReport && !settings.skipBadRows && written.badRowCount > 0)
        fail(ImportResult::Failure::File,
             QCoreApplication::translate("ImportWriter",
                                         "%Ln rows have problems and skipping them was not chosen; nothing "
                                         "was imported.",
                                         nullptr, int(written.badRowCount)));
    else if (checkedReport && !sameCounts(written, checked))
        fail(ImportResult::Failure::File,
             QCoreApplication::translate("ImportWriter",
                                         "The file changed since it was checked; nothing was imported. Check it again."));

    if (!result.error.isEmpty() || !writer.commit()) {
        if (result.error.isEmpty())
            fail(ImportResult::Failure::Workspace,
                 QCoreApplication::translate("ImportWriter", "The workspace cannot be written: %1")
                     .arg(writer.storeError()));
        writer.rollback();
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
