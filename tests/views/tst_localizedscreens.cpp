// The main window, the map, the review session and the inventory report in German and French, the
// two languages whose words run longest: every label, button and box title a user sees shows its
// whole text, so no German label is cut off. The screenshots go to MANDATE_SCREENSHOT_DIR when it is
// set, for looking at what a test cannot judge (overlaps, balance).
#include "io/demoworkspace.h"
#include "mainwindow.h"
#include "mapdecorations.h"
#include "mappanel.h"
#include "mapview.h"
#include "pdftext.h"
#include "report/inventoryreport.h"
#include "review/reviewscope.h"
#include "reviewsessiondialog.h"
#include "systemdetailspanel.h"
#include "settings/applicationsetup.h"
#include "testworkspace.h"
#include "workspacecontroller.h"

#include <QAbstractButton>
#include <QDir>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QProcess>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QtTest>

using namespace Mandate;

namespace {

// The application's own language switch (applicationsetup.h), back to English afterwards.
class LanguageScope
{
public:
    explicit LanguageScope(const QLocale &locale) : m_loaded(applyLanguage(locale.name())) {}
    ~LanguageScope() { applyLanguage(QStringLiteral("en")); }
    bool loaded() const { return m_loaded; }

private:
    bool m_loaded;
};

// The part of widget that its parents (a scroll area's viewport, a squeezed dock) let show, in its
// own coordinates.
QRect shownRect(const QWidget *widget, const QWidget *root)
{
    QRect shown = widget->rect();
    QPoint offset;
    for (const QWidget *w = widget; w && w != root; w = w->parentWidget()) {
        offset += w->pos();
        const QWidget *parent = w->parentWidget();
        if (parent)
            shown &= parent->rect().translated(-offset);
    }
    return shown;
}

// Visible text widgets narrower than their text: "Label 'Speichern unter…' (objectName): 80 < 112".
QStringList clippedTexts(const QWidget *root)
{
    QStringList clipped;
    const auto describe = [](const QWidget *widget, const QString &text, int has, int needs) {
        return QStringLiteral("%1 '%2' (%3): %4 < %5")
            .arg(QString::fromLatin1(widget->metaObject()->className()), text, widget->objectName())
            .arg(has)
            .arg(needs);
    };
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        // Word-wrapped labels grow downwards; pixmap labels and empty ones have no words to cut.
        if (!label->isVisibleTo(root) || label->wordWrap() || label->text().isEmpty())
            continue;
        const int needs = label->minimumSizeHint().width();
        const QRect shown = shownRect(label, root);
        if (label->width() < needs)
            clipped << describe(label, label->text(), label->width(), needs);
        else if (!shown.isEmpty() && shown.width() < std::min(label->width(), needs))
            clipped << describe(label, label->text(), shown.width(), needs);
    }
    for (const QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!button->isVisibleTo(root) || button->text().isEmpty())
            continue;
        const int needs = button->sizeHint().width();
        const QRect shown = shownRect(button, root);
        if (button->width() < needs)
            clipped << describe(button, button->text(), button->width(), needs);
        else if (!shown.isEmpty() && shown.width() < button->width())
            clipped << describe(button, button->text(), shown.width(), needs);
    }
    for (const QGroupBox *box : root->findChildren<QGroupBox *>()) {
        if (!box->isVisibleTo(root) || box->title().isEmpty())
            continue;
        const int needs = box->fontMetrics().horizontalAdvance(box->title()) + 2 * box->fontMetrics().height();
        if (box->width() < needs)
            clipped << describe(box, box->title(), box->width(), needs);
    }
    // Column headings: the last section of a stretching header takes what is left, and may be cut.
    for (const QHeaderView *header : root->findChildren<QHeaderView *>()) {
        if (!header->isVisibleTo(root) || header->orientation() != Qt::Horizontal)
            continue;
        for (int section = 0; section < header->count(); ++section) {
            if (header->isSectionHidden(section))
                continue;
            const bool stretching = header->stretchLastSection() && header->visualIndex(section) == header->count() - 1;
            // The heading's words and the header's margins; sort arrows may cover the margin.
            const QString heading = header->model()->headerData(section, Qt::Horizontal).toString();
            const int needs = header->fontMetrics().horizontalAdvance(heading)
                + 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
            if (!stretching && header->sectionResizeMode(section) == QHeaderView::Interactive && header->sectionSize(section) < needs)
                clipped << describe(header, heading, header->sectionSize(section), needs);
        }
    }
    return clipped;
}

