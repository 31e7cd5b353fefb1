#pragma once
// The editable fields of a system, named as the columns of the native CSV layout. Storage, undo
// commands, change notifications and the CLI all speak in these.

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <optional>

namespace Mandate {

enum class SystemField {
    ExternalId,
    Name,
    Description,
    Vendor,
    VendorOperated,
    Paradigm,
    OutputKind,
    SelectsActions,
    UsesTools,
    ApprovalGate,
    AccessesCredentials,
    AffectsExternalSystems,
    OutputFeedsExecution,
    PersistentMemory,
    MultiAgent,
    LifecycleStage,
    BusinessOwner,
    TechnicalOwner,
    RiskOwner,
    OffboardingPlan,
    ReviewCadenceDays,
    LastReviewed,
    CustomAttributes,
    // Appended: edited_fields is a bit mask over these values, so existing ones never move.
    OffboardCredentialsRevoked,
    OffboardToolsDetached,
    OffboardOwnersReleased,
    OffboardLogsRetained,
};

using SystemFields = QVector<SystemField>;

QString fieldId(SystemField field);          // native CSV column name, e.g. "uses_tools"
std::optional<SystemField> fieldFromId(const QString &id);
QString fieldLabel(SystemField field);       // translated, for people
QVector<SystemField> allSystemFields();
bool isBehaviourField(SystemField field);
bool isOwnerField(SystemField field);
bool isTristateField(SystemField field); // yes / no / unknown
// The offboarding checklist: ticked or not, stored as 0/1.
bool isChecklistField(SystemField field);
QVector<SystemField> offboardingChecklistFields();
// Text as written (names, descriptions, owners, attributes): the fields whose values can hold
// anything, a secret included; the others take a closed vocabulary, a date or a number.
bool isFreeTextField(SystemField field);

// Checks and normalises a value given for a field (as text or its storage type): vocabulary ids,
// a non-empty name, a non-negative cadence, an ISO date. On failure, says why in *problem.
std::optional<QVariant> normalizedFieldValue(SystemField field, const QVariant &value, QString *problem);

} // namespace Mandate
