#include "io/systemjson.h"

#include "rules/derivedfacts.h"
#include "storage/workspace.h"

#include <QJsonArray>

namespace Mandate {
namespace SystemJson {
namespace {

// Owners are shown by name: ids mean nothing outside this workspace file.
QJsonValue ownerName(const Workspace &workspace, PersonId id)
{
    if (id == 0)
        return QJsonValue(QJsonValue::Null);
    const Person *person = workspace.person(id);
    return person ? QJsonValue(person->name) : QJsonValue(QJsonValue::Null);
}

// The fields that have their own top-level key rather than a place in "attributes".
bool isTopLevel(SystemField field)
{
    switch (field) {
    case SystemField::ExternalId:
    case SystemField::Name:
    case SystemField::Paradigm:
    case SystemField::LifecycleStage:
    case SystemField::CustomAttributes:
        return true;
    default:
        return false;
    }
}

QJsonValue attributeValue(const Workspace &workspace, const AiSystem &system, SystemField field)
{
    if (isOwnerField(field))
        return ownerName(workspace, system.value(field).toLongLong());
    switch (field) {
    case SystemField::ReviewCadenceDays:
        return system.reviewCadenceDays;
    case SystemField::LastReviewed:
        return system.lastReviewed.isValid() ? QJsonValue(system.lastReviewed.toString(Qt::ISODate))
                                             : QJsonValue(QJsonValue::Null);
    case SystemField::OffboardCredentialsRevoked:
    case SystemField::OffboardToolsDetached:
    case SystemField::OffboardOwnersReleased:
    case SystemField::OffboardLogsRetained:
        return system.value(field).toBool();
    default:
        return system.value(field).toString();
    }
}

} // namespace

QJsonObject toJson(const Workspace &workspace, const AiSystem &system)
{
    const DerivedFacts facts = deriveFacts(system);

    // Custom attributes first, so that a native field wins should an import have used its name.
    QJsonObject attributes = system.customAttributes;
    for (SystemField field : allSystemFields()) {
        if (!isTopLevel(field))
            attributes.insert(fieldId(field), attributeValue(workspace, system, field));
    }

    const QJsonObject rationale {
        { QStringLiteral("identity_subject"), QJsonArray::fromStringList(facts.identitySubject.rationale) },
        { QStringLiteral("nhi_risk"), QJsonArray::fromStringList(facts.nhiRisk.rationale) },
        { QStringLiteral("runtime_authority"), QJsonArray::fromStringList(facts.runtimeAuthority.rationale) },
        { QStringLiteral("suggested_paradigm"),
            QJsonArray::fromStringList(facts.suggestedParadigm.rationale) },
        { QStringLiteral("access_footprint"), QJsonArray::fromStringList(facts.accessFootprint.rationale) },
    };

    return QJsonObject {
        { QStringLiteral("id"), QJsonValue(system.id) },
        { QStringLiteral("external_id"), system.externalId },
        { QStringLiteral("name"), system.name },
        { QStringLiteral("paradigm"), toId(system.paradigm) },
        { QStringLiteral("suggested_paradigm"), toId(facts.suggestedParadigm.value) },
        { QStringLiteral("runtime_authority"), toId(facts.runtimeAuthority.value) },
        { QStringLiteral("identity_subject"), toId(facts.identitySubject.value) },
        { QStringLiteral("nhi_risk"), toId(facts.nhiRisk.value) },
        { QStringLiteral("access_footprint"), toId(facts.accessFootprint.value) },
        { QStringLiteral("lifecycle_stage"), toId(system.lifecycleStage) },
        { QStringLiteral("rationale"), rationale },
        { QStringLiteral("attributes"), attributes },
    };
}

} // namespace SystemJson
} // namespace Mandate
