#include "rules/derivedfacts.h"

#include <QCoreApplication>
#include <initializer_list>

namespace Mandate {
namespace {

// A rule clause in three-valued (Kleene) logic, with the facts that explain its value. Composite
// clauses keep only the facts that decided them, so a rationale names exactly what mattered: the
// true facts of a true conjunction, the false ones of a false conjunction, the unknown ones when
// the answer is unknown.
struct Clause
{
    Tristate value;
    QStringList facts;
};

// "Selects actions: Yes". The separator is translatable because some languages space it.
QString factText(SystemField field, const QString &valueLabel)
{
    return QCoreApplication::translate("DerivedFacts", "%1: %2").arg(fieldLabel(field), valueLabel);
}

Clause fact(SystemField field, Tristate value)
{
    return { value, { factText(field, label(value)) } };
}

Clause gateIsNone(ApprovalGate gate)
{
    const Tristate value = gate == ApprovalGate::Unknown ? Tristate::Unknown
        : gate == ApprovalGate::None                     ? Tristate::Yes
                                                         : Tristate::No;
    return { value, { factText(SystemField::ApprovalGate, label(gate)) } };
}

Clause holdsCredential(const PrivilegeSummary &privileges)
{
    if (privileges.anyCredential)
        return { Tristate::Yes,
            { QCoreApplication::translate("DerivedFacts", "A privilege of this system uses a credential") } };
    return { Tristate::No,
        { QCoreApplication::translate("DerivedFacts", "No privilege uses a credential") } };
}

QStringList factsOf(std::initializer_list<Clause> clauses, Tristate value)
{
    QStringList facts;
    for (const Clause &clause : clauses) {
        if (clause.value == value)
            facts << clause.facts;
    }
    return facts;
}

// Kleene AND: any false clause decides; else any unknown one leaves it open; else all hold.
Clause allOf(std::initializer_list<Clause> clauses)
{
    for (const Tristate decisive : { Tristate::No, Tristate::Unknown }) {
        const QStringList facts = factsOf(clauses, decisive);
        if (!facts.isEmpty())
            return { decisive, facts };
    }
    return { Tristate::Yes, factsOf(clauses, Tristate::Yes) };
}

// Kleene OR: any true clause decides; else any unknown one leaves it open; else none holds.
Clause anyOf(std::initializer_list<Clause> clauses)
{
    for (const Tristate decisive : { Tristate::Yes, Tristate::Unknown }) {
        const QStringList facts = factsOf(clauses, decisive);
        if (!facts.isEmpty())
            return { decisive, facts };
    }
    return { Tristate::No, factsOf(clauses, Tristate::No) };
}

// "Agentic could not be ruled out (Uses tools: Unknown)", one sentence per unknown fact.
QStringList notRuledOut(const QString &what, const QStringList &unknownFacts)
{
    QStringList sentences;
    for (const QString &unknown : unknownFacts) {
        sentences << QCoreApplication::translate("DerivedFacts", "%1 could not be ruled out (%2)")
                         .arg(what, unknown);
    }
    return sentences;
}

Clause reachesExecution(const Behaviour &b)
{
    return anyOf({ fact(SystemField::OutputFeedsExecution, b.outputFeedsExecution),
        fact(SystemField::AffectsExternalSystems, b.affectsExternalSystems),
        allOf({ fact(SystemField::SelectsActions, b.selectsActions),
            fact(SystemField::UsesTools, b.usesTools) }) });
}

Clause agenticClause(const Behaviour &b)
{
    return allOf({ fact(SystemField::SelectsActions, b.selectsActions),
        anyOf({ fact(SystemField::UsesTools, b.usesTools),
            fact(SystemField::AffectsExternalSystems, b.affectsExternalSystems) }) });
}

DerivedFact<RuntimeAuthority> executingAuthority(const Clause &reaches, ApprovalGate gate)
{
    const QStringList facts
        = reaches.facts + QStringList { factText(SystemField::ApprovalGate, label(gate)) };
    switch (gate) {
    case ApprovalGate::None:
        return { RuntimeAuthority::AutonomousExecution, facts };
    case ApprovalGate::PerAction:
    case ApprovalGate::PerSession:
    case ApprovalGate::TwoPerson:
        return { RuntimeAuthority::GatedExecution, facts };
    case ApprovalGate::Unknown:
        break;
    }
    return { RuntimeAuthority::Unknown, facts };
}

DerivedFact<RuntimeAuthority> nonExecutingAuthority(const Clause &reaches, OutputKind kind)
{
    QStringList facts = reaches.facts;
    facts << factText(SystemField::OutputKind, label(kind));
    switch (kind) {
    case OutputKind::Content:
        return { RuntimeAuthority::Generates, facts };
    case OutputKind::Explanation:
    case OutputKind::Prediction:
        return { RuntimeAuthority::Informs, facts };
    case OutputKind::Action:
        return { RuntimeAuthority::Unknown,
            facts << QCoreApplication::translate(
                "DerivedFacts", "Its output is an action, yet nothing gives it a path to execution") };
    case OutputKind::Unknown:
        break;
    }
    return { RuntimeAuthority::Unknown, facts };
}

// The paradigm its output kind suggests once agentic is out; Undecided for action and unknown.
Paradigm paradigmOfOutput(OutputKind kind)
{
    switch (kind) {
    case OutputKind::Content:
        return Paradigm::Generative;
    case OutputKind::Explanation:
        return Paradigm::Causal;
    case OutputKind::Prediction:
        return Paradigm::Predictive;
    case OutputKind::Action:
    case OutputKind::Unknown:
        break;
    }
    return Paradigm::Undecided;
}

QStringList secretsReasons(const Behaviour &b, const PrivilegeSummary &privileges)
{
    QStringList reasons;
    if (privileges.anyPrivilegeOnWildcardOrAdmin)
        reasons << QCoreApplication::translate("DerivedFacts", "Holds a wildcard or admin privilege");
    else if (privileges.count > 0 && privileges.highestScope == Scope::Admin)
        reasons << QCoreApplication::translate("DerivedFacts", "Highest privilege scope: %1")
                       .arg(label(Scope::Admin));
    // A credential that a privilege authenticates with does not by itself raise the footprint (nearly
    // every privilege has one); handling secrets as such (accesses_credentials) does.
    if (b.accessesCredentials == Tristate::Yes)
        reasons << fact(SystemField::AccessesCredentials, b.accessesCredentials).facts;
    return reasons;
}

DerivedFact<AccessFootprint> footprintFromScope(const PrivilegeSummary &privileges)
{
    if (privileges.count <= 0)
        return { AccessFootprint::None,
            { QCoreApplication::translate("DerivedFacts", "Holds no privileges") } };
    const QStringList facts { QCoreApplication::translate("DerivedFacts", "Highest privilege scope: %1")
                                  .arg(label(privileges.highestScope)) };
    if (privileges.highestScope == Scope::Read)
        return { AccessFootprint::Read, facts };
    return { AccessFootprint::Write, facts };
}

} // namespace

DerivedFact<Tristate> identitySubject(const Behaviour &behaviour)
{
    const Clause subject = allOf({ fact(SystemField::SelectsActions, behaviour.selectsActions),
        fact(SystemField::UsesTools, behaviour.usesTools), gateIsNone(behaviour.approvalGate) });
    return { subject.value, subject.facts };
}

DerivedFact<Tristate> nhiRisk(const Behaviour &behaviour, const PrivilegeSummary &privileges)
{
    const Clause risk = anyOf({ fact(SystemField::AccessesCredentials, behaviour.accessesCredentials),
        fact(SystemField::UsesTools, behaviour.usesTools),
        fact(SystemField::AffectsExternalSystems, behaviour.affectsExternalSystems),
        holdsCredential(privileges) });
    return { risk.value, risk.facts };
}

DerivedFact<RuntimeAuthority> runtimeAuthority(const Behaviour &behaviour)
{
    const Clause reaches = reachesExecution(behaviour);
    if (reaches.value == Tristate::Yes)
        return executingAuthority(reaches, behaviour.approvalGate);
    if (reaches.value == Tristate::No)
        return nonExecutingAuthority(reaches, behaviour.outputKind);
    const QString open
        = QCoreApplication::translate("DerivedFacts", "Not known whether its output reaches execution");
    return { RuntimeAuthority::Unknown, QStringList { open } + reaches.facts };
}

DerivedFact<Paradigm> suggestedParadigm(const Behaviour &behaviour)
{
    const Clause agentic = agenticClause(behaviour);
    if (agentic.value == Tristate::Yes)
        return { Paradigm::Agentic, agentic.facts };

    const QString outputFact = factText(SystemField::OutputKind, label(behaviour.outputKind));
    const Paradigm byOutput = paradigmOfOutput(behaviour.outputKind);
    if (agentic.value == Tristate::No) {
        QStringList facts = agentic.facts;
        facts << outputFact;
        if (behaviour.outputKind == OutputKind::Action)
            facts << QCoreApplication::translate(
                "DerivedFacts", "It acts, but does not select actions with tools");
        return { byOutput, facts };
    }
    // Agentic is still open: a suggestion from the output kind stands, but says what could change it.
    if (byOutput != Paradigm::Undecided)
        return { byOutput,
            QStringList { outputFact } + notRuledOut(label(Paradigm::Agentic), agentic.facts) };
    return { Paradigm::Undecided, QStringList { outputFact } + agentic.facts };
}

DerivedFact<AccessFootprint> accessFootprint(const Behaviour &behaviour, const PrivilegeSummary &privileges)
{
    const QStringList secrets = secretsReasons(behaviour, privileges);
    if (!secrets.isEmpty())
        return { AccessFootprint::AdminOrSecrets, secrets };

    DerivedFact<AccessFootprint> footprint = footprintFromScope(privileges);
    if (behaviour.accessesCredentials == Tristate::Unknown) {
        footprint.rationale << notRuledOut(label(AccessFootprint::AdminOrSecrets),
            fact(SystemField::AccessesCredentials, Tristate::Unknown).facts);
    }
    return footprint;
}

DerivedFacts deriveFacts(const AiSystem &system)
{
    const Behaviour &b = system.behaviour;
    return { identitySubject(b), nhiRisk(b, system.privileges), runtimeAuthority(b), suggestedParadigm(b),
        accessFootprint(b, system.privileges) };
}

namespace {

// Kleene logic on plain values, for deriveValues().
Tristate kleeneAnd(Tristate a, Tristate b)
{
    if (a == Tristate::No || b == Tristate::No)
        return Tristate::No;
    return a == Tristate::Unknown || b == Tristate::Unknown ? Tristate::Unknown : Tristate::Yes;
}

Tristate kleeneOr(Tristate a, Tristate b)
{
    if (a == Tristate::Yes || b == Tristate::Yes)
        return Tristate::Yes;
    return a == Tristate::Unknown || b == Tristate::Unknown ? Tristate::Unknown : Tristate::No;
}

Tristate gateNone(ApprovalGate gate)
{
    if (gate == ApprovalGate::Unknown)
        return Tristate::Unknown;
    return gate == ApprovalGate::None ? Tristate::Yes : Tristate::No;
}

} // namespace

DerivedValues deriveValues(const Behaviour &b, const PrivilegeSummary &privileges)
{
    DerivedValues values;
    values.identitySubject = kleeneAnd(kleeneAnd(b.selectsActions, b.usesTools), gateNone(b.approvalGate));
    values.nhiRisk = kleeneOr(kleeneOr(b.accessesCredentials, b.usesTools),
        kleeneOr(b.affectsExternalSystems, privileges.anyCredential ? Tristate::Yes : Tristate::No));

    const Tristate reaches = kleeneOr(kleeneOr(b.outputFeedsExecution, b.affectsExternalSystems),
        kleeneAnd(b.selectsActions, b.usesTools));
    if (reaches == Tristate::Yes) {
        values.runtimeAuthority = b.approvalGate == ApprovalGate::None ? RuntimeAuthority::AutonomousExecution
            : b.approvalGate == ApprovalGate::Unknown                 ? RuntimeAuthority::Unknown
                                                                       : RuntimeAuthority::GatedExecution;
    } else if (reaches == Tristate::No) {
        values.runtimeAuthority = b.outputKind == OutputKind::Content ? RuntimeAuthority::Generates
            : b.outputKind == OutputKind::Explanation || b.outputKind == OutputKind::Prediction
            ? RuntimeAuthority::Informs
            : RuntimeAuthority::Unknown;
    }

    const Tristate agentic = kleeneAnd(b.selectsActions, kleeneOr(b.usesTools, b.affectsExternalSystems));
    values.suggestedParadigm = agentic == Tristate::Yes ? Paradigm::Agentic : paradigmOfOutput(b.outputKind);

    if (privileges.anyPrivilegeOnWildcardOrAdmin || (privileges.count > 0 && privileges.highestScope == Scope::Admin)
        || b.accessesCredentials == Tristate::Yes)
        values.accessFootprint = AccessFootprint::AdminOrSecrets;
    else if (privileges.count <= 0)
        values.accessFootprint = AccessFootprint::None;
    else
        values.accessFootprint = privileges.highestScope == Scope::Read ? AccessFootprint::Read : AccessFootprint::Write;
    return values;
}

} // namespace Mandate
