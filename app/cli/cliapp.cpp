#include "cliapp.h"

#include "fieldvalue.h"
#include "coveragecommand.h"
#include "evidencecommand.h"
#include "exportcommand.h"
#include "rolescommand.h"
#include "migratecommand.h"
#include "findingscommand.h"
#include "jsonlines.h"
#include "importcommand.h"
#include "reviewcommand.h"
#include "io/systemjson.h"
#include "itemmodels/systemfilterproxymodel.h"
#include "itemmodels/systemtablemodel.h"
#include "rules/derivedfacts.h"
#include "storage/workspace.h"
#include "texttable.h"
#include "vocabularytext.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <optional>
#include <QTextStream>

namespace Mandate {
namespace {

// A JSON scalar as a person reads it in a text table; null is blank.
QString plainText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toInteger());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

// A native field's value in show's text: labels for vocabularies and ticks, dates in the locale.
QString attributeText(SystemField field, const QJsonValue &value)
{
    if (value.isBool())
        return VocabularyText::fieldValueText(field, value.toBool() ? QStringLiteral("1") : QStringLiteral("0"));
    if (field == SystemField::LastReviewed)
        return VocabularyText::dateText(QDate::fromString(value.toString(), Qt::ISODate));
    if (value.isString())
        return VocabularyText::fieldValueText(field, value.toString());
    if (value.isDouble())
        return VocabularyText::countText(value.toInteger());
    return plainText(value);
}

// A derived fact's value by its JSON key, as its label.
QString factText(const DerivedFacts &facts, QLatin1String fact)
{
    if (fact == QLatin1String("suggested_paradigm"))
        return label(facts.suggestedParadigm.value);
    if (fact == QLatin1String("runtime_authority"))
        return label(facts.runtimeAuthority.value);
    if (fact == QLatin1String("identity_subject"))
        return label(facts.identitySubject.value);
    if (fact == QLatin1String("nhi_risk"))
        return label(facts.nhiRisk.value);
    return label(facts.accessFootprint.value);
}

} // namespace

QString CliApp::programName()
{
    return QStringLiteral("mandate-cli");
}

