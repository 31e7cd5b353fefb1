// The map's geometry: where a region, a band and a cell lie decides what an analyst reads off the
// map (left to right the paradigm, top to bottom the NHI risk and access footprint), so it must hold
// at every edge, and automatic and arranged spots must stay inside the cell they belong to.
#include "map/mapplane.h"

#include <QSet>
#include <QTest>

using namespace Mandate;
using namespace Mandate::MapPlane;

Q_DECLARE_METATYPE(Mandate::Paradigm)
Q_DECLARE_METATYPE(Mandate::Tristate)
Q_DECLARE_METATYPE(Mandate::AccessFootprint)

namespace {

// Left to right, as on the map.
const QVector<Paradigm> kRegions { Paradigm::Undecided, Paradigm::Causal, Paradigm::Predictive,
    Paradigm::Generative, Paradigm::Agentic };
// Top to bottom within a zone.
const QVector<AccessFootprint> kFootprints { AccessFootprint::AdminOrSecrets, AccessFootprint::Write,
    AccessFootprint::Read, AccessFootprint::None };
// Top to bottom, zone by zone.
const QVector<Tristate> kZones { Tristate::Yes, Tristate::Unknown, Tristate::No };

// Strictly inside: not on an edge, where a marker would sit on a line.
bool strictlyInside(const QRectF &rect, const QPointF &p)
{
    return p.x() > rect.left() && p.x() < rect.right() && p.y() > rect.top() && p.y() < rect.bottom();
}

QRectF someCell()
{
    return cellRect(Paradigm::Generative, Tristate::No, AccessFootprint::Write);
}

} // namespace

class TestMapPlane : public QObject
{
    Q_OBJECT

private slots:
    void regionsRunLeftToRightInParadigmOrder()
    {
        QCOMPARE(regionRect(Paradigm::Undecided).left(), bounds().left());
        QCOMPARE(regionRect(Paradigm::Agentic).right(), bounds().right());
        for (int i = 0; i + 1 < kRegions.size(); ++i) {
            const QRectF left = regionRect(kRegions[i]);
            const QRectF right = regionRect(kRegions[i + 1]);
            QVERIFY2(qFuzzyCompare(left.right(), right.left()), qPrintable(toId(kRegions[i])));
        }
        for (const Paradigm paradigm : kRegions) {
            const QRectF region = regionRect(paradigm);
            QCOMPARE(region.top(), bounds().top());
            QCOMPARE(region.bottom(), bounds().bottom());
            if (paradigm != Paradigm::Undecided)
                QCOMPARE(region.width(), kRegionWidth);
        }
        // The strip for unclassified systems is narrower than a region, and left of Causal.
        QVERIFY(regionRect(Paradigm::Undecided).width() < regionRect(Paradigm::Causal).width());
        QVERIFY(regionRect(Paradigm::Undecided).right() <= regionRect(Paradigm::Causal).left());
    }

    void paradigmAtFindsTheRegionUnderAPoint_data()
    {
        QTest::addColumn<qreal>("x");
        QTest::addColumn<Paradigm>("expected");
        const qreal tiny = 0.001;
        QTest::addRow("far left of the plane") << bounds().left() - 10000 << Paradigm::Undecided;
        QTest::addRow("the left edge of the plane") << bounds().left() << Paradigm::Undecided;
        QTest::addRow("just left of causal")
            << regionRect(Paradigm::Causal).left() - tiny << Paradigm::Undecided;
        for (int i = 1; i < kRegions.size(); ++i) {
            const Paradigm paradigm = kRegions[i];
            const QRectF region = regionRect(paradigm);
            const QByteArray name = toId(paradigm).toUtf8();
            QTest::addRow("the left edge of %s", name.constData()) << region.left() << paradigm;
            QTest::addRow("the middle of %s", name.constData()) << region.center().x() << paradigm;
            QTest::addRow("just inside the right edge of %s", name.constData())
                << region.right() - tiny << paradigm;
        }
        QTest::addRow("the right edge of the plane") << bounds().right() << Paradigm::Agentic;
        QTest::addRow("far right of the plane") << bounds().right() + 10000 << Paradigm::Agentic;
    }

    void paradigmAtFindsTheRegionUnderAPoint()
    {
        QFETCH(qreal, x);
        QFETCH(Paradigm, expected);
        QCOMPARE(paradigmAt(x), expected);
    }

    void theExecutionBoundaryIsTheLeftEdgeOfAgentic()
    {
        QCOMPARE(executionBoundaryX(), regionRect(Paradigm::Agentic).left());
        QCOMPARE(executionBoundaryX(), regionRect(Paradigm::Generative).right());
        QCOMPARE(paradigmAt(executionBoundaryX()), Paradigm::Agentic);
        QCOMPARE(paradigmAt(executionBoundaryX() - 0.001), Paradigm::Generative);
    }

