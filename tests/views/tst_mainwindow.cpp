// End to end through the main window: open a workspace, select a system, edit it through the
// details panel, undo through the Edit menu, filter the inventory, and fail to open a bad file.

#include "editactions.h"
#include "inventoryview.h"
#include "itemmodels/systemfilterproxymodel.h"
#include "itemmodels/systemtablemodel.h"
#include "mainwindow.h"
#include "map/mapmodel.h"
#include "map/mapplane.h"
#include "mappanel.h"
#include "mapview.h"
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
    void selectingRowsInTheInventorySelectsTheMarkers();
    void selectingOnTheMapSelectsTheRowsAndShowsTheDetails();
    void filteringTheInventoryHidesMarkers_data();
    void filteringTheInventoryHidesMarkers();

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

void TestMainWindow::selectingRowsInTheInventorySelectsTheMarkers()
{
    MapView *map = m_window->map()->view();
    // On opening, the map shows the row the inventory starts on.
    QCOMPARE(m_window->inventory()->selectedSystemIds(), QVector<SystemId> { m_ids.triage });
    QCOMPARE(map->selectedIds(), QVector<SystemId> { m_ids.triage });
    selectSystem(m_ids.agent);
    QTRY_COMPARE(map->selectedIds(), QVector<SystemId> { m_ids.agent });
    QCOMPARE(map->currentId(), m_ids.agent);
    selectSystem(m_ids.triage);
    QTRY_COMPARE(map->selectedIds(), QVector<SystemId> { m_ids.triage });
    QCOMPARE(map->currentId(), m_ids.triage);

    // Ctrl+click a second row: both markers are selected, the new one current.
    auto *table = find<QTableView>("inventoryTableView");
    const QModelIndex writerRow = m_window->inventory()->proxyModel()->mapFromSource(
        m_window->inventory()->tableModel()->indexOf(m_ids.writer));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier, table->visualRect(writerRow).center());
    QVector<SystemId> both { m_ids.triage, m_ids.writer };
    std::sort(both.begin(), both.end());
    QTRY_COMPARE(map->selectedIds(), both);
    QCOMPARE(map->currentId(), m_ids.writer);
    // What the map menu offers follows the selection, wherever it was made.
    QAction *accept = menuAction("mapMenu", "acceptSuggestionAction");
    QVERIFY(accept);
    QVERIFY(accept->isEnabled());

    table->clearSelection();
    QTRY_VERIFY(map->selectedIds().isEmpty());
    QVERIFY(!accept->isEnabled());
}

void TestMainWindow::selectingOnTheMapSelectsTheRowsAndShowsTheDetails()
{
    MapView *map = m_window->map()->view();
    QTRY_VERIFY(map->viewport()->rect().contains(map->viewportPosition(m_ids.agent)));
    QTest::mouseClick(map->viewport(), Qt::LeftButton, {}, map->viewportPosition(m_ids.agent));
    QCOMPARE(map->selectedIds(), QVector<SystemId> { m_ids.agent });
    QTRY_COMPARE(m_window->inventory()->selectedSystemIds(), QVector<SystemId> { m_ids.agent });
    QCOMPARE(m_window->inventory()->currentSystemId(), m_ids.agent);
    QTRY_COMPARE(m_window->details()->systemId(), m_ids.agent);
    QCOMPARE(find<QLineEdit>("nameLineEdit")->text(), QStringLiteral("Code review agent"));

    // Ctrl+click adds the writer; its row joins the selection and it becomes current.
    QTest::mouseClick(map->viewport(), Qt::LeftButton, Qt::ControlModifier, map->viewportPosition(m_ids.writer));
    QVector<SystemId> both { m_ids.agent, m_ids.writer };
    std::sort(both.begin(), both.end());
    QTRY_COMPARE(m_window->inventory()->selectedSystemIds(), both);
    QTRY_COMPARE(m_window->details()->systemId(), m_ids.writer);

    // A rubber band around the whole plane selects every row.
    const QPoint from = map->mapFromScene(MapPlane::bounds().topLeft() - QPointF(20, 20));
    const QPoint to = map->mapFromScene(MapPlane::bounds().bottomRight() + QPointF(20, 20));
    QVERIFY(map->viewport()->rect().contains(from));
    QVERIFY(map->viewport()->rect().contains(to));
    QTest::mousePress(map->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(map->viewport(), (from + to) / 2);
    QTest::mouseMove(map->viewport(), to);
    QTest::mouseRelease(map->viewport(), Qt::LeftButton, {}, to);
    QVector<SystemId> all { m_ids.triage, m_ids.agent, m_ids.writer };
    std::sort(all.begin(), all.end());
    QCOMPARE(map->selectedIds(), all);
    QTRY_COMPARE(m_window->inventory()->selectedSystemIds(), all);
    QVERIFY(all.contains(m_window->details()->systemId()));
    QCOMPARE(m_window->details()->systemId(), m_window->inventory()->currentSystemId());

    // Escape on the map clears the table's selection too.
    QTest::keyClick(map, Qt::Key_Escape);
    QTRY_VERIFY(m_window->inventory()->selectedSystemIds().isEmpty());
}

void TestMainWindow::filteringTheInventoryHidesMarkers_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("paradigm"); // -1: any
    QTest::addColumn<QStringList>("shown");
    QTest::addRow("a search for a name shows only that marker")
        << QStringLiteral("triage") << -1 << QStringList { QStringLiteral("Claims triage model") };
    QTest::addRow("a search nobody matches empties the map") << QStringLiteral("zeppelin") << -1 << QStringList {};
    QTest::addRow("the paradigm filter shows that region's markers")
        << QString() << int(Paradigm::Generative) << QStringList { QStringLiteral("Marketing copy writer") };
    QTest::addRow("search and paradigm together")
        << QStringLiteral("agent") << int(Paradigm::Agentic) << QStringList { QStringLiteral("Code review agent") };
}

void TestMainWindow::filteringTheInventoryHidesMarkers()
{
    QFETCH(QString, search);
    QFETCH(int, paradigm);
    QFETCH(QStringList, shown);
    MapModel *map = m_window->map()->model();
    QCOMPARE(map->visibleCount(), 3);

    if (!search.isEmpty())
        QTest::keyClicks(find<QLineEdit>("searchLineEdit"), search);
    if (paradigm >= 0) {
        auto *filter = find<QComboBox>("paradigmFilterComboBox");
        filter->setCurrentIndex(filter->findText(label(static_cast<Paradigm>(paradigm))));
    }
    QTRY_COMPARE(map->visibleCount(), int(shown.size()));
    QStringList names;
    for (const SystemId id : map->index().inRect(MapPlane::bounds()))
        names << workspace()->system(id)->name;
    QCOMPARE(names, shown);
    QCOMPARE(find<QTableView>("inventoryTableView")->model()->rowCount(), int(shown.size()));
    // A hidden marker cannot be hit either.
    for (const SystemId id : workspace()->systemIds())
        QCOMPARE(map->marker(id)->visible, shown.contains(workspace()->system(id)->name));

    find<QLineEdit>("searchLineEdit")->clear();
    find<QComboBox>("paradigmFilterComboBox")->setCurrentIndex(0);
    QTRY_COMPARE(map->visibleCount(), 3);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
