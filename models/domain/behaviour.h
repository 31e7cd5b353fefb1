#pragma once
// The behaviour attributes of DOMAIN.md section 3: the facts the classifier decides from.

#include "vocabulary.h"

namespace Mandate {

struct Behaviour
{
    OutputKind outputKind = OutputKind::Unknown;
    Tristate selectsActions = Tristate::Unknown;
    Tristate usesTools = Tristate::Unknown;
    ApprovalGate approvalGate = ApprovalGate::Unknown;
    Tristate accessesCredentials = Tristate::Unknown;
    Tristate affectsExternalSystems = Tristate::Unknown;
    Tristate outputFeedsExecution = Tristate::Unknown;
    Tristate persistentMemory = Tristate::Unknown;
    Tristate multiAgent = Tristate::Unknown;

    bool operator==(const Behaviour &other) const;
    bool operator!=(const Behaviour &other) const { return !(*this == other); }
};

} // namespace Mandate
