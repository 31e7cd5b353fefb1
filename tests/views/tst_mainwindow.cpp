// End to end through the main window: open a workspace, select a system, edit it through the
// details panel, undo through the Edit menu, filter the inventory, and fail to open a bad file.

#include "editactions.h"
#include "inventoryview.h"
#include "itemmodels/systemfilterproxymodel.h"
#include "itemmodels/systemtablemodel.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "storage/workspace.h"
#include "systemdetailspanel.h"
#include "mainwindowfixture.h"
#include "testworkspace.h"
#include "workspacecontroller.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Mandate;

class TestMainWindow : public QObject, private Test::MainWindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void opensTheWorkspaceNamedInTheTitle();
    void editingTheVendorIsAuditedAndUndoable();
    void changingBehaviourUpdatesTheDerivedFacts();
    void searchFiltersTheInventory_data();
    void searchFiltersTheInventory();
    void lifecycleFilterShowsOnlyThatStage();
    void statusBarCountsSystems();
    void addingAndDeletingASystem();
    void editActionsAreOffWhileAnImportWrites();
    void theDeleteKeyDeletesSystemsOnlyFromTheTable();
    void openingANonWorkspaceNamesTheFileAndLeavesItUnchanged();

private:
    void selectSystem(SystemId id);
    QAction *editMenuAction(const char *name) const;
};

void TestMainWindow::initTestCase()
{
    Test::isolate();
}

void TestMainWindow::init()
{
    openMainWindow(QStringLiteral("inventory.mandate"));
}

void TestMainWindow::cleanup()
{
    closeMainWindow();
}

void TestMainWindow::selectSystem(SystemId id)
{
    auto *table = find<QTableView>("inventoryTableView");
    auto *model = m_window->inventory()->tableModel();
    const QModelIndex index = m_window->inventory()->proxyModel()->mapFromSource(model->indexOf(id));
    QVERIFY(index.isValid());
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    QTRY_COMPARE(m_window->details()->systemId(), id);
}

QAction *TestMainWindow::editMenuAction(const char *name) const
{
    return menuAction("editMenu", name);
}

void TestMainWindow::opensTheWorkspaceNamedInTheTitle()
{
    QVERIFY(workspace());
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("inventory.mandate")));
    QCOMPARE(find<QTableView>("inventoryTableView")->model()->rowCount(), 3);
    // The first system (by name) is shown at once.
    QCOMPARE(m_window->details()->systemId(), m_ids.triage);
    QCOMPARE(find<QLineEdit>("nameLineEdit")->text(), QStringLiteral("Claims triage model"));
    // Nothing current any more (everything filtered away): the details are disabled and say why.
    QTest::keyClicks(find<QLineEdit>("searchLineEdit"), QStringLiteral("zeppelin"));
    QTRY_COMPARE(m_window->details()->systemId(), SystemId(0));
    QVERIFY(find<QLabel>("detailsHintLabel")->isVisible());
    QVERIFY(!find<QLineEdit>("vendorLineEdit")->isEnabled());
}

void TestMainWindow::editingTheVendorIsAuditedAndUndoable()
{
    selectSystem(m_ids.agent);
    auto *vendor = find<QLineEdit>("vendorLineEdit");
    QVERIFY(vendor->isEnabled());
    QCOMPARE(vendor->text(), QStringLiteral("Octo Labs"));

    vendor->setFocus();
    vendor->selectAll();
    QTest::keyClicks(vendor, QStringLiteral("Harbor Robotics"));
    QTest::keyClick(vendor, Qt::Key_Return);

    QCOMPARE(workspace()->system(m_ids.agent)->vendor, QStringLiteral("Harbor Robotics"));
    AuditEntry last = workspace()->auditEntries().constLast();
    QCOMPARE(last.action, QStringLiteral("update"));
    QCOMPARE(last.field, QStringLiteral("vendor"));
    QCOMPARE(last.oldValue, QStringLiteral("Octo Labs"));
    QCOMPARE(last.newValue, QStringLiteral("Harbor Robotics"));
    // The table follows the workspace, not the widget.
    auto *model = m_window->inventory()->tableModel();
    QCOMPARE(model->indexOf(m_ids.agent, SystemTableModel::VendorColumn).data().toString(),
        QStringLiteral("Harbor Robotics"));

    QAction *undo = editMenuAction("undoAction");
    QVERIFY(undo);
    QVERIFY(undo->isEnabled());
    undo->trigger();

    QCOMPARE(vendor->text(), QStringLiteral("Octo Labs"));
    QCOMPARE(workspace()->system(m_ids.agent)->vendor, QStringLiteral("Octo Labs"));
    last = workspace()->auditEntries().constLast();
    QCOMPARE(last.action, QStringLiteral("undo"));
    QCOMPARE(last.field, QStringLiteral("vendor"));
    QCOMPARE(last.newValue, QStringLiteral("Octo Labs"));
    QVERIFY(workspace()->verifyAudit().ok);

    QAction *redo = editMenuAction("redoAction");
    QVERIFY(redo && redo->isEnabled());
    redo->trigger();
    QCOMPARE(vendor->text(), QStringLiteral("Harbor Robotics"));
    QCOMPARE(workspace()->auditEntries().constLast().action, QStringLiteral("redo"));
}

