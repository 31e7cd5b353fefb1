#include "rules/systemfindings.h"

#include "rules/findingtext.h"
#include "rules/evidencefindings.h"
#include "rules/privilegefindings.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>

namespace Mandate {
namespace {

using FindingChecks::CredentialCheck;
using FindingChecks::PrivilegeCheck;

constexpr int defaultReviewCadenceDays = 90;

// A rule about the system's own record: whether it fires and, when asked (reason not null), the
// sentence saying why. Asking for no reason keeps the whole-estate path free of string work.
using SystemCheck = bool (*)(const SystemFindingInputs &inputs, QString *reason);
// A rule over runtime evidence (evidencefindings.h): complete findings, framework items included.
using EvidenceCheck = QVector<Finding> (*)(const QVector<Privilege> &privileges, const QVector<ObservedAccess> &observed);

// One row of DOMAIN.md's table. Exactly one check is set: the rule looks at the system's record,
// at each of its privileges, at each credential they use, or at its runtime evidence.
struct Rule
{
    constexpr Rule(const char *ruleId, Severity ruleSeverity, std::array<const char *, 5> items, SystemCheck check)
        : id(ruleId), severity(ruleSeverity), frameworks(items), system(check)
    {
    }
    constexpr Rule(const char *ruleId, Severity ruleSeverity, std::array<const char *, 5> items, PrivilegeCheck check)
        : id(ruleId), severity(ruleSeverity), frameworks(items), privilege(check)
    {
    }
    constexpr Rule(const char *ruleId, Severity ruleSeverity, std::array<const char *, 5> items, CredentialCheck check)
        : id(ruleId), severity(ruleSeverity), frameworks(items), credential(check)
    {
    }
    constexpr Rule(const char *ruleId, Severity ruleSeverity, EvidenceCheck check)
        : id(ruleId), severity(ruleSeverity), frameworks(), evidence(check)
    {
    }

