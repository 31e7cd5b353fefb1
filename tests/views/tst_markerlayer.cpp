// What the map's one marker layer puts on screen, read back from the rendered view: nothing on an
// empty map, a marker in its colour where a single system sits, clusters with counts for 10k
// systems, the marker's colour following the chosen colouring, long names that neither cover each
// other nor a neighbour's marker, the current system's name inside the view at its edge, and a legend that shows every entry whole at any width.

#include "map/mapmodel.h"
#include "map/mapplane.h"
#include "mapdecorations.h"
#include "mapview.h"
#include "markerlayer.h"
#include "markerstyle.h"
#include "storage/workspace.h"
#include "testworkspace.h"

#include <QElapsedTimer>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Mandate;

Q_DECLARE_METATYPE(Mandate::MarkerColouring)

namespace {

bool near(const QColor &a, const QColor &b, int tolerance = 3)
{
    return qAbs(a.red() - b.red()) <= tolerance && qAbs(a.green() - b.green()) <= tolerance
        && qAbs(a.blue() - b.blue()) <= tolerance;
}

QString colourText(const QColor &c)
{
    return c.name(QColor::HexRgb);
}

// Every colour any marker can have, in any colouring.
QSet<QRgb> markerColours()
{
    QSet<QRgb> colours;
    for (const MarkerColouring colouring :
        { MarkerColouring::LifecycleStage, MarkerColouring::FindingSeverity, MarkerColouring::RuntimeAuthority }) {
        for (int i = 0; i < colourClassCount(colouring); ++i)
            colours.insert(MarkerStyle::colour(colouring, i).rgb());
    }
    return colours;
}

} // namespace

class TestMarkerLayer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void anEmptyMapDrawsNoMarker();
    void oneSystemIsDrawnInItsColourWhereItSits_data();
    void oneSystemIsDrawnInItsColourWhereItSits();
    void tenThousandSystemsRenderAsClustersAtFullView();
    void longNamesCloseTogetherNeitherOverlapNorCoverAMarker();
    void theCurrentNameCrowdedAtTheRightEdgeIsWrittenInsideTheView();
    void theLegendShowsEveryEntryWholeAtAnyWidth();

private:
    QImage render() const;
    QRect planeOnScreen() const;
    SystemId addProductionPredictor();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MapModel> m_model;
    std::unique_ptr<MapView> m_view;
};

void TestMarkerLayer::initTestCase()
{
    Test::isolate();
}

void TestMarkerLayer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    WorkspaceError error;
    m_workspace = Workspace::create(m_dir->filePath(QStringLiteral("layer.mandate")), &error);
    QVERIFY2(m_workspace, qPrintable(error.message()));
    m_model = std::make_unique<MapModel>();
    m_model->setWorkspace(m_workspace.get());
    m_view = std::make_unique<MapView>(m_model.get());
    m_view->resize(1000, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QCOMPARE(m_view->viewport()->size(), QSize(1000, 600));
}

void TestMarkerLayer::cleanup()
{
    m_view.reset();
    m_model.reset();
    m_workspace.reset();
    m_dir.reset();
}

QImage TestMarkerLayer::render() const
{
    return m_view->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
}

QRect TestMarkerLayer::planeOnScreen() const
{
    return m_view->mapFromScene(MapPlane::bounds()).boundingRect().intersected(m_view->viewport()->rect());
}

SystemId TestMarkerLayer::addProductionPredictor()
{
    return Test::addSample(*m_workspace, QStringLiteral("Claims triage model"),
        { { SystemField::Paradigm, QStringLiteral("predictive") },
            { SystemField::OutputKind, QStringLiteral("prediction") },
            { SystemField::SelectsActions, QStringLiteral("no") }, { SystemField::UsesTools, QStringLiteral("no") },
            { SystemField::LifecycleStage, QStringLiteral("production") } });
}

void TestMarkerLayer::anEmptyMapDrawsNoMarker()
{
    QCOMPARE(m_model->visibleCount(), 0);
    const QImage image = render();
    const QRect plane = planeOnScreen();
    // The whole plane is in view, clear of the pinned labels (which hold the legend's swatches).
    QVERIFY2(plane.width() > 600 && plane.height() > 250,
        qPrintable(QStringLiteral("%1x%2").arg(plane.width()).arg(plane.height())));
    const QSet<QRgb> colours = markerColours();
    int markerPixels = 0;
    for (int y = plane.top(); y <= plane.bottom(); ++y) {
        for (int x = plane.left(); x <= plane.right(); ++x)
            markerPixels += colours.contains(image.pixel(x, y) | 0xff000000u) ? 1 : 0;
    }
    QCOMPARE(markerPixels, 0);
}