void TestMainWindow::changingBehaviourUpdatesTheDerivedFacts()
{
    selectSystem(m_ids.writer);
    auto *suggested = find<QLabel>("suggestedParadigmValueLabel");
    auto *warning = find<QLabel>("paradigmWarningLabel");
    QCOMPARE(suggested->text(), label(Paradigm::Generative));
    QVERIFY(!warning->isVisible());

    Test::chooseByTyping(find<QComboBox>("selectsActionsComboBox"), label(Tristate::Yes));
    Test::chooseByTyping(find<QComboBox>("usesToolsComboBox"), label(Tristate::Yes));

    QCOMPARE(workspace()->system(m_ids.writer)->behaviour.selectsActions, Tristate::Yes);
    QCOMPARE(workspace()->system(m_ids.writer)->behaviour.usesTools, Tristate::Yes);
    QCOMPARE(suggested->text(), label(Paradigm::Agentic));
    QVERIFY(!find<QLabel>("suggestedParadigmRationaleLabel")->text().isEmpty());
    // Recorded as generative, behaving as an agent: the panel says so.
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(label(Paradigm::Agentic)));

    editMenuAction("undoAction")->trigger();
    QCOMPARE(find<QComboBox>("usesToolsComboBox")->currentData().toString(), QStringLiteral("no"));
    QCOMPARE(suggested->text(), label(Paradigm::Generative));
    QVERIFY(!warning->isVisible());
}

void TestMainWindow::searchFiltersTheInventory_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("rows");
    QTest::addRow("a word of a name finds that system") << QStringLiteral("triage") << 1;
    QTest::addRow("a vendor finds its system") << QStringLiteral("wordsmith") << 1;
    QTest::addRow("an owner finds the systems they own") << QStringLiteral("Whitfield") << 1;
    QTest::addRow("text nobody wrote finds nothing") << QStringLiteral("zeppelin") << 0;
}

void TestMainWindow::searchFiltersTheInventory()
{
    QFETCH(QString, text);
    QFETCH(int, rows);
    auto *search = find<QLineEdit>("searchLineEdit");
    auto *table = find<QTableView>("inventoryTableView");

    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, text);
    QTRY_COMPARE(table->model()->rowCount(), rows);

    search->clear();
    QTRY_COMPARE(table->model()->rowCount(), 3);
}

void TestMainWindow::lifecycleFilterShowsOnlyThatStage()
{
    auto *stage = find<QComboBox>("lifecycleFilterComboBox");
    QCOMPARE(stage->count(), 1 + valueCount<LifecycleStage>());
    stage->setCurrentIndex(stage->findText(label(LifecycleStage::Pilot)));
    auto *table = find<QTableView>("inventoryTableView");
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, SystemTableModel::NameColumn).data().toString(),
        QStringLiteral("Code review agent"));
    auto *paradigm = find<QComboBox>("paradigmFilterComboBox");
    QCOMPARE(paradigm->count(), 1 + valueCount<Paradigm>());
    paradigm->setCurrentIndex(paradigm->findText(label(Paradigm::Generative)));
    QTRY_COMPARE(table->model()->rowCount(), 0);
}

void TestMainWindow::statusBarCountsSystems()
{
    auto *status = find<QLabel>("statusSummaryLabel");
    QTRY_VERIFY(status->text().contains(QStringLiteral("Systems: 3")));
    QVERIFY(status->text().contains(QStringLiteral("Identity subjects: 1")));
    QVERIFY(status->text().contains(QStringLiteral("NHI risk: 1")));
    QTest::keyClicks(find<QLineEdit>("searchLineEdit"), QStringLiteral("agent"));
    QTRY_VERIFY(status->text().contains(QStringLiteral("Shown: 1")));
    QVERIFY(status->text().contains(QStringLiteral("Systems: 3")));
}

