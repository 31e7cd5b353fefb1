// ReportDocument: pages an auditor can read. The PDF is read back with pdftotext (poppler-utils,
// installed by scripts/test.sh), so these check what a reader of the file sees.
#include "report/reportdocument.h"
#include "models/failingdevice.h"
#include "pdftext.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Mandate;

namespace {

ReportTable numberedTable(int rows)
{
    ReportTable table;
    table.headers = { QStringLiteral("Resource"), QStringLiteral("Scope"), QStringLiteral("Credential") };
    table.widths = { 3, 2, 2 };
    for (int row = 1; row <= rows; ++row)
        table.rows.append({ QStringLiteral("resource-%1").arg(row), QStringLiteral("read"), QStringLiteral("vault") });
    return table;
}

} // namespace

class TestReportDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pagesAreNumberedXOfY();
    void tableHeadersRepeatOnEveryPageTheTableRunsOnto();
    void longTextWrapsInsideThePage();
    void umlautsAndCjkNamesAreText();
    void aHeadingIsNotLeftAloneAtTheFootOfAPage();
    void aPreviewPaintsThePage();
    void aFailingDeviceIsReportedWithItsReason();
    void cancellingLeavesNoFile();
    void anUnwritablePathSaysWhyAndLeavesNothing();

private:
    QString writePdf(ReportDocument &document, const QString &name);

    QTemporaryDir m_dir;
};

void TestReportDocument::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (!Test::hasPdfToText())
        QSKIP("pdftotext (poppler-utils) is not installed; scripts/test.sh installs it");
}

QString TestReportDocument::writePdf(ReportDocument &document, const QString &name)
{
    const QString path = m_dir.filePath(name);
    QString error;
    if (!document.writeFile(path, {}, &error)) {
        qWarning() << error;
        return {};
    }
    return path;
}

void TestReportDocument::pagesAreNumberedXOfY()
{
    ReportDocument document(QStringLiteral("Inventory review"));
    document.setHeaderText(QStringLiteral("Acme estate"));
    document.addHeading(QStringLiteral("Systems"));
    document.addTable(numberedTable(200));
    const QString path = writePdf(document, QStringLiteral("numbered.pdf"));
    QVERIFY(!path.isEmpty());

    const QStringList pages = Test::pdfText(path, { QStringLiteral("-layout") }).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QVERIFY2(document.pageCount() >= 3, qPrintable(QString::number(document.pageCount())));
    QCOMPARE(pages.size(), document.pageCount());
    for (int page = 0; page < pages.size(); ++page) {
        QVERIFY2(pages.at(page).contains(QStringLiteral("Page %1 of %2").arg(page + 1).arg(pages.size())),
            qPrintable(pages.at(page)));
        QVERIFY(pages.at(page).contains(QStringLiteral("Acme estate")));
        QVERIFY(pages.at(page).contains(QStringLiteral("Inventory review")));
    }
}

void TestReportDocument::tableHeadersRepeatOnEveryPageTheTableRunsOnto()
{
    ReportDocument document(QStringLiteral("Headers"));
    document.addTable(numberedTable(200));
    const QString path = writePdf(document, QStringLiteral("headers.pdf"));
    const QStringList pages = Test::pdfText(path, { QStringLiteral("-layout") }).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QVERIFY(pages.size() >= 3);
    int rowsSeen = 0;
    for (const QString &page : pages) {
        QVERIFY2(page.contains(QStringLiteral("Credential")), qPrintable(page));
        rowsSeen += int(page.count(QStringLiteral("resource-")));
    }
    QCOMPARE(rowsSeen, 200); // every row once: none lost at a page break, none doubled
}

