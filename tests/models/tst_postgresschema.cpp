// The PostgreSQL workspace schema (PostgresSchema::statements) against the SQLite one a new file
// workspace gets: the same tables, columns, keys and indexes, so one set of repository SQL runs on
// both, and the same behaviour where it matters (ids under undo, an append-only audit log, cascades,
// byte-order text). Skips with the reason when there is no server (see tests/common/testbackend.h).
#include "common/testbackend.h"
#include "storage/postgresschema.h"
#include "storage/schema.h"
#include "storage/workspace.h"
#include "storage/workspaceerror.h"

#include <QMap>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Mandate;

namespace {

// All values of the first column of a query, in the query's order; the failure goes to the log.
QStringList column(const QSqlDatabase &db, const QString &sql)
{
    QStringList values;
    QSqlQuery query(db);
    if (!query.exec(sql))
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    while (query.next())
        values << query.value(0).toString();
    return values;
}

// A column as the comparison sees it: name, NOT NULL and default, the default without PostgreSQL's
// cast ('x'::text) so it reads as SQLite's.
QString describeColumn(const QString &name, bool notNull, QString defaultValue)
{
    defaultValue.remove(QRegularExpression(QStringLiteral("::[a-z ]+$")));
    return QStringLiteral("%1%2%3").arg(name, notNull ? QStringLiteral(" NOT NULL") : QString(),
                                        defaultValue.isEmpty() ? QString() : QStringLiteral(" DEFAULT ") + defaultValue);
}

} // namespace

