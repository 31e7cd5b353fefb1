#pragma once
// The checks behind the rules of DOMAIN.md section 6 that look at one privilege or one credential at
// a time. Internal to the findings engine: systemfindings.cpp holds them in its one rule table, in
// DOMAIN.md's order, next to the rules about a system's own record. Kept apart only for length.

#include "rules/systemfindings.h"

#include <QVector>

namespace Mandate::FindingChecks {

// Whether a rule fires for one privilege or credential. When finding is not null it already holds
// the rule's id, severity, framework items and cause; the check writes the reason and may narrow the
// framework items to the case at hand. A null finding keeps the whole-estate path free of strings.
using PrivilegeCheck = bool (*)(const SystemFindingInputs &inputs, const Privilege &privilege, Finding *finding);
using CredentialCheck
    = bool (*)(const SystemFindingInputs &inputs, const Credential &credential, Finding *finding);

bool unloggedPrivilege(const SystemFindingInputs &inputs, const Privilege &privilege, Finding *finding);
bool unjustifiedBroadScope(const SystemFindingInputs &inputs, const Privilege &privilege, Finding *finding);
bool ungatedHandoff(const SystemFindingInputs &inputs, const Privilege &privilege, Finding *finding);

bool storedOutsideSecretsManager(const SystemFindingInputs &inputs, const Credential &credential, Finding *finding);
bool longLived(const SystemFindingInputs &inputs, const Credential &credential, Finding *finding);
bool sharedBySystems(const SystemFindingInputs &inputs, const Credential &credential, Finding *finding);
bool productionAndOther(const SystemFindingInputs &inputs, const Credential &credential, Finding *finding);
bool usedByPeople(const SystemFindingInputs &inputs, const Credential &credential, Finding *finding);
bool staticApiKey(const SystemFindingInputs &inputs, const Credential &credential, Finding *finding);

// The credentials the system's privileges use, each once, in order of first use. A credential id
// missing from inputs.credentials is left out; empty when privileges or credentials are not known.
QVector<const Credential *> credentialsOf(const SystemFindingInputs &inputs);

} // namespace Mandate::FindingChecks
