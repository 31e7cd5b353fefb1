#include "reportestate.h"

#include "storage/workspace.h"

#include <QSet>

namespace Mandate {

ReportEstate ReportEstate::load(const Workspace &workspace, const QVector<SystemId> &ids, const QDate &today, bool details)
{
    ReportEstate estate;
    estate.ids.reserve(ids.size());
    for (const SystemId id : ids) {
        if (workspace.system(id))
            estate.ids.append(id);
    }
    const QSet<SystemId> inScope(estate.ids.cbegin(), estate.ids.cend());

    estate.findings = computeFindings(workspace, today, estate.ids);
    for (const SystemFinding &finding : std::as_const(estate.findings))
        estate.findingsBySystem[finding.systemId].append(finding.finding);
    for (const SystemId id : std::as_const(estate.ids))
        estate.privilegeCount += workspace.system(id)->privileges.count;
    if (!details)
        return estate;

    // A small part of a large estate is cheaper system by system (indexed); the rest in one read.
    if (estate.ids.size() * 10 < workspace.systemCount()) {
        for (const SystemId id : std::as_const(estate.ids))
            estate.privileges.insert(id, workspace.privileges(id));
    } else {
        const QVector<Privilege> all = workspace.allPrivileges();
        for (const Privilege &privilege : all) {
            if (inScope.contains(privilege.systemId))
                estate.privileges[privilege.systemId].append(privilege);
        }
    }
    const QVector<Credential> credentials = workspace.credentials();
    for (const Credential &credential : credentials)
        estate.credentials.insert(credential.id, credential);
    const QVector<Mapping> mappings = workspace.allMappings();
    for (const Mapping &mapping : mappings) {
        if (inScope.contains(mapping.systemId))
            estate.mappings[mapping.systemId].append(mapping);
    }

    // Newest campaign first: the first that decided anything about a system is its latest review.
    const QVector<Campaign> campaigns = workspace.campaigns();
    for (const Campaign &campaign : campaigns) {
        // Every item is read and its snapshot parsed: once each system in scope has its latest
        // review, older campaigns have nothing to add.
        if (estate.latestDecisions.size() == inScope.size())
            break;
        const QVector<ReviewItem> items = workspace.reviewItems(campaign.id);
        QHash<SystemId, QVector<Decision>> decided;
        for (const ReviewItem &item : items) {
            if (item.decision != ReviewDecision::Undecided && inScope.contains(item.systemId)
                && !estate.latestDecisions.contains(item.systemId))
                decided[item.systemId].append({ campaign.name, item });
        }
        for (auto it = decided.begin(); it != decided.end(); ++it)
            estate.latestDecisions.insert(it.key(), it.value());
    }
    return estate;
}

} // namespace Mandate
