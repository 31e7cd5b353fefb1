#include "reviewevidenceview.h"

#include "itemmodels/reviewitemsmodel.h"
#include "review/reviewrules.h"
#include "rules/evidencefindings.h"
#include "rules/findingsengine.h"
#include "storage/workspace.h"

#include <QJsonObject>
#include <QLocale>

namespace Mandate {
namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &name, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
        .arg(escaped(name), value.isEmpty() ? QStringLiteral("&mdash;") : value);
}

template<typename E> QString vocabularyText(const QJsonObject &object, const char *key)
{
    const std::optional<E> value = fromId<E>(object.value(QString::fromLatin1(key)).toString());
    return value ? escaped(label(*value)) : QString();
}

QString timeText(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

QString warning(const QString &text)
{
    return QStringLiteral("<span style='color:#b3261e'>%1</span>").arg(escaped(text));
}

// A date in the UI language's short format and its age, such as "1/10/25 (324 days ago)"
QString dateWithAge(const QString &iso)
{
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    if (!date.isValid())
        return {};
    return ReviewEvidenceView::tr("%1 (%Ln day(s) ago)", nullptr, int(date.daysTo(QDate::currentDate())))
        .arg(QLocale().toString(date, QLocale::ShortFormat));
}

} // namespace

ReviewEvidenceView::ReviewEvidenceView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("reviewEvidenceView"));
    setOpenLinks(false);
}

void ReviewEvidenceView::showItem(const Workspace &workspace, const ReviewItem &item)
{
    const Privilege now = workspace.privilege(item.privilegeId);
    const QString body = item.kind == ReviewItemKind::Privilege ? privilegeSection(item, now)
                                                                 : questionSection(workspace, item);
    setHtml(body + findingsSection(workspace, item, now) + runtimeSection(workspace, item, now));
}

QString ReviewEvidenceView::privilegeSection(const ReviewItem &item, const Privilege &now) const
{
    const QJsonObject p = item.subject.value(QStringLiteral("privilege")).toObject();
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(escaped(tr("Declared privilege")));
    html += row(tr("Target"), escaped(p.value(QStringLiteral("target")).toString()));
    html += row(tr("Scope"), vocabularyText<Scope>(p, "scope"));
    html += row(tr("Tool"), escaped(p.value(QStringLiteral("tool")).toString()));
    html += row(tr("Approval gate"), vocabularyText<ApprovalGate>(p, "approval_gate"));
    html += row(tr("Logging"), vocabularyText<Logging>(p, "logging"));
    html += row(tr("Handoff point"), vocabularyText<HandoffPoint>(p, "handoff"));
    html += row(tr("Expires"), escaped(p.value(QStringLiteral("expires")).toString()));
    html += row(tr("Declared justification"), escaped(p.value(QStringLiteral("justification")).toString()));
    if (now.id == 0)
        html += row(tr("Now"), warning(tr("removed since the campaign started")));
    else if (toId(now.status) != p.value(QStringLiteral("status")).toString())
        html += row(tr("Now"), escaped(label(now.status)));
    html += QStringLiteral("</table>");

    const QJsonValue credentialValue = p.value(QStringLiteral("credential"));
    html += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Credential")));
    if (!credentialValue.isObject()) {
        html += QStringLiteral("<p>%1</p>").arg(escaped(tr("No credential is declared for this privilege.")));
    } else {
        const QJsonObject c = credentialValue.toObject();
        const std::optional<CredentialStorage> storage = fromId<CredentialStorage>(c.value(QStringLiteral("storage")).toString());
        const QString storageLabel = storage ? label(*storage) : QString();
        const bool vaulted = storage == CredentialStorage::SecretsManager;
        html += QStringLiteral("<table>");
        html += row(tr("Name"), escaped(c.value(QStringLiteral("name")).toString()));
        html += row(tr("Kind"), vocabularyText<CredentialKind>(c, "kind"));
        html += row(tr("Storage"), vaulted ? escaped(storageLabel) : warning(storageLabel));
        html += row(tr("Created"), escaped(dateWithAge(c.value(QStringLiteral("created")).toString())));
        html += row(tr("Last rotated"), escaped(dateWithAge(c.value(QStringLiteral("last_rotated")).toString())));
        html += row(tr("Last used"), escaped(dateWithAge(c.value(QStringLiteral("last_used")).toString())));
        html += row(tr("Expires"), escaped(c.value(QStringLiteral("expires")).toString()));
        html += QStringLiteral("</table>");
    }
    if (item.isHighRisk()) {
        QStringList reasons;
        for (const QString &reason : item.highRisk)
            reasons << ReviewRules::highRiskReasonText(reason);
        html += QStringLiteral("<p>%1</p>")
                    .arg(warning(tr("High-risk: %1. Keeping it needs a justification.").arg(reasons.join(QStringLiteral(", ")))));
    }
    return html;
}

