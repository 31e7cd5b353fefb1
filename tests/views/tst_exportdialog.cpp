// File > Export… end to end, in a real main window: the dialog counts the scopes from the
// inventory, previews a PDF of the selected systems page by page and writes only them; a CSV of the
// filtered systems holds exactly those, and the next dialog starts from its format and folder; Cancel
// on the progress and a missing folder leave no file (the latter saying which); the Review campaigns
// dialog opens it on its campaign's report.
#include "exportdialog.h"
#include "governanceactions.h"
#include "inventoryview.h"
#include "itemmodels/systemfilterproxymodel.h"
#include "itemmodels/systemtablemodel.h"
#include "mainwindowfixture.h"
#include "reportpreview.h"
#include "review/reviewscope.h"
#include "reviewcampaignsdialog.h"
#include "storage/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>

using namespace Mandate;

class TestExportDialog : public QObject, public Test::MainWindowFixture
{
    Q_OBJECT

    ExportDialog *openExport()
    {
        QAction *action = menuAction("fileMenu", "exportAction");
        if (!action || !action->isEnabled())
            return nullptr;
        action->trigger();
        auto *dialog = m_window->findChild<ExportDialog *>();
        if (dialog) {
            // Every file chosen goes into the test's folder, named by the test.
            dialog->setFileChooser([this](QWidget *, const QString &, const QString &suggested, const QString &) {
                m_suggested = suggested;
                return m_chosen;
            });
        }
        return dialog;
    }

    template<typename T> static T *child(QWidget *parent, const char *name)
    {
        auto *widget = parent->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child named %s", name);
        return widget;
    }

    static QString pdfText(const QString &path)
    {
        QProcess process;
        process.start(QStringLiteral("pdftotext"), { path, QStringLiteral("-") });
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            return {};
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    QString m_chosen;
    QString m_suggested;

private slots:
    void initTestCase() { Test::isolate(); }
    void init()
    {
        MessageBox::setTestAnswer(QMessageBox::Ok);
        openMainWindow(QStringLiteral("estate.mandate"));
    }
    void cleanup() { closeMainWindow(); }

    void aPdfOfTheSelectedSystemsIsPreviewedAndHoldsOnlyThem()
    {
        m_window->inventory()->selectSystems({ m_ids.triage, m_ids.writer }, m_ids.triage);
        ExportDialog *dialog = openExport();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(!child<QRadioButton>(dialog, "filteredScopeRadioButton")->isEnabled()); // no filter set
        auto *selected = child<QRadioButton>(dialog, "selectedScopeRadioButton");
        QVERIFY(selected->isEnabled());
        QVERIFY(selected->text().contains(QLatin1String("(2)")));
        QVERIFY(child<QRadioButton>(dialog, "allScopeRadioButton")->text().contains(QLatin1String("(3)")));
        child<QRadioButton>(dialog, "csvFormatRadioButton")->click();
        QVERIFY(!child<QCheckBox>(dialog, "section1CheckBox")->isEnabled()); // sections are the PDF's
        child<QRadioButton>(dialog, "pdfFormatRadioButton")->click();
        selected->click();
        QVERIFY(child<QCheckBox>(dialog, "section1CheckBox")->isEnabled());

        // Built by itself for a small scope: page 1 of N, N > 1, and the next page is one click away.
        auto *pageLabel = child<QLabel>(dialog, "previewPageLabel");
        QTRY_VERIFY(pageLabel->text().startsWith(QLatin1String("Page 1 of ")));
        const int pages = pageLabel->text().section(QLatin1Char(' '), -1).toInt();
        QVERIFY2(pages > 1, qPrintable(pageLabel->text()));
        QVERIFY(!child<QLabel>(dialog, "previewImageLabel")->pixmap().isNull());
        QVERIFY(!child<QPushButton>(dialog, "previousPagePushButton")->isEnabled());
        child<QPushButton>(dialog, "nextPagePushButton")->click();
        QCOMPARE(pageLabel->text(), QStringLiteral("Page 2 of %1").arg(pages));
        

        // The chooser is offered workspace name, date and suffix; a name without suffix gets it.
        m_chosen = m_dir->filePath(QStringLiteral("selected"));
        child<QPushButton>(dialog, "exportPushButton")->click();
        QVERIFY2(QFileInfo(m_suggested).fileName().startsWith(QLatin1String("estate-")), qPrintable(m_suggested));
        QVERIFY(m_suggested.endsWith(QLatin1String(".pdf")));
        const QString path = m_chosen + QStringLiteral(".pdf");
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(MessageBox::messageCount(), 0);
        const QString status = child<QLabel>(dialog, "exportStatusLabel")->text();
        QVERIFY2(status.contains(QStringLiteral("%1 page").arg(pages)) && status.contains(QDir::toNativeSeparators(path)),
            qPrintable(status));

        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString text = pdfText(path);
        QVERIFY(text.contains(QLatin1String("Claims triage model")));
        QVERIFY(text.contains(QLatin1String("Marketing copy writer")));
        QVERIFY2(!text.contains(QLatin1String("Code review agent")), qPrintable(text));
    }

    void aCsvOfTheFilteredSystemsHoldsExactlyThem()
    {
        SystemFilterProxyModel *proxy = m_window->inventory()->proxyModel();
        proxy->setSearchText(QStringLiteral("Octo"));
        QCOMPARE(proxy->rowCount(), 1); // the code review agent's vendor
        ExportDialog *dialog = openExport();
        QVERIFY(dialog);
        auto *filtered = child<QRadioButton>(dialog, "filteredScopeRadioButton");
        QVERIFY(filtered->isEnabled());
        QVERIFY(filtered->text().contains(QLatin1String("(1)")));
        child<QRadioButton>(dialog, "csvFormatRadioButton")->click();
        filtered->click();
        QVERIFY(!child<QPushButton>(dialog, "previewPushButton")->isVisible());
        QVERIFY(child<QLabel>(dialog, "previewPageLabel")->text().isEmpty()); // no pages for a CSV

        m_chosen = m_dir->filePath(QStringLiteral("filtered.csv"));
        QVERIFY(dialog->exportFile());
        const QString csv = QString::fromUtf8(Test::fileBytes(m_chosen));
        QCOMPARE(csv.trimmed().split(QLatin1Char('\n')).size(), 2); // header and one system
        QVERIFY(csv.contains(QLatin1String("Code review agent")));
        QVERIFY(!csv.contains(QLatin1String("Claims triage model")));
        QVERIFY(!csv.contains(QLatin1String("Marketing copy writer")));
        QVERIFY(child<QLabel>(dialog, "exportStatusLabel")->text().contains(QLatin1String("1 system")));

        // The next export starts from the format and folder used last.
        dialog->close();
        QTRY_VERIFY(!m_window->findChild<ExportDialog *>());
        dialog = openExport();
        QVERIFY(dialog);
        QVERIFY(child<QRadioButton>(dialog, "csvFormatRadioButton")->isChecked());
        m_chosen.clear(); // the chooser is asked, and given up
        QVERIFY(!dialog->exportFile());
        QCOMPARE(QFileInfo(m_suggested).absolutePath(), QFileInfo(m_dir->filePath(QStringLiteral("x"))).absolutePath());
    }

    void cancellingTheProgressLeavesNoFile_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addRow("a PDF report") << QStringLiteral("pdf");
        QTest::addRow("a CSV inventory") << QStringLiteral("csv");
        QTest::addRow("a JSON workspace") << QStringLiteral("json");
    }
    void cancellingTheProgressLeavesNoFile()
    {
        QFETCH(QString, format);
        ExportDialog *dialog = openExport();
        QVERIFY(dialog);
        child<QRadioButton>(dialog, qPrintable(format + QStringLiteral("FormatRadioButton")))->click();
        m_chosen = m_dir->filePath(QStringLiteral("cancelled.") + format);
        // Cancel as soon as the progress lets events through, as a person pressing it would.
        QTimer::singleShot(0, dialog, [dialog] {
            if (auto *progress = dialog->findChild<QProgressDialog *>(QStringLiteral("exportProgressDialog")))
                progress->cancel();
        });
        QVERIFY(!dialog->exportFile());
        QVERIFY(!QFileInfo::exists(m_chosen));
        QCOMPARE(MessageBox::messageCount(), 0);
        QVERIFY(child<QLabel>(dialog, "exportStatusLabel")->text().contains(QLatin1String("cancelled")));
    }

