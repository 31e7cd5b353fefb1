// Switching the language in the settings takes effect at once and loses nothing: the main window is
// rebuilt in the new language on the same workspace, so the undo history, the selection and the
// filter are still there. End to end through the real widgets: Edit > Preferences, the language
// combo box, OK.

#include "domain/campaign.h"
#include "domain/privilege.h"
#include "editactions.h"
#include "governanceactions.h"
#include "inventoryview.h"
#include "itemmodels/systemfilterproxymodel.h"
#include "mainwindow.h"
#include "mainwindowhost.h"
#include "mappanel.h"
#include "mapview.h"
#include "review/reviewscope.h"
#include "reviewsessiondialog.h"
#include "settings/applicationsetup.h"
#include "settingsdialog.h"
#include "systemdetailspanel.h"
#include "views/testworkspace.h"
#include "workspacecontroller.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

using namespace Mandate;

class TestLanguageSwitch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Test::isolate();
        qRegisterMetaType<MainWindow *>();
    }
    void init();
    void cleanup();

    void switchingToGermanKeepsTheWorkspaceUndoAndSelection();
    void anOpenReviewSessionAndTheDashboardFilterCarryOver();
    void cancellingKeepsTheWindow();

private:
    // Opens Edit > Preferences in the current window, picks language there and presses OK (or Cancel).
    void chooseLanguage(const QString &language, QDialogButtonBox::StandardButton button);
    QString fileMenuTitle() const;
    QAction *windowAction(const char *name) const;
    void grab(const char *name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    Test::SampleIds m_ids;
    std::unique_ptr<MainWindowHost> m_host;
};

void TestLanguageSwitch::init()
{
    QSettings().clear();
    applyLanguage(QStringLiteral("en"));
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(QStringLiteral("languages.mandate"));
    m_ids = Test::createSampleWorkspace(path);
    m_host = std::make_unique<MainWindowHost>();
    m_host->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_host->window()));
    QVERIFY(m_host->window()->controller()->openWorkspace(path));
    QCOMPARE(fileMenuTitle(), QStringLiteral("&File"));
}

void TestLanguageSwitch::cleanup()
{
    m_host.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    applyLanguage(QStringLiteral("en"));
    m_dir.reset();
}

QString TestLanguageSwitch::fileMenuTitle() const
{
    auto *menu = m_host->window()->menuBar()->findChild<QMenu *>(QStringLiteral("fileMenu"));
    return menu ? menu->title() : QString();
}

QAction *TestLanguageSwitch::windowAction(const char *name) const
{
    return m_host->window()->findChild<QAction *>(QLatin1String(name));
}

void TestLanguageSwitch::grab(const char *name) const
{
    m_host->window()->grab().save(QStringLiteral("/tmp/lang-%1.png").arg(QLatin1String(name)));
}

void TestLanguageSwitch::chooseLanguage(const QString &language, QDialogButtonBox::StandardButton button)
{
    bool driven = false;
    // The dialog runs its own event loop: drive it from inside, and never leave it open if that
    // fails. A local timer, so that it cannot fire after this function has returned.
    QTimer driver;
    driver.setSingleShot(true);
    connect(&driver, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("languageComboBox"));
        Test::chooseByTyping(combo, language);
        if (combo->currentText() == language) {
            driven = true;
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(button), Qt::LeftButton);
        }
        if (dialog->isVisible())
            dialog->reject();
    });
    driver.start(0);
    QAction *preferences = windowAction("preferencesAction");
    QVERIFY(preferences);
    preferences->trigger();
    QVERIFY2(driven, qPrintable(QStringLiteral("could not choose %1 in the settings dialog").arg(language)));
}

