#include "vocabulary.h"

#include <QCoreApplication>

namespace Mandate {
namespace {

struct Entry
{
    const char *id;
    const char *label; // source text for tr(), context "Vocabulary"
};

// The tables are indexed by the enum's underlying value, so their order must match the enums.
constexpr Entry kTristate[] = { { "unknown", QT_TRANSLATE_NOOP("Vocabulary", "Unknown") },
                                { "no", QT_TRANSLATE_NOOP("Vocabulary", "No") },
                                { "yes", QT_TRANSLATE_NOOP("Vocabulary", "Yes") } };
constexpr Entry kParadigm[] = { { "undecided", QT_TRANSLATE_NOOP("Vocabulary", "Undecided") },
                                { "causal", QT_TRANSLATE_NOOP("Vocabulary", "Causal") },
                                { "predictive", QT_TRANSLATE_NOOP("Vocabulary", "Predictive") },
                                { "generative", QT_TRANSLATE_NOOP("Vocabulary", "Generative") },
                                { "agentic", QT_TRANSLATE_NOOP("Vocabulary", "Agentic") } };
constexpr Entry kOutputKind[] = { { "unknown", QT_TRANSLATE_NOOP("Vocabulary", "Unknown") },
                                  { "explanation", QT_TRANSLATE_NOOP("Vocabulary", "Explanation") },
                                  { "prediction", QT_TRANSLATE_NOOP("Vocabulary", "Prediction") },
                                  { "content", QT_TRANSLATE_NOOP("Vocabulary", "Content") },
                                  { "action", QT_TRANSLATE_NOOP("Vocabulary", "Action") } };
constexpr Entry kApprovalGate[] = { { "unknown", QT_TRANSLATE_NOOP("Vocabulary", "Unknown") },
                                    { "none", QT_TRANSLATE_NOOP("Vocabulary", "None") },
                                    { "per_action", QT_TRANSLATE_NOOP("Vocabulary", "Per action") },
                                    { "per_session", QT_TRANSLATE_NOOP("Vocabulary", "Per session") },
                                    { "two_person", QT_TRANSLATE_NOOP("Vocabulary", "Two-person") } };
constexpr Entry kLifecycle[] = { { "proposed", QT_TRANSLATE_NOOP("Vocabulary", "Proposed") },
                                 { "development", QT_TRANSLATE_NOOP("Vocabulary", "Development") },
                                 { "pilot", QT_TRANSLATE_NOOP("Vocabulary", "Pilot") },
                                 { "production", QT_TRANSLATE_NOOP("Vocabulary", "Production") },
                                 { "retiring", QT_TRANSLATE_NOOP("Vocabulary", "Retiring") },
                                 { "offboarded", QT_TRANSLATE_NOOP("Vocabulary", "Offboarded") } };
constexpr Entry kAuthority[] = {
    { "unknown", QT_TRANSLATE_NOOP("Vocabulary", "Unknown") },
    { "informs", QT_TRANSLATE_NOOP("Vocabulary", "Informs") },
    { "generates", QT_TRANSLATE_NOOP("Vocabulary", "Generates") },
    { "gated_execution", QT_TRANSLATE_NOOP("Vocabulary", "Gated execution") },
    { "autonomous_execution", QT_TRANSLATE_NOOP("Vocabulary", "Autonomous execution") }
};
constexpr Entry kFootprint[] = { { "none", QT_TRANSLATE_NOOP("Vocabulary", "None") },
                                 { "read", QT_TRANSLATE_NOOP("Vocabulary", "Read") },
                                 { "write", QT_TRANSLATE_NOOP("Vocabulary", "Write") },
                                 { "admin_or_secrets", QT_TRANSLATE_NOOP("Vocabulary", "Admin or secrets") } };
constexpr Entry kScope[] = { { "read", QT_TRANSLATE_NOOP("Vocabulary", "Read") },
                             { "write", QT_TRANSLATE_NOOP("Vocabulary", "Write") },
                             { "execute", QT_TRANSLATE_NOOP("Vocabulary", "Execute") },
                             { "admin", QT_TRANSLATE_NOOP("Vocabulary", "Admin") } };
constexpr Entry kCredentialKind[] = {
    { "api_key", QT_TRANSLATE_NOOP("Vocabulary", "API key") },
    { "oauth_client", QT_TRANSLATE_NOOP("Vocabulary", "OAuth client") },
    { "service_account", QT_TRANSLATE_NOOP("Vocabulary", "Service account") },
    { "token", QT_TRANSLATE_NOOP("Vocabulary", "Token") },
    { "certificate", QT_TRANSLATE_NOOP("Vocabulary", "Certificate") },
    { "workload_identity", QT_TRANSLATE_NOOP("Vocabulary", "Workload identity") }
};
constexpr Entry kCredentialStorage[] = {
    { "unknown", QT_TRANSLATE_NOOP("Vocabulary", "Unknown") },
    { "secrets_manager", QT_TRANSLATE_NOOP("Vocabulary", "Secrets manager") },
    { "code", QT_TRANSLATE_NOOP("Vocabulary", "Code") },
    { "config_file", QT_TRANSLATE_NOOP("Vocabulary", "Config file") },
    { "ci_cd", QT_TRANSLATE_NOOP("Vocabulary", "CI/CD") },
    { "env_var", QT_TRANSLATE_NOOP("Vocabulary", "Environment variable") }
};
constexpr Entry kLogging[] = { { "none", QT_TRANSLATE_NOOP("Vocabulary", "None") },
                               { "local", QT_TRANSLATE_NOOP("Vocabulary", "Local") },
                               { "central", QT_TRANSLATE_NOOP("Vocabulary", "Central / SIEM") } };
constexpr Entry kHandoff[] = {
    { "", QT_TRANSLATE_NOOP("Vocabulary", "Not a handoff point") },
    { "code_commit", QT_TRANSLATE_NOOP("Vocabulary", "Code commit") },
    { "ticket_closure", QT_TRANSLATE_NOOP("Vocabulary", "Ticket closure") },
    { "infrastructure_change", QT_TRANSLATE_NOOP("Vocabulary", "Infrastructure change") },
    { "data_access", QT_TRANSLATE_NOOP("Vocabulary", "Data access") },
    { "payment", QT_TRANSLATE_NOOP("Vocabulary", "Payment") },
    { "external_message", QT_TRANSLATE_NOOP("Vocabulary", "External message") }
};
constexpr Entry kPrivilegeStatus[] = {
    { "active", QT_TRANSLATE_NOOP("Vocabulary", "Active") },
    { "pending_revocation", QT_TRANSLATE_NOOP("Vocabulary", "Pending revocation") },
    { "to_narrow", QT_TRANSLATE_NOOP("Vocabulary", "To be narrowed") }
};
constexpr Entry kMappingStatus[] = { { "gap", QT_TRANSLATE_NOOP("Vocabulary", "Gap") },
                                     { "partial", QT_TRANSLATE_NOOP("Vocabulary", "Partial") },
                                     { "mitigated", QT_TRANSLATE_NOOP("Vocabulary", "Mitigated") },
                                     { "not_applicable", QT_TRANSLATE_NOOP("Vocabulary", "Not applicable") } };
constexpr Entry kSeverity[] = { { "low", QT_TRANSLATE_NOOP("Vocabulary", "Low") },
                                { "medium", QT_TRANSLATE_NOOP("Vocabulary", "Medium") },
                                { "high", QT_TRANSLATE_NOOP("Vocabulary", "High") } };
constexpr Entry kCampaignStatus[] = { { "open", QT_TRANSLATE_NOOP("Vocabulary", "Open") },
                                      { "signed_off", QT_TRANSLATE_NOOP("Vocabulary", "Signed off") },
                                      { "closed", QT_TRANSLATE_NOOP("Vocabulary", "Closed") } };
constexpr Entry kReviewItemKind[] = {
    { "privilege", QT_TRANSLATE_NOOP("Vocabulary", "Privilege") },
    { "owner", QT_TRANSLATE_NOOP("Vocabulary", "Owners still right?") },
    { "approval_gate", QT_TRANSLATE_NOOP("Vocabulary", "Approval gate adequate?") },
    { "logging", QT_TRANSLATE_NOOP("Vocabulary", "Logging adequate?") },
    { "offboarding", QT_TRANSLATE_NOOP("Vocabulary", "Offboarding plan adequate?") }
};
constexpr Entry kReviewDecision[] = { { "undecided", QT_TRANSLATE_NOOP("Vocabulary", "Undecided") },
                                      { "keep", QT_TRANSLATE_NOOP("Vocabulary", "Keep") },
                                      { "reduce", QT_TRANSLATE_NOOP("Vocabulary", "Reduce") },
                                      { "revoke", QT_TRANSLATE_NOOP("Vocabulary", "Revoke") },
                                      { "unsure", QT_TRANSLATE_NOOP("Vocabulary", "Unsure") },
                                      { "yes", QT_TRANSLATE_NOOP("Vocabulary", "Yes") },
                                      { "no", QT_TRANSLATE_NOOP("Vocabulary", "No") } };

template<typename E, size_t N>
std::optional<E> lookup(const Entry (&table)[N], const QString &id)
{
    for (size_t i = 0; i < N; ++i) {
        if (id.compare(QLatin1String(table[i].id), Qt::CaseInsensitive) == 0)
            return static_cast<E>(i);
    }
    return std::nullopt;
}

template<size_t N>
QStringList ids(const Entry (&table)[N])
{
    QStringList list;
    for (const Entry &entry : table)
        list << QString::fromLatin1(entry.id);
    return list;
}

template<size_t N>
const Entry &at(const Entry (&table)[N], int index)
{
    return table[index >= 0 && size_t(index) < N ? size_t(index) : 0];
}

} // namespace

#define MANDATE_DEFINE_VOCABULARY(E, table)                                                                  \
    template<> QString toId<E>(E value) { return QString::fromLatin1(at(table, int(value)).id); }          \
    template<> std::optional<E> fromId<E>(const QString &id) { return lookup<E>(table, id.trimmed()); }    \
    template<> QString label<E>(E value)                                                                    \
    {                                                                                                       \
        return QCoreApplication::translate("Vocabulary", at(table, int(value)).label);                     \
    }                                                                                                       \
    template<> QStringList allIds<E>() { return ids(table); }                                               \
    template<> int valueCount<E>() { return int(std::size(table)); }

MANDATE_DEFINE_VOCABULARY(Tristate, kTristate)
MANDATE_DEFINE_VOCABULARY(Paradigm, kParadigm)
MANDATE_DEFINE_VOCABULARY(OutputKind, kOutputKind)
MANDATE_DEFINE_VOCABULARY(ApprovalGate, kApprovalGate)
MANDATE_DEFINE_VOCABULARY(LifecycleStage, kLifecycle)
MANDATE_DEFINE_VOCABULARY(RuntimeAuthority, kAuthority)
MANDATE_DEFINE_VOCABULARY(AccessFootprint, kFootprint)
MANDATE_DEFINE_VOCABULARY(Scope, kScope)
MANDATE_DEFINE_VOCABULARY(CredentialKind, kCredentialKind)
MANDATE_DEFINE_VOCABULARY(CredentialStorage, kCredentialStorage)
MANDATE_DEFINE_VOCABULARY(Logging, kLogging)
MANDATE_DEFINE_VOCABULARY(HandoffPoint, kHandoff)
MANDATE_DEFINE_VOCABULARY(PrivilegeStatus, kPrivilegeStatus)
MANDATE_DEFINE_VOCABULARY(MappingStatus, kMappingStatus)
MANDATE_DEFINE_VOCABULARY(Severity, kSeverity)
MANDATE_DEFINE_VOCABULARY(CampaignStatus, kCampaignStatus)
MANDATE_DEFINE_VOCABULARY(ReviewItemKind, kReviewItemKind)
MANDATE_DEFINE_VOCABULARY(ReviewDecision, kReviewDecision)

} // namespace Mandate
