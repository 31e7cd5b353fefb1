#pragma once
// What governance an agentic system needs (DOMAIN.md section 2: an identity subject with delegated
// authority needs an owner, scoped privileges, logging and offboarding), and whether its record
// already meets each. Shown when a system crosses the runtime execution boundary on the map.

#include "domain/aisystem.h"

#include <QString>
#include <QVector>

namespace Mandate {

struct GovernanceRequirement
{
    QString requirement; // translated: what is needed
    bool met = false;
    QString status;      // translated: what the record says about it now
};

QVector<GovernanceRequirement> agenticRequirements(const AiSystem &system);

} // namespace Mandate
