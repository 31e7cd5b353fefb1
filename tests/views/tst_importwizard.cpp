// End to end through the import wizard, with real widgets: choose a file, map its columns, check
// it, import it; re-import a changed file; conflicts with the analyst's own edits; a file that
// cannot be read; Cancel before and during the write; a file dropped on the main window.
// Set MANDATE_WIZARD_SCREENSHOTS to a path prefix (e.g. /tmp/wizard) to save a picture of each page.

#include "common/testworkspacelocation.h"
#include "importcheckpage.h"
#include "importmappingpage.h"
#include "importreportview.h"
#include "importrunpage.h"
#include "importsourcepage.h"
#include "importwizard.h"
#include "mainwindowfixture.h"
#include "storage/workspace.h"
#include "testworkspace.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Mandate;

namespace {

const QByteArray kHeader = "external_id,name,paradigm,uses_tools,lifecycle_stage,extra_column\n";
const QByteArray kRows = "SYS-1,Invoice agent,agentic,yes,production,alpha\n"
                         "SYS-2,Fraud scorer,predictive,no,pilot,beta\n"
                         "SYS-3,Chat helper,generative,unknown,development,gamma\n";

} // namespace

class TestImportWizard : public QObject, private Test::MainWindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void importsTheFileAsOneUndoStep();
    void aColumnMappedByHandFillsThatField();
    void aSavedMappingLoadsBack();
    void reimportingAChangedFileShowsOneChangedAndNoNew();
    void aConflictKeepsTheWorkspaceValueUnlessTicked_data();
    void aConflictKeepsTheWorkspaceValueUnlessTicked();
    void rowsWithProblemsAreSkippedOrBlockTheImport();
    void aSecretIsNamedButNeverShown();
    void systemsTheFileNoLongerNamesAreListedAsMissing();
    void aFileThatCannotBeReadKeepsNextDisabled_data();
    void aFileThatCannotBeReadKeepsNextDisabled();
    void cancellingBeforeTheWriteChangesNothing();
    void cancellingDuringTheWriteChangesNothing();
    void theMenuActionNeedsAnOpenWorkspace();
    void droppingAFileOnTheWindowOpensTheWizard();
    void droppingAFileWithoutAWorkspaceSaysSo();
    void theFederalInventoryGoesThrough();

private:
    QString writeFile(const QString &name, const QByteArray &bytes) const;
    void openWizard(const QString &path);
    void next();
    void runToCheckPage();
    void runToTheEnd();
    void screenshot(const QString &name) const;
    const AiSystem *systemByExternalId(const QString &externalId) const;

    QTemporaryDir *m_files = nullptr; // the files imported
    std::unique_ptr<Test::WorkspaceLocation> m_location;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ImportWizard> m_wizard;
};

void TestImportWizard::initTestCase()
{
    Test::isolate();
    const QString unavailable = Test::backendUnavailable();
    if (!unavailable.isEmpty())
        QSKIP(qPrintable(unavailable));
}

void TestImportWizard::init()
{
    MessageBox::clearRecord();
    m_files = new QTemporaryDir;
    QVERIFY(m_files->isValid());
    m_location = std::make_unique<Test::WorkspaceLocation>(QStringLiteral("imports.mandate"));
    QVERIFY2(m_location->isValid(), qPrintable(m_location->error()));
    WorkspaceError error;
    m_workspace = Workspace::create(m_location->path(), &error);
    QVERIFY2(m_workspace, qPrintable(error.message()));
}

void TestImportWizard::cleanup()
{
    m_wizard.reset();
    closeMainWindow();
    m_workspace.reset();
    m_location.reset();
    delete m_files;
    m_files = nullptr;
}

QString TestImportWizard::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_files->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestImportWizard::openWizard(const QString &path)
{
    m_wizard = std::make_unique<ImportWizard>(m_workspace.get());
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    m_wizard->setFilePath(path);
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::SourcePageId));
}

// Next, Import or Finish, whichever the page offers, as a person clicks it.
void TestImportWizard::next()
{
    for (const auto which : { QWizard::CommitButton, QWizard::NextButton, QWizard::FinishButton }) {
        QAbstractButton *button = m_wizard->button(which);
        if (button->isVisible()) {
            QVERIFY(button->isEnabled());
            QTest::mouseClick(button, Qt::LeftButton);
            return;
        }
    }
    QFAIL("no button to go on with");
}

