#include "systemsection.h"

#include "itemmodels/reviewitemsmodel.h"
#include "reportdocument.h"
#include "reportestate.h"
#include "reporttext.h"
#include "rules/derivedfacts.h"
#include "storage/workspace.h"

namespace Mandate {
namespace {

QString personName(const Workspace &workspace, PersonId id)
{
    const Person *person = id ? workspace.person(id) : nullptr;
    return person ? person->name : QString();
}

QString withRationale(const QString &value, const QStringList &rationale)
{
    return rationale.isEmpty() ? value : value + QStringLiteral(": ") + rationale.join(QStringLiteral("; "));
}

} // namespace

void SystemSection::add(ReportDocument &document, const Workspace &workspace, const AiSystem &system,
    const ReportEstate &estate)
{
    const QString title = system.externalId.isEmpty() ? system.name
                                                      : tr("%1 (%2)").arg(system.name, system.externalId);
    document.addHeading(title, 2);
    if (!system.description.trimmed().isEmpty())
        document.addParagraph(system.description);
    addProfile(document, workspace, system);
    addPrivileges(document, system, estate);
    addFindings(document, system, estate);
    addMappings(document, system, estate);
    addDecisions(document, system, estate);
}

void SystemSection::addProfile(ReportDocument &document, const Workspace &workspace, const AiSystem &system)
{
    const DerivedFacts facts = deriveFacts(system);
    const QString recorded = label(system.paradigm);
    QString classification = tr("Recorded as %1").arg(recorded);
    if (facts.suggestedParadigm.value != Paradigm::Undecided && facts.suggestedParadigm.value != system.paradigm)
        classification += tr("; its behaviour suggests %1").arg(label(facts.suggestedParadigm.value));
    else if (facts.suggestedParadigm.value == system.paradigm)
        classification += tr("; its behaviour agrees");

    const QString checklist = tr("credentials revoked: %1, tools detached: %2, owners released: %3, logs retained: %4")
                                  .arg(system.offboardCredentialsRevoked ? tr("yes") : tr("no"),
                                      system.offboardToolsDetached ? tr("yes") : tr("no"),
                                      system.offboardOwnersReleased ? tr("yes") : tr("no"),
                                      system.offboardLogsRetained ? tr("yes") : tr("no"));
    const QString cadence = system.reviewCadenceDays > 0 ? tr("every %Ln days", nullptr, system.reviewCadenceDays)
                                                         : tr("default for its kind");
    document.addKeyValues({
        { tr("Classification"), withRationale(classification, facts.suggestedParadigm.rationale) },
        { tr("Runtime authority"), withRationale(label(facts.runtimeAuthority.value), facts.runtimeAuthority.rationale) },
        { tr("Identity subject"), withRationale(label(facts.identitySubject.value), facts.identitySubject.rationale) },
        { tr("NHI risk"), withRationale(label(facts.nhiRisk.value), facts.nhiRisk.rationale) },
        { tr("Access footprint"), label(facts.accessFootprint.value) },
        { tr("Vendor"), ReportText::orDash(system.vendor) },
        { tr("Lifecycle stage"), label(system.lifecycleStage) },
        { tr("Business owner"), ReportText::orDash(personName(workspace, system.businessOwner)) },
        { tr("Technical owner"), ReportText::orDash(personName(workspace, system.technicalOwner)) },
        { tr("Risk owner"), ReportText::orDash(personName(workspace, system.riskOwner)) },
        { tr("Last reviewed"), ReportText::date(system.lastReviewed) },
        { tr("Review cadence"), cadence },
        { tr("Offboarding plan"), ReportText::orDash(system.offboardingPlan) },
        { tr("Offboarding checklist"), checklist },
    });
}

void SystemSection::addPrivileges(ReportDocument &document, const AiSystem &system, const ReportEstate &estate)
{
    const QVector<Privilege> privileges = estate.privileges.value(system.id);
    document.addHeading(tr("Privilege boundary"), 3);
    if (privileges.isEmpty()) {
        document.addParagraph(tr("No privileges recorded."), ReportDocument::TextStyle::Small);
        return;
    }
    ReportTable table;
    table.headers = { tr("Resource"), tr("Scope"), tr("Credential"), tr("Tool"), tr("Approval gate"), tr("Logging"),
        tr("Handoff"), tr("Expires"), tr("Status") };
    table.widths = { 2.6, 1.1, 1.8, 1.4, 1.3, 1.1, 1.4, 1.2, 1.3 };
    QVector<CredentialId> used;
    for (const Privilege &privilege : privileges) {
        const Credential credential = estate.credentials.value(privilege.credentialId);
        if (privilege.credentialId && !used.contains(privilege.credentialId))
            used.append(privilege.credentialId);
        const QString scope = privilege.wildcard ? tr("%1, wildcard").arg(label(privilege.scope)) : label(privilege.scope);
        table.rows.append({ privilege.target, scope, ReportText::orDash(credential.name), ReportText::orDash(privilege.tool),
            label(privilege.approvalGate), label(privilege.logging), label(privilege.handoff),
            ReportText::date(privilege.expires), label(privilege.status) });
        if (privilege.scope == Scope::Admin || privilege.wildcard)
            table.strongRows.append(int(table.rows.size()) - 1);
    }
    document.addTable(table);
    if (used.isEmpty())
        return;

    document.addHeading(tr("Credentials"), 3);
    ReportTable credentials;
    credentials.headers = { tr("Name"), tr("Kind"), tr("Storage"), tr("Created"), tr("Last rotated"), tr("Last used"),
        tr("Expires"), tr("Environments") };
    credentials.widths = { 2.2, 1.4, 1.5, 1.1, 1.1, 1.1, 1.1, 1.6 };
    for (const CredentialId id : std::as_const(used)) {
        const Credential credential = estate.credentials.value(id);
        credentials.rows.append({ credential.name, label(credential.kind), label(credential.storage),
            ReportText::date(credential.created), ReportText::date(credential.lastRotated),
            ReportText::date(credential.lastUsed), ReportText::date(credential.expires),
            ReportText::orDash(credential.environments.join(QStringLiteral(", "))) });
    }
    document.addTable(credentials);
}

void SystemSection::addFindings(ReportDocument &document, const AiSystem &system, const ReportEstate &estate)
{
    const QVector<Finding> findings = estate.findingsBySystem.value(system.id);
    document.addHeading(tr("Findings"), 3);
    if (findings.isEmpty()) {
        document.addParagraph(tr("No findings."), ReportDocument::TextStyle::Small);
        return;
    }
    ReportTable table;
    table.headers = { tr("Severity"), tr("Rule"), tr("Why"), tr("Framework items") };
    table.widths = { 1, 1.5, 5, 2.5 };
    for (const Finding &finding : findings) {
        table.rows.append({ label(finding.severity), finding.rule, finding.reason, finding.frameworks.join(QStringLiteral(", ")) });
        if (finding.severity == Severity::High)
            table.strongRows.append(int(table.rows.size()) - 1);
    }
    document.addTable(table);
}

void SystemSection::addMappings(ReportDocument &document, const AiSystem &system, const ReportEstate &estate)
{
    const QVector<Mapping> mappings = estate.mappings.value(system.id);
    if (mappings.isEmpty())
        return;
    document.addHeading(tr("Framework mappings"), 3);
    ReportTable table;
    table.headers = { tr("Catalog"), tr("Item"), tr("Status"), tr("Control note"), tr("Evidence"), tr("Decided by") };
    table.widths = { 1.6, 1, 1.2, 3, 2.4, 1.4 };
    for (const Mapping &mapping : mappings) {
        table.rows.append({ mapping.catalogId, mapping.itemId, label(mapping.status), ReportText::orDash(mapping.controlNote),
            ReportText::orDash(mapping.evidence), ReportText::orDash(mapping.decidedBy) });
    }
    document.addTable(table);
}

void SystemSection::addDecisions(ReportDocument &document, const AiSystem &system, const ReportEstate &estate)
{
    const QVector<ReportEstate::Decision> decisions = estate.latestDecisions.value(system.id);
    if (decisions.isEmpty())
        return;
    document.addHeading(tr("Latest review: %1").arg(decisions.first().campaign), 3);
    ReportTable table;
    table.headers = { tr("Question"), tr("Decision"), tr("Justification"), tr("Reviewer"), tr("Decided") };
    table.widths = { 3, 1.1, 3.2, 1.4, 1.5 };
    for (const ReportEstate::Decision &decision : decisions) {
        const ReviewItem &item = decision.item;
        table.rows.append({ ReviewItemsModel::questionText(item), label(item.decision),
            ReportText::orDash(item.justification), item.decidedBy, ReportText::dateTime(item.decidedAt) });
    }
    document.addTable(table);
}

} // namespace Mandate
