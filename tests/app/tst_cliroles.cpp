// mandate-cli roles, grant and revoke end to end, on the built binary and the test cluster: the
// owner grants a server user a role and `roles` lists it, the grant is audited and takes effect on
// the server (a viewer's `set` is refused in the viewer's terms, an analyst's goes through), a
// revoke takes it away; refusals (a role that does not exist, a grant held already, a non-admin
// granting, a workspace file) exit non-zero and say why.
#include "clitestsupport.h"

#include "common/testbackend.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace CliTest;

class TestCliRoles : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Mandate::Test::ScratchDatabase> m_server; // this test's database
    QString m_location;                                       // its URI, as the owner (the superuser)
    QString m_user;                                           // a login role made for this test

    Run cli(const QStringList &arguments) const { return runCli(m_dir->filePath(QStringLiteral("config")), arguments); }

    QString as(const QString &user) const { return Mandate::Test::locationAs(m_location, user); }

    int auditCount()
    {
        const QString name = Mandate::Test::uniqueConnectionName(QStringLiteral("count"));
        int count = -1;
        {
            QSqlDatabase db = Mandate::Test::addPostgresConnection(name);
            db.setDatabaseName(m_server->name());
            QSqlQuery query(db);
            if (db.open() && query.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && query.next())
                count = query.value(0).toInt();
        }
        QSqlDatabase::removeDatabase(name);
        return count;
    }

private slots:
    void initTestCase()
    {
        const QString unavailable = Mandate::Test::postgresUnavailable();
        if (!unavailable.isEmpty())
            QSKIP(qPrintable(unavailable));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_server = std::make_unique<Mandate::Test::ScratchDatabase>();
        QVERIFY2(m_server->isValid(), qPrintable(m_server->error()));
        m_user = QStringLiteral("cliuser_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
        const QString error = Mandate::Test::runOnServer(QStringLiteral("CREATE ROLE %1 LOGIN").arg(m_user));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_location = m_server->location();
        const Run init = cli({ QStringLiteral("init"), m_location });
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    }

    void cleanup()
    {
        if (!m_server)
            return;
        const QString database = m_server->name();
        m_server.reset(); // roles with privileges in a database cannot be dropped before it
        Mandate::Test::runOnServer(QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_user));
        Mandate::Test::dropWorkspaceRoles(database);
    }

    void grantListAndRevokeARole()
    {
        const Run add = cli({ QStringLiteral("add"), m_location, QStringLiteral("--name"), QStringLiteral("Deployer") });
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        const QString id = add.out.trimmed();

        int entries = auditCount();
        Run run = cli({ QStringLiteral("grant"), m_location, m_user, QStringLiteral("viewer") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(m_user + QLatin1String(" now has the role viewer")), qPrintable(run.out));
        QCOMPARE(auditCount(), entries + 1);

        run = cli({ QStringLiteral("roles"), m_location });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        bool listed = false;
        for (const QString &line : run.out.split(u'\n'))
            listed = listed || line.simplified() == m_user + QLatin1String(" viewer");
        QVERIFY2(listed, qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("Your role: admin")), qPrintable(run.out));

        // The server holds the viewer to it, whatever the client.
        run = cli({ QStringLiteral("set"), as(m_user), id, QStringLiteral("vendor"), QStringLiteral("Acme") });
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QLatin1String("your role on this workspace is viewer")), qPrintable(run.err));
        run = cli({ QStringLiteral("roles"), as(m_user) });
        QVERIFY2(run.out.contains(QLatin1String("Your role: viewer")), qPrintable(run.out + run.err));
        run = cli({ QStringLiteral("grant"), as(m_user), m_user, QStringLiteral("analyst") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("you may not grant or revoke roles")), qPrintable(run.err));

        run = cli({ QStringLiteral("grant"), m_location, m_user, QStringLiteral("analyst") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = cli({ QStringLiteral("set"), as(m_user), id, QStringLiteral("vendor"), QStringLiteral("Acme") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        entries = auditCount();
        run = cli({ QStringLiteral("revoke"), m_location, m_user, QStringLiteral("analyst") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("no longer has the role analyst")), qPrintable(run.out));
        QCOMPARE(auditCount(), entries + 1);
        run = cli({ QStringLiteral("set"), as(m_user), id, QStringLiteral("vendor"), QStringLiteral("Other") });
        QVERIFY(run.exitCode != 0);

        const Run verify = cli({ QStringLiteral("verify"), m_location });
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.err));
    }

    void refusalsSayWhyAndChangeNothing()
    {
        const int entries = auditCount();
        Run run = cli({ QStringLiteral("grant"), m_location, m_user, QStringLiteral("superuser") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("There is no role \"superuser\"")), qPrintable(run.err));
        run = cli({ QStringLiteral("revoke"), m_location, m_user, QStringLiteral("viewer") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("does not have the role viewer")), qPrintable(run.err));
        run = cli({ QStringLiteral("grant"), m_location, m_user });
        QCOMPARE(run.exitCode, 1); // usage: ROLE missing
        QCOMPARE(auditCount(), entries);

        const QString file = m_dir->filePath(QStringLiteral("local.mandate"));
        QCOMPARE(cli({ QStringLiteral("init"), file }).exitCode, 0);
        run = cli({ QStringLiteral("roles"), file });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("server workspaces")), qPrintable(run.err));
        run = cli({ QStringLiteral("grant"), file, m_user, QStringLiteral("viewer") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("server workspaces")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliRoles)
#include "tst_cliroles.moc"