void TestMarkerLayer::oneSystemIsDrawnInItsColourWhereItSits_data()
{
    QTest::addColumn<MarkerColouring>("colouring");
    QTest::addRow("by runtime authority") << MarkerColouring::RuntimeAuthority;
    QTest::addRow("by lifecycle stage") << MarkerColouring::LifecycleStage;
    QTest::addRow("by highest finding severity") << MarkerColouring::FindingSeverity;
}

void TestMarkerLayer::oneSystemIsDrawnInItsColourWhereItSits()
{
    QFETCH(MarkerColouring, colouring);
    const SystemId id = addProductionPredictor();
    QCOMPARE(m_model->visibleCount(), 1);
    const MapMarker *marker = m_model->marker(id);
    QVERIFY(marker);
    QVERIFY(MapPlane::regionRect(Paradigm::Predictive).contains(marker->position));

    // Before: drawn in the default colouring; the colours of a production predictor differ by colouring.
    m_view->setColouring(MarkerColouring::RuntimeAuthority);
    const QColor authorityColour
        = MarkerStyle::colour(MarkerColouring::RuntimeAuthority, colourClass(*marker, MarkerColouring::RuntimeAuthority));
    const QColor expected = MarkerStyle::colour(colouring, colourClass(*marker, colouring));
    const QPoint at = m_view->viewportPosition(id);
    QVERIFY(planeOnScreen().contains(at));
    QColor drawn = render().pixelColor(at);
    QVERIFY2(near(drawn, authorityColour),
        qPrintable(QStringLiteral("%1 drawn, %2 expected").arg(colourText(drawn), colourText(authorityColour))));

    m_view->setColouring(colouring);
    drawn = render().pixelColor(at);
    QVERIFY2(near(drawn, expected),
        qPrintable(QStringLiteral("%1 drawn, %2 expected").arg(colourText(drawn), colourText(expected))));
    if (colouring == MarkerColouring::LifecycleStage) {
        QVERIFY(!near(expected, authorityColour)); // so the pixel really changed
        QCOMPARE(expected, MarkerStyle::colour(colouring, int(LifecycleStage::Production)));
    }

    // A little away from the marker, the plane shows through again.
    const QColor beside = render().pixelColor(at + QPoint(0, int(MarkerLayer::kMarkerRadius) + 12));
    QVERIFY2(!markerColours().contains(beside.rgb()), qPrintable(colourText(beside)));
}