    const char *id;
    Severity severity;
    std::array<const char *, 5> frameworks; // unused slots are null
    SystemCheck system = nullptr;
    PrivilegeCheck privilege = nullptr;
    CredentialCheck credential = nullptr;
    EvidenceCheck evidence = nullptr;
};

bool isYes(Tristate value)
{
    return value == Tristate::Yes;
}

// Identity subjects and NHI risks are the systems that need an owner and an offboarding plan.
bool needsIdentityGovernance(const DerivedValues &derived)
{
    return isYes(derived.identitySubject) || isYes(derived.nhiRisk);
}

bool ownerMissing(const SystemFindingInputs &inputs, QString *reason)
{
    const bool fires = needsIdentityGovernance(inputs.derived) && inputs.system.technicalOwner == 0
        && inputs.system.businessOwner == 0;
    if (fires && reason) {
        *reason = isYes(inputs.derived.identitySubject)
            ? QCoreApplication::translate(
                "Findings", "Identity subject without a technical or business owner")
            : QCoreApplication::translate("Findings", "NHI risk without a technical or business owner");
    }
    return fires;
}

bool offboardingPlanMissing(const SystemFindingInputs &inputs, QString *reason)
{
    const bool fires
        = needsIdentityGovernance(inputs.derived) && inputs.system.offboardingPlan.trimmed().isEmpty();
    if (fires && reason) {
        *reason = isYes(inputs.derived.identitySubject)
            ? QCoreApplication::translate("Findings", "Identity subject without an offboarding plan")
            : QCoreApplication::translate("Findings", "NHI risk without an offboarding plan");
    }
    return fires;
}

bool labelDiffers(const SystemFindingInputs &inputs, QString *reason)
{
    const Paradigm suggested = inputs.derived.suggestedParadigm;
    const bool fires = suggested != Paradigm::Undecided && inputs.system.paradigm != suggested;
    if (fires && reason) {
        *reason = QCoreApplication::translate("Findings", "Recorded as %1, but its behaviour suggests %2")
                      .arg(label(inputs.system.paradigm), label(suggested));
    }
    return fires;
}

bool reviewDue(const SystemFindingInputs &inputs, QString *reason)
{
    if (!isYes(inputs.derived.identitySubject))
        return false;
    const QDate last = inputs.system.lastReviewed;
    if (!last.isValid()) {
        if (reason)
            *reason = QCoreApplication::translate("Findings", "Identity subject never reviewed");
        return true;
    }
    const int cadence
        = inputs.system.reviewCadenceDays > 0 ? inputs.system.reviewCadenceDays : defaultReviewCadenceDays;
    const QDate due = last.addDays(cadence);
    const bool fires = inputs.today > due;
    if (fires && reason) {
        *reason = QCoreApplication::translate(
            "Findings", "Identity subject last reviewed on %1, review due on %2")
                      .arg(FindingText::date(last), FindingText::date(due));
    }
    return fires;
}

bool vendorHoldsCredentials(const SystemFindingInputs &inputs, QString *reason)
{
    const AiSystem &system = inputs.system;
    const bool fires = isYes(system.vendorOperated)
        && (system.privileges.anyCredential || isYes(system.behaviour.accessesCredentials));
    if (fires && reason) {
        *reason = QCoreApplication::translate(
            "Findings", "Operated by a vendor and holds the organisation's credentials");
    }
    return fires;
}

bool secretInInventory(const SystemFindingInputs &inputs, QString *reason)
{
    if (inputs.hasImportFinding && reason) {
        *reason = QCoreApplication::translate(
            "Findings", "A secret-looking value was found in its imported data and stored redacted");
    }
    return inputs.hasImportFinding;
}

// DOMAIN.md section 6, in its order.
constexpr Rule rules[] = {
    { "F-OWNER", Severity::High, { "NHI1", "ASI03", "CSF PR.AA-01" }, ownerMissing },
    { "F-LOGGING", Severity::High, { "800-207 T7", "ASI08", "threat T8" }, FindingChecks::unloggedPrivilege },
    { "F-OFFBOARD", Severity::Medium, { "NHI1" }, offboardingPlanMissing },
    { "F-OVERPRIV", Severity::High, { "NHI5", "ASI03", "CSF PR.AC-4", "CSF PR.AA-05", "800-207 T3" },
        FindingChecks::unjustifiedBroadScope },
    { "F-SECRET-STORE", Severity::High, { "NHI2" }, FindingChecks::storedOutsideSecretsManager },
    { "F-LONG-LIVED", Severity::Medium, { "NHI7" }, FindingChecks::longLived },
    { "F-REUSE", Severity::Medium, { "NHI9" }, FindingChecks::sharedBySystems },
    { "F-ENV", Severity::Medium, { "NHI8" }, FindingChecks::productionAndOther },
    { "F-HUMAN-USE", Severity::Medium, { "NHI10" }, FindingChecks::usedByPeople },
    // ASI05 only for code commits: the check narrows it.
    { "F-HANDOFF", Severity::High, { "ASI02", "ASI05", "800-207 T6" }, FindingChecks::ungatedHandoff },
    // DOMAIN.md maps it to no catalog item: its consequence is governance coverage overstated.
    { "F-LABEL", Severity::Medium, {}, labelDiffers },
    { "F-REVIEW-DUE", Severity::Medium, { "CSF PR.AA-05" }, reviewDue },
    // Their framework items are in evidencefindings.cpp, with the findings they build.
    { "F-UNDECLARED", Severity::High, undeclaredAccessFindings },
    { "F-UNUSED", Severity::Low, unusedPrivilegeFindings },
    { "F-THIRD-PARTY", Severity::Medium, { "NHI3" }, vendorHoldsCredentials },
    { "F-WEAK-AUTHN", Severity::Low, { "NHI4", "800-207 section 5.7" }, FindingChecks::staticApiKey },
    { "F-SECRET-IN-INVENTORY", Severity::High, { "NHI2" }, secretInInventory },
};

// A finding of the rule as yet without reason or cause: checks fill in the rest.
Finding blankFinding(const Rule &rule)
{
    Finding finding { QString::fromLatin1(rule.id), rule.severity, QString(), {} };
    for (const char *id : rule.frameworks) {
        if (id)
            finding.frameworks << QString::fromLatin1(id);
    }
    return finding;
}

// Whether the evidence rules have something to judge: observed accesses and the declared boundary.
bool hasEvidence(const SystemFindingInputs &inputs)
{
    return inputs.observed && !inputs.observed->isEmpty() && inputs.privileges;
}

// Whether the rule fires at least once, without building a finding.
bool firesAtAll(const Rule &rule, const SystemFindingInputs &inputs, const QVector<const Credential *> &credentials)
{
    if (rule.system)
        return rule.system(inputs, nullptr);
    if (rule.evidence)
        return hasEvidence(inputs) && !rule.evidence(*inputs.privileges, *inputs.observed).isEmpty();
    if (rule.privilege) {
        return inputs.privileges
            && std::any_of(inputs.privileges->cbegin(), inputs.privileges->cend(),
                [&](const Privilege &privilege) { return rule.privilege(inputs, privilege, nullptr); });
    }
    return std::any_of(credentials.cbegin(), credentials.cend(),
        [&](const Credential *credential) { return rule.credential(inputs, *credential, nullptr); });
}

} // namespace

QVector<Finding> systemFindings(const SystemFindingInputs &inputs)
{
    const QVector<const Credential *> credentials = FindingChecks::credentialsOf(inputs);
    QVector<Finding> findings;
    for (const Rule &rule : rules) {
        const Finding blank = blankFinding(rule);
        if (rule.system) {
            Finding finding = blank;
            if (rule.system(inputs, &finding.reason))
                findings.append(finding);
        } else if (rule.evidence) {
            if (hasEvidence(inputs))
                findings += rule.evidence(*inputs.privileges, *inputs.observed);
        } else if (rule.privilege) {
            if (!inputs.privileges)
                continue;
            for (const Privilege &privilege : *inputs.privileges) {
                Finding finding = blank;
                finding.privilegeId = privilege.id;
                if (rule.privilege(inputs, privilege, &finding))
                    findings.append(finding);
            }
        } else {
            for (const Credential *credential : credentials) {
                Finding finding = blank;
                finding.credentialId = credential->id;
                if (rule.credential(inputs, *credential, &finding))
                    findings.append(finding);
            }
        }
    }
    return findings;
}

std::optional<Severity> highestSeverity(const QVector<Finding> &findings)
{
    std::optional<Severity> highest;
    for (const Finding &finding : findings) {
        if (!highest || finding.severity > *highest)
            highest = finding.severity;
    }
    return highest;
}

std::optional<Severity> highestSystemSeverity(const SystemFindingInputs &inputs)
{
    const QVector<const Credential *> credentials = FindingChecks::credentialsOf(inputs);
    std::optional<Severity> highest;
    for (const Rule &rule : rules) {
        if ((!highest || rule.severity > *highest) && firesAtAll(rule, inputs, credentials))
            highest = rule.severity;
    }
    return highest;
}

} // namespace Mandate
