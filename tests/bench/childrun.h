#pragma once
// Running a program as a child process and measuring it as the benchmarks need: wall time, CPU time
// (user + system, from wait4()) and peak resident memory (ru_maxrss). Linux carries a parent's
// resident size over into its child's peak across exec, so a child's peak never reads below the
// parent's own size: keep the bench small and print that floor.

#include <QElapsedTimer>
#include <QFile>
#include <QString>
#include <QStringList>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace Mandate::Bench {

struct Run
{
    bool ok = false;
    double wall = 0;
    double cpu = 0;   // user + system
    double peakMb = 0; // ru_maxrss
    QString failure;  // why it did not exit with 0
};

inline double seconds(const timeval &t)
{
    return double(t.tv_sec) + double(t.tv_usec) / 1e6;
}

// Runs command (an absolute program path first) with stdin from /dev/null and its output in the
// two files, and measures it with wait4().
inline Run runChild(const QStringList &command, const QString &outPath, const QString &errPath)
{
    Run run;
    std::vector<QByteArray> args;
    for (const QString &arg : command)
        args.push_back(QFile::encodeName(arg));
    std::vector<char *> argv;
    for (QByteArray &arg : args)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    const QByteArray out = QFile::encodeName(outPath);
    const QByteArray err = QFile::encodeName(errPath);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        run.failure = QString::fromLocal8Bit(std::strerror(spawned));
        return run;
    }
    int status = 0;
    rusage usage {};
    while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) { }
    run.wall = double(timer.nsecsElapsed()) / 1e9;
    run.cpu = seconds(usage.ru_utime) + seconds(usage.ru_stime);
    run.peakMb = double(usage.ru_maxrss) * 1024 / 1e6; // kilobytes on Linux
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
        run.ok = true;
    } else {
        QFile errFile(errPath);
        const QString said = errFile.open(QIODevice::ReadOnly) ? QString::fromUtf8(errFile.readAll().right(600)) : QString();
        run.failure = (WIFEXITED(status) ? QStringLiteral("exit code %1").arg(WEXITSTATUS(status))
                                         : QStringLiteral("signal %1").arg(WTERMSIG(status)))
            + (said.isEmpty() ? QString() : QStringLiteral(": ") + said.trimmed());
    }
    return run;
}

inline QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
}

} // namespace Mandate::Bench
