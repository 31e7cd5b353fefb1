// The derived facts of DOMAIN.md section 4, clause by clause, unknown values included. Each row
// checks the value and the rationale an analyst reads, word for word, in the source language.

#include "rules/derivedfacts.h"

#include <QTest>
#include <QTranslator>
#include <initializer_list>

using namespace Mandate;

Q_DECLARE_METATYPE(Mandate::Tristate)
Q_DECLARE_METATYPE(Mandate::ApprovalGate)
Q_DECLARE_METATYPE(Mandate::OutputKind)
Q_DECLARE_METATYPE(Mandate::RuntimeAuthority)
Q_DECLARE_METATYPE(Mandate::Paradigm)
Q_DECLARE_METATYPE(Mandate::AccessFootprint)
Q_DECLARE_METATYPE(Mandate::PrivilegeSummary)

namespace {

constexpr Tristate Y = Tristate::Yes;
constexpr Tristate N = Tristate::No;
constexpr Tristate U = Tristate::Unknown;

QStringList lines(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list << QString::fromUtf8(text);
    return list;
}

PrivilegeSummary privileges(int count, Scope highest, bool wildcardOrAdmin = false, bool credential = false)
{
    PrivilegeSummary summary;
    summary.count = count;
    summary.highestScope = highest;
    summary.anyPrivilegeOnWildcardOrAdmin = wildcardOrAdmin;
    summary.anyCredential = credential;
    return summary;
}

// Turns one translation context into a recognisable one, to see that rationales are translated.
class MarkingTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "DerivedFacts") == 0 && qstrcmp(source, "%1: %2") == 0)
            return QStringLiteral("%1 = %2");
        return QString();
    }
};

} // namespace

class TestDerivedFacts : public QObject
{
    Q_OBJECT

private slots:
    void identitySubject_data();
    void identitySubject();
    void nhiRisk_data();
    void nhiRisk();
    void runtimeAuthority_data();
    void runtimeAuthority();
    void suggestedParadigm_data();
    void suggestedParadigm();
    void accessFootprint_data();
    void accessFootprint();
    void deriveFactsGathersAllFive();
    void rationaleFollowsTheTranslation();
    void valuesAgreeWithFactsEverywhere();
};

void TestDerivedFacts::identitySubject_data()
{
    QTest::addColumn<Tristate>("selectsActions");
    QTest::addColumn<Tristate>("usesTools");
    QTest::addColumn<ApprovalGate>("gate");
    QTest::addColumn<Tristate>("expected");
    QTest::addColumn<QStringList>("rationale");

    const QStringList allThree = lines({ "Selects actions: Yes", "Uses tools: Yes", "Approval gate: None" });
    QTest::addRow("acting with tools and no gate is an identity subject")
        << Y << Y << ApprovalGate::None << Y << allThree;
    QTest::addRow("not selecting actions rules it out")
        << N << Y << ApprovalGate::None << N << lines({ "Selects actions: No" });
    QTest::addRow("using no tools rules it out")
        << Y << N << ApprovalGate::None << N << lines({ "Uses tools: No" });
    QTest::addRow("a per-action gate rules it out")
        << Y << Y << ApprovalGate::PerAction << N << lines({ "Approval gate: Per action" });
    QTest::addRow("a per-session gate rules it out")
        << Y << Y << ApprovalGate::PerSession << N << lines({ "Approval gate: Per session" });
    QTest::addRow("a two-person gate rules it out")
        << Y << Y << ApprovalGate::TwoPerson << N << lines({ "Approval gate: Two-person" });
    QTest::addRow("one false fact decides even when the others are unknown")
        << N << U << ApprovalGate::Unknown << N << lines({ "Selects actions: No" });
    QTest::addRow("a gate decides even when the others are unknown")
        << U << U << ApprovalGate::PerAction << N << lines({ "Approval gate: Per action" });
    QTest::addRow("every false fact is named")
        << N << N << ApprovalGate::TwoPerson << N
        << lines({ "Selects actions: No", "Uses tools: No", "Approval gate: Two-person" });
    QTest::addRow("unknown action selection leaves it open")
        << U << Y << ApprovalGate::None << U << lines({ "Selects actions: Unknown" });
    QTest::addRow("unknown tool use leaves it open")
        << Y << U << ApprovalGate::None << U << lines({ "Uses tools: Unknown" });
    QTest::addRow("an unknown gate leaves it open")
        << Y << Y << ApprovalGate::Unknown << U << lines({ "Approval gate: Unknown" });
    QTest::addRow("nothing known names all three facts")
        << U << U << ApprovalGate::Unknown << U
        << lines({ "Selects actions: Unknown", "Uses tools: Unknown", "Approval gate: Unknown" });
}