    void bandsSitAboveOnOrBelowTheNhiRiskLine_data()
    {
        QTest::addColumn<AccessFootprint>("footprint");
        for (const AccessFootprint footprint : kFootprints)
            QTest::addRow("footprint %s", qPrintable(toId(footprint))) << footprint;
    }

    void bandsSitAboveOnOrBelowTheNhiRiskLine()
    {
        QFETCH(AccessFootprint, footprint);
        QVERIFY(bandRect(Tristate::Yes, footprint).bottom() <= kNhiRiskLineY);
        QVERIFY(bandRect(Tristate::No, footprint).top() >= kNhiRiskLineY);
        const QRectF unknown = bandRect(Tristate::Unknown, footprint);
        QVERIFY(unknown.top() >= kNhiRiskLineY - kUnknownZoneHalfHeight);
        QVERIFY(unknown.bottom() <= kNhiRiskLineY + kUnknownZoneHalfHeight);
        for (const Tristate risk : kZones) {
            // A band spans the whole plane; the region cuts a cell out of it.
            QCOMPARE(bandRect(risk, footprint).left(), bounds().left());
            QCOMPARE(bandRect(risk, footprint).right(), bounds().right());
            QVERIFY(bandRect(risk, footprint).height() > 0);
            QVERIFY(bounds().contains(bandRect(risk, footprint)));
        }
    }

    void theUnknownZoneStraddlesTheLine()
    {
        const QRectF top = bandRect(Tristate::Unknown, kFootprints.first());
        const QRectF bottom = bandRect(Tristate::Unknown, kFootprints.last());
        QVERIFY(top.top() < kNhiRiskLineY);
        QVERIFY(bottom.bottom() > kNhiRiskLineY);
        // The zones follow each other top to bottom without a gap: yes, unknown, no.
        QCOMPARE(bandRect(Tristate::Yes, kFootprints.last()).bottom(), top.top());
        QCOMPARE(bottom.bottom(), bandRect(Tristate::No, kFootprints.first()).top());
        QCOMPARE(bandRect(Tristate::Yes, kFootprints.first()).top(), bounds().top());
        QCOMPARE(bandRect(Tristate::No, kFootprints.last()).bottom(), bounds().bottom());
    }

    void withinAZoneTheLargerFootprintIsHigher_data()
    {
        QTest::addColumn<Tristate>("risk");
        QTest::addRow("NHI risk") << Tristate::Yes;
        QTest::addRow("NHI risk not ruled out") << Tristate::Unknown;
        QTest::addRow("no NHI risk") << Tristate::No;
    }

    void withinAZoneTheLargerFootprintIsHigher()
    {
        QFETCH(Tristate, risk);
        for (int i = 0; i + 1 < kFootprints.size(); ++i) {
            const QRectF upper = bandRect(risk, kFootprints[i]);
            const QRectF lower = bandRect(risk, kFootprints[i + 1]);
            QVERIFY2(qFuzzyCompare(upper.bottom(), lower.top()), qPrintable(toId(kFootprints[i])));
            QVERIFY(upper.top() < lower.top());
        }
    }

    void aCellIsItsRegionCrossedWithItsBand_data()
    {
        QTest::addColumn<Paradigm>("paradigm");
        QTest::addColumn<Tristate>("risk");
        QTest::addColumn<AccessFootprint>("footprint");
        for (const Paradigm paradigm : kRegions) {
            for (const Tristate risk : kZones) {
                for (const AccessFootprint footprint : kFootprints) {
                    QTest::addRow("%s, NHI risk %s, footprint %s", qPrintable(toId(paradigm)),
                        qPrintable(toId(risk)), qPrintable(toId(footprint)))
                        << paradigm << risk << footprint;
                }
            }
        }
    }

    void aCellIsItsRegionCrossedWithItsBand()
    {
        QFETCH(Paradigm, paradigm);
        QFETCH(Tristate, risk);
        QFETCH(AccessFootprint, footprint);
        const QRectF cell = cellRect(paradigm, risk, footprint);
        QCOMPARE(cell, regionRect(paradigm).intersected(bandRect(risk, footprint)));
        QCOMPARE(paradigmAt(cell.center().x()), paradigm);
    }

    void clampIntoKeepsPointsInsideTheCell_data()
    {
        QTest::addColumn<QPointF>("point");
        const QRectF cell = someCell();
        QTest::addRow("far left") << QPointF(cell.left() - 5000, cell.center().y());
        QTest::addRow("far right") << QPointF(cell.right() + 5000, cell.center().y());
        QTest::addRow("far above") << QPointF(cell.center().x(), cell.top() - 5000);
        QTest::addRow("far below") << QPointF(cell.center().x(), cell.bottom() + 5000);
        QTest::addRow("beyond the top left corner") << cell.topLeft() - QPointF(1, 1);
        QTest::addRow("beyond the bottom right corner") << cell.bottomRight() + QPointF(1, 1);
        QTest::addRow("on the top edge") << QPointF(cell.center().x(), cell.top());
        QTest::addRow("on the left edge") << QPointF(cell.left(), cell.center().y());
    }

