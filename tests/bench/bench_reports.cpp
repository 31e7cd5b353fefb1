// Benchmark: the PDF reports of issue 7, against the JSON export of the same workspace (which reads
// the same systems, privileges and mappings, and writes them as text). Goals: a full inventory report on 1,000 systems in at most
// 5 s and 25 MB; a summary-only report on 10,000 systems in at most 5 s. Not a ctest test: run it
// by hand, in a Release or RelWithDebInfo build:
//
//   cmake --build build/<dir> --target bench_reports
//   build/<dir>/tests/bench/bench_reports --systems 1000,10000
//
// Options: --systems N[,N...] (default 1000,10000), --dir DIR. The inventory is bench_map's. For each
// size: the summary-only report (cover, summary, map) on every system, and the full report on 1,000
// of them (all of them at 1,000; a larger one would run to thousands of pages). Times are CPU
// seconds, wall in brackets. Last, the campaign report of a campaign over the default review scope.

#include "benchtiming.h"
#include "io/workspacejsonwriter.h"
#include "mapworkload.h"
#include "report/campaignreport.h"
#include "report/inventoryreport.h"
#include "review/reviewscope.h"
#include "storage/workspace.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

using namespace Mandate;
using Mandate::Bench::createAndOpen;
using Mandate::Bench::fixed;
using Mandate::Bench::print;
using Mandate::Bench::seconds;

namespace {

constexpr int kFullReportLimit = 1000;

// The process's peak resident memory so far, in MB (Linux).
double peakMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

bool timeReport(const Workspace &workspace, const QVector<SystemId> &ids, int sections, const QString &label,
    const QString &path, double reference)
{
    InventoryReport::Options options;
    options.sections = sections;
    options.analyst = QStringLiteral("Bench Analyst");
    std::unique_ptr<ReportDocument> document;
    double buildWall = 0;
    const double build = seconds([&] { document = InventoryReport::build(workspace, ids, options); }, &buildWall);
    QString error;
    bool written = false;
    double writeWall = 0;
    const double write = seconds([&] { written = document->writeFile(path, {}, &error); }, &writeWall);
    if (!written) {
        print(QStringLiteral("  %1: %2").arg(label, error));
        return false;
    }
    const double megabytes = double(QFileInfo(path).size()) / (1024.0 * 1024.0);
    print(QStringLiteral("  %1: %2 pages, %3 MB; build %4 s (%5), lay out and write %6 s (%7); total %8 s (wall %9) = %10x reference")
              .arg(label)
              .arg(document->pageCount())
              .arg(fixed(megabytes, 1), fixed(build, 2), fixed(buildWall, 2), fixed(write, 2), fixed(writeWall, 2),
                  fixed(build + write, 2), fixed(buildWall + writeWall, 2), fixed((build + write) / std::max(reference, 1e-9), 1)));
    return true;
}

bool run(int count, int, const QString &dir)
{
    QTemporaryDir temporary;
    const QString base = dir.isEmpty() ? temporary.path() : dir;
    const QString path = QDir(base).filePath(QStringLiteral("bench-reports-%1.mandate").arg(count));
    QFile::remove(path);
    const std::unique_ptr<Workspace> workspace = createAndOpen(path, count);
    if (!workspace)
        return false;

    QBuffer json;
    json.open(QIODevice::WriteOnly);
    QString error;
    const double reference = seconds([&] { WorkspaceJsonWriter::write(*workspace, workspace->systemIds(), json, &error); });
    print(QStringLiteral("%1 systems; reference: the workspace as JSON %2 s (%3 MB)")
              .arg(count)
              .arg(fixed(reference, 3), fixed(double(json.size()) / (1024.0 * 1024.0), 1)));

    const QString pdf = QDir(base).filePath(QStringLiteral("bench-report-%1.pdf").arg(count));
    const QVector<SystemId> all = workspace->systemIds();
    bool ok = timeReport(*workspace, all, InventoryReport::Cover | InventoryReport::Summary | InventoryReport::Map,
        QStringLiteral("summary only"), pdf, reference);
    // The full report on 1,000 systems: the whole estate, or 1,000 of a larger one (a filter's worth).
    const QVector<SystemId> some = all.mid(0, kFullReportLimit);
    if (ok) {
        ok = timeReport(*workspace, some, InventoryReport::AllSections,
            count <= kFullReportLimit ? QStringLiteral("full report") : QStringLiteral("full report on 1000 of them"), pdf,
            reference);
    }
    // The campaign report of a campaign over the default scope (nearly every system), as a draft.
    if (ok) {
        Campaign draft;
        draft.name = QStringLiteral("Bench campaign");
        draft.scope = ReviewScope::defaultText();
        draft.reviewers = { QStringLiteral("Bench Reviewer") };
        const CampaignId campaign = workspace->createCampaign(draft);
        std::unique_ptr<ReportDocument> document;
        double buildWall = 0;
        const double build = seconds([&] { document = CampaignReport::build(*workspace, campaign, {}, {}, &error); }, &buildWall);
        double writeWall = 0;
        const double write = seconds([&] { ok = document && document->writeFile(pdf, {}, &error); }, &writeWall);
        if (!ok) {
            print(QStringLiteral("  campaign report: %1").arg(error));
        } else {
            print(QStringLiteral("  campaign report (%1 items): %2 pages, %3 MB; build %4 s (%5), lay out and write %6 s (%7)")
                      .arg(workspace->campaign(campaign).items)
                      .arg(document->pageCount())
                      .arg(fixed(double(QFileInfo(pdf).size()) / (1024.0 * 1024.0), 1), fixed(build, 2),
                          fixed(buildWall, 2), fixed(write, 2), fixed(writeWall, 2)));
        }
    }
    print(QStringLiteral("  peak memory so far %1 MB").arg(fixed(peakMegabytes(), 0)));
    QFile::remove(pdf);
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    // Fonts need a QGuiApplication; no display is needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    return Mandate::Bench::runPerSystemCount(
        argc, argv, QStringLiteral("Times the PDF reports."), 1, run, QStringLiteral("1000,10000"));
}
