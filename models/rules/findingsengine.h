#pragma once
// The findings of many systems at once (a findings panel, the CLI, the dashboard): reads what the
// rules need from the workspace once (every privilege, every credential, which systems have import
// findings, the observed accesses of the systems with runtime evidence), then runs systemFindings() per system. Pure computation over that snapshot, today
// passed in, so the same workspace gives the same list wherever it is computed.

#include "domain/aisystem.h"
#include "rules/mappingsuggestions.h"
#include "rules/systemfindings.h"

#include <QDate>
#include <QVector>
#include <optional>

namespace Mandate {

class Workspace;

// One finding with the system it is about.
struct SystemFinding
{
    SystemId systemId = 0;
    QString systemName;
    Finding finding;
};

// The findings of the systems in scope (nullopt: the whole workspace; ids it does not know are
// skipped), in findingsOrder(). Empty while an import holds the workspace.
QVector<SystemFinding> computeFindings(const Workspace &workspace, const QDate &today,
    const std::optional<QVector<SystemId>> &scope = std::nullopt);

// What the findings of these systems suggest mapping and no analyst has decided yet (see
// suggestMappings()), system by system in the order given; bulk acceptance works on this list.
QVector<MappingSuggestion> pendingSuggestions(const Workspace &workspace, const QDate &today,
    const QVector<SystemId> &systems, const QVector<FrameworkCatalog> &catalogs);

// The order a list of findings is read in: the most severe first, then by system name, then by
// rule; findings of one rule on one system keep their order (privilege, then credential).
bool findingsOrder(const SystemFinding &a, const SystemFinding &b);

} // namespace Mandate
