#pragma once
// Timing and output shared by the benchmarks. They time the process's CPU time, because other jobs
// on a shared machine do not inflate it, and take the wall clock as well where disk I/O may matter
// (creating and opening files). Lines are flushed as they are printed, so a long run shows its
// progress and a crash still leaves what was measured.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>
#include <cstdio>
#include <ctime>
#include <algorithm>
#include <functional>
#include <optional>

namespace Mandate::Bench {

// The CPU time this process has used so far, in seconds.
inline double cpuNow()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

// CPU seconds spent in work; the wall clock too, if asked.
inline double seconds(const std::function<void()> &work, double *wall = nullptr)
{
    QElapsedTimer timer;
    timer.start();
    const double start = cpuNow();
    work();
    const double cpu = cpuNow() - start;
    if (wall)
        *wall = double(timer.nsecsElapsed()) / 1e9;
    return cpu;
}

inline void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// The command line of the benchmarks that time one workspace per size: --systems N[,N...] (default
// defaultSystems), --repeat R (runs timed, the best kept), --dir DIR (where the workspace files go;
// default a temporary directory). Calls run(systems, repeat, dir) for each size; 1 as soon as one fails.
inline int runPerSystemCount(int argc, char *argv[], const QString &description, int defaultRepeat,
    const std::function<bool(int systems, int repeat, const QString &dir)> &run,
    const QString &defaultSystems = QStringLiteral("10000,100000"))
{
    // A benchmark that paints makes its own QGuiApplication first.
    std::optional<QCoreApplication> app;
    if (!QCoreApplication::instance())
        app.emplace(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    const QCommandLineOption systemsOption(QStringLiteral("systems"),
        QStringLiteral("System counts, comma-separated."), QStringLiteral("N"), defaultSystems);
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("Runs timed; the best is kept."),
        QStringLiteral("R"), QString::number(defaultRepeat));
    const QCommandLineOption dirOption(
        QStringLiteral("dir"), QStringLiteral("Where the workspace files go."), QStringLiteral("DIR"));
    parser.addOptions({ systemsOption, repeatOption, dirOption });
    parser.process(QCoreApplication::arguments());
    const int repeat = std::max(1, parser.value(repeatOption).toInt());
    for (const QString &part : parser.value(systemsOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!run(part.toInt(), repeat, parser.value(dirOption)))
            return 1;
    }
    return 0;
}

// A number with a fixed count of decimals, for the printed tables.
inline QString fixed(double value, int precision)
{
    return QString::number(value, 'f', precision);
}

} // namespace Mandate::Bench
