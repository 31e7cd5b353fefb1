// Benchmark: the workspace and the inventory table at the scale ARCHITECTURE.md asks for (100k
// systems, 1M privileges). Not a ctest test: run it by hand, in a Release or RelWithDebInfo build:
//
//   cmake --build build/<dir> --target bench_workspace
//   build/<dir>/tests/bench/bench_workspace --systems 100000
//
// Options: --systems N (default 100000), --privileges P per system (default 10), --dir DIR (where
// the workspace file goes; default a temporary directory, removed afterwards).
// Each timing is printed next to a reference measured in the same run on the same data (a raw
// SQL scan, a plain loop), so that the ratios mean something on any machine. Times are the
// process's CPU time, which other jobs on a shared machine do not inflate; the wall clock is
// added in brackets for create and open, where disk I/O may matter.

#include "benchtiming.h"
#include "itemmodels/systemfilterproxymodel.h"
#include "itemmodels/systemtablemodel.h"
#include "mapworkload.h"
#include "storage/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUndoStack>
#include <algorithm>
#include <cstdio>

using namespace Mandate;
using Mandate::Bench::makeCredentials;
using Mandate::Bench::makePeople;
using Mandate::Bench::print;
using Mandate::Bench::seconds;
using Mandate::Bench::systemName;
using Mandate::Bench::systemNoun;

