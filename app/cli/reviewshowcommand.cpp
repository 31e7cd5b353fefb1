#include "reviewshowcommand.h"

#include "cliapp.h"
#include "review/reviewrules.h"
#include "rules/evidencefindings.h"
#include "storage/workspace.h"
#include "texttable.h"
#include "vocabularytext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace Mandate::ReviewShowCommand {
namespace {

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

using VocabularyText::timeText;

// What a system's runtime evidence says, read and judged once per system.
struct SystemEvidence
{
    EvidenceWindow window;
    QVector<ObservedAccess> observed;
    QVector<Finding> findings;
};

SystemEvidence evidenceOf(const Workspace &workspace, SystemId id)
{
    SystemEvidence evidence;
    evidence.window = workspace.evidenceWindow(id);
    evidence.observed = workspace.observedAccess(id);
    const QVector<Privilege> privileges = workspace.privileges(id);
    evidence.findings = undeclaredAccessFindings(privileges, evidence.observed)
        + unusedPrivilegeFindings(privileges, evidence.observed);
    return evidence;
}

QJsonObject evidenceJson(const SystemEvidence &evidence)
{
    QJsonArray observed;
    for (const ObservedAccess &access : evidence.observed) {
        observed.append(QJsonObject { { QStringLiteral("target"), access.target },
            { QStringLiteral("tool"), access.tool }, { QStringLiteral("action"), access.action },
            { QStringLiteral("count"), access.count }, { QStringLiteral("first"), timeOrNull(access.first) },
            { QStringLiteral("last"), timeOrNull(access.last) } });
    }
    QJsonArray findings;
    for (const Finding &finding : evidence.findings) {
        findings.append(QJsonObject { { QStringLiteral("rule"), finding.rule },
            { QStringLiteral("severity"), toId(finding.severity) }, { QStringLiteral("reason"), finding.reason },
            { QStringLiteral("privilege_id"), finding.privilegeId ? QJsonValue(finding.privilegeId) : QJsonValue() } });
    }
    const QJsonValue window = evidence.window.isValid()
        ? QJsonValue(QJsonObject { { QStringLiteral("first"), timeOrNull(evidence.window.first) },
              { QStringLiteral("last"), timeOrNull(evidence.window.last) },
              { QStringLiteral("events"), evidence.window.events } })
        : QJsonValue();
    return { { QStringLiteral("window"), window }, { QStringLiteral("observed"), observed },
        { QStringLiteral("findings"), findings } };
}

QJsonObject itemJson(const ReviewItem &item)
{
    return { { QStringLiteral("id"), item.id }, { QStringLiteral("ordinal"), item.ordinal },
        { QStringLiteral("system_id"), item.systemId },
        { QStringLiteral("privilege_id"), item.privilegeId ? QJsonValue(item.privilegeId) : QJsonValue() },
        { QStringLiteral("kind"), toId(item.kind) }, { QStringLiteral("high_risk"), QJsonArray::fromStringList(item.highRisk) },
        { QStringLiteral("subject"), item.subject }, { QStringLiteral("decision"), toId(item.decision) },
        { QStringLiteral("justification"), item.justification }, { QStringLiteral("decided_by"), item.decidedBy },
        { QStringLiteral("decided_at"), timeOrNull(item.decidedAt) },
        { QStringLiteral("remediation"), item.remediation } };
}

// A privilege item's subject as one cell: target, scope and credential as snapshotted.
QString subjectText(const ReviewItem &item)
{
    if (item.kind != ReviewItemKind::Privilege)
        return label(item.kind);
    const QJsonObject privilege = item.subject.value(QStringLiteral("privilege")).toObject();
    QString text = QStringLiteral("%1 (%2)").arg(privilege.value(QStringLiteral("target")).toString(),
        VocabularyText::labelOfId<Scope>(privilege.value(QStringLiteral("scope")).toString()));
    const QJsonObject credential = privilege.value(QStringLiteral("credential")).toObject();
    if (!credential.isEmpty())
        text += QCoreApplication::translate("ReviewShowCommand", ", credential %1")
                    .arg(credential.value(QStringLiteral("name")).toString());
    return text;
}

QString systemName(const ReviewItem &item)
{
    return item.subject.value(QStringLiteral("system")).toObject().value(QStringLiteral("name")).toString();
}

void printText(const Campaign &campaign, const QVector<ReviewItem> &items,
               const QVector<QPair<ReviewItem, SystemEvidence>> &systems, QTextStream &out)
{
    TextTable header;
    header.addRow({ QCoreApplication::translate("ReviewShowCommand", "Campaign"),
        QStringLiteral("%1 %2").arg(campaign.id).arg(campaign.name) });
    header.addRow({ QCoreApplication::translate("ReviewShowCommand", "Status"), label(campaign.status) });
    header.addRow({ QCoreApplication::translate("ReviewShowCommand", "Scope"), campaign.scope });
    header.addRow({ QCoreApplication::translate("ReviewShowCommand", "Reviewers"), campaign.reviewers.join(QStringLiteral(", ")) });
    header.addRow({ QCoreApplication::translate("ReviewShowCommand", "Due"), VocabularyText::dateText(campaign.due) });
    header.addRow({ QCoreApplication::translate("ReviewShowCommand", "Created"),
        QStringLiteral("%1 %2").arg(timeText(campaign.createdAt), campaign.createdBy) });
    if (campaign.isFrozen()) {
        header.addRow({ QCoreApplication::translate("ReviewShowCommand", "Finished"),
            QStringLiteral("%1 %2").arg(timeText(campaign.finishedAt), campaign.finishedBy) });
    }
    header.addRow({ QCoreApplication::translate("ReviewShowCommand", "Progress"),
        QStringLiteral("%1/%2").arg(VocabularyText::countText(campaign.decided), VocabularyText::countText(campaign.items)) });
    header.write(out);

    out << '\n';
    TextTable table;
    table.setHeader({ QCoreApplication::translate("ReviewShowCommand", "ID"), QStringLiteral("#"),
        QCoreApplication::translate("ReviewShowCommand", "System"), QCoreApplication::translate("ReviewShowCommand", "Kind"),
        QCoreApplication::translate("ReviewShowCommand", "Subject"),
        QCoreApplication::translate("ReviewShowCommand", "High risk"),
        QCoreApplication::translate("ReviewShowCommand", "Decision"),
        QCoreApplication::translate("ReviewShowCommand", "Justification"),
        QCoreApplication::translate("ReviewShowCommand", "Decided by"),
        QCoreApplication::translate("ReviewShowCommand", "Decided at"),
        QCoreApplication::translate("ReviewShowCommand", "Remediation") });
    for (const ReviewItem &item : items) {
        QStringList reasons;
        for (const QString &reason : item.highRisk)
            reasons << ReviewRules::highRiskReasonText(reason);
        table.addRow({ QString::number(item.id), QString::number(item.ordinal),
            QStringLiteral("%1 %2").arg(item.systemId).arg(systemName(item)), label(item.kind), subjectText(item),
            reasons.join(QStringLiteral(", ")), label(item.decision), item.justification, item.decidedBy,
            timeText(item.decidedAt), VocabularyText::labelOfId<PrivilegeStatus>(item.remediation) });
    }
    table.write(out);

    for (const auto &[item, evidence] : systems) {
        out << '\n';
        if (!evidence.window.isValid()) {
            out << QCoreApplication::translate("ReviewShowCommand", "Evidence for system %1 %2: none imported")
                       .arg(item.systemId)
                       .arg(systemName(item))
                << '\n';
            continue;
        }
        out << QCoreApplication::translate("ReviewShowCommand", "Evidence for system %1 %2: %L3 events from %4 to %5")
                   .arg(item.systemId)
                   .arg(systemName(item))
                   .arg(evidence.window.events)
                   .arg(timeText(evidence.window.first), timeText(evidence.window.last))
            << '\n';
        TextTable observed;
        for (const ObservedAccess &access : evidence.observed) {
            observed.addRow({ QStringLiteral("  ") + access.target, access.tool, access.action,
                VocabularyText::countText(access.count), timeText(access.first), timeText(access.last) });
        }
        for (const Finding &finding : evidence.findings)
            observed.addRow({ QStringLiteral("  ") + finding.rule, label(finding.severity), finding.reason });
        observed.write(out);
    }
}

} // namespace

