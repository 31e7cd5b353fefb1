// The coverage matrix dock in the main window: hidden until asked for, mappings set through the
// workspace show as coloured, labelled cells and move the percentage, the name filter and the
// selection narrow the rows (and the percentage with them), double-clicking a cell selects its
// system, and a catalog file loaded from the Tools menu becomes a choice of the catalog box.

#include "coveragedock.h"
#include "inventoryview.h"
#include "itemmodels/coveragemodel.h"
#include "mainwindow.h"
#include "mainwindowfixture.h"
#include "storage/workspace.h"
#include "testworkspace.h"

#include <QAction>
#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Mandate;

namespace {

const QString kAgentic = QStringLiteral("owasp-agentic-2026");

} // namespace

class TestCoverageDock : public QObject, private Test::MainWindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::isolate(); }
    void init() { openMainWindow(QStringLiteral("coverage.mandate")); }
    void cleanup() { closeMainWindow(); }

    void hiddenUntilOpenedFromTheViewMenu();
    void mappingsShowAsColouredCellsAndMoveThePercentage();
    void theNameFilterAndTheSelectionNarrowTheRows();
    void doubleClickingACellSelectsItsSystem();
    void aLoadedCatalogBecomesAChoiceAndARefusalNamesTheFile();

private:
    void showDock();
    QTableView *table() const { return find<QTableView>("coverageTableView"); }
    QString label() const { return find<QLabel>("coverageLabel")->text(); }
    void chooseCatalog(const QString &id);
    int columnOf(const QString &itemId) const;
    int rowOf(const QString &system) const;
    void setMapping(SystemId id, const QString &itemId, MappingStatus status);
};

void TestCoverageDock::showDock()
{
    QAction *toggle = menuAction("viewMenu", "toggleCoverageAction");
    QVERIFY(toggle);
    if (!toggle->isChecked())
        toggle->trigger();
    QTRY_VERIFY(find<QDockWidget>("coverageDock")->isVisible());
}

void TestCoverageDock::chooseCatalog(const QString &id)
{
    auto *combo = find<QComboBox>("coverageCatalogComboBox");
    const int index = combo->findData(id);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

int TestCoverageDock::columnOf(const QString &itemId) const
{
    const QAbstractItemModel *model = table()->model();
    for (int column = 0; column < model->columnCount(); ++column) {
        if (model->headerData(column, Qt::Horizontal).toString() == itemId)
            return column;
    }
    return -1;
}

int TestCoverageDock::rowOf(const QString &system) const
{
    const QAbstractItemModel *model = table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->headerData(row, Qt::Vertical).toString() == system)
            return row;
    }
    return -1;
}

void TestCoverageDock::setMapping(SystemId id, const QString &itemId, MappingStatus status)
{
    Mapping m;
    m.systemId = id;
    m.catalogId = kAgentic;
    m.itemId = itemId;
    m.status = status;
    QVERIFY2(workspace()->setMapping(m) != 0, qPrintable(workspace()->lastError()));
}

