#include "reviewconflicts.h"

#include "storage/rowversions.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Mandate::ReviewConflicts {
namespace {

// Who decided it: the item says so while it is decided; for one set back to undecided, the log.
QString lastDecider(const Database &database, const ReviewItem &stored)
{
    QString who = stored.decision == ReviewDecision::Undecided ? QString() : stored.decidedBy;
    if (who.isEmpty())
        who = RowVersions::lastActor(database, QStringLiteral("review_item"), stored.id);
    return who.isEmpty() ? QCoreApplication::translate("ReviewConflicts", "someone else") : who;
}

} // namespace

bool sameState(const ReviewItem &a, const ReviewItem &b)
{
    return a.decision == b.decision && a.justification == b.justification && a.decidedBy == b.decidedBy
        && a.decidedAt == b.decidedAt && a.remediation == b.remediation && a.statusBefore == b.statusBefore;
}

QString summary(const ReviewItem &item)
{
    const QString system = item.subject.value(QStringLiteral("system")).toObject().value(QStringLiteral("name")).toString();
    if (item.kind == ReviewItemKind::Privilege) {
        const QString target =
            item.subject.value(QStringLiteral("privilege")).toObject().value(QStringLiteral("target")).toString();
        return QCoreApplication::translate("ReviewConflicts", "%1 on %2").arg(target, system);
    }
    return QCoreApplication::translate("ReviewConflicts", "“%1” for %2").arg(label(item.kind), system);
}

QString decisionText(const Database &database, const ReviewItem &stored, const ReviewItem &yours,
                     Workspace::Origin origin)
{
    const QString who = lastDecider(database, stored);
    const QString what = summary(stored);
    if (origin == Workspace::Origin::Undo)
        return QCoreApplication::translate("ReviewConflicts",
            "Item %1 (%2) has since been changed by %3 (now “%4”); your decision was not undone.")
            .arg(QString::number(stored.id), what, who, label(stored.decision));
    if (origin == Workspace::Origin::Redo)
        return QCoreApplication::translate("ReviewConflicts",
            "Item %1 (%2) has since been changed by %3 (now “%4”); your “%5” was not redone.")
            .arg(QString::number(stored.id), what, who, label(stored.decision), label(yours.decision));
    if (stored.decision == ReviewDecision::Undecided)
        return QCoreApplication::translate("ReviewConflicts",
            "Item %1 (%2) was set back to undecided by %3 while you were reviewing it; your “%4” was not stored.")
            .arg(QString::number(stored.id), what, who, label(yours.decision));
    return QCoreApplication::translate("ReviewConflicts",
        "Item %1 (%2) was decided “%3” by %4 while you were reviewing it; your “%5” was not stored.")
        .arg(QString::number(stored.id), what, label(stored.decision), who, label(yours.decision));
}

QString signOffText(const Database &database, const Campaign &campaign, const ReviewItem &stored)
{
    const QString who = lastDecider(database, stored);
    if (campaign.status == CampaignStatus::SignedOff)
        return QCoreApplication::translate("ReviewConflicts",
            "The campaign “%1” was not signed off: item %2 (%3) was changed by %4 since the decisions were "
            "counted (now “%5”).")
            .arg(campaign.name, QString::number(stored.id), summary(stored), who, label(stored.decision));
    return QCoreApplication::translate("ReviewConflicts",
        "The sign-off of “%1” was not undone: item %2 (%3) was changed by %4 meanwhile (now “%5”).")
        .arg(campaign.name, QString::number(stored.id), summary(stored), who, label(stored.decision));
}

} // namespace Mandate::ReviewConflicts
