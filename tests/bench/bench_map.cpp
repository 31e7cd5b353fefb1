// Benchmark: the four-paradigm map at the scale issue 4 asks for. Not a ctest test: run it by
// hand, in a Release or RelWithDebInfo build:
//
//   cmake --build build/<dir> --target bench_map
//   QT_QPA_PLATFORM=offscreen build/<dir>/tests/bench/bench_map --systems 10000,100000
//
// Options: --systems N[,N...] (default 10000,100000), --repeat F (frames timed per view, default
// 20), --naive-repeat F (frames of the one-item-per-system reference, default 5), --zoom-fraction
// K (the zoomed view shows 1/K of the plane, default 50), --dir DIR (where the workspace files go;
// default a temporary directory), --images DIR (saves the rendered frames as PNG, to look at).
// Everything renders offscreen into a 1920x1080 image through the viewport's own paint event
// (drawBackground, the marker layer, drawForeground). Each timing is printed next to a reference
// measured in the same run on the same data: one QGraphicsEllipseItem per system with
// ItemIgnoresTransformations (the approach issue 4 warns against), and the plane's background
// alone (the floor no frame can go below). Times are the process's CPU time, which other jobs on
// a shared machine do not inflate; the wall clock is added in brackets.

#include "benchtiming.h"
#include "map/mapmodel.h"
#include "map/mapplane.h"
#include "map/markerindex.h"
#include "mapdecorations.h"
#include "mapview.h"
#include "mapworkload.h"
#include "markerlayer.h"
#include "storage/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QGraphicsEllipseItem>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTemporaryDir>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <limits>

using namespace Mandate;
using Mandate::Bench::createAndOpen;
using Mandate::Bench::print;
using Mandate::Bench::seconds;

