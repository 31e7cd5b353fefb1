// Benchmark: importing native-layout CSV inventories with mandate-cli, against sqlite3's own
// `.import` of the same file measured in the same run (issue 3, "Speed"). Not a ctest test: run it
// by hand, in a Release build:
//
//   cmake -S . -B build/<dir> -G Ninja -DCMAKE_BUILD_TYPE=Release
//   cmake --build build/<dir> --target bench_import mandate-cli
//   build/<dir>/tests/bench/bench_import --rows 100000,1000000
//
// Options: --rows N[,N...] (repeatable; default 100000,1000000), --dir DIR (where the CSVs,
// databases and workspaces go; default a temporary directory), --keep (leave the files there),
// --cli PATH (default: app/cli/mandate-cli of this build, else next to this executable),
// --sqlite3 PATH (default: from PATH), --repeat R (best of R runs of each, default 1).
// Both importers run as child processes: wait4() gives each one's wall time, CPU time (user + sys)
// and peak resident memory. The ratio of the two times is what means something on any machine.
// Linux carries a parent's resident size over into its child's peak across exec, so a child's
// peak never reads below this bench's own size: the bench streams its files to stay small and
// prints that floor.

#include "benchtiming.h"
#include "childrun.h"
#include "inventorygenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>


using namespace Mandate;
using Mandate::Bench::print;
using Mandate::Bench::readAll;
using Mandate::Bench::Run;
using Mandate::Bench::runChild;

namespace {


struct SizeResult
{
    qint64 rows = 0;
    double fileMb = 0;
    Run reference;
    Run import;
    Run dryRun;
    QString check; // what the workspace holds afterwards
};

QString fmt(double value, int precision = 2)
{
    return QString::number(value, 'f', precision);
}

// The best of two runs: the least time, the largest peak.
void keepBest(Run &best, const Run &run, bool first)
{
    if (first || !run.ok) {
        best = run;
        return;
    }
    best.wall = std::min(best.wall, run.wall);
    best.cpu = std::min(best.cpu, run.cpu);
    best.peakMb = std::max(best.peakMb, run.peakMb);
}

QString defaultCli()
{
    const QString here = QCoreApplication::applicationDirPath();
    const QStringList candidates { here + QStringLiteral("/../../app/cli/mandate-cli"),
        here + QStringLiteral("/mandate-cli") };
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return QString();
}

QList<qint64> parseSizes(const QStringList &values, bool *ok)
{
    QList<qint64> sizes;
    *ok = true;
    for (const QString &value : values) {
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool valid = false;
            const qint64 rows = part.trimmed().toLongLong(&valid);
            if (!valid || rows <= 0)
                *ok = false;
            else
                sizes << rows;
        }
    }
    return sizes;
}

