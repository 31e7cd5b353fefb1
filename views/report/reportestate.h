#pragma once
// What an inventory report shows about the systems in its scope, read from the workspace once per
// kind (privileges, credentials, mappings, findings, review decisions) rather than once per system,
// so that a report on 1,000 systems of a large estate stays within seconds.

#include "domain/campaign.h"
#include "domain/mapping.h"
#include "rules/findingsengine.h"

#include <QDate>
#include <QHash>
#include <QVector>

namespace Mandate {

class Workspace;

struct ReportEstate
{
    struct Decision
    {
        QString campaign; // its name
        ReviewItem item;
    };

    QVector<SystemId> ids; // in scope, in the order given, unknown ids dropped
    QVector<SystemFinding> findings; // of the systems in scope, in findingsOrder()
    QHash<SystemId, QVector<Finding>> findingsBySystem;
    // Only with details (the per-system sections):
    QHash<SystemId, QVector<Privilege>> privileges;
    QHash<CredentialId, Credential> credentials;
    QHash<SystemId, QVector<Mapping>> mappings;
    // The decided items of the newest campaign that decided anything about the system.
    QHash<SystemId, QVector<Decision>> latestDecisions;
    int privilegeCount = 0;

    // details: read what the per-system sections and the appendix need, not only the summary's.
    static ReportEstate load(const Workspace &workspace, const QVector<SystemId> &ids, const QDate &today, bool details);
};

} // namespace Mandate
