#pragma once
// What a review item shows its reviewer, frozen when the campaign is created (issue 6): the system
// as it was, and for a privilege item the privilege and its credential as they were. Stored as JSON
// in the item, printed as is by `mandate-cli review show --json`, so the keys are a documented
// format (README, "Review campaigns"):
//
//   system:    id, name, external_id, lifecycle_stage, paradigm, owners {business, technical, risk},
//              approval_gate, offboarding_plan, last_reviewed, review_cadence_days
//   privilege: id, target, scope, wildcard, tool, approval_gate, logging, handoff, expires,
//              justification, status, credential {id, name, kind, storage, created, last_rotated,
//              last_used, expires} or null
//
// Vocabulary values are their ids, dates ISO 8601, absent values empty strings.

#include "domain/aisystem.h"
#include "domain/credential.h"

#include <QJsonObject>
#include <QStringList>

namespace Mandate::ReviewSnapshot {

struct OwnerNames
{
    QString business;
    QString technical;
    QString risk;
};

QJsonObject ofSystem(const AiSystem &system, const OwnerNames &owners);
QJsonObject ofPrivilege(const Privilege &privilege, const Credential *credential);
// An item's subject: {"system": …} and, for a privilege item, "privilege": ….
QJsonObject subject(const QJsonObject &system, const QJsonObject &privilege = {});

// The owners' names a subject recorded (for separation of duties), without empties.
QStringList ownerNames(const QJsonObject &subject);

} // namespace Mandate::ReviewSnapshot