// One size: generate the file, then the reference, the dry run and the import, repeat times.
SizeResult measure(qint64 rows, const QString &dir, const QString &cli, const QString &sqlite3, int repeat)
{
    SizeResult result;
    result.rows = rows;
    const QString csv = dir + QStringLiteral("/inventory-%1.csv").arg(rows);
    const QString log = dir + QStringLiteral("/log-%1").arg(rows);
    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!InventoryGenerator().write(csv, rows, &error)) {
        result.reference.failure = QStringLiteral("cannot write %1: %2").arg(csv, error);
        return result;
    }
    result.fileMb = double(QFileInfo(csv).size()) / 1e6;
    print(QStringLiteral("%1 rows: generated %2 (%3 MB) in %4 s")
              .arg(rows)
              .arg(csv, fmt(result.fileMb, 1), fmt(double(timer.nsecsElapsed()) / 1e9, 1)));

    const QString reference = dir + QStringLiteral("/reference-%1.db").arg(rows);
    const QString workspace = dir + QStringLiteral("/import-%1.mandate").arg(rows);
    const auto remove = [](const QString &path) {
        for (const char *suffix : { "", "-wal", "-shm", "-journal" })
            QFile::remove(path + QLatin1String(suffix));
    };
    for (int round = 0; round < repeat; ++round) {
        remove(reference);
        keepBest(result.reference,
            runChild({ sqlite3, QStringLiteral("-cmd"), QStringLiteral(".mode csv"), reference,
                         QStringLiteral(".import '%1' t").arg(csv) },
                log + QStringLiteral(".sqlite3.out"), log + QStringLiteral(".sqlite3.err")),
            round == 0);
        remove(workspace);
        const Run init = runChild({ cli, QStringLiteral("init"), workspace }, log + QStringLiteral(".init.out"),
            log + QStringLiteral(".init.err"));
        if (!init.ok) {
            result.import.failure = QStringLiteral("mandate-cli init: ") + init.failure;
            return result;
        }
        keepBest(result.dryRun,
            runChild({ cli, QStringLiteral("import"), workspace, csv, QStringLiteral("--dry-run") },
                log + QStringLiteral(".dryrun.out"), log + QStringLiteral(".dryrun.err")),
            round == 0);
        keepBest(result.import,
            runChild({ cli, QStringLiteral("import"), workspace, csv }, log + QStringLiteral(".import.out"),
                log + QStringLiteral(".import.err")),
            round == 0);
    }

    // What each side stored, so that a fast import that drops rows does not look good.
    runChild({ sqlite3, reference, QStringLiteral("SELECT count(*) FROM t") }, log + QStringLiteral(".count.out"),
        log + QStringLiteral(".count.err"));
    const QString referenceRows = readAll(log + QStringLiteral(".count.out"));
    runChild({ sqlite3, QStringLiteral("-readonly"), workspace,
                 QStringLiteral("SELECT (SELECT count(*) FROM systems) || ' systems, ' || "
                                "(SELECT count(*) FROM systems WHERE custom_attributes LIKE '%cost_centre%') "
                                "|| ' with custom attributes, ' || (SELECT count(*) FROM people) || ' people'") },
        log + QStringLiteral(".count.out"), log + QStringLiteral(".count.err"));
    result.check = QStringLiteral("sqlite3 table: %1 rows; workspace: %2")
                       .arg(referenceRows, readAll(log + QStringLiteral(".count.out")));
    print(QStringLiteral("  stored: ") + result.check);
    return result;
}

QString cell(const QString &text, int width)
{
    return text.rightJustified(width);
}