CliApp::CliApp(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

int CliApp::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    const QCommandLineOption filterOption(QStringLiteral("filter"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption nameOption(QStringLiteral("name"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QString(), QStringLiteral("FORMAT"));
    const QCommandLineOption mappingOption(QStringLiteral("mapping"), QString(), QStringLiteral("MAP"));
    const QCommandLineOption keyOption(QStringLiteral("key"), QString(), QStringLiteral("COLUMN"));
    const QCommandLineOption abortOption(QStringLiteral("abort-on-bad-rows"));
    const QCommandLineOption takeFileOption(QStringLiteral("take-file-on-conflict"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"));
    const QCommandLineOption allNewOption(QStringLiteral("all-new"));
    const QCommandLineOption reviewerOption(QStringLiteral("reviewer"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption scopeOption(QStringLiteral("scope"), QString(), QStringLiteral("FILTER"));
    const QCommandLineOption dueOption(QStringLiteral("due"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption decisionsOption(QStringLiteral("decisions"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption outOption(QStringLiteral("out"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption campaignOption(QStringLiteral("campaign"), QString(), QStringLiteral("ID"));
    parser.addOptions({ jsonOption, filterOption, nameOption, formatOption, mappingOption, keyOption,
        abortOption, takeFileOption, dryRunOption, allNewOption, reviewerOption, scopeOption, dueOption,
        decisionsOption, outOption, campaignOption });

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        printHelp();
        return Ok;
    }
    if (parser.isSet(versionOption)) {
        m_out << programName() << ' ' << QStringLiteral(MANDATE_VERSION) << '\n';
        return Ok;
    }

    Invocation invocation;
    invocation.arguments = parser.positionalArguments();
    if (invocation.arguments.isEmpty())
        return usageError(tr("no command given"));
    invocation.command = invocation.arguments.takeFirst();
    invocation.json = parser.isSet(jsonOption);
    if (parser.isSet(filterOption))
        invocation.filter = parser.value(filterOption);
    if (parser.isSet(nameOption))
        invocation.name = parser.value(nameOption);
    if (parser.isSet(formatOption))
        invocation.format = parser.value(formatOption);
    if (parser.isSet(mappingOption))
        invocation.mapping = parser.value(mappingOption);
    if (parser.isSet(keyOption))
        invocation.key = parser.value(keyOption);
    invocation.abortOnBadRows = parser.isSet(abortOption);
    invocation.takeFileOnConflict = parser.isSet(takeFileOption);
    invocation.dryRun = parser.isSet(dryRunOption);
    invocation.allNew = parser.isSet(allNewOption);
    invocation.reviewers = parser.values(reviewerOption);
    if (parser.isSet(scopeOption))
        invocation.scope = parser.value(scopeOption);
    if (parser.isSet(dueOption))
        invocation.due = parser.value(dueOption);
    if (parser.isSet(decisionsOption))
        invocation.decisions = parser.value(decisionsOption);
    if (parser.isSet(outOption))
        invocation.out = parser.value(outOption);
    if (parser.isSet(campaignOption))
        invocation.campaign = parser.value(campaignOption);

    for (const Command &command : commands()) {
        if (invocation.command == QLatin1String(command.name))
            return dispatch(command, invocation);
    }
    return usageError(tr("unknown command \"%1\"").arg(invocation.command));
}

int CliApp::dispatch(const Command &command, const Invocation &invocation)
{
    if (command.positionals < 0)
        return (this->*command.handler)(invocation);
    QString problem;
    if (invocation.arguments.size() < command.positionals)
        problem = tr("missing arguments");
    else if (invocation.arguments.size() > command.positionals)
        problem = tr("unexpected argument \"%1\"").arg(invocation.arguments.at(command.positionals));
    else if (invocation.json && !command.takesJson)
        problem = tr("--json is not an option of this command");
    else if (invocation.filter && !command.takesFilter)
        problem = tr("--filter is not an option of this command");
    else if (invocation.name.has_value() != command.takesName)
        problem
            = command.takesName ? tr("--name is required") : tr("--name is not an option of this command");
    else if (!command.takesImportOptions && !invocation.importOptionGiven().isEmpty())
        problem = tr("%1 is not an option of this command").arg(invocation.importOptionGiven());
    else if (!invocation.reviewOptionGiven().isEmpty())
        problem = tr("%1 is not an option of this command").arg(invocation.reviewOptionGiven());
    else if (invocation.out || invocation.campaign)
        problem = tr("%1 is not an option of this command")
                      .arg(invocation.out ? QStringLiteral("--out") : QStringLiteral("--campaign"));
    if (!problem.isEmpty()) {
        return usageError(tr("%1: %2; usage: %3 %4")
                              .arg(invocation.command, problem, programName(), QLatin1String(command.synopsis)));
    }
    return (this->*command.handler)(invocation);
}

int CliApp::init(const Invocation &invocation)
{
    WorkspaceError error;
    const std::unique_ptr<Workspace> workspace = Workspace::create(invocation.arguments.at(0), &error);
    if (!workspace)
        return workspaceFailed(error.message());
    return Ok;
}

int CliApp::list(const Invocation &invocation)
{
    const QString &path = invocation.arguments.at(0);
    const std::unique_ptr<Workspace> workspace = open(path);
    if (!workspace)
        return WorkspaceFailed;

    // The GUI's own table model and filter, so that a filter finds the same systems here and there.
    SystemTableModel model;
    model.setWorkspace(workspace.get());
    SystemFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSearchText(invocation.filter.value_or(QString()));

    TextTable table;
    table.setHeader(
        { tr("ID"), tr("Name"), tr("Paradigm"), tr("Suggested"), tr("Authority"), tr("Lifecycle") });
    std::optional<JsonLines> lines;
    if (invocation.json)
        lines.emplace(m_out);
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const SystemId id = proxy.index(row, 0).data(SystemTableModel::SystemIdRole).toLongLong();
        const AiSystem *system = workspace->system(id);
        if (!system)
            continue;
        if (lines) {
            lines->append(SystemJson::toJson(*workspace, *system));
        } else {
            const DerivedFacts facts = deriveFacts(*system);
            table.addRow({ QString::number(id), system->name, label(system->paradigm),
                label(facts.suggestedParadigm.value), label(facts.runtimeAuthority.value),
                label(system->lifecycleStage) });
        }
    }
    if (lines)
        lines->finish();
    else
        table.write(m_out);
    return Ok;
}

int CliApp::show(const Invocation &invocation)
{
    const QString &path = invocation.arguments.at(0);
    const std::unique_ptr<Workspace> workspace = open(path);
    if (!workspace)
        return WorkspaceFailed;
    const std::optional<SystemId> id = systemId(*workspace, path, invocation.arguments.at(1));
    if (!id)
        return BadInput;

    // Text and JSON show the same content: the text is a rendering of the JSON object.
    const QJsonObject json = SystemJson::toJson(*workspace, *workspace->system(*id));
    if (invocation.json) {
        m_out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return Ok;
    }

    // The keys stay field ids (what set takes); the values read as in the window.
    TextTable table;
    for (const char *key : { "id", "name", "external_id" })
        table.addRow({ QLatin1String(key), plainText(json.value(QLatin1String(key))) });
    table.addRow({ QStringLiteral("paradigm"), label(workspace->system(*id)->paradigm) });
    table.addRow({ QStringLiteral("lifecycle_stage"), label(workspace->system(*id)->lifecycleStage) });
    const QJsonObject attributes = json.value(QStringLiteral("attributes")).toObject();
    for (SystemField field : allSystemFields()) {
        if (attributes.contains(fieldId(field)))
            table.addRow({ fieldId(field), attributeText(field, attributes.value(fieldId(field))) });
    }
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        if (!fieldFromId(it.key()))
            table.addRow({ it.key(), plainText(it.value()) });
    }

    table.addRow({});
    const DerivedFacts facts = deriveFacts(*workspace->system(*id));
    const QJsonObject rationale = json.value(QStringLiteral("rationale")).toObject();
    for (const char *fact :
        { "suggested_paradigm", "runtime_authority", "identity_subject", "nhi_risk", "access_footprint" }) {
        table.addRow({ QLatin1String(fact), factText(facts, QLatin1String(fact)) });
        const QJsonArray reasons = rationale.value(QLatin1String(fact)).toArray();
        for (const QJsonValue &reason : reasons)
            table.addRow({ QString(), QStringLiteral("- ") + reason.toString() });
    }
    table.write(m_out);
    return Ok;
}

int CliApp::add(const Invocation &invocation)
{
    const QString &path = invocation.arguments.at(0);
    QString problem;
    const std::optional<QVariant> name = FieldValue::parse(SystemField::Name, *invocation.name, &problem);
    if (!name)
        return badInput(path, problem);

    const std::unique_ptr<Workspace> workspace = open(path);
    if (!workspace)
        return WorkspaceFailed;
    AiSystem prototype;
    prototype.name = name->toString();
    const SystemId id = workspace->addSystem(prototype);
    if (id <= 0)
        return writeFailed(*workspace, path);
    m_out << id << '\n';
    return Ok;
}

int CliApp::set(const Invocation &invocation)
{
    const QString &path = invocation.arguments.at(0);
    const QString &fieldText = invocation.arguments.at(2);
    const std::unique_ptr<Workspace> workspace = open(path);
    if (!workspace)
        return WorkspaceFailed;
    const std::optional<SystemId> id = systemId(*workspace, path, invocation.arguments.at(1));
    if (!id)
        return BadInput;
    const std::optional<SystemField> field = fieldFromId(fieldText);
    if (!field)
        return badInput(
            path, tr("unknown field \"%1\" (%2 --help lists the fields)").arg(fieldText, programName()));
    QString problem;
    const std::optional<QVariant> value = FieldValue::parse(*field, invocation.arguments.at(3), &problem);
    if (!value)
        return badInput(path, tr("invalid value for %1: %2").arg(fieldId(*field), problem));

    // Setting a field to what it already holds is success, and writes nothing to the audit log.
    const AiSystem &system = *workspace->system(*id);
    bool changed = false;
    if (isOwnerField(*field)) {
        // Names match as the workspace matches them (any case), so "dana" is Dana's system already.
        const PersonId current = system.value(*field).toLongLong();
        const QString name = value->toString();
        if (name.isEmpty() ? current == 0 : current != 0 && workspace->personIdByName(name) == current)
            return Ok;
        changed = workspace->setSystemOwner(*id, *field, value->toString());
    } else {
        if (system.value(*field).toString() == value->toString())
            return Ok;
        changed = workspace->setSystemValue(*id, *field, *value);
    }
    return changed ? Ok : writeFailed(*workspace, path);
}

int CliApp::verify(const Invocation &invocation)
{
    const QString &path = invocation.arguments.at(0);
    const std::unique_ptr<Workspace> workspace = open(path);
    if (!workspace)
        return WorkspaceFailed;
    const AuditVerification result = workspace->verifyAudit();
    if (!result.ok) {
        return badInput(path,
            result.problem.isEmpty() ? tr("the audit log is broken at entry %1").arg(result.firstBadSequence)
                                     : result.problem);
    }
    m_out << tr("OK: audit log intact; entries: %L1; head hash: %2")
                 .arg(result.entriesChecked)
                 .arg(QString::fromLatin1(result.headHash))
          << '\n';
    return Ok;
}

int CliApp::findings(const Invocation &invocation)
{
    const std::unique_ptr<Workspace> workspace = open(invocation.arguments.at(0));
    if (!workspace)
        return WorkspaceFailed;
    FindingsCommand::print(*workspace, invocation.json, m_out);
    return Ok;
}

int CliApp::coverage(const Invocation &invocation)
{
    const std::unique_ptr<Workspace> workspace = open(invocation.arguments.at(0));
    if (!workspace)
        return WorkspaceFailed;
    CoverageCommand::print(*workspace, invocation.json, m_out);
    return Ok;
}

int CliApp::evidence(const Invocation &invocation)
{
    const QString synopsis = QStringLiteral("evidence import WS FILE [--format jsonl|otlp|cloudtrail] [--json]");
    if (invocation.arguments.at(0) != QLatin1String("import"))
        return usageError(tr("evidence: unknown action \"%1\"; usage: %2 %3")
                              .arg(invocation.arguments.at(0), programName(), synopsis));
    const QString option = invocation.importOptionGiven();
    if (!option.isEmpty() && option != QLatin1String("--format"))
        return usageError(tr("%1 is not an option of this command").arg(option));
    const QString &file = invocation.arguments.at(2);
    const std::optional<EvidenceFormat> format
        = invocation.format ? evidenceFormatFromId(*invocation.format) : guessEvidenceFormat(file);
    if (!format) {
        if (invocation.format)
            return usageError(tr("evidence: unknown format \"%1\"; use jsonl, otlp or cloudtrail").arg(*invocation.format));
        return badInput(file, tr("cannot tell the evidence format; give --format jsonl, otlp or cloudtrail"));
    }
    const std::unique_ptr<Workspace> workspace = open(invocation.arguments.at(1));
    if (!workspace)
        return WorkspaceFailed;
    return EvidenceCommand(m_out, m_err).import(*workspace, file, *format, invocation.json);
}

int CliApp::import(const Invocation &invocation)
{
    ImportCommand::Options options;
    options.workspace = invocation.arguments.at(0);
    options.file = invocation.arguments.at(1);
    const std::optional<RecordSource::Format> format
        = RecordSource::formatFromId(invocation.format.value_or(QStringLiteral("auto")));
    if (!format)
        return usageError(tr("import: unknown format \"%1\"; use auto, csv, json, cyclonedx or spdx")
                              .arg(*invocation.format));
    options.format = *format;
    options.mappingFile = invocation.mapping.value_or(QString());
    options.keyColumn = invocation.key.value_or(QString());
    options.abortOnBadRows = invocation.abortOnBadRows;
    options.takeFileOnConflict = invocation.takeFileOnConflict;
    options.dryRun = invocation.dryRun;
    options.allNew = invocation.allNew;
    options.json = invocation.json;

    ImportCommand command(options, m_out, m_err);
    if (!command.loadMapping())
        return BadInput;
    const std::unique_ptr<Workspace> workspace = open(options.workspace);
    if (!workspace)
        return WorkspaceFailed;
    return command.run(*workspace);
}

int CliApp::review(const Invocation &invocation)
{
    ReviewCommand::Options options;
    options.action = invocation.arguments.value(0);
    options.arguments = invocation.arguments.mid(1);
    options.json = invocation.json;
    options.name = invocation.name;
    options.scope = invocation.scope;
    options.due = invocation.due;
    options.decisions = invocation.decisions;
    options.reviewers = invocation.reviewers;
    ReviewCommand command(options, m_out, m_err);
    QString problem = command.usageProblem();
    if (problem.isEmpty() && invocation.filter)
        problem = tr("--filter is not an option of this command");
    if (problem.isEmpty() && !invocation.importOptionGiven().isEmpty())
        problem = tr("%1 is not an option of this command").arg(invocation.importOptionGiven());
    if (problem.isEmpty() && (invocation.out || invocation.campaign))
        problem = tr("%1 is not an option of this command")
                      .arg(invocation.out ? QStringLiteral("--out") : QStringLiteral("--campaign"));
    if (!problem.isEmpty()) {
        return usageError(
            tr("%1: %2; usage: %3 %4").arg(invocation.command, problem, programName(), ReviewCommand::synopsis(options.action)));
    }
    const std::unique_ptr<Workspace> workspace = open(options.arguments.at(0));
    if (!workspace)
        return WorkspaceFailed;
    return command.run(*workspace);
}

int CliApp::exportData(const Invocation &invocation)
{
    ExportCommand::Options options;
    options.arguments = invocation.arguments;
    options.format = invocation.format;
    options.out = invocation.out;
    options.campaign = invocation.campaign;
    options.filter = invocation.filter;
    ExportCommand command(options, m_out, m_err);
    QString problem = command.usageProblem();
    Invocation others = invocation; // the options export does not take: all but its own
    others.format.reset();
    if (problem.isEmpty() && invocation.json)
        problem = tr("--json is not an option of this command");
    if (problem.isEmpty() && invocation.name)
        problem = tr("--name is not an option of this command");
    if (problem.isEmpty() && !others.importOptionGiven().isEmpty())
        problem = tr("%1 is not an option of this command").arg(others.importOptionGiven());
    if (problem.isEmpty() && !invocation.reviewOptionGiven().isEmpty())
        problem = tr("%1 is not an option of this command").arg(invocation.reviewOptionGiven());
    if (!problem.isEmpty())
        return usageError(tr("%1: %2; usage: %3 %4").arg(invocation.command, problem, programName(), ExportCommand::synopsis()));
    const std::unique_ptr<Workspace> workspace = open(options.arguments.at(0));
    if (!workspace)
        return WorkspaceFailed;
    return command.run(*workspace);
}

int CliApp::migrate(const Invocation &invocation)
{
    return MigrateCommand(m_out, m_err).run(invocation.arguments.at(0), invocation.arguments.at(1));
}

int CliApp::roles(const Invocation &invocation)
{
    const std::unique_ptr<Workspace> workspace = open(invocation.arguments.at(0));
    if (!workspace)
        return WorkspaceFailed;
    RolesCommand command(m_out, m_err);
    if (invocation.command == QLatin1String("grant"))
        return command.grant(*workspace, invocation.arguments.at(1), invocation.arguments.at(2));
    if (invocation.command == QLatin1String("revoke"))
        return command.revoke(*workspace, invocation.arguments.at(1), invocation.arguments.at(2));
    return command.list(*workspace);
}

QString CliApp::Invocation::reviewOptionGiven() const
{
    if (!reviewers.isEmpty())
        return QStringLiteral("--reviewer");
    if (scope)
        return QStringLiteral("--scope");
    if (due)
        return QStringLiteral("--due");
    if (decisions)
        return QStringLiteral("--decisions");
    return {};
}

QString CliApp::Invocation::importOptionGiven() const
{
    if (format)
        return QStringLiteral("--format");
    if (mapping)
        return QStringLiteral("--mapping");
    if (key)
        return QStringLiteral("--key");
    if (abortOnBadRows)
        return QStringLiteral("--abort-on-bad-rows");
    if (takeFileOnConflict)
        return QStringLiteral("--take-file-on-conflict");
    if (dryRun)
        return QStringLiteral("--dry-run");
    if (allNew)
        return QStringLiteral("--all-new");
    return {};
}

std::unique_ptr<Workspace> CliApp::open(const QString &path)
{
    WorkspaceError error;
    std::unique_ptr<Workspace> workspace = Workspace::open(path, &error);
    if (!workspace) {
        workspaceFailed(error.isError() ? error.message() : tr("%1: cannot open the workspace").arg(path));
        return nullptr;
    }
    workspace->setActor(Workspace::defaultActor());
    return workspace;
}

std::optional<qint64> CliApp::systemId(const Workspace &workspace, const QString &path, const QString &text)
{
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    if (ok && workspace.system(id))
        return id;
    badInput(path, tr("no system with id %1").arg(text));
    return std::nullopt;
}

int CliApp::usageError(const QString &message)
{
    m_err << programName() << ": " << message << " (" << tr("see %1 --help").arg(programName()) << ")" << Qt::endl;
    return UsageError;
}

int CliApp::badInput(const QString &path, const QString &message)
{
    m_err << programName() << ": " << path << ": " << message << Qt::endl;
    return BadInput;
}

int CliApp::workspaceFailed(const QString &message)
{
    m_err << programName() << ": " << message << Qt::endl;
    return WorkspaceFailed;
}

int CliApp::writeFailed(const Workspace &workspace, const QString &path)
{
    const QString detail
        = workspace.lastError().isEmpty() ? tr("the change could not be written") : workspace.lastError();
    return workspaceFailed(detail.contains(path) ? detail : tr("%1: %2").arg(path, detail));
}

} // namespace Mandate
