#pragma once
// Writes the whole workspace as one JSON document (issue 7), for archiving and for other tools.
// It is written streaming, one compact object at a time, so that an estate of 100k systems and 1M
// privileges never sits in memory as one QJsonDocument; privileges and mappings are read once for
// the whole estate rather than once per system. UTF-8, keys in snake_case:
//
//   format            "mandate-workspace-export"
//   format_version    1
//   exported_at       when, ISO 8601 UTC
//   schema_version    the workspace file's schema version
//   audit             {entries, head_hash, chain_valid}, as Workspace::verifyAudit() found them
//   people            [{id, name, email, team}]
//   credentials       [{id, name, kind, storage, created, expires, last_rotated, last_used,
//                       environments [..], used_by_humans}] (only metadata: secrets never enter a workspace)
//   systems           [SystemJson::toJson (io/systemjson.h) plus
//                       privileges [{id, target, scope, wildcard, credential_id, tool, approval_gate,
//                                    logging, expires, justification, handoff, status}],
//                       mappings [{id, catalog, item, status, control_note, evidence, decided_by, decided_at}],
//                       placement {paradigm, x, y} (x and y null: laid out automatically)]
//   catalogs          [{id, name, version, source}] (not their items)
//   campaigns         [{id, name, status, scope, reviewers [..], due, created_at, created_by, finished_at,
//                       finished_by, items [{id, ordinal, system_id, system_name, privilege_id, kind, high_risk [..],
//                       subject (the snapshot, see review/reviewsnapshot.h), decision, justification,
//                       decided_by, decided_at, remediation}]}]
//   audit_entries     [{sequence, at, actor, action, entity, entity_id, field, old_value, new_value,
//                       previous_hash, hash}], only when Options::auditEntries is set
//
// Vocabulary values are their ids, dates ISO 8601, absent dates and ids null. The systems array
// is the shape `mandate-cli list --json` prints.

#include "domain/aisystem.h"
#include "domain/campaign.h"

#include <QIODevice>
#include <QString>
#include <QVector>

namespace Mandate {

class Workspace;

namespace WorkspaceJsonWriter {

struct Options
{
    bool auditEntries = false; // also write every audit log entry
    CampaignId campaign = 0;   // 0: every campaign; else only this one
};

// Writes the systems ids names (in that order; unknown ids skipped) with everything else whole;
// false with a translated reason when the device refuses a write.
bool write(const Workspace &workspace, const QVector<SystemId> &ids, QIODevice &device, QString *error,
           const Options &options = {});
// To a file, atomically (QSaveFile): whole or not at all. The reason names the file.
bool writeFile(const Workspace &workspace, const QVector<SystemId> &ids, const QString &path, QString *error,
               const Options &options = {});

} // namespace WorkspaceJsonWriter
} // namespace Mandate
