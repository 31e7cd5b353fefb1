#include "aisystem.h"

#include <QJsonDocument>

#include <algorithm>

namespace Mandate {
namespace {

template<typename E>
void setEnum(E &target, const QVariant &value)
{
    if (const auto parsed = fromId<E>(value.toString()))
        target = *parsed;
}

} // namespace

PrivilegeSummary summarizePrivileges(const QVector<Privilege> &privileges)
{
    PrivilegeSummary summary;
    for (const Privilege &privilege : privileges) {
        ++summary.count;
        summary.anyCredential = summary.anyCredential || privilege.credentialId != 0;
        summary.anyPrivilegeOnWildcardOrAdmin
            = summary.anyPrivilegeOnWildcardOrAdmin || privilege.wildcard || privilege.scope == Scope::Admin;
        summary.anyPrivilegeUnlogged = summary.anyPrivilegeUnlogged || privilege.logging == Logging::None;
        summary.highestScope = std::max(summary.highestScope, privilege.scope);
    }
    return summary;
}

QString AiSystem::attributesText(const QJsonObject &attributes)
{
    return QString::fromUtf8(QJsonDocument(attributes).toJson(QJsonDocument::Compact));
}

QVariant AiSystem::value(SystemField field) const
{
    switch (field) {
    case SystemField::ExternalId: return externalId;
    case SystemField::Name: return name;
    case SystemField::Description: return description;
    case SystemField::Vendor: return vendor;
    case SystemField::VendorOperated: return toId(vendorOperated);
    case SystemField::Paradigm: return toId(paradigm);
    case SystemField::OutputKind: return toId(behaviour.outputKind);
    case SystemField::SelectsActions: return toId(behaviour.selectsActions);
    case SystemField::UsesTools: return toId(behaviour.usesTools);
    case SystemField::ApprovalGate: return toId(behaviour.approvalGate);
    case SystemField::AccessesCredentials: return toId(behaviour.accessesCredentials);
    case SystemField::AffectsExternalSystems: return toId(behaviour.affectsExternalSystems);
    case SystemField::OutputFeedsExecution: return toId(behaviour.outputFeedsExecution);
    case SystemField::PersistentMemory: return toId(behaviour.persistentMemory);
    case SystemField::MultiAgent: return toId(behaviour.multiAgent);
    case SystemField::LifecycleStage: return toId(lifecycleStage);
    case SystemField::BusinessOwner: return businessOwner;
    case SystemField::TechnicalOwner: return technicalOwner;
    case SystemField::RiskOwner: return riskOwner;
    case SystemField::OffboardingPlan: return offboardingPlan;
    case SystemField::ReviewCadenceDays: return reviewCadenceDays;
    case SystemField::LastReviewed: return lastReviewed.isValid() ? lastReviewed.toString(Qt::ISODate) : QString();
    case SystemField::CustomAttributes:
        return attributesText(customAttributes);
    case SystemField::OffboardCredentialsRevoked: return offboardCredentialsRevoked;
    case SystemField::OffboardToolsDetached: return offboardToolsDetached;
    case SystemField::OffboardOwnersReleased: return offboardOwnersReleased;
    case SystemField::OffboardLogsRetained: return offboardLogsRetained;
    }
    return {};
}

void AiSystem::setValue(SystemField field, const QVariant &value)
{
    switch (field) {
    case SystemField::ExternalId: externalId = value.toString(); break;
    case SystemField::Name: name = value.toString(); break;
    case SystemField::Description: description = value.toString(); break;
    case SystemField::Vendor: vendor = value.toString(); break;
    case SystemField::VendorOperated: setEnum(vendorOperated, value); break;
    case SystemField::Paradigm: setEnum(paradigm, value); break;
    case SystemField::OutputKind: setEnum(behaviour.outputKind, value); break;
    case SystemField::SelectsActions: setEnum(behaviour.selectsActions, value); break;
    case SystemField::UsesTools: setEnum(behaviour.usesTools, value); break;
    case SystemField::ApprovalGate: setEnum(behaviour.approvalGate, value); break;
    case SystemField::AccessesCredentials: setEnum(behaviour.accessesCredentials, value); break;
    case SystemField::AffectsExternalSystems: setEnum(behaviour.affectsExternalSystems, value); break;
    case SystemField::OutputFeedsExecution: setEnum(behaviour.outputFeedsExecution, value); break;
    case SystemField::PersistentMemory: setEnum(behaviour.persistentMemory, value); break;
    case SystemField::MultiAgent: setEnum(behaviour.multiAgent, value); break;
    case SystemField::LifecycleStage: setEnum(lifecycleStage, value); break;
    case SystemField::BusinessOwner: businessOwner = value.toLongLong(); break;
    case SystemField::TechnicalOwner: technicalOwner = value.toLongLong(); break;
    case SystemField::RiskOwner: riskOwner = value.toLongLong(); break;
    case SystemField::OffboardingPlan: offboardingPlan = value.toString(); break;
    case SystemField::ReviewCadenceDays: reviewCadenceDays = value.toInt(); break;
    case SystemField::LastReviewed: lastReviewed = QDate::fromString(value.toString(), Qt::ISODate); break;
    case SystemField::CustomAttributes:
        customAttributes = QJsonDocument::fromJson(value.toString().toUtf8()).object();
        break;
    // Stored as INTEGER 0/1; toBool() reads both that and a bool.
    case SystemField::OffboardCredentialsRevoked: offboardCredentialsRevoked = value.toBool(); break;
    case SystemField::OffboardToolsDetached: offboardToolsDetached = value.toBool(); break;
    case SystemField::OffboardOwnersReleased: offboardOwnersReleased = value.toBool(); break;
    case SystemField::OffboardLogsRetained: offboardLogsRetained = value.toBool(); break;
    }
}

} // namespace Mandate