void printTable(const QList<SizeResult> &results)
{
    print(QString());
    print(QStringLiteral("      rows   file MB | sqlite3 .import: wall s   CPU s  peak MB | mandate import: wall s   "
                         "CPU s  peak MB | ratio: wall    CPU | dry run: wall s   CPU s  peak MB"));
    for (const SizeResult &r : results) {
        const auto times = [](const Run &run, int width) -> QString {
            if (!run.ok)
                return cell(QStringLiteral("failed"), width + 16);
            return cell(fmt(run.wall), width) + cell(fmt(run.cpu), 8) + cell(fmt(run.peakMb, 0), 9);
        };
        const bool both = r.reference.ok && r.import.ok;
        print(cell(QString::number(r.rows), 10) + cell(fmt(r.fileMb, 1), 10) + QStringLiteral(" |")
            + times(r.reference, 24) + QStringLiteral(" |") + times(r.import, 23) + QStringLiteral(" |")
            + cell(both ? fmt(r.import.wall / r.reference.wall, 1) : QStringLiteral("-"), 12)
            + cell(both ? fmt(r.import.cpu / r.reference.cpu, 1) : QStringLiteral("-"), 7) + QStringLiteral(" |")
            + times(r.dryRun, 16));
    }
    print(QString());
    print(QStringLiteral("goals (issue 3): at 100k rows, import at most 3x sqlite3 .import (stretch 1.5x); "
                         "at 1M rows, peak memory under 200 MB"));
    for (const SizeResult &r : results) {
        if (!r.reference.ok || !r.import.ok)
            continue;
        const double wall = r.import.wall / r.reference.wall;
        const double cpu = r.import.cpu / r.reference.cpu;
        const auto verdict = [](double ratio) {
            return ratio <= 1.5 ? QStringLiteral("stretch met")
                                : ratio <= 3 ? QStringLiteral("met") : QStringLiteral("NOT met");
        };
        print(QStringLiteral("  %1 rows: ratio wall %2 (%3), CPU %4 (%5); peak %6 MB (%7)")
                  .arg(r.rows)
                  .arg(fmt(wall, 1), verdict(wall), fmt(cpu, 1), verdict(cpu), fmt(r.import.peakMb, 0),
                      r.import.peakMb < 200 ? QStringLiteral("under 200") : QStringLiteral("NOT under 200")));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times mandate-cli import of native CSVs against sqlite3 .import of the same files."));
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"),
        QStringLiteral("Rows per file; repeatable or a comma-separated list."), QStringLiteral("N"),
        QStringLiteral("100000,1000000"));
    const QCommandLineOption dirOption(QStringLiteral("dir"),
        QStringLiteral("Directory for the files (default: a temporary one)."), QStringLiteral("DIR"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Keep the files afterwards."));
    const QCommandLineOption cliOption(
        QStringLiteral("cli"), QStringLiteral("The mandate-cli to time."), QStringLiteral("PATH"), defaultCli());
    const QCommandLineOption sqliteOption(QStringLiteral("sqlite3"), QStringLiteral("The sqlite3 shell."),
        QStringLiteral("PATH"), QStandardPaths::findExecutable(QStringLiteral("sqlite3")));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"),
        QStringLiteral("Runs of each, the best kept."), QStringLiteral("R"), QStringLiteral("1"));
    parser.addOptions({ rowsOption, dirOption, keepOption, cliOption, sqliteOption, repeatOption });
    parser.process(app);

    bool sizesOk = false;
    const QList<qint64> sizes = parseSizes(parser.values(rowsOption), &sizesOk);
    const int repeat = parser.value(repeatOption).toInt();
    if (!sizesOk || sizes.isEmpty() || repeat < 1) {
        std::fprintf(stderr, "bench_import: --rows takes positive numbers, --repeat a positive count\n");
        return 1;
    }
    const QString cli = QFileInfo(parser.value(cliOption)).absoluteFilePath();
    const QString sqlite3 = QFileInfo(parser.value(sqliteOption)).absoluteFilePath();
    if (parser.value(cliOption).isEmpty() || !QFileInfo(cli).isExecutable()) {
        std::fprintf(stderr, "bench_import: no mandate-cli at \"%s\"; build it or pass --cli\n", qPrintable(cli));
        return 1;
    }
    if (parser.value(sqliteOption).isEmpty() || !QFileInfo(sqlite3).isExecutable()) {
        std::fprintf(stderr, "bench_import: no sqlite3 shell; install it (scripts/packages.sh) or pass --sqlite3\n");
        return 1;
    }

    QTemporaryDir temporary;
    temporary.setAutoRemove(!parser.isSet(keepOption));
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    if (!QDir().mkpath(dir)) {
        std::fprintf(stderr, "bench_import: cannot create %s\n", qPrintable(dir));
        return 1;
    }
    const QString help = dir + QStringLiteral("/cli-help.out");
    runChild({ cli, QStringLiteral("--help") }, help, dir + QStringLiteral("/cli-help.err"));
    if (!readAll(help).contains(QLatin1String("import"))) {
        std::fprintf(stderr, "bench_import: %s has no import command\n", qPrintable(cli));
        return 2;
    }
    const QString version = dir + QStringLiteral("/sqlite3-version.out");
    runChild({ sqlite3, QStringLiteral("--version") }, version, dir + QStringLiteral("/sqlite3-version.err"));
    print(QStringLiteral("mandate-cli: %1\nsqlite3: %2 (%3)\nfiles in: %4")
              .arg(cli, sqlite3, readAll(version).section(QLatin1Char(' '), 0, 0), dir));

    QList<SizeResult> results;
    for (qint64 rows : sizes) {
        results << measure(rows, dir, cli, sqlite3, repeat);
        for (const Run *run : { &results.last().reference, &results.last().dryRun, &results.last().import }) {
            if (!run->ok && !run->failure.isEmpty())
                std::fprintf(stderr, "bench_import: %lld rows: %s\n", rows, qPrintable(run->failure));
        }
        if (!parser.isSet(keepOption)) {
            for (const QString &name : QDir(dir).entryList({ QStringLiteral("*-%1.*").arg(rows) }, QDir::Files))
                QFile::remove(dir + QLatin1Char('/') + name);
        }
    }
    printTable(results);
    const Run floor = runChild({ QStringLiteral("/bin/true") }, QStringLiteral("/dev/null"), QStringLiteral("/dev/null"));
    print(QStringLiteral("peaks are exact above the spawn floor of %1 MB (this bench's own size)").arg(fmt(floor.peakMb, 0)));
    if (!parser.isSet(keepOption) && parser.isSet(dirOption)) {
        for (const char *name : { "/cli-help.out", "/cli-help.err", "/sqlite3-version.out", "/sqlite3-version.err" })
            QFile::remove(dir + QLatin1String(name));
    }
    return 0;
}
