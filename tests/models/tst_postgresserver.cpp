// The PostgreSQL test server itself: before any workspace runs on it, it must be PostgreSQL, keep
// names in any script exactly as typed, and keep one analyst's unfinished edit from another.
// Skips with the reason when there is no server (see tests/common/testbackend.h).
#include "common/testbackend.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Mandate;

namespace {

// The single value of a one-row query on the connection, or an invalid QVariant (with a failure
// message printed) when the query fails.
QVariant scalar(const QString &connectionName, const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(connectionName));
    if (!query.exec(sql) || !query.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return {};
    }
    return query.value(0);
}

bool exec(const QString &connectionName, const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(connectionName));
    if (!query.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

} // namespace

class TestPostgresServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString reason = Test::postgresUnavailable();
        if (!reason.isEmpty())
            QSKIP(qPrintable(reason));
    }

    // Two connections, as two analysts on two machines would have, and a schema of their own.
    void init()
    {
        m_first = Test::uniqueConnectionName(QStringLiteral("first"));
        m_second = Test::uniqueConnectionName(QStringLiteral("second"));
        QSqlDatabase first = Test::addPostgresConnection(m_first);
        QVERIFY2(first.open(), qPrintable(first.lastError().text()));
        QSqlDatabase second = Test::addPostgresConnection(m_second);
        QVERIFY2(second.open(), qPrintable(second.lastError().text()));
        m_schema = Test::freshSchemaName();
        QVERIFY(exec(m_first, QStringLiteral("CREATE SCHEMA %1").arg(m_schema)));
        QVERIFY(exec(m_first, QStringLiteral("CREATE TABLE %1.notes (id serial PRIMARY KEY, text text NOT NULL)")
                                  .arg(m_schema)));
    }

    void cleanup()
    {
        if (QSqlDatabase::contains(m_first) && QSqlDatabase::database(m_first).isOpen()) {
            // Table first: a cascading schema drop would print a server NOTICE in every test.
            exec(m_first, QStringLiteral("DROP TABLE IF EXISTS %1.notes").arg(m_schema));
            exec(m_first, QStringLiteral("DROP SCHEMA IF EXISTS %1").arg(m_schema));
        }
        for (const QString &name : {m_first, m_second}) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }

    void theServerIsPostgresWithUtf8()
    {
        QVERIFY(scalar(m_first, QStringLiteral("SELECT version()")).toString().startsWith(QLatin1String("PostgreSQL")));
        QCOMPARE(scalar(m_first, QStringLiteral("SHOW server_encoding")).toString(), QStringLiteral("UTF8"));
    }

    void textComesBackExactlyAsWritten_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("German umlauts and sharp s") << QStringLiteral("Jürgen Großmann prüft Änderungen");
        QTest::addRow("Chinese and Japanese names") << QStringLiteral("王小明と山田太郎の審査");
        QTest::addRow("Korean and Greek") << QStringLiteral("김민준 και Ελένη");
        QTest::addRow("characters outside the basic plane") << QStringLiteral("Risk 🚨 flagged 𝔸𝕀");
        QTest::addRow("quotes and a backslash") << QStringLiteral("O'Brien said \"no\" \\ twice");
    }

    void textComesBackExactlyAsWritten()
    {
        QFETCH(QString, text);
        QVERIFY(exec(m_first, QStringLiteral("CREATE TEMP TABLE names (name text NOT NULL)")));
        QSqlQuery insert(QSqlDatabase::database(m_first));
        QVERIFY(insert.prepare(QStringLiteral("INSERT INTO names (name) VALUES (?)")));
        insert.addBindValue(text);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));

        QSqlQuery select(QSqlDatabase::database(m_first));
        QVERIFY(select.exec(QStringLiteral("SELECT name, char_length(name) FROM names")));
        QVERIFY(select.next());
        QCOMPARE(select.value(0).toString(), text);
        // The server counts characters, not bytes: it stored text, not mojibake.
        QCOMPARE(select.value(1).toLongLong(), qint64(text.toUcs4().size()));
        QVERIFY(exec(m_first, QStringLiteral("DROP TABLE names")));
    }

    void anotherConnectionSeesOnlyCommittedRows()
    {
        const QString count = QStringLiteral("SELECT count(*) FROM %1.notes").arg(m_schema);
        const QString insert = QStringLiteral("INSERT INTO %1.notes (text) VALUES ('draft')").arg(m_schema);
        QSqlDatabase first = QSqlDatabase::database(m_first);

        QVERIFY(first.transaction());
        QVERIFY(exec(m_first, insert));
        QCOMPARE(scalar(m_first, count).toInt(), 1);
        QCOMPARE(scalar(m_second, count).toInt(), 0);
        QVERIFY(first.commit());
        QCOMPARE(scalar(m_second, count).toInt(), 1);
    }

    void anotherConnectionNeverSeesRolledBackRows()
    {
        const QString count = QStringLiteral("SELECT count(*) FROM %1.notes").arg(m_schema);
        QSqlDatabase first = QSqlDatabase::database(m_first);

        QVERIFY(first.transaction());
        QVERIFY(exec(m_first, QStringLiteral("INSERT INTO %1.notes (text) VALUES ('abandoned')").arg(m_schema)));
        QVERIFY(first.rollback());
        QCOMPARE(scalar(m_second, count).toInt(), 0);
        QCOMPARE(scalar(m_first, count).toInt(), 0);
    }

private:
    QString m_first;
    QString m_second;
    QString m_schema;
};

QTEST_GUILESS_MAIN(TestPostgresServer)
#include "tst_postgresserver.moc"
