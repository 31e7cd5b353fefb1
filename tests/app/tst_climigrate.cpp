// mandate-cli migrate end to end, on the built binary: a workspace copied to a new file (and, with a
// test cluster, into a PostgreSQL database and back) lists the same systems and verifies; each
// refusal (an existing destination, a source whose audit chain is broken, a wrong command line)
// exits non-zero, says why and leaves the destination as it was or absent. A password in a server
// URI is never printed.
#include "clitestsupport.h"

#include "common/testbackend.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace CliTest;

class TestCliMigrate : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ws;

    Run cli(const QStringList &arguments) const { return runCli(m_dir->filePath(QStringLiteral("config")), arguments); }
    QString path(const char *name) const { return m_dir->filePath(QLatin1String(name)); }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_ws = path("source.mandate");
        QCOMPARE(cli({ QStringLiteral("init"), m_ws }).exitCode, 0);
        for (const char *name : { "Support triage agent", "Invoice extractor" })
            QCOMPARE(cli({ QStringLiteral("add"), m_ws, QStringLiteral("--name"), QLatin1String(name) }).exitCode, 0);
    }
    void cleanup() { m_dir.reset(); }

    void copiesToANewFile()
    {
        const QString copy = path("copy.mandate");
        const Run run = cli({ QStringLiteral("migrate"), m_ws, copy });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("audit chain verified on both sides")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("systems")));
        QCOMPARE(cli({ QStringLiteral("list"), copy }).out, cli({ QStringLiteral("list"), m_ws }).out);
        const Run verify = cli({ QStringLiteral("verify"), copy });
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.err));
        QCOMPARE(auditCount(copy), auditCount(m_ws) + 1);
    }

    void refusesAnExistingDestination()
    {
        const QString existing = path("existing.mandate");
        QCOMPARE(cli({ QStringLiteral("init"), existing }).exitCode, 0);
        const QByteArray before = fileHash(existing);
        const Run run = cli({ QStringLiteral("migrate"), m_ws, existing });
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(existing) && run.err.contains(QStringLiteral("already exists")), qPrintable(run.err));
        QCOMPARE(fileHash(existing), before);
    }

    void refusesASourceWhoseAuditChainIsBroken()
    {
        sqlRows(m_ws, { QStringLiteral("DROP TRIGGER audit_log_no_update"),
                        QStringLiteral("UPDATE audit_log SET new_value = 'Harmless bot' WHERE sequence = 2") });
        const QString copy = path("copy.mandate");
        const Run run = cli({ QStringLiteral("migrate"), m_ws, copy });
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(m_ws) && run.err.contains(QStringLiteral("audit chain")), qPrintable(run.err));
        QVERIFY(!QFile::exists(copy));
    }

    void refusesAWrongCommandLine()
    {
        const Run run = cli({ QStringLiteral("migrate"), m_ws });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("migrate SRC DST")), qPrintable(run.err));
    }

    void copiesToAServerAndBack()
    {
        const QString unavailable = Mandate::Test::postgresUnavailable();
        if (!unavailable.isEmpty())
            QSKIP(qPrintable(unavailable));
        const Mandate::Test::ScratchDatabase database;
        QVERIFY2(database.isValid(), qPrintable(database.error()));
        QUrl url(database.location());
        url.setPassword(QStringLiteral("sekrit-pw")); // the loopback cluster trusts and ignores it
        const QString server = url.toString();

        const Run there = cli({ QStringLiteral("migrate"), m_ws, server });
        QVERIFY2(there.exitCode == 0, qPrintable(there.err));
        QVERIFY(there.out.contains(QStringLiteral("audit chain verified on both sides")));
        QVERIFY(!there.out.contains(QStringLiteral("sekrit-pw")));
        const Run again = cli({ QStringLiteral("migrate"), m_ws, server });
        QCOMPARE(again.exitCode, 3);
        QVERIFY2(!again.err.contains(QStringLiteral("sekrit-pw")), qPrintable(again.err));

        const QString back = path("back.mandate");
        const Run home = cli({ QStringLiteral("migrate"), server, back });
        QVERIFY2(home.exitCode == 0, qPrintable(home.err));
        QVERIFY(!home.out.contains(QStringLiteral("sekrit-pw")));
        QCOMPARE(cli({ QStringLiteral("list"), back }).out, cli({ QStringLiteral("list"), m_ws }).out);
        QCOMPARE(cli({ QStringLiteral("verify"), back }).exitCode, 0);
        QCOMPARE(auditCount(back), auditCount(m_ws) + 2);
        const QVariantList logged = sqlRows(back, { QStringLiteral("SELECT old_value || ' ' || new_value FROM audit_log "
                                                                   "WHERE action = 'migrate'") });
        QCOMPARE(logged.size(), 2); // there and back
        for (const QVariant &entry : logged)
            QVERIFY2(!entry.toString().contains(QStringLiteral("sekrit-pw")), qPrintable(entry.toString()));
    }
};

QTEST_GUILESS_MAIN(TestCliMigrate)
#include "tst_climigrate.moc"
