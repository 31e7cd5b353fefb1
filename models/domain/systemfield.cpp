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
    { SystemField::OffboardCredentialsRevoked, "offboard_credentials_revoked",
      QT_TRANSLATE_NOOP("SystemField", "Credentials revoked") },
    { SystemField::OffboardToolsDetached, "offboard_tools_detached", QT_TRANSLATE_NOOP("SystemField", "Tools detached") },
    { SystemField::OffboardOwnersReleased, "offboard_owners_released",
      QT_TRANSLATE_NOOP("SystemField", "Owners released") },
    { SystemField::OffboardLogsRetained, "offboard_logs_retained", QT_TRANSLATE_NOOP("SystemField", "Logs retained") },
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

bool isFreeTextField(SystemField field)
{
    switch (field) {
    case SystemField::ExternalId:
    case SystemField::Name:
    case SystemField::Description:
    case SystemField::Vendor:
    case SystemField::OffboardingPlan:
    case SystemField::BusinessOwner:
    case SystemField::TechnicalOwner:
    case SystemField::RiskOwner:
    case SystemField::CustomAttributes:
        return true;
    default:
        return false;
    }
}

bool isTristateField(SystemField field)
{
    switch (field) {
    case SystemField::VendorOperated:
    case SystemField::SelectsActions:
    case SystemField::UsesTools:
    case SystemField::AccessesCredentials:
    case SystemField::AffectsExternalSystems:
    case SystemField::OutputFeedsExecution:
    case SystemField::PersistentMemory:
    case SystemField::MultiAgent:
        return true;
    default:
        return false;
    }
}

bool isChecklistField(SystemField field)
{
    return field >= SystemField::OffboardCredentialsRevoked && field <= SystemField::OffboardLogsRetained;
}

QVector<SystemField> offboardingChecklistFields()
{
    return { SystemField::OffboardCredentialsRevoked, SystemField::OffboardToolsDetached,
             SystemField::OffboardOwnersReleased, SystemField::OffboardLogsRetained };
}

static_assert(std::size(kFields) == size_t(SystemField::OffboardLogsRetained) + 1, "one entry per field, in order");

} // namespace Mandate

#include "vocabulary.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Mandate {
namespace {

template<typename E>
std::optional<QVariant> vocabularyValue(const QVariant &value, QString *problem)
{
    if (const auto parsed = fromId<E>(value.toString()))
        return QVariant(toId(*parsed));
    *problem = QCoreApplication::translate("SystemField", "'%1' is not one of: %2")
                   .arg(value.toString(), allIds<E>().join(QStringLiteral(", ")));
    return std::nullopt;
}

} // namespace

std::optional<QVariant> normalizedFieldValue(SystemField field, const QVariant &value, QString *problem)
{
    if (isTristateField(field))
        return vocabularyValue<Tristate>(value, problem);
    switch (field) {
    case SystemField::Name: {
        const QString name = value.toString().trimmed();
        if (name.isEmpty()) {
            *problem = QCoreApplication::translate("SystemField", "a system needs a name");
            return std::nullopt;
        }
        return QVariant(name);
    }
    case SystemField::ExternalId:
    case SystemField::Vendor:
        return QVariant(value.toString().trimmed());
    case SystemField::Description:
    case SystemField::OffboardingPlan:
        return QVariant(value.toString());
    case SystemField::Paradigm: return vocabularyValue<Paradigm>(value, problem);
    case SystemField::OutputKind: return vocabularyValue<OutputKind>(value, problem);
    case SystemField::ApprovalGate: return vocabularyValue<ApprovalGate>(value, problem);
    case SystemField::LifecycleStage: return vocabularyValue<LifecycleStage>(value, problem);
    case SystemField::BusinessOwner:
    case SystemField::TechnicalOwner:
    case SystemField::RiskOwner: {
        bool ok = false;
        const qint64 id = value.toLongLong(&ok);
        if (!ok || id < 0) {
            *problem = QCoreApplication::translate("SystemField", "'%1' is not a person id").arg(value.toString());
            return std::nullopt;
        }
        return QVariant(id);
    }
    case SystemField::ReviewCadenceDays: {
        bool ok = false;
        const int days = value.toString().trimmed().toInt(&ok);
        if (!ok || days < 0 || days > 3650) {
            *problem = QCoreApplication::translate("SystemField", "'%1' is not a number of days between 0 and 3650")
                           .arg(value.toString());
            return std::nullopt;
        }
        return QVariant(days);
    }
    case SystemField::LastReviewed: {
        const QString text = value.toString().trimmed();
        if (text.isEmpty())
            return QVariant(QString());
        // Exactly YYYY-MM-DD: Qt's ISO parser would also take 2026/01/31.
        static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!isoDate.match(text).hasMatch() || !date.isValid()) {
            *problem = QCoreApplication::translate("SystemField", "'%1' is not a date (YYYY-MM-DD)").arg(text);
            return std::nullopt;
        }
        return QVariant(date.toString(Qt::ISODate));
    }
    case SystemField::OffboardCredentialsRevoked:
    case SystemField::OffboardToolsDetached:
    case SystemField::OffboardOwnersReleased:
    case SystemField::OffboardLogsRetained: {
        // A tick: as a bool, or as written in a file (yes/no, true/false, 1/0, x, blank).
        if (value.typeId() == QMetaType::Bool)
            return value;
        const QString text = value.toString().trimmed().toCaseFolded();
        static const QStringList ticked { QStringLiteral("1"), QStringLiteral("yes"), QStringLiteral("true"),
                                          QStringLiteral("y"), QStringLiteral("x"), QStringLiteral("done") };
        static const QStringList open { QString(), QStringLiteral("0"), QStringLiteral("no"), QStringLiteral("false"),
                                        QStringLiteral("n") };
        if (ticked.contains(text))
            return QVariant(true);
        if (open.contains(text))
            return QVariant(false);
        *problem = QCoreApplication::translate("SystemField", "'%1' is not yes or no").arg(value.toString());
        return std::nullopt;
    }
    case SystemField::CustomAttributes: {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(value.toString().toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            *problem = QCoreApplication::translate("SystemField", "custom attributes must be a JSON object");
            return std::nullopt;
        }
        return QVariant(QString::fromUtf8(document.toJson(QJsonDocument::Compact)));
    }
    default: // the tristates, handled above
        break;
    }
    return std::nullopt;
}

} // namespace Mandate