void TestImportWizard::runToCheckPage()
{
    QTRY_VERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    screenshot(QStringLiteral("1-source"));
    next();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::MappingPageId));
    screenshot(QStringLiteral("2-mapping"));
    next();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::CheckPageId));
    QTRY_VERIFY(!m_wizard->checkPage()->isChecking());
    screenshot(QStringLiteral("3-check"));
}

void TestImportWizard::runToTheEnd()
{
    runToCheckPage();
    QVERIFY(m_wizard->checkPage()->isComplete());
    next();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::RunPageId));
    QTRY_VERIFY(m_wizard->runPage()->isComplete());
    screenshot(QStringLiteral("4-run"));
    next(); // Finish
    QVERIFY(!m_wizard->isVisible());
}

void TestImportWizard::screenshot(const QString &name) const
{
    const QString prefix = qEnvironmentVariable("MANDATE_WIZARD_SCREENSHOTS");
    if (prefix.isEmpty() || !m_wizard)
        return;
    QCoreApplication::processEvents();
    m_wizard->grab().save(
        QStringLiteral("%1-%2-%3.png").arg(prefix, QString::fromLatin1(QTest::currentTestFunction()), name));
}

const AiSystem *TestImportWizard::systemByExternalId(const QString &externalId) const
{
    for (const SystemId id : m_workspace->systemIds()) {
        if (m_workspace->system(id)->externalId == externalId)
            return m_workspace->system(id);
    }
    return nullptr;
}

void TestImportWizard::importsTheFileAsOneUndoStep()
{
    openWizard(writeFile(QStringLiteral("inventory.csv"), kHeader + kRows));
    auto *source = m_wizard->sourcePage();
    QTRY_COMPARE(source->findChild<QTableWidget *>(QStringLiteral("previewTableWidget"))->rowCount(), 3);
    QVERIFY(source->findChild<QLabel *>(QStringLiteral("sourceDescriptionLabel"))
                ->text()
                .contains(QStringLiteral("UTF-8")));
    QVERIFY(!source->findChild<QLabel *>(QStringLiteral("sourceErrorLabel"))->isVisible());

    runToCheckPage();
    auto *check = m_wizard->checkPage();
    QVERIFY(check->isComplete());
    QCOMPARE(check->findChild<QLabel *>(QStringLiteral("newCountLabel"))->text(), QStringLiteral("3"));
    QCOMPARE(check->findChild<QLabel *>(QStringLiteral("changedCountLabel"))->text(), QStringLiteral("0"));
    QCOMPARE(check->findChild<QTreeWidget *>(QStringLiteral("newSystemList"))->topLevelItemCount(), 3);
    QCOMPARE(m_workspace->systemCount(), 0); // nothing is written before the last step

    // Enter presses the default button, here Import.
    QTest::keyClick(m_wizard.get(), Qt::Key_Return);
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::RunPageId));
    QTRY_VERIFY(m_wizard->runPage()->isComplete());
    screenshot(QStringLiteral("4-run"));
    QVERIFY(m_wizard->runPage()->result().committed);
    QVERIFY(m_wizard->button(QWizard::FinishButton)->isVisible());
    QTest::keyClick(m_wizard.get(), Qt::Key_Return);
    QVERIFY(!m_wizard->isVisible());

    QCOMPARE(m_workspace->systemCount(), 3);
    const AiSystem *agent = systemByExternalId(QStringLiteral("SYS-1"));
    QVERIFY(agent);
    QCOMPARE(agent->name, QStringLiteral("Invoice agent"));
    QCOMPARE(agent->paradigm, Paradigm::Agentic);
    QCOMPARE(agent->lifecycleStage, LifecycleStage::Production);
    QCOMPARE(
        agent->customAttributes.value(QStringLiteral("extra_column")).toString(), QStringLiteral("alpha"));
    QVERIFY(m_workspace->verifyAudit().ok);

    QUndoStack *undo = m_workspace->undoStack();
    QCOMPARE(undo->count(), 1);
    QCOMPARE(undo->undoText(), QStringLiteral("Import inventory.csv"));
    undo->undo();
    QCOMPARE(m_workspace->systemCount(), 0);
}

