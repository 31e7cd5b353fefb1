#pragma once
// Timing and output shared by the benchmarks. They time the process's CPU time, because other jobs
// on a shared machine do not inflate it, and take the wall clock as well where disk I/O may matter
// (creating and opening files). Lines are flushed as they are printed, so a long run shows its
// progress and a crash still leaves what was measured.

#include <QElapsedTimer>
#include <QString>
#include <cstdio>
#include <ctime>
#include <functional>

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

} // namespace Mandate::Bench