void TestLanguageSwitch::switchingToGermanKeepsTheWorkspaceUndoAndSelection()
{
    MainWindow *before = m_host->window();
    Workspace *workspace = before->controller()->workspace();
    QVERIFY(workspace->setSystemValue(m_ids.agent, SystemField::Vendor, QStringLiteral("Octo Labs GmbH")));
    QCOMPARE(workspace->undoStack()->count(), 1);
    auto *search = before->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    QTest::keyClicks(search, QStringLiteral("agent"));
    QTRY_COMPARE(before->inventory()->proxyModel()->rowCount(), 1);
    before->inventory()->selectSystem(m_ids.agent);
    QCOMPARE(before->details()->systemId(), m_ids.agent);
    before->map()->view()->zoomIn(); // the analyst's zoom, not the fit of a new window
    const qreal zoom = before->map()->view()->zoomFactor();
    const QSize size = before->size();
    grab("before");

    QSignalSpy replaced(m_host.get(), &MainWindowHost::windowReplaced);
    const QPointer<MainWindow> old = before;
    chooseLanguage(QStringLiteral("Deutsch"), QDialogButtonBox::Ok);
    QTRY_COMPARE(replaced.count(), 1);
    QTRY_VERIFY(old.isNull()); // the old window is gone, not hidden behind the new one
    MainWindow *after = m_host->window();
    QVERIFY(after->isVisible());
    // The counts in the status bar, of the same workspace, in German (recounted as the window settles).
    auto *status = after->findChild<QLabel *>(QStringLiteral("statusSummaryLabel"));
    QTRY_VERIFY2(status->text().startsWith(QStringLiteral("Systeme: 3")), qPrintable(status->text()));
    QTRY_COMPARE(after->map()->view()->zoomFactor(), zoom);
    // Where it was, as large as it was, unless the longer German labels need more room.
    QCOMPARE(after->size(), size.expandedTo(after->minimumSizeHint()));
    grab("after");

    QCOMPARE(fileMenuTitle(), QStringLiteral("&Datei"));
    QCOMPARE(windowAction("preferencesAction")->text(), QStringLiteral("&Einstellungen..."));
    QCOMPARE(QLocale().language(), QLocale::German);
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
    // The same workspace, open, with its undo step; the filter and the selection as they were.
    QCOMPARE(after->controller()->workspace(), workspace);
    QCOMPARE(workspace->undoStack()->count(), 1);
    QCOMPARE(after->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"))->text(), QStringLiteral("agent"));
    QCOMPARE(after->inventory()->proxyModel()->rowCount(), 1);
    QCOMPARE(after->inventory()->selectedSystemIds(), QVector<SystemId>{ m_ids.agent });
    QCOMPARE(after->inventory()->currentSystemId(), m_ids.agent);
    QCOMPARE(after->details()->systemId(), m_ids.agent);
    // Undo in the new window takes back the edit made in the old one.
    QAction *undo = after->editActions()->undoAction();
    QVERIFY(undo->isEnabled());
    QVERIFY2(undo->text().startsWith(QStringLiteral("&Rückgängig")), qPrintable(undo->text()));
    undo->trigger();
    QCOMPARE(workspace->system(m_ids.agent)->vendor, QStringLiteral("Octo Labs"));

    chooseLanguage(QStringLiteral("English"), QDialogButtonBox::Ok);
    QTRY_COMPARE(replaced.count(), 2);
    QCOMPARE(fileMenuTitle(), QStringLiteral("&File"));
    QCOMPARE(m_host->window()->controller()->workspace(), workspace);
    QCOMPARE(m_host->window()->inventory()->selectedSystemIds(), QVector<SystemId>{ m_ids.agent });
    QVERIFY(m_host->window()->editActions()->redoAction()->isEnabled()); // the undone step can be redone
    status = m_host->window()->findChild<QLabel *>(QStringLiteral("statusSummaryLabel"));
    QTRY_VERIFY2(status->text().startsWith(QStringLiteral("Systems: 3")), qPrintable(status->text()));
    QTRY_COMPARE(m_host->window()->map()->view()->zoomFactor(), zoom);
    grab("back");
}

void TestLanguageSwitch::anOpenReviewSessionAndTheDashboardFilterCarryOver()
{
    MainWindow *before = m_host->window();
    Workspace *workspace = before->controller()->workspace();
    for (const QString &target : { QStringLiteral("prod-cluster"), QStringLiteral("build-logs") }) {
        Privilege privilege;
        privilege.systemId = m_ids.agent;
        privilege.target = target;
        privilege.scope = Scope::Admin;
        QVERIFY(workspace->addPrivilege(privilege));
    }
    Campaign draft;
    draft.name = QStringLiteral("Q4 agents");
    draft.scope = ReviewScope::defaultText();
    draft.reviewers = { QStringLiteral("Bob"), QStringLiteral("Carol") };
    const CampaignId campaign = workspace->createCampaign(draft);
    QVERIFY2(campaign, qPrintable(workspace->lastError()));
    // What a click on a dashboard bar does: the inventory narrowed to two systems.
    before->inventory()->setDashboardFilter(
        { DashboardFilter::Kind::IdentitySubject, QStringLiteral("yes") }, { m_ids.agent, m_ids.writer });
    QCOMPARE(before->inventory()->proxyModel()->rowCount(), 2);
    const auto noticeText = [](const MainWindow *window) {
        return window->findChild<QLabel *>(QStringLiteral("dashboardFilterLabel"))->text();
    };
    QVERIFY2(noticeText(before).contains(QStringLiteral("Identity subjects")), qPrintable(noticeText(before)));

    // Carol, at the second item, halfway through typing why a privilege should stay.
    before->governanceActions()->openReviewSession(campaign);
    ReviewSessionDialog *session = before->governanceActions()->reviewSession();
    QVERIFY(session);
    Test::chooseByTyping(session->findChild<QComboBox *>(QStringLiteral("reviewerBox")), QStringLiteral("Carol"));
    QCOMPARE(session->reviewer(), QStringLiteral("Carol"));
    session->skip();
    const ReviewItemId item = session->currentItem();
    QVERIFY(item);
    QVERIFY(item != workspace->reviewItems(campaign).constFirst().id);
    auto *justification = session->findChild<QLineEdit *>(QStringLiteral("reviewJustificationEdit"));
    QTest::keyClicks(justification, QStringLiteral("Needed for the nightly dep"));
    const QString englishTitle = session->windowTitle();

    chooseLanguage(QStringLiteral("Deutsch"), QDialogButtonBox::Ok);
    QTRY_VERIFY(m_host->window() != before);
    MainWindow *after = m_host->window();
    QVERIFY(after->inventory()->hasDashboardFilter());
    QCOMPARE(after->inventory()->proxyModel()->rowCount(), 2);
    QVERIFY(after->findChild<QWidget *>(QStringLiteral("dashboardFilterNotice"))->isVisibleTo(after));
    // The notice in German too, not left in the language it was made in.
    QVERIFY2(noticeText(after).contains(QStringLiteral("Identitätssubjekte")), qPrintable(noticeText(after)));
    session = after->governanceActions()->reviewSession();
    QVERIFY2(session, "the review session was closed by the language switch");
    QTRY_VERIFY(session->isVisible());
    QVERIFY2(session->windowTitle() != englishTitle, qPrintable(session->windowTitle())); // rebuilt in German
    QCOMPARE(session->reviewer(), QStringLiteral("Carol"));
    QCOMPARE(session->currentItem(), item);
    QCOMPARE(session->findChild<QLineEdit *>(QStringLiteral("reviewJustificationEdit"))->text(),
        QStringLiteral("Needed for the nightly dep"));
    session->grab().save(QStringLiteral("/tmp/lang-session.png"));
}

void TestLanguageSwitch::cancellingKeepsTheWindow()
{
    MainWindow *before = m_host->window();
    QSignalSpy replaced(m_host.get(), &MainWindowHost::windowReplaced);
    chooseLanguage(QStringLiteral("Deutsch"), QDialogButtonBox::Cancel);
    QTest::qWait(50);
    QCOMPARE(replaced.count(), 0);
    QCOMPARE(m_host->window(), before);
    QCOMPARE(fileMenuTitle(), QStringLiteral("&File"));
}

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