void TestImportWizard::aColumnMappedByHandFillsThatField()
{
    openWizard(writeFile(QStringLiteral("inventory.csv"), kHeader + kRows));
    QTRY_VERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    next();
    auto *table = m_wizard->mappingPage()->findChild<QTableWidget *>(QStringLiteral("mappingTableWidget"));
    QCOMPARE(table->rowCount(), 6);
    QCOMPARE(table->item(5, ImportMappingPage::SampleColumn)->text(), QStringLiteral("alpha"));
    auto *extra = qobject_cast<QComboBox *>(table->cellWidget(5, ImportMappingPage::TargetColumn));
    QCOMPARE(extra->currentText(), ImportMappingPage::tr("Keep as custom attribute"));
    extra->setCurrentIndex(extra->findText(fieldLabel(SystemField::Vendor)));
    QCOMPARE(m_wizard->mappingPage()->mapping().target(5), std::optional(SystemField::Vendor));

    // A field fills from one column: giving the name to another column frees the first.
    auto *paradigm = qobject_cast<QComboBox *>(table->cellWidget(2, ImportMappingPage::TargetColumn));
    paradigm->setCurrentIndex(paradigm->findText(fieldLabel(SystemField::Vendor)));
    QCOMPARE(extra->currentText(), ImportMappingPage::tr("Keep as custom attribute"));
    extra->setCurrentIndex(extra->findText(fieldLabel(SystemField::Vendor)));
    QCOMPARE(paradigm->currentText(), ImportMappingPage::tr("Keep as custom attribute"));
    paradigm->setCurrentIndex(paradigm->findText(fieldLabel(SystemField::Paradigm)));

    next();
    QTRY_VERIFY(m_wizard->checkPage()->isComplete());
    next();
    QTRY_VERIFY(m_wizard->runPage()->isComplete());
    const AiSystem *agent = systemByExternalId(QStringLiteral("SYS-1"));
    QVERIFY(agent);
    QCOMPARE(agent->vendor, QStringLiteral("alpha"));
    QCOMPARE(agent->paradigm, Paradigm::Agentic);
    QVERIFY(!agent->customAttributes.contains(QStringLiteral("extra_column")));
}

void TestImportWizard::aSavedMappingLoadsBack()
{
    openWizard(writeFile(QStringLiteral("inventory.csv"), kHeader + kRows));
    QTRY_VERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    next();
    ImportMappingPage *page = m_wizard->mappingPage();
    auto *table = page->findChild<QTableWidget *>(QStringLiteral("mappingTableWidget"));
    auto *extra = qobject_cast<QComboBox *>(table->cellWidget(5, ImportMappingPage::TargetColumn));
    extra->setCurrentIndex(extra->findText(fieldLabel(SystemField::Description)));

    const QString mappingPath = m_files->filePath(QStringLiteral("mapping.json"));
    QVERIFY(page->saveMapping(mappingPath));
    const QJsonObject saved = QJsonDocument::fromJson(Test::fileBytes(mappingPath)).object();
    QCOMPARE(
        saved.value(QStringLiteral("columns")).toObject().value(QStringLiteral("extra_column")).toString(),
        QStringLiteral("description"));

    extra->setCurrentIndex(0);
    QVERIFY(!page->mapping().target(5));
    QVERIFY(page->loadMapping(mappingPath));
    QCOMPARE(extra->currentText(), fieldLabel(SystemField::Description));

    // A file that is not a mapping says so and changes nothing.
    QVERIFY(!page->loadMapping(writeFile(QStringLiteral("other.json"), "{\"systems\": []}")));
    QCOMPARE(MessageBox::lastTitle(), ImportMappingPage::tr("Could not load the mapping"));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("other.json")));
    QCOMPARE(extra->currentText(), fieldLabel(SystemField::Description));
}

