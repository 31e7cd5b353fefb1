// Opening and creating workspace files: every bad file gets its own clear error and is left
// byte-for-byte as it was.
#include "storage/database.h"
#include "storage/schema.h"
#include "storage/workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Mandate;

namespace {

QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// A closed, valid workspace with one system, for tests that damage copies of it.
QString makeWorkspace(const QTemporaryDir &dir, const QString &name = QStringLiteral("valid.mandate"))
{
    const QString path = dir.filePath(name);
    WorkspaceError error;
    auto workspace = Workspace::create(path, &error);
    if (!workspace)
        return {};
    AiSystem system;
    system.name = QStringLiteral("Claims triage model");
    workspace->addSystem(system);
    return path;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void createMakesAPrivateWalFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.mandate"));
        WorkspaceError error;
        auto database = Database::create(path, &error);
        QVERIFY2(database, qPrintable(error.message()));
        struct stat status {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &status), 0);
        QCOMPARE(status.st_mode & 0777, mode_t(0600));
        QSqlQuery query(database->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString().toLower(), QStringLiteral("wal"));
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QCOMPARE(database->schemaVersion(), Schema::currentVersion);
    }

    // The one way rows get their ids, on every backend: the database picks one when none is given,
    // and undo puts a row back under the id it had.
    void anInsertReturnsItsIdWhetherPickedOrGiven()
    {
        QTemporaryDir dir;
        WorkspaceError error;
        auto database = Database::create(dir.filePath(QStringLiteral("ids.mandate")), &error);
        QVERIFY2(database, qPrintable(error.message()));
        const auto insert = [&](qint64 id, const QString &name) {
            QSqlQuery &query = database->prepareInsert(QStringLiteral("people"), QStringLiteral("id, name, email, team"), id);
            query.addBindValue(name);
            query.addBindValue(QStringLiteral(""));
            query.addBindValue(QStringLiteral(""));
            return query.exec() ? Database::insertedId(query) : qint64(-1);
        };
        const qint64 first = insert(0, QStringLiteral("Ana"));
        QVERIFY(first > 0);
        QCOMPARE(insert(41, QStringLiteral("Ben")), qint64(41));
        const qint64 next = insert(0, QStringLiteral("Cleo"));
        QVERIFY(next > 41); // never an id given before
        QSqlQuery names(database->connection());
        QVERIFY(names.exec(QStringLiteral("SELECT id, name FROM people ORDER BY id")));
        QStringList rows;
        while (names.next())
            rows << QStringLiteral("%1 %2").arg(names.value(0).toLongLong()).arg(names.value(1).toString());
        QCOMPARE(rows, (QStringList { QStringLiteral("%1 Ana").arg(first), QStringLiteral("41 Ben"),
                           QStringLiteral("%1 Cleo").arg(next) }));
    }

    void createRefusesAnExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.mandate"));
        writeFile(path, "my precious notes");
        const QByteArray before = digest(path);
        WorkspaceError error;
        QVERIFY(!Database::create(path, &error));
        QCOMPARE(error.kind, WorkspaceError::AlreadyExists);
        QVERIFY(error.message().contains(QStringLiteral("notes.mandate")));
        QCOMPARE(digest(path), before);
    }

    void badFilesAreRejectedAndLeftUnchanged_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("expectedKind");
        QTest::addRow("an empty file is not a workspace") << QByteArray() << int(WorkspaceError::NotAWorkspace);
        QTest::addRow("a text file is not a workspace")
            << QByteArray("name,vendor\nChatbot,Acme\n") << int(WorkspaceError::NotAWorkspace);
        QTest::addRow("a PNG is not a workspace")
            << QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(200, 'x') << int(WorkspaceError::NotAWorkspace);
    }

    void badFilesAreRejectedAndLeftUnchanged()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, expectedKind);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.mandate"));
        writeFile(path, content);
        const QByteArray before = digest(path);
        WorkspaceError error;
        QVERIFY(!Workspace::open(path, &error));
        QCOMPARE(int(error.kind), expectedKind);
        QVERIFY2(error.message().contains(QStringLiteral("bad.mandate")), qPrintable(error.message()));
        QCOMPARE(digest(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("bad.mandate") });
    }

    void anotherSqliteDatabaseIsNotAWorkspace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (x)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = digest(path);
        WorkspaceError error;
        QVERIFY(!Workspace::open(path, &error));
        QCOMPARE(error.kind, WorkspaceError::NotAWorkspace);
        QCOMPARE(digest(path), before);
    }

    void missingFileIsNotFound()
    {
        QTemporaryDir dir;
        WorkspaceError error;
        QVERIFY(!Workspace::open(dir.filePath(QStringLiteral("absent.mandate")), &error));
        QCOMPARE(error.kind, WorkspaceError::NotFound);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("absent.mandate"))));
    }

    void truncatedWorkspaceIsCorrupt()
    {
        QTemporaryDir dir;
        const QString path = makeWorkspace(dir);
        QVERIFY(!path.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 4096);
        QVERIFY(file.resize(file.size() / 2));
        file.close();
        const QByteArray before = digest(path);
        WorkspaceError error;
        QVERIFY(!Workspace::open(path, &error));
        QCOMPARE(error.kind, WorkspaceError::Corrupt);
        QCOMPARE(digest(path), before);
    }

    void damagedPagesAreCorrupt()
    {
        QTemporaryDir dir;
        const QString path = makeWorkspace(dir);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        // Overwrite everything after the first page (the schema pages) with garbage.
        QVERIFY(file.seek(4096));
        file.write(QByteArray(int(file.size() - 4096), '\xA5'));
        file.close();
        const QByteArray before = digest(path);
        WorkspaceError error;
        QVERIFY(!Workspace::open(path, &error));
        QVERIFY2(error.kind == WorkspaceError::Corrupt || error.kind == WorkspaceError::NotAWorkspace,
                 qPrintable(error.message()));
        QCOMPARE(digest(path), before);
    }

    void newerSchemaIsRefusedUnchanged()
    {
        QTemporaryDir dir;
        const QString path = makeWorkspace(dir);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
        const QByteArray before = digest(path);
        WorkspaceError error;
        QVERIFY(!Workspace::open(path, &error));
        QCOMPARE(error.kind, WorkspaceError::SchemaTooNew);
        QVERIFY(error.message().contains(QStringLiteral("newer")));
        QCOMPARE(digest(path), before);
    }

    void readOnlyFileIsReported()
    {
        QTemporaryDir dir;
        const QString path = makeWorkspace(dir);
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
        const QByteArray before = digest(path);
        WorkspaceError error;
        auto workspace = Workspace::open(path, &error);
        // As root the permission bits do not stop writing; QFileInfo::isWritable still reports them.
        QVERIFY(!workspace);
        QCOMPARE(error.kind, WorkspaceError::ReadOnly);
        QCOMPARE(digest(path), before);
    }

    void aWorkspaceHeldOpenElsewhereIsLocked()
    {
        QTemporaryDir dir;
        const QString path = makeWorkspace(dir);
        WorkspaceError error;
        auto first = Workspace::open(path, &error);
        QVERIFY2(first, qPrintable(error.message()));
        // A second connection in this process behaves like a second instance: SQLite locks are per
        // connection for exclusive locking mode.
        auto second = Workspace::open(path, &error);
        QVERIFY(!second);
        QCOMPARE(error.kind, WorkspaceError::Locked);
        first.reset();
        auto third = Workspace::open(path, &error);
        QVERIFY2(third, qPrintable(error.message()));
    }

    void aValidWorkspaceReopensWithItsData()
    {
        QTemporaryDir dir;
        const QString path = makeWorkspace(dir);
        WorkspaceError error;
        auto workspace = Workspace::open(path, &error);
        QVERIFY2(workspace, qPrintable(error.message()));
        QCOMPARE(workspace->systemCount(), 1);
        QCOMPARE(workspace->system(workspace->systemIds().first())->name, QStringLiteral("Claims triage model"));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
