// The report's charts and map: bars as long as their values, dots where the map puts them, and
// text that a PDF reader can find (vector text, not a picture of it).

#include "io/demoworkspace.h"
#include "map/mapplane.h"
#include "mapdecorations.h"
#include "markerstyle.h"
#include "report/reportcharts.h"
#include "storage/workspace.h"
#include "testworkspace.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Mandate;
using namespace Mandate::ReportCharts;

namespace {

constexpr qreal kChartWidth = 600;

QImage renderChart(const QString &title, const QVector<ChartBar> &bars)
{
    QImage image(int(kChartWidth), int(barChartHeight(int(bars.size()))), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    paintBarChart(&painter, QRectF(image.rect()), title, bars);
    return image;
}

// The longest horizontal run of exactly colour in any row: a bar's length in pixels.
int longestRun(const QImage &image, const QColor &colour)
{
    const QRgb wanted = colour.rgb();
    int longest = 0;
    for (int y = 0; y < image.height(); ++y) {
        int run = 0;
        for (int x = 0; x < image.width(); ++x) {
            run = image.pixel(x, y) == wanted ? run + 1 : 0;
            longest = std::max(longest, run);
        }
    }
    return longest;
}

QColor barColour(int i)
{
    const QColor colours[] = { QColor(0x11, 0x77, 0xaa), QColor(0xaa, 0x33, 0x11), QColor(0x22, 0x99, 0x44),
        QColor(0x88, 0x22, 0x88) };
    return colours[i % 4];
}

QString extractText(const QByteArray &pdf)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chart.pdf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    file.close();
    QProcess process;
    process.start(QStringLiteral("pdftotext"), { path, QStringLiteral("-") });
    process.waitForFinished(30000);
    // pdftotext writes the fi and fl ligatures of the font as single characters.
    return QString::fromUtf8(process.readAllStandardOutput())
        .replace(QChar(0xfb01), QStringLiteral("fi"))
        .replace(QChar(0xfb02), QStringLiteral("fl"))
        .simplified();
}

// Paints into an A4 portrait PDF at 96 dpi, as the report engine does.
QByteArray renderPdf(const std::function<void(QPainter *, const QRectF &)> &paint)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15)));
        writer.setResolution(96);
        QPainter painter(&writer);
        paint(&painter, QRectF(QPointF(0, 0), writer.pageLayout().paintRectPixels(96).size()));
    }
    return buffer.data();
}

} // namespace

