#include "mapplane.h"

#include <QtMath>

#include <algorithm>

namespace Mandate::MapPlane {
namespace {

constexpr qreal kMargin = 0.06; // of a cell's width or height, kept free on each side

// Left edge of each region, Undecided first, in the order of the Paradigm enum.
qreal regionLeft(Paradigm paradigm)
{
    if (paradigm == Paradigm::Undecided)
        return -kUndecidedWidth;
    return (int(paradigm) - int(Paradigm::Causal)) * kRegionWidth;
}

// A well-mixed 64-bit hash (splitmix64), so that neighbouring ids land far apart.
quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

QRectF inner(const QRectF &cell)
{
    return cell.adjusted(cell.width() * kMargin, cell.height() * kMargin, -cell.width() * kMargin,
        -cell.height() * kMargin);
}

} // namespace

QRectF bounds()
{
    return QRectF(-kUndecidedWidth, 0, kUndecidedWidth + 4 * kRegionWidth, kHeight);
}

qreal executionBoundaryX()
{
    return regionLeft(Paradigm::Agentic);
}

QRectF regionRect(Paradigm paradigm)
{
    const qreal width = paradigm == Paradigm::Undecided ? kUndecidedWidth : kRegionWidth;
    return QRectF(regionLeft(paradigm), 0, width, kHeight);
}

Paradigm paradigmAt(qreal x)
{
    if (x < 0)
        return Paradigm::Undecided;
    const int region = std::min(3, int(x / kRegionWidth));
    return static_cast<Paradigm>(int(Paradigm::Causal) + region);
}

QRectF bandRect(Tristate nhiRisk, AccessFootprint footprint)
{
    qreal top = 0;
    qreal bottom = kNhiRiskLineY - kUnknownZoneHalfHeight;
    if (nhiRisk == Tristate::Unknown) {
        top = bottom;
        bottom = kNhiRiskLineY + kUnknownZoneHalfHeight;
    } else if (nhiRisk == Tristate::No) {
        top = kNhiRiskLineY + kUnknownZoneHalfHeight;
        bottom = kHeight;
    }
    // Four footprint steps per zone, the largest on top.
    const qreal step = (bottom - top) / 4;
    const int fromTop = int(AccessFootprint::AdminOrSecrets) - int(footprint);
    const QRectF plane = bounds();
    return QRectF(plane.left(), top + fromTop * step, plane.width(), step);
}

QRectF cellRect(Paradigm paradigm, Tristate nhiRisk, AccessFootprint footprint)
{
    const QRectF region = regionRect(paradigm);
    const QRectF band = bandRect(nhiRisk, footprint);
    return QRectF(region.left(), band.top(), region.width(), band.height());
}

QPointF clampInto(const QPointF &point, const QRectF &cell)
{
    const QRectF area = inner(cell);
    return QPointF(std::clamp(point.x(), area.left(), area.right()), std::clamp(point.y(), area.top(), area.bottom()));
}

QPointF automaticPosition(const QRectF &cell, SystemId id)
{
    const quint64 h = mix(quint64(id));
    const qreal u = qreal(h & 0xffffffffULL) / qreal(0x100000000ULL);
    const qreal v = qreal(h >> 32) / qreal(0x100000000ULL);
    const QRectF area = inner(cell);
    return QPointF(area.left() + u * area.width(), area.top() + v * area.height());
}

QVector<QPointF> arrangedPositions(const QRectF &cell, int count)
{
    QVector<QPointF> positions;
    if (count <= 0)
        return positions;
    const QRectF area = inner(cell);
    // Columns and rows in the proportions of the area, so the spacing is about even both ways.
    const qreal aspect = area.width() / std::max<qreal>(area.height(), 1e-9);
    const int columns = std::max(1, int(std::ceil(std::sqrt(count * aspect))));
    const int rows = (count + columns - 1) / columns;
    const qreal dx = area.width() / columns;
    const qreal dy = area.height() / std::max(1, rows);
    positions.reserve(count);
    for (int i = 0; i < count; ++i)
        positions << QPointF(area.left() + (i % columns + 0.5) * dx, area.top() + (i / columns + 0.5) * dy);
    return positions;
}

} // namespace Mandate::MapPlane
