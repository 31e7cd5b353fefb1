#pragma once
// The inventory bench_map times the map on: count systems, a few hundred owners and credentials,
// drawn from a fixed seed so that every run measures the same data. A uniform or round-robin
// inventory would pile its markers into a few cells and leave the rest empty, which flatters the
// clustering and the zoomed view; so behaviour, privileges, lifecycle stages and paradigms are
// varied at random, enough that markers land in every region and every band, with the mix a real
// inventory has (disagreements with the classifier, unclassified systems, some placed by hand).

#include "storage/workspace.h"

#include <QString>
#include <QVector>
#include <memory>

namespace Mandate::Bench {

// count systems; their owners and credentials are provisional ids, positions in the lists that
// createAndOpen inserts with them (200 people, 500 credentials).
QVector<SystemSnapshot> makeSystems(int count);

// Shared with bench_workspace, whose inventory has the same names, people and credentials but
// behaviour dealt round-robin: "Claims triage model 0", "Release triage model 1", ... (system i),
// one of the nouns those names use, and count people and credentials with varied kinds.
QString systemName(int i);
QLatin1String systemNoun(int i);
QVector<Person> makePeople(int count);
QVector<Credential> makeCredentials(int count);

// A new workspace file of count systems, created, closed and opened again as an analyst would;
// prints the time each step took. Null (with the reason on stderr) if either step fails.
std::unique_ptr<Workspace> createAndOpen(const QString &path, int count);

} // namespace Mandate::Bench