void TestImportWizard::reimportingAChangedFileShowsOneChangedAndNoNew()
{
    openWizard(writeFile(QStringLiteral("inventory.csv"), kHeader + kRows));
    runToTheEnd();
    QCOMPARE(m_workspace->systemCount(), 3);

    QByteArray changed = kRows;
    changed.replace("SYS-2,Fraud scorer,predictive,no,pilot", "SYS-2,Fraud scorer,predictive,no,production");
    openWizard(writeFile(QStringLiteral("inventory-v2.csv"), kHeader + changed));
    runToCheckPage();
    auto *check = m_wizard->checkPage();
    QVERIFY(check->isComplete());
    QCOMPARE(check->findChild<QLabel *>(QStringLiteral("changedCountLabel"))->text(), QStringLiteral("1"));
    QCOMPARE(check->findChild<QLabel *>(QStringLiteral("newCountLabel"))->text(), QStringLiteral("0"));
    QCOMPARE(check->findChild<QLabel *>(QStringLiteral("unchangedCountLabel"))->text(), QStringLiteral("2"));
    auto *changes = check->findChild<QTreeWidget *>(QStringLiteral("changedSystemList"));
    QCOMPARE(changes->topLevelItemCount(), 1);
    QTreeWidgetItem *system = changes->topLevelItem(0);
    QVERIFY(system->text(0).startsWith(QStringLiteral("Fraud scorer")));
    QCOMPARE(system->childCount(), 1);
    QCOMPARE(system->child(0)->text(1), fieldLabel(SystemField::LifecycleStage));
    QCOMPARE(system->child(0)->text(2), label(LifecycleStage::Pilot));
    QCOMPARE(system->child(0)->text(3), label(LifecycleStage::Production));

    next();
    QTRY_VERIFY(m_wizard->runPage()->isComplete());
    QCOMPARE(systemByExternalId(QStringLiteral("SYS-2"))->lifecycleStage, LifecycleStage::Production);
    QCOMPARE(m_workspace->systemCount(), 3);
    QCOMPARE(m_workspace->undoStack()->count(), 2);
}

void TestImportWizard::aConflictKeepsTheWorkspaceValueUnlessTicked_data()
{
    QTest::addColumn<bool>("takeFile");
    QTest::addRow("left unticked, the analyst's value stays") << false;
    QTest::addRow("ticked, the file's value is taken") << true;
}

void TestImportWizard::aConflictKeepsTheWorkspaceValueUnlessTicked()
{
    QFETCH(bool, takeFile);
    openWizard(writeFile(QStringLiteral("inventory.csv"), kHeader + kRows));
    runToTheEnd();
    const SystemId scorer = systemByExternalId(QStringLiteral("SYS-2"))->id;
    QVERIFY(m_workspace->setSystemValue(scorer, SystemField::LifecycleStage, QStringLiteral("retiring")));

    QByteArray changed = kRows;
    changed.replace("SYS-2,Fraud scorer,predictive,no,pilot", "SYS-2,Fraud scorer,predictive,no,production");
    openWizard(writeFile(QStringLiteral("inventory-v2.csv"), kHeader + changed));
    runToCheckPage();
    auto *conflicts = m_wizard->checkPage()->findChild<QTreeWidget *>(QStringLiteral("conflictList"));
    QCOMPARE(conflicts->topLevelItemCount(), 1);
    QTreeWidgetItem *conflict = conflicts->topLevelItem(0);
    QCOMPARE(conflict->checkState(0), Qt::Unchecked); // by default the analyst's work is kept
    QCOMPARE(conflict->text(2), label(LifecycleStage::Retiring));
    QCOMPARE(conflict->text(3), label(LifecycleStage::Production));
    auto *view = m_wizard->checkPage()->reportView();
    QCOMPARE(view->currentIndex(), int(ImportReportView::ConflictsTab));
    if (takeFile)
        QTest::mouseClick(
            m_wizard->checkPage()->findChild<QPushButton *>(QStringLiteral("takeAllConflictsButton")),
            Qt::LeftButton);
    QCOMPARE(conflict->checkState(0), takeFile ? Qt::Checked : Qt::Unchecked);

    next();
    QTRY_VERIFY(m_wizard->runPage()->isComplete());
    QVERIFY(m_wizard->runPage()->result().committed);
    QCOMPARE(m_workspace->system(scorer)->lifecycleStage,
        takeFile ? LifecycleStage::Production : LifecycleStage::Retiring);
}

