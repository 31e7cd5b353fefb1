// The findings of DOMAIN.md section 6 about a system's own record (owner, offboarding plan, label,
// review, vendor, secret in the inventory), with the severity, framework items and reason an analyst
// sees for every rule, and the highest severity the map colours by. Each row starts from a
// well-governed identity subject (findingsfixtures.h), which raises nothing, and changes one fact.
// The privilege and credential rules are in tst_privilegefindings.

#include "findingsfixtures.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTest>

using namespace Mandate;
using namespace FindingsFixtures;

namespace {

Finding finding(Severity severity)
{
    return { QStringLiteral("F-TEST"), severity, QString(), {} };
}

} // namespace

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
    verifyFiringRules(input, rules);
}

void TestSystemFindings::severityAndFrameworks_data()
{
    QTest::addColumn<Case>("input");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<QStringList>("frameworks");
    QTest::addColumn<Ids>("cause"); // privilege id, credential id

    const Ids ofSystem { 0, 0 };
    const Ids ofPrivilege { pushTags, 0 };
    const Ids ofCredential { 0, releaseBot };

    QTest::addRow("a missing owner is high and maps to NHI1, ASI03 and CSF PR.AA-01")
        << governedWith([](Case &c) {
               c.system.technicalOwner = 0;
               c.system.businessOwner = 0;
           })
        << QStringLiteral("F-OWNER") << Severity::High << listOf({ "NHI1", "ASI03", "CSF PR.AA-01" }) << ofSystem;
    QTest::addRow("an unlogged privilege is high and maps to 800-207 T7, ASI08 and threat T8")
        << governedWith([](Case &c) { privilege(c).logging = Logging::None; }) << QStringLiteral("F-LOGGING")
        << Severity::High << listOf({ "800-207 T7", "ASI08", "threat T8" }) << ofPrivilege;
    QTest::addRow("a missing offboarding plan is medium and maps to NHI1")
        << governedWith([](Case &c) { c.system.offboardingPlan.clear(); }) << QStringLiteral("F-OFFBOARD")
        << Severity::Medium << listOf({ "NHI1" }) << ofSystem;
    QTest::addRow("an unjustified admin scope is high and maps to NHI5, ASI03, both CSF items and 800-207 T3")
        << governedWith([](Case &c) {
               privilege(c).scope = Scope::Admin;
               privilege(c).justification.clear();
           })
        << QStringLiteral("F-OVERPRIV") << Severity::High
        << listOf({ "NHI5", "ASI03", "CSF PR.AC-4", "CSF PR.AA-05", "800-207 T3" }) << ofPrivilege;
    QTest::addRow("a secret kept in code is high and maps to NHI2")
        << governedWith([](Case &c) { credential(c).storage = CredentialStorage::Code; })
        << QStringLiteral("F-SECRET-STORE") << Severity::High << listOf({ "NHI2" }) << ofCredential;
    QTest::addRow("a long-lived credential is medium and maps to NHI7")
        << governedWith([](Case &c) { credential(c).expires = QDate(); }) << QStringLiteral("F-LONG-LIVED")
        << Severity::Medium << listOf({ "NHI7" }) << ofCredential;
    QTest::addRow("a reused credential is medium and maps to NHI9")
        << governedWith([](Case &c) { c.systemsPerCredential[releaseBot] = 4; }) << QStringLiteral("F-REUSE")
        << Severity::Medium << listOf({ "NHI9" }) << ofCredential;
    QTest::addRow("a credential across environments is medium and maps to NHI8")
        << governedWith([](Case &c) { credential(c).environments << QStringLiteral("test"); })
        << QStringLiteral("F-ENV") << Severity::Medium << listOf({ "NHI8" }) << ofCredential;
    QTest::addRow("a credential people use is medium and maps to NHI10")
        << governedWith([](Case &c) { credential(c).usedByHumans = Tristate::Yes; })
        << QStringLiteral("F-HUMAN-USE") << Severity::Medium << listOf({ "NHI10" }) << ofCredential;
    QTest::addRow("an ungated code commit is high and maps to ASI02, ASI05 and 800-207 T6")
        << governedWith([](Case &c) { privilege(c).approvalGate = ApprovalGate::None; })
        << QStringLiteral("F-HANDOFF") << Severity::High << listOf({ "ASI02", "ASI05", "800-207 T6" })
        << ofPrivilege;
    QTest::addRow("an ungated payment maps to ASI02 and 800-207 T6, not to ASI05 which is about code")
        << governedWith([](Case &c) {
               privilege(c).approvalGate = ApprovalGate::None;
               privilege(c).handoff = HandoffPoint::Payment;
           })
        << QStringLiteral("F-HANDOFF") << Severity::High << listOf({ "ASI02", "800-207 T6" }) << ofPrivilege;
    QTest::addRow("a wrong label is medium and maps to no catalog item")
        << governedWith([](Case &c) { c.system.paradigm = Paradigm::Predictive; }) << QStringLiteral("F-LABEL")
        << Severity::Medium << QStringList() << ofSystem;
    QTest::addRow("an overdue review is medium and maps to CSF PR.AA-05")
        << governedWith([](Case &c) { c.system.lastReviewed = QDate(); }) << QStringLiteral("F-REVIEW-DUE")
        << Severity::Medium << listOf({ "CSF PR.AA-05" }) << ofSystem;
    QTest::addRow("a vendor holding credentials is medium and maps to NHI3") << governedWith([](Case &c) {
        c.system.vendorOperated = Tristate::Yes;
        c.system.privileges.anyCredential = true;
    }) << QStringLiteral("F-THIRD-PARTY") << Severity::Medium << listOf({ "NHI3" }) << ofSystem;
    QTest::addRow("a static API key is low and maps to NHI4 and 800-207 section 5.7")
        << governedWith([](Case &c) { credential(c).kind = CredentialKind::ApiKey; })
        << QStringLiteral("F-WEAK-AUTHN") << Severity::Low << listOf({ "NHI4", "800-207 section 5.7" })
        << ofCredential;
    QTest::addRow("a secret in the inventory is high and maps to NHI2")
        << governedWith([](Case &c) { c.hasImportFinding = true; }) << QStringLiteral("F-SECRET-IN-INVENTORY")
        << Severity::High << listOf({ "NHI2" }) << ofSystem;
}

