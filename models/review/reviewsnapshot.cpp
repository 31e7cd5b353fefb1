#include "reviewsnapshot.h"

namespace Mandate::ReviewSnapshot {
namespace {

QString date(const QDate &value)
{
    return value.isValid() ? value.toString(Qt::ISODate) : QString();
}

QJsonObject ofCredential(const Credential &credential)
{
    return QJsonObject { { QStringLiteral("id"), credential.id }, { QStringLiteral("name"), credential.name },
        { QStringLiteral("kind"), toId(credential.kind) }, { QStringLiteral("storage"), toId(credential.storage) },
        { QStringLiteral("created"), date(credential.created) },
        { QStringLiteral("last_rotated"), date(credential.lastRotated) },
        { QStringLiteral("last_used"), date(credential.lastUsed) },
        { QStringLiteral("expires"), date(credential.expires) } };
}

} // namespace

QJsonObject ofSystem(const AiSystem &system, const OwnerNames &owners)
{
    const QJsonObject ownerObject { { QStringLiteral("business"), owners.business },
        { QStringLiteral("technical"), owners.technical }, { QStringLiteral("risk"), owners.risk } };
    return QJsonObject { { QStringLiteral("id"), system.id }, { QStringLiteral("name"), system.name },
        { QStringLiteral("external_id"), system.externalId },
        { QStringLiteral("lifecycle_stage"), toId(system.lifecycleStage) },
        { QStringLiteral("paradigm"), toId(system.paradigm) }, { QStringLiteral("owners"), ownerObject },
        { QStringLiteral("approval_gate"), toId(system.behaviour.approvalGate) },
        { QStringLiteral("offboarding_plan"), system.offboardingPlan },
        { QStringLiteral("last_reviewed"), date(system.lastReviewed) },
        { QStringLiteral("review_cadence_days"), system.reviewCadenceDays } };
}

QJsonObject ofPrivilege(const Privilege &privilege, const Credential *credential)
{
    return QJsonObject { { QStringLiteral("id"), privilege.id }, { QStringLiteral("target"), privilege.target },
        { QStringLiteral("scope"), toId(privilege.scope) }, { QStringLiteral("wildcard"), privilege.wildcard },
        { QStringLiteral("tool"), privilege.tool },
        { QStringLiteral("approval_gate"), toId(privilege.approvalGate) },
        { QStringLiteral("logging"), toId(privilege.logging) }, { QStringLiteral("handoff"), toId(privilege.handoff) },
        { QStringLiteral("expires"), date(privilege.expires) },
        { QStringLiteral("justification"), privilege.justification },
        { QStringLiteral("status"), toId(privilege.status) },
        { QStringLiteral("credential"), credential ? QJsonValue(ofCredential(*credential)) : QJsonValue() } };
}

QJsonObject subject(const QJsonObject &system, const QJsonObject &privilege)
{
    QJsonObject result { { QStringLiteral("system"), system } };
    if (!privilege.isEmpty())
        result.insert(QStringLiteral("privilege"), privilege);
    return result;
}

QStringList ownerNames(const QJsonObject &subject)
{
    const QJsonObject owners =
        subject.value(QStringLiteral("system")).toObject().value(QStringLiteral("owners")).toObject();
    QStringList names;
    for (const QString &role : { QStringLiteral("business"), QStringLiteral("technical"), QStringLiteral("risk") }) {
        const QString name = owners.value(role).toString();
        if (!name.isEmpty())
            names << name;
    }
    return names;
}

} // namespace Mandate::ReviewSnapshot