void TestImportWizard::rowsWithProblemsAreSkippedOrBlockTheImport()
{
    const QByteArray bad = "SYS-4,,agentic,yes,production,delta\n" // no name
                           "SYS-5,Odd one,quantum,yes,production,eps\n"; // no such paradigm
    openWizard(writeFile(QStringLiteral("inventory.csv"), kHeader + kRows + bad));
    runToCheckPage();
    ImportCheckPage *check = m_wizard->checkPage();
    QCOMPARE(check->findChild<QLabel *>(QStringLiteral("problemCountLabel"))->text(), QStringLiteral("2"));
    auto *problems = check->findChild<QTreeWidget *>(QStringLiteral("problemList"));
    QCOMPARE(problems->topLevelItemCount(), 2);
    QCOMPARE(problems->topLevelItem(0)->text(0), QStringLiteral("5"));
    QCOMPARE(problems->topLevelItem(1)->text(0), QStringLiteral("6"));
    QCOMPARE(problems->topLevelItem(1)->text(1), QStringLiteral("paradigm"));
    QCOMPARE(check->reportView()->currentIndex(), int(ImportReportView::ProblemsTab));

    // Abort: nothing can be imported, so Import is disabled until the analyst skips them.
    QTest::mouseClick(
        check->findChild<QRadioButton *>(QStringLiteral("abortOnBadRowsRadioButton")), Qt::LeftButton);
    QVERIFY(!check->isComplete());
    QVERIFY(!m_wizard->button(QWizard::CommitButton)->isEnabled());
    QTest::mouseClick(
        check->findChild<QRadioButton *>(QStringLiteral("skipBadRowsRadioButton")), Qt::LeftButton);
    QVERIFY(m_wizard->button(QWizard::CommitButton)->isEnabled());
    next();
    QTRY_VERIFY(m_wizard->runPage()->isComplete());
    QCOMPARE(m_workspace->systemCount(), 3);
}

void TestImportWizard::aSecretIsNamedButNeverShown()
{
    const QString token
        = QStringLiteral("ghp_") + QString(36, QChar(u'a')).replace(7, 5, QStringLiteral("Z9q2x"));
    QByteArray rows = kRows;
    rows.replace("production,alpha", QByteArray("production," + token.toUtf8()));
    openWizard(writeFile(QStringLiteral("inventory.csv"), kHeader + rows));
    auto *preview = m_wizard->sourcePage()->findChild<QTableWidget *>(QStringLiteral("previewTableWidget"));
    QTRY_COMPARE(preview->rowCount(), 3);
    QVERIFY(!preview->item(0, 5)->text().contains(token));
    QVERIFY(preview->item(0, 5)->text().contains(QStringLiteral("redacted")));

    runToCheckPage();
    ImportCheckPage *check = m_wizard->checkPage();
    QCOMPARE(check->findChild<QLabel *>(QStringLiteral("secretCountLabel"))->text(), QStringLiteral("1"));
    auto *secrets = check->findChild<QTreeWidget *>(QStringLiteral("secretList"));
    QCOMPARE(secrets->topLevelItemCount(), 1);
    QCOMPARE(secrets->topLevelItem(0)->text(0), QStringLiteral("2"));
    QCOMPARE(secrets->topLevelItem(0)->text(1), QStringLiteral("extra_column"));
    QVERIFY(!secrets->topLevelItem(0)->text(2).isEmpty());
    for (int column = 0; column < secrets->columnCount(); ++column)
        QVERIFY(!secrets->topLevelItem(0)->text(column).contains(token));

    next();
    QTRY_VERIFY(m_wizard->runPage()->isComplete());
    const QString stored = systemByExternalId(QStringLiteral("SYS-1"))
                               ->customAttributes.value(QStringLiteral("extra_column"))
                               .toString();
    QVERIFY(!stored.contains(token));
    QVERIFY(stored.contains(QStringLiteral("redacted")));
}

