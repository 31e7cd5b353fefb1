// Opening, creating and closing workspaces from the GUI: every kind of bad file gets a dialog that
// names it, the file stays byte-for-byte unchanged, and the workspace that was open stays open.

#include "io/demoworkspace.h"
#include "recentfiles.h"
#include "storage/workspace.h"
#include "testworkspace.h"
#include "workspacecontroller.h"

#include <QDir>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace Mandate;

namespace {

enum class BadInput { Missing, Text, Empty, Binary, Truncated, ForeignSqlite, NewerSchema, Locked, ReadOnly };

bool runSql(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("tst_workspacecontroller");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &statement : statements)
            ok = ok && QSqlQuery(db).exec(statement);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

Q_DECLARE_METATYPE(BadInput)

class TestWorkspaceController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void badFilesGetADialogAndStayUnchanged_data();
    void badFilesGetADialogAndStayUnchanged();
    void openingAddsToRecentFilesAndAnnouncesTheWorkspace();
    void creatingRefusesAnExistingFile();
    void closingLetsViewsGoFirst();
    void startupOpensTheLastWorkspace();
    void startupWithoutHistoryOpensTheDemo();
    void startupWithDemoFlagOpensTheDemo();
    void aFailedWriteShowsAWarning();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_goodPath;
    std::unique_ptr<QWidget> m_parent;
    WorkspaceController *m_controller = nullptr;
};

void TestWorkspaceController::initTestCase()
{
    Test::isolate();
    qRegisterMetaType<Workspace *>();
}

void TestWorkspaceController::init()
{
    QSettings().clear();
    MessageBox::clearRecord();
    m_dir = std::make_unique<QTemporaryDir>();
    m_goodPath = m_dir->filePath(QStringLiteral("good.mandate"));
    Test::createSampleWorkspace(m_goodPath);
    m_parent = std::make_unique<QWidget>();
    m_controller = new WorkspaceController(m_parent.get());
}

void TestWorkspaceController::cleanup()
{
    m_parent.reset(); // deletes the controller and closes its workspace
    m_dir.reset();
}

void TestWorkspaceController::badFilesGetADialogAndStayUnchanged_data()
{
    QTest::addColumn<BadInput>("input");
    QTest::addRow("a file that does not exist") << BadInput::Missing;
    QTest::addRow("a text file") << BadInput::Text;
    QTest::addRow("an empty file") << BadInput::Empty;
    QTest::addRow("random bytes") << BadInput::Binary;
    QTest::addRow("a truncated workspace") << BadInput::Truncated;
    QTest::addRow("another program's SQLite database") << BadInput::ForeignSqlite;
    QTest::addRow("a workspace from a newer Mandate") << BadInput::NewerSchema;
    QTest::addRow("a workspace another instance holds") << BadInput::Locked;
    QTest::addRow("a read-only workspace") << BadInput::ReadOnly;
}

void TestWorkspaceController::badFilesGetADialogAndStayUnchanged()
{
    QFETCH(BadInput, input);
    const QString path = m_dir->filePath(QStringLiteral("suspect-file.mandate"));
    std::unique_ptr<Workspace> holder;
    switch (input) {
    case BadInput::Missing:
        break;
    case BadInput::Text:
        writeFile(path, "name,vendor\nClaims triage,Acme\n");
        break;
    case BadInput::Empty:
        writeFile(path, {});
        break;
    case BadInput::Binary: {
        QByteArray bytes;
        for (int i = 0; i < 4096; ++i)
            bytes.append(char((i * 7919) % 251));
        writeFile(path, bytes);
        break;
    }
    case BadInput::Truncated: {
        const QByteArray whole = Test::fileBytes(m_goodPath);
        QVERIFY(whole.size() > 4096);
        writeFile(path, whole.left(whole.size() / 2));
        break;
    }
    case BadInput::ForeignSqlite:
        QVERIFY(runSql(path,
            { QStringLiteral("CREATE TABLE songs (title TEXT)"),
                QStringLiteral("INSERT INTO songs VALUES ('Blue in green')") }));
        break;
    case BadInput::NewerSchema:
        Test::createSampleWorkspace(path);
        QVERIFY(
            runSql(path, { QStringLiteral("UPDATE meta SET value = '9999' WHERE key = 'schema_version'") }));
        break;
    case BadInput::Locked: {
        Test::createSampleWorkspace(path);
        WorkspaceError error;
        holder = Workspace::open(path, &error); // the other instance
        QVERIFY(holder);
        break;
    }
    case BadInput::ReadOnly:
        // Refused from its permission bits, even for root, who could write it anyway.
        Test::createSampleWorkspace(path);
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
        break;
    }
    const bool existed = QFileInfo::exists(path);
    const QByteArray before = Test::fileBytes(path);

    QVERIFY(m_controller->openWorkspace(m_goodPath));
    MessageBox::clearRecord();
    QSignalSpy changed(m_controller, &WorkspaceController::workspaceChanged);

    QVERIFY(!m_controller->openWorkspace(path));

    QCOMPARE(MessageBox::messageCount(), 1);
    QCOMPARE(MessageBox::lastIcon(), QMessageBox::Critical);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("suspect-file.mandate")),
        qPrintable(MessageBox::lastText()));
    QCOMPARE(QFileInfo::exists(path), existed);
    QCOMPARE(Test::fileBytes(path), before);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")) || input == BadInput::Locked);
    // The analyst keeps the workspace they had.
    QCOMPARE(changed.count(), 0);
    QVERIFY(m_controller->workspace());
    QCOMPARE(m_controller->workspace()->filePath(), m_goodPath);
    QVERIFY(!m_controller->recentFiles()->files().contains(QFileInfo(path).absoluteFilePath()));
}

