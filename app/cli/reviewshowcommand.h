#pragma once
// mandate-cli review show: one campaign with its items and, per system, the runtime evidence a
// reviewer weighs (window, observed accesses, F-UNDECLARED and F-UNUSED). Apart from ReviewCommand
// because the evidence rendering is most of it. Items print their subject as snapshotted
// (ReviewSnapshot), so the JSON keys are the documented ones.

#include "domain/campaign.h"

#include <QJsonObject>

class QTextStream;

namespace Mandate {

class Workspace;

namespace ReviewShowCommand {

// The campaign as `review list --json` and `review show --json` print it.
QJsonObject campaignJson(const Campaign &campaign);

// JSON: {"campaign": {…}, "items": […], "evidence": {"<system id>": {…}}}. Text: the campaign, a
// table of its items, then each system's evidence. Returns CliApp::Ok.
int print(const Workspace &workspace, const Campaign &campaign, bool json, QTextStream &out);

} // namespace ReviewShowCommand
} // namespace Mandate