void TestDerivedFacts::identitySubject()
{
    QFETCH(Tristate, selectsActions);
    QFETCH(Tristate, usesTools);
    QFETCH(ApprovalGate, gate);
    QFETCH(Tristate, expected);
    QFETCH(QStringList, rationale);

    Behaviour behaviour;
    behaviour.selectsActions = selectsActions;
    behaviour.usesTools = usesTools;
    behaviour.approvalGate = gate;
    const DerivedFact<Tristate> fact = Mandate::identitySubject(behaviour);
    QCOMPARE(toId(fact.value), toId(expected));
    QCOMPARE(fact.rationale, rationale);
}

void TestDerivedFacts::nhiRisk_data()
{
    QTest::addColumn<Tristate>("accessesCredentials");
    QTest::addColumn<Tristate>("usesTools");
    QTest::addColumn<Tristate>("affectsExternal");
    QTest::addColumn<bool>("credentialInPrivileges");
    QTest::addColumn<Tristate>("expected");
    QTest::addColumn<QStringList>("rationale");

    QTest::addRow("accessing credentials is a risk")
        << Y << N << N << false << Y << lines({ "Accesses credentials: Yes" });
    QTest::addRow("using tools is a risk") << N << Y << N << false << Y << lines({ "Uses tools: Yes" });
    QTest::addRow("affecting external systems is a risk")
        << N << N << Y << false << Y << lines({ "Affects external systems: Yes" });
    QTest::addRow("a credential in its privileges is a risk")
        << N << N << N << true << Y << lines({ "A privilege of this system uses a credential" });
    QTest::addRow("a credential decides although behaviour is unknown")
        << U << U << U << true << Y << lines({ "A privilege of this system uses a credential" });
    QTest::addRow("one true fact decides although others are unknown")
        << Y << U << U << false << Y << lines({ "Accesses credentials: Yes" });
    QTest::addRow("every true fact is named")
        << Y << Y << Y << true << Y
        << lines({ "Accesses credentials: Yes", "Uses tools: Yes", "Affects external systems: Yes",
               "A privilege of this system uses a credential" });
    QTest::addRow("no risk only when every fact is no")
        << N << N << N << false << N
        << lines({ "Accesses credentials: No", "Uses tools: No", "Affects external systems: No",
               "No privilege uses a credential" });
    QTest::addRow("one unknown fact leaves it open")
        << N << U << N << false << U << lines({ "Uses tools: Unknown" });
    QTest::addRow("nothing known names every unknown fact")
        << U << U << U << false << U
        << lines({ "Accesses credentials: Unknown", "Uses tools: Unknown",
               "Affects external systems: Unknown" });
}

void TestDerivedFacts::nhiRisk()
{
    QFETCH(Tristate, accessesCredentials);
    QFETCH(Tristate, usesTools);
    QFETCH(Tristate, affectsExternal);
    QFETCH(bool, credentialInPrivileges);
    QFETCH(Tristate, expected);
    QFETCH(QStringList, rationale);

    Behaviour behaviour;
    behaviour.accessesCredentials = accessesCredentials;
    behaviour.usesTools = usesTools;
    behaviour.affectsExternalSystems = affectsExternal;
    const PrivilegeSummary summary = privileges(1, Scope::Read, false, credentialInPrivileges);
    const DerivedFact<Tristate> fact = Mandate::nhiRisk(behaviour, summary);
    QCOMPARE(toId(fact.value), toId(expected));
    QCOMPARE(fact.rationale, rationale);
}

