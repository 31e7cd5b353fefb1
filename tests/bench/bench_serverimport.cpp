// Benchmark: an inventory import and an evidence import into a server workspace, against the same
// import into a workspace file measured in the same run (issue 8: a team workspace has the same
// features, and imports must stay usable at 100k systems). Needs a PostgreSQL server, as the
// tests do (scripts/pgcluster.sh start). Not a ctest test: run it by hand, in a Release build:
//
//   eval "$(scripts/pgcluster.sh start)"
//   cmake --build build/<dir> --target bench_serverimport
//   build/<dir>/tests/bench/bench_serverimport --rows 100000 --events 200000
//
// Wall time, since the server does part of the work in its own process; both runs are in this
// process, one after the other, so the ratio is what means something on any machine.

#include "benchtiming.h"
#include "common/testbackend.h"
#include "inventorygenerator.h"
#include "storage/importwriter.h"
#include "storage/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>

using namespace Mandate;
using Mandate::Bench::print;

namespace {

struct Timing
{
    double inventory = 0; // wall seconds
    double evidence = 0;
    QString check;
};

// Imports the CSV at csv into a new workspace at location, then events evidence events spread over
// its systems; the wall time of each.
Timing measure(const QString &location, const QString &csv, int events)
{
    Timing timing;
    WorkspaceError error;
    auto workspace = Workspace::create(location, &error);
    if (!workspace) {
        timing.check = error.message();
        return timing;
    }
    ImportSettings settings;
    settings.path = csv;
    ImportResult result;
    Bench::seconds([&] {
        const ImportContext context = workspace->beginImport(true);
        result = ImportWriter::write(context, settings, ImportControl {});
        workspace->finishImport(result);
    }, &timing.inventory);
    if (!result.committed) {
        timing.check = result.error;
        return timing;
    }
    QVector<EvidenceEvent> log;
    log.reserve(events);
    const QVector<SystemId> ids = workspace->systemIds();
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-1);
    for (int i = 0; i < events; ++i) {
        EvidenceEvent event;
        event.line = i + 1;
        event.at = start.addMSecs(i);
        event.systemRef = QString::number(ids.at(i % ids.size()));
        event.tool = QStringLiteral("http");
        event.target = QStringLiteral("https://api.example.com/v1/resource/%1").arg(i % 97);
        event.action = i % 5 ? QStringLiteral("read") : QStringLiteral("write");
        event.outcome = QStringLiteral("allowed");
        log << event;
    }
    bool stored = false;
    Bench::seconds([&] { stored = workspace->importEvidence(log, QStringLiteral("events.jsonl"), QStringLiteral("jsonl")); },
                   &timing.evidence);
    const AuditVerification audit = workspace->verifyAudit();
    timing.check = QStringLiteral("%1 systems, evidence %2, chain %3")
                       .arg(workspace->systemCount())
                       .arg(stored ? QStringLiteral("stored") : workspace->lastError(),
                            audit.ok ? QStringLiteral("verified") : audit.problem);
    return timing;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("rows"), QStringLiteral("Inventory rows (default 100000)."), QStringLiteral("N"),
                       QStringLiteral("100000") });
    parser.addOption({ QStringLiteral("events"), QStringLiteral("Evidence events (default 200000)."), QStringLiteral("N"),
                       QStringLiteral("200000") });
    parser.process(app);
    const QString unavailable = Test::postgresUnavailable();
    if (!unavailable.isEmpty()) {
        print(QStringLiteral("bench_serverimport needs a server: %1").arg(unavailable));
        return 2;
    }
    const qint64 rows = parser.value(QStringLiteral("rows")).toLongLong();
    const int events = parser.value(QStringLiteral("events")).toInt();
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("inventory.csv"));
    QString error;
    if (!InventoryGenerator().write(csv, rows, &error)) {
        print(error);
        return 1;
    }
    const Timing file = measure(dir.filePath(QStringLiteral("bench.mandate")), csv, events);
    Test::ScratchDatabase server;
    if (!server.isValid()) {
        print(server.error());
        return 1;
    }
    const Timing onServer = measure(server.location(), csv, events);

    print(QStringLiteral("inventory import, %1 rows: file %2 s, server %3 s (%4x the file's time)")
              .arg(rows)
              .arg(file.inventory, 0, 'f', 2)
              .arg(onServer.inventory, 0, 'f', 2)
              .arg(onServer.inventory / file.inventory, 0, 'f', 2));
    print(QStringLiteral("evidence import, %1 events: file %2 s, server %3 s (%4x the file's time)")
              .arg(events)
              .arg(file.evidence, 0, 'f', 2)
              .arg(onServer.evidence, 0, 'f', 2)
              .arg(onServer.evidence / file.evidence, 0, 'f', 2));
    print(QStringLiteral("file: %1").arg(file.check));
    print(QStringLiteral("server: %1").arg(onServer.check));
    return 0;
}
