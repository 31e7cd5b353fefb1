// The findings dock in the main window: hidden until asked for, an unjustified admin privilege
// added through the workspace shows up as F-OVERPRIV and goes again on undo, double-clicking a
// finding selects its system in the inventory, and the dock can show only the selected systems.

#include "findingsdock.h"
#include "inventoryview.h"
#include "itemmodels/findingsmodel.h"
#include "mainwindow.h"
#include "mainwindowfixture.h"
#include "storage/workspace.h"
#include "testworkspace.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Mandate;

class TestFindingsDock : public QObject, private Test::MainWindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::isolate(); }
    void init() { openMainWindow(QStringLiteral("findings.mandate")); }
    void cleanup() { closeMainWindow(); }

    void hiddenUntilOpenedFromTheViewMenu();
    void anUnjustifiedAdminPrivilegeAppearsAndUndoRemovesIt();
    void doubleClickingAFindingSelectsItsSystem();
    void theSelectedSystemsScopeShowsOnlyTheirFindings();

private:
    void showDock();
    QTableView *table() const { return find<QTableView>("findingsTableView"); }
    // The row of the first finding of rule on system, in the table's (sorted) order; -1 if none.
    int rowOf(const QString &rule, const QString &system) const;
    void addAdminPrivilege(SystemId id);
};

void TestFindingsDock::showDock()
{
    QAction *toggle = menuAction("viewMenu", "toggleFindingsAction");
    QVERIFY(toggle);
    if (!toggle->isChecked())
        toggle->trigger();
    QTRY_VERIFY(find<QDockWidget>("findingsDock")->isVisible());
}

int TestFindingsDock::rowOf(const QString &rule, const QString &system) const
{
    const QAbstractItemModel *model = table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, FindingsModel::RuleColumn).data().toString() == rule
            && model->index(row, FindingsModel::SystemColumn).data().toString() == system)
            return row;
    }
    return -1;
}

void TestFindingsDock::addAdminPrivilege(SystemId id)
{
    Privilege admin;
    admin.systemId = id;
    admin.target = QStringLiteral("cms-admin");
    admin.scope = Scope::Admin;
    admin.logging = Logging::Central;
    QVERIFY(workspace()->addPrivilege(admin) != 0);
}

void TestFindingsDock::hiddenUntilOpenedFromTheViewMenu()
{
    auto *dock = find<QDockWidget>("findingsDock");
    QVERIFY(!dock->isVisible());
    QCOMPARE(m_window->dockWidgetArea(dock), Qt::BottomDockWidgetArea);
    QAction *toggle = menuAction("viewMenu", "toggleFindingsAction");
    QVERIFY(toggle);
    QCOMPARE(toggle->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    showDock();
    // The sample agent is an identity subject without an owner.
    QVERIFY(rowOf(QStringLiteral("F-OWNER"), QStringLiteral("Code review agent")) >= 0);
    const int rows = table()->model()->rowCount();
    QVERIFY(find<QLabel>("findingsCountLabel")->text().contains(QString::number(rows)));
}

void TestFindingsDock::anUnjustifiedAdminPrivilegeAppearsAndUndoRemovesIt()
{
    showDock();
    const QString writer = QStringLiteral("Marketing copy writer");
    QCOMPARE(rowOf(QStringLiteral("F-OVERPRIV"), writer), -1);
    addAdminPrivilege(m_ids.writer);
    QTRY_VERIFY(rowOf(QStringLiteral("F-OVERPRIV"), writer) >= 0);
    // High findings come first.
    QCOMPARE(
        table()->model()->index(0, FindingsModel::SeverityColumn).data().toString(), QStringLiteral("High"));
    const int rows = table()->model()->rowCount();
    QTRY_VERIFY(find<QLabel>("findingsCountLabel")->text().contains(QString::number(rows)));

    workspace()->undoStack()->undo();
    QTRY_COMPARE(rowOf(QStringLiteral("F-OVERPRIV"), writer), -1);
}

void TestFindingsDock::doubleClickingAFindingSelectsItsSystem()
{
    showDock();
    addAdminPrivilege(m_ids.writer);
    QTRY_VERIFY(rowOf(QStringLiteral("F-OVERPRIV"), QStringLiteral("Marketing copy writer")) >= 0);
    const int row = rowOf(QStringLiteral("F-OVERPRIV"), QStringLiteral("Marketing copy writer"));
    QVERIFY(m_window->inventory()->currentSystemId() != m_ids.writer);
    const QModelIndex index = table()->model()->index(row, FindingsModel::ReasonColumn);
    table()->scrollTo(index);
    const QPoint centre = table()->visualRect(index).center();
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(table()->viewport(), Qt::LeftButton, {}, centre);
    QTRY_COMPARE(m_window->inventory()->currentSystemId(), m_ids.writer);
    QCOMPARE(m_window->inventory()->selectedSystemIds(), QVector<SystemId> { m_ids.writer });
}

void TestFindingsDock::theSelectedSystemsScopeShowsOnlyTheirFindings()
{
    showDock();
    auto *scope = find<QComboBox>("findingsScopeComboBox");
    m_window->inventory()->selectSystem(m_ids.agent);
    scope->setCurrentIndex(FindingsDock::SelectedSystems);
    QTRY_VERIFY(table()->model()->rowCount() > 0);
    for (int row = 0; row < table()->model()->rowCount(); ++row) {
        QCOMPARE(table()->model()->index(row, FindingsModel::SystemColumn).data().toString(),
            QStringLiteral("Code review agent"));
    }
    // The triage model is owned and has no privileges: nothing to show.
    m_window->inventory()->selectSystem(m_ids.triage);
    QTRY_COMPARE(table()->model()->rowCount(), 0);

    scope->setCurrentIndex(FindingsDock::WholeWorkspace);
    QTRY_VERIFY(rowOf(QStringLiteral("F-OWNER"), QStringLiteral("Code review agent")) >= 0);
}

QTEST_MAIN(TestFindingsDock)
#include "tst_findingsdock.moc"