void TestImportWizard::systemsTheFileNoLongerNamesAreListedAsMissing()
{
    openWizard(writeFile(QStringLiteral("inventory.csv"), kHeader + kRows));
    runToTheEnd();
    openWizard(writeFile(QStringLiteral("inventory-v2.csv"), kHeader + kRows.left(kRows.indexOf('\n') + 1)));
    runToCheckPage();
    ImportCheckPage *check = m_wizard->checkPage();
    QCOMPARE(check->findChild<QLabel *>(QStringLiteral("missingCountLabel"))->text(), QStringLiteral("2"));
    auto *missing = check->findChild<QTreeWidget *>(QStringLiteral("missingSystemList"));
    QCOMPARE(missing->topLevelItemCount(), 2);
    QCOMPARE(missing->topLevelItem(0)->text(0), QStringLiteral("Fraud scorer"));
    QCOMPARE(missing->topLevelItem(0)->text(1), QStringLiteral("SYS-2"));
    next();
    QTRY_VERIFY(m_wizard->runPage()->isComplete());
    QCOMPARE(m_workspace->systemCount(), 3); // missing systems are listed, never removed
}

void TestImportWizard::aFileThatCannotBeReadKeepsNextDisabled_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    QTest::addRow("an empty file") << QByteArray() << QString();
    QTest::addRow("a quote that is never closed")
        << QByteArray(kHeader + "SYS-1,\"Invoice agent,agentic,yes,production,alpha\n")
        << QStringLiteral("line 2");
    QTest::addRow("truncated JSON") << QByteArray("[{\"name\": \"Invoice agent\"") << QString();
}

void TestImportWizard::aFileThatCannotBeReadKeepsNextDisabled()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const QString name = QStringLiteral("broken.%1")
                             .arg(bytes.startsWith('[') ? QStringLiteral("json") : QStringLiteral("csv"));
    openWizard(writeFile(name, bytes));
    auto *error = m_wizard->sourcePage()->findChild<QLabel *>(QStringLiteral("sourceErrorLabel"));
    QTRY_VERIFY(error->isVisible());
    screenshot(QStringLiteral("error"));
    QVERIFY2(error->text().contains(name), qPrintable(error->text()));
    QVERIFY2(error->text().contains(reason), qPrintable(error->text()));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());

    // A good file in its place: Next comes back.
    m_wizard->setFilePath(writeFile(QStringLiteral("good.csv"), kHeader + kRows));
    QVERIFY(!error->isVisible());
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
}

void TestImportWizard::cancellingBeforeTheWriteChangesNothing()
{
    openWizard(writeFile(QStringLiteral("inventory.csv"), kHeader + kRows));
    runToCheckPage();
    QVERIFY(m_wizard->checkPage()->isComplete());
    const qint64 auditBefore = m_workspace->auditCount();
    QTest::keyClick(m_wizard.get(), Qt::Key_Escape);
    QVERIFY(!m_wizard->isVisible());
    QCOMPARE(m_workspace->systemCount(), 0);
    QCOMPARE(m_workspace->undoStack()->count(), 0);
    QCOMPARE(m_workspace->auditCount(), auditBefore);
}

void TestImportWizard::cancellingDuringTheWriteChangesNothing()
{
    // Enough rows that the write is still running when Cancel is pressed: the pass looks at the
    // flag every thousand rows.
    QByteArray rows;
    for (int i = 0; i < 20000; ++i)
        rows += QStringLiteral("BULK-%1,Bulk system %1,predictive,no,pilot,x\n").arg(i).toUtf8();
    openWizard(writeFile(QStringLiteral("big.csv"), kHeader + rows));
    runToCheckPage();
    QTRY_VERIFY(m_wizard->checkPage()->isComplete());
    const qint64 auditBefore = m_workspace->auditCount();

    next();
    QVERIFY(m_wizard->runPage()->isWriting());
    QVERIFY(m_workspace->isImporting());
    screenshot(QStringLiteral("writing"));
    QTest::keyClick(m_wizard.get(), Qt::Key_Escape); // cancels the write; the wizard stays to say so
    QVERIFY(m_wizard->isVisible());
    QTRY_VERIFY(m_wizard->runPage()->isComplete());
    screenshot(QStringLiteral("cancelled"));
    QVERIFY(!m_wizard->runPage()->result().committed);
    QVERIFY(m_wizard->runPage()
                ->findChild<QLabel *>(QStringLiteral("importOutcomeLabel"))
                ->text()
                .contains(QStringLiteral("nothing was imported")));
    QVERIFY(!m_workspace->isImporting());
    QCOMPARE(m_workspace->systemCount(), 0);
    QCOMPARE(m_workspace->undoStack()->count(), 0);
    QCOMPARE(m_workspace->auditCount(), auditBefore);
    QVERIFY(m_workspace->verifyAudit().ok);
    // The workspace took its connection back: it can be edited again.
    AiSystem prototype;
    prototype.name = QStringLiteral("After the cancel");
    QVERIFY(m_workspace->addSystem(prototype) != 0);
}