void TestWorkspaceController::openingAddsToRecentFilesAndAnnouncesTheWorkspace()
{
    QSignalSpy changed(m_controller, &WorkspaceController::workspaceChanged);
    QVERIFY(m_controller->openWorkspace(m_goodPath));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.constFirst().constFirst().value<Workspace *>(), m_controller->workspace());
    QCOMPARE(m_controller->recentFiles()->files().value(0), QFileInfo(m_goodPath).absoluteFilePath());
    // Opening the open workspace again is not an error (it is held exclusively).
    QVERIFY(m_controller->openWorkspace(m_goodPath));
    QCOMPARE(MessageBox::messageCount(), 0);
}

void TestWorkspaceController::creatingRefusesAnExistingFile()
{
    const QByteArray before = Test::fileBytes(m_goodPath);
    QVERIFY(!m_controller->createWorkspace(m_goodPath));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("good.mandate")));
    QCOMPARE(Test::fileBytes(m_goodPath), before);

    const QString fresh = m_dir->filePath(QStringLiteral("fresh.mandate"));
    QVERIFY(m_controller->createWorkspace(fresh));
    QCOMPARE(m_controller->workspace()->systemCount(), 0);
    QCOMPARE(m_controller->workspace()->filePath(), fresh);
}

void TestWorkspaceController::closingLetsViewsGoFirst()
{
    QVERIFY(m_controller->openWorkspace(m_goodPath));
    bool wasAliveWhenAnnounced = false;
    connect(m_controller, &WorkspaceController::workspaceChanged, this, [&](Workspace *workspace) {
        wasAliveWhenAnnounced = workspace == nullptr && m_controller->workspace() != nullptr;
    });
    m_controller->closeWorkspace();
    QVERIFY(wasAliveWhenAnnounced);
    QVERIFY(!m_controller->workspace());
    // Closed means released: another instance may open it now.
    WorkspaceError error;
    QVERIFY(Workspace::open(m_goodPath, &error));
}

void TestWorkspaceController::startupOpensTheLastWorkspace()
{
    m_controller->recentFiles()->add(m_goodPath);
    QVERIFY(m_controller->openAtStartup({}, false));
    QCOMPARE(m_controller->workspace()->filePath(), m_goodPath);
}

void TestWorkspaceController::startupWithoutHistoryOpensTheDemo()
{
    const QString demo = DemoWorkspace::defaultPath();
    QFile::remove(demo);
    QVERIFY2(m_controller->openAtStartup({}, false), qPrintable(MessageBox::lastText()));
    QCOMPARE(m_controller->workspace()->filePath(), demo);
    QVERIFY(m_controller->workspace()->systemCount() > 0);
    // A second start opens the demo it made rather than making another.
    m_controller->closeWorkspace();
    QVERIFY(m_controller->openDemo());
    QCOMPARE(m_controller->workspace()->filePath(), demo);
}

void TestWorkspaceController::startupWithDemoFlagOpensTheDemo()
{
    m_controller->recentFiles()->add(m_goodPath);
    QVERIFY2(m_controller->openAtStartup({}, true), qPrintable(MessageBox::lastText()));
    QCOMPARE(m_controller->workspace()->filePath(), DemoWorkspace::defaultPath());
}

void TestWorkspaceController::aFailedWriteShowsAWarning()
{
    QVERIFY(m_controller->openWorkspace(m_goodPath));
    emit m_controller->workspace()->writeFailed(QStringLiteral("good.mandate: disk full"));
    QCOMPARE(MessageBox::lastIcon(), QMessageBox::Warning);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("disk full")));
}

QTEST_MAIN(TestWorkspaceController)
#include "tst_workspacecontroller.moc"