void TestDerivedFacts::runtimeAuthority_data()
{
    QTest::addColumn<Tristate>("feedsExecution");
    QTest::addColumn<Tristate>("affectsExternal");
    QTest::addColumn<Tristate>("selectsActions");
    QTest::addColumn<Tristate>("usesTools");
    QTest::addColumn<ApprovalGate>("gate");
    QTest::addColumn<OutputKind>("output");
    QTest::addColumn<RuntimeAuthority>("expected");
    QTest::addColumn<QStringList>("rationale");

    using G = ApprovalGate;
    using O = OutputKind;
    using R = RuntimeAuthority;
    // Reaches execution.
    QTest::addRow("output feeding execution with no gate executes autonomously")
        << Y << N << N << N << G::None << O::Explanation << R::AutonomousExecution
        << lines({ "Output feeds execution: Yes", "Approval gate: None" });
    QTest::addRow("affecting external systems behind a per-action gate is gated")
        << N << Y << U << U << G::PerAction << O::Content << R::GatedExecution
        << lines({ "Affects external systems: Yes", "Approval gate: Per action" });
    QTest::addRow("selecting actions with tools behind a per-session gate is gated")
        << N << N << Y << Y << G::PerSession << O::Action << R::GatedExecution
        << lines({ "Selects actions: Yes", "Uses tools: Yes", "Approval gate: Per session" });
    QTest::addRow("a two-person gate is gated")
        << Y << U << U << U << G::TwoPerson << O::Unknown << R::GatedExecution
        << lines({ "Output feeds execution: Yes", "Approval gate: Two-person" });
    QTest::addRow("one path to execution decides although others are unknown")
        << U << Y << U << N << G::None << O::Unknown << R::AutonomousExecution
        << lines({ "Affects external systems: Yes", "Approval gate: None" });
    QTest::addRow("reaching execution through an unknown gate is unknown")
        << Y << N << N << N << G::Unknown << O::Action << R::Unknown
        << lines({ "Output feeds execution: Yes", "Approval gate: Unknown" });
    // Definitely does not reach execution: the output kind decides; the gate does not matter.
    QTest::addRow("content with no path to execution generates")
        << N << N << N << Y << G::None << O::Content << R::Generates
        << lines({ "Output feeds execution: No", "Affects external systems: No", "Selects actions: No",
               "Output kind: Content" });
    QTest::addRow("an explanation with no path to execution informs")
        << N << N << Y << N << G::Unknown << O::Explanation << R::Informs
        << lines({ "Output feeds execution: No", "Affects external systems: No", "Uses tools: No",
               "Output kind: Explanation" });
    QTest::addRow("a prediction with no path to execution informs")
        << N << N << N << N << G::PerAction << O::Prediction << R::Informs
        << lines({ "Output feeds execution: No", "Affects external systems: No", "Selects actions: No",
               "Uses tools: No", "Output kind: Prediction" });
    QTest::addRow("tool use does not matter to a system that selects no actions")
        << N << N << N << U << G::Unknown << O::Content << R::Generates
        << lines({ "Output feeds execution: No", "Affects external systems: No", "Selects actions: No",
               "Output kind: Content" });
    QTest::addRow("an action with no path to execution is a contradiction")
        << N << N << N << N << G::None << O::Action << R::Unknown
        << lines({ "Output feeds execution: No", "Affects external systems: No", "Selects actions: No",
               "Uses tools: No", "Output kind: Action",
               "Its output is an action, yet nothing gives it a path to execution" });
    QTest::addRow("an unknown output kind with no path to execution is unknown")
        << N << N << U << N << G::None << O::Unknown << R::Unknown
        << lines({ "Output feeds execution: No", "Affects external systems: No", "Uses tools: No",
               "Output kind: Unknown" });
    // Cannot tell whether it reaches execution.
    const char *open = "Not known whether its output reaches execution";
    QTest::addRow("unknown feeding of execution leaves it open")
        << U << N << N << N << G::None << O::Content << R::Unknown
        << lines({ open, "Output feeds execution: Unknown" });
    QTest::addRow("unknown external effect leaves it open")
        << N << U << N << N << G::None << O::Content << R::Unknown
        << lines({ open, "Affects external systems: Unknown" });
    QTest::addRow("selecting actions with unknown tool use leaves it open")
        << N << N << Y << U << G::None << O::Content << R::Unknown << lines({ open, "Uses tools: Unknown" });
    QTest::addRow("tool use with unknown action selection leaves it open")
        << N << N << U << Y << G::None << O::Content << R::Unknown
        << lines({ open, "Selects actions: Unknown" });
    QTest::addRow("nothing known names every open fact")
        << U << U << U << U << G::Unknown << O::Unknown << R::Unknown
        << lines({ open, "Output feeds execution: Unknown", "Affects external systems: Unknown",
               "Selects actions: Unknown", "Uses tools: Unknown" });
}

