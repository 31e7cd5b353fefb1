// Schema versions and migrations: a workspace written by an older build opens in this one with its
// data, after a backup of the old file; one written by a newer build is refused and left alone.
#include "rules/frameworkcatalog.h"
#include "storage/database.h"
#include "storage/schema.h"
#include "storage/systemrepository.h"
#include "storage/workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Mandate;

namespace {

QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// PRAGMA user_version as the file header holds it (offset 60), which is what is checked before
// SQLite opens a file.
int headerVersion(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray header = file.read(100);
    return header.size() == 100 ? int(qFromBigEndian<quint32>(header.constData() + 60)) : -1;
}

QStringList backups(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList({ QStringLiteral("*.bak") }, QDir::Files);
}

// Runs statements on a plain SQLite connection, outside anything Mandate does on opening.
bool execRaw(const QString &path, const QStringList &statements, QString *problem)
{
    const QString name = QStringLiteral("raw");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            if (ok && !query.exec(statement)) {
                *problem = statement + QStringLiteral(": ") + query.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// A workspace file exactly as the version-1 build created it (Database::create, then the version-1
// migration with its bookkeeping), holding one system written as version 1 wrote systems.
bool createVersion1Workspace(const QString &path, QString *problem)
{
    QStringList statements { QStringLiteral("PRAGMA application_id = %1").arg(Schema::applicationId),
                             QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("BEGIN") };
    statements << Schema::stepStatements(1);
    statements << QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', '1')")
               << QStringLiteral("PRAGMA user_version = 1")
               << QStringLiteral("INSERT INTO systems (external_id, name, uses_tools, lifecycle_stage) "
                                 "VALUES ('INV-0042', 'Claims triage agent', 'yes', 'production')")
               << QStringLiteral("COMMIT");
    return execRaw(path, statements, problem);
}

// A workspace file exactly as the version-2 build created it, holding one system with a mapping to
// an item of a catalog stored in catalog_items (version 2 had the table but no catalogs table).
bool createVersion2Workspace(const QString &path, QString *problem)
{
    QStringList statements { QStringLiteral("PRAGMA application_id = %1").arg(Schema::applicationId),
                             QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("BEGIN") };
    statements << Schema::stepStatements(1) << Schema::stepStatements(2);
    statements << QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', '2')")
               << QStringLiteral("PRAGMA user_version = 2")
               << QStringLiteral("INSERT INTO systems (name) VALUES ('Claims triage agent')")
               << QStringLiteral("INSERT INTO catalog_items (catalog_id, item_id, title) "
                                 "VALUES ('acme', 'AC-1', 'Owner named')")
               << QStringLiteral("INSERT INTO mappings (system_id, catalog_id, item_id, status) "
                                 "VALUES (1, 'acme', 'AC-1', 'partial')")
               << QStringLiteral("COMMIT");
    return execRaw(path, statements, problem);
}

// A workspace file exactly as the version-3 build created it, holding one system with a privilege on
// a credential, which evidence can name.
bool createVersion3Workspace(const QString &path, QString *problem)
{
    QStringList statements { QStringLiteral("PRAGMA application_id = %1").arg(Schema::applicationId),
                             QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("BEGIN") };
    statements << Schema::stepStatements(1) << Schema::stepStatements(2) << Schema::stepStatements(3);
    statements << QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', '3')")
               << QStringLiteral("PRAGMA user_version = 3")
               << QStringLiteral("INSERT INTO systems (external_id, name) VALUES ('INV-7', 'Deploy bot')")
               << QStringLiteral("INSERT INTO credentials (name, kind) VALUES ('svc-deploy', 'token')")
               << QStringLiteral("INSERT INTO privileges (system_id, target, scope, credential_id) "
                                 "VALUES (1, 'prod-cluster', 'write', 1)")
               << QStringLiteral("COMMIT");
    return execRaw(path, statements, problem);
}

// A version-5 file holding two loaded catalogs, the second loaded first, and items stored out of
// alphabetical order: the order SQLite kept by rowid.
bool createVersion5Workspace(const QString &path, QString *problem)
{
    QStringList statements { QStringLiteral("PRAGMA application_id = %1").arg(Schema::applicationId),
                             QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("BEGIN") };
    for (int version = 1; version <= 5; ++version)
        statements << Schema::stepStatements(version);
    statements << QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', '5')")
               << QStringLiteral("PRAGMA user_version = 5")
               << QStringLiteral("INSERT INTO catalogs (catalog_id, name, prefixes) VALUES ('zeta-controls', 'Zeta controls', '[\"ZC\"]')")
               << QStringLiteral("INSERT INTO catalogs (catalog_id, name, prefixes) VALUES ('alpha-controls', 'Alpha controls', '[\"AC\"]')")
               << QStringLiteral("INSERT INTO catalog_items (catalog_id, item_id, title) VALUES ('zeta-controls', 'ZC-9', 'Nine')")
               << QStringLiteral("INSERT INTO catalog_items (catalog_id, item_id, title) VALUES ('zeta-controls', 'ZC-1', 'One')")
               << QStringLiteral("INSERT INTO catalog_items (catalog_id, item_id, title) VALUES ('alpha-controls', 'AC-2', 'Two')")
               << QStringLiteral("COMMIT");
    return execRaw(path, statements, problem);
}

} // namespace

class TestSchema : public QObject
{
    Q_OBJECT

private slots:
    void releasedStepsAreNeverEdited()
    {
        // Files in the field were made by these statements; a change belongs in a new step. If this
        // fails, move the change to a new version instead of updating the hash.
        const QByteArray version1 = QCryptographicHash::hash(Schema::stepStatements(1).join(u'\n').toUtf8(),
                                                             QCryptographicHash::Sha256)
                                        .toHex();
        QCOMPARE(version1, QByteArray("0e516f14900ba603721e9a5b7438e1df" "a8f26e29f89a62397c679ba144d8101a"));
        QVERIFY(!Schema::stepStatements(Schema::currentVersion).isEmpty());
        QVERIFY(Schema::stepStatements(Schema::currentVersion + 1).isEmpty());
    }

    void aNewWorkspaceIsAtTheCurrentVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.mandate"));
        WorkspaceError error;
        {
            auto workspace = Workspace::create(path, &error);
            QVERIFY2(workspace, qPrintable(error.message()));
            QCOMPARE(workspace->schemaVersion(), Schema::currentVersion);
        }
        QCOMPARE(headerVersion(path), Schema::currentVersion);
        QVERIFY(backups(dir).isEmpty());
    }

    void aVersion1WorkspaceOpensMigratedWithItsSystem()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("register.mandate"));
        QString problem;
        QVERIFY2(createVersion1Workspace(path, &problem), qPrintable(problem));
        QCOMPARE(headerVersion(path), 1);
        const QByteArray version1Bytes = digest(path);