void saveScreenshot(const QPixmap &pixmap, const QString &name)
{
    const QString dir = qEnvironmentVariable("MANDATE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(pixmap.save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

} // namespace

class TestLocalizedScreens : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyTextFitsInTheMainWindowAndTheMap_data();
    void everyTextFitsInTheMainWindowAndTheMap();
    void everyTextFitsInTheReviewSession_data();
    void everyTextFitsInTheReviewSession();
    void theReportPagesAreInTheLanguage_data();
    void theReportPagesAreInTheLanguage();

private:
    void languages();
    // The demo workspace with a campaign on it, created fresh at a path the test can open.
    QString createDemo(const QString &name);

    QTemporaryDir m_dir;
    CampaignId m_campaign = 0;
};

void TestLocalizedScreens::initTestCase()
{
    Test::isolate();
    QVERIFY(m_dir.isValid());
}

void TestLocalizedScreens::languages()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("de") << QLocale(QLocale::German, QLocale::Germany);
    QTest::newRow("fr") << QLocale(QLocale::French, QLocale::France);
}

QString TestLocalizedScreens::createDemo(const QString &name)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".mandate"));
    WorkspaceError error;
    std::unique_ptr<Workspace> workspace = DemoWorkspace::create(path, &error);
    if (!workspace)
        return {};
    Campaign draft;
    draft.name = QStringLiteral("Q4 review");
    draft.scope = ReviewScope::defaultText();
    draft.reviewers = { QStringLiteral("Independent Reviewer"), QStringLiteral("Second Reviewer") };
    m_campaign = workspace->createCampaign(draft);
    if (!m_campaign)
        qWarning() << workspace->lastError();
    return path;
}

void TestLocalizedScreens::everyTextFitsInTheMainWindowAndTheMap_data()
{
    languages();
}

void TestLocalizedScreens::everyTextFitsInTheMainWindowAndTheMap()
{
    QFETCH(QLocale, locale);
    const LanguageScope language(locale);
    QVERIFY(language.loaded());
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    const QString path = createDemo(QStringLiteral("main-") + tag);
    QVERIFY(!path.isEmpty());

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.controller()->openWorkspace(path));
    QTest::qWait(300); // the map lays out its markers and the docks fill after the workspace opens
    QCOMPARE(window.size(), QSize(1280, 800));

    saveScreenshot(window.grab(), tag + QStringLiteral("-mainwindow"));
    saveScreenshot(window.map()->grab(), tag + QStringLiteral("-map"));
    const QStringList clipped = clippedTexts(&window);
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));

    // The map's legend, painted, not widgets: every entry whole inside it, also at the default size.
    window.resize(1150, 720);
    QTest::qWait(100);
    // The details form whole, its editors' right edges not behind a sideways scroll bar.
    QVERIFY(window.details()->systemId() != 0);
    const auto *detailsScroll = window.details()->findChild<QScrollArea *>(QStringLiteral("detailsScrollArea"));
    QVERIFY(detailsScroll);
    QVERIFY2(!detailsScroll->horizontalScrollBar()->isVisible(),
        qPrintable(QStringLiteral("dock %1 px, form %2 px").arg(window.details()->width()).arg(window.details()->contentWidth())));
    saveScreenshot(window.map()->grab(), tag + QStringLiteral("-map-1150"));
    const QWidget *viewport = window.map()->view()->viewport();
    const QFontMetricsF metrics(viewport->font());
    for (const MarkerColouring colouring :
        { MarkerColouring::RuntimeAuthority, MarkerColouring::LifecycleStage, MarkerColouring::FindingSeverity }) {
        const MapDecorations::LegendLayout legend
            = MapDecorations::legendLayout(viewport->font(), viewport->rect(), colouring);
        QVERIFY(QRectF(viewport->rect()).contains(legend.strip));
        for (const MapDecorations::LegendEntry &entry : legend.entries) {
            QVERIFY2(legend.strip.contains(entry.textRect), qPrintable(entry.text));
            QVERIFY2(entry.textRect.width() >= metrics.horizontalAdvance(entry.text), qPrintable(entry.text));
        }
    }
}

