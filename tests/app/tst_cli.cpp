// mandate-cli end to end: the built binary run through QProcess on workspaces in a temporary folder,
// checking what a script sees: exit codes, stdout, one-line errors, and files left as they were.
// This file: help, version, usage errors, init, files that are no workspace, and verify. Adding,
// setting, listing and showing systems are in tst_clisystems.
#include "clitestcase.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace CliTest;

class TestCli : public CliTestCase
{
    Q_OBJECT

private slots:
    void helpListsCommandsFieldsAndExitCodes();
    void versionPrintsTheVersion();
    void usageErrorsExitWithOneAndTouchNothing_data();
    void usageErrorsExitWithOneAndTouchNothing();
    void initCreatesAWorkspaceThatVerifies();
    void initRefusesAnExistingFile_data();
    void initRefusesAnExistingFile();
    void filesThatAreNoWorkspaceExitWithThreeAndStayUnchanged_data();
    void filesThatAreNoWorkspaceExitWithThreeAndStayUnchanged();
    void verifyReportsEntryCountAndHeadHash();
    void verifyDetectsATamperedAuditLog_data();
    void verifyDetectsATamperedAuditLog();
};

void TestCli::helpListsCommandsFieldsAndExitCodes()
{
    const Run run = cli({ QStringLiteral("--help") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    for (const char *text : { "init WS", "list WS [--json] [--filter TEXT]", "show WS ID [--json]",
             "add WS --name NAME", "set WS ID FIELD VALUE", "verify WS", "approval_gate", "per_action",
             "review_cadence_days", "business_owner", "Exit codes" }) {
        QVERIFY2(run.out.contains(QLatin1String(text)), text);
    }
}

void TestCli::versionPrintsTheVersion()
{
    const Run run = cli({ QStringLiteral("--version") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral(MANDATE_VERSION)), qPrintable(run.out));
}

void TestCli::usageErrorsExitWithOneAndTouchNothing_data()
{
    QTest::addColumn<QStringList>("arguments"); // "WS" stands for a workspace with one system
    QTest::addRow("no arguments at all") << QStringList {};
    QTest::addRow("an unknown command") << QStringList { QStringLiteral("frobnicate"), QStringLiteral("WS") };
    QTest::addRow("list without a workspace") << QStringList { QStringLiteral("list") };
    QTest::addRow("show without an id") << QStringList { QStringLiteral("show"), QStringLiteral("WS") };
    QTest::addRow("set without a value") << QStringList { QStringLiteral("set"), QStringLiteral("WS"),
        QStringLiteral("1"), QStringLiteral("vendor") };
    QTest::addRow("add without a name") << QStringList { QStringLiteral("add"), QStringLiteral("WS") };
    QTest::addRow("add with an extra argument") << QStringList { QStringLiteral("add"), QStringLiteral("WS"),
        QStringLiteral("extra"), QStringLiteral("--name"), QStringLiteral("x") };
    QTest::addRow("an unknown option")
        << QStringList { QStringLiteral("list"), QStringLiteral("WS"), QStringLiteral("--colour") };
    QTest::addRow("an option of another command")
        << QStringList { QStringLiteral("verify"), QStringLiteral("WS"), QStringLiteral("--json") };
    QTest::addRow("a filter without its text")
        << QStringList { QStringLiteral("list"), QStringLiteral("WS"), QStringLiteral("--filter") };
}

void TestCli::usageErrorsExitWithOneAndTouchNothing()
{
    QFETCH(QStringList, arguments);
    const QString ws = newWorkspace();
    addSystem(ws, QStringLiteral("Claims triage"));
    const QByteArray before = fileHash(ws);
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^WS$")), ws);

    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith(QStringLiteral("mandate-cli: ")), qPrintable(run.err));
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QCOMPARE(fileHash(ws), before);
}

void TestCli::initCreatesAWorkspaceThatVerifies()
{
    const QString ws = m_dir->filePath(QStringLiteral("new.mandate"));
    const Run run = cli({ QStringLiteral("init"), ws });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QVERIFY(QFile::exists(ws));
    QCOMPARE(cli({ QStringLiteral("verify"), ws }).exitCode, 0);
    QCOMPARE(listJson(ws).size(), 0);
}

void TestCli::initRefusesAnExistingFile_data()
{
    QTest::addColumn<bool>("isWorkspace");
    QTest::addRow("an existing workspace") << true;
    QTest::addRow("an unrelated text file") << false;
}

void TestCli::initRefusesAnExistingFile()
{
    QFETCH(bool, isWorkspace);
    QString path = m_dir->filePath(QStringLiteral("existing.mandate"));
    if (isWorkspace) {
        addSystem(newWorkspace(QStringLiteral("existing.mandate")), QStringLiteral("Claims triage"));
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Quarterly notes, not a workspace.\n");
    }
    const QByteArray before = fileHash(path);

    const Run run = cli({ QStringLiteral("init"), path });
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.startsWith(QStringLiteral("mandate-cli: ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("existing.mandate")), qPrintable(run.err));
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QCOMPARE(fileHash(path), before);
}

void TestCli::filesThatAreNoWorkspaceExitWithThreeAndStayUnchanged_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addRow("a missing file") << QStringLiteral("missing");
    QTest::addRow("a plain text file") << QStringLiteral("text");
    QTest::addRow("an empty file") << QStringLiteral("empty");
    QTest::addRow("an SQLite database of another program") << QStringLiteral("sqlite");
    QTest::addRow("a truncated workspace") << QStringLiteral("truncated");
    QTest::addRow("a read-only workspace") << QStringLiteral("readonly");
    QTest::addRow("a workspace another program holds open") << QStringLiteral("locked");
}

void TestCli::filesThatAreNoWorkspaceExitWithThreeAndStayUnchanged()
{
    QFETCH(QString, kind);
    const QString path = m_dir->filePath(QStringLiteral("suspect.mandate"));
    if (kind == QLatin1String("text") || kind == QLatin1String("empty")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        if (kind == QLatin1String("text"))
            file.write("name,vendor\nClaims triage,Acme\n");
    } else if (kind == QLatin1String("sqlite")) {
        sqlRows(path,
            { QStringLiteral("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)"),
                QStringLiteral("INSERT INTO recipes (title) VALUES ('Soup')") });
    } else if (kind == QLatin1String("truncated")) {
        const QString ws = newWorkspace(QStringLiteral("whole.mandate"));
        for (int i = 0; i < 20; ++i)
            addSystem(ws, QStringLiteral("System %1").arg(i));
        QFile whole(ws);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes.left(bytes.size() / 2));
    } else if (kind == QLatin1String("readonly") || kind == QLatin1String("locked")) {
        addSystem(newWorkspace(QStringLiteral("suspect.mandate")), QStringLiteral("Claims triage"));
        if (kind == QLatin1String("readonly"))
            QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadUser));
    }
    const QByteArray before = fileHash(path);
    // Not hashed while held: closing any descriptor of the file would drop the holder's POSIX lock.
    std::unique_ptr<HeldOpen> held;
    if (kind == QLatin1String("locked")) {
        held = std::make_unique<HeldOpen>(path);
        QVERIFY(held->isHeld());
    }

    const QList<QStringList> commands {
        { QStringLiteral("list"), path },
        { QStringLiteral("list"), path, QStringLiteral("--json") },
        { QStringLiteral("show"), path, QStringLiteral("1") },
        { QStringLiteral("add"), path, QStringLiteral("--name"), QStringLiteral("Claims triage") },
        { QStringLiteral("set"), path, QStringLiteral("1"), QStringLiteral("vendor"),
            QStringLiteral("Acme") },
        { QStringLiteral("verify"), path },
    };
    for (const QStringList &command : commands) {
        const Run run = cli(command);
        QVERIFY2(run.exitCode == 3, qPrintable(command.first() + QStringLiteral(": ") + run.out + run.err));
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.startsWith(QStringLiteral("mandate-cli: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("suspect.mandate")), qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        if (!held)
            QCOMPARE(fileHash(path), before);
    }
    held.reset();
    QCOMPARE(fileHash(path), before);
}

void TestCli::verifyReportsEntryCountAndHeadHash()
{
    const QString ws = newWorkspace();
    const qint64 id = addSystem(ws, QStringLiteral("Claims triage"));
    QCOMPARE(cli({ QStringLiteral("set"), ws, QString::number(id), QStringLiteral("vendor"),
                     QStringLiteral("Acme") })
                 .exitCode,
        0);

    const Run run = cli({ QStringLiteral("verify"), ws });
    QCOMPARE(run.exitCode, 0);
    const QRegularExpressionMatch match = QRegularExpression(
        QStringLiteral("^OK: audit log intact; entries: (\\d+); head hash: ([0-9a-f]{64})\\n$"))
                                              .match(run.out);
    QVERIFY2(match.hasMatch(), qPrintable(run.out));
    QCOMPARE(match.captured(1).toInt(), auditCount(ws));
    const QVariantList head
        = sqlRows(ws, { QStringLiteral("SELECT hash FROM audit_log ORDER BY sequence DESC LIMIT 1") });
    QCOMPARE(match.captured(2), head.value(0).toString());
}

void TestCli::verifyDetectsATamperedAuditLog_data()
{
    QTest::addColumn<QStringList>("tampering");
    QTest::addRow("an edited new value")
        << QStringList { QStringLiteral("UPDATE audit_log SET new_value = 'Evil Corp' WHERE sequence = 3") };
    QTest::addRow("an edited actor") << QStringList { QStringLiteral(
        "UPDATE audit_log SET actor = 'someone else' WHERE sequence = 2") };
    QTest::addRow("a deleted entry") << QStringList { QStringLiteral(
        "DELETE FROM audit_log WHERE sequence = 2") };
    QTest::addRow("two entries swapped")
        << QStringList { QStringLiteral("UPDATE audit_log SET sequence = -1 WHERE sequence = 2"),
               QStringLiteral("UPDATE audit_log SET sequence = 2 WHERE sequence = 3"),
               QStringLiteral("UPDATE audit_log SET sequence = 3 WHERE sequence = -1") };
}

void TestCli::verifyDetectsATamperedAuditLog()
{
    QFETCH(QStringList, tampering);
    const QString ws = newWorkspace();
    const qint64 id = addSystem(ws, QStringLiteral("Claims triage"));
    for (const char *vendor : { "Acme", "Globex" })
        QCOMPARE(cli({ QStringLiteral("set"), ws, QString::number(id), QStringLiteral("vendor"),
                         QLatin1String(vendor) })
                     .exitCode,
            0);
    QCOMPARE(cli({ QStringLiteral("verify"), ws }).exitCode, 0);
    QVERIFY(auditCount(ws) >= 4);

    // The log forbids UPDATE and DELETE by triggers; someone with the file can still drop them.
    const QVariantList triggers = sqlRows(ws,
        { QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'") });
    QVERIFY(!triggers.isEmpty());
    QStringList statements;
    for (const QVariant &trigger : triggers)
        statements << QStringLiteral("DROP TRIGGER \"%1\"").arg(trigger.toString());
    sqlRows(ws, statements + tampering);

    const Run run = cli({ QStringLiteral("verify"), ws });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(
        run.err.startsWith(QStringLiteral("mandate-cli: ") + ws + QStringLiteral(": ")), qPrintable(run.err));
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