        WorkspaceError error;
        {
            auto workspace = Workspace::open(path, &error);
            QVERIFY2(workspace, qPrintable(error.message()));
            QCOMPARE(workspace->schemaVersion(), Schema::currentVersion);
            QCOMPARE(workspace->systemCount(), 1);
            const AiSystem *system = workspace->system(workspace->systemIds().first());
            QCOMPARE(system->name, QStringLiteral("Claims triage agent"));
            QCOMPARE(system->externalId, QStringLiteral("INV-0042"));
            QCOMPARE(system->behaviour.usesTools, Tristate::Yes);
            QCOMPARE(system->lifecycleStage, LifecycleStage::Production);
            QCOMPARE(system->editedFields, 0u); // nothing was edited by hand since an import
        }
        QCOMPARE(headerVersion(path), Schema::currentVersion);

        // The file as it was before the migration, byte for byte, next to it.
        const QString backup = path + QStringLiteral(".schema1.bak");
        QCOMPARE(backups(dir), QStringList { QFileInfo(backup).fileName() });
        QCOMPARE(digest(backup), version1Bytes);
        QCOMPARE(headerVersion(backup), 1);

        // What version 2 added works on the migrated file, and opening it again migrates nothing.
        auto database = Database::open(path, &error);
        QVERIFY2(database, qPrintable(error.message()));
        SystemRepository repository(*database);
        QHash<SystemId, AiSystem> systems;
        QVector<SystemId> order;
        QVERIFY(repository.loadSystems(&systems, &order));
        const SystemId id = order.first();
        QVERIFY(repository.updateSystemField(id, SystemField::UsesTools, QStringLiteral("no"), true));
        ImportFinding finding;
        finding.systemId = id;
        finding.rule = QStringLiteral("F-SECRET-IN-INVENTORY");
        finding.sourceFile = QStringLiteral("register.csv");
        finding.line = 12;
        finding.column = QStringLiteral("notes");
        finding.detail = QStringLiteral("AWS access key");
        QVERIFY2(repository.insertImportFinding(finding) != 0, qPrintable(repository.lastError()));
        QCOMPARE(repository.importFindings(id).size(), 1);
        database.reset();
        QCOMPARE(backups(dir).size(), 1);

