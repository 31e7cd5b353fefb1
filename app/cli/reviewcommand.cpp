#include "reviewcommand.h"

#include "cliapp.h"
#include "jsonlines.h"
#include "review/reviewscope.h"
#include "reviewshowcommand.h"
#include "storage/workspace.h"
#include "texttable.h"
#include "vocabularytext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QTextStream>

namespace Mandate {
namespace {

bool takesCampaign(const QString &action)
{
    return action != QLatin1String("create") && action != QLatin1String("list");
}

} // namespace

QString ReviewCommand::synopsis(const QString &action)
{
    static const char *const lines[] = {
        "review create WS --name NAME --reviewer NAME [--reviewer NAME ...] [--scope FILTER] [--due YYYY-MM-DD]",
        "review list WS [--json]",
        "review show WS CAMPAIGN [--json]",
        "review decide WS CAMPAIGN --reviewer NAME --decisions FILE.json",
        "review signoff WS CAMPAIGN --reviewer NAME",
        "review close WS CAMPAIGN [--reviewer NAME]",
    };
    for (const char *line : lines) {
        if (QString::fromLatin1(line).section(u' ', 1, 1) == action)
            return QString::fromLatin1(line);
    }
    return QStringLiteral("review create|list|show|decide|signoff|close WS [CAMPAIGN] [OPTIONS]");
}

ReviewCommand::ReviewCommand(const Options &options, QTextStream &out, QTextStream &err)
    : m_options(options)
    , m_out(out)
    , m_err(err)
{
}

QString ReviewCommand::usageProblem() const
{
    const QString &action = m_options.action;
    const QStringList actions { QStringLiteral("create"), QStringLiteral("list"), QStringLiteral("show"),
        QStringLiteral("decide"), QStringLiteral("signoff"), QStringLiteral("close") };
    if (!actions.contains(action))
        return tr("unknown action \"%1\"").arg(action);
    const int positionals = takesCampaign(action) ? 2 : 1;
    if (m_options.arguments.size() < positionals)
        return tr("missing arguments");
    if (m_options.arguments.size() > positionals)
        return tr("unexpected argument \"%1\"").arg(m_options.arguments.at(positionals));

    const bool create = action == QLatin1String("create");
    const bool decide = action == QLatin1String("decide");
    const bool oneReviewer = decide || action == QLatin1String("signoff");
    const QString notAnOption = tr("%1 is not an option of review %2");
    if (m_options.json && action != QLatin1String("list") && action != QLatin1String("show"))
        return notAnOption.arg(QStringLiteral("--json"), action);
    if (m_options.name.has_value() != create)
        return create ? tr("%1 is required").arg(QStringLiteral("--name")) : notAnOption.arg(QStringLiteral("--name"), action);
    if (!create && m_options.scope)
        return notAnOption.arg(QStringLiteral("--scope"), action);
    if (!create && m_options.due)
        return notAnOption.arg(QStringLiteral("--due"), action);
    if (m_options.decisions.has_value() != decide)
        return decide ? tr("%1 is required").arg(QStringLiteral("--decisions"))
                      : notAnOption.arg(QStringLiteral("--decisions"), action);
    if ((create || oneReviewer) && m_options.reviewers.isEmpty())
        return tr("%1 is required").arg(QStringLiteral("--reviewer"));
    if (oneReviewer && m_options.reviewers.size() > 1)
        return tr("give one %1, the reviewer who acts").arg(QStringLiteral("--reviewer"));
    if (action == QLatin1String("close") && m_options.reviewers.size() > 1)
        return tr("give one %1, the reviewer who acts").arg(QStringLiteral("--reviewer"));
    if ((action == QLatin1String("list") || action == QLatin1String("show")) && !m_options.reviewers.isEmpty())
        return notAnOption.arg(QStringLiteral("--reviewer"), action);
    return {};
}

int ReviewCommand::run(Workspace &workspace)
{
    const QString &action = m_options.action;
    // The audit log names who acted: the reviewer when one is given, else the analyst.
    if (action != QLatin1String("create") && !m_options.reviewers.isEmpty())
        workspace.setActor(m_options.reviewers.first().simplified());
    if (action == QLatin1String("create"))
        return create(workspace);
    if (action == QLatin1String("list"))
        return list(workspace);

    bool ok = false;
    const CampaignId id = m_options.arguments.at(1).trimmed().toLongLong(&ok);
    const Campaign campaign = ok ? workspace.campaign(id) : Campaign();
    if (campaign.id == 0)
        return badInput(m_options.arguments.at(0), tr("no review campaign with id %1").arg(m_options.arguments.at(1)));
    if (action == QLatin1String("show"))
        return ReviewShowCommand::print(workspace, campaign, m_options.json, m_out);
    if (action == QLatin1String("decide"))
        return decide(workspace, campaign);
    if (action == QLatin1String("signoff"))
        return signOff(workspace, campaign);
    return close(workspace, campaign);
}

int ReviewCommand::create(Workspace &workspace)
{
    Campaign draft;
    draft.name = *m_options.name;
    draft.reviewers = m_options.reviewers;
    // A scope may name paradigms and stages by their labels; the campaign keeps the ids.
    draft.scope = VocabularyText::scopeWithIds(m_options.scope.value_or(ReviewScope::defaultText()));
    if (m_options.due) {
        draft.due = QDate::fromString(m_options.due->trimmed(), Qt::ISODate);
        if (!draft.due.isValid())
            return badInput(m_options.arguments.at(0),
                tr("invalid due date \"%1\"; use YYYY-MM-DD").arg(*m_options.due));
    }
    const CampaignId id = workspace.createCampaign(draft);
    if (id == 0)
        return refused(workspace);
    m_out << id << '\n'; // only the id, so that a script can capture it
    return CliApp::Ok;
}

int ReviewCommand::list(Workspace &workspace)
{
    const QVector<Campaign> campaigns = workspace.campaigns();
    if (m_options.json) {
        JsonLines lines(m_out);
        for (const Campaign &c : campaigns)
            lines.append(ReviewShowCommand::campaignJson(c));
        lines.finish();
        return CliApp::Ok;
    }
    TextTable table;
    table.setHeader({ tr("ID"), tr("Name"), tr("Status"), tr("Reviewers"), tr("Due"), tr("Progress") });
    for (const Campaign &c : campaigns) {
        table.addRow({ QString::number(c.id), c.name, label(c.status), c.reviewers.join(QStringLiteral(", ")),
            VocabularyText::dateText(c.due),
            QStringLiteral("%1/%2").arg(VocabularyText::countText(c.decided), VocabularyText::countText(c.items)) });
    }
    table.write(m_out);
    return CliApp::Ok;
}

int ReviewCommand::decide(Workspace &workspace, const Campaign &campaign)
{
    const QString &file = *m_options.decisions;
    QString error;
    const std::optional<QVector<ReviewDecisionInput>> decisions = readDecisions(file, &error);
    if (!decisions)
        return badInput(file, error);

    // What the workspace will record: entries that change an item (one already so is no change).
    QHash<ReviewItemId, ReviewItem> items;
    for (const ReviewItem &item : workspace.reviewItems(campaign.id))
        items.insert(item.id, item);
    int changes = 0;
    for (const ReviewDecisionInput &input : *decisions) {
        const ReviewItem item = items.value(input.item);
        changes += item.id == 0 || item.decision != input.decision || item.justification != input.justification.trimmed();
    }
    const QString &reviewer = m_options.reviewers.first();
    if (!workspace.decideReviewItems(campaign.id, reviewer, *decisions)) {
        // Refused, or nothing to change: the workspace says which by giving a reason.
        if (!workspace.lastError().isEmpty() || changes > 0)
            return refused(workspace);
        changes = 0;
    }
    m_out << tr("Decisions recorded: %L1").arg(changes) << '\n';
    return CliApp::Ok;
}

int ReviewCommand::signOff(Workspace &workspace, const Campaign &campaign)
{
    if (!workspace.signOffCampaign(campaign.id, m_options.reviewers.first()))
        return refused(workspace);
    int revoke = 0;
    int narrow = 0;
    for (const ReviewItem &item : workspace.reviewItems(campaign.id)) {
        revoke += item.remediation == toId(PrivilegeStatus::PendingRevocation);
        narrow += item.remediation == toId(PrivilegeStatus::ToNarrow);
    }
    m_out << tr("Signed off campaign %1; privileges pending revocation: %L2, to be narrowed: %L3")
                 .arg(campaign.id)
                 .arg(revoke)
                 .arg(narrow)
          << '\n';
    return CliApp::Ok;
}

int ReviewCommand::close(Workspace &workspace, const Campaign &campaign)
{
    if (!workspace.closeCampaign(campaign.id))
        return refused(workspace);
    m_out << tr("Closed campaign %1 without sign-off").arg(campaign.id) << '\n';
    return CliApp::Ok;
}

std::optional<QVector<ReviewDecisionInput>> ReviewCommand::readDecisions(const QString &file, QString *error)
{
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the decisions file: %1").arg(input.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = input.readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(bytes.left(parseError.offset).count('\n')) + 1;
        *error = tr("line %1: invalid JSON: %2").arg(line).arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonValue list
        = document.isArray() ? QJsonValue(document.array()) : document.object().value(QStringLiteral("decisions"));
    if (!list.isArray()) {
        *error = tr("expected an object with a \"decisions\" array, or an array");
        return std::nullopt;
    }

    QStringList allowed;
    for (const QString &id : allIds<ReviewDecision>()) {
        if (id != toId(ReviewDecision::Undecided))
            allowed << id;
    }
    QVector<ReviewDecisionInput> decisions;
    const QJsonArray entries = list.toArray();
    for (int index = 0; index < entries.size(); ++index) {
        const QJsonObject entry = entries.at(index).toObject();
        const QJsonValue item = entry.value(QStringLiteral("item"));
        const QJsonValue decision = entry.value(QStringLiteral("decision"));
        const QJsonValue justification = entry.value(QStringLiteral("justification"));
        // The id, or the label review show prints (in the current language).
        const std::optional<ReviewDecision> value = VocabularyText::fromIdOrLabel<ReviewDecision>(decision.toString());
        if (!item.isDouble() || item.toDouble() != double(item.toInteger()) || item.toInteger() <= 0) {
            *error = tr("decisions[%1]: \"item\" must be a review item id (a whole number)").arg(index);
            return std::nullopt;
        }
        if (!decision.isString() || !value || *value == ReviewDecision::Undecided) {
            *error = tr("decisions[%1]: unknown decision \"%2\"; use %3")
                         .arg(index)
                         .arg(decision.isString() ? decision.toString() : QString(), allowed.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        if (!justification.isUndefined() && !justification.isNull() && !justification.isString()) {
            *error = tr("decisions[%1]: \"justification\" must be text").arg(index);
            return std::nullopt;
        }
        decisions.append({ item.toInteger(), *value, justification.toString() });
    }
    if (decisions.isEmpty()) {
        *error = tr("the file holds no decisions");
        return std::nullopt;
    }
    return decisions;
}

int ReviewCommand::badInput(const QString &path, const QString &message)
{
    m_err << "mandate-cli: " << path << ": " << message << Qt::endl;
    return CliApp::BadInput;
}

int ReviewCommand::refused(const Workspace &workspace)
{
    const QString &path = m_options.arguments.at(0);
    if (workspace.lastError().isEmpty()) {
        m_err << "mandate-cli: " << path << ": " << tr("the change could not be written") << Qt::endl;
        return CliApp::WorkspaceFailed;
    }
    return badInput(path, workspace.lastError());
}

} // namespace Mandate
