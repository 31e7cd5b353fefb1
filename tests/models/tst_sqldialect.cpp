// SqliteDialect: what an analyst is told when the file backend refuses a statement. Extended result
// codes carry the primary code in their low byte (SQLITE_BUSY_RECOVERY is 5 | 1 << 8).
#include "storage/sqldialect.h"

#include <QSqlError>
#include <QTest>

using namespace Mandate;

class TestSqlDialect : public QObject
{
    Q_OBJECT

private slots:
    void sqliteCodesMapToWhatTheAnalystSees_data()
    {
        QTest::addColumn<QString>("nativeCode");
        QTest::addColumn<int>("kind");
        QTest::addRow("busy: another process holds the file") << QStringLiteral("5") << int(WorkspaceError::Locked);
        QTest::addRow("busy while recovering (extended code)") << QStringLiteral("261") << int(WorkspaceError::Locked);
        QTest::addRow("locked table") << QStringLiteral("6") << int(WorkspaceError::Locked);
        QTest::addRow("read-only file") << QStringLiteral("8") << int(WorkspaceError::ReadOnly);
        QTest::addRow("corrupt file") << QStringLiteral("11") << int(WorkspaceError::Corrupt);
        QTest::addRow("not a database") << QStringLiteral("26") << int(WorkspaceError::NotAWorkspace);
        QTest::addRow("a constraint is an input or output problem") << QStringLiteral("19") << int(WorkspaceError::Io);
        QTest::addRow("no code at all") << QString() << int(WorkspaceError::Io);
    }

    void sqliteCodesMapToWhatTheAnalystSees()
    {
        QFETCH(QString, nativeCode);
        QFETCH(int, kind);
        const QSqlError error(QStringLiteral("driver"), QStringLiteral("database"), QSqlError::StatementError, nativeCode);
        QCOMPARE(int(SqliteDialect().classify(error)), kind);
    }

    void theFileBackendSetsUpAnExclusiveConnectionWithForeignKeys()
    {
        const SqliteDialect dialect;
        QCOMPARE(dialect.driverName(), QStringLiteral("QSQLITE"));
        const QStringList setup = dialect.sessionSetup();
        QVERIFY(setup.contains(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
        QVERIFY(setup.contains(QStringLiteral("PRAGMA foreign_keys = ON")));
        // The lock is taken by the first read, so that a second instance fails while opening.
        QVERIFY(setup.last().startsWith(QStringLiteral("SELECT")));
    }
};

QTEST_MAIN(TestSqlDialect)
#include "tst_sqldialect.moc"
