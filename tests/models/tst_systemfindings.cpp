// The system-level findings of DOMAIN.md section 6: which rules fire for a system's record, with the
// severity and framework items an analyst sees, and the highest severity the map colours by. Each
// row starts from a well-governed identity subject, which raises nothing, and changes one fact.

#include "rules/systemfindings.h"

#include <QTest>
#include <functional>

using namespace Mandate;

namespace {

const QDate today(2025, 6, 30);

struct Case
{
    AiSystem system;
    DerivedValues derived;
    bool hasImportFinding = false;
};

// An agentic identity subject with owners, an offboarding plan and a recent review.
Case governed()
{
    Case c;
    c.system.name = QStringLiteral("Release agent");
    c.system.paradigm = Paradigm::Agentic;
    c.system.vendorOperated = Tristate::No;
    c.system.technicalOwner = 1;
    c.system.businessOwner = 2;
    c.system.offboardingPlan = QStringLiteral("Revoke its deploy token, detach the CI tools");
    c.system.lastReviewed = today.addDays(-10);
    c.derived.identitySubject = Tristate::Yes;
    c.derived.nhiRisk = Tristate::Yes;
    c.derived.suggestedParadigm = Paradigm::Agentic;
    return c;
}

Case governedWith(const std::function<void(Case &)> &change)
{
    Case c = governed();
    change(c);
    return c;
}

QVector<Finding> findingsOf(const Case &c)
{
    return systemFindings({ c.system, c.derived, today, c.hasImportFinding });
}

QStringList rulesOf(const QVector<Finding> &findings)
{
    QStringList rules;
    for (const Finding &finding : findings)
        rules << finding.rule;
    return rules;
}

Finding finding(Severity severity)
{
    return { QStringLiteral("F-TEST"), severity, QString(), {} };
}

} // namespace

Q_DECLARE_METATYPE(Case)
Q_DECLARE_METATYPE(Mandate::Severity)
Q_DECLARE_METATYPE(QVector<Mandate::Finding>)

class TestSystemFindings : public QObject
{
    Q_OBJECT

private slots:
    void firingRules_data();
    void firingRules();
    void severityAndFrameworks_data();
    void severityAndFrameworks();
    void reasonNamesTheFacts_data();
    void reasonNamesTheFacts();
    void highestSeverity_data();
    void highestSeverity();
};

