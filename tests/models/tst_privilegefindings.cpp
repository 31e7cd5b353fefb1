// The findings of DOMAIN.md section 6 about a system's privileges and their credentials (logging,
// over-privilege, secret storage, long life, reuse, environments, human use, handoffs, weak
// authentication): which rules fire, one finding per offending privilege or credential, and how
// many systems share each credential. Each row starts from a well-governed identity subject with one
// well-governed privilege and credential (findingsfixtures.h), which raises nothing, and changes one
// fact. Severities, framework items and reasons of every rule are in tst_systemfindings.

#include "findingsfixtures.h"

#include <QTest>

using namespace Mandate;
using namespace FindingsFixtures;

namespace {

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

} // namespace

Q_DECLARE_METATYPE(QVector<Mandate::Privilege>)
Q_DECLARE_METATYPE(Counts)

class TestPrivilegeFindings : public QObject
{
    Q_OBJECT

private slots:
    void firingRules_data();
    void firingRules();
    void oneFindingPerOffender_data();
    void oneFindingPerOffender();
    void countSystemsPerCredential_data();
    void countSystemsPerCredential();
};

void TestPrivilegeFindings::firingRules_data()
{
    QTest::addColumn<Case>("input");
    QTest::addColumn<QStringList>("rules");

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

void TestPrivilegeFindings::firingRules()
{
    QFETCH(Case, input);
    QFETCH(QStringList, rules);
    verifyFiringRules(input, rules);
}

void TestPrivilegeFindings::oneFindingPerOffender_data()
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

void TestPrivilegeFindings::oneFindingPerOffender()
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

void TestPrivilegeFindings::countSystemsPerCredential_data()
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

void TestPrivilegeFindings::countSystemsPerCredential()
{
    QFETCH(QVector<Privilege>, privileges);
    QFETCH(Counts, counts);

    QCOMPARE(Mandate::countSystemsPerCredential(privileges), counts);
}

QTEST_GUILESS_MAIN(TestPrivilegeFindings)
#include "tst_privilegefindings.moc"
