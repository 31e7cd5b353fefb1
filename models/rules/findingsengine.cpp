#include "rules/findingsengine.h"

#include "storage/workspace.h"

#include <algorithm>

namespace Mandate {

bool findingsOrder(const SystemFinding &a, const SystemFinding &b)
{
    if (a.finding.severity != b.finding.severity)
        return a.finding.severity > b.finding.severity;
    const int byName = a.systemName.compare(b.systemName, Qt::CaseInsensitive);
    if (byName != 0)
        return byName < 0;
    if (a.systemId != b.systemId) // two systems of one name stay apart
        return a.systemId < b.systemId;
    return a.finding.rule < b.finding.rule;
}

QVector<SystemFinding> computeFindings(
    const Workspace &workspace, const QDate &today, const std::optional<QVector<SystemId>> &scope)
{
    if (workspace.isImporting())
        return {};

    const QVector<SystemId> &ids = scope ? *scope : workspace.systemIds();
    QHash<SystemId, QVector<Privilege>> privilegesBySystem;
    QHash<CredentialId, int> systemsPerCredential;
    QHash<CredentialId, Credential> credentials;
    QHash<SystemId, QVector<ObservedAccess>> observedBySystem; // only systems with evidence
    // A few systems (the details panel, a selection) read only their own boundaries and ask the
    // indexed tables about the credentials they use: reading a million privileges on every edit
    // would stall the panel. Beyond that, one pass over everything is cheaper than many queries.
    constexpr int kScopedReadLimit = 200;
    if (ids.size() <= kScopedReadLimit) {
        for (const SystemId id : ids) {
            if (privilegesBySystem.contains(id))
                continue;
            const QVector<Privilege> own = workspace.privileges(id);
            privilegesBySystem.insert(id, own);
            for (const Privilege &privilege : own) {
                const CredentialId credential = privilege.credentialId;
                if (credential == 0 || credentials.contains(credential))
                    continue;
                const Credential stored = workspace.credential(credential);
                if (stored.id != 0)
                    credentials.insert(credential, stored);
                // F-REUSE counts every user of a credential, in scope or not.
                systemsPerCredential.insert(credential, int(workspace.systemsUsingCredential(credential).size()));
            }
            // Aggregated by SQL over the (system, time) index: a few rows however many events.
            QVector<ObservedAccess> observed = workspace.observedAccess(id);
            if (!observed.isEmpty())
                observedBySystem.insert(id, std::move(observed));
        }
    } else {
        const QVector<Privilege> privileges = workspace.allPrivileges();
        systemsPerCredential = countSystemsPerCredential(privileges);
        for (const Privilege &privilege : privileges)
            privilegesBySystem[privilege.systemId].append(privilege);
        for (const Credential &credential : workspace.credentials())
            credentials.insert(credential.id, credential);
        observedBySystem = workspace.allObservedAccess(); // one grouped query
    }
    const QSet<SystemId> withImportFindings = workspace.systemsWithImportFindings();

    const QVector<Privilege> none;
    QSet<SystemId> seen;
    QVector<SystemFinding> result;
    for (const SystemId id : ids) {
        const AiSystem *system = workspace.system(id);
        if (!system || seen.contains(id)) // a scope may name a system twice
            continue;
        seen.insert(id);
        const DerivedValues derived = deriveValues(*system);
        const auto own = privilegesBySystem.constFind(id);
        SystemFindingInputs inputs { *system, derived, today, withImportFindings.contains(id) };
        inputs.privileges = own == privilegesBySystem.constEnd() ? &none : &*own;
        inputs.credentials = &credentials;
        inputs.systemsPerCredential = &systemsPerCredential;
        const auto observed = observedBySystem.constFind(id);
        inputs.observed = observed == observedBySystem.constEnd() ? nullptr : &*observed;
        for (const Finding &finding : systemFindings(inputs))
            result.append(SystemFinding { id, system->name, finding });
    }
    std::stable_sort(result.begin(), result.end(), findingsOrder);
    return result;
}

QVector<MappingSuggestion> pendingSuggestions(const Workspace &workspace, const QDate &today,
    const QVector<SystemId> &systems, const QVector<FrameworkCatalog> &catalogs)
{
    QHash<SystemId, QVector<Finding>> findingsBySystem;
    for (const SystemFinding &found : computeFindings(workspace, today, systems))
        findingsBySystem[found.systemId].append(found.finding);
    QVector<MappingSuggestion> result;
    QSet<SystemId> seen;
    for (const SystemId id : systems) {
        const auto findings = findingsBySystem.constFind(id);
        if (findings == findingsBySystem.constEnd() || seen.contains(id))
            continue;
        seen.insert(id);
        result += suggestMappings(id, *findings, catalogs, workspace.mappings(id));
    }
    return result;
}

} // namespace Mandate
