#include "rules/privilegefindings.h"

#include "rules/findingtext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

namespace Mandate {
namespace FindingChecks {
namespace {

// NHI7's rotation window; a credential never rotated counts from its creation.
constexpr int rotationDays = 90;

bool isProduction(const QString &environment)
{
    return environment.compare(QLatin1String("production"), Qt::CaseInsensitive) == 0
        || environment.compare(QLatin1String("prod"), Qt::CaseInsensitive) == 0;
}

bool outsideSecretsManager(CredentialStorage storage)
{
    switch (storage) {
    case CredentialStorage::Code:
    case CredentialStorage::ConfigFile:
    case CredentialStorage::CiCd:
    case CredentialStorage::EnvVar:
        return true;
    case CredentialStorage::SecretsManager:
    case CredentialStorage::Unknown:
        break;
    }
    return false;
}

QString longLivedReason(const Credential &credential, bool noExpiry, bool rotationDue)
{
    if (!rotationDue)
        return QCoreApplication::translate("Findings", "Credential %1 never expires").arg(credential.name);
    const QString days = QLocale().toString(rotationDays);
    if (credential.lastRotated.isValid()) {
        const QString rotated = FindingText::date(credential.lastRotated);
        if (noExpiry) {
            return QCoreApplication::translate("Findings",
                "Credential %1 never expires and was last rotated on %2, more than %3 days ago")
                .arg(credential.name, rotated, days);
        }
        return QCoreApplication::translate("Findings", "Credential %1 last rotated on %2, more than %3 days ago")
            .arg(credential.name, rotated, days);
    }
    const QString created = FindingText::date(credential.created);
    if (noExpiry) {
        return QCoreApplication::translate("Findings",
            "Credential %1 never expires and has not been rotated since its creation on %2, more than %3 days ago")
            .arg(credential.name, created, days);
    }
    return QCoreApplication::translate(
        "Findings", "Credential %1 not rotated since its creation on %2, more than %3 days ago")
        .arg(credential.name, created, days);
}

} // namespace

bool unloggedPrivilege(const SystemFindingInputs &inputs, const Privilege &privilege, Finding *finding)
{
    const bool fires = inputs.derived.identitySubject == Tristate::Yes && privilege.logging == Logging::None;
    if (fires && finding) {
        finding->reason = QCoreApplication::translate("Findings", "Identity subject acts on %1 with no logging")
                              .arg(privilege.target);
    }
    return fires;
}

bool unjustifiedBroadScope(const SystemFindingInputs &, const Privilege &privilege, Finding *finding)
{
    const bool fires = (privilege.scope == Scope::Admin || privilege.wildcard)
        && privilege.justification.trimmed().isEmpty();
    if (fires && finding) {
        finding->reason = privilege.wildcard
            ? QCoreApplication::translate("Findings", "Wildcard scope (%1) on %2 without a justification")
                  .arg(label(privilege.scope), privilege.target)
            : QCoreApplication::translate("Findings", "Admin scope on %1 without a justification")
                  .arg(privilege.target);
    }
    return fires;
}

bool ungatedHandoff(const SystemFindingInputs &, const Privilege &privilege, Finding *finding)
{
    // An unknown gate is a question for the analyst, not a finding: only a recorded "none" fires.
    const bool fires = privilege.handoff != HandoffPoint::NoHandoff && privilege.approvalGate == ApprovalGate::None;
    if (fires && finding) {
        finding->reason
            = QCoreApplication::translate("Findings", "Handoff point on %1 without an approval gate (%2)")
                  .arg(privilege.target, label(privilege.handoff));
        // DOMAIN.md maps ASI05 (unexpected code execution) only where code is handed off.
        if (privilege.handoff != HandoffPoint::CodeCommit)
            finding->frameworks.removeAll(QStringLiteral("ASI05"));
    }
    return fires;
}

bool storedOutsideSecretsManager(const SystemFindingInputs &, const Credential &credential, Finding *finding)
{
    const bool fires = outsideSecretsManager(credential.storage);
    if (fires && finding) {
        finding->reason
            = QCoreApplication::translate("Findings", "Credential %1 is stored outside a secrets manager (%2)")
                  .arg(credential.name, label(credential.storage));
    }
    return fires;
}

bool longLived(const SystemFindingInputs &inputs, const Credential &credential, Finding *finding)
{
    const bool noExpiry = !credential.expires.isValid();
    // Neither rotated nor created known: only the missing expiry can be judged.
    const QDate rotated = credential.lastRotated.isValid() ? credential.lastRotated : credential.created;
    const bool rotationDue = rotated.isValid() && inputs.today > rotated.addDays(rotationDays);
    const bool fires = noExpiry || rotationDue;
    if (fires && finding)
        finding->reason = longLivedReason(credential, noExpiry, rotationDue);
    return fires;
}

bool sharedBySystems(const SystemFindingInputs &inputs, const Credential &credential, Finding *finding)
{
    const int systems = inputs.systemsPerCredential ? inputs.systemsPerCredential->value(credential.id) : 0;
    const bool fires = systems > 1;
    if (fires && finding) {
        finding->reason = QCoreApplication::translate("Findings", "Credential %1 is used by %2 systems")
                              .arg(credential.name, QLocale().toString(systems));
    }
    return fires;
}

bool productionAndOther(const SystemFindingInputs &, const Credential &credential, Finding *finding)
{
    bool production = false;
    QStringList others;
    for (const QString &environment : credential.environments) {
        const QString name = environment.trimmed();
        if (isProduction(name))
            production = true;
        else if (!name.isEmpty() && !others.contains(name, Qt::CaseInsensitive))
            others << name;
    }
    const bool fires = production && !others.isEmpty();
    if (fires && finding) {
        finding->reason = QCoreApplication::translate("Findings", "Credential %1 is used in production and in %2")
                              .arg(credential.name, others.join(QStringLiteral(", ")));
    }
    return fires;
}

bool usedByPeople(const SystemFindingInputs &, const Credential &credential, Finding *finding)
{
    const bool fires = credential.usedByHumans == Tristate::Yes;
    if (fires && finding)
        finding->reason = QCoreApplication::translate("Findings", "People also use credential %1").arg(credential.name);
    return fires;
}

bool staticApiKey(const SystemFindingInputs &inputs, const Credential &credential, Finding *finding)
{
    // A system the organisation operates itself could use workload identity or OAuth; a vendor's
    // may offer nothing else, and an unknown operator is not guessed at.
    const bool fires = credential.kind == CredentialKind::ApiKey && inputs.system.vendorOperated == Tristate::No;
    if (fires && finding) {
        finding->reason = QCoreApplication::translate(
            "Findings", "Credential %1 is a static API key where workload identity or OAuth is possible")
                              .arg(credential.name);
    }
    return fires;
}

QVector<const Credential *> credentialsOf(const SystemFindingInputs &inputs)
{
    QVector<const Credential *> used;
    if (!inputs.privileges || !inputs.credentials)
        return used;
    for (const Privilege &privilege : *inputs.privileges) {
        if (privilege.credentialId == 0)
            continue;
        const auto it = inputs.credentials->constFind(privilege.credentialId);
        if (it != inputs.credentials->constEnd() && !used.contains(&*it))
            used.append(&*it);
    }
    return used;
}

} // namespace FindingChecks

QHash<CredentialId, int> countSystemsPerCredential(const QVector<Privilege> &privileges)
{
    QHash<CredentialId, QSet<qint64>> systems;
    for (const Privilege &privilege : privileges) {
        if (privilege.credentialId != 0)
            systems[privilege.credentialId].insert(privilege.systemId);
    }
    QHash<CredentialId, int> counts;
    for (auto it = systems.constBegin(); it != systems.constEnd(); ++it)
        counts.insert(it.key(), static_cast<int>(it.value().size()));
    return counts;
}

} // namespace Mandate
