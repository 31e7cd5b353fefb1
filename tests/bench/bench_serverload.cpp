// Benchmark: several analysts writing to one server workspace at once (issue 8). Goal: 8 writers
// making 1,000 edits each on loopback lose no update, leave a verified audit chain, and keep most of
// one writer's throughput. Not a ctest test: run it by hand against a server, in a Release build:
//
//   eval "$(scripts/pgcluster.sh start)"      # or set MANDATE_TEST_PG_URI to a server of your own
//   cmake --build build/<dir> --target bench_serverload
//   build/<dir>/tests/bench/bench_serverload --writers 8 --edits 1000
//
// Every edit sets one system's description. Two workloads: each writer on systems of its own
// (disjoint), and all writers on the same 200 systems (shared), where they meet: an edit based on a
// row another writer changed meanwhile is refused (optimistic concurrency), the workspace reads the
// row again, and the writer tries once more, as an analyst would. Between edits each writer lets its
// events through, as the window does between an analyst's actions, so the others' changes arrive.
// The reference, measured in the same run, is one writer making the same number of edits alone.
// Afterwards: each system holds the value of its last audited edit (no edit was lost or
// overwritten unseen), and the chain verifies.

#include "benchtiming.h"
#include "common/testbackend.h"
#include "storage/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QThread>

#include <atomic>

using namespace Mandate;
using Mandate::Bench::print;

namespace {

constexpr int kShared = 200; // the systems every writer edits in the shared workload

struct Tally
{
    std::atomic<int> accepted { 0 };
    std::atomic<int> conflicts { 0 }; // refused as stale, then tried again
    std::atomic<int> failed { 0 };    // refused twice, or not stored for another reason
};

// One writer's edits; retries an edit refused as stale once (the refusal re-read the row). Shared:
// on the first 200 systems; else on writer's own 200 after them.
void write(const QString &location, int writer, int edits, bool shared, Tally *tally)
{
    WorkspaceError error;
    auto workspace = Workspace::open(location, &error);
    if (!workspace) {
        tally->failed += edits;
        return;
    }
    workspace->setActor(QStringLiteral("writer-%1").arg(writer));
    const QVector<SystemId> all = workspace->systemIds();
    const QVector<SystemId> ids = all.mid(shared ? 0 : kShared * (writer + 1), kShared);
    for (int edit = 0; edit < edits; ++edit) {
        QCoreApplication::processEvents(); // others' changes, as the window takes them between actions
        const SystemId id = ids.at((writer * 7 + edit * 13) % ids.size());
        const QString value = QStringLiteral("writer %1 edit %2").arg(writer).arg(edit);
        bool stored = workspace->setSystemValue(id, SystemField::Description, value);
        if (!stored) {
            ++tally->conflicts;
            stored = workspace->setSystemValue(id, SystemField::Description, value);
        }
        ++(stored ? tally->accepted : tally->failed);
    }
}

// Wall seconds for writers writing edits each at once.
double run(const QString &location, int writers, int edits, bool shared, Tally *tally)
{
    QElapsedTimer timer;
    timer.start();
    QVector<QThread *> threads;
    for (int w = 0; w < writers; ++w) {
        threads << QThread::create([=] { write(location, w, edits, shared, tally); });
        threads.last()->start();
    }
    for (QThread *thread : std::as_const(threads)) {
        thread->wait();
        delete thread;
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

// Every system holds the new value of the last audit entry that changed its description.
bool noLostUpdate(const QString &location, int *checked)
{
    WorkspaceError error;
    auto workspace = Workspace::open(location, &error);
    if (!workspace)
        return false;
    QHash<SystemId, QString> lastAudited;
    for (const AuditEntry &entry : workspace->auditEntries()) {
        if (entry.entity == QLatin1String("system") && entry.field == QLatin1String("description"))
            lastAudited.insert(entry.entityId.toLongLong(), entry.newValue);
    }
    *checked = 0;
    for (auto it = lastAudited.cbegin(); it != lastAudited.cend(); ++it) {
        const AiSystem *system = workspace->system(it.key());
        if (!system || system->description != it.value())
            return false;
        ++*checked;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Concurrent writers on a server workspace"));
    parser.addHelpOption();
    const QCommandLineOption writersOption(QStringLiteral("writers"), QStringLiteral("Writers at once."),
        QStringLiteral("N"), QStringLiteral("8"));
    const QCommandLineOption editsOption(QStringLiteral("edits"), QStringLiteral("Edits per writer."),
        QStringLiteral("N"), QStringLiteral("1000"));
    parser.addOptions({ writersOption, editsOption });
    parser.process(app);
    const int writers = qMax(1, parser.value(writersOption).toInt());
    const int edits = qMax(1, parser.value(editsOption).toInt());

    const QString unavailable = Test::postgresUnavailable();
    if (!unavailable.isEmpty()) {
        print(QStringLiteral("no server: %1").arg(unavailable));
        return 1;
    }
    Test::ScratchDatabase database;
    if (!database.isValid()) {
        print(QStringLiteral("cannot make a database: %1").arg(database.error()));
        return 1;
    }
    {
        WorkspaceError error;
        auto workspace = Workspace::create(database.location(), &error);
        if (!workspace) {
            print(QStringLiteral("cannot create the workspace: %1").arg(error.message()));
            return 1;
        }
        for (int i = 0; i < kShared * (writers + 1); ++i) {
            AiSystem prototype;
            prototype.name = QStringLiteral("System %1").arg(i);
            workspace->addSystem(prototype);
        }
    }

    Tally alone;
    const double aloneSeconds = run(database.location(), 1, edits, true, &alone);
    const double aloneRate = alone.accepted / aloneSeconds;
    print(QStringLiteral("reference: 1 writer, %1 edits in %2 s wall: %3 edits/s")
              .arg(alone.accepted.load())
              .arg(aloneSeconds, 0, 'f', 2)
              .arg(aloneRate, 0, 'f', 0));

    int failed = 0;
    for (const bool shared : { false, true }) {
        Tally together;
        const double togetherSeconds = run(database.location(), writers, edits, shared, &together);
        const double togetherRate = together.accepted / togetherSeconds;
        print(QStringLiteral("%1 writers x %2 edits, %3 systems: %4 stored, %5 refused as stale and retried, "
                             "%6 not stored, %7 s wall: %8 edits/s (%9x the single writer)")
                  .arg(writers)
                  .arg(edits)
                  .arg(shared ? QStringLiteral("shared") : QStringLiteral("own"))
                  .arg(together.accepted.load())
                  .arg(together.conflicts.load())
                  .arg(together.failed.load())
                  .arg(togetherSeconds, 0, 'f', 2)
                  .arg(togetherRate, 0, 'f', 0)
                  .arg(togetherRate / aloneRate, 0, 'f', 2));
        failed += together.failed;
    }

    int checked = 0;
    const bool kept = noLostUpdate(database.location(), &checked);
    WorkspaceError error;
    auto workspace = Workspace::open(database.location(), &error);
    const AuditVerification audit = workspace ? workspace->verifyAudit() : AuditVerification { false, 0, 0, {}, {} };
    print(QStringLiteral("no lost update: %1 (%2 systems hold their last audited value); audit chain: %3 (%4 entries)")
              .arg(kept ? QStringLiteral("yes") : QStringLiteral("NO"))
              .arg(checked)
              .arg(audit.ok ? QStringLiteral("verified") : QStringLiteral("BROKEN: ") + audit.problem)
              .arg(audit.entriesChecked));
    return kept && audit.ok && failed == 0 ? 0 : 1;
}
