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

    // The whole estate's privileges even for a few systems: F-REUSE counts every user of a credential.
    const QVector<Privilege> privileges = workspace.allPrivileges();
    const QHash<CredentialId, int> systemsPerCredential = countSystemsPerCredential(privileges);
    QHash<SystemId, QVector<Privilege>> privilegesBySystem;
    for (const Privilege &privilege : privileges)
        privilegesBySystem[privilege.systemId].append(privilege);
    QHash<CredentialId, Credential> credentials;
    for (const Credential &credential : workspace.credentials())
        credentials.insert(credential.id, credential);
    const QSet<SystemId> withImportFindings = workspace.systemsWithImportFindings();

    const QVector<SystemId> &ids = scope ? *scope : workspace.systemIds();
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
        for (const Finding &finding : systemFindings(inputs))
            result.append(SystemFinding { id, system->name, finding });
    }
    std::stable_sort(result.begin(), result.end(), findingsOrder);
    return result;
}

} // namespace Mandate
