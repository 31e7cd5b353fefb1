// Benchmark: importing runtime evidence (issue 6) with mandate-cli, as a child process so its peak
// memory is its own: lines per second and peak resident memory for JSON Lines files of 100k and 1M
// lines, against reading the same file with EvidenceReader alone (no matching, no storing) in this
// process, in the same run. Not a ctest test: run it by hand, in a Release build:
//
//   cmake --build build/<dir> --target bench_evidence mandate-cli
//   build/<dir>/tests/bench/bench_evidence --lines 100000,1000000
//
// Options: --lines N[,N...] (default 100000,1000000), --systems S (systems in the workspace, each
// with an external id and two privileges; default 1000), --cli PATH (default: app/cli/mandate-cli
// of this build), --dir DIR (default a temporary directory). A quarter of the events name their
// system through a credential shared by two systems, so matching and F-REUSE-style fan-out are in
// the measure; one event in a hundred names an unknown system.

#include "benchtiming.h"
#include "childrun.h"
#include "io/evidencereader.h"
#include "storage/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Mandate;
using Mandate::Bench::print;

namespace {

QString fmt(double value, int precision = 2)
{
    return Mandate::Bench::fixed(value, precision);
}

// S systems SYS-0..SYS-(S-1), each with privileges on two targets; credential cred-k is used by
// systems 2k and 2k+1.
bool createWorkspace(const QString &path, int systems)
{
    WorkspaceError error;
    std::unique_ptr<Workspace> workspace = Workspace::create(path, &error);
    if (!workspace)
        return false;
    QVector<Credential> credentials;
    for (int k = 0; k < systems / 2; ++k) {
        Credential credential;
        credential.id = k + 1; // provisional, as insertBulk takes them
        credential.name = QStringLiteral("cred-%1").arg(k);
        credentials << credential;
    }
    QVector<SystemSnapshot> snapshots;
    for (int i = 0; i < systems; ++i) {
        SystemSnapshot snapshot;
        snapshot.system.name = QStringLiteral("System %1").arg(i);
        snapshot.system.externalId = QStringLiteral("SYS-%1").arg(i);
        for (const QString &target : { QStringLiteral("db-%1").arg(i % 50), QStringLiteral("bucket-%1").arg(i % 20) }) {
            Privilege privilege;
            privilege.target = target;
            privilege.scope = Scope::Read;
            privilege.credentialId = i / 2 + 1;
            snapshot.privileges << privilege;
        }
        snapshots << snapshot;
    }
    QString problem;
    return workspace->insertBulk({}, credentials, snapshots, &problem);
}

bool writeEvents(const QString &path, qint64 lines, int systems)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    QByteArray buffer;
    for (qint64 n = 0; n < lines; ++n) {
        const int system = int(n % systems);
        const QByteArray time = start.addSecs(n / 10).toString(Qt::ISODate).toLatin1();
        QByteArray who;
        if (n % 100 == 99)
            who = "\"system_id\": \"SYS-unknown\"";
        else if (n % 4 == 3)
            who = "\"credential_id\": \"cred-" + QByteArray::number(system / 2) + '"';
        else
            who = "\"system_id\": \"SYS-" + QByteArray::number(system) + '"';
        buffer += "{\"time\": \"" + time + "\", " + who + ", \"tool\": \"sql\", \"target\": \"db-"
            + QByteArray::number(n % 60) + "\", \"action\": \"" + (n % 7 == 0 ? "write" : "read")
            + "\", \"outcome\": \"success\"}\n";
        if (buffer.size() > (1 << 20)) {
            file.write(buffer);
            buffer.clear();
        }
    }
    file.write(buffer);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times mandate-cli evidence import on JSON Lines files."));
    parser.addHelpOption();
    const QCommandLineOption linesOption(QStringLiteral("lines"), QStringLiteral("Line counts, comma-separated."),
        QStringLiteral("N"), QStringLiteral("100000,1000000"));
    const QCommandLineOption systemsOption(
        QStringLiteral("systems"), QStringLiteral("Systems in the workspace."), QStringLiteral("S"), QStringLiteral("1000"));
    const QCommandLineOption cliOption(QStringLiteral("cli"), QStringLiteral("mandate-cli to run."), QStringLiteral("PATH"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Where the files go."), QStringLiteral("DIR"));
    parser.addOptions({ linesOption, systemsOption, cliOption, dirOption });
    parser.process(app);

    const QString cli = parser.isSet(cliOption)
        ? parser.value(cliOption)
        : QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../../app/cli/mandate-cli"));
    if (!QFileInfo(cli).isExecutable()) {
        print(QStringLiteral("no mandate-cli at %1; give --cli").arg(cli));
        return 1;
    }
    QTemporaryDir temporary;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    const int systems = std::max(2, parser.value(systemsOption).toInt());

    // What this process itself holds: a child's peak never reads below it (see childrun.h).
    const Mandate::Bench::Run floor = Mandate::Bench::runChild(
        { cli, QStringLiteral("--version") }, dir + QStringLiteral("/floor.out"), dir + QStringLiteral("/floor.err"));
    print(QStringLiteral("spawn floor (peak of mandate-cli --version): %1 MB").arg(fmt(floor.peakMb, 0)));
    print(QStringLiteral("     lines  file MB | read only: CPU s  lines/s | import: wall s  CPU s  lines/s  peak MB | ratio CPU"));
    for (const QString &part : parser.value(linesOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qint64 lines = part.toLongLong();
        const QString workspace = dir + QStringLiteral("/evidence-%1.mandate").arg(lines);
        const QString events = dir + QStringLiteral("/events-%1.jsonl").arg(lines);
        QFile::remove(workspace);
        if (!createWorkspace(workspace, systems) || !writeEvents(events, lines, systems)) {
            print(QStringLiteral("could not prepare %1 and %2").arg(workspace, events));
            return 1;
        }
        qint64 read = 0;
        const double readCpu = Mandate::Bench::seconds([&] {
            EvidenceReader reader;
            reader.read(events, EvidenceFormat::JsonLines, [&](const EvidenceEvent &) {
                ++read;
                return true;
            });
        });
        const Mandate::Bench::Run run = Mandate::Bench::runChild(
            { cli, QStringLiteral("evidence"), QStringLiteral("import"), workspace, events, QStringLiteral("--format"),
                QStringLiteral("jsonl") },
            events + QStringLiteral(".out"), events + QStringLiteral(".err"));
        if (!run.ok || read != lines) {
            print(QStringLiteral("%1 lines: import failed (%2), %3 read").arg(lines).arg(run.failure).arg(read));
            return 1;
        }
        print(QStringLiteral("%1 %2 | %3 %4 | %5 %6 %7 %8 | %9")
                  .arg(lines, 10)
                  .arg(fmt(double(QFileInfo(events).size()) / 1e6, 0), 8)
                  .arg(fmt(readCpu), 15)
                  .arg(fmt(lines / std::max(readCpu, 1e-9), 0), 8)
                  .arg(fmt(run.wall), 14)
                  .arg(fmt(run.cpu), 6)
                  .arg(fmt(lines / std::max(run.wall, 1e-9), 0), 8)
                  .arg(fmt(run.peakMb, 0), 8)
                  .arg(fmt(run.cpu / std::max(readCpu, 1e-9), 1), 9));
        print(QStringLiteral("  %1").arg(Mandate::Bench::readAll(events + QStringLiteral(".out")).section(QLatin1Char('\n'), 0, 0)));
    }
    return 0;
}
