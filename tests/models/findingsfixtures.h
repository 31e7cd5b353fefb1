// The builders tst_systemfindings and tst_privilegefindings share: a well-governed identity subject
// with one well-governed privilege and credential, which raises no finding, so that each row of
// either test can change one fact and see which rule fires.

#pragma once

#include "rules/systemfindings.h"

#include <QTest>

#include <functional>

namespace FindingsFixtures {

using namespace Mandate;

inline const QDate today(2025, 6, 30);

inline constexpr PrivilegeId pushTags = 11;
inline constexpr CredentialId releaseBot = 7;

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

inline SystemFindingInputs inputsOf(const Case &c)
{
    SystemFindingInputs inputs { c.system, c.derived, today, c.hasImportFinding };
    inputs.privileges = c.privilegesKnown ? &c.privileges : nullptr;
    inputs.credentials = c.credentialsKnown ? &c.credentials : nullptr;
    inputs.systemsPerCredential = c.countsKnown ? &c.systemsPerCredential : nullptr;
    return inputs;
}

// A justified, gated, centrally logged write privilege through an OAuth client kept in a secrets
// manager, rotated recently, used in production only, by this system only.
inline Privilege governedPrivilege(PrivilegeId id, const QString &target, CredentialId credential)
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

inline Credential governedCredential(CredentialId id, const QString &name)
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
inline Case governed()
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

inline Privilege &privilege(Case &c)
{
    return c.privileges.first();
}

inline Credential &credential(Case &c)
{
    return c.credentials[releaseBot];
}

inline Case governedWith(const std::function<void(Case &)> &change)
{
    Case c = governed();
    change(c);
    return c;
}

inline QVector<Finding> findingsOf(const Case &c)
{
    return systemFindings(inputsOf(c));
}

inline QStringList listOf(std::initializer_list<const char *> ids)
{
    QStringList list;
    for (const char *id : ids)
        list << QString::fromLatin1(id);
    return list;
}

inline QStringList rulesOf(const QVector<Finding> &findings)
{
    QStringList rules;
    for (const Finding &finding : findings)
        rules << finding.rule;
    return rules;
}

// The rule-firing check both test files run on their rows: exactly these rules, each with a
// reason, and the map's shortcut to the highest severity agreeing with the full findings.
inline void verifyFiringRules(const Case &input, const QStringList &rules)
{
    const QVector<Finding> findings = findingsOf(input);
    QCOMPARE(rulesOf(findings), rules);
    for (const Finding &f : findings)
        QVERIFY2(!f.reason.isEmpty(), qPrintable(f.rule));

    const std::optional<Severity> highest = Mandate::highestSeverity(findings);
    const std::optional<Severity> shortcut = highestSystemSeverity(inputsOf(input));
    QCOMPARE(shortcut.has_value(), highest.has_value());
    if (highest)
        QCOMPARE(toId(*shortcut), toId(*highest));
}

} // namespace FindingsFixtures

Q_DECLARE_METATYPE(FindingsFixtures::Case)