        auto reopened = Workspace::open(path, &error);
        QVERIFY2(reopened, qPrintable(error.message()));
        QVERIFY(reopened->system(id)->isEdited(SystemField::UsesTools));
    }

    void aVersion2WorkspaceOpensMigratedAndCanStoreCatalogs()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("register.mandate"));
        QString problem;
        QVERIFY2(createVersion2Workspace(path, &problem), qPrintable(problem));
        QCOMPARE(headerVersion(path), 2);
        const QByteArray version2Bytes = digest(path);
        const int builtIn = int(FrameworkCatalog::builtIn().size());

        WorkspaceError error;
        {
            auto workspace = Workspace::open(path, &error);
            QVERIFY2(workspace, qPrintable(error.message()));
            QCOMPARE(workspace->schemaVersion(), Schema::currentVersion);
            // The mapping and its stored item came through; no catalog is invented for them.
            QCOMPARE(workspace->allMappings().size(), 1);
            QCOMPARE(workspace->allMappings().constFirst().status, MappingStatus::Partial);
            QCOMPARE(workspace->catalogs().size(), builtIn);
            QString error2;
            const auto catalog = FrameworkCatalog::fromJson(
                R"({"catalog": "acme", "name": "ACME", "version": "2", "items": [{"id": "AC-1", "title": "Owner named", "kind": "control"}]})",
                QStringLiteral("acme.json"), &error2);
            QVERIFY2(catalog, qPrintable(error2));
            QVERIFY2(workspace->addCatalog(*catalog), qPrintable(workspace->lastError()));
        }
        QCOMPARE(headerVersion(path), Schema::currentVersion);
        const QString backup = path + QStringLiteral(".schema2.bak");
        QCOMPARE(backups(dir), QStringList { QFileInfo(backup).fileName() });
        QCOMPARE(digest(backup), version2Bytes);

        auto reopened = Workspace::open(path, &error);
        QVERIFY2(reopened, qPrintable(error.message()));
        QCOMPARE(reopened->catalogs().size(), builtIn + 1);
        QCOMPARE(reopened->catalogs().constLast().items().constFirst().kind, QStringLiteral("control"));
        QCOMPARE(backups(dir).size(), 1);
    }

    // Version 6 keeps the order of catalogs and items in a column (a server has no rowid).
    void aVersion5WorkspaceKeepsItsCatalogOrderAfterMigrating()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("catalogs.mandate"));
        QString problem;
        QVERIFY2(createVersion5Workspace(path, &problem), qPrintable(problem));
        WorkspaceError error;
        const auto catalogOrder = [](const Workspace &workspace) {
            QStringList order;
            for (const FrameworkCatalog &catalog : workspace.catalogs()) {
                QStringList items;
                for (const CatalogItem &item : catalog.items())
                    items << item.itemId;
                order << catalog.id() + QLatin1Char(':') + items.join(u',');
            }
            return order;
        };
        QStringList migrated;
        {
            auto workspace = Workspace::open(path, &error);
            QVERIFY2(workspace, qPrintable(error.message()));
            QCOMPARE(workspace->schemaVersion(), Schema::currentVersion);
            migrated = catalogOrder(*workspace);
            QVERIFY2(migrated.join(u' ').endsWith(QStringLiteral("zeta-controls:ZC-9,ZC-1 alpha-controls:AC-2")),
                qPrintable(migrated.join(u' ')));
            // A catalog loaded again comes after the others; its items keep their order.
            const QVector<FrameworkCatalog> catalogs = workspace->catalogs();
            const auto zeta = std::find_if(catalogs.cbegin(), catalogs.cend(),
                [](const FrameworkCatalog &catalog) { return catalog.id() == QLatin1String("zeta-controls"); });
            QVERIFY(zeta != catalogs.cend());
            const FrameworkCatalog reloaded = *zeta;
            QVERIFY(workspace->removeCatalog(reloaded.id()));
            QVERIFY2(workspace->addCatalog(reloaded), qPrintable(workspace->lastError()));
        }
        auto reopened = Workspace::open(path, &error);
        QVERIFY2(reopened, qPrintable(error.message()));
        QVERIFY2(catalogOrder(*reopened).join(u' ').endsWith(QStringLiteral("alpha-controls:AC-2 zeta-controls:ZC-9,ZC-1")),
            qPrintable(catalogOrder(*reopened).join(u' ')));
        QCOMPARE(catalogOrder(*reopened).size(), migrated.size());
    }

    void aVersion3WorkspaceOpensMigratedAndCanStoreEvidence()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("register.mandate"));
        QString problem;
        QVERIFY2(createVersion3Workspace(path, &problem), qPrintable(problem));
        QCOMPARE(headerVersion(path), 3);
        const QByteArray version3Bytes = digest(path);

        WorkspaceError error;
        {
            auto workspace = Workspace::open(path, &error);
            QVERIFY2(workspace, qPrintable(error.message()));
            QCOMPARE(workspace->schemaVersion(), Schema::currentVersion);
            QCOMPARE(workspace->systemCount(), 1);
            QCOMPARE(workspace->privileges(1).size(), 1);
            QVERIFY(workspace->systemsWithEvidence().isEmpty());
            EvidenceEvent event;
            event.at = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
            event.credentialRef = QStringLiteral("svc-deploy");
            event.target = QStringLiteral("prod-cluster");
            event.action = QStringLiteral("write");
            event.line = 1;
            EvidenceImportReport report;
            QVERIFY2(workspace->importEvidence({ event }, QStringLiteral("events.jsonl"), QStringLiteral("jsonl"), &report),
                     qPrintable(workspace->lastError()));
            QCOMPARE(report.matched, 1);
        }
        QCOMPARE(headerVersion(path), Schema::currentVersion);
        const QString backup = path + QStringLiteral(".schema3.bak");
        QCOMPARE(backups(dir), QStringList { QFileInfo(backup).fileName() });
        QCOMPARE(digest(backup), version3Bytes);

        auto reopened = Workspace::open(path, &error);
        QVERIFY2(reopened, qPrintable(error.message()));
        QCOMPARE(reopened->systemsWithEvidence(), QSet<SystemId> { 1 });
        QCOMPARE(reopened->observedAccess(1).size(), 1);
    }

    void aMigratedWorkspaceHasTheSchemaOfANewOne()
    {
        QTemporaryDir dir;
        const QString migrated = dir.filePath(QStringLiteral("old.mandate"));
        const QString fresh = dir.filePath(QStringLiteral("new.mandate"));
        QString problem;
        QVERIFY2(createVersion1Workspace(migrated, &problem), qPrintable(problem));
        WorkspaceError error;
        QVERIFY2(Workspace::open(migrated, &error), qPrintable(error.message()));
        QVERIFY2(Workspace::create(fresh, &error), qPrintable(error.message()));

        auto schemaOf = [](const QString &path) {
            QStringList schema;
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery query(db);
                query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"));
                while (query.next())
                    schema << query.value(0).toString() + u' ' + query.value(1).toString() + u' '
                            + query.value(2).toString();
                query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
                if (query.next())
                    schema << QStringLiteral("schema_version ") + query.value(0).toString();
            }
            db = {};
            QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
            return schema;
        };
        const QStringList expected = schemaOf(fresh);
        QVERIFY(expected.contains(QStringLiteral("schema_version %1").arg(Schema::currentVersion)));
        QCOMPARE(schemaOf(migrated), expected);
    }

    void aNewerWorkspaceIsRefusedUnchanged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.mandate"));
        WorkspaceError error;
        QVERIFY2(Workspace::create(path, &error), qPrintable(error.message()));
        // As a later build would leave it: both the table and the header say the newer version.
        const int newer = Schema::currentVersion + 1;
        QString problem;
        const QStringList statements {
            QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'").arg(newer),
            QStringLiteral("PRAGMA user_version = %1").arg(newer),
        };
        QVERIFY2(execRaw(path, statements, &problem), qPrintable(problem));
        QCOMPARE(headerVersion(path), newer);
        const QByteArray before = digest(path);

        QVERIFY(!Workspace::open(path, &error));
        QCOMPARE(error.kind, WorkspaceError::SchemaTooNew);
        QVERIFY2(error.message().contains(QString::number(newer)), qPrintable(error.message()));
        QCOMPARE(digest(path), before);
        QVERIFY(backups(dir).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
