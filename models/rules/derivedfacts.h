#pragma once
// The derived facts of DOMAIN.md section 4: pure functions of a system's behaviour attributes and
// privilege summary. Each returns its value with a rationale, the short list of facts that decided
// it, because an analyst must be able to see why, and what could not be decided.

#include "domain/aisystem.h"

#include <QStringList>

namespace Mandate {

template<typename T>
struct DerivedFact
{
    T value;
    QStringList rationale; // translated, one short sentence per deciding fact
};

struct DerivedFacts
{
    DerivedFact<Tristate> identitySubject;
    DerivedFact<Tristate> nhiRisk;
    DerivedFact<RuntimeAuthority> runtimeAuthority;
    DerivedFact<Paradigm> suggestedParadigm;
    DerivedFact<AccessFootprint> accessFootprint;
};

DerivedFact<Tristate> identitySubject(const Behaviour &behaviour);
DerivedFact<Tristate> nhiRisk(const Behaviour &behaviour, const PrivilegeSummary &privileges);
DerivedFact<RuntimeAuthority> runtimeAuthority(const Behaviour &behaviour);
DerivedFact<Paradigm> suggestedParadigm(const Behaviour &behaviour);
DerivedFact<AccessFootprint> accessFootprint(const Behaviour &behaviour, const PrivilegeSummary &privileges);

DerivedFacts deriveFacts(const AiSystem &system);

// The same five values without their rationales: the map and other whole-estate views derive
// 100k systems at once, where building the sentences would dominate. A test holds the two equal
// over every combination of inputs.
struct DerivedValues
{
    Tristate identitySubject = Tristate::Unknown;
    Tristate nhiRisk = Tristate::Unknown;
    RuntimeAuthority runtimeAuthority = RuntimeAuthority::Unknown;
    Paradigm suggestedParadigm = Paradigm::Undecided;
    AccessFootprint accessFootprint = AccessFootprint::None;
};

DerivedValues deriveValues(const Behaviour &behaviour, const PrivilegeSummary &privileges);
inline DerivedValues deriveValues(const AiSystem &system)
{
    return deriveValues(system.behaviour, system.privileges);
}

} // namespace Mandate
