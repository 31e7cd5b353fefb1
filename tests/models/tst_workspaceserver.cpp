// A workspace on a PostgreSQL server (issue 8), opened by a postgresql:// URI wherever a file path
// is accepted: created, edited, closed and opened again with the same systems, people, privileges
// and a verified audit chain. Each test gets a database of its own on the test cluster
// (scripts/pgcluster.sh); without a server the tests skip and say why.
#include "common/testbackend.h"
#include "storage/schema.h"
#include "storage/workspace.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QUndoStack>
#include <QUrl>

#include <atomic>
#include <memory>

using namespace Mandate;

class TestWorkspaceServer : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::ScratchDatabase> m_server; // this test's database

    // Runs statements on this test's database as the server's superuser; the first error, empty if none.
    QString runOnDatabase(const QStringList &statements, QString *firstValue = nullptr) const
    {
        const QString connectionName = Test::uniqueConnectionName(QStringLiteral("downgrade"));
        QString problem;
        {
            QSqlDatabase db = Test::addPostgresConnection(connectionName);
            db.setDatabaseName(m_server->name());
            if (!db.open())
                problem = db.lastError().text();
            for (const QString &statement : statements) {
                QSqlQuery query(db);
                if (problem.isEmpty() && !query.exec(statement))
                    problem = query.lastError().text();
                if (firstValue && query.next())
                    *firstValue = query.value(0).toString();
            }
        }
        QSqlDatabase::removeDatabase(connectionName);
        return problem;
    }

    // What the previous build made: schema 6, without catalog_items.translations.
    QString downgradeToVersion6() const
    {
        return runOnDatabase({ QStringLiteral("ALTER TABLE catalog_items DROP COLUMN translations"),
            QStringLiteral("UPDATE meta SET value = '6' WHERE key = 'schema_version'") });
    }

    QString storedSchemaVersion() const
    {
        QString version;
        runOnDatabase({ QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'") }, &version);
        return version;
    }

private slots:
    void initTestCase()
    {
        const QString unavailable = Test::postgresUnavailable();
        if (!unavailable.isEmpty())
            QSKIP(qPrintable(unavailable));
    }

    void init()
    {
        m_server = std::make_unique<Test::ScratchDatabase>();
        QVERIFY2(m_server->isValid(), qPrintable(m_server->error()));
    }

    void cleanup() { m_server.reset(); }

    void aServerWorkspaceKeepsWhatWasWrittenAcrossReopening()
    {
        WorkspaceError error;
        SystemId id = 0;
        {
            auto workspace = Workspace::create(m_server->location(), &error);
            QVERIFY2(workspace, qPrintable(error.message()));
            QCOMPARE(workspace->schemaVersion(), Schema::currentVersion);
            AiSystem prototype;
            prototype.name = QStringLiteral("Bereitstellungsagent 配備");
            id = workspace->addSystem(prototype);
            QVERIFY2(id, qPrintable(workspace->lastError()));
            QVERIFY2(workspace->setSystemOwner(id, SystemField::BusinessOwner, QStringLiteral("Jürgen Weißmüller")),
                qPrintable(workspace->lastError()));
            Credential credential;
            credential.name = QStringLiteral("svc-deploy");
            const CredentialId credentialId = workspace->addCredential(credential);
            QVERIFY2(credentialId, qPrintable(workspace->lastError()));
            Privilege privilege;
            privilege.systemId = id;
            privilege.target = QStringLiteral("prod-cluster");
            privilege.scope = Scope::Admin;
            privilege.wildcard = true;
            privilege.credentialId = credentialId;
            QVERIFY2(workspace->addPrivilege(privilege), qPrintable(workspace->lastError()));
            QVERIFY(workspace->setSystemValue(id, SystemField::OffboardLogsRetained, true));
        }
        auto reopened = Workspace::open(m_server->location(), &error);
        QVERIFY2(reopened, qPrintable(error.message()));
        QCOMPARE(reopened->systemCount(), 1);
        const AiSystem *system = reopened->system(id);
        QVERIFY(system);
        QCOMPARE(system->name, QStringLiteral("Bereitstellungsagent 配備"));
        QVERIFY(system->offboardLogsRetained);
        QCOMPARE(reopened->person(system->businessOwner)->name, QStringLiteral("Jürgen Weißmüller"));
        const QVector<Privilege> privileges = reopened->privileges(id);
        QCOMPARE(privileges.size(), 1);
        QVERIFY(privileges.first().wildcard);
        // The summary the map and the rules read comes from the server's aggregate.
        QVERIFY(system->privileges.anyPrivilegeOnWildcardOrAdmin);
        QVERIFY(system->privileges.anyCredential);
        const AuditVerification audit = reopened->verifyAudit();
        QVERIFY2(audit.ok, qPrintable(audit.problem));
        QVERIFY(audit.entriesChecked >= 5);
    }

    // Issue 9 added a column (schema 7). A server workspace the previous build made (schema 6) is
    // upgraded, in one transaction, when its owner opens it; anyone else is told who can, and the
    // database stays as it was.
    void aVersion6ServerWorkspaceIsUpgradedWhenItsOwnerOpensIt()
    {
        const QString analyst = QStringLiteral("analyst_%1").arg(m_server->name());
        QVERIFY(Test::runOnServer(QStringLiteral("CREATE ROLE %1 LOGIN").arg(analyst)).isEmpty());
        WorkspaceError error;
        {
            auto workspace = Workspace::create(m_server->location(), &error);
            QVERIFY2(workspace, qPrintable(error.message()));
            QVERIFY2(workspace->grantRole(analyst, QStringLiteral("analyst")), qPrintable(workspace->lastError()));
        }
        QVERIFY(downgradeToVersion6().isEmpty());

        QVERIFY(!Workspace::open(Test::locationAs(m_server->location(), analyst), &error));
        QVERIFY2(error.message().contains(QStringLiteral("version 6")) && error.message().contains(QStringLiteral("owner")),
            qPrintable(error.message()));
        QCOMPARE(storedSchemaVersion(), QStringLiteral("6"));

        auto workspace = Workspace::open(m_server->location(), &error);
        QVERIFY2(workspace, qPrintable(error.message()));
        QCOMPARE(workspace->schemaVersion(), Schema::currentVersion);
        QCOMPARE(storedSchemaVersion(), QString::number(Schema::currentVersion));
        workspace.reset();
        // The analyst can open it now.
        QVERIFY2(Workspace::open(Test::locationAs(m_server->location(), analyst), &error), qPrintable(error.message()));
        const QString database = m_server->name();
        m_server.reset(); // roles with privileges in a database cannot be dropped before it
        Test::runOnServer(QStringLiteral("DROP ROLE IF EXISTS %1").arg(analyst));
        Test::dropWorkspaceRoles(database);
    }

    void undoPutsARowBackUnderItsIdAndNewRowsGetFreshOnes()
    {
        WorkspaceError error;
        auto workspace = Workspace::create(m_server->location(), &error);
        QVERIFY2(workspace, qPrintable(error.message()));
        AiSystem prototype;
        prototype.name = QStringLiteral("Triage model");
        const SystemId first = workspace->addSystem(prototype);
        QVERIFY(first);
        workspace->removeSystems({ first });
        QCOMPARE(workspace->systemCount(), 0);
        workspace->undoStack()->undo();
        QVERIFY(workspace->system(first));
        prototype.name = QStringLiteral("Writer");
        const SystemId second = workspace->addSystem(prototype);
        QVERIFY(second > first);
        QCOMPARE(workspace->systemCount(), 2);
    }

    // Issue 8: appends are serialised in the database, so several analysts writing at once leave
    // one unbroken chain and lose no edit.
    void concurrentWritersKeepTheAuditChainWhole()
    {
        constexpr int kWriters = 4;
        constexpr int kEdits = 25;
        WorkspaceError error;
        qint64 entriesBefore = 0;
        {
            auto workspace = Workspace::create(m_server->location(), &error);
            QVERIFY2(workspace, qPrintable(error.message()));
            entriesBefore = workspace->verifyAudit().entriesChecked;
        }
        std::atomic<int> added { 0 };
        std::atomic<int> failed { 0 };
        QVector<QThread *> writers;
        for (int w = 0; w < kWriters; ++w) {
            writers << QThread::create([&, w] {
                WorkspaceError openError;
                auto workspace = Workspace::open(m_server->location(), &openError);
                if (!workspace) {
                    ++failed;
                    return;
                }
                for (int edit = 0; edit < kEdits; ++edit) {
                    AiSystem prototype;
                    prototype.name = QStringLiteral("Writer %1 system %2").arg(w).arg(edit);
                    if (workspace->addSystem(prototype))
                        ++added;
                    else
                        ++failed;
                }
            });
            writers.last()->start();
        }
        for (QThread *writer : std::as_const(writers)) {
            QVERIFY(writer->wait(120000));
            delete writer;
        }
        QCOMPARE(failed.load(), 0);
        QCOMPARE(added.load(), kWriters * kEdits);
        auto reopened = Workspace::open(m_server->location(), &error);
        QVERIFY2(reopened, qPrintable(error.message()));
        QCOMPARE(reopened->systemCount(), kWriters * kEdits);
        const AuditVerification audit = reopened->verifyAudit();
        QVERIFY2(audit.ok, qPrintable(audit.problem));
        QVERIFY(audit.entriesChecked >= entriesBefore + kWriters * kEdits);
    }

    void aDatabaseWithAWorkspaceIsNeverCreatedOver()
    {
        WorkspaceError error;
        QVERIFY(Workspace::create(m_server->location(), &error));
        QVERIFY(!Workspace::create(m_server->location(), &error));
        QCOMPARE(error.kind, WorkspaceError::AlreadyExists);
    }

    void anEmptyDatabaseIsNotAWorkspace()
    {
        WorkspaceError error;
        QVERIFY(!Workspace::open(m_server->location(), &error));
        QCOMPARE(error.kind, WorkspaceError::NotAWorkspace);
        QVERIFY2(error.message().contains(m_server->name()), qPrintable(error.message()));
    }

    // Another writer holds the audit chain's lock for longer than lock_timeout (a large import):
    // an edit gives up after waiting, says so plainly, and changes nothing.
    void anEditWaitingTooLongOnAnotherWriterIsRefusedPlainly()
    {
        WorkspaceError error;
        auto workspace = Workspace::create(m_server->location(), &error);
        QVERIFY2(workspace, qPrintable(error.message()));
        const qint64 entries = workspace->auditCount();
        const QString holder = Test::uniqueConnectionName(QStringLiteral("lock-holder"));
        {
            QSqlDatabase db = Test::addPostgresConnection(holder);
            db.setDatabaseName(m_server->name());
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QVERIFY(db.transaction());
            QSqlQuery lock(db);
            QVERIFY2(lock.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'audit_head' FOR UPDATE")),
                     qPrintable(lock.lastError().text()));
            AiSystem prototype;
            prototype.name = QStringLiteral("Waiting agent");
            QVERIFY(!workspace->addSystem(prototype));
            QVERIFY2(workspace->lastError().contains(QLatin1String("still being written")),
                     qPrintable(workspace->lastError()));
            db.rollback();
            db.close();
        }
        QSqlDatabase::removeDatabase(holder);
        QCOMPARE(workspace->systemCount(), 0);
        QCOMPARE(workspace->auditCount(), entries);
        AiSystem prototype;
        prototype.name = QStringLiteral("Waiting agent");
        QVERIFY2(workspace->addSystem(prototype), qPrintable(workspace->lastError()));
    }

    void aPasswordInTheUriIsNeverShownNorAudited()
    {
        QUrl url(m_server->location());
        url.setPassword(QStringLiteral("s3cret-pass")); // the test server trusts loopback: it is not checked
        WorkspaceError error;
        auto workspace = Workspace::create(url.toString(), &error);
        QVERIFY2(workspace, qPrintable(error.message()));
        QVERIFY(!workspace->filePath().contains(QStringLiteral("s3cret-pass")));
        QVERIFY(workspace->filePath().contains(m_server->name()));
        for (const AuditEntry &entry : workspace->auditEntries())
            QVERIFY(!entry.newValue.contains(QStringLiteral("s3cret-pass")));
    }
};

QTEST_MAIN(TestWorkspaceServer)
#include "tst_workspaceserver.moc"