void TestSystemFindings::firingRules_data()
{
    QTest::addColumn<Case>("input");
    QTest::addColumn<QStringList>("rules");

    const auto none = QStringList();
    const auto only = [](const char *rule) { return QStringList { QString::fromLatin1(rule) }; };

    QTest::addRow("a well-governed identity subject raises nothing") << governed() << none;

    QTest::addRow("an identity subject with no owner at all") << governedWith([](Case &c) {
        c.system.technicalOwner = 0;
        c.system.businessOwner = 0;
    }) << only("F-OWNER");
    QTest::addRow("an NHI risk with no owner at all") << governedWith([](Case &c) {
        c.derived.identitySubject = Tristate::No;
        c.system.technicalOwner = 0;
        c.system.businessOwner = 0;
    }) << only("F-OWNER");
    QTest::addRow("a business owner alone is an owner")
        << governedWith([](Case &c) { c.system.technicalOwner = 0; }) << none;
    QTest::addRow("a technical owner alone is an owner")
        << governedWith([](Case &c) { c.system.businessOwner = 0; }) << none;
    QTest::addRow("neither identity subject nor NHI risk needs no owner nor plan") << governedWith(
        [](Case &c) {
            c.derived.identitySubject = Tristate::No;
            c.derived.nhiRisk = Tristate::No;
            c.system.technicalOwner = 0;
            c.system.businessOwner = 0;
            c.system.offboardingPlan.clear();
        }) << none;
    QTest::addRow("unknown identity and NHI risk raise no owner nor plan finding") << governedWith(
        [](Case &c) {
            c.derived.identitySubject = Tristate::Unknown;
            c.derived.nhiRisk = Tristate::Unknown;
            c.system.technicalOwner = 0;
            c.system.businessOwner = 0;
            c.system.offboardingPlan.clear();
        }) << none;

    QTest::addRow("an identity subject with a blank offboarding plan")
        << governedWith([](Case &c) { c.system.offboardingPlan = QStringLiteral("  \n "); })
        << only("F-OFFBOARD");
    QTest::addRow("an NHI risk without an offboarding plan") << governedWith([](Case &c) {
        c.derived.identitySubject = Tristate::No;
        c.system.offboardingPlan.clear();
    }) << only("F-OFFBOARD");

    QTest::addRow("recorded generative, behaving agentic")
        << governedWith([](Case &c) { c.system.paradigm = Paradigm::Generative; }) << only("F-LABEL");
    QTest::addRow("recorded undecided, behaving agentic")
        << governedWith([](Case &c) { c.system.paradigm = Paradigm::Undecided; }) << only("F-LABEL");
    QTest::addRow("an undecided suggestion never contradicts the label")
        << governedWith([](Case &c) { c.derived.suggestedParadigm = Paradigm::Undecided; }) << none;

    QTest::addRow("an identity subject never reviewed is due")
        << governedWith([](Case &c) { c.system.lastReviewed = QDate(); }) << only("F-REVIEW-DUE");
    QTest::addRow("reviewed exactly 90 days ago is not yet due by default")
        << governedWith([](Case &c) { c.system.lastReviewed = today.addDays(-90); }) << none;
    QTest::addRow("reviewed 91 days ago is due by default")
        << governedWith([](Case &c) { c.system.lastReviewed = today.addDays(-91); }) << only("F-REVIEW-DUE");
    QTest::addRow("reviewed exactly 30 days ago on a 30-day cadence is not yet due") << governedWith(
        [](Case &c) {
            c.system.reviewCadenceDays = 30;
            c.system.lastReviewed = today.addDays(-30);
        }) << none;
    QTest::addRow("reviewed 31 days ago on a 30-day cadence is due") << governedWith([](Case &c) {
        c.system.reviewCadenceDays = 30;
        c.system.lastReviewed = today.addDays(-31);
    }) << only("F-REVIEW-DUE");
    QTest::addRow("reviewed 91 days ago on a 180-day cadence is not yet due") << governedWith([](Case &c) {
        c.system.reviewCadenceDays = 180;
        c.system.lastReviewed = today.addDays(-91);
    }) << none;
    QTest::addRow("a system that is no identity subject is never due for review") << governedWith(
        [](Case &c) {
            c.derived.identitySubject = Tristate::No;
            c.system.lastReviewed = QDate();
        }) << none;

    QTest::addRow("a vendor-operated system with a credential in its privileges") << governedWith(
        [](Case &c) {
            c.system.vendorOperated = Tristate::Yes;
            c.system.privileges.count = 1;
            c.system.privileges.anyCredential = true;
        }) << only("F-THIRD-PARTY");
    QTest::addRow("a vendor-operated system that accesses credentials") << governedWith([](Case &c) {
        c.system.vendorOperated = Tristate::Yes;
        c.system.behaviour.accessesCredentials = Tristate::Yes;
    }) << only("F-THIRD-PARTY");
    QTest::addRow("a vendor-operated system holding no credential") << governedWith([](Case &c) {
        c.system.vendorOperated = Tristate::Yes;
        c.system.behaviour.accessesCredentials = Tristate::No;
    }) << none;
    QTest::addRow("an in-house system holding credentials") << governedWith([](Case &c) {
        c.system.privileges.anyCredential = true;
        c.system.behaviour.accessesCredentials = Tristate::Yes;
    }) << none;
    QTest::addRow("an unknown operator holding credentials") << governedWith([](Case &c) {
        c.system.vendorOperated = Tristate::Unknown;
        c.system.privileges.anyCredential = true;
    }) << none;

    QTest::addRow("a secret found in its imported data")
        << governedWith([](Case &c) { c.hasImportFinding = true; }) << only("F-SECRET-IN-INVENTORY");

    QTest::addRow("an ungoverned identity subject raises every rule, in DOMAIN.md order")
        << governedWith([](Case &c) {
               c.system = AiSystem();
               c.system.vendorOperated = Tristate::Yes;
               c.system.privileges.anyCredential = true;
               c.hasImportFinding = true;
           })
        << QStringList { QStringLiteral("F-OWNER"), QStringLiteral("F-OFFBOARD"), QStringLiteral("F-LABEL"),
               QStringLiteral("F-REVIEW-DUE"), QStringLiteral("F-THIRD-PARTY"),
               QStringLiteral("F-SECRET-IN-INVENTORY") };
}

void TestSystemFindings::firingRules()
{
    QFETCH(Case, input);
    QFETCH(QStringList, rules);

    const QVector<Finding> findings = findingsOf(input);
    QCOMPARE(rulesOf(findings), rules);
    for (const Finding &f : findings)
        QVERIFY2(!f.reason.isEmpty(), qPrintable(f.rule));

    // The map's shortcut agrees with the full findings.
    const std::optional<Severity> highest = Mandate::highestSeverity(findings);
    const std::optional<Severity> shortcut
        = highestSystemSeverity({ input.system, input.derived, today, input.hasImportFinding });
    QCOMPARE(shortcut.has_value(), highest.has_value());
    if (highest)
        QCOMPARE(toId(*shortcut), toId(*highest));
}

