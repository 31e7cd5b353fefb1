#include "rules/agenticrequirements.h"

#include <QCoreApplication>

namespace Mandate {
namespace {

GovernanceRequirement owners(const AiSystem &s)
{
    GovernanceRequirement r { QCoreApplication::translate("AgenticRequirements", "An accountable owner"), false, {} };
    if (s.businessOwner && s.technicalOwner) {
        r.met = true;
        r.status = QCoreApplication::translate("AgenticRequirements", "Business and technical owners are set");
    } else if (!s.businessOwner && !s.technicalOwner) {
        r.status = QCoreApplication::translate("AgenticRequirements", "No business or technical owner");
    } else {
        r.status = s.businessOwner ? QCoreApplication::translate("AgenticRequirements", "No technical owner")
                                   : QCoreApplication::translate("AgenticRequirements", "No business owner");
    }
    return r;
}

GovernanceRequirement scopedPrivileges(const AiSystem &s)
{
    GovernanceRequirement r { QCoreApplication::translate("AgenticRequirements", "Scoped privileges"), false, {} };
    if (s.privileges.count == 0)
        r.status = QCoreApplication::translate("AgenticRequirements", "No privilege boundary recorded");
    else if (s.privileges.anyPrivilegeOnWildcardOrAdmin)
        r.status = QCoreApplication::translate("AgenticRequirements", "Holds a wildcard or admin privilege");
    else {
        r.met = true;
        r.status = QCoreApplication::translate("AgenticRequirements", "%Ln privilege(s), none wildcard or admin",
            nullptr, s.privileges.count);
    }
    return r;
}

GovernanceRequirement logging(const AiSystem &s)
{
    GovernanceRequirement r { QCoreApplication::translate("AgenticRequirements", "Logging of its actions"), false, {} };
    if (s.privileges.count == 0)
        r.status = QCoreApplication::translate("AgenticRequirements", "No privileges, so no logging recorded");
    else if (s.privileges.anyPrivilegeUnlogged)
        r.status = QCoreApplication::translate("AgenticRequirements", "A privilege is used without logging");
    else {
        r.met = true;
        r.status = QCoreApplication::translate("AgenticRequirements", "Every privilege is logged");
    }
    return r;
}

GovernanceRequirement offboarding(const AiSystem &s)
{
    GovernanceRequirement r { QCoreApplication::translate("AgenticRequirements", "An offboarding plan"), false, {} };
    r.met = !s.offboardingPlan.trimmed().isEmpty();
    r.status = r.met ? QCoreApplication::translate("AgenticRequirements", "Recorded")
                     : QCoreApplication::translate("AgenticRequirements", "None recorded");
    return r;
}

} // namespace

QVector<GovernanceRequirement> agenticRequirements(const AiSystem &system)
{
    return { owners(system), scopedPrivileges(system), logging(system), offboarding(system) };
}

} // namespace Mandate
