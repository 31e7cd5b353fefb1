#pragma once
// mandate-cli findings: the findings of every system, most severe first, as the findings panel
// shows them. Kept apart from CliApp, which only parses the command line, so that the two
// renderings (text lines and --json objects) live together.

class QTextStream;

namespace Mandate {

class Workspace;

namespace FindingsCommand {

// Text: one line per finding (severity, rule, system id, system name, reason, frameworks).
// JSON: an array with one object per finding, one per line.
void print(const Workspace &workspace, bool json, QTextStream &out);

} // namespace FindingsCommand
} // namespace Mandate
