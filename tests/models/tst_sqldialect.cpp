// The dialects: what an analyst is told when a backend refuses a statement. SQLite's extended result
// codes carry the primary code in their low byte (SQLITE_BUSY_RECOVERY is 5 | 1 << 8); a PostgreSQL
// server answers with SQLSTATE codes, which the live test checks Qt's driver passes on as they are.
#include "common/testbackend.h"
#include "storage/sqldialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
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

    void postgresStatesMapToWhatTheAnalystSees_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<int>("kind");
        QTest::addRow("no such database") << QStringLiteral("3D000") << int(WorkspaceError::NotFound);
        QTest::addRow("a database without the workspace tables") << QStringLiteral("42P01") << int(WorkspaceError::NotAWorkspace);
        QTest::addRow("a viewer writing") << QStringLiteral("42501") << int(WorkspaceError::ReadOnly);
        QTest::addRow("a read-only transaction") << QStringLiteral("25006") << int(WorkspaceError::ReadOnly);
        QTest::addRow("a deadlock with another analyst") << QStringLiteral("40P01") << int(WorkspaceError::Locked);
        QTest::addRow("a lock not granted in time") << QStringLiteral("55P03") << int(WorkspaceError::Locked);
        QTest::addRow("corrupted data") << QStringLiteral("XX001") << int(WorkspaceError::Corrupt);
        QTest::addRow("the connection dropped") << QStringLiteral("08006") << int(WorkspaceError::Io);
        // SQLite's "busy" number must not read as anything on a server.
        QTest::addRow("a bare 5") << QStringLiteral("5") << int(WorkspaceError::Io);
    }

    void postgresStatesMapToWhatTheAnalystSees()
    {
        QFETCH(QString, state);
        QFETCH(int, kind);
        const QSqlError error(QStringLiteral("driver"), QStringLiteral("database"), QSqlError::StatementError, state);
        QCOMPARE(int(PostgresDialect().classify(error)), kind);
    }

    // Qt's QPSQL driver gives the server's SQLSTATE as the native error code.
    void aServerRefusalIsClassifiedByItsState()
    {
        const QString unavailable = Test::postgresUnavailable();
        if (!unavailable.isEmpty())
            QSKIP(qPrintable(unavailable));
        const QString name = Test::uniqueConnectionName(QStringLiteral("dialect"));
        {
            QSqlDatabase db = Test::addPostgresConnection(name);
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            const PostgresDialect dialect;
            for (const QString &statement : dialect.sessionSetup()) {
                QSqlQuery setup(db);
                QVERIFY2(setup.exec(statement), qPrintable(setup.lastError().text()));
            }
            QSqlQuery query(db);
            QVERIFY(!query.exec(QStringLiteral("SELECT value FROM mandate_no_such_table")));
            QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("42P01"));
            QCOMPARE(int(dialect.classify(query.lastError())), int(WorkspaceError::NotAWorkspace));
            QVERIFY(query.exec(QStringLiteral("BEGIN READ ONLY")));
            QVERIFY(!query.exec(QStringLiteral("CREATE TEMP TABLE refused (x int)")));
            QCOMPARE(int(dialect.classify(query.lastError())), int(WorkspaceError::ReadOnly));
            query.exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
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
