// Roles on a server workspace (issue 8), enforced by PostgreSQL: a viewer cannot write even through
// raw SQL, an analyst edits the inventory but decides no review, a reviewer decides reviews but
// edits no system, nobody but the owner may touch the audit log, and granting or revoking a role is
// audited. Each test gets its own database and login roles on the test cluster (trust auth), and
// drops them after; without a server the tests skip and say why.
#include "common/testbackend.h"
#include "storage/importwriter.h"
#include "storage/workspace.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUuid>

#include <memory>

using namespace Mandate;

class TestWorkspaceRoles : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::ScratchDatabase> m_server; // this test's; its location() is the owner's, the superuser
    QString m_viewer, m_analyst, m_reviewer, m_adminUser; // login roles, unique per test
    std::unique_ptr<Workspace> m_owner;
    SystemId m_system = 0;
    CampaignId m_campaign = 0;

    std::unique_ptr<Workspace> openAs(const QString &user)
    {
        WorkspaceError error;
        auto workspace = Workspace::open(Test::locationAs(m_server->location(), user), &error);
        if (!workspace)
            qWarning() << error.message();
        return workspace;
    }

    // Runs one statement as user on this test's database; the error (none when it ran) and the rows it touched.
    QSqlError rawAs(const QString &user, const QString &sql, int *rowsAffected = nullptr)
    {
        const QString name = Test::uniqueConnectionName(QStringLiteral("raw"));
        QSqlError error;
        {
            QSqlDatabase db = Test::addPostgresConnection(name);
            db.setUserName(user);
            db.setDatabaseName(m_server->name());
            if (!db.open()) {
                error = db.lastError();
            } else {
                QSqlQuery query(db);
                if (!query.exec(sql))
                    error = query.lastError();
                else if (rowsAffected)
                    *rowsAffected = query.numRowsAffected();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return error;
    }

    QString ownerValue(const QString &sql)
    {
        QSqlDatabase db = Test::addPostgresConnection(Test::uniqueConnectionName(QStringLiteral("read")));
        const QString name = db.connectionName();
        QString value;
        db.setDatabaseName(m_server->name());
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0).toString();
        }
        db = {};
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
        return value;
    }

    ReviewItemId ownerItem() const
    {
        for (const ReviewItem &item : m_owner->reviewItems(m_campaign)) {
            if (item.kind == ReviewItemKind::Owner)
                return item.id;
        }
        return 0;
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
        const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(12);
        m_viewer = QStringLiteral("viewer_%1").arg(tag);
        m_analyst = QStringLiteral("analyst_%1").arg(tag);
        m_reviewer = QStringLiteral("reviewer_%1").arg(tag);
        m_adminUser = QStringLiteral("admin_%1").arg(tag);
        for (const QString &user : { m_viewer, m_analyst, m_reviewer, m_adminUser }) {
            const QString error = Test::runOnServer(QStringLiteral("CREATE ROLE %1 LOGIN").arg(user));
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }

        WorkspaceError error;
        m_owner = Workspace::create(m_server->location(), &error);
        QVERIFY2(m_owner, qPrintable(error.message()));
        AiSystem prototype;
        prototype.name = QStringLiteral("Deployer");
        m_system = m_owner->addSystem(prototype);
        QVERIFY2(m_system, qPrintable(m_owner->lastError()));
        Campaign draft;
        draft.name = QStringLiteral("Q4 access");
        draft.scope = QStringLiteral("deployer");
        draft.reviewers = { QStringLiteral("Rita") };
        draft.due = QDate::currentDate().addDays(30);
        m_campaign = m_owner->createCampaign(draft);
        QVERIFY2(m_campaign, qPrintable(m_owner->lastError()));
        QVERIFY(ownerItem());
        QVERIFY2(m_owner->grantRole(m_viewer, QStringLiteral("viewer")), qPrintable(m_owner->lastError()));
        QVERIFY2(m_owner->grantRole(m_analyst, QStringLiteral("analyst")), qPrintable(m_owner->lastError()));
        QVERIFY2(m_owner->grantRole(m_reviewer, QStringLiteral("reviewer")), qPrintable(m_owner->lastError()));
        QVERIFY2(m_owner->grantRole(m_adminUser, QStringLiteral("admin")), qPrintable(m_owner->lastError()));
    }

    void cleanup()
    {
        m_owner.reset();
        if (!m_server)
            return;
        const QString database = m_server->name();
        m_server.reset(); // roles with privileges in a database cannot be dropped before it
        for (const QString &user : { m_viewer, m_analyst, m_reviewer, m_adminUser })
            Test::runOnServer(QStringLiteral("DROP ROLE IF EXISTS %1").arg(user));
        Test::dropWorkspaceRoles(database);
    }

    void aViewerCannotWriteEvenThroughRawSql()
    {
        QVERIFY(!rawAs(m_viewer, QStringLiteral("SELECT count(*) FROM systems")).isValid());
        const QStringList writes {
            QStringLiteral("INSERT INTO systems (name) VALUES ('Smuggled')"),
            QStringLiteral("UPDATE systems SET name = 'Renamed'"),
            QStringLiteral("DELETE FROM systems"),
        };
        for (const QString &sql : writes) {
            const QSqlError error = rawAs(m_viewer, sql);
            QVERIFY2(error.isValid(), qPrintable(sql));
            QCOMPARE(error.nativeErrorCode(), QStringLiteral("42501"));
            QVERIFY2(error.text().contains(QLatin1String("permission denied")), qPrintable(error.text()));
        }
        QCOMPARE(ownerValue(QStringLiteral("SELECT string_agg(name, ',') FROM systems")), QStringLiteral("Deployer"));
    }

    void aViewersEditIsRefusedWithAClearMessageAndChangesNothing()
    {
        auto viewer = openAs(m_viewer);
        QVERIFY(viewer);
        QCOMPARE(viewer->currentRoles(), QStringList { QStringLiteral("viewer") });
        const qint64 entries = viewer->auditCount();
        QSignalSpy failed(viewer.get(), &Workspace::writeFailed);
        viewer->setSystemValue(m_system, SystemField::Name, QStringLiteral("Renamed"));
        QVERIFY2(viewer->lastError().contains(QLatin1String("your role on this workspace is viewer")),
                 qPrintable(viewer->lastError()));
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QLatin1String("you may not change this workspace")));
        QCOMPARE(viewer->system(m_system)->name, QStringLiteral("Deployer"));
        QCOMPARE(ownerValue(QStringLiteral("SELECT name FROM systems")), QStringLiteral("Deployer"));
        QCOMPARE(ownerValue(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong(), entries);
    }

    void anAnalystEditsASystemButCannotDecideAReview()
    {
        auto analyst = openAs(m_analyst);
        QVERIFY(analyst);
        QCOMPARE(analyst->currentRoles(), QStringList { QStringLiteral("analyst") });
        QVERIFY(analyst->setSystemValue(m_system, SystemField::Vendor, QStringLiteral("Acme")));
        QVERIFY2(analyst->lastError().isEmpty(), qPrintable(analyst->lastError()));
        QCOMPARE(ownerValue(QStringLiteral("SELECT vendor FROM systems")), QStringLiteral("Acme"));

        const QSqlError decide = rawAs(m_analyst,
            QStringLiteral("UPDATE review_items SET decision = 'yes', decided_by = 'analyst' WHERE id = %1").arg(ownerItem()));
        QCOMPARE(decide.nativeErrorCode(), QStringLiteral("42501"));
        QCOMPARE(ownerValue(QStringLiteral("SELECT decision FROM review_items WHERE id = %1").arg(ownerItem())),
                 QStringLiteral("undecided"));
    }

    void anAnalystCannotRewriteTheSchemaVersion()
    {
        const QString before = ownerValue(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
        QVERIFY(!before.isEmpty());
        int rows = -1;
        const QSqlError error = rawAs(m_analyst, QStringLiteral("UPDATE meta SET value = '999' WHERE key = 'schema_version'"), &rows);
        // Row-level security hides the row from an UPDATE: nothing matches, nothing changes.
        QVERIFY2(!error.isValid() ? rows == 0 : error.nativeErrorCode() == QLatin1String("42501"), qPrintable(error.text()));
        QCOMPARE(rawAs(m_analyst, QStringLiteral("UPDATE meta SET key = 'x' WHERE key = 'audit_head'")).nativeErrorCode(),
                 QStringLiteral("42501"));
        QCOMPARE(ownerValue(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")), before);
    }

    void aReviewerDecidesAReviewButCannotEditASystem()
    {
        auto reviewer = openAs(m_reviewer);
        QVERIFY(reviewer);
        reviewer->setActor(QStringLiteral("Rita"));
        QCOMPARE(reviewer->currentRoles(), QStringList { QStringLiteral("reviewer") });
        QVERIFY2(reviewer->decideReviewItems(m_campaign, QStringLiteral("Rita"), { { ownerItem(), ReviewDecision::Yes, {} } }),
                 qPrintable(reviewer->lastError()));
        QCOMPARE(ownerValue(QStringLiteral("SELECT decision FROM review_items WHERE id = %1").arg(ownerItem())),
                 QStringLiteral("yes"));

        // Past the chain's lock, which reviewers take too: refused by the server at the statement,
        // and said in the analyst's terms rather than PostgreSQL's.
        QVERIFY(!reviewer->setSystemValue(m_system, SystemField::Vendor, QStringLiteral("Sneaky")));
        QVERIFY2(reviewer->lastError().contains(QLatin1String("your role on this workspace is reviewer")),
                 qPrintable(reviewer->lastError()));
        QCOMPARE(rawAs(m_reviewer, QStringLiteral("UPDATE systems SET vendor = 'Sneaky'")).nativeErrorCode(),
                 QStringLiteral("42501"));
        QCOMPARE(ownerValue(QStringLiteral("SELECT vendor FROM systems")), QString());
    }

    void aReviewersImportIsRefusedSayingTheRoleAndStoresNothing()
    {
        auto reviewer = openAs(m_reviewer);
        QVERIFY(reviewer);
        const qint64 systems = reviewer->systemCount();
        const qint64 entries = reviewer->auditCount();
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("inventory.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,vendor\nShadow agent,Acme\n");
        file.close();
        ImportSettings settings;
        settings.path = csv;
        const ImportContext context = reviewer->beginImport();
        const ImportResult result = ImportWriter::write(context, settings, ImportControl {});
        reviewer->finishImport(result);
        QVERIFY(!result.committed);
        QVERIFY2(result.error.contains(QLatin1String("your role on this workspace is reviewer")), qPrintable(result.error));
        QCOMPARE(ownerValue(QStringLiteral("SELECT count(*) FROM systems")), QString::number(systems));
        QCOMPARE(reviewer->auditCount(), entries);
    }

    void nobodyButTheOwnerMayChangeTheAuditLog()
    {
        for (const QString &user : { m_viewer, m_analyst, m_reviewer, m_adminUser }) {
            for (const QString &sql : { QStringLiteral("UPDATE audit_log SET actor = 'forger'"),
                                        QStringLiteral("DELETE FROM audit_log"), QStringLiteral("TRUNCATE audit_log") }) {
                const QSqlError error = rawAs(user, sql);
                QVERIFY2(error.nativeErrorCode() == QLatin1String("42501"),
                         qPrintable(user + QLatin1String(": ") + sql + QLatin1String(": ") + error.text()));
            }
        }
        // The owner is stopped too, by the append-only triggers.
        QVERIFY(rawAs(QUrl(m_server->location()).userName(), QStringLiteral("DELETE FROM audit_log")).text().contains(
            QLatin1String("append-only")));
        const AuditVerification audit = m_owner->verifyAudit();
        QVERIFY2(audit.ok, qPrintable(audit.problem));
    }

    void theAuditChainVerifiesAfterEditsBySeveralRoles()
    {
        {
            auto analyst = openAs(m_analyst);
            QVERIFY(analyst);
            QVERIFY(analyst->setSystemValue(m_system, SystemField::Vendor, QStringLiteral("Acme")));
            QVERIFY2(analyst->lastError().isEmpty(), qPrintable(analyst->lastError()));
            auto reviewer = openAs(m_reviewer);
            QVERIFY(reviewer);
            QVERIFY2(reviewer->decideReviewItems(m_campaign, QStringLiteral("Rita"), { { ownerItem(), ReviewDecision::Yes, {} } }),
                     qPrintable(reviewer->lastError()));
            AiSystem prototype;
            prototype.name = QStringLiteral("Second");
            QVERIFY(analyst->addSystem(prototype));
        }
        auto viewer = openAs(m_viewer);
        QVERIFY(viewer);
        const AuditVerification audit = viewer->verifyAudit();
        QVERIFY2(audit.ok, qPrintable(audit.problem));
        QCOMPARE(audit.entriesChecked, viewer->auditCount());
    }

    void grantAndRevokeAreAuditedAndTakeEffect()
    {
        auto admin = openAs(m_adminUser);
        QVERIFY(admin);
        QCOMPARE(admin->currentRoles(), QStringList { QStringLiteral("admin") });
        admin->setActor(QStringLiteral("Ada"));
        // An admin who is not the owner grants through the admin role's ADMIN OPTION.
        QVERIFY2(admin->grantRole(m_viewer, QStringLiteral("analyst")), qPrintable(admin->lastError()));
        QVector<AuditEntry> last = admin->auditEntries(admin->auditCount(), 1);
        QCOMPARE(last.size(), 1);
        QCOMPARE(last.first().action, QStringLiteral("grant"));
        QCOMPARE(last.first().entity, QStringLiteral("role"));
        QCOMPARE(last.first().field, QStringLiteral("analyst"));
        QCOMPARE(last.first().newValue, m_viewer);
        QCOMPARE(last.first().actor, QStringLiteral("Ada"));
        bool listed = false;
        for (const Workspace::RoleMember &member : admin->roleMembers())
            listed = listed || (member.user == m_viewer && member.role == QLatin1String("analyst"));
        QVERIFY(listed);
        QVERIFY(!rawAs(m_viewer, QStringLiteral("UPDATE systems SET vendor = 'Now allowed'")).isValid());

        QVERIFY(!admin->grantRole(m_viewer, QStringLiteral("analyst")));
        QVERIFY2(admin->lastError().contains(QLatin1String("already has the role")), qPrintable(admin->lastError()));
        QVERIFY2(admin->revokeRole(m_viewer, QStringLiteral("analyst")), qPrintable(admin->lastError()));
        last = admin->auditEntries(admin->auditCount(), 1);
        QCOMPARE(last.first().action, QStringLiteral("revoke"));
        QCOMPARE(last.first().oldValue, m_viewer);
        QCOMPARE(rawAs(m_viewer, QStringLiteral("UPDATE systems SET vendor = 'Not any more'")).nativeErrorCode(),
                 QStringLiteral("42501"));
        QVERIFY(admin->verifyAudit().ok);
    }

    void onlyAnAdminMayGrant()
    {
        auto analyst = openAs(m_analyst);
        QVERIFY(analyst);
        const qint64 entries = analyst->auditCount();
        QVERIFY(!analyst->grantRole(m_viewer, QStringLiteral("reviewer")));
        QVERIFY2(analyst->lastError().contains(QLatin1String("your role on this workspace is analyst")),
                 qPrintable(analyst->lastError()));
        // The server refuses it as well, without Mandate asking first.
        QCOMPARE(rawAs(m_analyst, QStringLiteral("GRANT %1_reviewer TO %2").arg(m_server->name(), m_viewer)).nativeErrorCode(),
                 QStringLiteral("42501"));
        QCOMPARE(analyst->auditCount(), entries);
        QVERIFY(!m_owner->grantRole(m_viewer, QStringLiteral("superuser")));
        QVERIFY(m_owner->lastError().contains(QLatin1String("There is no role")));
        QVERIFY(!m_owner->grantRole(QStringLiteral("nobody_%1").arg(m_viewer), QStringLiteral("viewer")));
        QVERIFY(m_owner->lastError().contains(QLatin1String("There is no user")));
    }

    void aFileWorkspaceHasNoRoles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        WorkspaceError error;
        auto file = Workspace::create(dir.filePath(QStringLiteral("roles.mandate")), &error);
        QVERIFY2(file, qPrintable(error.message()));
        const qint64 entries = file->auditCount();
        QVERIFY(!file->grantRole(m_viewer, QStringLiteral("viewer")));
        QVERIFY2(file->lastError().contains(QLatin1String("server workspaces")), qPrintable(file->lastError()));
        QVERIFY(!file->revokeRole(m_viewer, QStringLiteral("viewer")));
        QVERIFY(file->roleMembers().isEmpty());
        QVERIFY(file->currentRoles().isEmpty());
        QCOMPARE(file->auditCount(), entries);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceRoles)
#include "tst_workspaceroles.moc"
