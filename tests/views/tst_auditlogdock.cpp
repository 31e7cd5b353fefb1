// The audit log dock in the main window: hidden until asked for, shows each edit at the top as it
// is stored, verifies the hash chain on request, and has nothing to verify once the workspace closes.

#include "auditlogdock.h"
#include "itemmodels/auditlogmodel.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "storage/workspace.h"
#include "mainwindowfixture.h"
#include "testworkspace.h"
#include "workspacecontroller.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Mandate;

class TestAuditLogDock : public QObject, private Test::MainWindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void hiddenUntilOpenedFromTheViewMenu();
    void anEditAppearsAtTheTop();
    void scrollingDownReadsOlderEntries();
    void verifyingReportsAnIntactLog();
    void theToolsMenuVerifiesToo();
    void nothingToVerifyOnceTheWorkspaceIsClosed();

private:
    void showDock();
};

void TestAuditLogDock::initTestCase()
{
    Test::isolate();
}

void TestAuditLogDock::init()
{
    openMainWindow(QStringLiteral("audited.mandate"));
}

void TestAuditLogDock::cleanup()
{
    closeMainWindow();
}

void TestAuditLogDock::showDock()
{
    QAction *toggle = menuAction("viewMenu", "toggleAuditLogAction");
    QVERIFY(toggle);
    if (!toggle->isChecked())
        toggle->trigger();
    QTRY_VERIFY(find<QDockWidget>("auditLogDock")->isVisible());
}

void TestAuditLogDock::hiddenUntilOpenedFromTheViewMenu()
{
    auto *dock = find<QDockWidget>("auditLogDock");
    QVERIFY(!dock->isVisible());
    QCOMPARE(m_window->dockWidgetArea(dock), Qt::BottomDockWidgetArea);
    QAction *toggle = menuAction("viewMenu", "toggleAuditLogAction");
    QVERIFY(toggle);
    QCOMPARE(toggle->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    showDock();
    auto *table = find<QTableView>("auditLogTableView");
    QVERIFY(table->isVisible());
    QCOMPARE(table->model()->rowCount(), int(workspace()->auditCount()));
    QVERIFY(find<QLabel>("auditCountLabel")->text().contains(QString::number(workspace()->auditCount())));
}

void TestAuditLogDock::anEditAppearsAtTheTop()
{
    showDock();
    auto *table = find<QTableView>("auditLogTableView");
    const int rows = table->model()->rowCount();
    QVERIFY(workspace()->setSystemValue(m_ids.writer, SystemField::Vendor, QStringLiteral("Quill & Co")));

    QCOMPARE(table->model()->rowCount(), rows + 1);
    auto cell = [table](int column) { return table->model()->index(0, column).data().toString(); };
    QCOMPARE(cell(AuditLogModel::ActionColumn), QStringLiteral("Update"));
    QCOMPARE(cell(AuditLogModel::EntityColumn), QStringLiteral("System #%1").arg(m_ids.writer));
    QCOMPARE(cell(AuditLogModel::FieldColumn), QStringLiteral("Vendor"));
    QCOMPARE(cell(AuditLogModel::OldValueColumn), QStringLiteral("WordSmith"));
    QCOMPARE(cell(AuditLogModel::NewValueColumn), QStringLiteral("Quill & Co"));
    // The top row is on screen, not only in the model.
    const QRect topRow = table->visualRect(table->model()->index(0, AuditLogModel::SequenceColumn));
    QVERIFY(table->viewport()->rect().contains(topRow));
    QTRY_VERIFY(find<QLabel>("auditCountLabel")->text().contains(QString::number(workspace()->auditCount())));
}

void TestAuditLogDock::scrollingDownReadsOlderEntries()
{
    // An import-sized write: more entries than one page.
    QVector<SystemSnapshot> systems;
    for (int i = 0; i < 2 * AuditLogModel::pageSize; ++i) {
        AiSystem system;
        system.name = QStringLiteral("Imported system %1").arg(i);
        systems << SystemSnapshot { system, {}, {} };
    }
    QString problem;
    QVERIFY2(workspace()->insertBulk({}, {}, systems, &problem), qPrintable(problem));
    showDock();
    auto *table = find<QTableView>("auditLogTableView");
    QCOMPARE(table->model()->rowCount(), AuditLogModel::pageSize);

    table->scrollToBottom();
    QTRY_COMPARE(table->model()->rowCount(), 2 * AuditLogModel::pageSize);
    table->scrollToBottom();
    QTRY_COMPARE(table->model()->rowCount(), int(workspace()->auditCount()));
    const QModelIndex last
        = table->model()->index(table->model()->rowCount() - 1, AuditLogModel::EntityColumn);
    QCOMPARE(last.data().toString(), QStringLiteral("Workspace"));
}

void TestAuditLogDock::verifyingReportsAnIntactLog()
{
    showDock();
    QVERIFY(
        workspace()->setSystemValue(m_ids.agent, SystemField::LifecycleStage, QStringLiteral("production")));
    const qint64 count = workspace()->auditCount();
    auto *button = find<QPushButton>("verifyAuditButton");
    QVERIFY(button->isEnabled());

    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(MessageBox::messageCount(), 1);
    QCOMPARE(MessageBox::lastIcon(), QMessageBox::Information);
    const QString text = MessageBox::lastText();
    QVERIFY2(text.contains(QStringLiteral("intact")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("%1 entries").arg(QLocale().toString(count))), qPrintable(text));
    QVERIFY2(text.contains(QString::fromLatin1(workspace()->verifyAudit().headHash)), qPrintable(text));
}

void TestAuditLogDock::theToolsMenuVerifiesToo()
{
    // Verifying does not need the dock on screen.
    QAction *verify = menuAction("toolsMenu", "verifyAuditAction");
    QVERIFY(verify);
    QCOMPARE(verify->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    QVERIFY(verify->isEnabled());
    verify->trigger();
    QCOMPARE(MessageBox::messageCount(), 1);
    QCOMPARE(MessageBox::lastIcon(), QMessageBox::Information);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("intact")));
}

void TestAuditLogDock::nothingToVerifyOnceTheWorkspaceIsClosed()
{
    showDock();
    m_window->controller()->closeWorkspace();
    auto *button = find<QPushButton>("verifyAuditButton");
    QVERIFY(!button->isEnabled());
    QVERIFY(!menuAction("toolsMenu", "verifyAuditAction")->isEnabled());
    QCOMPARE(find<QTableView>("auditLogTableView")->model()->rowCount(), 0);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(MessageBox::messageCount(), 0);

    // Opening it again brings the log back.
    QVERIFY(m_window->controller()->openWorkspace(m_path));
    QVERIFY(button->isEnabled());
    QCOMPARE(find<QTableView>("auditLogTableView")->model()->rowCount(), int(workspace()->auditCount()));
}

QTEST_MAIN(TestAuditLogDock)
#include "tst_auditlogdock.moc"