class TestPostgresSchema : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString reason = Test::postgresUnavailable();
        if (!reason.isEmpty())
            QSKIP(qPrintable(reason));
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("reference.mandate"));
        {
            WorkspaceError error;
            auto workspace = Workspace::create(path, &error);
            QVERIFY2(workspace, qPrintable(error.message()));
        }
        // Read the file the way any SQLite tool would, once the workspace has let go of it.
        const QString name = Test::uniqueConnectionName(QStringLiteral("sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            m_sqliteTables = column(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                                       "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
            m_sqliteIndexes = column(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' "
                                                        "AND name NOT LIKE 'sqlite_autoindex%' ORDER BY name"));
            m_sqliteTriggers = column(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'"));
            m_sqliteMetaKeys = column(db, QStringLiteral("SELECT key FROM meta ORDER BY key"));
            for (const QString &table : std::as_const(m_sqliteTables)) {
                QSqlQuery info(db);
                QVERIFY(info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)));
                QMap<int, QString> primaryKey;
                while (info.next()) {
                    // A SQLite primary key column may hold NULL by a quirk; no Mandate code relies on it.
                    const bool key = info.value(5).toInt() > 0;
                    m_sqliteColumns[table] << describeColumn(info.value(1).toString(), info.value(3).toBool() || key,
                                                             info.value(4).toString());
                    if (key)
                        primaryKey.insert(info.value(5).toInt(), info.value(1).toString());
                }
                m_sqlitePrimaryKeys[table] = primaryKey.values().join(QLatin1Char(','));
                QSqlQuery keys(db);
                QVERIFY(keys.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(table)));
                while (keys.next())
                    m_sqliteForeignKeys << QStringLiteral("%1.%2 -> %3.%4 ON DELETE %5")
                                               .arg(table, keys.value(3).toString(), keys.value(2).toString(),
                                                    keys.value(4).toString(), keys.value(6).toString());
            }
            m_sqliteForeignKeys.sort();
        }
        QSqlDatabase::removeDatabase(name);
        QVERIFY(!m_sqliteTables.isEmpty());
    }

    // Every test gets a schema of its own with the whole workspace schema in it, made in one transaction.
    void init()
    {
        m_connection = Test::uniqueConnectionName(QStringLiteral("schema"));
        QSqlDatabase db = Test::addPostgresConnection(m_connection);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        m_schema = Test::freshSchemaName();
        QVERIFY(exec(QStringLiteral("CREATE SCHEMA %1").arg(m_schema)));
        QVERIFY(exec(QStringLiteral("SET search_path TO %1").arg(m_schema)));
        QVERIFY(db.transaction());
        for (const QString &statement : PostgresSchema::statements()) {
            if (!exec(statement)) {
                db.rollback();
                QFAIL("the schema statements failed (the failing one is above)");
            }
        }
        QVERIFY(db.commit());
    }

    void cleanup()
    {
        if (QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection).isOpen()) {
            // Without this the server would send a NOTICE listing every object the cascade drops.
            exec(QStringLiteral("SET client_min_messages = warning"));
            exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(m_schema));
        }
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }

    void theServerHasTheSameTablesAsAFileWorkspace()
    {
        QCOMPARE(query(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                      "current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name")),
                 m_sqliteTables);
    }

    void eachTableHasTheSameColumnsInTheSameOrder_data()
    {
        QTest::addColumn<QString>("table");
        for (const QString &table : std::as_const(m_sqliteTables))
            QTest::addRow("%s", qPrintable(table)) << table;
    }

    void eachTableHasTheSameColumnsInTheSameOrder()
    {
        QFETCH(QString, table);
        QStringList columns;
        QSqlQuery info(database());
        QVERIFY(info.prepare(QStringLiteral("SELECT column_name, is_nullable, column_default FROM information_schema.columns "
                                            "WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position")));
        info.addBindValue(table);
        QVERIFY2(info.exec(), qPrintable(info.lastError().text()));
        while (info.next())
            columns << describeColumn(info.value(0).toString(), info.value(1).toString() == QLatin1String("NO"),
                                      info.value(2).toString());
        QCOMPARE(columns, m_sqliteColumns.value(table));

        QSqlQuery key(database());
        QVERIFY(key.prepare(QStringLiteral("SELECT string_agg(a.attname, ',' ORDER BY k.ordinality) FROM pg_index x "
                                           "CROSS JOIN unnest(x.indkey) WITH ORDINALITY AS k(attnum, ordinality) "
                                           "JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum "
                                           "WHERE x.indisprimary AND x.indrelid = to_regclass(?)")));
        key.addBindValue(table);
        QVERIFY2(key.exec() && key.next(), qPrintable(key.lastError().text()));
        QCOMPARE(key.value(0).toString(), m_sqlitePrimaryKeys.value(table));
    }

    void theServerHasTheSameIndexesAndTriggers()
    {
        // Indexes that back a primary key or UNIQUE constraint have no name in SQLite (autoindex).
        QCOMPARE(query(QStringLiteral("SELECT i.relname FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid "
                                      "WHERE i.relnamespace = current_schema()::regnamespace AND NOT EXISTS "
                                      "(SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid) ORDER BY 1")),
                 m_sqliteIndexes);
        QCOMPARE(query(QStringLiteral("SELECT 1 FROM pg_constraint WHERE contype = 'u' AND conrelid = to_regclass('mappings') "
                                      "AND pg_get_constraintdef(oid) = 'UNIQUE (system_id, catalog_id, item_id)'"))
                     .size(),
                 1);
        const QStringList triggers = query(QStringLiteral("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal "
                                                          "AND tgrelid = to_regclass('audit_log')"));
        for (const QString &trigger : std::as_const(m_sqliteTriggers))
            QVERIFY2(triggers.contains(trigger), qPrintable(trigger));
    }

    void theForeignKeysAndTheirDeleteActionsAreTheSame()
    {
        QCOMPARE(query(QStringLiteral(
                     "SELECT fk FROM (SELECT t.relname || '.' || a.attname || ' -> ' || r.relname || '.' || ra.attname || ' ON DELETE ' "
                     "|| CASE c.confdeltype WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'r' THEN 'RESTRICT' "
                     "WHEN 'd' THEN 'SET DEFAULT' ELSE 'NO ACTION' END AS fk FROM pg_constraint c "
                     "JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class r ON r.oid = c.confrelid "
                     "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
                     "JOIN pg_attribute ra ON ra.attrelid = c.confrelid AND ra.attnum = c.confkey[1] "
                     "WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace) AS keys ORDER BY fk COLLATE \"C\"")),
                 m_sqliteForeignKeys);
    }

    void removingASystemTakesItsPrivilegesAndRemovingAnOwnerOrCredentialClearsTheLink()
    {
        QVERIFY(exec(QStringLiteral("INSERT INTO people (id, name) VALUES (1, 'Ana Owner')")));
        QVERIFY(exec(QStringLiteral("INSERT INTO systems (id, name, business_owner) VALUES (1, 'Triage agent', 1), (2, 'Other', 1)")));
        QVERIFY(exec(QStringLiteral("INSERT INTO credentials (id, name, kind) VALUES (1, 'ci token', 'token')")));
        QVERIFY(exec(QStringLiteral("INSERT INTO privileges (system_id, target, scope, credential_id) "
                                    "VALUES (1, 'crm', 'read', 1), (2, 'crm', 'write', 1)")));
        QVERIFY(exec(QStringLiteral("INSERT INTO mappings (system_id, catalog_id, item_id) VALUES (1, 'nist', 'GV-1')")));

        QVERIFY(exec(QStringLiteral("DELETE FROM systems WHERE id = 1")));
        QCOMPARE(query(QStringLiteral("SELECT system_id FROM privileges")), QStringList{QStringLiteral("2")});
        QCOMPARE(query(QStringLiteral("SELECT count(*) FROM mappings")), QStringList{QStringLiteral("0")});

        QVERIFY(exec(QStringLiteral("DELETE FROM people WHERE id = 1")));
        QCOMPARE(query(QStringLiteral("SELECT business_owner IS NULL FROM systems")), QStringList{QStringLiteral("true")});
        QVERIFY(exec(QStringLiteral("DELETE FROM credentials WHERE id = 1")));
        QCOMPARE(query(QStringLiteral("SELECT credential_id IS NULL FROM privileges")), QStringList{QStringLiteral("true")});
    }

    // As with AUTOINCREMENT: undo puts a removed row back under its old id, and a new row never
    // gets an id that was handed out before, even one whose row is gone.
    void aRemovedRowComesBackUnderItsIdAndIdsAreNeverReused()
    {
        const qint64 first = insertPerson(0, QStringLiteral("Ana"));
        const qint64 second = insertPerson(0, QStringLiteral("Ben"));
        QVERIFY(first > 0);
        QVERIFY(second > first);
        QVERIFY(exec(QStringLiteral("DELETE FROM people")));
        QCOMPARE(insertPerson(first, QStringLiteral("Ana")), first);
        QVERIFY(insertPerson(0, QStringLiteral("Cleo")) > second);
        QCOMPARE(query(QStringLiteral("SELECT name FROM people WHERE id = %1").arg(first)), QStringList{QStringLiteral("Ana")});
    }

    void integerFlagsTakeBoundIntegersAndCompareWithZero()
    {
        QVERIFY(exec(QStringLiteral("INSERT INTO systems (id, name) VALUES (1, 'Triage agent')")));
        QSqlQuery insert(database());
        QVERIFY(insert.prepare(QStringLiteral("INSERT INTO privileges (system_id, target, scope, wildcard) VALUES (?, ?, ?, ?)")));
        for (const qint64 wildcard : {qint64(0), qint64(1)}) {
            insert.addBindValue(qint64(1));
            insert.addBindValue(QStringLiteral("crm"));
            insert.addBindValue(QStringLiteral("read"));
            insert.addBindValue(wildcard);
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
        QCOMPARE(query(QStringLiteral("SELECT count(*) FROM privileges WHERE wildcard <> 0")), QStringList{QStringLiteral("1")});
        // The edited-fields mask is a full 32-bit pattern, as the import writes it.
        QSqlQuery mask(database());
        QVERIFY(mask.prepare(QStringLiteral("UPDATE systems SET edited_fields = edited_fields | ? WHERE id = 1")));
        mask.addBindValue(qint64(0xffffffff));
        QVERIFY2(mask.exec(), qPrintable(mask.lastError().text()));
        QCOMPARE(query(QStringLiteral("SELECT edited_fields FROM systems")), QStringList{QStringLiteral("4294967295")});
    }

    void theAuditLogRefusesChanges_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addRow("an entry cannot be edited") << QStringLiteral("UPDATE audit_log SET actor = 'mallory'");
        QTest::addRow("an entry cannot be deleted") << QStringLiteral("DELETE FROM audit_log WHERE sequence = 1");
        QTest::addRow("the log cannot be truncated") << QStringLiteral("TRUNCATE audit_log");
    }

    void theAuditLogRefusesChanges()
    {
        QFETCH(QString, sql);
        QVERIFY(exec(QStringLiteral("INSERT INTO audit_log (sequence, at, actor, action, entity, entity_id, previous_hash, hash) "
                                    "VALUES (1, '2026-01-01T00:00:00Z', 'ana', 'create', 'workspace', '0', '', 'h1')")));
        QSqlQuery refused(database());
        QVERIFY(!refused.exec(sql));
        QVERIFY2(refused.lastError().text().contains(QLatin1String("the audit log is append-only")),
                 qPrintable(refused.lastError().text()));
        QCOMPARE(query(QStringLiteral("SELECT actor FROM audit_log")), QStringList{QStringLiteral("ana")});
    }

    void orderedTextSortsByBytesAsInSqlite_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column");
        QTest::addRow("evidence time") << QStringLiteral("evidence_events") << QStringLiteral("at");
        QTest::addRow("evidence target") << QStringLiteral("evidence_events") << QStringLiteral("target");
        QTest::addRow("evidence tool") << QStringLiteral("evidence_events") << QStringLiteral("tool");
        QTest::addRow("evidence action") << QStringLiteral("evidence_events") << QStringLiteral("action");
        QTest::addRow("mapped catalog") << QStringLiteral("mappings") << QStringLiteral("catalog_id");
        QTest::addRow("mapped item") << QStringLiteral("mappings") << QStringLiteral("item_id");
        QTest::addRow("audit time") << QStringLiteral("audit_log") << QStringLiteral("at");
        QTest::addRow("credential expiry") << QStringLiteral("credentials") << QStringLiteral("expires");
        QTest::addRow("review decision time") << QStringLiteral("review_items") << QStringLiteral("decided_at");
    }

    void orderedTextSortsByBytesAsInSqlite()
    {
        QFETCH(QString, table);
        QFETCH(QString, column);
        // Declared, so the order does not depend on the server's default locale (the test cluster's is C).
        QCOMPARE(query(QStringLiteral("SELECT collation_name FROM information_schema.columns WHERE table_schema = "
                                      "current_schema() AND table_name = '%1' AND column_name = '%2'")
                           .arg(table, column)),
                 QStringList{QStringLiteral("C")});
        QVERIFY(exec(QStringLiteral("CREATE TEMP TABLE words AS SELECT %1 AS word FROM %2 LIMIT 0").arg(column, table)));
        QVERIFY(exec(QStringLiteral("INSERT INTO words VALUES ('a'), ('B'), ('_'), ('ä')")));
        QCOMPARE(query(QStringLiteral("SELECT word FROM words ORDER BY word")),
                 (QStringList{QStringLiteral("B"), QStringLiteral("_"), QStringLiteral("a"), QStringLiteral("ä")}));
        QCOMPARE(query(QStringLiteral("SELECT min(word) || max(word) FROM words")), QStringList{QStringLiteral("Bä")});
        QVERIFY(exec(QStringLiteral("DROP TABLE words")));
    }

    void metaHoldsTheSchemaVersionAndTheAuditHead()
    {
        QCOMPARE(query(QStringLiteral("SELECT key FROM meta ORDER BY key")), m_sqliteMetaKeys);
        QCOMPARE(query(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")),
                 QStringList{QString::number(Schema::currentVersion)});
        QCOMPARE(query(QStringLiteral("SELECT value FROM meta WHERE key = 'audit_count'")), QStringList{QStringLiteral("0")});
    }

private:
    QSqlDatabase database() const { return QSqlDatabase::database(m_connection); }

    bool exec(const QString &sql) const
    {
        QSqlQuery q(database());
        if (!q.exec(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return false;
        }
        return true;
    }

    QStringList query(const QString &sql) const { return column(database(), sql); }

    // INSERT … RETURNING id, with the id left out when it is 0, as Database::prepareInsert does.
    qint64 insertPerson(qint64 id, const QString &name) const
    {
        QSqlQuery insert(database());
        if (id == 0) {
            insert.prepare(QStringLiteral("INSERT INTO people (name) VALUES (?) RETURNING id"));
        } else {
            insert.prepare(QStringLiteral("INSERT INTO people (id, name) VALUES (?, ?) RETURNING id"));
            insert.addBindValue(id);
        }
        insert.addBindValue(name);
        if (!insert.exec() || !insert.next()) {
            qWarning("insert %s: %s", qPrintable(name), qPrintable(insert.lastError().text()));
            return -1;
        }
        return insert.value(0).toLongLong();
    }

    QTemporaryDir m_dir;
    QStringList m_sqliteTables;
    QStringList m_sqliteIndexes;
    QStringList m_sqliteTriggers;
    QStringList m_sqliteMetaKeys;
    QStringList m_sqliteForeignKeys;
    QMap<QString, QStringList> m_sqliteColumns;
    QMap<QString, QString> m_sqlitePrimaryKeys;
    QString m_connection;
    QString m_schema;
};

QTEST_GUILESS_MAIN(TestPostgresSchema)
#include "tst_postgresschema.moc"