void TestDerivedFacts::runtimeAuthority()
{
    QFETCH(Tristate, feedsExecution);
    QFETCH(Tristate, affectsExternal);
    QFETCH(Tristate, selectsActions);
    QFETCH(Tristate, usesTools);
    QFETCH(ApprovalGate, gate);
    QFETCH(OutputKind, output);
    QFETCH(RuntimeAuthority, expected);
    QFETCH(QStringList, rationale);

    Behaviour behaviour;
    behaviour.outputFeedsExecution = feedsExecution;
    behaviour.affectsExternalSystems = affectsExternal;
    behaviour.selectsActions = selectsActions;
    behaviour.usesTools = usesTools;
    behaviour.approvalGate = gate;
    behaviour.outputKind = output;
    const DerivedFact<RuntimeAuthority> fact = Mandate::runtimeAuthority(behaviour);
    QCOMPARE(toId(fact.value), toId(expected));
    QCOMPARE(fact.rationale, rationale);
}

void TestDerivedFacts::suggestedParadigm_data()
{
    QTest::addColumn<Tristate>("selectsActions");
    QTest::addColumn<Tristate>("usesTools");
    QTest::addColumn<Tristate>("affectsExternal");
    QTest::addColumn<OutputKind>("output");
    QTest::addColumn<Paradigm>("expected");
    QTest::addColumn<QStringList>("rationale");

    using O = OutputKind;
    using P = Paradigm;
    // Agentic holds.
    QTest::addRow("selecting actions with tools is agentic")
        << Y << Y << N << O::Content << P::Agentic << lines({ "Selects actions: Yes", "Uses tools: Yes" });
    QTest::addRow("selecting actions that affect external systems is agentic")
        << Y << N << Y << O::Prediction << P::Agentic
        << lines({ "Selects actions: Yes", "Affects external systems: Yes" });
    QTest::addRow("every agentic fact is named")
        << Y << Y << Y << O::Action << P::Agentic
        << lines({ "Selects actions: Yes", "Uses tools: Yes", "Affects external systems: Yes" });
    QTest::addRow("agentic needs only one of tools and external effect")
        << Y << Y << U << O::Unknown << P::Agentic << lines({ "Selects actions: Yes", "Uses tools: Yes" });
    // Agentic ruled out: the output kind decides.
    QTest::addRow("content without selecting actions is generative")
        << N << Y << Y << O::Content << P::Generative
        << lines({ "Selects actions: No", "Output kind: Content" });
    QTest::addRow("an explanation without tools or external effect is causal")
        << Y << N << N << O::Explanation << P::Causal
        << lines({ "Uses tools: No", "Affects external systems: No", "Output kind: Explanation" });
    QTest::addRow("a prediction without selecting actions is predictive")
        << N << U << U << O::Prediction << P::Predictive
        << lines({ "Selects actions: No", "Output kind: Prediction" });
    QTest::addRow("every fact ruling out agentic is named")
        << N << N << N << O::Content << P::Generative
        << lines({ "Selects actions: No", "Uses tools: No", "Affects external systems: No",
               "Output kind: Content" });
    QTest::addRow("acting without selecting actions is undecided")
        << N << N << N << O::Action << P::Undecided
        << lines({ "Selects actions: No", "Uses tools: No", "Affects external systems: No",
               "Output kind: Action", "It acts, but does not select actions with tools" });
    QTest::addRow("acting without tools or external effect is undecided")
        << Y << N << N << O::Action << P::Undecided
        << lines({ "Uses tools: No", "Affects external systems: No", "Output kind: Action",
               "It acts, but does not select actions with tools" });
    QTest::addRow("an unknown output kind is undecided")
        << N << U << U << O::Unknown << P::Undecided
        << lines({ "Selects actions: No", "Output kind: Unknown" });
    // Agentic not ruled out: a suggestion from the output kind stands, with a warning.
    QTest::addRow("content with unknown action selection is generative but says so")
        << U << Y << N << O::Content << P::Generative
        << lines({ "Output kind: Content", "Agentic could not be ruled out (Selects actions: Unknown)" });
    QTest::addRow("an explanation with unknown tools and external effect names both")
        << Y << U << U << O::Explanation << P::Causal
        << lines({ "Output kind: Explanation", "Agentic could not be ruled out (Uses tools: Unknown)",
               "Agentic could not be ruled out (Affects external systems: Unknown)" });
    QTest::addRow("a prediction with unknown tool use is predictive but says so")
        << Y << U << N << O::Prediction << P::Predictive
        << lines({ "Output kind: Prediction", "Agentic could not be ruled out (Uses tools: Unknown)" });
    QTest::addRow("content with unknown action selection and external effect names both")
        << U << N << U << O::Content << P::Generative
        << lines({ "Output kind: Content", "Agentic could not be ruled out (Selects actions: Unknown)",
               "Agentic could not be ruled out (Affects external systems: Unknown)" });
    // Agentic not ruled out and no suggestion from the output kind.
    QTest::addRow("acting with unknown action selection is undecided")
        << U << Y << U << O::Action << P::Undecided
        << lines({ "Output kind: Action", "Selects actions: Unknown" });
    QTest::addRow("selecting actions with unknown means and output is undecided")
        << Y << U << U << O::Unknown << P::Undecided
        << lines({ "Output kind: Unknown", "Uses tools: Unknown", "Affects external systems: Unknown" });
    QTest::addRow("nothing known names every missing fact")
        << U << U << U << O::Unknown << P::Undecided
        << lines({ "Output kind: Unknown", "Selects actions: Unknown", "Uses tools: Unknown",
               "Affects external systems: Unknown" });
}