void TestMainWindow::addingAndDeletingASystem()
{
    editMenuAction("addSystemAction")->trigger();
    QCOMPARE(workspace()->systemCount(), 4);
    const SystemId added = m_window->details()->systemId();
    QVERIFY(added != 0);
    QCOMPARE(m_window->inventory()->currentSystemId(), added);
    // The new system's name is selected, ready to be typed over.
    auto *name = find<QLineEdit>("nameLineEdit");
    QTRY_VERIFY(name->hasFocus());
    QTest::keyClicks(name, QStringLiteral("Invoice matcher"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(workspace()->system(added)->name, QStringLiteral("Invoice matcher"));

    MessageBox::clearRecord();
    QAction *remove = editMenuAction("deleteSystemsAction");
    QVERIFY(remove->isEnabled());
    remove->trigger();
    QCOMPARE(MessageBox::messageCount(), 1); // it asked first
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Invoice matcher")));
    QCOMPARE(workspace()->systemCount(), 3);
    QVERIFY(!workspace()->system(added));
    // The current row moves on to a neighbour; the panel never shows the deleted system.
    QVERIFY(m_window->details()->systemId() != added);
    QCOMPARE(m_window->details()->systemId(), m_window->inventory()->currentSystemId());

    editMenuAction("undoAction")->trigger();
    QCOMPARE(workspace()->systemCount(), 4);
}

void TestMainWindow::theDeleteKeyDeletesSystemsOnlyFromTheTable()
{
    selectSystem(m_ids.writer);
    auto *vendor = find<QLineEdit>("vendorLineEdit");
    vendor->setFocus();
    vendor->setCursorPosition(0);
    MessageBox::clearRecord();
    QTest::keyClick(vendor, Qt::Key_Delete);
    QCOMPARE(MessageBox::messageCount(), 0);
    QCOMPARE(workspace()->systemCount(), 3);
    QCOMPARE(vendor->text(), QStringLiteral("ordSmith")); // it deleted a character, as in any text field
    vendor->undo();

    auto *table = find<QTableView>("inventoryTableView");
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    MessageBox::setTestAnswer(QMessageBox::Cancel);
    QTest::keyClick(table, Qt::Key_Delete);
    MessageBox::setTestAnswer(QMessageBox::Yes);
    QCOMPARE(MessageBox::messageCount(), 1);
    QCOMPARE(workspace()->systemCount(), 3); // cancelled

    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(MessageBox::messageCount(), 2);
    QCOMPARE(workspace()->systemCount(), 2);
    QVERIFY(!workspace()->system(m_ids.writer));
}

void TestMainWindow::openingANonWorkspaceNamesTheFileAndLeavesItUnchanged()
{
    const QString path = m_dir->filePath(QStringLiteral("meeting-notes.mandate"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Agenda: quarterly access review\nNot a workspace at all.\n");
    }
    const QByteArray before = Test::fileBytes(path);

    QVERIFY(!m_window->controller()->openWorkspace(path));

    QCOMPARE(MessageBox::messageCount(), 1);
    QCOMPARE(MessageBox::lastIcon(), QMessageBox::Critical);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("meeting-notes.mandate")),
        qPrintable(MessageBox::lastText()));
    QCOMPARE(Test::fileBytes(path), before);
    // The workspace that was open stays open.
    QVERIFY(workspace());
    QCOMPARE(workspace()->filePath(), m_path);
    QCOMPARE(find<QTableView>("inventoryTableView")->model()->rowCount(), 3);
}

void TestMainWindow::editActionsAreOffWhileAnImportWrites()
{
    // Make something to undo, then lend the connection out as the import's write pass does.
    QVERIFY(workspace()->setSystemValue(m_ids.agent, SystemField::Vendor, QStringLiteral("Harbor Robotics")));
    QAction *undo = editMenuAction("undoAction");
    QAction *add = editMenuAction("addSystemAction");
    QVERIFY(undo && add);
    QVERIFY(undo->isEnabled());
    QVERIFY(add->isEnabled());

    workspace()->beginImport();
    QVERIFY(!undo->isEnabled());
    QVERIFY(!add->isEnabled());
    undo->trigger(); // a shortcut pressed anyway does nothing
    QCOMPARE(workspace()->system(m_ids.agent)->vendor, QStringLiteral("Harbor Robotics"));

    workspace()->finishImport(ImportResult {});
    QVERIFY(undo->isEnabled());
    QVERIFY(add->isEnabled());
    undo->trigger();
    QCOMPARE(workspace()->system(m_ids.agent)->vendor, QStringLiteral("Octo Labs"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