class TestReportCharts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::isolate(); }

    void barsAreProportionalToTheirValues_data()
    {
        QTest::addColumn<QVector<int>>("values");
        QTest::addRow("one bar fills the width") << QVector<int> { 7 };
        QTest::addRow("a value half the largest draws half a bar") << QVector<int> { 10, 5 };
        QTest::addRow("a zero among others draws no bar") << QVector<int> { 4, 0, 2, 1 };
        QTest::addRow("all zero draws no bar at all") << QVector<int> { 0, 0, 0 };
    }

    void barsAreProportionalToTheirValues()
    {
        QFETCH(QVector<int>, values);
        QVector<ChartBar> bars;
        for (int i = 0; i < values.size(); ++i)
            bars.append(ChartBar { QStringLiteral("Bar %1").arg(i), values[i], barColour(i) });
        const QImage image = renderChart(QStringLiteral("Systems per paradigm"), bars);
        const int highest = *std::max_element(values.cbegin(), values.cend());
        int longest = 0;
        for (int i = 0; i < values.size(); ++i)
            longest = std::max(longest, longestRun(image, barColour(i)));
        if (highest > 0)
            QVERIFY2(longest > kChartWidth / 2, qPrintable(QString::number(longest)));
        for (int i = 0; i < values.size(); ++i) {
            const int run = longestRun(image, barColour(i));
            if (values[i] == 0) {
                QCOMPARE(run, 0);
                continue;
            }
            const qreal expected = qreal(longest) * values[i] / highest;
            QVERIFY2(std::abs(run - expected) <= 1.5,
                qPrintable(QStringLiteral("bar %1: %2 px, expected %3").arg(i).arg(run).arg(expected)));
        }
    }

    void aLongLabelLeavesRoomForTheBar()
    {
        const QVector<ChartBar> bars { ChartBar { QString(300, QLatin1Char('W')), 3, barColour(0) } };
        const QImage image = renderChart(QStringLiteral("Findings by severity"), bars);
        QVERIFY(longestRun(image, barColour(0)) > kChartWidth / 3);
    }

    void dotsLandInTheRegionOfTheirParadigm()
    {
        const QString path = QTemporaryDir().path() + QStringLiteral(".mandate");
        WorkspaceError error;
        std::unique_ptr<Workspace> workspace = DemoWorkspace::create(path, &error);
        QVERIFY2(workspace, qPrintable(error.message()));
        const QVector<SystemId> ids = workspace->systemIds();
        QVERIFY(ids.size() > 5);
        const MarkerColouring colouring = MarkerColouring::RuntimeAuthority;
        const QVector<MapDot> dots = mapDots(*workspace, ids, colouring);
        QCOMPARE(dots.size(), ids.size());

        const QRectF target(0, 0, 700, mapHeightForWidth(700));
        QImage image(target.size().toSize() * 2, QImage::Format_RGB32);
        image.setDevicePixelRatio(2);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            paintMap(&painter, target, dots, colouring);
        }
        const QTransform toTarget = planeToTarget(target);
        QSet<Paradigm> seen;
        for (int i = 0; i < dots.size(); ++i) {
            const AiSystem *system = workspace->system(ids[i]);
            const QPointF at = toTarget.map(dots[i].position);
            QVERIFY2(toTarget.mapRect(MapPlane::regionRect(system->paradigm)).contains(at), qPrintable(system->name));
            seen.insert(system->paradigm);
            // Where no other dot overlaps it, its centre shows its colour.
            bool alone = true;
            for (int j = 0; j < dots.size() && alone; ++j)
                alone = j == i || QLineF(at, toTarget.map(dots[j].position)).length() > 12;
            if (!alone)
                continue;
            const QColor expected = MarkerStyle::colour(colouring, dots[i].colourClass);
            const QColor actual = image.pixelColor((at * 2).toPoint());
            QVERIFY2(std::abs(actual.red() - expected.red()) < 12 && std::abs(actual.green() - expected.green()) < 12
                    && std::abs(actual.blue() - expected.blue()) < 12,
                qPrintable(system->name + QStringLiteral(": ") + actual.name() + QStringLiteral(" not ")
                    + expected.name()));
        }
        QVERIFY(seen.size() >= 4); // the demo spans the paradigms
    }

    void thePdfHoldsTheTitlesAsText()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QVector<ChartBar> bars { ChartBar { QStringLiteral("Agentic"), 4, paradigmColour(Paradigm::Agentic) },
            ChartBar { QStringLiteral("Generative"), 2, paradigmColour(Paradigm::Generative) } };
        const QByteArray pdf = renderPdf([&](QPainter *painter, const QRectF &page) {
            paintBarChart(painter, QRectF(page.topLeft(), QSizeF(page.width(), barChartHeight(2))),
                QStringLiteral("Systems per paradigm"), bars);
            const QRectF mapRect(page.left(), page.top() + barChartHeight(2) + 20, page.width(),
                mapHeightForWidth(page.width()));
            paintMap(painter, mapRect, { MapDot { QPointF(3000, 500), 2, true, false } },
                MarkerColouring::FindingSeverity);
        });
        QVERIFY(pdf.startsWith("%PDF"));
        const QString text = extractText(pdf);
        QVERIFY2(text.contains(QStringLiteral("Systems per paradigm")), qPrintable(text));
        for (const Paradigm paradigm : { Paradigm::Undecided, Paradigm::Causal, Paradigm::Predictive,
                 Paradigm::Generative, Paradigm::Agentic })
            QVERIFY2(text.contains(MapDecorations::regionTitle(paradigm)), qPrintable(text));
        QVERIFY2(text.contains(MarkerStyle::colouringLabel(MarkerColouring::FindingSeverity)), qPrintable(text));
    }

    void tenThousandSystemsAreQuickAndSmall()
    {
        const QString path = QTemporaryDir().path() + QStringLiteral("-10k.mandate");
        WorkspaceError error;
        std::unique_ptr<Workspace> workspace = Workspace::create(path, &error);
        QVERIFY2(workspace, qPrintable(error.message()));
        QVector<SystemSnapshot> systems;
        for (int i = 0; i < 10000; ++i) {
            AiSystem system;
            system.name = QStringLiteral("System %1").arg(i);
            system.paradigm = static_cast<Paradigm>(i % 5);
            system.lifecycleStage = static_cast<LifecycleStage>(i % 6);
            system.behaviour.selectsActions = static_cast<Tristate>(i % 3);
            system.behaviour.usesTools = static_cast<Tristate>((i / 3) % 3);
            system.behaviour.outputKind = static_cast<OutputKind>(i % 5);
            systems.append(SystemSnapshot { system, {}, {} });
        }
        QString insertError;
        QVERIFY2(workspace->insertBulk({}, {}, systems, &insertError), qPrintable(insertError));

        QElapsedTimer timer;
        timer.start();
        const QVector<MapDot> dots = mapDots(*workspace, workspace->systemIds(), MarkerColouring::FindingSeverity);
        const qint64 computed = timer.elapsed();
        QCOMPARE(dots.size(), 10000);
        const QByteArray pdf = renderPdf([&](QPainter *painter, const QRectF &page) {
            paintMap(painter, QRectF(page.topLeft(), QSizeF(page.width(), mapHeightForWidth(page.width()))), dots,
                MarkerColouring::FindingSeverity);
        });
        qDebug("10,000 systems: mapDots %lld ms, paintMap into a PDF %lld ms, %lld KB", computed,
            timer.elapsed() - computed, qint64(pdf.size() / 1024));
        QVERIFY(pdf.size() < 25 * 1024 * 1024);
    }
};

QTEST_MAIN(TestReportCharts)
#include "tst_reportcharts.moc"
