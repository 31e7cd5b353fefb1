// Governance end to end, in a real main window. Issue 5's walk-through: an analyst adds a privilege
// with admin scope through the privilege editor, sees F-OVERPRIV appear in the findings panel and
// the dashboard's count for it rise, then undoes it from the Edit menu and both go back. And the
// Tools menu's bulk acceptance of the selected systems' suggested mappings, asked first, one step.
#include "dashboarddock.h"
#include "findingsdock.h"
#include "governanceactions.h"
#include "inventoryview.h"
#include "itemmodels/findingsmodel.h"
#include "itemmodels/privilegetablemodel.h"
#include "itemmodels/systemfilterproxymodel.h"
#include "itemmodels/systemtablemodel.h"
#include "mainwindowfixture.h"
#include "systemdetailspanel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUndoStack>

using namespace Mandate;

class TestGovernanceActions : public QObject, public Test::MainWindowFixture
{
    Q_OBJECT

    void selectSystem(SystemId id)
    {
        auto *table = find<QTableView>("inventoryTableView");
        const QModelIndex index
            = m_window->inventory()->proxyModel()->mapFromSource(m_window->inventory()->tableModel()->indexOf(id));
        QVERIFY(index.isValid());
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
        QTRY_COMPARE(m_window->details()->systemId(), id);
    }

    // Rows of the findings panel, as shown, that name this rule for this system.
    int findingsShown(const QString &rule, const QString &system) const
    {
        const QAbstractItemModel *model = find<QTableView>("findingsTableView")->model();
        int count = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, FindingsModel::RuleColumn).data().toString() == rule
                && model->index(row, FindingsModel::SystemColumn).data().toString() == system)
                ++count;
        }
        return count;
    }

    void showDock(QDockWidget *dock, const char *toggleName)
    {
        if (!dock->isVisible())
            menuAction("viewMenu", toggleName)->trigger();
        dock->raise(); // the bottom docks share one place as tabs
        QTRY_VERIFY(dock->isVisible());
    }

private slots:
    void initTestCase() { Test::isolate(); }
    void init() { openMainWindow(QStringLiteral("governance.mandate")); }
    void cleanup() { closeMainWindow(); }

    void anAdminPrivilegeShowsInFindingsAndDashboardAndUndoes()
    {
        const QString rule = QStringLiteral("F-OVERPRIV");
        const QString writer = workspace()->system(m_ids.writer)->name;
        auto *dashboard = find<DashboardDock>("dashboardDock");
        auto *findings = find<FindingsDock>("findingsDock");
        showDock(dashboard, "toggleDashboardAction");
        const int dashboardBefore = dashboard->findingsShownForRule(rule);
        selectSystem(m_ids.writer);

        // Add, type the target, pick Admin: three steps, as an analyst does them.
        auto *table = find<QTableView>("privilegeTableView");
        QAbstractItemModel *model = table->model();
        const int steps = workspace()->undoStack()->count();
        QTest::mouseClick(find<QPushButton>("addPrivilegePushButton"), Qt::LeftButton);
        auto *targetEdit = table->viewport()->findChild<QLineEdit *>();
        QVERIFY(targetEdit);
        targetEdit->selectAll();
        QTest::keyClicks(targetEdit, QStringLiteral("cms-publishing-api"));
        QTest::keyClick(targetEdit, Qt::Key_Return);
        QTRY_COMPARE(model->index(0, PrivilegeTableModel::TargetColumn).data().toString(),
            QStringLiteral("cms-publishing-api"));
        const QModelIndex scope = model->index(0, PrivilegeTableModel::ScopeColumn);
        table->setCurrentIndex(scope);
        table->edit(scope);
        auto *combo = table->viewport()->findChild<QComboBox *>(QStringLiteral("vocabularyComboBox"));
        QVERIFY(combo);
        Test::chooseByTyping(combo, label(Scope::Admin));
        QTRY_COMPARE(model->index(0, PrivilegeTableModel::ScopeColumn).data(Qt::EditRole).toString(),
            QStringLiteral("admin"));
        QCOMPARE(workspace()->undoStack()->count(), steps + 3);

        QTRY_COMPARE(dashboard->findingsShownForRule(rule), dashboardBefore + 1);
        showDock(findings, "toggleFindingsAction");
        QTRY_COMPARE(findingsShown(rule, writer), 1);

        for (int i = 0; i < 3; ++i)
            menuAction("editMenu", "undoAction")->trigger();
        QCOMPARE(model->rowCount(), 0);
        QTRY_COMPARE(findingsShown(rule, writer), 0);
        showDock(dashboard, "toggleDashboardAction");
        QTRY_COMPARE(dashboard->findingsShownForRule(rule), dashboardBefore);
    }

    void acceptingSuggestedMappingsForTheSelectionAsksAndIsOneStep()
    {
        QAction *accept = menuAction("toolsMenu", "acceptMappingsAction");
        QVERIFY(accept);
        m_window->inventory()->selectSystems({}, 0);
        QVERIFY(!accept->isEnabled()); // nothing selected
        for (const SystemId id : { m_ids.writer, m_ids.agent }) {
            Privilege admin;
            admin.systemId = id;
            admin.target = QStringLiteral("prod-cluster");
            admin.scope = Scope::Admin;
            admin.logging = Logging::Central;
            QVERIFY(workspace()->addPrivilege(admin));
        }
        m_window->inventory()->selectSystems({ m_ids.writer, m_ids.agent }, m_ids.writer);
        QVERIFY(accept->isEnabled());
        const int steps = workspace()->undoStack()->count();

        // Declining changes nothing.
        MessageBox::setTestAnswer(QMessageBox::No);
        MessageBox::clearRecord();
        accept->trigger();
        QCOMPARE(MessageBox::messageCount(), 1);
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("for 2 system")), qPrintable(MessageBox::lastText()));
        QCOMPARE(workspace()->undoStack()->count(), steps);
        QVERIFY(workspace()->mappings(m_ids.writer).isEmpty());

        MessageBox::setTestAnswer(QMessageBox::Yes);
        accept->trigger();
        QCOMPARE(workspace()->undoStack()->count(), steps + 1);
        for (const SystemId id : { m_ids.writer, m_ids.agent }) {
            const QVector<Mapping> mappings = workspace()->mappings(id);
            QVERIFY(mappings.size() >= 5);
            for (const Mapping &mapping : mappings) {
                QCOMPARE(mapping.status, MappingStatus::Gap);
                QVERIFY(mapping.controlNote.startsWith(QStringLiteral("Suggested by ")));
            }
        }

        // All decided now: a second run says so and adds nothing.
        MessageBox::clearRecord();
        accept->trigger();
        QCOMPARE(MessageBox::lastIcon(), QMessageBox::Information);
        QCOMPARE(workspace()->undoStack()->count(), steps + 1);

        menuAction("editMenu", "undoAction")->trigger();
        QVERIFY(workspace()->mappings(m_ids.writer).isEmpty());
        QVERIFY(workspace()->mappings(m_ids.agent).isEmpty());
    }
};

QTEST_MAIN(TestGovernanceActions)
#include "tst_governanceactions.moc"