namespace {

constexpr int kWidth = 1920;
constexpr int kHeight = 1080;
constexpr int kHitCalls = 10000;
constexpr int kBruteForceCalls = 100; // the reference hit test visits every marker per call

QString fmt(double value, int precision = 1)
{
    return QString::number(value, 'f', precision);
}

QString ms(double secondsValue)
{
    return fmt(secondsValue * 1000, 1);
}

double median(QVector<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const int n = int(values.size());
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// Frame times, each frame timed on its own.
struct Frames
{
    QVector<double> cpu;
    QVector<double> wall;
    double median() const { return ::median(cpu); }
    double max() const { return cpu.isEmpty() ? 0 : *std::max_element(cpu.cbegin(), cpu.cend()); }
    QString text() const
    {
        return QStringLiteral("median %1 ms (max %2) [wall median %3 ms]")
            .arg(ms(median()), ms(max()), ms(::median(wall)));
    }
};

Frames timeFrames(int repeat, const std::function<void()> &frame)
{
    Frames frames;
    for (int i = 0; i < repeat; ++i) {
        double wall = 0;
        frames.cpu << seconds(frame, &wall);
        frames.wall << wall;
    }
    return frames;
}

// The reference: one item per system, with the map's own background and labels so that only the
// way markers are drawn differs.
class NaiveView : public QGraphicsView
{
public:
    NaiveView(QGraphicsScene *scene, MarkerColouring colouring)
        : QGraphicsView(scene)
        , m_colouring(colouring)
    {
    }

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override
    {
        QGraphicsView::drawBackground(painter, rect);
        MapDecorations::paintPlane(painter, painter->worldTransform());
    }
    void drawForeground(QPainter *painter, const QRectF &) override
    {
        MapDecorations::paintLabels(painter, painter->worldTransform(), viewport()->rect(), m_colouring);
    }

private:
    MarkerColouring m_colouring;
};

struct Options
{
    int repeat = 20;
    int naiveRepeat = 5;
    double zoomFraction = 50;
    QString dir;
    QString images;
};

struct Result
{
    int systems = 0;
    double build = 0;
    Frames full;
    Frames naive;
    Frames zoomed;
    double hitFull = 0;
    double hitZoomed = 0;
};

void saveImage(const Options &options, const QImage &image, int count, const char *what)
{
    if (!options.images.isEmpty())
        image.save(options.images + QStringLiteral("/map-%1-%2.png").arg(count).arg(QLatin1String(what)));
}

// MarkerIndex::clusters as the layer calls it for the whole viewport (median of repeat calls), and
// what the layer then draws.
void printClusters(const MapView &view, int repeat)
{
    const qreal scale = view.viewportTransform().m11();
    const qreal reach = (MarkerLayer::kClusterCell + MarkerLayer::kMarkerRadius) / scale;
    const QRectF exposed = view.mapToScene(view.viewport()->rect())
                               .boundingRect()
                               .intersected(view.layer()->boundingRect())
                               .adjusted(-reach, -reach, reach, reach);
    QVector<MarkerIndex::Cluster> found;
    const Frames calls = timeFrames(
        repeat, [&] { found = view.model()->index().clusters(exposed, MarkerLayer::kClusterCell / scale); });
    const auto lone = std::count_if(
        found.cbegin(), found.cend(), [](const MarkerIndex::Cluster &cluster) { return cluster.count == 1; });
    print(QStringLiteral(
        "  of which MarkerIndex::clusters %1 ms; drawn: %2 clusters with counts, %3 lone markers")
              .arg(ms(calls.median()))
              .arg(found.size() - lone)
              .arg(lone));
}

// The plane's background alone, and with the pinned labels: what a frame costs without markers.
void printFloor(QImage *image, const QTransform &toDevice, MarkerColouring colouring, int repeat)
{
    const auto paintFloor = [&](bool labels) {
        QPainter painter(image);
        painter.fillRect(image->rect(), Qt::white);
        MapDecorations::paintPlane(&painter, toDevice);
        if (labels)
            MapDecorations::paintLabels(&painter, toDevice, QRectF(image->rect()), colouring);
    };
    const Frames plane = timeFrames(repeat, [&] { paintFloor(false); });
    const Frames withLabels = timeFrames(repeat, [&] { paintFloor(true); });
    print(QStringLiteral(
        "  floor: background only (MapDecorations::paintPlane) %1 ms, with the pinned labels %2 ms")
              .arg(ms(plane.median()), ms(withLabels.median())));
}

// kHitCalls MarkerLayer::markerAt calls at random viewport points, best of three rounds; checked
// against (and compared with) a scan of every marker for the first kBruteForceCalls points.
double hitTest(const MapView &view, const QString &what)
{
    QRandomGenerator random(4);
    QVector<QPointF> points;
    points.reserve(kHitCalls);
    for (int i = 0; i < kHitCalls; ++i)
        points << view.mapToScene(QPoint(random.bounded(kWidth), random.bounded(kHeight)));
    const qreal scale = view.zoomFactor();
    const MarkerLayer *layer = view.layer();
    QVector<SystemId> found(kHitCalls);
    double best = std::numeric_limits<double>::infinity();
    for (int round = 0; round < 3; ++round) {
        best = std::min(best, seconds([&] {
            for (int i = 0; i < kHitCalls; ++i)
                found[i] = layer->markerAt(points[i], scale);
        }));
    }
    const int hits = int(kHitCalls - std::count(found.cbegin(), found.cend(), SystemId(0)));

    const MarkerIndex &index = view.model()->index();
    QVector<QPair<SystemId, QPointF>> all;
    for (const SystemId id : index.inRect(MapPlane::bounds().adjusted(-1e6, -1e6, 1e6, 1e6)))
        all.append({ id, index.position(id) });
    const qreal radius = (MarkerLayer::kMarkerRadius + 2) / scale;
    int mismatches = 0;
    const double scan = seconds([&] {
        for (int i = 0; i < kBruteForceCalls; ++i) {
            SystemId nearest = 0;
            qreal nearestSquared = radius * radius;
            for (const auto &[id, position] : std::as_const(all)) {
                const QPointF d = position - points[i];
                const qreal squared = d.x() * d.x() + d.y() * d.y();
                if (squared < nearestSquared || (squared == nearestSquared && id > nearest)) {
                    nearest = id;
                    nearestSquared = squared;
                }
            }
            mismatches += nearest != found[i];
        }
    });
    const double perCall = best / kHitCalls;
    const double scanPerCall = scan / kBruteForceCalls;
    print(QStringLiteral("  hit test, %1: %2 us/call, %3 of %4 random points on a marker "
                         "(reference scan of every marker %5 us/call, ratio %6)")
              .arg(what, fmt(perCall * 1e6, 2))
              .arg(hits)
              .arg(kHitCalls)
              .arg(fmt(scanPerCall * 1e6, 0), fmt(scanPerCall > 0 ? perCall / scanPerCall : 0, 4)));
    if (mismatches)
        std::fprintf(stderr, "bench_map: markerAt and the scan disagree on %d of %d points\n", mismatches,
            kBruteForceCalls);
    return perCall;
}

// The region-band cell with the most markers per plane unit: where a zoomed frame is dearest.
QRectF densestCell(const MapModel &model, QString *name, int *nonEmpty, int *fewest, int *most)
{
    QRectF best;
    double bestDensity = -1;
    *nonEmpty = 0;
    *fewest = std::numeric_limits<int>::max();
    *most = 0;
    for (int p = 0; p < valueCount<Paradigm>(); ++p) {
        for (const Tristate zone : { Tristate::Yes, Tristate::Unknown, Tristate::No }) {
            for (int f = 0; f < valueCount<AccessFootprint>(); ++f) {
                const auto paradigm = static_cast<Paradigm>(p);
                const auto footprint = static_cast<AccessFootprint>(f);
                const QRectF cell = MapPlane::cellRect(paradigm, zone, footprint);
                const int n = int(model.index().inRect(cell).size());
                *nonEmpty += n > 0;
                *fewest = std::min(*fewest, n);
                *most = std::max(*most, n);
                const double density = n / (cell.width() * cell.height());
                if (density > bestDensity) {
                    bestDensity = density;
                    best = cell;
                    *name = QStringLiteral("%1, NHI risk %2, footprint %3")
                                .arg(label(paradigm), label(zone), label(footprint));
                }
            }
        }
    }
    return best;
}
// MapModel::setWorkspace right after open, then twice more warm, against the least any map must
// do: derive and position every system, and index the positions.
double timeSceneBuild(MapModel *model, Workspace *workspace)
{
    double wall = 0;
    const double build = seconds([&] { model->setWorkspace(workspace); }, &wall);
    double again = std::numeric_limits<double>::infinity();
    for (int round = 0; round < 2; ++round) {
        model->setWorkspace(nullptr);
        again = std::min(again, seconds([&] { model->setWorkspace(workspace); }));
    }
    QVector<QPair<SystemId, QPointF>> positions;
    const double reference = seconds([&] {
        positions.reserve(workspace->systemCount());
        for (const SystemId id : workspace->systemIds()) {
            const AiSystem &system = *workspace->system(id);
            positions.append({ id, MapModel::positionFor(system, deriveValues(system)) });
        }
    });
    MarkerIndex index(MapPlane::bounds());
    const double indexBuild = seconds([&] { index.build(positions); });
    print(QStringLiteral("scene build (MapModel::setWorkspace after open): %1 ms [wall %2 ms], warm %3 ms "
                         "(reference: derive and position every system %4 ms, ratio %5; MarkerIndex::build "
                         "alone %6 ms)")
              .arg(ms(build), ms(wall), ms(again), ms(reference), fmt(reference > 0 ? build / reference : 0),
                  ms(indexBuild)));
    return build;
}

// The reference: one QGraphicsEllipseItem per visible marker, ItemIgnoresTransformations, in a
// view of the same size, transform and decorations as the map's.
Frames timeNaive(const MapView &view, const Options &options, QImage *image)
{
    QGraphicsScene scene;
    scene.setSceneRect(view.scene()->sceneRect());
    const MapModel *model = view.model();
    const double items = seconds([&] {
        for (const SystemId id : model->workspace()->systemIds()) {
            const MapMarker *marker = model->marker(id);
            if (!marker || !marker->visible)
                continue;
            const QColor fill
                = MarkerStyle::colour(view.colouring(), colourClass(*marker, view.colouring()));
            auto *item = new QGraphicsEllipseItem(-MarkerLayer::kMarkerRadius, -MarkerLayer::kMarkerRadius,
                2 * MarkerLayer::kMarkerRadius, 2 * MarkerLayer::kMarkerRadius);
            item->setPen(QPen(fill.darker(170), 1));
            item->setBrush(fill);
            item->setPos(marker->position);
            item->setFlag(QGraphicsItem::ItemIgnoresTransformations);
            scene.addItem(item);
        }
    });
    NaiveView naive(&scene, view.colouring());
    naive.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    naive.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    naive.setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    naive.setTransformationAnchor(QGraphicsView::NoAnchor);
    naive.setResizeAnchor(QGraphicsView::NoAnchor);
    naive.setFrameShape(QFrame::NoFrame);
    naive.setBackgroundBrush(Qt::white);
    naive.setRenderHint(QPainter::Antialiasing);
    naive.setAttribute(Qt::WA_DontShowOnScreen);
    naive.resize(kWidth, kHeight);
    naive.show();
    QCoreApplication::processEvents();
    naive.setTransform(view.transform());
    naive.horizontalScrollBar()->setValue(view.horizontalScrollBar()->value());
    naive.verticalScrollBar()->setValue(view.verticalScrollBar()->value());
    QCoreApplication::processEvents();
    if (naive.viewportTransform() != view.viewportTransform())
        std::fprintf(stderr, "bench_map: the reference view's transform differs from the map's\n");
    const auto frame = [&] { naive.viewport()->render(image); };
    const double first = seconds(frame); // builds the scene's index
    const Frames frames = timeFrames(options.naiveRepeat, frame);
    saveImage(options, *image, model->markerCount(), "naive");
    print(QStringLiteral("reference, one QGraphicsEllipseItem per system (ItemIgnoresTransformations), full "
                         "view: %1; first frame %2 ms; items built in %3 ms")
              .arg(frames.text(), ms(first), ms(items)));
    return frames;
}

double ratio(const Frames &ours, const Frames &reference)
{
    return reference.median() > 0 ? ours.median() / reference.median() : 0;
}

bool run(int count, const Options &options, Result *result)
{
    result->systems = count;
    print(QStringLiteral("=== %1 systems, %2x%3 ===").arg(count).arg(kWidth).arg(kHeight));
    QTemporaryDir temporary;
    const QString path = (options.dir.isEmpty() ? temporary.path() : options.dir)
        + QStringLiteral("/bench-map-%1.mandate").arg(count);
    QFile::remove(path);
    const std::unique_ptr<Workspace> workspace = createAndOpen(path, count);
    if (!workspace)
        return false;
    MapModel model;
    result->build = timeSceneBuild(&model, workspace.get());
    QString densest;
    int nonEmpty = 0;
    int fewest = 0;
    int most = 0;
    const QRectF dense = densestCell(model, &densest, &nonEmpty, &fewest, &most);
    print(QStringLiteral("markers: %1 visible, in %2 of 60 region-band cells (fewest %3, most %4)")
              .arg(model.visibleCount())
              .arg(nonEmpty)
              .arg(fewest)
              .arg(most));

    // --- full view -------------------------------------------------------------------------------
    MapView view(&model);
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.resize(kWidth, kHeight);
    view.show();
    QCoreApplication::processEvents();
    view.fitAll();
    QCoreApplication::processEvents();
    if (view.viewport()->size() != QSize(kWidth, kHeight))
        std::fprintf(stderr, "bench_map: the viewport is %dx%d\n", view.viewport()->width(),
            view.viewport()->height());
    QImage image(kWidth, kHeight, QImage::Format_ARGB32_Premultiplied);
    const auto frame = [&] { view.viewport()->render(&image); };
    const double first = seconds(frame); // fills the marker pixmap cache, loads fonts
    result->full = timeFrames(options.repeat, frame);
    saveImage(options, image, count, "full");
    print(QStringLiteral("full view (zoom %1 px per plane unit): %2; first frame %3 ms")
              .arg(fmt(view.zoomFactor(), 3), result->full.text(), ms(first)));
    printClusters(view, options.repeat);
    printFloor(&image, view.viewportTransform(), view.colouring(), options.repeat);
    result->hitFull = hitTest(view, QStringLiteral("full view"));
    result->naive = timeNaive(view, options, &image);
    print(
        QStringLiteral("  ratio full view / reference: %1").arg(fmt(ratio(result->full, result->naive), 3)));

    // --- zoomed on the densest cell: 1/zoomFraction of the plane in view -------------------------
    const QRectF plane = MapPlane::bounds();
    const qreal scale
        = std::sqrt(qreal(kWidth) * kHeight * options.zoomFraction / (plane.width() * plane.height()));
    view.setTransform(QTransform::fromScale(scale, scale));
    view.centerOn(dense.center());
    QCoreApplication::processEvents();
    const QRectF visible = view.mapToScene(view.viewport()->rect()).boundingRect();
    const QRectF visiblePlane = visible.intersected(plane);
    frame(); // warm
    result->zoomed = timeFrames(options.repeat, frame);
    saveImage(options, image, count, "zoomed");
    print(QStringLiteral("zoomed on %1 (zoom %2, 1/%3 of the plane in view, %4 markers): %5")
              .arg(densest, fmt(view.zoomFactor(), 2),
                  fmt(plane.width() * plane.height() / (visiblePlane.width() * visiblePlane.height()), 0))
              .arg(model.index().inRect(visible).size())
              .arg(result->zoomed.text()));
    printClusters(view, options.repeat);
    printFloor(&image, view.viewportTransform(), view.colouring(), options.repeat);
    result->hitZoomed = hitTest(view, QStringLiteral("zoomed"));

    print(QStringLiteral("%1 systems: build %2 ms; full view median %3 ms (max %4), naive %5 ms, ratio %6; "
                         "zoomed %7 ms (max %8); hit test %9 us/call full, %10 us/call zoomed")
              .arg(count)
              .arg(ms(result->build), ms(result->full.median()), ms(result->full.max()),
                  ms(result->naive.median()), fmt(ratio(result->full, result->naive), 3),
                  ms(result->zoomed.median()), ms(result->zoomed.max()), fmt(result->hitFull * 1e6, 2))
              .arg(fmt(result->hitZoomed * 1e6, 2)));
    print(QString());
    model.setWorkspace(nullptr);
    return true;
}

QString verdict(double measured, double goal)
{
    return QStringLiteral("%1 ms, goal %2 ms: %3")
        .arg(ms(measured), ms(goal), measured <= goal ? QStringLiteral("met") : QStringLiteral("MISSED"));
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times the four-paradigm map at scale, offscreen at 1920x1080."));
    parser.addHelpOption();
    const QCommandLineOption systemsOption(QStringLiteral("systems"),
        QStringLiteral("Numbers of systems, comma-separated."), QStringLiteral("N"),
        QStringLiteral("10000,100000"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("Frames timed per view."),
        QStringLiteral("F"), QStringLiteral("20"));
    const QCommandLineOption naiveOption(QStringLiteral("naive-repeat"),
        QStringLiteral("Frames timed for the one-item-per-system reference."), QStringLiteral("F"),
        QStringLiteral("5"));
    const QCommandLineOption zoomOption(QStringLiteral("zoom-fraction"),
        QStringLiteral("The zoomed view shows 1/K of the plane."), QStringLiteral("K"), QStringLiteral("50"));
    const QCommandLineOption dirOption(
        QStringLiteral("dir"), QStringLiteral("Directory for the workspace files."), QStringLiteral("DIR"));
    const QCommandLineOption imagesOption(QStringLiteral("images"),
        QStringLiteral("Directory to save the rendered frames in."), QStringLiteral("DIR"));
    parser.addOptions({ systemsOption, repeatOption, naiveOption, zoomOption, dirOption, imagesOption });
    parser.process(app);

    Options options;
    options.repeat = parser.value(repeatOption).toInt();
    options.naiveRepeat = parser.value(naiveOption).toInt();
    options.zoomFraction = parser.value(zoomOption).toDouble();
    options.dir = parser.value(dirOption);
    options.images = parser.value(imagesOption);
    QVector<int> sizes;
    for (const QString &part : parser.value(systemsOption).split(QLatin1Char(','), Qt::SkipEmptyParts))
        sizes << part.trimmed().toInt();
    if (sizes.isEmpty() || std::any_of(sizes.cbegin(), sizes.cend(), [](int n) { return n <= 0; })
        || options.repeat <= 0 || options.naiveRepeat <= 0 || !(options.zoomFraction >= 1)) {
        std::fprintf(stderr,
            "bench_map: --systems, --repeat and --naive-repeat must be positive, "
            "--zoom-fraction at least 1\n");
        return 1;
    }
    if (!options.images.isEmpty())
        QDir().mkpath(options.images);

    QVector<Result> results;
    for (const int count : std::as_const(sizes)) {
        Result result;
        if (!run(count, options, &result))
            return 3;
        results << result;
    }

    print(QStringLiteral(
        "systems   build ms   full median (max) ms   naive ms   ratio   zoomed median (max) ms   "
        "hit us/call full / zoomed"));
    for (const Result &r : std::as_const(results)) {
        print(
            QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                .arg(r.systems, 7)
                .arg(ms(r.build), 10)
                .arg(QStringLiteral("%1 (%2)").arg(ms(r.full.median()), ms(r.full.max())), 22)
                .arg(ms(r.naive.median()), 10)
                .arg(fmt(ratio(r.full, r.naive), 3), 7)
                .arg(QStringLiteral("%1 (%2)").arg(ms(r.zoomed.median()), ms(r.zoomed.max())), 24)
                .arg(QStringLiteral("%1 / %2").arg(fmt(r.hitFull * 1e6, 2), fmt(r.hitZoomed * 1e6, 2)), 27));
    }
    // The goals of issue 4, for the sizes they name.
    for (const Result &r : std::as_const(results)) {
        if (r.systems == 10000)
            print(QStringLiteral("goal, 10k full view: %1").arg(verdict(r.full.median(), 0.016)));
        if (r.systems == 100000) {
            print(QStringLiteral("goal, 100k full view: %1").arg(verdict(r.full.median(), 0.033)));
            print(QStringLiteral("goal, 100k zoomed: %1").arg(verdict(r.zoomed.median(), 0.016)));
            print(QStringLiteral("goal, 100k scene build: %1").arg(verdict(r.build, 0.100)));
        }
    }
    return 0;
}