void TestCoverageDock::hiddenUntilOpenedFromTheViewMenu()
{
    auto *dock = find<QDockWidget>("coverageDock");
    QVERIFY(!dock->isVisible());
    QAction *toggle = menuAction("viewMenu", "toggleCoverageAction");
    QVERIFY(toggle);
    QCOMPARE(toggle->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    showDock();
    QCOMPARE(table()->model()->rowCount(), 3);
    QVERIFY(table()->model()->columnCount() > 0);
    // Item ids head the columns, their titles are the tooltips.
    const QString firstId = table()->model()->headerData(0, Qt::Horizontal).toString();
    QVERIFY(!firstId.isEmpty());
    QVERIFY(table()->model()->headerData(0, Qt::Horizontal, Qt::ToolTipRole).toString() != firstId);
    QCOMPARE(label(), QStringLiteral("No mappings yet"));
}

void TestCoverageDock::mappingsShowAsColouredCellsAndMoveThePercentage()
{
    showDock();
    chooseCatalog(kAgentic);
    setMapping(m_ids.agent, QStringLiteral("ASI03"), MappingStatus::Gap);
    const QModelIndex cell = table()->model()->index(rowOf(QStringLiteral("Code review agent")), columnOf(QStringLiteral("ASI03")));
    QTRY_COMPARE(cell.data().toString(), QStringLiteral("Gap"));
    QCOMPARE(cell.data(Qt::BackgroundRole).value<QColor>(), QColor(0xf4, 0xc7, 0xc3));
    QTRY_VERIFY2(label().startsWith(QStringLiteral("Coverage: 0 % (0 of 1")), qPrintable(label()));

    setMapping(m_ids.agent, QStringLiteral("ASI03"), MappingStatus::Mitigated);
    setMapping(m_ids.writer, QStringLiteral("ASI03"), MappingStatus::Partial);
    QTRY_COMPARE(cell.data().toString(), QStringLiteral("Mitigated"));
    QCOMPARE(cell.data(Qt::BackgroundRole).value<QColor>(), QColor(0xb7, 0xe1, 0xcd));
    QCOMPARE(label(), QStringLiteral("Coverage: 50 % (1 of 2 mapped pairs covered)"));
    // An unmapped cell is plain.
    const QModelIndex empty = table()->model()->index(rowOf(QStringLiteral("Claims triage model")), 0);
    QVERIFY(!empty.data(Qt::BackgroundRole).isValid());

    workspace()->undoStack()->undo();
    QTRY_COMPARE(label(), QStringLiteral("Coverage: 100 % (1 of 1 mapped pairs covered)"));
}

void TestCoverageDock::theNameFilterAndTheSelectionNarrowTheRows()
{
    showDock();
    chooseCatalog(kAgentic);
    setMapping(m_ids.agent, QStringLiteral("ASI03"), MappingStatus::Mitigated);
    setMapping(m_ids.writer, QStringLiteral("ASI03"), MappingStatus::Gap);
    QTRY_COMPARE(label(), QStringLiteral("Coverage: 50 % (1 of 2 mapped pairs covered)"));

    auto *filter = find<QLineEdit>("coverageFilterEdit");
    QTest::keyClicks(filter, QStringLiteral("AGENT"));
    QCOMPARE(table()->model()->rowCount(), 1);
    QCOMPARE(table()->model()->headerData(0, Qt::Vertical).toString(), QStringLiteral("Code review agent"));
    QCOMPARE(label(), QStringLiteral("Coverage: 100 % (1 of 1 mapped pairs covered)"));
    filter->clear();
    QCOMPARE(table()->model()->rowCount(), 3);

    auto *selectedOnly = find<QCheckBox>("coverageSelectedOnlyCheckBox");
    m_window->inventory()->selectSystem(m_ids.writer);
    selectedOnly->setChecked(true);
    QTRY_COMPARE(table()->model()->rowCount(), 1);
    QCOMPARE(table()->model()->headerData(0, Qt::Vertical).toString(), QStringLiteral("Marketing copy writer"));
    QCOMPARE(label(), QStringLiteral("Coverage: 0 % (0 of 1 mapped pairs covered)"));
    m_window->inventory()->selectSystem(m_ids.triage);
    QTRY_COMPARE(table()->model()->headerData(0, Qt::Vertical).toString(), QStringLiteral("Claims triage model"));
    QCOMPARE(label(), QStringLiteral("No mappings yet"));
    selectedOnly->setChecked(false);
    QCOMPARE(table()->model()->rowCount(), 3);
}

void TestCoverageDock::doubleClickingACellSelectsItsSystem()
{
    showDock();
    QVERIFY(m_window->inventory()->currentSystemId() != m_ids.writer);
    const QModelIndex index = table()->model()->index(rowOf(QStringLiteral("Marketing copy writer")), 1);
    table()->scrollTo(index);
    const QPoint centre = table()->visualRect(index).center();
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(table()->viewport(), Qt::LeftButton, {}, centre);
    QTRY_COMPARE(m_window->inventory()->currentSystemId(), m_ids.writer);
}

void TestCoverageDock::aLoadedCatalogBecomesAChoiceAndARefusalNamesTheFile()
{
    QAction *load = menuAction("toolsMenu", "loadCatalogAction");
    QVERIFY(load);
    QVERIFY(load->isEnabled());
    showDock();
    auto *combo = find<QComboBox>("coverageCatalogComboBox");
    const int before = combo->count();

    const QString good = m_dir->filePath(QStringLiteral("acme.json"));
    QFile file(good);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"catalog": "acme", "name": "ACME standard", "version": "2026", "source": "ACME",
                   "items": [{"id": "AC-1", "title": "Owner named"}, {"id": "AC-2", "title": "Keys rotated"}]})");
    file.close();
    auto *dock = find<CoverageDock>("coverageDock");
    MessageBox::clearRecord();
    QVERIFY(dock->loadCatalogFile(good));
    QCOMPARE(MessageBox::messageCount(), 0);
    QCOMPARE(combo->count(), before + 1);
    QCOMPARE(combo->currentData().toString(), QStringLiteral("acme"));
    QCOMPARE(table()->model()->columnCount(), 2);
    QCOMPARE(table()->model()->headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString(), QStringLiteral("Keys rotated"));

    // Undo takes the choice away again.
    workspace()->undoStack()->undo();
    QCOMPARE(combo->count(), before);

    const QString builtIn = m_dir->filePath(QStringLiteral("my-csf.json"));
    QFile copy(builtIn);
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(R"({"catalog": "nist-csf", "name": "CSF", "items": [{"id": "X", "title": "X"}]})");
    copy.close();
    QVERIFY(!dock->loadCatalogFile(builtIn));
    QCOMPARE(MessageBox::messageCount(), 1);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("my-csf.json")), qPrintable(MessageBox::lastText()));
    QCOMPARE(combo->count(), before);

    const QString broken = m_dir->filePath(QStringLiteral("broken.json"));
    QFile bad(broken);
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{\"catalog\": ");
    bad.close();
    QVERIFY(!dock->loadCatalogFile(broken));
    QCOMPARE(MessageBox::messageCount(), 2);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("broken.json")), qPrintable(MessageBox::lastText()));
    QCOMPARE(combo->count(), before);
}

QTEST_MAIN(TestCoverageDock)
#include "tst_coveragedock.moc"