void TestMarkerLayer::tenThousandSystemsRenderAsClustersAtFullView()
{
    const QImage empty = render();
    // An estate of every kind: each region, with and without NHI risk, at every lifecycle stage.
    constexpr int kSystems = 10000;
    const OutputKind kinds[] = { OutputKind::Explanation, OutputKind::Prediction, OutputKind::Content, OutputKind::Action };
    QVector<SystemSnapshot> systems;
    systems.reserve(kSystems);
    for (int i = 0; i < kSystems; ++i) {
        AiSystem system;
        system.name = QStringLiteral("System %1").arg(i);
        system.paradigm = static_cast<Paradigm>(i % valueCount<Paradigm>());
        system.lifecycleStage = static_cast<LifecycleStage>(i % valueCount<LifecycleStage>());
        system.behaviour.outputKind = kinds[(i / 5) % 4];
        system.behaviour.selectsActions = (i / 3) % 2 ? Tristate::Yes : Tristate::No;
        system.behaviour.usesTools = system.behaviour.selectsActions;
        system.behaviour.accessesCredentials = static_cast<Tristate>((i / 7) % 3);
        systems << SystemSnapshot { system, {}, {} };
    }
    QElapsedTimer timer;
    timer.start();
    QString problem;
    QVERIFY2(m_workspace->insertBulk({}, {}, systems, &problem), qPrintable(problem));
    qInfo("insertBulk of %d systems: %lld ms", kSystems, timer.restart());
    QCOMPARE(m_model->markerCount(), kSystems);
    QCOMPARE(m_model->visibleCount(), kSystems);

    const QImage full = render();
    qInfo("full view of %d systems rendered in %lld ms", kSystems, timer.restart());
    QCOMPARE(full.size(), empty.size());
    QVERIFY(full != empty);

    // At full view, dense areas are drawn as clusters with counts, not as 10k markers.
    const qreal scale = m_view->zoomFactor();
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    const QVector<MarkerIndex::Cluster> clusters
        = m_model->index().clusters(visible, MarkerLayer::kClusterCell / scale);
    int counted = 0;
    int grouped = 0;
    for (const MarkerIndex::Cluster &cluster : clusters) {
        counted += cluster.count;
        grouped += cluster.count > 1 ? 1 : 0;
    }
    QCOMPARE(counted, kSystems); // everything is in view
    QVERIFY(grouped > 0);
    QVERIFY2(clusters.size() < kSystems / 10, qPrintable(QString::number(clusters.size())));
    // The plane's pixels changed over a good part of it, not just in a corner.
    const QRect plane = planeOnScreen();
    int changed = 0;
    for (int y = plane.top(); y <= plane.bottom(); ++y) {
        for (int x = plane.left(); x <= plane.right(); ++x)
            changed += full.pixel(x, y) != empty.pixel(x, y) ? 1 : 0;
    }
    QVERIFY2(changed > plane.width() * plane.height() / 20, qPrintable(QString::number(changed)));

    // Zoomed in, the same layer draws lone markers and names; it still renders.
    for (int i = 0; i < 6; ++i)
        m_view->zoomIn();
    const QImage zoomed = render();
    qInfo("zoomed view rendered in %lld ms", timer.restart());
    QVERIFY(zoomed != full);
}

void TestMarkerLayer::longNamesCloseTogetherNeitherOverlapNorCoverAMarker()
{
    // Three systems with long names in a row, 28 pixels apart: too close for a name beside any of
    // them without covering its neighbour's marker, far enough apart not to be a cluster.
    const QString names[] = { QStringLiteral("Customer onboarding document summarisation assistant (EMEA)"),
        QStringLiteral("Customer onboarding document summarisation assistant (APAC)"),
        QStringLiteral("Customer onboarding document summarisation assistant (Americas)") };
    QVector<SystemId> ids;
    for (const QString &name : names) {
        ids << Test::addSample(*m_workspace, name,
            { { SystemField::Paradigm, QStringLiteral("predictive") },
                { SystemField::OutputKind, QStringLiteral("prediction") },
                { SystemField::SelectsActions, QStringLiteral("no") },
                { SystemField::UsesTools, QStringLiteral("no") } });
    }
    const qreal step = 28 / m_view->zoomFactor();
    const QPointF middle = MapPlane::regionRect(Paradigm::Predictive).center();
    QVector<MapPlacement> placements;
    for (int i = 0; i < 3; ++i)
        placements << MapPlacement { ids[i], Paradigm::Predictive, middle + QPointF((i - 1) * step, 0) };
    QVERIFY(m_workspace->placeSystems(placements, QStringLiteral("Side by side")));
    QCOMPARE(m_model->visibleCount(), 3);

    const auto check = [&](SystemId current) {
        m_view->setSelection(current ? QVector<SystemId> { current } : QVector<SystemId>(), current);
        const QImage image = render();
        const QVector<MarkerLayer::Label> labels = m_view->layer()->labels();
        QVERIFY(!labels.isEmpty());
        for (int i = 0; i < labels.size(); ++i) {
            const MarkerLayer::Label &label = labels[i];
            // Elided to a readable width; the tooltip has the whole name.
            QVERIFY2(label.box.width() <= MarkerLayer::kMaxLabelWidth + 8, qPrintable(label.text));
            QVERIFY(label.text != m_workspace->system(label.id)->name);
            QVERIFY(label.text.endsWith(QChar(0x2026)));
            for (int j = i + 1; j < labels.size(); ++j)
                QVERIFY2(!label.box.intersects(labels[j].box), qPrintable(label.text + QLatin1String(" / ") + labels[j].text));
        }
        if (current) {
            QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [&](const MarkerLayer::Label &l) { return l.id == current; }));
            return;
        }
        // With nothing selected, the middle one's name would cover a neighbour on either side; and
        // every marker shows its own colour, no name over it.
        QCOMPARE(labels.size(), 2);
        for (const SystemId id : ids) {
            const MapMarker *marker = m_model->marker(id);
            const QColor expected
                = MarkerStyle::colour(m_view->colouring(), colourClass(*marker, m_view->colouring()));
            const QColor drawn = image.pixelColor(m_view->viewportPosition(id));
            QVERIFY2(near(drawn, expected, 6),
                qPrintable(QStringLiteral("%1 drawn, %2 expected").arg(colourText(drawn), colourText(expected))));
        }
    };
    check(0);
    if (QTest::currentTestFailed())
        return;
    check(ids[1]); // the current system's name is always written
    if (QTest::currentTestFailed())
        return;
    check(ids[0]);
}

