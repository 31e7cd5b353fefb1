// InventoryReport on the demo workspace, read back with pdftotext: what an auditor filing the PDF
// would find in it. MANDATE_KEEP_REPORTS=1 keeps the files (their folder is printed) for looking at
// the pages with pdftoppm.
#include "io/demoworkspace.h"
#include "report/inventoryreport.h"
#include "rules/findingsengine.h"
#include "storage/workspace.h"
#include "pdftext.h"
#include "testworkspace.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace Mandate;

class TestInventoryReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everySystemFindingAndTheHeadHashAreInTheReport();
    void aScopeLimitsTheSystemSections();
    void theLatestReviewDecisionsAreListedWithTheirJustification();
    void aSummaryOnlyReportHasNoSystemSections();
    void cancellingBuildsNothing();
    void theIndexGivesThePageEachSystemStartsOn();
    void theReportIsInTheUserInterfaceLanguage();

private:
    QString write(const QVector<SystemId> &ids, const InventoryReport::Options &options, const QString &name,
        int *pages = nullptr);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

void TestInventoryReport::initTestCase()
{
    Test::isolate();
    if (!Test::hasPdfToText())
        QSKIP("pdftotext (poppler-utils) is not installed; scripts/test.sh installs it");
    if (qEnvironmentVariableIsSet("MANDATE_KEEP_REPORTS")) {
        m_dir.setAutoRemove(false);
        qInfo() << "reports in" << m_dir.path();
    }
    WorkspaceError error;
    m_workspace = DemoWorkspace::create(m_dir.filePath(QStringLiteral("demo.mandate")), &error);
    QVERIFY(m_workspace);
}

QString TestInventoryReport::write(const QVector<SystemId> &ids, const InventoryReport::Options &options,
    const QString &name, int *pages)
{
    const std::unique_ptr<ReportDocument> document = InventoryReport::build(*m_workspace, ids, options);
    if (!document)
        return {};
    const QString path = m_dir.filePath(name);
    QString error;
    if (!document->writeFile(path, {}, &error)) {
        qWarning() << error;
        return {};
    }
    if (pages)
        *pages = document->pageCount();
    return Test::pdfText(path);
}

void TestInventoryReport::everySystemFindingAndTheHeadHashAreInTheReport()
{
    const QVector<SystemId> ids = m_workspace->systemIds();
    int pages = 0;
    const QString text = write(ids, {}, QStringLiteral("inventory.pdf"), &pages);
    QVERIFY(!text.isEmpty());
    // pdftotext may break a long name across lines; compare without white space.
    QString glued = text;
    glued.remove(QRegularExpression(QStringLiteral("\\s")));
    for (const SystemId id : ids) {
        QString name = m_workspace->system(id)->name;
        QVERIFY2(glued.contains(name.remove(QRegularExpression(QStringLiteral("\\s")))), qPrintable(name));
    }
    const QVector<SystemFinding> findings = computeFindings(*m_workspace, QDate::currentDate());
    QVERIFY(!findings.isEmpty());
    for (const SystemFinding &finding : findings)
        QVERIFY2(text.contains(finding.finding.rule), qPrintable(finding.finding.rule));
    const QByteArray head = m_workspace->verifyAudit().headHash;
    QVERIFY(!head.isEmpty());
    QVERIFY2(glued.contains(QString::fromLatin1(head)), qPrintable(text.left(2000)));
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    QVERIFY(text.contains(QStringLiteral("Index of systems")));
    // A cover, a summary, the map, the appendix and at least a page per few systems.
    QVERIFY2(pages >= 4 + int(ids.size()) / 4 && pages <= 10 + 3 * int(ids.size()), qPrintable(QString::number(pages)));
}

void TestInventoryReport::aScopeLimitsTheSystemSections()
{
    const QVector<SystemId> ids = m_workspace->systemIds();
    const AiSystem *inScope = m_workspace->system(ids.first());
    const AiSystem *outOfScope = m_workspace->system(ids.last());
    InventoryReport::Options options;
    options.scope = QStringLiteral("Selection of one");
    options.sections = InventoryReport::Cover | InventoryReport::Systems;
    const QString text = write({ inScope->id }, options, QStringLiteral("one.pdf"));
    QVERIFY(text.contains(inScope->name));
    QVERIFY(!text.contains(outOfScope->name));
    QVERIFY(text.contains(QStringLiteral("Selection of one (1 systems)"))
        || text.contains(QStringLiteral("Selection of one (1 system)")));
}