void TestDerivedFacts::suggestedParadigm()
{
    QFETCH(Tristate, selectsActions);
    QFETCH(Tristate, usesTools);
    QFETCH(Tristate, affectsExternal);
    QFETCH(OutputKind, output);
    QFETCH(Paradigm, expected);
    QFETCH(QStringList, rationale);

    Behaviour behaviour;
    behaviour.selectsActions = selectsActions;
    behaviour.usesTools = usesTools;
    behaviour.affectsExternalSystems = affectsExternal;
    behaviour.outputKind = output;
    const DerivedFact<Paradigm> fact = Mandate::suggestedParadigm(behaviour);
    QCOMPARE(toId(fact.value), toId(expected));
    QCOMPARE(fact.rationale, rationale);
}

void TestDerivedFacts::accessFootprint_data()
{
    QTest::addColumn<Tristate>("accessesCredentials");
    QTest::addColumn<PrivilegeSummary>("summary");
    QTest::addColumn<AccessFootprint>("expected");
    QTest::addColumn<QStringList>("rationale");

    using F = AccessFootprint;
    const char *mayHoldSecrets = "Admin or secrets could not be ruled out (Accesses credentials: Unknown)";
    QTest::addRow("no privileges is no footprint")
        << N << privileges(0, Scope::Read) << F::None << lines({ "Holds no privileges" });
    QTest::addRow("a scope without privileges means nothing")
        << N << privileges(0, Scope::Write) << F::None << lines({ "Holds no privileges" });
    QTest::addRow("read scope reads")
        << N << privileges(2, Scope::Read) << F::Read << lines({ "Highest privilege scope: Read" });
    QTest::addRow("write scope writes")
        << N << privileges(3, Scope::Write) << F::Write << lines({ "Highest privilege scope: Write" });
    QTest::addRow("execute scope counts as write")
        << N << privileges(1, Scope::Execute) << F::Write << lines({ "Highest privilege scope: Execute" });
    QTest::addRow("admin scope is admin") << N << privileges(1, Scope::Admin) << F::AdminOrSecrets
                                          << lines({ "Highest privilege scope: Admin" });
    QTest::addRow("a wildcard privilege is admin")
        << N << privileges(1, Scope::Read, true) << F::AdminOrSecrets
        << lines({ "Holds a wildcard or admin privilege" });
    QTest::addRow("an admin privilege is named once")
        << N << privileges(4, Scope::Admin, true) << F::AdminOrSecrets
        << lines({ "Holds a wildcard or admin privilege" });
    QTest::addRow("a credential behind a read privilege stays read")
        << N << privileges(1, Scope::Read, false, true) << F::Read
        << lines({ "Highest privilege scope: Read" });
    QTest::addRow("accessing credentials is secrets without privileges")
        << Y << privileges(0, Scope::Read) << F::AdminOrSecrets << lines({ "Accesses credentials: Yes" });
    QTest::addRow("every reason for admin or secrets is named")
        << Y << privileges(2, Scope::Write, true, true) << F::AdminOrSecrets
        << lines({ "Holds a wildcard or admin privilege", "Accesses credentials: Yes" });
    QTest::addRow("unknown credential access is flagged on read")
        << U << privileges(1, Scope::Read) << F::Read
        << lines({ "Highest privilege scope: Read", mayHoldSecrets });
    QTest::addRow("unknown credential access is flagged without privileges")
        << U << privileges(0, Scope::Read) << F::None << lines({ "Holds no privileges", mayHoldSecrets });
    QTest::addRow("unknown credential access does not matter once admin")
        << U << privileges(1, Scope::Admin) << F::AdminOrSecrets
        << lines({ "Highest privilege scope: Admin" });
}

