#include "fieldvalue.h"

#include "domain/vocabulary.h"
#include "vocabularytext.h"

#include <QCoreApplication>

namespace Mandate {
namespace FieldValue {
namespace {

enum class Kind { Text, Name, Owner, Vocabulary, Days, Date, JsonObject, Tick };

Kind kindOf(SystemField field)
{
    switch (field) {
    case SystemField::Name:
        return Kind::Name;
    case SystemField::BusinessOwner:
    case SystemField::TechnicalOwner:
    case SystemField::RiskOwner:
        return Kind::Owner;
    case SystemField::VendorOperated:
    case SystemField::Paradigm:
    case SystemField::OutputKind:
    case SystemField::SelectsActions:
    case SystemField::UsesTools:
    case SystemField::ApprovalGate:
    case SystemField::AccessesCredentials:
    case SystemField::AffectsExternalSystems:
    case SystemField::OutputFeedsExecution:
    case SystemField::PersistentMemory:
    case SystemField::MultiAgent:
    case SystemField::LifecycleStage:
        return Kind::Vocabulary;
    case SystemField::ReviewCadenceDays:
        return Kind::Days;
    case SystemField::LastReviewed:
        return Kind::Date;
    case SystemField::CustomAttributes:
        return Kind::JsonObject;
    case SystemField::OffboardCredentialsRevoked:
    case SystemField::OffboardToolsDetached:
    case SystemField::OffboardOwnersReleased:
    case SystemField::OffboardLogsRetained:
        return Kind::Tick;
    case SystemField::ExternalId:
    case SystemField::Description:
    case SystemField::Vendor:
    case SystemField::OffboardingPlan:
        break;
    }
    return Kind::Text;
}

QStringList vocabularyIds(SystemField field)
{
    switch (field) {
    case SystemField::Paradigm:
        return allIds<Paradigm>();
    case SystemField::OutputKind:
        return allIds<OutputKind>();
    case SystemField::ApprovalGate:
        return allIds<ApprovalGate>();
    case SystemField::LifecycleStage:
        return allIds<LifecycleStage>();
    default:
        return allIds<Tristate>();
    }
}

} // namespace

std::optional<QVariant> parse(SystemField field, const QString &text, QString *problem)
{
    // Owners are given by name here; the workspace finds or creates the person.
    if (isOwnerField(field))
        return QVariant(text.trimmed());
    // Everything else is checked exactly as the workspace checks an edit from the window, a label
    // (as list and show print it) first turned into its id.
    return normalizedFieldValue(field, VocabularyText::fieldInputAsId(field, text), problem);
}

QString accepted(SystemField field)
{
    switch (kindOf(field)) {
    case Kind::Text:
        return QCoreApplication::translate("FieldValue", "any text");
    case Kind::Name:
        return QCoreApplication::translate("FieldValue", "text, not empty");
    case Kind::Owner:
        return QCoreApplication::translate("FieldValue", "a person's name, empty to clear");
    case Kind::Vocabulary:
        return vocabularyIds(field).join(QStringLiteral(", "));
    case Kind::Days:
        return QCoreApplication::translate("FieldValue", "days from 0 to 3650; 0 for the default");
    case Kind::Date:
        return QCoreApplication::translate("FieldValue", "YYYY-MM-DD, empty to clear");
    case Kind::JsonObject:
        return QCoreApplication::translate("FieldValue", "a JSON object");
    case Kind::Tick:
        return QCoreApplication::translate("FieldValue", "yes or no");
    }
    return {};
}

} // namespace FieldValue
} // namespace Mandate
