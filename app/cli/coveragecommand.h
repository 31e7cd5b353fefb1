#pragma once
// mandate-cli coverage: how far the workspace's mappings cover each framework catalog, as the
// coverage matrix and the dashboard count it (CoverageModel::coverageOf). Text and --json renderings
// live together here, apart from CliApp's parsing.

class QTextStream;

namespace Mandate {

class Workspace;

namespace CoverageCommand {

// Text: one line per catalog (id, version, coverage, covered of mapped, then the count per status).
// JSON: an array with one object per catalog, one per line; percent is null when nothing is mapped.
void print(const Workspace &workspace, bool json, QTextStream &out);

} // namespace CoverageCommand
} // namespace Mandate
