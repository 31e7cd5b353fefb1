// The findings of DOMAIN.md section 6: which rules fire for a system's record, its privileges and
// their credentials, with the severity, framework items and cause an analyst sees, and the highest
// severity the map colours by. Each row starts from a well-governed identity subject with one
// well-governed privilege and credential, which raises nothing, and changes one fact.

#include "rules/systemfindings.h"

#include <QTest>
#include <functional>

using namespace Mandate;

namespace {

const QDate today(2025, 6, 30);

constexpr PrivilegeId pushTags = 11;
constexpr CredentialId releaseBot = 7;

using Counts = QHash<CredentialId, int>;
using Ids = QList<qint64>;

struct Case
{
    AiSystem system;
    DerivedValues derived;
    bool hasImportFinding = false;
    QVector<Privilege> privileges;
    QHash<CredentialId, Credential> credentials;
    Counts systemsPerCredential;
    // False: that input is not known and passed as null.
    bool privilegesKnown = true;
    bool credentialsKnown = true;
    bool countsKnown = true;
};

SystemFindingInputs inputsOf(const Case &c)
{
    SystemFindingInputs inputs { c.system, c.derived, today, c.hasImportFinding };
    inputs.privileges = c.privilegesKnown ? &c.privileges : nullptr;
    inputs.credentials = c.credentialsKnown ? &c.credentials : nullptr;
    inputs.systemsPerCredential = c.countsKnown ? &c.systemsPerCredential : nullptr;
    return inputs;
}

// A justified, gated, centrally logged write privilege through an OAuth client kept in a secrets
// manager, rotated recently, used in production only, by this system only.
Privilege governedPrivilege(PrivilegeId id, const QString &target, CredentialId credential)
{
    Privilege p;
    p.id = id;
    p.systemId = 1;
    p.target = target;
    p.scope = Scope::Write;
    p.credentialId = credential;
    p.tool = QStringLiteral("git");
    p.approvalGate = ApprovalGate::PerAction;
    p.logging = Logging::Central;
    p.justification = QStringLiteral("Pushes release tags");
    p.handoff = HandoffPoint::CodeCommit;
    return p;
}

Credential governedCredential(CredentialId id, const QString &name)
{
    Credential k;
    k.id = id;
    k.name = name;
    k.kind = CredentialKind::OAuthClient;
    k.storage = CredentialStorage::SecretsManager;
    k.created = today.addDays(-200);
    k.expires = today.addDays(60);
    k.lastRotated = today.addDays(-10);
    k.environments = QStringList { QStringLiteral("production") };
    k.usedByHumans = Tristate::No;
    return k;
}

// An agentic identity subject with owners, an offboarding plan, a recent review, and one
// well-governed privilege with its credential.
Case governed()
{
    Case c;
    c.system.id = 1;
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
    c.privileges = { governedPrivilege(pushTags, QStringLiteral("github.com/acme/app"), releaseBot) };
    c.credentials.insert(releaseBot, governedCredential(releaseBot, QStringLiteral("svc-release-bot")));
    c.systemsPerCredential.insert(releaseBot, 1);
    return c;
}

Privilege &privilege(Case &c)
{
    return c.privileges.first();
}

Credential &credential(Case &c)
{
    return c.credentials[releaseBot];
}

// Every privilege and credential rule fires, the vendor-operated one aside.
void everythingWrong(Case &c)
{
    privilege(c).logging = Logging::None;
    privilege(c).scope = Scope::Admin;
    privilege(c).justification.clear();
    privilege(c).approvalGate = ApprovalGate::None;
    credential(c).kind = CredentialKind::ApiKey;
    credential(c).storage = CredentialStorage::Code;
    credential(c).expires = QDate();
    credential(c).environments = QStringList { QStringLiteral("production"), QStringLiteral("staging") };
    credential(c).usedByHumans = Tristate::Yes;
    c.systemsPerCredential[releaseBot] = 2;
}

Case governedWith(const std::function<void(Case &)> &change)
{
    Case c = governed();
    change(c);
    return c;
}

QVector<Finding> findingsOf(const Case &c)
{
    return systemFindings(inputsOf(c));
}

QStringList listOf(std::initializer_list<const char *> ids)
{
    QStringList list;
    for (const char *id : ids)
        list << QString::fromLatin1(id);
    return list;
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
Q_DECLARE_METATYPE(QVector<Mandate::Privilege>)
Q_DECLARE_METATYPE(Counts)

// The rows of firingRules about privileges and credentials.
static void addPrivilegeAndCredentialRows()
{
    const auto none = QStringList();
    const auto only = [](const char *rule) { return QStringList { QString::fromLatin1(rule) }; };
    const auto stored = [](CredentialStorage storage) {
        return governedWith([storage](Case &c) { credential(c).storage = storage; });
    };
    const auto environments = [](const QStringList &names) {
        return governedWith([names](Case &c) { credential(c).environments = names; });
    };
    const auto rotated = [](int daysAgo) {
        return governedWith([daysAgo](Case &c) { credential(c).lastRotated = today.addDays(-daysAgo); });
    };
    const auto createdNeverRotated = [](int daysAgo) {
        return governedWith([daysAgo](Case &c) {
            credential(c).lastRotated = QDate();
            credential(c).created = today.addDays(-daysAgo);
        });
    };

    QTest::addRow("an identity subject acting with no logging")
        << governedWith([](Case &c) { privilege(c).logging = Logging::None; }) << only("F-LOGGING");
    QTest::addRow("an identity subject logging locally is logged")
        << governedWith([](Case &c) { privilege(c).logging = Logging::Local; }) << none;
    QTest::addRow("a system that is no identity subject may act unlogged") << governedWith([](Case &c) {
        c.derived.identitySubject = Tristate::No;
        privilege(c).logging = Logging::None;
    }) << none;

    QTest::addRow("admin scope without a justification") << governedWith([](Case &c) {
        privilege(c).scope = Scope::Admin;
        privilege(c).justification.clear();
    }) << only("F-OVERPRIV");
    QTest::addRow("a wildcard write with a blank justification") << governedWith([](Case &c) {
        privilege(c).wildcard = true;
        privilege(c).justification = QStringLiteral("   ");
    }) << only("F-OVERPRIV");
    QTest::addRow("a justified admin scope")
        << governedWith([](Case &c) { privilege(c).scope = Scope::Admin; }) << none;
    QTest::addRow("a narrow write needs no justification")
        << governedWith([](Case &c) { privilege(c).justification.clear(); }) << none;

    QTest::addRow("a credential kept in code") << stored(CredentialStorage::Code) << only("F-SECRET-STORE");
    QTest::addRow("a credential kept in a config file")
        << stored(CredentialStorage::ConfigFile) << only("F-SECRET-STORE");
    QTest::addRow("a credential kept in CI/CD") << stored(CredentialStorage::CiCd) << only("F-SECRET-STORE");
    QTest::addRow("a credential kept in an environment variable")
        << stored(CredentialStorage::EnvVar) << only("F-SECRET-STORE");
    QTest::addRow("a credential whose storage is unknown is not judged")
        << stored(CredentialStorage::Unknown) << none;

    QTest::addRow("a credential that never expires")
        << governedWith([](Case &c) { credential(c).expires = QDate(); }) << only("F-LONG-LIVED");
    QTest::addRow("rotated exactly 90 days ago is not yet long-lived") << rotated(90) << none;
    QTest::addRow("rotated 91 days ago is long-lived") << rotated(91) << only("F-LONG-LIVED");
    QTest::addRow("never rotated, created exactly 90 days ago is not yet long-lived")
        << createdNeverRotated(90) << none;
    QTest::addRow("never rotated, created 91 days ago is long-lived")
        << createdNeverRotated(91) << only("F-LONG-LIVED");
    QTest::addRow("a recent rotation outweighs an old creation") << governedWith([](Case &c) {
        credential(c).created = today.addDays(-400);
        credential(c).lastRotated = today.addDays(-30);
    }) << none;
    QTest::addRow("with neither creation nor rotation known, an expiry is enough") << governedWith([](Case &c) {
        credential(c).created = QDate();
        credential(c).lastRotated = QDate();
    }) << none;
    QTest::addRow("with neither creation nor rotation known, no expiry is long-lived")
        << governedWith([](Case &c) {
               credential(c).created = QDate();
               credential(c).lastRotated = QDate();
               credential(c).expires = QDate();
           })
        << only("F-LONG-LIVED");

    QTest::addRow("a credential used by two systems")
        << governedWith([](Case &c) { c.systemsPerCredential[releaseBot] = 2; }) << only("F-REUSE");
    QTest::addRow("a credential used by no count at all is not called shared")
        << governedWith([](Case &c) { c.systemsPerCredential.clear(); }) << none;

    QTest::addRow("a credential for production and staging")
        << environments({ QStringLiteral("production"), QStringLiteral("staging") }) << only("F-ENV");
    QTest::addRow("a credential for PROD and dev")
        << environments({ QStringLiteral("dev"), QStringLiteral(" PROD ") }) << only("F-ENV");
    QTest::addRow("prod and Production are both production")
        << environments({ QStringLiteral("prod"), QStringLiteral("Production") }) << none;
    QTest::addRow("staging and dev are both non-production")
        << environments({ QStringLiteral("staging"), QStringLiteral("dev") }) << none;
    QTest::addRow("a blank environment is no environment")
        << environments({ QStringLiteral("production"), QStringLiteral("  ") }) << none;

    QTest::addRow("people also use the credential")
        << governedWith([](Case &c) { credential(c).usedByHumans = Tristate::Yes; }) << only("F-HUMAN-USE");
    QTest::addRow("unknown human use is not guessed")
        << governedWith([](Case &c) { credential(c).usedByHumans = Tristate::Unknown; }) << none;

    QTest::addRow("a code commit handoff with no approval gate")
        << governedWith([](Case &c) { privilege(c).approvalGate = ApprovalGate::None; }) << only("F-HANDOFF");
    QTest::addRow("a handoff whose gate is unknown is not called ungated")
        << governedWith([](Case &c) { privilege(c).approvalGate = ApprovalGate::Unknown; }) << none;
    QTest::addRow("an ungated privilege that is no handoff point") << governedWith([](Case &c) {
        privilege(c).approvalGate = ApprovalGate::None;
        privilege(c).handoff = HandoffPoint::NoHandoff;
    }) << none;

    QTest::addRow("a static API key on an in-house system")
        << governedWith([](Case &c) { credential(c).kind = CredentialKind::ApiKey; }) << only("F-WEAK-AUTHN");
    QTest::addRow("a static API key on a system of unknown operator") << governedWith([](Case &c) {
        c.system.vendorOperated = Tristate::Unknown;
        credential(c).kind = CredentialKind::ApiKey;
    }) << none;
    QTest::addRow("a static API key on a vendor's system is a third-party finding only")
        << governedWith([](Case &c) {
               c.system.vendorOperated = Tristate::Yes;
               c.system.privileges.anyCredential = true;
               credential(c).kind = CredentialKind::ApiKey;
           })
        << only("F-THIRD-PARTY");
    QTest::addRow("workload identity is not a static key")
        << governedWith([](Case &c) { credential(c).kind = CredentialKind::WorkloadIdentity; }) << none;

    QTest::addRow("unknown privileges raise no privilege nor credential finding") << governedWith([](Case &c) {
        everythingWrong(c);
        c.privilegesKnown = false;
    }) << none;
    QTest::addRow("unknown credentials raise only the privilege findings") << governedWith([](Case &c) {
        everythingWrong(c);
        c.credentialsKnown = false;
    }) << listOf({ "F-LOGGING", "F-OVERPRIV", "F-HANDOFF" });
    QTest::addRow("unknown sharing counts raise no reuse finding") << governedWith([](Case &c) {
        c.systemsPerCredential[releaseBot] = 3;
        c.countsKnown = false;
    }) << none;
    QTest::addRow("a credential missing from the credentials known raises nothing") << governedWith([](Case &c) {
        everythingWrong(c);
        privilege(c) = governedPrivilege(pushTags, QStringLiteral("github.com/acme/app"), 99);
    }) << none;

    QTest::addRow("an ungoverned identity subject with a bad privilege raises every rule but the vendor's")
        << governedWith([](Case &c) {
               c.system = AiSystem();
               c.system.vendorOperated = Tristate::No;
               c.hasImportFinding = true;
               everythingWrong(c);
           })
        << listOf({ "F-OWNER", "F-LOGGING", "F-OFFBOARD", "F-OVERPRIV", "F-SECRET-STORE", "F-LONG-LIVED",
               "F-REUSE", "F-ENV", "F-HUMAN-USE", "F-HANDOFF", "F-LABEL", "F-REVIEW-DUE", "F-WEAK-AUTHN",
               "F-SECRET-IN-INVENTORY" });
}

class TestSystemFindings : public QObject
{
    Q_OBJECT

private slots:
    void firingRules_data();
    void firingRules();
    void oneFindingPerOffender_data();
    void oneFindingPerOffender();
    void countSystemsPerCredential_data();
    void countSystemsPerCredential();
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

    addPrivilegeAndCredentialRows();
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
    const std::optional<Severity> shortcut = highestSystemSeverity(inputsOf(input));
    QCOMPARE(shortcut.has_value(), highest.has_value());
    if (highest)
        QCOMPARE(toId(*shortcut), toId(*highest));
}

void TestSystemFindings::oneFindingPerOffender_data()
{
    QTest::addColumn<Case>("input");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<Ids>("privilegeIds");
    QTest::addColumn<Ids>("credentialIds");
    QTest::addColumn<QStringList>("reasons");

    QTest::addRow("two unlogged privileges of three give two findings, each naming its target")
        << governedWith([](Case &c) {
               c.privileges = { governedPrivilege(21, QStringLiteral("jira/OPS"), 0),
                   governedPrivilege(22, QStringLiteral("s3://builds"), 0),
                   governedPrivilege(23, QStringLiteral("slack/#releases"), 0) };
               c.privileges[0].logging = Logging::None;
               c.privileges[2].logging = Logging::None;
           })
        << QStringLiteral("F-LOGGING") << Ids { 21, 23 } << Ids { 0, 0 }
        << QStringList { QStringLiteral("Identity subject acts on jira/OPS with no logging"),
               QStringLiteral("Identity subject acts on slack/#releases with no logging") };
    QTest::addRow("a credential behind two privileges gives one finding")
        << governedWith([](Case &c) {
               c.privileges.append(governedPrivilege(12, QStringLiteral("registry/app"), releaseBot));
               credential(c).storage = CredentialStorage::CiCd;
           })
        << QStringLiteral("F-SECRET-STORE") << Ids { 0 } << Ids { releaseBot }
        << QStringList { QStringLiteral("Credential svc-release-bot is stored outside a secrets manager (CI/CD)") };
    QTest::addRow("two credentials in code give one finding each, in order of first use")
        << governedWith([](Case &c) {
               c.credentials.insert(8, governedCredential(8, QStringLiteral("deploy-key")));
               c.privileges.prepend(governedPrivilege(12, QStringLiteral("prod-cluster"), 8));
               c.credentials[8].storage = CredentialStorage::Code;
               credential(c).storage = CredentialStorage::Code;
           })
        << QStringLiteral("F-SECRET-STORE") << Ids { 0, 0 } << Ids { 8, releaseBot }
        << QStringList { QStringLiteral("Credential deploy-key is stored outside a secrets manager (Code)"),
               QStringLiteral("Credential svc-release-bot is stored outside a secrets manager (Code)") };
}

void TestSystemFindings::oneFindingPerOffender()
{
    QFETCH(Case, input);
    QFETCH(QString, rule);
    QFETCH(Ids, privilegeIds);
    QFETCH(Ids, credentialIds);
    QFETCH(QStringList, reasons);

    Ids privileges;
    Ids credentials;
    QStringList sentences;
    for (const Finding &f : findingsOf(input)) {
        QCOMPARE(f.rule, rule);
        privileges << f.privilegeId;
        credentials << f.credentialId;
        sentences << f.reason;
    }
    QCOMPARE(privileges, privilegeIds);
    QCOMPARE(credentials, credentialIds);
    QCOMPARE(sentences, reasons);
}

void TestSystemFindings::countSystemsPerCredential_data()
{
    QTest::addColumn<QVector<Privilege>>("privileges");
    QTest::addColumn<Counts>("counts");

    const auto held = [](qint64 system, CredentialId credentialId) {
        Privilege p;
        p.systemId = system;
        p.credentialId = credentialId;
        return p;
    };

    QTest::addRow("no privileges share nothing") << QVector<Privilege>() << Counts();
    QTest::addRow("two privileges of one system count one system")
        << QVector<Privilege> { held(1, 7), held(1, 7) } << Counts { { 7, 1 } };
    QTest::addRow("privileges of three systems, two of them the same, count two")
        << QVector<Privilege> { held(1, 7), held(2, 7), held(1, 7), held(3, 8) } << Counts { { 7, 2 }, { 8, 1 } };
    QTest::addRow("privileges without a credential are not counted")
        << QVector<Privilege> { held(1, 0), held(2, 0), held(2, 9) } << Counts { { 9, 1 } };
}

void TestSystemFindings::countSystemsPerCredential()
{
    QFETCH(QVector<Privilege>, privileges);
    QFETCH(Counts, counts);

    QCOMPARE(Mandate::countSystemsPerCredential(privileges), counts);
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
