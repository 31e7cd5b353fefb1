// Benchmark: computing the dashboard's figures (DashboardData) at the scale issue 5 asks for. Not
// a ctest test: run it by hand, in a Release or RelWithDebInfo build:
//
//   cmake --build build/<dir> --target bench_dashboard
//   build/<dir>/tests/bench/bench_dashboard --systems 10000,100000
//
// Options: --systems N[,N...] (default 10000,100000), --repeat R (runs timed, the best kept;
// default 3), --dir DIR (where the workspace files go; default a temporary directory). The
// inventory is bench_map's (varied behaviour, privileges and credentials). Each timing is printed
// next to two references measured in the same run on the same workspace: one plain pass over the
// systems calling deriveValues (the floor of anything per system), and computeFindings alone (the
// part of the dashboard the findings panel pays too). Times are the process's CPU time.

#include "benchtiming.h"
#include "dashboard/dashboarddata.h"
#include "mapworkload.h"
#include "rules/derivedfacts.h"
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

QString fmt(double value, int precision = 3)
{
    return Mandate::Bench::fixed(value, precision);
}

// The best of repeat runs: the least disturbed by the rest of the machine.
double best(int repeat, const std::function<void()> &work)
{
    double result = std::numeric_limits<double>::max();
    for (int i = 0; i < repeat; ++i)
        result = std::min(result, seconds(work));
    return result;
}

bool run(int count, int repeat, const QString &dir)
{
    QTemporaryDir temporary;
    const QString base = dir.isEmpty() ? temporary.path() : dir;
    const QString path = QDir(base).filePath(QStringLiteral("bench-dashboard-%1.mandate").arg(count));
    QFile::remove(path);
    const std::unique_ptr<Workspace> workspace = createAndOpen(path, count);
    if (!workspace)
        return false;

    int sink = 0; // keeps the optimiser from dropping the reference loop
    const double derive = best(repeat, [&] {
        for (const SystemId id : workspace->systemIds()) {
            if (deriveValues(*workspace->system(id)).identitySubject == Tristate::Yes)
                ++sink;
        }
    });
    int findingCount = 0;
    const double findings = best(repeat, [&] { findingCount = int(computeFindings(*workspace, kToday).size()); });
    DashboardData data;
    const double dashboard = best(repeat, [&] { data = computeDashboard(*workspace, kToday); });
    // One click on the largest rule bar: what narrowing the inventory costs.
    double click = 0;
    int clicked = 0;
    if (!data.rules.isEmpty()) {
        click = best(repeat, [&] { clicked = int(systemsMatching(*workspace, data.rules.first().filter, kToday).size()); });
    }

    print(QStringLiteral("%1 systems, %2 findings, %3 rules fired (identity subjects: %4)")
              .arg(count)
              .arg(findingCount)
              .arg(data.rules.size())
              .arg(sink / repeat));
    print(QStringLiteral("  reference deriveValues pass   %1 s").arg(fmt(derive)));
    print(QStringLiteral("  reference computeFindings     %1 s").arg(fmt(findings)));
    print(QStringLiteral("  computeDashboard              %1 s  = %2 x deriveValues, %3 x computeFindings")
              .arg(fmt(dashboard), fmt(dashboard / std::max(derive, 1e-9), 1),
                  fmt(dashboard / std::max(findings, 1e-9), 2)));
    if (!data.rules.isEmpty()) {
        print(QStringLiteral("  systemsMatching(%1)  %2 s, %3 systems")
                  .arg(data.rules.first().filter.value, fmt(click))
                  .arg(clicked));
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    return Mandate::Bench::runPerSystemCount(argc, argv, QStringLiteral("Times computing the dashboard's figures."), 3, run);
}
