// The framework mappings group end to end, in a real main window: an admin privilege without a
// justification makes the selected system's findings suggest framework items; the analyst accepts
// one with the keyboard, rejects another, picks a status for a third in its combo box, accepts the
// rest at once, and the Edit menu's undo takes each step back.
#include "inventoryview.h"
#include "itemmodels/systemfilterproxymodel.h"
#include "itemmodels/systemmappingsmodel.h"
#include "itemmodels/systemtablemodel.h"
#include "mainwindowfixture.h"
#include "mappingseditor.h"
#include "systemdetailspanel.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>

using namespace Mandate;

class TestMappingsEditor : public QObject, public Test::MainWindowFixture
{
    Q_OBJECT

    QTableView *m_table = nullptr;
    SystemMappingsModel *m_model = nullptr;

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

    int rowOf(const QString &itemId) const
    {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->index(row, SystemMappingsModel::ItemColumn).data().toString().startsWith(itemId + QLatin1Char(' ')))
                return row;
        }
        return -1;
    }

    void selectRow(int row)
    {
        QVERIFY(row >= 0);
        const QModelIndex index = m_model->index(row, SystemMappingsModel::ItemColumn);
        m_table->scrollTo(index);
        QTest::mouseClick(m_table->viewport(), Qt::LeftButton, {}, m_table->visualRect(index).center());
        QVERIFY(m_table->selectionModel()->isRowSelected(row, {}));
    }

    QString status(const QString &itemId) const
    {
        const int row = rowOf(itemId);
        return row < 0 ? QString() : m_model->index(row, SystemMappingsModel::StatusColumn).data().toString();
    }

private slots:
    void initTestCase() { Test::isolate(); }
    void init()
    {
        openMainWindow(QStringLiteral("mappings.mandate"));
        m_table = find<QTableView>("mappingsTableView");
        m_model = qobject_cast<SystemMappingsModel *>(m_table->model());
        QVERIFY(m_model);
    }
    void cleanup() { closeMainWindow(); }

    void suggestionsAreAcceptedRejectedAndEditedWithUndo()
    {
        selectSystem(m_ids.writer);
        const int suggestedBefore = m_model->suggestionCount();
        QCOMPARE(rowOf(QStringLiteral("ASI03")), -1);
        Privilege admin;
        admin.systemId = m_ids.writer;
        admin.target = QStringLiteral("cms-publishing-api");
        admin.scope = Scope::Admin;
        admin.logging = Logging::Central;
        QVERIFY(workspace()->addPrivilege(admin));
        QTRY_VERIFY(rowOf(QStringLiteral("ASI03")) >= 0);
        QCOMPARE(status(QStringLiteral("ASI03")), QStringLiteral("Suggested: Gap"));
        QVERIFY(m_model->suggestionCount() >= suggestedBefore + 5);
        auto *acceptAll = find<QPushButton>("acceptAllMappingsPushButton");
        QCOMPARE(acceptAll->text(), QStringLiteral("Accept all (%1)").arg(m_model->suggestionCount()));
        QVERIFY(find<QLabel>("mappingsSummaryLabel")->text().contains(QStringLiteral("wait for a decision")));
        QUndoStack *undo = workspace()->undoStack();
        const int steps = undo->count();

        // Accept with the keyboard.
        selectRow(rowOf(QStringLiteral("ASI03")));
        QVERIFY(find<QPushButton>("acceptMappingsPushButton")->isEnabled());
        QVERIFY(!find<QPushButton>("removeMappingsPushButton")->isEnabled());
        QTest::keyClick(m_table, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(status(QStringLiteral("ASI03")), QStringLiteral("Gap"));
        QCOMPARE(workspace()->mappings(m_ids.writer).size(), 1);
        QCOMPARE(workspace()->mappings(m_ids.writer).constFirst().controlNote, QStringLiteral("Suggested by F-OVERPRIV"));

        // Reject with the button.
        selectRow(rowOf(QStringLiteral("T3")));
        QTest::mouseClick(find<QPushButton>("rejectMappingsPushButton"), Qt::LeftButton);
        QCOMPARE(status(QStringLiteral("T3")), QStringLiteral("Not applicable"));

        // Pick a status in the cell's combo box.
        const QModelIndex cell = m_model->index(rowOf(QStringLiteral("NHI5:2025")), SystemMappingsModel::StatusColumn);
        m_table->setCurrentIndex(cell);
        m_table->edit(cell);
        auto *combo = m_table->viewport()->findChild<QComboBox *>(QStringLiteral("vocabularyComboBox"));
        QVERIFY(combo);
        Test::chooseByTyping(combo, QStringLiteral("Partial")); // picking commits, as in a form
        QTRY_COMPARE(status(QStringLiteral("NHI5:2025")), QStringLiteral("Partial"));
        QCOMPARE(undo->count(), steps + 3);

        // The rest at once.
        const int decided = m_model->decidedCount();
        const int waiting = m_model->suggestionCount();
        QTest::mouseClick(acceptAll, Qt::LeftButton);
        QCOMPARE(m_model->suggestionCount(), 0);
        QCOMPARE(m_model->decidedCount(), decided + waiting);
        QVERIFY(!acceptAll->isEnabled());
        QCOMPARE(undo->count(), steps + 4);

        // Undo, step by step, from the Edit menu.
        for (int i = 0; i < 4; ++i)
            menuAction("editMenu", "undoAction")->trigger();
        QTRY_COMPARE(m_model->decidedCount(), 0);
        QCOMPARE(status(QStringLiteral("ASI03")), QStringLiteral("Suggested: Gap"));
        QVERIFY(workspace()->mappings(m_ids.writer).isEmpty());
    }

    void removingADecidedMappingWithDeleteBringsItsSuggestionBack()
    {
        selectSystem(m_ids.writer);
        Privilege admin;
        admin.systemId = m_ids.writer;
        admin.target = QStringLiteral("cms-publishing-api");
        admin.scope = Scope::Admin;
        QVERIFY(workspace()->addPrivilege(admin));
        QTRY_VERIFY(rowOf(QStringLiteral("ASI03")) >= 0);
        selectRow(rowOf(QStringLiteral("ASI03")));
        QTest::mouseClick(find<QPushButton>("acceptMappingsPushButton"), Qt::LeftButton);
        selectRow(rowOf(QStringLiteral("ASI03")));
        QVERIFY(find<QPushButton>("removeMappingsPushButton")->isEnabled());
        QTest::keyClick(m_table, Qt::Key_Delete);
        QCOMPARE(status(QStringLiteral("ASI03")), QStringLiteral("Suggested: Gap"));
        QVERIFY(workspace()->mappings(m_ids.writer).isEmpty());
    }
};

QTEST_MAIN(TestMappingsEditor)
#include "tst_mappingseditor.moc"
