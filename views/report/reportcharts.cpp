#include "reportcharts.h"

#include "map/markercolouring.h"
#include "mapdecorations.h"
#include "markerlayer.h"
#include "markerstyle.h"
#include "reporttext.h"
#include "storage/workspace.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace Mandate::ReportCharts {
namespace {

// Bar chart geometry, in device pixels at 96 dpi (1 px = 1/96 inch).
constexpr qreal kTitleHeight = 22;
constexpr qreal kRowHeight = 18;
constexpr qreal kBarHeight = 12;
constexpr qreal kBottomPadding = 6;
constexpr int kLabelPixelSize = 11; // about 8 pt
constexpr int kTitlePixelSize = 13; // about 10 pt
const QColor kInk(0x30, 0x36, 0x3d);
const QColor kAxis(0xb0, 0xb8, 0xc2);

// The canvas the map is laid out on before it is scaled into the target: wide enough for
// MapDecorations' pinned labels (an axis 150 px wide), and as high as the plane then needs.
constexpr qreal kMapWidth = 1100;
constexpr qreal kMapHeight = 520;
constexpr int kMapFontPixelSize = 13;
constexpr int kCrowded = 1000; // dots beyond which markers are drawn smaller

// The canvas scaled to fit target, aspect ratio kept, centred.
QTransform canvasToTarget(const QRectF &target)
{
    const qreal scale = std::max(qreal(0), std::min(target.width() / kMapWidth, target.height() / kMapHeight));
    return QTransform(scale, 0, 0, scale, target.left() + (target.width() - scale * kMapWidth) / 2,
        target.top() + (target.height() - scale * kMapHeight) / 2);
}

QFont sized(QFont font, int pixelSize, bool bold)
{
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    return font;
}

} // namespace

QColor paradigmColour(Paradigm paradigm)
{
    // Okabe and Ito's colour-blind-safe hues; Agentic in the vermilion of the map's execution boundary.
    switch (paradigm) {
    case Paradigm::Undecided: return QColor(0x99, 0x99, 0x99);
    case Paradigm::Causal: return QColor(0x56, 0xb4, 0xe9);
    case Paradigm::Predictive: return QColor(0x00, 0x72, 0xb2);
    case Paradigm::Generative: return QColor(0x00, 0x9e, 0x73);
    case Paradigm::Agentic: return QColor(0xd5, 0x5e, 0x00);
    }
    return Qt::gray;
}

QColor severityColour(Severity severity)
{
    // Class 0 of the severity colouring is "no findings".
    return MarkerStyle::colour(MarkerColouring::FindingSeverity, int(severity) + 1);
}

qreal barChartHeight(int barCount)
{
    return kTitleHeight + std::max(barCount, 1) * kRowHeight + kBottomPadding;
}

void paintBarChart(QPainter *painter, const QRectF &target, const QString &title, const QVector<ChartBar> &bars)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    const QFont titleFont = sized(painter->font(), kTitlePixelSize, true);
    const QFont labelFont = sized(painter->font(), kLabelPixelSize, false);
    const QFontMetricsF metrics(labelFont);
    painter->setFont(titleFont);
    painter->setPen(kInk);
    painter->drawText(QRectF(target.left(), target.top(), target.width(), kTitleHeight),
        Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(titleFont).elidedText(title, Qt::ElideRight, target.width()));

    // Labels take what they need, up to two fifths of the width; the widest value fits after a
    // full-length bar.
    int highest = 0;
    qreal labelWidth = 0;
    qreal valueWidth = 0;
    for (const ChartBar &bar : bars) {
        highest = std::max(highest, bar.value);
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(bar.label));
        valueWidth = std::max(valueWidth, metrics.horizontalAdvance(ReportText::number(bar.value)));
    }
    const qreal labelColumn = std::min(labelWidth + 10, target.width() * 0.4);
    const qreal axisX = target.left() + labelColumn;
    const qreal longest = std::max(qreal(0), target.right() - axisX - valueWidth - 8);

    painter->setFont(labelFont);
    qreal y = target.top() + kTitleHeight;
    for (const ChartBar &bar : bars) {
        painter->setPen(kInk);
        painter->drawText(QRectF(target.left(), y, labelColumn - 6, kRowHeight), Qt::AlignRight | Qt::AlignVCenter,
            metrics.elidedText(bar.label, Qt::ElideRight, labelColumn - 6));
        const qreal length = highest > 0 ? longest * std::max(bar.value, 0) / highest : 0;
        if (length > 0)
            painter->fillRect(QRectF(axisX, y + (kRowHeight - kBarHeight) / 2, length, kBarHeight), bar.colour);
        painter->drawText(QRectF(axisX + length + 4, y, valueWidth + 4, kRowHeight), Qt::AlignLeft | Qt::AlignVCenter,
            ReportText::number(bar.value));
        y += kRowHeight;
    }
    // The axis the bars grow from, over their whole height.
    painter->setPen(QPen(kAxis, 1));
    painter->drawLine(QPointF(axisX, target.top() + kTitleHeight), QPointF(axisX, std::max(y, target.top() + kTitleHeight + kRowHeight)));
    painter->restore();
}