    void clampIntoKeepsPointsInsideTheCell()
    {
        QFETCH(QPointF, point);
        const QRectF cell = someCell();
        const QPointF clamped = clampInto(point, cell);
        QVERIFY2(strictlyInside(cell, clamped),
            qPrintable(QStringLiteral("%1,%2").arg(clamped.x()).arg(clamped.y())));
        // Clear of the lines by a margin a marker can be drawn in.
        QVERIFY(clamped.x() - cell.left() >= cell.width() * 0.01);
        QVERIFY(cell.right() - clamped.x() >= cell.width() * 0.01);
        QVERIFY(clamped.y() - cell.top() >= cell.height() * 0.01);
        QVERIFY(cell.bottom() - clamped.y() >= cell.height() * 0.01);
        // A coordinate already well inside is kept: a drag past the top keeps its x.
        if (point.x() == cell.center().x())
            QCOMPARE(clamped.x(), point.x());
        if (point.y() == cell.center().y())
            QCOMPARE(clamped.y(), point.y());
    }

    void clampIntoLeavesInnerPointsAlone()
    {
        const QRectF cell = someCell();
        for (const QPointF &inner :
            { cell.center(), cell.center() + QPointF(cell.width() / 4, -cell.height() / 4),
                cell.center() - QPointF(cell.width() / 3, cell.height() / 3) })
            QCOMPARE(clampInto(inner, cell), inner);
    }

    void automaticPositionIsInsideTheCellAndStable()
    {
        for (const Paradigm paradigm : kRegions) {
            for (const Tristate risk : kZones) {
                for (const AccessFootprint footprint : kFootprints) {
                    const QRectF cell = cellRect(paradigm, risk, footprint);
                    for (SystemId id = 1; id <= 50; ++id) {
                        const QPointF spot = automaticPosition(cell, id);
                        QVERIFY(strictlyInside(cell, spot));
                        QCOMPARE(automaticPosition(cell, id), spot);
                        // Nothing to clamp: an automatic spot keeps the margin too.
                        QCOMPARE(clampInto(spot, cell), spot);
                    }
                }
            }
        }
    }

    void automaticPositionsSpreadOverTheCell()
    {
        const QRectF cell = someCell();
        QSet<QPair<qreal, qreal>> distinct;
        int quadrants[2][2] = { { 0, 0 }, { 0, 0 } };
        for (SystemId id = 1; id <= 1000; ++id) {
            const QPointF spot = automaticPosition(cell, id);
            distinct.insert({ spot.x(), spot.y() });
            ++quadrants[spot.x() < cell.center().x() ? 0 : 1][spot.y() < cell.center().y() ? 0 : 1];
        }
        QCOMPARE(distinct.size(), 1000);
        // Neighbouring ids land far apart: each quarter of the cell gets a fair share.
        for (const auto &column : quadrants) {
            for (const int count : column)
                QVERIFY2(count > 150, qPrintable(QString::number(count)));
        }
        QVERIFY(automaticPosition(cell, 1) != automaticPosition(cell, 2));
    }

    void arrangedPositionsAreDistinctRowByRowInsideTheCell_data()
    {
        QTest::addColumn<int>("count");
        QTest::addRow("one system") << 1;
        QTest::addRow("two systems") << 2;
        QTest::addRow("seven systems") << 7;
        QTest::addRow("a hundred systems") << 100;
        QTest::addRow("a thousand systems") << 1000;
    }

    void arrangedPositionsAreDistinctRowByRowInsideTheCell()
    {
        QFETCH(int, count);
        const QRectF cell = someCell();
        const QVector<QPointF> spots = arrangedPositions(cell, count);
        QCOMPARE(spots.size(), count);
        QSet<QPair<qreal, qreal>> distinct;
        for (int i = 0; i < spots.size(); ++i) {
            QVERIFY(strictlyInside(cell, spots[i]));
            distinct.insert({ spots[i].x(), spots[i].y() });
            if (i > 0) {
                // Row by row, left to right within a row.
                const QPointF &before = spots[i - 1];
                QVERIFY(
                    spots[i].y() > before.y() || (spots[i].y() == before.y() && spots[i].x() > before.x()));
            }
        }
        QCOMPARE(distinct.size(), count);
    }

    void nothingToArrangeGivesNoPositions()
    {
        QVERIFY(arrangedPositions(someCell(), 0).isEmpty());
        QVERIFY(arrangedPositions(someCell(), -3).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMapPlane)
#include "tst_mapplane.moc"
