#include "reviewrules.h"

#include <QCoreApplication>

namespace Mandate::ReviewRules {
namespace {

bool containsName(const QStringList &names, const QString &name)
{
    const QString key = personNameKey(name);
    if (key.isEmpty())
        return false;
    for (const QString &other : names) {
        if (personNameKey(other) == key)
            return true;
    }
    return false;
}

} // namespace

QStringList highRiskReasons(const Privilege &privilege, const Credential *credential)
{
    QStringList reasons;
    if (privilege.scope == Scope::Admin)
        reasons << QStringLiteral("admin_scope");
    if (privilege.wildcard || privilege.target.trimmed().endsWith(u'*'))
        reasons << QStringLiteral("wildcard_scope");
    if (credential && credential->storage != CredentialStorage::SecretsManager)
        reasons << QStringLiteral("credential_outside_secrets_manager");
    if (privilege.handoff != HandoffPoint::NoHandoff
        && (privilege.approvalGate == ApprovalGate::None || privilege.approvalGate == ApprovalGate::Unknown))
        reasons << QStringLiteral("handoff_without_gate");
    return reasons;
}

QString highRiskReasonText(const QString &id)
{
    if (id == QLatin1String("admin_scope"))
        return QCoreApplication::translate("ReviewRules", "admin scope");
    if (id == QLatin1String("wildcard_scope"))
        return QCoreApplication::translate("ReviewRules", "wildcard scope");
    if (id == QLatin1String("credential_outside_secrets_manager"))
        return QCoreApplication::translate("ReviewRules", "credential not in a secrets manager");
    if (id == QLatin1String("handoff_without_gate"))
        return QCoreApplication::translate("ReviewRules", "handoff point without an approval gate");
    return id;
}

QList<ReviewDecision> decisionsFor(ReviewItemKind kind)
{
    if (kind == ReviewItemKind::Privilege)
        return { ReviewDecision::Keep, ReviewDecision::Reduce, ReviewDecision::Revoke, ReviewDecision::Unsure };
    return { ReviewDecision::Yes, ReviewDecision::No, ReviewDecision::Unsure };
}

bool decisionFits(ReviewItemKind kind, ReviewDecision decision)
{
    return decisionsFor(kind).contains(decision);
}

bool needsJustification(const ReviewItem &item, ReviewDecision decision)
{
    return item.kind == ReviewItemKind::Privilege && decision == ReviewDecision::Keep && item.isHighRisk();
}

ReviewTally tally(const QVector<ReviewItem> &items)
{
    ReviewTally result;
    for (const ReviewItem &item : items) {
        ++result.counts[item.decision];
        if (item.kind == ReviewItemKind::Privilege
            && (item.decision == ReviewDecision::Revoke || item.decision == ReviewDecision::Reduce))
            result.remediation << item;
    }
    return result;
}

bool isReviewer(const Campaign &campaign, const QString &name)
{
    return containsName(campaign.reviewers, name);
}

bool ownsSystem(const QStringList &owners, const QString &name)
{
    return containsName(owners, name);
}

} // namespace Mandate::ReviewRules
