#include "importcommand.h"

#include "cliapp.h"
#include "storage/workspace.h"
#include "vocabularytext.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace Mandate {
namespace {

const char kProgram[] = "mandate-cli";
const char kSecretRule[] = "F-SECRET-IN-INVENTORY";

// 1-based line and column of a byte offset, for a JSON parse error a person can find.
QPair<int, int> lineAndColumn(const QByteArray &data, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < data.size(); ++i) {
        if (data.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return { line, column };
}

qint64 conflictsKept(const ImportReport &report)
{
    qint64 kept = 0;
    for (const RowOutcome &row : report.changedRows) {
        for (const FieldChange &change : row.changes)
            kept += change.conflict && !change.apply ? 1 : 0;
    }
    return kept;
}

} // namespace

ImportCommand::ImportCommand(const Options &options, QTextStream &out, QTextStream &err)
    : m_options(options)
    , m_out(out)
    , m_err(err)
{
    m_settings.path = options.file;
    m_settings.format = options.format;
    m_settings.keyColumn = options.keyColumn;
    m_settings.skipBadRows = !options.abortOnBadRows;
    m_settings.conflicts.takeFileForAll = options.takeFileOnConflict;
    m_settings.matchExisting = !options.allNew;
}

bool ImportCommand::loadMapping()
{
    if (m_options.mappingFile.isEmpty())
        return true;
    const QString &path = m_options.mappingFile;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(CliApp::BadInput, tr("%1: cannot read the mapping file: %2").arg(path, file.errorString()));
        return false;
    }
    const QByteArray data = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QPair<int, int> at = lineAndColumn(data, parseError.offset);
        fail(CliApp::BadInput,
            tr("%1, line %2, column %3: the mapping file is not valid JSON: %4")
                .arg(path, QString::number(at.first), QString::number(at.second), parseError.errorString()));
        return false;
    }
    // Checked as a whole now, so that a wrong mapping file is named as such, not the inventory.
    QString problem;
    if (!document.isObject() || !ColumnMapping::fromJson(document.object(), {}, &problem)) {
        fail(CliApp::BadInput,
            tr("%1: %2").arg(
                path, problem.isEmpty() ? tr("the mapping file is not a JSON object") : problem));
        return false;
    }
    m_settings.mapping = document.object();
    return true;
}

int ImportCommand::run(Workspace &workspace)
{
    const WorkspaceSnapshot snapshot = workspace.importSnapshot();
    Outcome outcome;
    int exitCode = CliApp::Ok;
    ImportReport report;
    // The file's own faults: unreadable, or bad rows under --abort-on-bad-rows.
    const auto fileFault = [this, &outcome](const ImportReport &found) {
        if (found.fatal.isError())
            outcome.error = found.fatal.message();
        else if (m_options.abortOnBadRows && found.badRowCount > 0)
            outcome.error = abortMessage(found);
        return !outcome.error.isEmpty();
    };
    if (m_options.dryRun) {
        report = ImportPass(m_settings, snapshot).run(ImportControl {});
        if (fileFault(report))
            exitCode = CliApp::BadInput;
    } else {
        // No one to show a check to: check and write in one pass, which rolls back on a bad row
        // under --abort-on-bad-rows. The CLI exits right after, so the new systems are not kept
        // in memory.
        const ImportContext context = workspace.beginImport(false);
        const ImportResult result = ImportWriter::write(context, m_settings, ImportControl {});
        workspace.finishImport(result);
        report = result.report;
        outcome.committed = result.committed;
        if (fileFault(report)) {
            exitCode = CliApp::BadInput;
        } else if (!result.committed) {
            const bool fileAtFault = result.failure != ImportResult::Failure::Workspace;
            exitCode = fileAtFault ? CliApp::BadInput : CliApp::WorkspaceFailed;
            const QString &at = fileAtFault ? m_options.file : m_options.workspace;
            outcome.error = result.error.contains(at) ? result.error : tr("%1: %2").arg(at, result.error);
        }
    }
    m_mapping = report.mapping;

    if (m_options.json)
        printJson(report, outcome);
    else if (!report.fatal.isError())
        printText(report, outcome);
    if (!outcome.error.isEmpty())
        m_err << kProgram << ": " << outcome.error << Qt::endl;
    return exitCode;
}

QString ImportCommand::abortMessage(const ImportReport &report) const
{
    return tr("%1: rows with problems: %L2; --abort-on-bad-rows was given, so nothing was imported")
        .arg(m_options.file)
        .arg(report.badRowCount);
}

QString ImportCommand::where(qint64 line, const QString &column) const
{
    if (column.isEmpty())
        return tr("%1, line %2").arg(m_options.file, QString::number(line));
    return tr("%1, line %2, column \"%3\"").arg(m_options.file, QString::number(line), column);
}

