#pragma once
// Writes one access-review campaign's decisions as CSV (issue 7): the record an auditor opens in a
// spreadsheet or feeds to a ticketing tool. One row per review item, in the order a session walks
// them, under a header row of fixed column names:
//
//   campaign_id, campaign, campaign_status, item_id, system_id, system, kind, subject, high_risk,
//   decision, justification, reviewer, decided_at, remediation
//
// kind, campaign_status, decision and high_risk (reasons joined by "; ") are vocabulary ids, so a
// script can rely on them; subject is what was asked: a privilege's target and scope as snapshotted,
// or the question in the UI language. RFC 4180 quoting, UTF-8, formula cells made inert as
// CsvInventoryWriter does.

#include "domain/campaign.h"

#include <QIODevice>
#include <QString>

namespace Mandate {

class Workspace;

namespace CampaignCsvWriter {

// False with a translated reason when there is no such campaign or the device refuses a write.
bool write(const Workspace &workspace, CampaignId campaign, QIODevice &device, QString *error);
// To a file, atomically (QSaveFile): whole or not at all. The reason names the file.
bool writeFile(const Workspace &workspace, CampaignId campaign, const QString &path, QString *error);

} // namespace CampaignCsvWriter
} // namespace Mandate
