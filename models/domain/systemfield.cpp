#include "systemfield.h"

#include <QCoreApplication>

namespace Mandate {
namespace {

struct FieldEntry
{
    SystemField field;
    const char *id;
    const char *label;
};

constexpr FieldEntry kFields[] = {
    { SystemField::ExternalId, "external_id", QT_TRANSLATE_NOOP("SystemField", "External id") },
    { SystemField::Name, "name", QT_TRANSLATE_NOOP("SystemField", "Name") },
    { SystemField::Description, "description", QT_TRANSLATE_NOOP("SystemField", "Description") },
    { SystemField::Vendor, "vendor", QT_TRANSLATE_NOOP("SystemField", "Vendor") },
    { SystemField::VendorOperated, "vendor_operated", QT_TRANSLATE_NOOP("SystemField", "Operated by vendor") },
    { SystemField::Paradigm, "paradigm", QT_TRANSLATE_NOOP("SystemField", "Paradigm") },
    { SystemField::OutputKind, "output_kind", QT_TRANSLATE_NOOP("SystemField", "Output kind") },
    { SystemField::SelectsActions, "selects_actions", QT_TRANSLATE_NOOP("SystemField", "Selects actions") },
    { SystemField::UsesTools, "uses_tools", QT_TRANSLATE_NOOP("SystemField", "Uses tools") },
    { SystemField::ApprovalGate, "approval_gate", QT_TRANSLATE_NOOP("SystemField", "Approval gate") },
    { SystemField::AccessesCredentials, "accesses_credentials",
      QT_TRANSLATE_NOOP("SystemField", "Accesses credentials") },
    { SystemField::AffectsExternalSystems, "affects_external_systems",
      QT_TRANSLATE_NOOP("SystemField", "Affects external systems") },
    { SystemField::OutputFeedsExecution, "output_feeds_execution",
      QT_TRANSLATE_NOOP("SystemField", "Output feeds execution") },
    { SystemField::PersistentMemory, "persistent_memory", QT_TRANSLATE_NOOP("SystemField", "Persistent memory") },
    { SystemField::MultiAgent, "multi_agent", QT_TRANSLATE_NOOP("SystemField", "Multi-agent") },
    { SystemField::LifecycleStage, "lifecycle_stage", QT_TRANSLATE_NOOP("SystemField", "Lifecycle stage") },
    { SystemField::BusinessOwner, "business_owner", QT_TRANSLATE_NOOP("SystemField", "Business owner") },
    { SystemField::TechnicalOwner, "technical_owner", QT_TRANSLATE_NOOP("SystemField", "Technical owner") },
    { SystemField::RiskOwner, "risk_owner", QT_TRANSLATE_NOOP("SystemField", "Risk owner") },
    { SystemField::OffboardingPlan, "offboarding_plan", QT_TRANSLATE_NOOP("SystemField", "Offboarding plan") },
    { SystemField::ReviewCadenceDays, "review_cadence_days",
      QT_TRANSLATE_NOOP("SystemField", "Review cadence (days)") },
    { SystemField::LastReviewed, "last_reviewed", QT_TRANSLATE_NOOP("SystemField", "Last reviewed") },
    { SystemField::CustomAttributes, "custom_attributes", QT_TRANSLATE_NOOP("SystemField", "Custom attributes") },
};

const FieldEntry &entry(SystemField field)
{
    return kFields[int(field)];
}

} // namespace

QString fieldId(SystemField field)
{
    return QString::fromLatin1(entry(field).id);
}

std::optional<SystemField> fieldFromId(const QString &id)
{
    for (const FieldEntry &e : kFields) {
        if (id.compare(QLatin1String(e.id), Qt::CaseInsensitive) == 0)
            return e.field;
    }
    return std::nullopt;
}

QString fieldLabel(SystemField field)
{
    return QCoreApplication::translate("SystemField", entry(field).label);
}

QVector<SystemField> allSystemFields()
{
    QVector<SystemField> fields;
    for (const FieldEntry &e : kFields)
        fields << e.field;
    return fields;
}

bool isBehaviourField(SystemField field)
{
    return field >= SystemField::OutputKind && field <= SystemField::MultiAgent;
}

bool isOwnerField(SystemField field)
{
    return field == SystemField::BusinessOwner || field == SystemField::TechnicalOwner
        || field == SystemField::RiskOwner;
}

static_assert(std::size(kFields) == size_t(SystemField::CustomAttributes) + 1, "one entry per field, in order");

} // namespace Mandate