void TestDerivedFacts::accessFootprint()
{
    QFETCH(Tristate, accessesCredentials);
    QFETCH(PrivilegeSummary, summary);
    QFETCH(AccessFootprint, expected);
    QFETCH(QStringList, rationale);

    Behaviour behaviour;
    behaviour.accessesCredentials = accessesCredentials;
    const DerivedFact<AccessFootprint> fact = Mandate::accessFootprint(behaviour, summary);
    QCOMPARE(toId(fact.value), toId(expected));
    QCOMPARE(fact.rationale, rationale);
}

void TestDerivedFacts::deriveFactsGathersAllFive()
{
    AiSystem system;
    system.behaviour.outputKind = OutputKind::Action;
    system.behaviour.selectsActions = Y;
    system.behaviour.usesTools = Y;
    system.behaviour.approvalGate = ApprovalGate::None;
    system.behaviour.accessesCredentials = N;
    system.privileges = privileges(2, Scope::Write);

    const DerivedFacts facts = deriveFacts(system);
    QCOMPARE(toId(facts.identitySubject.value), toId(Y));
    QCOMPARE(facts.identitySubject.rationale, Mandate::identitySubject(system.behaviour).rationale);
    QCOMPARE(toId(facts.nhiRisk.value), toId(Y));
    QCOMPARE(facts.nhiRisk.rationale, Mandate::nhiRisk(system.behaviour, system.privileges).rationale);
    QCOMPARE(toId(facts.runtimeAuthority.value), toId(RuntimeAuthority::AutonomousExecution));
    QCOMPARE(facts.runtimeAuthority.rationale, Mandate::runtimeAuthority(system.behaviour).rationale);
    QCOMPARE(toId(facts.suggestedParadigm.value), toId(Paradigm::Agentic));
    QCOMPARE(facts.suggestedParadigm.rationale, Mandate::suggestedParadigm(system.behaviour).rationale);
    QCOMPARE(toId(facts.accessFootprint.value), toId(AccessFootprint::Write));
    QCOMPARE(facts.accessFootprint.rationale,
        Mandate::accessFootprint(system.behaviour, system.privileges).rationale);
}

void TestDerivedFacts::rationaleFollowsTheTranslation()
{
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    Behaviour behaviour;
    behaviour.selectsActions = N;
    const QStringList rationale = Mandate::identitySubject(behaviour).rationale;
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(rationale, lines({ "Selects actions = No" }));
}


// deriveValues() is the same rules without sentences; every combination of inputs must agree.
void TestDerivedFacts::valuesAgreeWithFactsEverywhere()
{
    const QVector<Tristate> tristates { U, N, Y };
    const QVector<PrivilegeSummary> summaries { privileges(0, Scope::Read), privileges(2, Scope::Read),
        privileges(1, Scope::Write, false, true), privileges(1, Scope::Execute), privileges(3, Scope::Admin, true),
        privileges(1, Scope::Write, true, true) };
    int checked = 0;
    for (int kind = 0; kind < valueCount<OutputKind>(); ++kind)
    for (int gate = 0; gate < valueCount<ApprovalGate>(); ++gate)
    for (Tristate selects : tristates)
    for (Tristate tools : tristates)
    for (Tristate credentials : tristates)
    for (Tristate external : tristates)
    for (Tristate feeds : tristates)
    for (const PrivilegeSummary &summary : summaries) {
        Behaviour b;
        b.outputKind = static_cast<OutputKind>(kind);
        b.approvalGate = static_cast<ApprovalGate>(gate);
        b.selectsActions = selects;
        b.usesTools = tools;
        b.accessesCredentials = credentials;
        b.affectsExternalSystems = external;
        b.outputFeedsExecution = feeds;
        const DerivedValues values = deriveValues(b, summary);
        QCOMPARE(values.identitySubject, Mandate::identitySubject(b).value);
        QCOMPARE(values.nhiRisk, Mandate::nhiRisk(b, summary).value);
        QCOMPARE(values.runtimeAuthority, Mandate::runtimeAuthority(b).value);
        QCOMPARE(values.suggestedParadigm, Mandate::suggestedParadigm(b).value);
        QCOMPARE(values.accessFootprint, Mandate::accessFootprint(b, summary).value);
        ++checked;
    }
    QCOMPARE(checked, 5 * 5 * 243 * 6);
}

QTEST_GUILESS_MAIN(TestDerivedFacts)
#include "tst_derivedfacts.moc"
