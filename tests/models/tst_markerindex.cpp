// The map's marker index: what the user sees in view, clicks and sees grouped must match the markers'
// real positions, however they were built, moved or removed.
#include "map/markerindex.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Mandate;

namespace {

const QRectF plane(0, 0, 4, 1);

using Markers = QVector<QPair<SystemId, QPointF>>;

// 5,000 markers spread over the plane (and a little beyond it), with a fixed seed so failures repeat.
Markers randomMarkers()
{
    QRandomGenerator random(20240404);
    Markers markers;
    for (SystemId id = 1; id <= 5000; ++id)
        markers.append({ id, QPointF(random.bounded(4.2) - 0.1, random.bounded(1.2) - 0.1) });
    // Some exactly on cell and plane edges, where off-by-one errors live.
    markers.append({ 5001, QPointF(0, 0) });
    markers.append({ 5002, QPointF(4, 1) });
    markers.append({ 5003, QPointF(2, 0.5) });
    markers.append({ 5004, QPointF(4.0 / 128 * 7, 1.0 / 128 * 9) });
    return markers;
}

QVector<SystemId> bruteForce(const Markers &markers, const QRectF &rect)
{
    const QRectF r = rect.normalized();
    QVector<SystemId> ids;
    for (const auto &m : markers) {
        if (m.second.x() >= r.left() && m.second.x() <= r.right() && m.second.y() >= r.top()
            && m.second.y() <= r.bottom())
            ids.append(m.first);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

class TestMarkerIndex : public QObject
{
    Q_OBJECT

private slots:
    void inRectFindsExactlyTheMarkersInside_data()
    {
        QTest::addColumn<QRectF>("rect");
        QTest::addRow("the whole plane") << plane;
        QTest::addRow("more than the whole plane") << QRectF(-1, -1, 6, 3);
        QTest::addRow("a zoomed-in corner") << QRectF(0, 0, 0.3, 0.2);
        QTest::addRow("the middle of the agentic quadrant") << QRectF(3.1, 0.2, 0.5, 0.5);
        QTest::addRow("a rect ending exactly on a marker") << QRectF(1, 0.25, 1, 0.25);
        QTest::addRow("a single point on a marker") << QRectF(2, 0.5, 0, 0);
        QTest::addRow("a rect drawn right to left") << QRectF(3, 0.8, -1.5, -0.6);
        QTest::addRow("only the area left of the plane") << QRectF(-0.2, 0, 0.2, 1);
        QTest::addRow("far away from every marker") << QRectF(10, 10, 1, 1);
        QTest::addRow("a thin vertical strip") << QRectF(1.5, -1, 0.001, 3);

        QRandomGenerator random(7);
        for (int i = 0; i < 40; ++i) {
            const qreal x = random.bounded(4.4) - 0.2;
            const qreal y = random.bounded(1.4) - 0.2;
            QTest::addRow("random rect %d", i)
                << QRectF(x, y, random.bounded(2.0) * random.bounded(1.0), random.bounded(0.6));
        }
    }

    void inRectFindsExactlyTheMarkersInside()
    {
        QFETCH(QRectF, rect);
        const Markers markers = randomMarkers();
        MarkerIndex index(plane);
        index.build(markers);
        QCOMPARE(index.size(), int(markers.size()));
        QCOMPARE(index.inRect(rect), bruteForce(markers, rect));
    }

    void anEmptyIndexFindsNothing()
    {
        MarkerIndex index(plane);
        QCOMPARE(index.size(), 0);
        QVERIFY(index.inRect(plane).isEmpty());
        QCOMPARE(index.hitTest(QPointF(1, 0.5), 1.0), SystemId(0));
        QVERIFY(index.clusters(plane, 0.5).isEmpty());
    }

    void hitTestFindsTheNearestWithinTheRadius_data()
    {
        QTest::addColumn<QPointF>("click");
        QTest::addColumn<qreal>("radius");
        QTest::addColumn<SystemId>("expected");
        QTest::addRow("a click on a marker") << QPointF(1, 0.5) << 0.05 << SystemId(10);
        QTest::addRow("a click near a marker") << QPointF(1.03, 0.5) << 0.05 << SystemId(10);
        QTest::addRow("a click between two, nearer the second") << QPointF(1.06, 0.5) << 0.05 << SystemId(11);
        QTest::addRow("a click just outside the radius") << QPointF(1, 0.56) << 0.05 << SystemId(0);
        QTest::addRow("a click on empty space") << QPointF(3, 0.2) << 0.05 << SystemId(0);
        QTest::addRow("a click exactly at the radius") << QPointF(1, 0.45) << 0.05 << SystemId(10);
        QTest::addRow("a click outside the plane reaches a marker on its edge")
            << QPointF(-0.02, 0.9) << 0.05 << SystemId(12);
        QTest::addRow("a click on two stacked markers picks the one on top")
            << QPointF(2.5, 0.25) << 0.05 << SystemId(21);
        QTest::addRow("equally near two markers picks the one on top")
            << QPointF(3.5, 0.5) << 0.2 << SystemId(31);
    }

    void hitTestFindsTheNearestWithinTheRadius()
    {
        QFETCH(QPointF, click);
        QFETCH(qreal, radius);
        QFETCH(SystemId, expected);
        MarkerIndex index(plane);
        index.build({ { 10, QPointF(1, 0.5) },
                      { 11, QPointF(1.1, 0.5) },
                      { 12, QPointF(0, 0.9) },
                      { 21, QPointF(2.5, 0.25) },
                      { 20, QPointF(2.5, 0.25) },
                      { 31, QPointF(3.4, 0.5) },
                      { 30, QPointF(3.6, 0.5) } });
        QCOMPARE(index.hitTest(click, radius), expected);
    }

    void hitTestMatchesABruteForceSearch()
    {
        const Markers markers = randomMarkers();
        MarkerIndex index(plane);
        index.build(markers);
        QRandomGenerator random(99);
        for (int i = 0; i < 500; ++i) {
            const QPointF click(random.bounded(4.4) - 0.2, random.bounded(1.4) - 0.2);
            const qreal radius = random.bounded(0.05);
            SystemId expected = 0;
            qreal best = radius * radius;
            for (const auto &m : markers) {
                const QPointF d = m.second - click;
                const qreal squared = d.x() * d.x() + d.y() * d.y();
                if (squared < best || (squared == best && m.first > expected)) {
                    best = squared;
                    expected = m.first;
                }
            }
            QCOMPARE(index.hitTest(click, radius), expected);
        }
    }

    void aMovedMarkerIsFoundAtItsNewPlaceOnly()
    {
        MarkerIndex index(plane);
        index.build({ { 1, QPointF(1.5, 0.5) }, { 2, QPointF(0.2, 0.2) } });
        // Dragged from generative into agentic.
        index.setPosition(1, QPointF(3.5, 0.5));
        QCOMPARE(index.size(), 2);
        QCOMPARE(index.position(1), QPointF(3.5, 0.5));
        QCOMPARE(index.hitTest(QPointF(3.5, 0.5), 0.05), SystemId(1));
        QCOMPARE(index.hitTest(QPointF(1.5, 0.5), 0.05), SystemId(0));
        QCOMPARE(index.inRect(QRectF(3, 0, 1, 1)), QVector<SystemId>{ 1 });
        QVERIFY(index.inRect(QRectF(1, 0, 1, 1)).isEmpty());
    }

    void aNewMarkerCanBeAddedOneAtATime()
    {
        MarkerIndex index(plane);
        index.setPosition(7, QPointF(0.5, 0.5));
        QVERIFY(index.contains(7));
        QCOMPARE(index.size(), 1);
        QCOMPARE(index.hitTest(QPointF(0.5, 0.5), 0.01), SystemId(7));
    }

    void aMarkerOutsideThePlaneKeepsItsExactPosition()
    {
        MarkerIndex index(plane);
        index.setPosition(3, QPointF(5, -2));
        QCOMPARE(index.position(3), QPointF(5, -2));
        QVERIFY(index.inRect(plane).isEmpty());
        QCOMPARE(index.inRect(QRectF(4.5, -2.5, 1, 1)), QVector<SystemId>{ 3 });
        QCOMPARE(index.hitTest(QPointF(5, -2), 0.01), SystemId(3));
    }

    void aRemovedMarkerIsGoneAndTheOthersStay()
    {
        Markers markers = randomMarkers();
        MarkerIndex index(plane);
        index.build(markers);
        // Remove every third marker, so that slots are reused from the end many times over.
        Markers kept;
        for (const auto &m : markers) {
            if (m.first % 3 == 0)
                index.remove(m.first);
            else
                kept.append(m);
        }
        index.remove(999999); // unknown: nothing happens
        QCOMPARE(index.size(), int(kept.size()));
        QVERIFY(!index.contains(3));
        QCOMPARE(index.position(3), QPointF());
        QCOMPARE(index.hitTest(markers.at(2).second, 0.0), SystemId(0));
        QCOMPARE(index.inRect(plane), bruteForce(kept, plane));
        QCOMPARE(index.inRect(QRectF(1, 0.2, 0.7, 0.3)), bruteForce(kept, QRectF(1, 0.2, 0.7, 0.3)));
        for (const auto &m : std::as_const(kept))
            QCOMPARE(index.position(m.first), m.second);
    }

    void buildReplacesThePreviousContent()
    {
        MarkerIndex index(plane);
        index.build({ { 1, QPointF(0.5, 0.5) }, { 2, QPointF(1.5, 0.5) } });
        index.build({ { 3, QPointF(2.5, 0.5) } });
        QCOMPARE(index.size(), 1);
        QVERIFY(!index.contains(1));
        QVERIFY(!index.contains(2));
        QCOMPARE(index.inRect(plane), QVector<SystemId>{ 3 });
        QCOMPARE(index.hitTest(QPointF(0.5, 0.5), 0.1), SystemId(0));
    }

    void clustersAccountForEveryMarkerInViewOnce_data()
    {
        QTest::addColumn<QRectF>("visible");
        QTest::addColumn<qreal>("cellSize");
        QTest::addRow("zoomed out over the whole plane") << plane << 0.25;
        QTest::addRow("zoomed in on one quadrant") << QRectF(1, 0, 1, 1) << 0.05;
        QTest::addRow("groups larger than the view") << QRectF(0.3, 0.3, 0.2, 0.2) << 1.0;
        QTest::addRow("tiny groups") << QRectF(2, 0.4, 0.3, 0.3) << 0.001;
        QTest::addRow("a view spanning too many groups for an array") << QRectF(-1e6, -1e6, 2e6, 2e6) << 0.001;
    }

    // Keys (colour classes) are counted per cluster, follow setKey, and fall back to 0 when out of range.
    void clustersCountTheirMarkersPerKey()
    {
        MarkerIndex index(plane);
        index.setPosition(1, QPointF(0.10, 0.10), 3);
        index.setPosition(2, QPointF(0.11, 0.10), 3);
        index.setPosition(3, QPointF(0.12, 0.11), 5);
        index.setPosition(4, QPointF(0.12, 0.12), 99);
        index.setPosition(9, QPointF(3.5, 0.9), 1);
        QVector<MarkerIndex::Cluster> clusters = index.clusters(plane, 0.5);
        QCOMPARE(clusters.size(), 2);
        QCOMPARE(clusters[0].count, 4);
        QCOMPARE(clusters[0].keyCounts[3], 2);
        QCOMPARE(clusters[0].keyCounts[5], 1);
        QCOMPARE(clusters[0].keyCounts[0], 1); // 99 is no key
        QCOMPARE(clusters[1].keyCounts[1], 1);

        index.setKey(3, 3);
        index.setPosition(2, QPointF(0.11, 0.10)); // moving without a key resets it to 0
        clusters = index.clusters(plane, 0.5);
        QCOMPARE(clusters[0].keyCounts[3], 2);
        QCOMPARE(clusters[0].keyCounts[5], 0);
        QCOMPARE(clusters[0].keyCounts[0], 2);
    }

    // Far too many groups for a flat array: the sparse path must give the same clusters, in the same order.
    void aHugeViewGivesTheSameClustersAsAFittingOne()
    {
        MarkerIndex index(plane);
        index.build(randomMarkers());
        const QRectF everything(-0.2, -0.2, 4.4, 1.4);
        const QVector<MarkerIndex::Cluster> fitting = index.clusters(everything, 0.01);
        const QVector<MarkerIndex::Cluster> huge = index.clusters(QRectF(-1e7, -1e7, 2e7, 2e7), 0.01);
        QCOMPARE(huge.size(), fitting.size());
        for (int i = 0; i < fitting.size(); ++i) {
            QCOMPARE(huge[i].representative, fitting[i].representative);
            QCOMPARE(huge[i].count, fitting[i].count);
            QCOMPARE(huge[i].center, fitting[i].center);
        }
    }

    void clustersAccountForEveryMarkerInViewOnce()
    {
        QFETCH(QRectF, visible);
        QFETCH(qreal, cellSize);
        const Markers markers = randomMarkers();
        MarkerIndex index(plane);
        index.build(markers);
        const QVector<MarkerIndex::Cluster> clusters = index.clusters(visible, cellSize);
        const QVector<SystemId> inView = index.inRect(visible);

        int total = 0;
        QSet<SystemId> assigned;
        for (const MarkerIndex::Cluster &cluster : clusters) {
            QVERIFY(cluster.count > 0);
            total += cluster.count;
            // The cluster's markers are exactly those in view within its bounds, all in one group.
            const QRectF groupCell(plane.left() + std::floor((cluster.center.x() - plane.left()) / cellSize) * cellSize,
                                   plane.top() + std::floor((cluster.center.y() - plane.top()) / cellSize) * cellSize,
                                   cellSize, cellSize);
            int members = 0;
            SystemId lowest = 0;
            for (const SystemId id : inView) {
                const QPointF p = index.position(id);
                const bool inGroup = std::floor((p.x() - plane.left()) / cellSize) * cellSize + plane.left()
                        == groupCell.left()
                    && std::floor((p.y() - plane.top()) / cellSize) * cellSize + plane.top() == groupCell.top();
                if (!inGroup)
                    continue;
                QVERIFY2(!assigned.contains(id), "a marker is in two clusters");
                assigned.insert(id);
                // QRectF stores a width, so its right edge may be off by a rounding error.
                QVERIFY(cluster.bounds.adjusted(-1e-12, -1e-12, 1e-12, 1e-12).contains(p));
                if (lowest == 0)
                    lowest = id;
                ++members;
            }
            QCOMPARE(cluster.count, members);
            QCOMPARE(cluster.representative, lowest);
        }
        QCOMPARE(total, int(inView.size()));
        QCOMPARE(int(assigned.size()), int(inView.size()));
    }

    void aLoneMarkerIsItsOwnCluster()
    {
        MarkerIndex index(plane);
        index.build({ { 4, QPointF(0.3, 0.7) }, { 5, QPointF(3.3, 0.2) } });
        const QVector<MarkerIndex::Cluster> clusters = index.clusters(QRectF(0, 0, 2, 1), 0.5);
        QCOMPARE(clusters.size(), 1);
        QCOMPARE(clusters.first().count, 1);
        QCOMPARE(clusters.first().representative, SystemId(4));
        QCOMPARE(clusters.first().center, QPointF(0.3, 0.7));
        QCOMPARE(clusters.first().bounds, QRectF(0.3, 0.7, 0, 0));
    }

    void aDenseSpotBecomesOneClusterWithTheRightCount()
    {
        MarkerIndex index(plane);
        Markers markers;
        // 200 systems crowded around (1.2, 0.6), inside one 0.25 group, and one far away.
        for (SystemId id = 100; id < 300; ++id)
            markers.append({ id, QPointF(1.2 + (id % 10) * 0.002, 0.6 + (id / 10 % 20) * 0.002) });
        markers.append({ 7, QPointF(3.9, 0.1) });
        index.build(markers);
        const QVector<MarkerIndex::Cluster> clusters = index.clusters(plane, 0.25);
        QCOMPARE(clusters.size(), 2);
        const MarkerIndex::Cluster dense = clusters.at(0).count > 1 ? clusters.at(0) : clusters.at(1);
        QCOMPARE(dense.count, 200);
        QCOMPARE(dense.representative, SystemId(100));
        QVERIFY(qAbs(dense.center.x() - 1.209) < 1e-9);
        QVERIFY(qAbs(dense.center.y() - 0.619) < 1e-9);
        QCOMPARE(dense.bounds.topLeft(), QPointF(1.2, 0.6));
        QVERIFY(qAbs(dense.bounds.right() - 1.218) < 1e-9);
        QVERIFY(qAbs(dense.bounds.bottom() - 0.638) < 1e-9);
        // Zoomed in, the same spot splits into several groups that still add up.
        int total = 0;
        const QVector<MarkerIndex::Cluster> zoomed = index.clusters(QRectF(1, 0.5, 0.5, 0.5), 0.01);
        QVERIFY(zoomed.size() > 1);
        for (const MarkerIndex::Cluster &cluster : zoomed)
            total += cluster.count;
        QCOMPARE(total, 200);
    }
};

QTEST_GUILESS_MAIN(TestMarkerIndex)
#include "tst_markerindex.moc"