void TestImportWizard::theMenuActionNeedsAnOpenWorkspace()
{
    openMainWindow(QStringLiteral("inventory.mandate"));
    QAction *import = menuAction("fileMenu", "importInventoryAction");
    QVERIFY(import);
    QCOMPARE(import->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    QVERIFY(import->isEnabled());
    QTest::keyClick(m_window.get(), Qt::Key_I, Qt::ControlModifier);
    QTRY_VERIFY(
        m_window->controller()->importWizard() && m_window->controller()->importWizard()->isVisible());
    m_window->controller()->importWizard()->reject();
    QTRY_VERIFY(!m_window->controller()->importWizard());

    m_window->controller()->closeWorkspace();
    QVERIFY(!import->isEnabled());
}

void TestImportWizard::droppingAFileOnTheWindowOpensTheWizard()
{
    openMainWindow(QStringLiteral("inventory.mandate"));
    const QString path = writeFile(QStringLiteral("dropped.csv"), kHeader + kRows);
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(path) });
    const QPoint centre = m_window->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QVERIFY(drop.isAccepted());

    QTRY_VERIFY(m_window->controller()->importWizard());
    ImportWizard *wizard = m_window->controller()->importWizard();
    QTRY_VERIFY(wizard->isVisible());
    QCOMPARE(wizard->sourcePage()->filePath(), path);
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QCOMPARE(MessageBox::messageCount(), 0);
}

void TestImportWizard::droppingAFileWithoutAWorkspaceSaysSo()
{
    openMainWindow(QStringLiteral("inventory.mandate"));
    m_window->controller()->closeWorkspace();
    const QString path = writeFile(QStringLiteral("dropped.csv"), kHeader + kRows);
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(path) });
    QDragEnterEvent enterFile(
        m_window->rect().center(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enterFile);
    QVERIFY(enterFile.isAccepted());
    QDropEvent drop(m_window->rect().center(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QTRY_COMPARE(MessageBox::messageCount(), 1);
    QCOMPARE(MessageBox::lastIcon(), QMessageBox::Information);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("dropped.csv")));
    QVERIFY(!m_window->controller()->importWizard());

    // Remote files and text are not taken at all.
    QMimeData remote;
    remote.setUrls({ QUrl(QStringLiteral("https://example.org/inventory.csv")) });
    QDragEnterEvent enter(m_window->rect().center(), Qt::CopyAction, &remote, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(!enter.isAccepted());
}

void TestImportWizard::theFederalInventoryGoesThrough()
{
    const QString shared = qEnvironmentVariable("MANDATE_SHARED_DIR");
    const QString path = shared
        + QStringLiteral("/datasets/us-federal-ai-inventory-2024/2024_consolidated_ai_inventory_raw.csv");
    if (shared.isEmpty() || !QFileInfo::exists(path))
        QSKIP("the US federal AI inventory is not in MANDATE_SHARED_DIR");
    openWizard(path);
    QTRY_VERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    next();
    // The file has no id column and repeats use case names across agencies: on a first import
    // the analyst matches nothing, so every row becomes a system.
    auto *key = m_wizard->findChild<QComboBox *>(QStringLiteral("keyColumnComboBox"));
    QVERIFY(key);
    QCOMPARE(key->currentData().toString(), QStringLiteral("2_use_case_name"));
    key->setFocus();
    QTest::keyClick(key, Qt::Key_Home);
    QVERIFY(!key->currentData().isValid());
    next();
    QTRY_VERIFY(!m_wizard->checkPage()->isChecking());
    QVERIFY(m_wizard->checkPage()->isComplete());
    next();
    QTRY_VERIFY_WITH_TIMEOUT(m_wizard->runPage()->isComplete(), 60000);
    screenshot(QStringLiteral("4-run"));
    QVERIFY(m_wizard->runPage()->result().committed);
    QCOMPARE(m_workspace->systemCount(), 1757);
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
