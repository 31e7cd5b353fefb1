#include "campaignreport.h"

#include "itemmodels/reviewitemsmodel.h"
#include "report/reportcharts.h"
#include "report/reportcover.h"
#include "report/reporttext.h"
#include "review/reviewrules.h"
#include "review/reviewsnapshot.h"
#include "storage/serverlocation.h"
#include "storage/workspace.h"

#include <QHash>
#include <QJsonObject>

namespace Mandate {

struct CampaignReport::Record
{
    // Items blocked for one reviewer on one system because the reviewer owns it.
    struct Exception
    {
        QString system;
        QString reviewer;
        int items = 0;
        int undecided = 0;
        QStringList decidedBy;
    };

    Campaign campaign;
    QVector<ReviewItem> items; // in the order a session walks them
    ReviewRules::ReviewTally tally;
    QVector<QVector<int>> systems; // item indexes per system, systems in the order of their first item
    QVector<Exception> exceptions;
    int highRisk = 0;
};

namespace {

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

// A vocabulary id of a snapshot as its label; an id this version does not know prints as it is.
template<typename E>
QString labelOf(const QString &id)
{
    const std::optional<E> value = fromId<E>(id);
    return value ? label(*value) : ReportText::orDash(id);
}

QString isoDate(const QString &iso)
{
    return ReportText::date(QDate::fromString(iso, Qt::ISODate));
}

QColor decisionColour(ReviewDecision decision)
{
    switch (decision) {
    case ReviewDecision::Keep:
    case ReviewDecision::Yes: return QColor(0x00, 0x9e, 0x73);
    case ReviewDecision::Reduce: return QColor(0xe6, 0x9f, 0x00);
    case ReviewDecision::Revoke:
    case ReviewDecision::No: return QColor(0xd5, 0x5e, 0x00);
    case ReviewDecision::Unsure: return QColor(0xcc, 0x79, 0xa7);
    case ReviewDecision::Undecided: break;
    }
    return QColor(0x99, 0x99, 0x99);
}

// What the reviewer saw about the item when deciding, from its snapshot.
QString evidence(const ReviewItem &item, const QDate &campaignStart)
{
    const QJsonObject system = item.subject.value(QStringLiteral("system")).toObject();
    switch (item.kind) {
    case ReviewItemKind::Owner: {
        const QStringList owners = ReviewSnapshot::ownerNames(item.subject);
        return CampaignReport::tr("Owners: %1").arg(ReportText::orDash(owners.join(QStringLiteral(", "))));
    }
    case ReviewItemKind::ApprovalGate:
        return CampaignReport::tr("Approval gate: %1").arg(labelOf<ApprovalGate>(text(system, "approval_gate")));
    case ReviewItemKind::Offboarding:
        return CampaignReport::tr("Offboarding plan: %1").arg(ReportText::orDash(text(system, "offboarding_plan")));
    case ReviewItemKind::Logging: return ReportText::orDash({});
    case ReviewItemKind::Privilege: break;
    }
    const QJsonObject privilege = item.subject.value(QStringLiteral("privilege")).toObject();
    const QJsonObject credential = privilege.value(QStringLiteral("credential")).toObject();
    QStringList parts;
    if (credential.isEmpty()) {
        parts << CampaignReport::tr("no credential recorded");
    } else {
        parts << CampaignReport::tr("credential %1 (%2), storage: %3")
                     .arg(text(credential, "name"), labelOf<CredentialKind>(text(credential, "kind")),
                         labelOf<CredentialStorage>(text(credential, "storage")));
        const QDate created = QDate::fromString(text(credential, "created"), Qt::ISODate);
        if (created.isValid() && campaignStart.isValid())
            parts << CampaignReport::tr("%Ln days old", nullptr, int(created.daysTo(campaignStart)));
        const QString lastUsed = text(credential, "last_used");
        parts << (lastUsed.isEmpty() ? CampaignReport::tr("last use not recorded")
                                     : CampaignReport::tr("last used %1").arg(isoDate(lastUsed)));
    }
    if (!text(privilege, "tool").isEmpty())
        parts << CampaignReport::tr("tool: %1").arg(text(privilege, "tool"));
    return parts.join(QStringLiteral("; "));
}

QString systemTitle(const QJsonObject &system)
{
    const QString externalId = text(system, "external_id");
    return externalId.isEmpty() ? text(system, "name")
                                : CampaignReport::tr("%1 (%2)").arg(text(system, "name"), externalId);
}

QString byAt(const QString &who, const QDateTime &when)
{
    return when.isValid() ? CampaignReport::tr("%1 by %2").arg(ReportText::dateTime(when), ReportText::orDash(who))
                          : ReportText::orDash({});
}

} // namespace

std::unique_ptr<ReportDocument> CampaignReport::build(const Workspace &workspace, CampaignId id,
    const Options &options, const ReportDocument::Progress &progress, QString *error)
{
    const auto cancelled = [error]() -> std::unique_ptr<ReportDocument> {
        if (error)
            *error = ReportDocument::tr("the export was cancelled");
        return nullptr;
    };
    if (progress && !progress(0))
        return cancelled();
    Record record;
    record.campaign = workspace.campaign(id, false); // the items are read below, once
    if (record.campaign.id == 0) {
        if (error)
            *error = tr("There is no review campaign %1.").arg(id);
        return nullptr;
    }
    record.items = workspace.reviewItems(id);
    record.tally = ReviewRules::tally(record.items);
    QHash<SystemId, int> systemIndex;
    QHash<QPair<SystemId, QString>, int> exceptionIndex;
    for (int i = 0; i < record.items.size(); ++i) {
        const ReviewItem &item = record.items.at(i);
        record.highRisk += item.isHighRisk() ? 1 : 0;
        auto found = systemIndex.constFind(item.systemId);
        if (found == systemIndex.constEnd()) {
            found = systemIndex.insert(item.systemId, int(record.systems.size()));
            record.systems.append(QVector<int>());
            // Separation of duties is decided per system: its items share the owners.
            const QStringList owners = workspace.reviewItemOwners(item);
            for (const QString &reviewer : std::as_const(record.campaign.reviewers)) {
                if (ReviewRules::ownsSystem(owners, reviewer)) {
                    exceptionIndex.insert({ item.systemId, reviewer }, int(record.exceptions.size()));
                    record.exceptions.append(
                        { systemTitle(item.subject.value(QStringLiteral("system")).toObject()), reviewer, 0, 0, {} });
                }
            }
        }
        record.systems[*found].append(i);
        for (const QString &reviewer : std::as_const(record.campaign.reviewers)) {
            const auto exception = exceptionIndex.constFind({ item.systemId, reviewer });
            if (exception == exceptionIndex.constEnd())
                continue;
            Record::Exception &e = record.exceptions[*exception];
            ++e.items;
            if (item.decision == ReviewDecision::Undecided)
                ++e.undecided;
            else if (!e.decidedBy.contains(item.decidedBy))
                e.decidedBy.append(item.decidedBy);
        }
    }
    if (progress && !progress(30))
        return cancelled();

    auto document = std::make_unique<ReportDocument>(tr("Access review: %1").arg(record.campaign.name));
    document->setHeaderText(workspaceDisplayName(workspace.filePath()));
    const QString analyst = options.analyst.isEmpty() ? Workspace::defaultActor() : options.analyst;
    document->setFooterText(tr("%1, prepared by %2").arg(ReportText::date(options.today), analyst));

    addCover(*document, workspace, record, options);
    addSummary(*document, record);
    addSeparationOfDuties(*document, record);
    addSignOff(*document, record);
    addRemediation(*document, record);
    if (!addDecisions(*document, record, options, progress))
        return cancelled();
    if (progress && !progress(100))
        return cancelled();
    return document;
}

void CampaignReport::addCover(ReportDocument &document, const Workspace &workspace, const Record &record,
    const Options &options)
{
    const Campaign &campaign = record.campaign;
    document.addSpacing(120);
    document.addParagraph(tr("Access review campaign"), ReportDocument::TextStyle::Title);
    document.addParagraph(campaign.name, ReportDocument::TextStyle::Subtitle);
    if (campaign.status == CampaignStatus::Open)
        document.addParagraph(tr("Draft: the campaign is still open"), ReportDocument::TextStyle::Subtitle);
    document.addSpacing(40);
    const ReportCover::Rows rows {
        { tr("Campaign"), campaign.name },
        { tr("Status"), label(campaign.status) },
        { tr("Scope"), campaign.scope.trimmed().isEmpty() ? tr("All systems") : campaign.scope },
        { tr("Reviewers"), ReportText::orDash(campaign.reviewers.join(QStringLiteral(", "))) },
        { tr("Due"), ReportText::date(campaign.due) },
        { tr("Created"), byAt(campaign.createdBy, campaign.createdAt) },
        { campaign.status == CampaignStatus::Closed ? tr("Closed") : tr("Signed off"),
            byAt(campaign.finishedBy, campaign.finishedAt) },
    };
    ReportCover::addProvenance(document, workspace, rows, options.today, options.analyst,
        tr("The head hash fixes the workspace's audit log, and with it every decision of this campaign, at the time "
           "of this report: `mandate-cli verify` on the workspace prints the same hash while nothing has changed since."));
}

void CampaignReport::addSummary(ReportDocument &document, const Record &record)
{
    const ReviewRules::ReviewTally &tally = record.tally;
    const int total = int(record.items.size());
    document.addHeading(tr("Summary"));
    QVector<QPair<QString, QString>> rows {
        { tr("Systems"), ReportText::number(record.systems.size()) },
        { tr("Items"), ReportText::number(total) },
        { tr("Decided"), tr("%1 of %2").arg(ReportText::number(total - tally.undecided()), ReportText::number(total)) },
        { tr("High-risk items"), ReportText::number(record.highRisk) },
        { tr("To remediate"), ReportText::number(tally.remediation.size()) },
        { tr("Separation-of-duties exceptions"), ReportText::number(record.exceptions.size()) },
    };
    document.addKeyValues(rows);

    QVector<ReportCharts::ChartBar> bars;
    for (const ReviewDecision decision : { ReviewDecision::Keep, ReviewDecision::Reduce, ReviewDecision::Revoke,
             ReviewDecision::Yes, ReviewDecision::No, ReviewDecision::Unsure, ReviewDecision::Undecided }) {
        const int count = tally.counts.value(decision);
        if (count > 0 || decision == ReviewDecision::Undecided)
            bars.append({ label(decision), count, decisionColour(decision) });
    }
    document.addDrawing(ReportCharts::barChartHeight(int(bars.size())), [bars](QPainter *painter, const QRectF &target) {
        ReportCharts::paintBarChart(painter, target, tr("Items per decision"), bars);
    });
    if (record.campaign.status == CampaignStatus::Open && tally.undecided() > 0)
        document.addParagraph(tr("%Ln items are still undecided; the decisions below list them as such.", nullptr,
            tally.undecided()));
    if (tally.unsure() > 0)
        document.addParagraph(tr("%Ln items are marked unsure: a campaign cannot be signed off until they are decided.",
            nullptr, tally.unsure()));
}

bool CampaignReport::addDecisions(ReportDocument &document, const Record &record, const Options &options,
    const ReportDocument::Progress &progress)
{
    document.addPageBreak();
    document.addHeading(tr("Decisions"));
    document.addParagraph(tr("Every item of the campaign, per system, with the evidence the reviewer saw: the "
                             "system, privilege and credential as they were when the campaign began."),
        ReportDocument::TextStyle::Small);
    const QDate start = record.campaign.createdAt.isValid() ? record.campaign.createdAt.toLocalTime().date()
                                                             : options.today;
    const int total = qMax(1, int(record.items.size()));
    int done = 0;
    for (const QVector<int> &indexes : record.systems) {
        const QJsonObject system = record.items.at(indexes.first()).subject.value(QStringLiteral("system")).toObject();
        document.addHeading(systemTitle(system), 2);
        ReportTable table;
        table.headers = { tr("Question"), tr("Decision"), tr("Justification"), tr("Evidence"), tr("High risk"),
            tr("Reviewer, decided at") };
        table.widths = { 2.2, 1.3, 2.4, 2.8, 1.5, 1.9 };
        for (const int index : indexes) {
            const ReviewItem &item = record.items.at(index);
            QStringList reasons;
            for (const QString &reason : item.highRisk)
                reasons << ReviewRules::highRiskReasonText(reason);
            const bool decided = item.decision != ReviewDecision::Undecided;
            table.rows.append({ ReviewItemsModel::questionText(item), label(item.decision),
                ReportText::orDash(item.justification), evidence(item, start),
                ReportText::orDash(reasons.join(QStringLiteral(", "))),
                decided ? item.decidedBy + QLatin1Char('\n') + ReportText::dateTime(item.decidedAt)
                        : ReportText::orDash({}) });
            if (item.isHighRisk())
                table.strongRows.append(int(table.rows.size()) - 1);
        }
        document.addTable(table);
        // After the table, so that the heading stays with it at the foot of a page.
        document.addParagraph(tr("Lifecycle stage: %1. Last reviewed: %2.")
                                  .arg(labelOf<LifecycleStage>(text(system, "lifecycle_stage")),
                                      isoDate(text(system, "last_reviewed"))),
            ReportDocument::TextStyle::Small);
        const int before = done;
        done += int(indexes.size());
        if (progress && done / 500 != before / 500 && !progress(30 + 65 * done / total))
            return false;
    }
    return true;
}

void CampaignReport::addSeparationOfDuties(ReportDocument &document, const Record &record)
{
    document.addHeading(tr("Separation-of-duties exceptions"), 2);
    if (record.exceptions.isEmpty()) {
        document.addParagraph(tr("None: no reviewer owns a system in this campaign."));
        return;
    }
    document.addParagraph(tr("A reviewer may not decide the items of a system they own. These items were blocked "
                             "for the reviewer named and left to another."),
        ReportDocument::TextStyle::Small);
    ReportTable table;
    table.headers = { tr("System"), tr("Blocked for"), tr("Items"), tr("Decided instead by") };
    table.widths = { 3, 1.8, 1.4, 2.4 };
    for (const Record::Exception &e : record.exceptions) {
        QString items = tr("%Ln items", nullptr, e.items);
        if (e.undecided > 0)
            items = tr("%1, %Ln undecided", nullptr, e.undecided).arg(items);
        table.rows.append({ e.system, e.reviewer, items, ReportText::orDash(e.decidedBy.join(QStringLiteral(", "))) });
    }
    document.addTable(table);
}

void CampaignReport::addSignOff(ReportDocument &document, const Record &record)
{
    const Campaign &campaign = record.campaign;
    document.addHeading(tr("Sign-off"), 2);
    switch (campaign.status) {
    case CampaignStatus::SignedOff:
        document.addParagraph(tr("Signed off by %1 on %2; the decisions are frozen.")
                                  .arg(campaign.finishedBy, ReportText::dateTime(campaign.finishedAt)));
        break;
    case CampaignStatus::Closed:
        document.addParagraph(tr("Closed without sign-off by %1 on %2; the decisions are frozen and no remediation "
                                 "was made.")
                                  .arg(campaign.finishedBy, ReportText::dateTime(campaign.finishedAt)));
        break;
    case CampaignStatus::Open:
        document.addParagraph(tr("Not signed off: the campaign is still open."));
        break;
    }
}

void CampaignReport::addRemediation(ReportDocument &document, const Record &record)
{
    const CampaignStatus status = record.campaign.status;
    document.addHeading(tr("Remediation"), 2);
    if (status == CampaignStatus::Closed) {
        document.addParagraph(tr("None: the campaign was closed without sign-off."));
        return;
    }
    ReportTable table;
    table.headers = { tr("System"), tr("Privilege"), tr("Credential"), tr("What to do"), tr("Justification") };
    table.widths = { 2.2, 2.4, 1.6, 2.2, 2.6 };
    // Signed off: what sign-off marked; open: what the decisions so far will mark.
    const auto add = [&](const ReviewItem &item, bool revoke) {
        const QJsonObject privilege = item.subject.value(QStringLiteral("privilege")).toObject();
        const QJsonObject credential = privilege.value(QStringLiteral("credential")).toObject();
        const QString action = revoke ? tr("Revoke the privilege") : tr("Narrow the privilege to what is needed");
        table.rows.append({ systemTitle(item.subject.value(QStringLiteral("system")).toObject()),
            ReviewItemsModel::questionText(item), ReportText::orDash(text(credential, "name")),
            status == CampaignStatus::SignedOff
                ? tr("%1; marked “%2”").arg(action,
                    label(revoke ? PrivilegeStatus::PendingRevocation : PrivilegeStatus::ToNarrow))
                : action,
            ReportText::orDash(item.justification) });
    };
    if (status == CampaignStatus::SignedOff) {
        for (const ReviewItem &item : record.items) {
            if (item.remediation == QLatin1String("pending_revocation") || item.remediation == QLatin1String("to_narrow"))
                add(item, item.remediation == QLatin1String("pending_revocation"));
        }
    } else {
        for (const ReviewItem &item : record.tally.remediation)
            add(item, item.decision == ReviewDecision::Revoke);
    }
    if (table.rows.isEmpty()) {
        document.addParagraph(tr("None: no privilege was decided revoke or reduce."));
        return;
    }
    if (status == CampaignStatus::Open)
        document.addParagraph(tr("Draft: the privileges are marked when the campaign is signed off."),
            ReportDocument::TextStyle::Small);
    document.addTable(table);
}

} // namespace Mandate