void TestSystemFindings::severityAndFrameworks_data()
{
    QTest::addColumn<Case>("input");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<QStringList>("frameworks");

    QTest::addRow("a missing owner is high and maps to NHI1, ASI03 and CSF PR.AA-01")
        << governedWith([](Case &c) {
               c.system.technicalOwner = 0;
               c.system.businessOwner = 0;
           })
        << QStringLiteral("F-OWNER") << Severity::High
        << QStringList { QStringLiteral("NHI1"), QStringLiteral("ASI03"), QStringLiteral("CSF PR.AA-01") };
    QTest::addRow("a missing offboarding plan is medium and maps to NHI1")
        << governedWith([](Case &c) { c.system.offboardingPlan.clear(); }) << QStringLiteral("F-OFFBOARD")
        << Severity::Medium << QStringList { QStringLiteral("NHI1") };
    QTest::addRow("a wrong label is medium and maps to no catalog item")
        << governedWith([](Case &c) { c.system.paradigm = Paradigm::Predictive; })
        << QStringLiteral("F-LABEL") << Severity::Medium << QStringList();
    QTest::addRow("an overdue review is medium and maps to CSF PR.AA-05")
        << governedWith([](Case &c) { c.system.lastReviewed = QDate(); }) << QStringLiteral("F-REVIEW-DUE")
        << Severity::Medium << QStringList { QStringLiteral("CSF PR.AA-05") };
    QTest::addRow("a vendor holding credentials is medium and maps to NHI3") << governedWith([](Case &c) {
        c.system.vendorOperated = Tristate::Yes;
        c.system.privileges.anyCredential = true;
    }) << QStringLiteral("F-THIRD-PARTY") << Severity::Medium << QStringList { QStringLiteral("NHI3") };
    QTest::addRow("a secret in the inventory is high and maps to NHI2")
        << governedWith([](Case &c) { c.hasImportFinding = true; }) << QStringLiteral("F-SECRET-IN-INVENTORY")
        << Severity::High << QStringList { QStringLiteral("NHI2") };
}

void TestSystemFindings::severityAndFrameworks()
{
    QFETCH(Case, input);
    QFETCH(QString, rule);
    QFETCH(Severity, severity);
    QFETCH(QStringList, frameworks);

    const QVector<Finding> findings = findingsOf(input);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().rule, rule);
    QCOMPARE(toId(findings.first().severity), toId(severity));
    QCOMPARE(findings.first().frameworks, frameworks);
}

void TestSystemFindings::reasonNamesTheFacts_data()
{
    QTest::addColumn<Case>("input");
    QTest::addColumn<QString>("reason");

    QTest::addRow("an ownerless identity subject is named as one") << governedWith([](Case &c) {
        c.system.technicalOwner = 0;
        c.system.businessOwner = 0;
    }) << QStringLiteral("Identity subject without a technical or business owner");
    QTest::addRow("an ownerless NHI risk is named as one") << governedWith([](Case &c) {
        c.derived.identitySubject = Tristate::No;
        c.system.technicalOwner = 0;
        c.system.businessOwner = 0;
    }) << QStringLiteral("NHI risk without a technical or business owner");
    QTest::addRow("a planless NHI risk is named as one") << governedWith([](Case &c) {
        c.derived.identitySubject = Tristate::No;
        c.system.offboardingPlan.clear();
    }) << QStringLiteral("NHI risk without an offboarding plan");
    QTest::addRow("a wrong label names both paradigms")
        << governedWith([](Case &c) { c.system.paradigm = Paradigm::Generative; })
        << QStringLiteral("Recorded as Generative, but its behaviour suggests Agentic");
    QTest::addRow("an overdue review names the last review and the due date")
        << governedWith([](Case &c) { c.system.lastReviewed = QDate(2025, 3, 1); })
        << QStringLiteral("Identity subject last reviewed on 2025-03-01, review due on 2025-05-30");
    QTest::addRow("a review never done says so")
        << governedWith([](Case &c) { c.system.lastReviewed = QDate(); })
        << QStringLiteral("Identity subject never reviewed");
    QTest::addRow("a vendor holding credentials says so") << governedWith([](Case &c) {
        c.system.vendorOperated = Tristate::Yes;
        c.system.behaviour.accessesCredentials = Tristate::Yes;
    }) << QStringLiteral("Operated by a vendor and holds the organisation's credentials");
    QTest::addRow("a secret in the inventory says it was redacted")
        << governedWith([](Case &c) { c.hasImportFinding = true; })
        << QStringLiteral("A secret-looking value was found in its imported data and stored redacted");
}

void TestSystemFindings::reasonNamesTheFacts()
{
    QFETCH(Case, input);
    QFETCH(QString, reason);

    const QVector<Finding> findings = findingsOf(input);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().reason, reason);
}

void TestSystemFindings::highestSeverity_data()
{
    QTest::addColumn<QVector<Finding>>("findings");
    QTest::addColumn<QString>("highest"); // a Severity id, empty for none

    QTest::addRow("no findings have no severity") << QVector<Finding>() << QString();
    QTest::addRow("a single low finding is low")
        << QVector<Finding> { finding(Severity::Low) } << QStringLiteral("low");
    QTest::addRow("medium outranks low")
        << QVector<Finding> { finding(Severity::Low), finding(Severity::Medium), finding(Severity::Low) }
        << QStringLiteral("medium");
    QTest::addRow("high outranks the rest wherever it comes") << QVector<Finding> { finding(Severity::Medium),
        finding(Severity::High), finding(Severity::Low) } << QStringLiteral("high");
}

void TestSystemFindings::highestSeverity()
{
    QFETCH(QVector<Finding>, findings);
    QFETCH(QString, highest);

    const std::optional<Severity> severity = Mandate::highestSeverity(findings);
    QCOMPARE(severity ? toId(*severity) : QString(), highest);
}

QTEST_GUILESS_MAIN(TestSystemFindings)
#include "tst_systemfindings.moc"
