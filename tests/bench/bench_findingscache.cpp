// Benchmark: how long one edit takes to reach the shared FindingsCache at the scale issue 5 asks
// for, against computing every finding again (what the findings dock and the dashboard each did
// before). Not a ctest test: run it by hand, in a Release or RelWithDebInfo build:
//
//   cmake --build build/<dir> --target bench_findingscache
//   build/<dir>/tests/bench/bench_findingscache --systems 10000,100000
//
// Options: --systems N[,N...] (default 10000,100000), --repeat R (edits timed, the best kept;
// default 5), --dir DIR (where the workspace files go; default a temporary directory). The
// inventory is bench_map's. Two edits are timed: a system field (paradigm) and a privilege's
// logging on a system whose credential other systems use too (so F-REUSE's other users are
// recomputed as well). Each is split into the workspace's write and the cache's update; after
// them the dashboard's figures are timed from the cached findings and the cache is compared with a
// full computation. Times are the process's CPU time.

#include "benchtiming.h"
#include "dashboard/dashboarddata.h"
#include "mapworkload.h"
#include "rules/findingscache.h"
#include "rules/findingsengine.h"
#include "storage/workspace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <functional>
#include <limits>

using namespace Mandate;
using Mandate::Bench::createAndOpen;
using Mandate::Bench::print;
using Mandate::Bench::seconds;

namespace {

const QDate kToday(2026, 6, 1);

QString fmt(double value, int precision = 4)
{
    return Mandate::Bench::fixed(value, precision);
}

QStringList lines(const QVector<SystemFinding> &findings)
{
    QStringList result;
    result.reserve(findings.size());
    for (const SystemFinding &f : findings)
        result << QString::number(f.systemId) + u' ' + f.finding.rule + u' ' + f.finding.reason;
    std::sort(result.begin(), result.end());
    return result;
}

// The best write and cache update times of repeat runs of edit.
void timeEdit(const QString &name, int repeat, FindingsCache &cache, double reference,
    const std::function<bool(int)> &edit)
{
    double write = std::numeric_limits<double>::max();
    double update = write;
    int recomputed = 0;
    QObject context;
    QObject::connect(&cache, &FindingsCache::changed, &context,
        [&](const QVector<SystemId> &ids) { recomputed = int(ids.size()); });
    for (int i = 0; i < repeat; ++i) {
        bool ok = false;
        write = std::min(write, seconds([&] { ok = edit(i); }));
        if (!ok) {
            print(QStringLiteral("  %1: the edit was refused").arg(name));
            return;
        }
        update = std::min(update, seconds([&] { cache.flush(); }));
    }
    print(QStringLiteral("  %1: write %2 s, cache update %3 s (%4 systems recomputed) = 1/%5 of computeFindings")
              .arg(name, fmt(write), fmt(update))
              .arg(recomputed)
              .arg(fmt(reference / std::max(update, 1e-9), 0)));
}

bool run(int count, int repeat, const QString &dir)
{
    QTemporaryDir temporary;
    const QString base = dir.isEmpty() ? temporary.path() : dir;
    const QString path = QDir(base).filePath(QStringLiteral("bench-findingscache-%1.mandate").arg(count));
    QFile::remove(path);
    const std::unique_ptr<Workspace> workspace = createAndOpen(path, count);
    if (!workspace)
        return false;

    int findingCount = 0;
    const double reference = seconds([&] { findingCount = int(computeFindings(*workspace, kToday).size()); });
    FindingsCache cache(workspace.get());
    cache.setToday(kToday);
    const double fill = seconds([&] { cache.count(); });
    print(QStringLiteral("%1 systems, %2 findings").arg(count).arg(findingCount));
    print(QStringLiteral("  reference computeFindings     %1 s").arg(fmt(reference, 3)));
    print(QStringLiteral("  cache fill                    %1 s").arg(fmt(fill, 3)));

    const SystemId system = workspace->systemIds().at(count / 2);
    timeEdit(QStringLiteral("system field edit"), repeat, cache, reference, [&](int i) {
        return workspace->setSystemValue(
            system, SystemField::Paradigm, i % 2 ? QStringLiteral("agentic") : QStringLiteral("generative"));
    });

    // A privilege holding the credential the fewest other systems share (at least two in all),
    // and one the most share: the cost grows with the credential's users.
    QHash<CredentialId, QSet<SystemId>> users;
    QHash<CredentialId, Privilege> holder;
    for (const Privilege &p : workspace->allPrivileges()) {
        if (p.credentialId == 0)
            continue;
        users[p.credentialId].insert(p.systemId);
        holder.insert(p.credentialId, p);
    }
    CredentialId fewest = 0;
    CredentialId most = 0;
    for (auto it = users.cbegin(); it != users.cend(); ++it) {
        if (it->size() < 2)
            continue;
        if (fewest == 0 || it->size() < users.value(fewest).size())
            fewest = it.key();
        if (most == 0 || it->size() > users.value(most).size())
            most = it.key();
    }
    for (const CredentialId credential : { fewest, most }) {
        if (credential == 0)
            continue;
        const Privilege original = holder.value(credential);
        timeEdit(QStringLiteral("privilege edit, credential of %1 systems").arg(users.value(credential).size()),
            repeat, cache, reference, [&](int i) {
                Privilege changed = workspace->privilege(original.id);
                changed.logging = i % 2 == 0 ? (original.logging == Logging::None ? Logging::Local : Logging::None)
                                             : original.logging;
                return workspace->updatePrivilege(changed);
            });
    }

    // What the dashboard still pays per edit with the findings given: its per-system pass.
    const QVector<SystemFinding> cached = cache.findings();
    const double dashboard = seconds([&] { computeDashboard(*workspace, cached); });
    print(QStringLiteral("  computeDashboard from the cache's findings  %1 s").arg(fmt(dashboard, 3)));

    const bool equal = lines(cache.findings()) == lines(computeFindings(*workspace, kToday));
    print(QStringLiteral("  cache equals a full computation afterwards: %1")
              .arg(equal ? QStringLiteral("yes") : QStringLiteral("NO")));
    return equal;
}

} // namespace

int main(int argc, char *argv[])
{
    return Mandate::Bench::runPerSystemCount(argc, argv, QStringLiteral("Times one edit reaching the findings cache."), 5, run);
}
