// Moving a workspace between backends (issue 8): a file into a PostgreSQL database and back, or file
// to file, with every row, id and audit entry as it was, one audit entry more recording the move, and
// nothing left behind when it is refused or fails. Server cases skip without a test cluster.
#include "common/testbackend.h"
#include "io/demoworkspace.h"
#include "review/reviewscope.h"
#include "storage/database.h"
#include "storage/workspace.h"
#include "storage/workspacemigration.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <algorithm>

using namespace Mandate;

namespace {

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

// Every row of every table, each as "column=value" pairs sorted by column, so that backends that
// order columns or rows differently compare equal when the data is equal. Audit entries after
// lastAuditEntry (a migration's own) are left out; meta is left out (its schema_version is the
// destination's).
QMap<QString, QStringList> dump(const QString &location, qint64 lastAuditEntry)
{
    QMap<QString, QStringList> tables;
    WorkspaceError error;
    const std::unique_ptr<Database> database = Database::open(location, &error);
    if (!database) {
        qWarning() << error.message();
        return tables;
    }
    for (const QString &table : WorkspaceMigration::tableOrder()) {
        if (table == QLatin1String("meta"))
            continue;
        QSqlQuery query(database->connection());
        QString sql = str("SELECT * FROM %1").arg(table);
        if (table == QLatin1String("audit_log"))
            sql += str(" WHERE sequence <= %1").arg(lastAuditEntry);
        if (!query.exec(sql)) {
            qWarning() << table << query.lastError().text();
            continue;
        }
        QStringList rows;
        while (query.next()) {
            const QSqlRecord record = query.record();
            QStringList values;
            for (int i = 0; i < record.count(); ++i)
                values << record.fieldName(i) + u'=' + (record.isNull(i) ? str("<null>") : record.value(i).toString());
            values.sort();
            rows << values.join(u'|');
        }
        rows.sort();
        tables.insert(table, rows);
    }
    return tables;
}

// Runs SQL on a workspace file behind Mandate's back.
bool tamper(const QString &path, const QStringList &statements)
{
    const QString name = Test::uniqueConnectionName(str("tamper"));
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(str("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            if (ok && !query.exec(statement)) {
                qWarning() << statement << query.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// The first column of what sql returns in the test cluster's database.
QStringList serverStrings(const QString &database, const QString &sql)
{
    const QString name = Test::uniqueConnectionName(str("check"));
    QStringList values;
    {
        QSqlDatabase db = Test::addPostgresConnection(name);
        db.setDatabaseName(database);
        QSqlQuery query(db);
        if (!db.open() || !query.exec(sql))
            values << str("error: %1 %2").arg(db.lastError().text(), query.lastError().text());
        while (query.next())
            values << query.value(0).toString();
    }
    QSqlDatabase::removeDatabase(name);
    return values;
}

bool gone(const QString &path)
{
    return !QFile::exists(path) && !QFile::exists(path + str("-wal")) && !QFile::exists(path + str("-shm"));
}

} // namespace

class TestWorkspaceMigration : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_source;
    qint64 m_sourceAudit = 0;
    SystemId m_highestId = 0; // the highest system id the source ever gave, the removed one

    QString path(const char *name) const { return m_dir.filePath(str(name)); }

    // The demo, plus a campaign, evidence and a reviewer's place, with its last system removed so
    // that the highest id ever given is not among the rows.
    bool makeSource(const QString &location)
    {
        WorkspaceError error;
        std::unique_ptr<Workspace> workspace = DemoWorkspace::create(location, &error);
        if (!workspace) {
            qWarning() << error.message();
            return false;
        }
        const SystemId first = workspace->systemIds().constFirst();
        Campaign draft;
        draft.name = str("Q4 agent access");
        draft.scope = ReviewScope::defaultText();
        draft.reviewers = { str("Bob"), str("Alice") };
        draft.due = QDate::currentDate().addDays(30);
        const CampaignId campaign = workspace->createCampaign(draft);
        if (campaign == 0) {
            qWarning() << workspace->lastError();
            return false;
        }
        workspace->setReviewPosition(campaign, str("Bob"), workspace->reviewItems(campaign).constFirst().id);
        EvidenceEvent event;
        event.at = QDateTime(QDate(2026, 11, 1), QTime(9, 30), Qt::UTC);
        event.systemRef = QString::number(first);
        event.tool = str("kubectl");
        event.target = str("prod-cluster");
        event.action = str("read");
        if (!workspace->importEvidence({ event, event }, str("events.jsonl"), str("jsonl"))) {
            qWarning() << workspace->lastError();
            return false;
        }
        m_highestId = workspace->systemIds().constLast();
        workspace->removeSystems({ m_highestId });
        m_sourceAudit = workspace->auditCount();
        return workspace->verifyAudit().ok;
    }

    // A system added to a migrated workspace gets an id the source never gave.
    void checkNewIds(const QString &location)
    {
        WorkspaceError error;
        std::unique_ptr<Workspace> workspace = Workspace::open(location, &error);
        QVERIFY2(workspace, qPrintable(error.message()));
        AiSystem prototype;
        prototype.name = str("Added after the move");
        const SystemId added = workspace->addSystem(prototype);
        QVERIFY2(added > m_highestId, qPrintable(workspace->lastError()));
        QVERIFY(workspace->verifyAudit().ok);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_source = path("source.mandate");
        QVERIFY(makeSource(m_source));
    }

    void tableOrderListsEverySchemaTable()
    {
        const QString fresh = path("fresh.mandate");
        {
            WorkspaceError error;
            QVERIFY2(Workspace::create(fresh, &error), qPrintable(error.message()));
        }
        QStringList tables;
        const QString name = Test::uniqueConnectionName(str("schema"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(str("QSQLITE"), name);
            db.setDatabaseName(fresh);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(str("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")));
            while (query.next())
                tables << query.value(0).toString();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        QStringList listed = WorkspaceMigration::tableOrder();
        tables.sort();
        listed.sort();
        QCOMPARE(tables, listed);
    }

    void copiesFileToFile()
    {
        const QString destination = path("copy.mandate");
        WorkspaceMigration::Result result;
        QString error;
        QVERIFY2(WorkspaceMigration::migrate(m_source, destination, &result, &error), qPrintable(error));
        QCOMPARE(result.tables.size(), WorkspaceMigration::tableOrder().size());
        QCOMPARE(result.auditEntries, m_sourceAudit + 1);
        const auto expected = dump(m_source, m_sourceAudit);
        QVERIFY(!expected.value(str("systems")).isEmpty());
        QVERIFY(!expected.value(str("evidence_events")).isEmpty());
        QVERIFY(!expected.value(str("review_items")).isEmpty());
        QVERIFY(!expected.value(str("mappings")).isEmpty());
        QCOMPARE(dump(destination, m_sourceAudit), expected);
        {
            WorkspaceError openError;
            std::unique_ptr<Workspace> copy = Workspace::open(destination, &openError);
            QVERIFY2(copy, qPrintable(openError.message()));
            QVERIFY(copy->verifyAudit().ok);
            const AuditEntry last = copy->auditEntries(m_sourceAudit + 1).constLast();
            QCOMPARE(last.action, str("migrate"));
            QCOMPARE(last.oldValue, m_source);
            QCOMPARE(last.newValue, destination);
        }
        checkNewIds(destination);
    }

    void refusesAnExistingDestination()
    {
        const QString destination = path("existing.mandate");
        {
            WorkspaceError error;
            QVERIFY(Workspace::create(destination, &error));
        }
        QFile file(destination);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        WorkspaceMigration::Result result;
        QString error;
        QVERIFY(!WorkspaceMigration::migrate(m_source, destination, &result, &error));
        QVERIFY2(error.contains(destination) && error.contains(str("already exists")), qPrintable(error));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    void refusesASourceWhoseAuditChainIsBroken()
    {
        const QString source = path("tampered.mandate");
        QVERIFY(QFile::copy(m_source, source));
        // The trigger keeps the log append-only for anyone who does not remove it first.
        QVERIFY(!tamper(source, { str("UPDATE audit_log SET actor = 'mallory' WHERE sequence = 2") }));
        QVERIFY(tamper(source, { str("DROP TRIGGER audit_log_no_update"),
                                 str("UPDATE audit_log SET actor = 'mallory' WHERE sequence = 2") }));
        const QString destination = path("from-tampered.mandate");
        WorkspaceMigration::Result result;
        QString error;
        QVERIFY(!WorkspaceMigration::migrate(source, destination, &result, &error));
        QVERIFY2(error.contains(source) && error.contains(str("audit chain")) && error.contains(str("Entry 2")),
                 qPrintable(error));
        QVERIFY(gone(destination));
    }

    void failureMidCopyLeavesNoDestination()
    {
        const QString source = path("orphan.mandate");
        QVERIFY(QFile::copy(m_source, source));
        // A privilege of no system: the destination's foreign key refuses it after systems were copied.
        QVERIFY(tamper(source, { str("PRAGMA foreign_keys = OFF"),
                                 str("INSERT INTO privileges (system_id, target, scope) VALUES (999999, 'x', 'y')") }));
        const QString destination = path("half.mandate");
        WorkspaceMigration::Result result;
        QString error;
        QVERIFY(!WorkspaceMigration::migrate(source, destination, &result, &error));
        QVERIFY2(error.contains(destination) && error.contains(str("privileges")), qPrintable(error));
        QVERIFY(gone(destination));
    }

    void copiesFileToServerAndBack()
    {
        const QString unavailable = Test::postgresUnavailable();
        if (!unavailable.isEmpty())
            QSKIP(qPrintable(unavailable));
        const Test::ScratchDatabase database;
        QVERIFY2(database.isValid(), qPrintable(database.error()));
        QUrl url(database.location());
        const QString shown = url.toString();
        // The loopback cluster trusts and ignores it; it must never be shown or audited.
        url.setPassword(str("sekrit-pw"));
        const QString server = url.toString();

        // A failure half way leaves the database as empty as it was.
        const QString orphan = path("orphan-to-server.mandate");
        QVERIFY(QFile::copy(m_source, orphan));
        QVERIFY(tamper(orphan, { str("PRAGMA foreign_keys = OFF"),
                                 str("INSERT INTO privileges (system_id, target, scope) VALUES (999999, 'x', 'y')") }));
        WorkspaceMigration::Result result;
        QString error;
        QVERIFY(!WorkspaceMigration::migrate(orphan, server, &result, &error));
        QVERIFY2(error.contains(shown) && error.contains(str("privileges")), qPrintable(error));
        QVERIFY(!error.contains(str("sekrit-pw")));
        QCOMPARE(serverStrings(database.name(), str("SELECT tablename FROM pg_tables WHERE schemaname = 'public' UNION ALL "
                                             "SELECT proname FROM pg_proc WHERE proname = 'audit_log_append_only'")),
                 QStringList());

        QVERIFY2(WorkspaceMigration::migrate(m_source, server, &result, &error), qPrintable(error));
        QCOMPARE(result.destination, shown);
        QCOMPARE(result.auditEntries, m_sourceAudit + 1);
        const auto expected = dump(m_source, m_sourceAudit);
        QCOMPARE(dump(shown, m_sourceAudit), expected);
        {
            WorkspaceError openError;
            std::unique_ptr<Workspace> copy = Workspace::open(shown, &openError);
            QVERIFY2(copy, qPrintable(openError.message()));
            QVERIFY(copy->verifyAudit().ok);
            const AuditEntry last = copy->auditEntries(m_sourceAudit + 1).constLast();
            QCOMPARE(last.newValue, shown);
        }
        // The tables the server's schema has are the ones the migration copies.
        QStringList listed = WorkspaceMigration::tableOrder();
        listed.sort();
        QCOMPARE(serverStrings(database.name(), str("SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                                             "ORDER BY tablename COLLATE \"C\"")),
                 listed);
        // A second migration into it is refused, and it is left as it was.
        QVERIFY(!WorkspaceMigration::migrate(m_source, server, &result, &error));
        QVERIFY2(error.contains(shown) && !error.contains(str("sekrit-pw")), qPrintable(error));
        QCOMPARE(dump(shown, m_sourceAudit + 1).value(str("audit_log")).size(), int(m_sourceAudit + 1));

        // And back to a file, with the server's entry and its own.
        const QString back = path("back.mandate");
        QVERIFY2(WorkspaceMigration::migrate(server, back, &result, &error), qPrintable(error));
        QCOMPARE(result.source, shown);
        QCOMPARE(result.auditEntries, m_sourceAudit + 2);
        QCOMPARE(dump(back, m_sourceAudit), expected);
        checkNewIds(back);
        checkNewIds(shown);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceMigration)
#include "tst_workspacemigration.moc"