QString ReviewEvidenceView::questionSection(const Workspace &workspace, const ReviewItem &item) const
{
    const QJsonObject s = item.subject.value(QStringLiteral("system")).toObject();
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(escaped(ReviewItemsModel::questionText(item)));
    const AiSystem *now = workspace.system(item.systemId);
    switch (item.kind) {
    case ReviewItemKind::Owner: {
        const QJsonObject owners = s.value(QStringLiteral("owners")).toObject();
        html += row(tr("Business owner"), escaped(owners.value(QStringLiteral("business")).toString()));
        html += row(tr("Technical owner"), escaped(owners.value(QStringLiteral("technical")).toString()));
        html += row(tr("Risk owner"), escaped(owners.value(QStringLiteral("risk")).toString()));
        html += row(tr("Last reviewed"), escaped(dateWithAge(s.value(QStringLiteral("last_reviewed")).toString())));
        break;
    }
    case ReviewItemKind::ApprovalGate:
    case ReviewItemKind::Logging: {
        html += row(tr("System approval gate"), vocabularyText<ApprovalGate>(s, "approval_gate"));
        // The boundary as it is now: gates and logging are set per privilege.
        for (const Privilege &p : workspace.privileges(item.systemId)) {
            const QString value = item.kind == ReviewItemKind::Logging
                ? escaped(label(p.logging))
                : escaped(label(p.approvalGate))
                    + (p.handoff == HandoffPoint::NoHandoff ? QString()
                                                            : escaped(tr(", handoff: %1").arg(label(p.handoff))));
            html += row(tr("%1 (%2)").arg(p.target, label(p.scope).toLower()), value);
        }
        break;
    }
    case ReviewItemKind::Offboarding:
        html += row(tr("Lifecycle stage"), vocabularyText<LifecycleStage>(s, "lifecycle_stage"));
        html += row(tr("Offboarding plan"), s.value(QStringLiteral("offboarding_plan")).toString().isEmpty()
                                                ? warning(tr("none written"))
                                                : escaped(s.value(QStringLiteral("offboarding_plan")).toString()));
        if (now) {
            const int ticked = int(now->offboardCredentialsRevoked) + int(now->offboardToolsDetached)
                + int(now->offboardOwnersReleased) + int(now->offboardLogsRetained);
            html += row(tr("Offboarding checklist"), escaped(tr("%1 of 4 done").arg(ticked)));
        }
        break;
    case ReviewItemKind::Privilege: break;
    }
    if (!now)
        html += row(tr("Now"), warning(tr("the system was removed since the campaign started")));
    return html + QStringLiteral("</table>");
}

QString ReviewEvidenceView::findingsSection(const Workspace &workspace, const ReviewItem &item, const Privilege &p) const
{
    if (!workspace.system(item.systemId))
        return {};
    QString list;
    for (const SystemFinding &f : computeFindings(workspace, QDate::currentDate(), QVector<SystemId> { item.systemId })) {
        // A privilege item shows what concerns it or its credential; a question what concerns the system.
        const bool concerns = item.kind == ReviewItemKind::Privilege
            ? (f.finding.privilegeId == item.privilegeId
                || (f.finding.credentialId != 0 && f.finding.credentialId == p.credentialId))
            : (f.finding.privilegeId == 0 && f.finding.credentialId == 0);
        // The evidence rules have their own section below; listing them here too said everything twice.
        const bool runtimeRule = f.finding.rule == QLatin1String("F-UNDECLARED") || f.finding.rule == QLatin1String("F-UNUSED");
        if (concerns && !runtimeRule) {
            list += QStringLiteral("<li><b>%1</b> (%2): %3</li>")
                        .arg(escaped(f.finding.rule), escaped(label(f.finding.severity).toLower()),
                            escaped(f.finding.reason));
        }
    }
    const QString title = QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Findings now")));
    return title
        + (list.isEmpty() ? QStringLiteral("<p>%1</p>").arg(escaped(tr("None.")))
                          : QStringLiteral("<ul>%1</ul>").arg(list));
}

QString ReviewEvidenceView::runtimeSection(const Workspace &workspace, const ReviewItem &item, const Privilege &p) const
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Runtime evidence")));
    const EvidenceWindow window = workspace.evidenceWindow(item.systemId);
    if (!window.isValid())
        return html + QStringLiteral("<p>%1</p>").arg(escaped(tr("No runtime evidence imported for this system.")));
    html += QStringLiteral("<p>%1</p>")
                .arg(escaped(tr("%Ln event(s) observed from %1 to %2.", nullptr, int(window.events))
                                 .arg(timeText(window.first), timeText(window.last))));
    const QVector<ObservedAccess> observed = workspace.observedAccess(item.systemId);
    const QVector<Privilege> declared = workspace.privileges(item.systemId);
    if (item.kind == ReviewItemKind::Privilege) {
        qint64 uses = 0;
        QDateTime last;
        for (const ObservedAccess &access : observed) {
            if (p.id != 0 && targetCovered(p, access.target)) {
                uses += access.count;
                last = std::max(last, access.last);
            }
        }
        html += QStringLiteral("<p>%1</p>")
                    .arg(uses == 0 ? warning(tr("Declared but never used in this window (F-UNUSED)."))
                                   : escaped(tr("Used %Ln time(s); last %1.", nullptr, int(uses)).arg(timeText(last))));
    }
    QString undeclared;
    for (const Finding &f : undeclaredAccessFindings(declared, observed))
        undeclared += QStringLiteral("<li>%1</li>").arg(escaped(f.reason));
    if (!undeclared.isEmpty())
        html += QStringLiteral("<p>%1</p><ul>%2</ul>")
                    .arg(warning(tr("Observed outside the declared boundary (F-UNDECLARED):")), undeclared);
    return html;
}

} // namespace Mandate