QJsonObject campaignJson(const Campaign &c)
{
    return { { QStringLiteral("id"), c.id }, { QStringLiteral("name"), c.name },
        { QStringLiteral("status"), toId(c.status) }, { QStringLiteral("scope"), c.scope },
        { QStringLiteral("reviewers"), QJsonArray::fromStringList(c.reviewers) },
        { QStringLiteral("due"), c.due.isValid() ? QJsonValue(c.due.toString(Qt::ISODate)) : QJsonValue() },
        { QStringLiteral("items"), c.items }, { QStringLiteral("decided"), c.decided },
        { QStringLiteral("created_at"), timeOrNull(c.createdAt) }, { QStringLiteral("created_by"), c.createdBy },
        { QStringLiteral("finished_at"), timeOrNull(c.finishedAt) }, { QStringLiteral("finished_by"), c.finishedBy } };
}

int print(const Workspace &workspace, const Campaign &campaign, bool json, QTextStream &out)
{
    const QVector<ReviewItem> items = workspace.reviewItems(campaign.id);
    // Each system's evidence once, in the order the items first name it.
    QVector<QPair<ReviewItem, SystemEvidence>> systems;
    QSet<SystemId> seen;
    for (const ReviewItem &item : items) {
        if (!seen.contains(item.systemId)) {
            seen.insert(item.systemId);
            systems.append({ item, evidenceOf(workspace, item.systemId) });
        }
    }
    if (!json) {
        printText(campaign, items, systems, out);
        return CliApp::Ok;
    }
    QJsonArray itemArray;
    for (const ReviewItem &item : items)
        itemArray.append(itemJson(item));
    QJsonObject evidence;
    for (const auto &[item, systemEvidence] : systems)
        evidence.insert(QString::number(item.systemId), evidenceJson(systemEvidence));
    const QJsonObject object { { QStringLiteral("campaign"), campaignJson(campaign) },
        { QStringLiteral("items"), itemArray }, { QStringLiteral("evidence"), evidence } };
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    return CliApp::Ok;
}

} // namespace Mandate::ReviewShowCommand