namespace {

constexpr int kPeople = 500;
constexpr int kCredentials = 2000;
const QString kNeedle = QStringLiteral("zebrafish"); // in the description of 1% of systems, scattered

QString fmt(double value, int precision = 2)
{
    return QString::number(value, 'f', precision);
}

// "what: 0.84 s (reference scan 0.40 s, ratio 2.1)"
void printRatio(const QString &what, double measured, const QString &referenceName, double reference)
{
    print(QStringLiteral("%1: %2 s (%3 %4 s, ratio %5)")
              .arg(what, fmt(measured, 3), referenceName, fmt(reference, 3),
                  fmt(reference > 0 ? measured / reference : 0, 1)));
}

template<typename E> E pick(int i)
{
    return static_cast<E>(i % valueCount<E>());
}

// A deterministic inventory: varied names, vendors, owners and behaviour, 1% of systems with the
// needle in their description, spread evenly through the table.
QVector<SystemSnapshot> makeSystems(int count, int privilegesPerSystem)
{
    QVector<SystemSnapshot> systems;
    systems.reserve(count);
    for (int i = 0; i < count; ++i) {
        SystemSnapshot snapshot;
        AiSystem &s = snapshot.system;
        s.name = systemName(i);
        s.vendor = QStringLiteral("Vendor %1").arg(i % 50);
        s.description
            = QStringLiteral("Handles %1 work for business unit %2%3")
                  .arg(systemNoun(i))
                  .arg(i % 40)
                  .arg(i % 100 == 37 ? QStringLiteral(" with the ") + kNeedle + QStringLiteral(" pipeline")
                                     : QString());
        s.paradigm = pick<Paradigm>(i);
        s.lifecycleStage = pick<LifecycleStage>(i / 3);
        s.behaviour.outputKind = pick<OutputKind>(i / 5);
        s.behaviour.selectsActions = pick<Tristate>(i);
        s.behaviour.usesTools = pick<Tristate>(i / 2);
        s.behaviour.approvalGate = pick<ApprovalGate>(i / 7);
        s.behaviour.accessesCredentials = pick<Tristate>(i / 11);
        s.behaviour.affectsExternalSystems = pick<Tristate>(i / 3);
        s.behaviour.outputFeedsExecution = pick<Tristate>(i / 17);
        s.businessOwner = 1 + i % kPeople; // provisional ids: positions in the people list
        s.technicalOwner = 1 + (i * 7) % kPeople;
        s.riskOwner = i % 3 ? 0 : 1 + (i * 13) % kPeople;
        for (int p = 0; p < privilegesPerSystem; ++p) {
            Privilege privilege;
            privilege.target = QStringLiteral("resource-%1-%2").arg(i % 5000).arg(p);
            privilege.scope = pick<Scope>(i + p);
            privilege.wildcard = (i + p) % 29 == 0;
            privilege.credentialId = p % 2 ? 1 + (i * 3 + p) % kCredentials : 0;
            privilege.tool = QStringLiteral("tool-%1").arg(p);
            privilege.approvalGate = pick<ApprovalGate>(i + p);
            privilege.logging = pick<Logging>(p);
            privilege.handoff = pick<HandoffPoint>(p);
            snapshot.privileges << privilege;
        }
        systems << snapshot;
    }
    return systems;
}

// The reference for open(): what reading the same rows costs with plain forward-only SQL.
double referenceScan(const QString &path, qint64 *rows)
{
    const QString name = QStringLiteral("bench-reference");
    double elapsed = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return -1;
        elapsed = seconds([&] {
            QSqlQuery systems(db);
            systems.setForwardOnly(true);
            systems.exec(QStringLiteral("SELECT * FROM systems"));
            const int columns = systems.record().count();
            *rows = 0;
            while (systems.next()) {
                for (int c = 0; c < columns; ++c)
                    systems.value(c);
                ++*rows;
            }
            QSqlQuery summary(db);
            summary.setForwardOnly(true);
            summary.exec(QStringLiteral(
                "SELECT system_id, count(*), max(credential_id IS NOT NULL), max(scope = 'admin' OR wildcard "
                "<> 0), "
                "max(CASE scope WHEN 'write' THEN 1 WHEN 'execute' THEN 2 WHEN 'admin' THEN 3 ELSE 0 END) "
                "FROM privileges GROUP BY system_id"));
            while (summary.next()) {
                for (int c = 0; c < 5; ++c)
                    summary.value(c);
            }
        });
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return elapsed;
}

// The reference for insertBulk: the same rows into an empty workspace of the same schema, with
// each statement prepared once and no audit entries, in one transaction.
double referenceInsert(const QString &path, const QVector<Person> &people,
    const QVector<Credential> &credentials, const QVector<SystemSnapshot> &systems)
{
    {
        WorkspaceError error;
        if (!Workspace::create(path, &error))
            return -1;
    }
    const QString name = QStringLiteral("bench-reference-insert");
    double elapsed = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return -1;
        for (const char *pragma :
            { "PRAGMA locking_mode = EXCLUSIVE", "PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL" })
            QSqlQuery(db).exec(QString::fromLatin1(pragma));
        elapsed = seconds([&] {
            db.transaction();
            QSqlQuery person(db);
            person.prepare(QStringLiteral("INSERT INTO people (name, email, team) VALUES (?, ?, ?)"));
            for (const Person &p : people) {
                person.addBindValue(p.name);
                person.addBindValue(p.email);
                person.addBindValue(p.team);
                person.exec();
            }
            QSqlQuery credential(db);
            credential.prepare(QStringLiteral(
                "INSERT INTO credentials (name, kind, storage, environments) VALUES (?, ?, ?, ?)"));
            for (const Credential &c : credentials) {
                credential.addBindValue(c.name);
                credential.addBindValue(toId(c.kind));
                credential.addBindValue(toId(c.storage));
                credential.addBindValue(c.environments.join(u','));
                credential.exec();
            }
            const QVector<SystemField> fields = allSystemFields();
            QStringList columns;
            QStringList marks;
            for (SystemField field : fields) {
                columns << fieldId(field);
                marks << QStringLiteral("?");
            }
            QSqlQuery system(db);
            system.prepare(QStringLiteral("INSERT INTO systems (%1) VALUES (%2)")
                               .arg(columns.join(u','), marks.join(u',')));
            QSqlQuery privilege(db);
            privilege.prepare(QStringLiteral(
                "INSERT INTO privileges (system_id, target, scope, wildcard, credential_id, tool, "
                "approval_gate, logging, "
                "expires, justification, handoff, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            const QVariant null(QMetaType::fromType<qint64>());
            for (const SystemSnapshot &snapshot : systems) {
                for (SystemField field : fields) {
                    const QVariant value = snapshot.system.value(field);
                    if (isOwnerField(field))
                        system.addBindValue(value.toLongLong() == 0 ? null : value);
                    else if (value.typeId() == QMetaType::QString && value.toString().isNull())
                        system.addBindValue(QStringLiteral("")); // NOT NULL text columns
                    else
                        system.addBindValue(value);
                }
                if (!system.exec())
                    std::fprintf(stderr, "bench_workspace: %s\n", qPrintable(system.lastError().text()));
                const qint64 id = system.lastInsertId().toLongLong();
                for (const Privilege &p : snapshot.privileges) {
                    privilege.addBindValue(id);
                    privilege.addBindValue(p.target);
                    privilege.addBindValue(toId(p.scope));
                    privilege.addBindValue(p.wildcard ? 1 : 0);
                    privilege.addBindValue(p.credentialId ? QVariant(p.credentialId) : null);
                    privilege.addBindValue(p.tool);
                    privilege.addBindValue(toId(p.approvalGate));
                    privilege.addBindValue(toId(p.logging));
                    privilege.addBindValue(QStringLiteral(""));
                    privilege.addBindValue(p.justification.isNull() ? QStringLiteral("") : p.justification);
                    privilege.addBindValue(toId(p.handoff));
                    privilege.addBindValue(toId(p.status));
                    privilege.exec();
                }
            }
            db.commit();
        });
        QSqlQuery check(db);
        if (!check.exec(QStringLiteral("SELECT count(*) FROM privileges")) || !check.next()
            || check.value(0).toLongLong()
                != qint64(systems.size()) * (systems.isEmpty() ? 0 : systems.first().privileges.size()))
            std::fprintf(stderr, "bench_workspace: the reference insert did not store every privilege\n");
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    QFile::remove(path);
    return elapsed;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times workspace storage and the inventory table at scale."));
    parser.addHelpOption();
    const QCommandLineOption systemsOption(QStringLiteral("systems"), QStringLiteral("Number of systems."),
        QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption privilegesOption(QStringLiteral("privileges"),
        QStringLiteral("Privileges per system."), QStringLiteral("P"), QStringLiteral("10"));
    const QCommandLineOption dirOption(
        QStringLiteral("dir"), QStringLiteral("Directory for the workspace file."), QStringLiteral("DIR"));
    parser.addOptions({ systemsOption, privilegesOption, dirOption });
    parser.process(app);
    const int count = parser.value(systemsOption).toInt();
    const int privilegesPerSystem = parser.value(privilegesOption).toInt();
    if (count <= 0 || privilegesPerSystem < 0) {
        std::fprintf(stderr, "bench_workspace: --systems must be positive and --privileges not negative\n");
        return 1;
    }
    QTemporaryDir temporary;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    const QString path = dir + QStringLiteral("/bench-%1.mandate").arg(count);
    QFile::remove(path);

    // --- create ---------------------------------------------------------------------------------
    const QVector<SystemSnapshot> systems = makeSystems(count, privilegesPerSystem);
    WorkspaceError error;
    std::unique_ptr<Workspace> workspace;
    double bulk = 0;
    double createWall = 0;
    const double create = seconds(
        [&] {
            workspace = Workspace::create(path, &error);
            if (!workspace)
                return;
            QString problem;
            bulk = seconds([&] {
                if (!workspace->insertBulk(
                        makePeople(kPeople), makeCredentials(kCredentials), systems, &problem))
                    std::fprintf(stderr, "bench_workspace: insertBulk failed: %s\n", qPrintable(problem));
            });
        },
        &createWall);
    if (!workspace) {
        std::fprintf(stderr, "bench_workspace: %s\n", qPrintable(error.message()));
        return 3;
    }
    print(QStringLiteral("create %1 systems, %2 privileges: %3 s [wall %4 s]")
              .arg(count)
              .arg(qint64(count) * privilegesPerSystem)
              .arg(fmt(create, 3), fmt(createWall, 3)));
    workspace.reset();
    const double insertReference = referenceInsert(dir + QStringLiteral("/bench-reference.mandate"),
        makePeople(kPeople), makeCredentials(kCredentials), systems);
    printRatio(QStringLiteral("  of which insertBulk"), bulk,
        QStringLiteral("reference insert, statements prepared once"), insertReference);
    print(QStringLiteral("workspace file: %1 MB").arg(fmt(double(QFileInfo(path).size()) / 1e6, 1)));

    // --- open, against a raw scan; each twice, best of two, so both see a warm page cache -------
    qint64 scanned = 0;
    double reference = 1e9;
    double open = 1e9;
    double openWall = 1e9;
    for (int round = 0; round < 2; ++round) {
        reference = std::min(reference, referenceScan(path, &scanned));
        double wall = 0;
        open = std::min(open, seconds([&] { workspace = Workspace::open(path, &error); }, &wall));
        openWall = std::min(openWall, wall);
        if (!workspace) {
            std::fprintf(stderr, "bench_workspace: %s\n", qPrintable(error.message()));
            return 3;
        }
        if (round == 0)
            workspace.reset();
    }
    if (scanned != count || workspace->systemCount() != count)
        std::fprintf(stderr, "bench_workspace: expected %d systems, scanned %lld, loaded %d\n", count,
            scanned, workspace->systemCount());
    printRatio(
        QStringLiteral("open %1 systems").arg(count), open, QStringLiteral("reference scan"), reference);
    print(QStringLiteral("  [open wall %1 s]").arg(fmt(openWall, 3)));

    // --- the table and its proxy ----------------------------------------------------------------
    SystemTableModel model;
    SystemFilterProxyModel proxy;
    const double setWorkspace = seconds([&] { model.setWorkspace(workspace.get()); });
    print(QStringLiteral("model setWorkspace: %1 s").arg(fmt(setWorkspace, 3)));
    const double setSource = seconds([&] {
        proxy.setSourceModel(&model);
        proxy.rowCount(); // builds the proxy's mapping
    });
    print(QStringLiteral("proxy setSourceModel and first mapping: %1 s").arg(fmt(setSource, 3)));

    // Best of three for the filter and its reference: both are short and sensitive to noise.
    int matches = 0;
    double filter = 1e9;
    for (int round = 0; round < 3; ++round) {
        proxy.setSearchText(QString());
        proxy.rowCount();
        filter = std::min(filter, seconds([&] {
            proxy.setSearchText(kNeedle);
            matches = proxy.rowCount();
        }));
    }
    int referenceMatches = 0;
    double filterReference = 1e9;
    for (int round = 0; round < 3; ++round) {
        referenceMatches = 0;
        filterReference = std::min(filterReference, seconds([&] {
            for (int row = 0; row < model.rowCount(); ++row) {
                if (model.index(row, 0).data(SystemTableModel::SearchTextRole).toString().contains(kNeedle))
                    ++referenceMatches;
            }
        }));
    }
    printRatio(QStringLiteral("filter %1 rows, %2 matches").arg(count).arg(matches), filter,
        QStringLiteral("reference loop over data(SearchTextRole)"), filterReference);
    if (matches != referenceMatches)
        std::fprintf(
            stderr, "bench_workspace: the proxy found %d matches, the loop %d\n", matches, referenceMatches);

    const double clear = seconds([&] {
        proxy.setSearchText(QString());
        proxy.rowCount();
    });
    print(QStringLiteral("clear the filter: %1 s").arg(fmt(clear, 3)));

    QStringList names;
    names.reserve(count);
    for (SystemId id : workspace->systemIds())
        names << workspace->system(id)->name;
    const double sortReference = seconds([&] {
        std::stable_sort(names.begin(), names.end(),
            [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    });
    const double sortByName = seconds([&] { proxy.sort(SystemTableModel::NameColumn, Qt::AscendingOrder); });
    printRatio(QStringLiteral("sort %1 rows by name").arg(count), sortByName,
        QStringLiteral("reference std::stable_sort of the names"), sortReference);
    const double sortByDerived
        = seconds([&] { proxy.sort(SystemTableModel::RuntimeAuthorityColumn, Qt::AscendingOrder); });
    print(QStringLiteral("sort %1 rows by runtime authority (derived on demand): %2 s")
              .arg(count)
              .arg(fmt(sortByDerived, 3)));
    proxy.sort(SystemTableModel::NameColumn, Qt::AscendingOrder);

    // --- single edits at scale, with the proxy sorted and filtered as a user would have it ------
    proxy.setSearchText(kNeedle);
    proxy.rowCount();
    const SystemId some = workspace->systemIds().at(count / 2);
    const double edit
        = seconds([&] { workspace->setSystemValue(some, SystemField::Vendor, QStringLiteral("Acme")); });
    print(QStringLiteral("one vendor edit, sorted and filtered proxy: %1 ms").arg(fmt(edit * 1000, 1)));
    const double newOwner = seconds(
        [&] { workspace->setSystemOwner(some, SystemField::TechnicalOwner, QStringLiteral("Someone New")); });
    print(QStringLiteral("one owner edit creating a person, sorted and filtered proxy: %1 ms")
              .arg(fmt(newOwner * 1000, 1)));
    const double undoOwner = seconds([&] { workspace->undoStack()->undo(); });
    print(QStringLiteral("undo it: %1 ms").arg(fmt(undoOwner * 1000, 1)));
    const SystemId first = workspace->systemIds().at(10);
    const SystemId last = workspace->systemIds().at(count - 10);
    const double remove = seconds([&] { workspace->removeSystems({ first, last }); });
    const double restore = seconds([&] { workspace->undoStack()->undo(); });
    print(QStringLiteral("remove 2 systems: %1 ms, undo: %2 ms")
              .arg(fmt(remove * 1000, 1), fmt(restore * 1000, 1)));

    proxy.setSourceModel(nullptr);
    model.setWorkspace(nullptr);
    const double close = seconds([&] { workspace.reset(); });
    print(QStringLiteral("close: %1 s").arg(fmt(close, 3)));
    return 0;
}
