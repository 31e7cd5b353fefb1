#pragma once
// The closed vocabularies of DOMAIN.md (paradigms, behaviour values, lifecycle, privilege and
// credential kinds). Each value has a stable id, used in storage, the CLI and the native CSV layout,
// and a translatable label for people. Ids never change once shipped; labels may.

#include <QString>
#include <QStringList>

#include <optional>

namespace Mandate {

// yes / no / unknown. Unknown is a real value: rules must report it, never guess.
enum class Tristate { Unknown, No, Yes };

enum class Paradigm { Undecided, Causal, Predictive, Generative, Agentic };
enum class OutputKind { Unknown, Explanation, Prediction, Content, Action };
enum class ApprovalGate { Unknown, None, PerAction, PerSession, TwoPerson };
enum class LifecycleStage { Proposed, Development, Pilot, Production, Retiring, Offboarded };
enum class RuntimeAuthority { Unknown, Informs, Generates, GatedExecution, AutonomousExecution };
enum class AccessFootprint { None, Read, Write, AdminOrSecrets };
enum class Scope { Read, Write, Execute, Admin };
enum class CredentialKind { ApiKey, OAuthClient, ServiceAccount, Token, Certificate, WorkloadIdentity };
enum class CredentialStorage { Unknown, SecretsManager, Code, ConfigFile, CiCd, EnvVar };
enum class Logging { None, Local, Central };
enum class HandoffPoint { NoHandoff, CodeCommit, TicketClosure, InfrastructureChange, DataAccess, Payment, ExternalMessage };
enum class PrivilegeStatus { Active, PendingRevocation, ToNarrow };
enum class MappingStatus { Gap, Partial, Mitigated, NotApplicable };
enum class Severity { Low, Medium, High };
// Access reviews (DOMAIN.md section 9). A campaign is open until signed off (frozen, remediation
// made) or closed (frozen without sign-off). An item is one privilege to decide, or one question
// about its system; privileges take keep/reduce/revoke/unsure, questions yes/no/unsure.
enum class CampaignStatus { Open, SignedOff, Closed };
enum class ReviewItemKind { Privilege, Owner, ApprovalGate, Logging, Offboarding };
enum class ReviewDecision { Undecided, Keep, Reduce, Revoke, Unsure, Yes, No };

// Ids and labels. fromId() accepts exactly the id (case-insensitive); import-side synonyms
// ("Y", "true", "Agentic AI") belong to the import mapper, not here.
template<typename E> QString toId(E value);
template<typename E> std::optional<E> fromId(const QString &id);
template<typename E> QString label(E value);
template<typename E> QStringList allIds();
template<typename E> int valueCount();

#define MANDATE_DECLARE_VOCABULARY(E)                                                                        \
    template<> QString toId<E>(E value);                                                                    \
    template<> std::optional<E> fromId<E>(const QString &id);                                               \
    template<> QString label<E>(E value);                                                                   \
    template<> QStringList allIds<E>();                                                                     \
    template<> int valueCount<E>();

MANDATE_DECLARE_VOCABULARY(Tristate)
MANDATE_DECLARE_VOCABULARY(Paradigm)
MANDATE_DECLARE_VOCABULARY(OutputKind)
MANDATE_DECLARE_VOCABULARY(ApprovalGate)
MANDATE_DECLARE_VOCABULARY(LifecycleStage)
MANDATE_DECLARE_VOCABULARY(RuntimeAuthority)
MANDATE_DECLARE_VOCABULARY(AccessFootprint)
MANDATE_DECLARE_VOCABULARY(Scope)
MANDATE_DECLARE_VOCABULARY(CredentialKind)
MANDATE_DECLARE_VOCABULARY(CredentialStorage)
MANDATE_DECLARE_VOCABULARY(Logging)
MANDATE_DECLARE_VOCABULARY(HandoffPoint)
MANDATE_DECLARE_VOCABULARY(PrivilegeStatus)
MANDATE_DECLARE_VOCABULARY(MappingStatus)
MANDATE_DECLARE_VOCABULARY(Severity)
MANDATE_DECLARE_VOCABULARY(CampaignStatus)
MANDATE_DECLARE_VOCABULARY(ReviewItemKind)
MANDATE_DECLARE_VOCABULARY(ReviewDecision)

#undef MANDATE_DECLARE_VOCABULARY

} // namespace Mandate
