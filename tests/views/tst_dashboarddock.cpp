// The dashboard dock in the main window: hidden until asked for, its charts follow an edit (an
// unjustified admin privilege adds an F-OVERPRIV bar, undo takes it away), and clicking a bar
// narrows the inventory to that bar's systems with a notice that clears the filter again.

#include "barchartadapter.h"
#include "dashboarddock.h"
#include "findingsdock.h"
#include "inventoryview.h"
#include "itemmodels/dashboardmodel.h"
#include "itemmodels/findingsmodel.h"
#include "itemmodels/systemfilterproxymodel.h"
#include "itemmodels/systemtablemodel.h"
#include "mainwindow.h"
#include "mainwindowfixture.h"
#include "piechartadapter.h"
#include "storage/workspace.h"
#include "testworkspace.h"

#include <QAction>
#include <QBarSet>
#include <QLabel>
#include <QPieSeries>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace Mandate;

class TestDashboardDock : public QObject, private Test::MainWindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::isolate(); }
    void init() { openMainWindow(QStringLiteral("dashboard.mandate")); }
    void cleanup() { closeMainWindow(); }

    void hiddenUntilOpenedFromTheViewMenu();
    void theRuleCountFollowsAPrivilegeAndItsUndo();
    void clickingABarNarrowsTheInventory_data();
    void clickingABarNarrowsTheInventory();
    void clickingASliceNarrowsTheInventory();
    void sharesItsFindingsWithTheFindingsDock();

private:
    DashboardDock *dock() const { return find<DashboardDock>("dashboardDock"); }
    void showDock();
};

void TestDashboardDock::showDock()
{
    QAction *toggle = menuAction("viewMenu", "toggleDashboardAction");
    QVERIFY(toggle);
    if (!toggle->isChecked())
        toggle->trigger();
    QTRY_VERIFY(dock()->isVisible());
    QCOMPARE(dock()->model()->workspace(), workspace());
}

void TestDashboardDock::hiddenUntilOpenedFromTheViewMenu()
{
    QVERIFY(!dock()->isVisible());
    QVERIFY(!dock()->model()->workspace()); // nothing computed while hidden
    QAction *toggle = menuAction("viewMenu", "toggleDashboardAction");
    QVERIFY(toggle);
    QVERIFY(!toggle->shortcut().isEmpty());
    showDock();
    QCOMPARE(dock()->model()->data().systemCount, 3);
    QCOMPARE(dock()->paradigmChart()->valueShown(QStringLiteral("agentic")), 1.0);
    QVERIFY(find<QLabel>("dashboardSummaryLabel")->text().contains(QLatin1String("3")));
}

void TestDashboardDock::theRuleCountFollowsAPrivilegeAndItsUndo()
{
    showDock();
    const QString rule = QStringLiteral("F-OVERPRIV");
    const int before = dock()->findingsShownForRule(rule);
    Privilege admin;
    admin.systemId = m_ids.writer;
    admin.target = QStringLiteral("cms-admin");
    admin.scope = Scope::Admin;
    admin.logging = Logging::Central;
    QVERIFY(workspace()->addPrivilege(admin) != 0);
    QTRY_COMPARE(dock()->findingsShownForRule(rule), before + 1);
    workspace()->undoStack()->undo();
    QTRY_COMPARE(dock()->findingsShownForRule(rule), before);
}

void TestDashboardDock::sharesItsFindingsWithTheFindingsDock()
{
    showDock();
    QAction *findingsToggle = menuAction("viewMenu", "toggleFindingsAction");
    QVERIFY(findingsToggle);
    if (!findingsToggle->isChecked())
        findingsToggle->trigger();
    auto *findings = find<FindingsDock>("findingsDock");
    QTRY_VERIFY(findings->isVisible());
    // One cache for the window's workspace: an edit is worked in once for both docks.
    QVERIFY(dock()->model()->findingsCache());
    QCOMPARE(findings->model()->findingsCache(), dock()->model()->findingsCache());
    const QString rule = QStringLiteral("F-OVERPRIV");
    const int before = dock()->findingsShownForRule(rule);
    Privilege admin;
    admin.systemId = m_ids.writer;
    admin.target = QStringLiteral("cms-admin");
    admin.scope = Scope::Admin;
    admin.logging = Logging::Central;
    QVERIFY(workspace()->addPrivilege(admin) != 0);
    QTRY_COMPARE(dock()->findingsShownForRule(rule), before + 1);
    QCOMPARE(findings->model()->rowCount(), dock()->model()->data().findingCount);
}

void TestDashboardDock::clickingABarNarrowsTheInventory_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("rows");
    QTest::addRow("the agentic bar shows the one agent") << QStringLiteral("agentic") << 1;
    QTest::addRow("the generative bar shows the writer") << QStringLiteral("generative") << 1;
    QTest::addRow("the causal bar shows no system") << QStringLiteral("causal") << 0;
}

void TestDashboardDock::clickingABarNarrowsTheInventory()
{
    QFETCH(QString, value);
    QFETCH(int, rows);
    showDock();
    InventoryView *inventory = m_window->inventory();
    QCOMPARE(inventory->proxyModel()->rowCount(), 3);
    BarChartAdapter *chart = dock()->paradigmChart();
    int index = -1;
    for (int i = 0; i < chart->bars().size(); ++i) {
        if (chart->bars().at(i).filter.value == value)
            index = i;
    }
    QVERIFY(index >= 0);
    emit chart->barSet()->clicked(index); // as Qt Charts does for a click on the bar
    QCOMPARE(inventory->proxyModel()->rowCount(), rows);
    auto *notice = find<QWidget>("dashboardFilterNotice");
    QVERIFY(notice->isVisible());
    QVERIFY(find<QLabel>("dashboardFilterLabel")->text().contains(chart->bars().at(index).label));
    find<QToolButton>("clearDashboardFilterButton")->click();
    QVERIFY(!notice->isVisible());
    QCOMPARE(inventory->proxyModel()->rowCount(), 3);
}

void TestDashboardDock::clickingASliceNarrowsTheInventory()
{
    showDock();
    // The agent decides and uses tools without a gate: the only identity subject.
    PieChartAdapter *chart = dock()->identityChart();
    QPieSeries *series = chart->series();
    QCOMPARE(series->count(), 2);
    QPieSlice *subjects = series->slices().constFirst();
    QCOMPARE(chart->barOf(subjects)->filter.value, QStringLiteral("yes"));
    emit series->clicked(subjects);
    QCOMPARE(m_window->inventory()->proxyModel()->rowCount(), 1);
    const QAbstractItemModel *proxy = m_window->inventory()->proxyModel();
    QCOMPARE(proxy->index(0, 0).data(SystemTableModel::SystemIdRole).toLongLong(), m_ids.agent);
}

QTEST_MAIN(TestDashboardDock)
#include "tst_dashboarddock.moc"
