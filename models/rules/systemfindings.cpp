#include "rules/systemfindings.h"

#include <QCoreApplication>
#include <array>

namespace Mandate {
namespace {

constexpr int defaultReviewCadenceDays = 90;

// One rule: whether it fires and, when asked (reason not null), the sentence saying why. Asking
// for no reason keeps the whole-estate path free of string work.
using RuleCheck = bool (*)(const SystemFindingInputs &inputs, QString *reason);

struct SystemRule
{
    const char *id;
    Severity severity;
    std::array<const char *, 6> frameworks; // unused slots are null
    RuleCheck check;
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
                      .arg(last.toString(Qt::ISODate), due.toString(Qt::ISODate));
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

// DOMAIN.md section 6, in its order; the rules that need privilege details are not here yet.
const SystemRule systemRules[] = {
    { "F-OWNER", Severity::High, { "NHI1", "ASI03", "CSF PR.AA-01" }, ownerMissing },
    { "F-OFFBOARD", Severity::Medium, { "NHI1" }, offboardingPlanMissing },
    // DOMAIN.md maps it to no catalog item: its consequence is governance coverage overstated.
    { "F-LABEL", Severity::Medium, {}, labelDiffers },
    { "F-REVIEW-DUE", Severity::Medium, { "CSF PR.AA-05" }, reviewDue },
    { "F-THIRD-PARTY", Severity::Medium, { "NHI3" }, vendorHoldsCredentials },
    { "F-SECRET-IN-INVENTORY", Severity::High, { "NHI2" }, secretInInventory },
};

QStringList frameworkIds(const SystemRule &rule)
{
    QStringList ids;
    for (const char *id : rule.frameworks) {
        if (id)
            ids << QString::fromLatin1(id);
    }
    return ids;
}

} // namespace

QVector<Finding> systemFindings(const SystemFindingInputs &inputs)
{
    QVector<Finding> findings;
    for (const SystemRule &rule : systemRules) {
        QString reason;
        if (rule.check(inputs, &reason))
            findings.append({ QString::fromLatin1(rule.id), rule.severity, reason, frameworkIds(rule) });
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
    std::optional<Severity> highest;
    for (const SystemRule &rule : systemRules) {
        if ((!highest || rule.severity > *highest) && rule.check(inputs, nullptr))
            highest = rule.severity;
    }
    return highest;
}

} // namespace Mandate
