#pragma once
// A system as a JSON object, with its derived facts and their rationale: the shape of
// `mandate-cli list --json` and `show --json`, and later of the JSON export.

#include "domain/aisystem.h"

#include <QJsonObject>

namespace Mandate {

class Workspace;

namespace SystemJson {

// Keys: id, external_id, name, paradigm, suggested_paradigm, runtime_authority, identity_subject,
// nhi_risk, access_footprint, lifecycle_stage, rationale {fact: [..]}, attributes {every other field
// by its native CSV column name, custom attributes included}. Owners appear by name.
QJsonObject toJson(const Workspace &workspace, const AiSystem &system);

} // namespace SystemJson
} // namespace Mandate