void ImportCommand::printText(const ImportReport &report, const Outcome &outcome)
{
    m_out << tr("%1: read as %2.").arg(m_options.file, report.sourceDescription) << '\n';
    for (const QString &note : report.notes)
        m_out << tr("Note: %1").arg(note) << '\n';
    for (const RowProblem &problem : report.problems)
        m_out << tr("%1: %2").arg(where(problem.line, problem.column), problem.message) << '\n';
    for (const SecretHit &secret : report.secrets) {
        m_out << tr("%1: %2 redacted (%3)")
                     .arg(where(secret.line, secret.column), secret.kind, QLatin1String(kSecretRule))
              << '\n';
    }
    for (const RowOutcome &row : report.changedRows) {
        for (const FieldChange &change : row.changes) {
            if (!change.conflict)
                continue;
            const QString text = change.apply
                ? tr("Conflict: %1, %2: workspace \"%3\", file \"%4\"; the file's value is taken.")
                : tr("Conflict: %1, %2: workspace \"%3\", file \"%4\"; the workspace value is kept.");
            m_out << text.arg(row.name, fieldId(change.field),
                VocabularyText::fieldValueText(change.field, change.oldValue.toString()),
                VocabularyText::fieldValueText(change.field, change.newValue.toString()))
                  << '\n';
        }
    }
    m_out << tr("Rows: %L1; new: %L2; changed: %L3; unchanged: %L4; skipped bad rows: %L5; conflicts: %L6, "
                "kept: %L7; missing from the file: %L8.")
                 .arg(report.rowsRead)
                 .arg(report.newCount)
                 .arg(report.changedCount)
                 .arg(report.unchangedCount)
                 .arg(report.badRowCount)
                 .arg(report.conflictCount)
                 .arg(conflictsKept(report))
                 .arg(report.missing.size())
          << '\n';
    if (!report.newPeople.isEmpty())
        m_out << tr("New people: %1.").arg(report.newPeople.join(QStringLiteral(", "))) << '\n';
    if (outcome.committed)
        m_out << tr("Imported into %1.").arg(m_options.workspace) << '\n';
    else if (m_options.dryRun && outcome.error.isEmpty())
        m_out << tr("Dry run: nothing was written.") << '\n';
    m_out.flush();
}

void ImportCommand::printJson(const ImportReport &report, const Outcome &outcome)
{
    const QJsonObject counts {
        { QStringLiteral("rows"), report.rowsRead },
        { QStringLiteral("new"), report.newCount },
        { QStringLiteral("changed"), report.changedCount },
        { QStringLiteral("unchanged"), report.unchangedCount },
        { QStringLiteral("badRows"), report.badRowCount },
        { QStringLiteral("conflicts"), report.conflictCount },
        { QStringLiteral("conflictsKept"), conflictsKept(report) },
        { QStringLiteral("missing"), report.missing.size() },
        { QStringLiteral("secrets"), report.secrets.size() },
    };
    QJsonArray problems;
    for (const RowProblem &problem : report.problems) {
        problems.append(QJsonObject { { QStringLiteral("line"), problem.line },
            { QStringLiteral("column"), problem.column }, { QStringLiteral("message"), problem.message } });
    }
    QJsonArray secrets;
    for (const SecretHit &secret : report.secrets) {
        secrets.append(QJsonObject { { QStringLiteral("line"), secret.line },
            { QStringLiteral("column"), secret.column }, { QStringLiteral("kind"), secret.kind },
            { QStringLiteral("rule"), QLatin1String(kSecretRule) } });
    }
    QJsonArray conflicts;
    for (const RowOutcome &row : report.changedRows) {
        for (const FieldChange &change : row.changes) {
            if (!change.conflict)
                continue;
            conflicts.append(
                QJsonObject { { QStringLiteral("line"), row.line }, { QStringLiteral("id"), row.target },
                    { QStringLiteral("name"), row.name }, { QStringLiteral("field"), fieldId(change.field) },
                    { QStringLiteral("workspaceValue"), change.oldValue.toString() },
                    { QStringLiteral("fileValue"), change.newValue.toString() },
                    { QStringLiteral("kept"), !change.apply } });
        }
    }
    QJsonArray missing;
    for (const SystemId id : report.missing)
        missing.append(id);

    QJsonObject error;
    if (report.fatal.isError()) {
        error = QJsonObject { { QStringLiteral("file"), report.fatal.file },
            { QStringLiteral("line"), report.fatal.line }, { QStringLiteral("column"), report.fatal.column },
            { QStringLiteral("message"), outcome.error } };
    } else if (!outcome.error.isEmpty()) {
        error = QJsonObject { { QStringLiteral("message"), outcome.error } };
    }

    QJsonObject json {
        { QStringLiteral("workspace"), m_options.workspace },
        { QStringLiteral("file"), m_options.file },
        { QStringLiteral("format"), RecordSource::formatId(m_options.format) },
        { QStringLiteral("source"), report.sourceDescription },
        { QStringLiteral("dryRun"), m_options.dryRun },
        { QStringLiteral("committed"), outcome.committed },
        { QStringLiteral("counts"), counts },
        { QStringLiteral("problems"), problems },
        { QStringLiteral("secrets"), secrets },
        { QStringLiteral("conflicts"), conflicts },
        { QStringLiteral("missing"), missing },
        { QStringLiteral("newPeople"), QJsonArray::fromStringList(report.newPeople) },
        { QStringLiteral("notes"), QJsonArray::fromStringList(report.notes) },
        { QStringLiteral("mapping"),
            m_mapping.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m_mapping) },
        { QStringLiteral("error"), error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(error) },
    };
    m_out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    m_out.flush();
}

int ImportCommand::fail(int exitCode, const QString &message)
{
    m_err << kProgram << ": " << message << Qt::endl;
    return exitCode;
}

} // namespace Mandate