    void aMissingFolderIsNamedAndNothingIsWritten()
    {
        ExportDialog *dialog = openExport();
        QVERIFY(dialog);
        child<QRadioButton>(dialog, "csvFormatRadioButton")->click();
        const QString folder = m_dir->filePath(QStringLiteral("gone"));
        m_chosen = QDir(folder).filePath(QStringLiteral("systems.csv"));
        QVERIFY(!dialog->exportFile());
        QCOMPARE(MessageBox::messageCount(), 1);
        QCOMPARE(MessageBox::lastIcon(), QMessageBox::Critical);
        QVERIFY2(MessageBox::lastText().contains(QDir::toNativeSeparators(m_chosen)), qPrintable(MessageBox::lastText()));
        QVERIFY(!QFileInfo::exists(folder));
    }

    void theCampaignListExportsTheChosenCampaignsReport()
    {
        Campaign draft;
        draft.name = QStringLiteral("Quarterly agents");
        draft.scope = ReviewScope::defaultText();
        draft.reviewers = { QStringLiteral("Bob"), QStringLiteral("Alice") };
        const CampaignId id = workspace()->createCampaign(draft);
        QVERIFY2(id, qPrintable(workspace()->lastError()));
        menuAction("toolsMenu", "reviewCampaignsAction")->trigger();
        ReviewCampaignsDialog *campaigns = m_window->governanceActions()->campaignsDialog();
        QVERIFY(campaigns);
        campaigns->selectCampaign(id);
        child<QPushButton>(campaigns, "exportReportPushButton")->click();
        auto *dialog = campaigns->findChild<ExportDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->scope(), ExportDialog::Scope::Campaign);
        QCOMPARE(dialog->format(), ExportDialog::Format::Pdf);
        QVERIFY(child<QComboBox>(dialog, "exportCampaignComboBox")->currentText().startsWith(draft.name));
        QVERIFY(!child<QCheckBox>(dialog, "section1CheckBox")->isEnabled()); // the campaign report has its own
        QTRY_VERIFY(child<QLabel>(dialog, "previewPageLabel")->text().startsWith(QLatin1String("Page 1 of ")));
        dialog->setFileChooser([this](QWidget *, const QString &, const QString &suggested, const QString &) {
            m_suggested = suggested;
            return m_dir->filePath(QStringLiteral("campaign.pdf"));
        });
        QVERIFY(dialog->exportFile());
        QVERIFY(QFileInfo(m_suggested).fileName().contains(QStringLiteral("campaign-%1").arg(id)));
        QVERIFY(QFileInfo::exists(m_dir->filePath(QStringLiteral("campaign.pdf"))));
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