void TestInventoryReport::theLatestReviewDecisionsAreListedWithTheirJustification()
{
    Campaign draft;
    draft.name = QStringLiteral("Quarterly agent review");
    draft.scope = QStringLiteral("is:identity-subject");
    draft.reviewers = { QStringLiteral("Independent Reviewer") };
    const CampaignId campaign = m_workspace->createCampaign(draft);
    QVERIFY2(campaign, qPrintable(m_workspace->lastError()));
    const QVector<ReviewItem> items = m_workspace->reviewItems(campaign);
    const auto privilegeItem = std::find_if(items.cbegin(), items.cend(), [](const ReviewItem &item) {
        return item.kind == ReviewItemKind::Privilege;
    });
    QVERIFY(privilegeItem != items.cend());
    QVERIFY2(m_workspace->decideReviewItems(campaign, QStringLiteral("Independent Reviewer"),
                 { { privilegeItem->id, ReviewDecision::Keep, QStringLiteral("Needed for the nightly deployment") } }),
        qPrintable(m_workspace->lastError()));

    InventoryReport::Options options;
    options.sections = InventoryReport::Systems;
    const QString text = write({ privilegeItem->systemId }, options, QStringLiteral("decisions.pdf"));
    QVERIFY2(text.contains(QStringLiteral("Quarterly agent review")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Needed for the nightly deployment")));
    QString glued = text;
    glued.remove(QRegularExpression(QStringLiteral("\\s")));
    QVERIFY(glued.contains(QStringLiteral("IndependentReviewer"))); // the column may wrap it
}

void TestInventoryReport::aSummaryOnlyReportHasNoSystemSections()
{
    InventoryReport::Options options;
    options.sections = InventoryReport::Cover | InventoryReport::Summary;
    int pages = 0;
    const QString text = write(m_workspace->systemIds(), options, QStringLiteral("summary.pdf"), &pages);
    QVERIFY(text.contains(QStringLiteral("Executive summary")));
    QVERIFY(text.contains(QStringLiteral("Systems per paradigm")));
    QVERIFY(!text.contains(QStringLiteral("Privilege boundary")));
    QVERIFY2(pages <= 3, qPrintable(QString::number(pages)));
}

void TestInventoryReport::cancellingBuildsNothing()
{
    int calls = 0;
    const auto document = InventoryReport::build(*m_workspace, m_workspace->systemIds(), {}, [&](int) {
        return ++calls < 2;
    });
    QVERIFY(!document);
    QCOMPARE(calls, 2);
}

void TestInventoryReport::theIndexGivesThePageEachSystemStartsOn()
{
    const QVector<SystemId> ids = m_workspace->systemIds();
    InventoryReport::Options options;
    options.sections = InventoryReport::Systems;
    const std::unique_ptr<ReportDocument> document = InventoryReport::build(*m_workspace, ids, options);
    QVERIFY(document);
    const QString path = m_dir.filePath(QStringLiteral("index.pdf"));
    QString error;
    QVERIFY2(document->writeFile(path, {}, &error), qPrintable(error));
    // Each page's text alone, to find where a system's heading is.
    const QStringList pages = Test::pdfText(path, { QStringLiteral("-layout") }).split(QLatin1Char('\f'));
    const QString index = pages.at(document->pageCount() - 1);
    QVERIFY2(index.contains(QStringLiteral("Index of systems")) || pages.at(document->pageCount() - 2).contains(QStringLiteral("Index of systems")),
        qPrintable(index));
    // Check three systems: the page the index names holds the start of the section.
    for (const SystemId id : { ids.first(), ids.at(ids.size() / 2), ids.last() }) {
        const AiSystem *system = m_workspace->system(id);
        const QString heading = system->externalId.isEmpty() ? system->name
                                                             : QStringLiteral("%1 (%2)").arg(system->name, system->externalId);
        const QRegularExpression row(QRegularExpression::escape(system->name) + QStringLiteral("\\s+")
            + QRegularExpression::escape(system->externalId.isEmpty() ? QStringLiteral("—") : system->externalId)
            + QStringLiteral("\\s+(\\d+)"));
        QString allIndexPages = pages.mid(document->pageCount() - 3).join(QLatin1Char('\n'));
        const QRegularExpressionMatch match = row.match(allIndexPages);
        QVERIFY2(match.hasMatch(), qPrintable(system->name));
        const int page = match.captured(1).toInt();
        QVERIFY2(pages.at(page - 1).contains(heading), qPrintable(QStringLiteral("%1 not on page %2").arg(heading).arg(page)));
    }
}

void TestInventoryReport::theReportIsInTheUserInterfaceLanguage()
{
    QTranslator german;
    QVERIFY(german.load(QLocale(QLocale::German), QStringLiteral("mandate"), QStringLiteral("_"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&german);
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    int pages = 0;
    const QString text = write({ m_workspace->systemIds().first() }, {}, QStringLiteral("german.pdf"), &pages);
    QCoreApplication::removeTranslator(&german);
    QLocale::setDefault(before);

    QVERIFY2(text.contains(QStringLiteral("Seite 1 von %1").arg(pages)), qPrintable(text.left(1500)));
    QVERIFY(text.contains(QStringLiteral("Berechtigungsgrenze")));
    QVERIFY(text.contains(QStringLiteral("Zusammenfassung für die Leitung")));
    QVERIFY(!text.contains(QStringLiteral("Privilege boundary")));
    // Dates in the German format (the cover's date).
    QVERIFY(text.contains(QLocale(QLocale::German, QLocale::Germany).toString(QDate::currentDate(), QLocale::ShortFormat)));
}

QTEST_MAIN(TestInventoryReport)
#include "tst_inventoryreport.moc"
