#include "behaviour.h"

namespace Mandate {

bool Behaviour::operator==(const Behaviour &o) const
{
    return outputKind == o.outputKind && selectsActions == o.selectsActions && usesTools == o.usesTools
        && approvalGate == o.approvalGate && accessesCredentials == o.accessesCredentials
        && affectsExternalSystems == o.affectsExternalSystems && outputFeedsExecution == o.outputFeedsExecution
        && persistentMemory == o.persistentMemory && multiAgent == o.multiAgent;
}

} // namespace Mandate
