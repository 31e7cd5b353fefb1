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

} // namespace Mandate