void TestLocalizedScreens::everyTextFitsInTheReviewSession_data()
{
    languages();
}

void TestLocalizedScreens::everyTextFitsInTheReviewSession()
{
    QFETCH(QLocale, locale);
    const LanguageScope language(locale);
    QVERIFY(language.loaded());
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    const QString path = createDemo(QStringLiteral("review-") + tag);
    QVERIFY(!path.isEmpty());
    QVERIFY(m_campaign);

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.controller()->openWorkspace(path));
    ReviewSessionDialog dialog(window.controller()->workspace(), m_campaign, {}, &window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::qWait(300); // the evidence pane of the first item is built soon after showing

    saveScreenshot(dialog.grab(), tag + QStringLiteral("-reviewsession"));
    const QStringList clipped = clippedTexts(&dialog);
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
}

void TestLocalizedScreens::theReportPagesAreInTheLanguage_data()
{
    languages();
}

void TestLocalizedScreens::theReportPagesAreInTheLanguage()
{
    QFETCH(QLocale, locale);
    const LanguageScope language(locale);
    QVERIFY(language.loaded());
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    const QString path = createDemo(QStringLiteral("report-") + tag);
    QVERIFY(!path.isEmpty());
    WorkspaceError error;
    const std::unique_ptr<Workspace> workspace = Workspace::open(path, &error);
    QVERIFY2(workspace, qPrintable(error.message()));

    const std::unique_ptr<ReportDocument> document = InventoryReport::build(*workspace, workspace->systemIds(), {});
    QVERIFY(document);
    const int pagesToLook = qMin(document->pageCount(), 5);
    const QString pdf = m_dir.filePath(QStringLiteral("report-%1.pdf").arg(tag));
    QString writeError;
    QVERIFY2(document->writeFile(pdf, {}, &writeError), qPrintable(writeError));
    const QString dir = qEnvironmentVariable("MANDATE_SCREENSHOT_DIR");
    const QString ppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (!dir.isEmpty() && !ppm.isEmpty()) {
        // The pages of the file itself, as a PDF reader shows them.
        QDir().mkpath(dir);
        QProcess process;
        process.start(ppm, { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-f"),
                               QStringLiteral("1"), QStringLiteral("-l"), QString::number(pagesToLook), pdf,
                               QDir(dir).filePath(tag + QStringLiteral("-report-page")) });
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
    } else if (!dir.isEmpty()) {
        // Without poppler: the pages as the export dialog's preview paints them.
        for (int page = 0; page < pagesToLook; ++page) {
            QImage image(ReportDocument::pageSize().toSize(), QImage::Format_RGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
            document->paintPage(&painter, page);
            painter.end();
            saveScreenshot(QPixmap::fromImage(image), tag + QStringLiteral("-report-page-%1").arg(page + 1));
        }
    }
    QVERIFY(document->pageCount() > 4);
    // The report's own headings are translated: the summary's title is not the English one.
    if (!Test::hasPdfToText())
        QSKIP("pdftotext (poppler-utils) is not installed; scripts/test.sh installs it");
    const QString summary = QCoreApplication::translate("InventoryReport", "Executive summary");
    QVERIFY(summary != QLatin1String("Executive summary"));
    QVERIFY2(Test::pdfText(pdf).contains(summary), qPrintable(summary));
}

QTEST_MAIN(TestLocalizedScreens)
#include "tst_localizedscreens.moc"