void TestMarkerLayer::theCurrentNameCrowdedAtTheRightEdgeIsWrittenInsideTheView()
{
    // Three agents in a row at the map's right edge, close enough that no side is free for the
    // middle one's name: the current system's name is written anyway, and on the left, where
    // the view does not cut it off.
    QVector<SystemId> ids;
    for (const QChar suffix : { u'A', u'B', u'C' }) {
        ids << Test::addSample(*m_workspace, QStringLiteral("Procurement negotiation agent ") + suffix,
            { { SystemField::Paradigm, QStringLiteral("agentic") } });
    }
    const qreal step = 28 / m_view->zoomFactor();
    const QRectF agentic = MapPlane::regionRect(Paradigm::Agentic);
    // As far right as the region's margin lets a marker sit, at the height the map gave them.
    const QPointF middle(agentic.right() - agentic.width() * 0.07 - step, m_model->marker(ids[1])->position.y());
    QVector<MapPlacement> placements;
    for (int i = 0; i < 3; ++i)
        placements << MapPlacement { ids[i], Paradigm::Agentic, middle + QPointF((i - 1) * step, 0) };
    QVERIFY(m_workspace->placeSystems(placements, QStringLiteral("In a row")));
    QCOMPARE(m_model->visibleCount(), 3);

    // A name on the right (about 200 pixels) would run past the view's edge.
    const int x = m_view->viewportPosition(ids[1]).x();
    QVERIFY2(x > m_view->viewport()->width() - 120, qPrintable(QString::number(x)));

    m_view->setSelection({ ids[1] }, ids[1]);
    render();
    const QVector<MarkerLayer::Label> labels = m_view->layer()->labels();
    const auto current = std::find_if(
        labels.cbegin(), labels.cend(), [&](const MarkerLayer::Label &l) { return l.id == ids[1]; });
    QVERIFY(current != labels.cend());
    QVERIFY2(QRectF(m_view->viewport()->rect()).contains(current->box),
        qPrintable(QStringLiteral("label from x %1 to %2").arg(current->box.left()).arg(current->box.right())));
    QVERIFY(current->box.right() < x);
}

void TestMarkerLayer::theLegendShowsEveryEntryWholeAtAnyWidth()
{
    const QFont font = m_view->viewport()->font();
    for (const MarkerColouring colouring :
        { MarkerColouring::RuntimeAuthority, MarkerColouring::LifecycleStage, MarkerColouring::FindingSeverity }) {
        int rows = 1;
        for (int width = 1400; width >= 400; width -= 50) {
            const QRectF area(0, 0, width, 600);
            const MapDecorations::LegendLayout legend = MapDecorations::legendLayout(font, area, colouring);
            QVERIFY(area.contains(legend.strip));
            QVERIFY(legend.strip.contains(legend.titleRect));
            QSet<qreal> tops;
            for (const MapDecorations::LegendEntry &entry : legend.entries) {
                QVERIFY2(legend.strip.contains(entry.textRect),
                    qPrintable(QStringLiteral("%1 at width %2").arg(entry.text).arg(width)));
                QVERIFY(entry.textRect.width() >= QFontMetricsF(font).horizontalAdvance(entry.text));
                QVERIFY(!entry.textRect.intersects(legend.titleRect));
                for (const MapDecorations::LegendEntry &other : legend.entries)
                    QVERIFY(&other == &entry || !entry.textRect.intersects(other.textRect));
                tops.insert(entry.textRect.top());
            }
            rows = std::max(rows, int(tops.size()));
        }
        QVERIFY(rows > 1); // narrow, it took more than one row
    }
}

QTEST_MAIN(TestMarkerLayer)
#include "tst_markerlayer.moc"