void TestReportDocument::longTextWrapsInsideThePage()
{
    ReportDocument document(QStringLiteral("Wrapping"));
    QString rationale;
    for (int word = 0; word < 400; ++word)
        rationale += QStringLiteral("word%1 ").arg(word);
    const QString hash(200, QLatin1Char('a')); // no space to break at
    document.addParagraph(rationale);
    document.addParagraph(hash, ReportDocument::TextStyle::Monospace);
    ReportTable table;
    table.headers = { QStringLiteral("Justification"), QStringLiteral("By") };
    table.rows.append({ rationale.left(600), QStringLiteral("Ana") });
    document.addTable(table);
    const QString path = writePdf(document, QStringLiteral("wrap.pdf"));
    const QString text = Test::pdfText(path, { QStringLiteral("-layout") });
    for (int word = 0; word < 400; ++word)
        QVERIFY2(text.contains(QStringLiteral("word%1").arg(word)), qPrintable(QString::number(word)));
    QString glued = text;
    glued.remove(QRegularExpression(QStringLiteral("\\s")));
    QVERIFY(glued.contains(hash));
    QVERIFY(!text.contains(hash)); // it was broken across lines: it could not fit in one
}

void TestReportDocument::umlautsAndCjkNamesAreText()
{
    ReportDocument document(QStringLiteral("Überprüfung"));
    document.addKeyValues({ { QStringLiteral("Owner"), QStringLiteral("Jürgen Größ") },
        { QStringLiteral("System"), QStringLiteral("顧客サポート代理") } });
    const QString text = Test::pdfText(writePdf(document, QStringLiteral("names.pdf")), { QStringLiteral("-layout") });
    QVERIFY2(text.contains(QStringLiteral("Jürgen Größ")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("顧客サポート代理")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Überprüfung")));
}

void TestReportDocument::aHeadingIsNotLeftAloneAtTheFootOfAPage()
{
    // Fill the first page almost to the bottom, then a heading and a table.
    ReportDocument document(QStringLiteral("Orphans"));
    document.addDrawing(ReportDocument::pageSize().height() - 190, [](QPainter *, const QRectF &) {});
    document.addHeading(QStringLiteral("Privilege boundary"), 2);
    document.addTable(numberedTable(5));
    const QStringList pages = Test::pdfText(writePdf(document, QStringLiteral("orphan.pdf")), { QStringLiteral("-layout") }).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QCOMPARE(pages.size(), 2);
    QVERIFY(!pages.at(0).contains(QStringLiteral("Privilege boundary")));
    QVERIFY(pages.at(1).contains(QStringLiteral("Privilege boundary")));
    QVERIFY(pages.at(1).contains(QStringLiteral("resource-1")));
}

void TestReportDocument::aPreviewPaintsThePage()
{
    ReportDocument document(QStringLiteral("Preview"));
    document.addHeading(QStringLiteral("Summary"));
    document.addDrawing(200, [](QPainter *painter, const QRectF &target) { painter->fillRect(target, Qt::red); });
    QCOMPARE(document.layout(), 1);
    QImage image(ReportDocument::pageSize().toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    document.paintPage(&painter, 0);
    painter.end();
    // The drawing sits in the body, below the heading, across the body width.
    const QPoint inside(int(ReportDocument::pageSize().width() / 2), 200);
    QCOMPARE(image.pixelColor(inside), QColor(Qt::red));
    QCOMPARE(image.pixelColor(5, 5), QColor(Qt::white)); // the margin stays blank
}

void TestReportDocument::aFailingDeviceIsReportedWithItsReason()
{
    ReportDocument document(QStringLiteral("Full disk"));
    document.addTable(numberedTable(300));
    Test::FailingDevice device(2000);
    QString error;
    QVERIFY(!document.write(&device, {}, &error));
    QCOMPARE(error, QStringLiteral("No space left on device"));
}

void TestReportDocument::cancellingLeavesNoFile()
{
    ReportDocument document(QStringLiteral("Cancel"));
    document.addTable(numberedTable(500));
    const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    QString error;
    int calls = 0;
    QVERIFY(!document.writeFile(path, [&](int percent) { ++calls; return percent < 50; }, &error));
    QVERIFY(calls > 1);
    QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(m_dir.path()).entryList({ QStringLiteral("cancelled*") }, QDir::Files), QStringList());
}

void TestReportDocument::anUnwritablePathSaysWhyAndLeavesNothing()
{
    ReportDocument document(QStringLiteral("Nowhere"));
    document.addParagraph(QStringLiteral("text"));
    const QString path = m_dir.filePath(QStringLiteral("missing/folder/report.pdf"));
    QString error;
    QVERIFY(!document.writeFile(path, {}, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestReportDocument)
#include "tst_reportdocument.moc"