QVector<MapDot> mapDots(const Workspace &workspace, const QVector<SystemId> &ids, MarkerColouring colouring,
                        const QDate &today)
{
    // One query for the whole estate, as the map does; the rest is in memory.
    const QSet<SystemId> withImportFindings = workspace.systemsWithImportFindings();
    QVector<MapDot> dots;
    dots.reserve(ids.size());
    for (const SystemId id : ids) {
        const AiSystem *system = workspace.system(id);
        if (!system)
            continue;
        const MapMarker marker = MapModel::markerFor(*system, today, withImportFindings.contains(id));
        dots.append(MapDot { marker.position, colourClass(marker, colouring), marker.isIdentitySubject(),
            marker.suggestionDiffers() });
    }
    return dots;
}

qreal mapHeightForWidth(qreal width)
{
    return width * kMapHeight / kMapWidth;
}

QTransform planeToTarget(const QRectF &target)
{
    return MapDecorations::fitTransform(QRectF(0, 0, kMapWidth, kMapHeight)) * canvasToTarget(target);
}

void paintMap(QPainter *painter, const QRectF &target, const QVector<MapDot> &dots, MarkerColouring colouring)
{
    const QTransform canvas = canvasToTarget(target);
    if (canvas.m11() <= 0)
        return;
    painter->save();
    painter->setWorldTransform(canvas, true);
    const QTransform base = painter->worldTransform();
    const QRectF area(0, 0, kMapWidth, kMapHeight);
    painter->fillRect(area, Qt::white);
    painter->setFont(sized(painter->font(), kMapFontPixelSize, false));
    const QTransform toDevice = MapDecorations::fitTransform(area);
    MapDecorations::paintPlane(painter, toDevice, base);

    // One path per colour class and shape, so that ten thousand dots stay a few objects in the
    // PDF; classes in order, so that the worst severity or authority is drawn on top.
    const int classes = colourClassCount(colouring);
    QVector<QPainterPath> circles(classes);
    QVector<QPainterPath> diamonds(classes);
    QPainterPath rings;
    // Markers as the map draws them; smaller on a crowded map, whose dense cells would otherwise be
    // a solid mass of outlines (the screen clusters them, paper cannot).
    const qreal r = dots.size() > kCrowded ? MarkerLayer::kMarkerRadius * 0.7 : MarkerLayer::kMarkerRadius;
    const qreal d = r + 1.5; // as MarkerLayer draws identity subjects
    for (const MapDot &dot : dots) {
        const int c = std::clamp(dot.colourClass, 0, classes - 1);
        const QPointF at = toDevice.map(dot.position);
        if (dot.identitySubject) {
            diamonds[c].moveTo(at + QPointF(0, -d));
            diamonds[c].lineTo(at + QPointF(d, 0));
            diamonds[c].lineTo(at + QPointF(0, d));
            diamonds[c].lineTo(at + QPointF(-d, 0));
            diamonds[c].closeSubpath();
        } else {
            circles[c].addEllipse(at, r, r);
        }
        if (dot.classifierDisagrees)
            rings.addEllipse(at, r + 3, r + 3);
    }
    painter->setRenderHint(QPainter::Antialiasing, true);
    // Rings under the dots: around a lone marker they show; in a crowd they do not darken it.
    if (!rings.isEmpty()) {
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(QColor(0x20, 0x20, 0x20), 1.4));
        painter->drawPath(rings);
    }
    for (int c = 0; c < classes; ++c) {
        const QColor fill = MarkerStyle::colour(colouring, c);
        const QPen outline(fill.darker(170), 1);
        // Winding fill: overlapping dots of one class must not cancel each other out.
        circles[c].setFillRule(Qt::WindingFill);
        diamonds[c].setFillRule(Qt::WindingFill);
        painter->setPen(outline);
        painter->setBrush(fill);
        if (!circles[c].isEmpty())
            painter->drawPath(circles[c]);
        if (!diamonds[c].isEmpty())
            painter->drawPath(diamonds[c]);
    }
    MapDecorations::paintLabels(painter, toDevice, area, colouring, base);
    painter->restore();
}

} // namespace Mandate::ReportCharts