void TestSystemFindings::severityAndFrameworks()
{
    QFETCH(Case, input);
    QFETCH(QString, rule);
    QFETCH(Severity, severity);
    QFETCH(QStringList, frameworks);
    QFETCH(Ids, cause);

    const QVector<Finding> findings = findingsOf(input);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().rule, rule);
    QCOMPARE(toId(findings.first().severity), toId(severity));
    QCOMPARE(findings.first().frameworks, frameworks);
    QCOMPARE((Ids { findings.first().privilegeId, findings.first().credentialId }), cause);
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
    QTest::addRow("an unlogged privilege names its target")
        << governedWith([](Case &c) { privilege(c).logging = Logging::None; })
        << QStringLiteral("Identity subject acts on github.com/acme/app with no logging");
    QTest::addRow("an unjustified admin scope names its target") << governedWith([](Case &c) {
        privilege(c).scope = Scope::Admin;
        privilege(c).justification.clear();
    }) << QStringLiteral("Admin scope on github.com/acme/app without a justification");
    QTest::addRow("an unjustified wildcard names its scope and target") << governedWith([](Case &c) {
        privilege(c).wildcard = true;
        privilege(c).justification.clear();
    }) << QStringLiteral("Wildcard scope (Write) on github.com/acme/app without a justification");
    QTest::addRow("a secret outside a secrets manager names the credential and where it is")
        << governedWith([](Case &c) { credential(c).storage = CredentialStorage::EnvVar; })
        << QStringLiteral("Credential svc-release-bot is stored outside a secrets manager (Environment variable)");
    QTest::addRow("a credential without expiry says so")
        << governedWith([](Case &c) { credential(c).expires = QDate(); })
        << QStringLiteral("Credential svc-release-bot never expires");
    QTest::addRow("an overdue rotation names the last rotation")
        << governedWith([](Case &c) { credential(c).lastRotated = QDate(2025, 3, 1); })
        << QStringLiteral("Credential svc-release-bot last rotated on 2025-03-01, more than 90 days ago");
    QTest::addRow("no expiry and an overdue rotation are named together") << governedWith([](Case &c) {
        credential(c).expires = QDate();
        credential(c).lastRotated = QDate(2025, 3, 1);
    }) << QStringLiteral("Credential svc-release-bot never expires and was last rotated on 2025-03-01, more "
                         "than 90 days ago");
    QTest::addRow("a credential never rotated names its creation") << governedWith([](Case &c) {
        credential(c).lastRotated = QDate();
        credential(c).created = QDate(2025, 1, 15);
    }) << QStringLiteral("Credential svc-release-bot not rotated since its creation on 2025-01-15, more than 90 "
                         "days ago");
    QTest::addRow("no expiry and no rotation since creation are named together") << governedWith([](Case &c) {
        credential(c).expires = QDate();
        credential(c).lastRotated = QDate();
        credential(c).created = QDate(2025, 1, 15);
    }) << QStringLiteral("Credential svc-release-bot never expires and has not been rotated since its creation on "
                         "2025-01-15, more than 90 days ago");
    QTest::addRow("a reused credential names how many systems use it")
        << governedWith([](Case &c) { c.systemsPerCredential[releaseBot] = 3; })
        << QStringLiteral("Credential svc-release-bot is used by 3 systems");
    QTest::addRow("a credential across environments names the others once each")
        << governedWith([](Case &c) {
               credential(c).environments = QStringList { QStringLiteral("staging"), QStringLiteral("Prod"),
                   QStringLiteral("dev"), QStringLiteral("Staging") };
           })
        << QStringLiteral("Credential svc-release-bot is used in production and in staging, dev");
    QTest::addRow("a credential people use says so")
        << governedWith([](Case &c) { credential(c).usedByHumans = Tristate::Yes; })
        << QStringLiteral("People also use credential svc-release-bot");
    QTest::addRow("an ungated handoff names its target and kind")
        << governedWith([](Case &c) { privilege(c).approvalGate = ApprovalGate::None; })
        << QStringLiteral("Handoff point on github.com/acme/app without an approval gate (Code commit)");
    QTest::addRow("a static API key names the credential")
        << governedWith([](Case &c) { credential(c).kind = CredentialKind::ApiKey; })
        << QStringLiteral("Credential svc-release-bot is a static API key where workload identity or OAuth is "
                          "possible");
    QTest::addRow("a secret in the inventory says it was redacted")
        << governedWith([](Case &c) { c.hasImportFinding = true; })
        << QStringLiteral("A secret-looking value was found in its imported data and stored redacted");
}

void TestSystemFindings::reasonNamesTheFacts()
{
    QFETCH(Case, input);
    QFETCH(QString, reason);

    // The rows give dates in ISO; a reason writes them as the UI locale does, like the window.
    static const QRegularExpression isoDate(QStringLiteral("\\d{4}-\\d{2}-\\d{2}"));
    QRegularExpressionMatch match;
    while ((match = isoDate.match(reason)).hasMatch()) {
        reason.replace(match.capturedStart(), match.capturedLength(),
            QLocale().toString(QDate::fromString(match.captured(), Qt::ISODate), QLocale::ShortFormat));
    }
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
