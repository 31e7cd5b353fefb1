#include "markerindex.h"

#include <QMap>
#include <QtMath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Mandate {

namespace {

// Cell (or group) of a plane offset; NaN and anything beyond the grid land in the edge cells, so
// the mapping stays monotonic and a query rect always covers the cells of the points inside it.
int clampedCell(qreal offset, qreal cellSide, int cellCount)
{
    const qreal cell = std::floor(offset / cellSide);
    if (!(cell >= 0))
        return 0;
    if (cell >= cellCount)
        return cellCount - 1;
    return int(cell);
}

bool insideInclusive(const QRectF &normalized, const QPointF &p)
{
    return p.x() >= normalized.left() && p.x() <= normalized.right() && p.y() >= normalized.top()
        && p.y() <= normalized.bottom();
}

// Clamped only so that absurd coordinates cannot overflow; real ones never get near.
qint64 groupIndex(qreal offset, qreal cellSize)
{
    return qint64(std::floor(qBound(qreal(-1e15), offset / cellSize, qreal(1e15))));
}

// One cluster in the making: sums, so that the mean is exact whatever the order of markers.
struct GroupSums
{
    qreal sumX = 0, sumY = 0;
    qreal left = 0, top = 0, right = 0, bottom = 0;
    int count = 0;
    SystemId representative = 0;
    std::array<int, MarkerIndex::kKeyCount> keyCounts {};

    void add(const QPointF &p, SystemId id, quint8 key)
    {
        ++keyCounts[key];
        if (count == 0) {
            sumX = left = right = p.x();
            sumY = top = bottom = p.y();
            count = 1;
            representative = id;
            return;
        }
        sumX += p.x();
        sumY += p.y();
        left = qMin(left, p.x());
        right = qMax(right, p.x());
        top = qMin(top, p.y());
        bottom = qMax(bottom, p.y());
        ++count;
        representative = qMin(representative, id);
    }

    MarkerIndex::Cluster cluster() const
    {
        MarkerIndex::Cluster c;
        c.center = QPointF(sumX / count, sumY / count);
        c.count = count;
        c.representative = representative;
        c.bounds = QRectF(QPointF(left, top), QPointF(right, bottom));
        c.keyCounts = keyCounts;
        return c;
    }
};

} // namespace

template<typename F>
void MarkerIndex::forEachIn(const QRectF &rect, F f) const
{
    const QRectF normalized = rect.normalized();
    const CellRange range = cellsCovering(normalized);
    for (int row = range.firstRow; row <= range.lastRow; ++row) {
        for (int column = range.firstColumn; column <= range.lastColumn; ++column) {
            for (const int slot : m_cells[row * m_cellsPerSide + column]) {
                const Entry &entry = m_entries[slot];
                if (insideInclusive(normalized, entry.position))
                    f(entry);
            }
        }
    }
}

MarkerIndex::MarkerIndex(const QRectF &bounds, int cellsPerSide)
    : m_bounds(bounds.normalized())
    , m_cellsPerSide(qMax(1, cellsPerSide))
    , m_cellWidth(m_bounds.width() > 0 ? m_bounds.width() / m_cellsPerSide : 1.0)
    , m_cellHeight(m_bounds.height() > 0 ? m_bounds.height() / m_cellsPerSide : 1.0)
    , m_cells(m_cellsPerSide * m_cellsPerSide)
{
}

void MarkerIndex::build(const QVector<QPair<SystemId, QPointF>> &markers)
{
    m_entries.clear();
    m_entries.reserve(markers.size());
    m_slotOf.clear();
    m_slotOf.reserve(markers.size());
    for (QVector<int> &cell : m_cells)
        cell.clear(); // keeps capacity: rebuilding after a reload allocates little
    for (const auto &marker : markers)
        setPosition(marker.first, marker.second);
}

void MarkerIndex::setPosition(SystemId id, const QPointF &position, int key)
{
    const int cell = cellOf(position);
    const quint8 validKey = key >= 0 && key < kKeyCount ? quint8(key) : 0;
    const auto found = m_slotOf.constFind(id);
    if (found == m_slotOf.constEnd()) {
        const int slot = int(m_entries.size());
        m_entries.append(Entry{ id, position, cell, validKey });
        m_slotOf.insert(id, slot);
        insertIntoCell(slot);
        return;
    }
    const int slot = found.value();
    Entry &entry = m_entries[slot];
    entry.position = position;
    entry.key = validKey;
    if (entry.cell != cell) {
        removeFromCell(slot);
        entry.cell = cell;
        insertIntoCell(slot);
    }
}

void MarkerIndex::setKey(SystemId id, int key)
{
    const auto found = m_slotOf.constFind(id);
    if (found != m_slotOf.constEnd())
        m_entries[found.value()].key = key >= 0 && key < kKeyCount ? quint8(key) : 0;
}

void MarkerIndex::remove(SystemId id)
{
    const auto found = m_slotOf.find(id);
    if (found == m_slotOf.end())
        return;
    const int slot = found.value();
    m_slotOf.erase(found);
    removeFromCell(slot);
    const int last = int(m_entries.size()) - 1;
    if (slot != last) {
        // Keep the array dense: the last entry takes the freed slot, in its cell too.
        removeFromCell(last);
        m_entries[slot] = m_entries[last];
        m_slotOf[m_entries[slot].id] = slot;
        insertIntoCell(slot);
    }
    m_entries.removeLast();
}

QPointF MarkerIndex::position(SystemId id) const
{
    const int slot = m_slotOf.value(id, -1);
    return slot < 0 ? QPointF() : m_entries[slot].position;
}

QVector<SystemId> MarkerIndex::inRect(const QRectF &rect) const
{
    QVector<SystemId> ids;
    forEachIn(rect, [&ids](const Entry &entry) { ids.append(entry.id); });
    std::sort(ids.begin(), ids.end());
    return ids;
}

SystemId MarkerIndex::hitTest(const QPointF &point, qreal radius) const
{
    if (!(radius >= 0))
        return 0;
    const QRectF around(point.x() - radius, point.y() - radius, 2 * radius, 2 * radius);
    const qreal radiusSquared = radius * radius;
    SystemId best = 0;
    qreal bestSquared = std::numeric_limits<qreal>::infinity();
    forEachIn(around, [&](const Entry &entry) {
        const QPointF d = entry.position - point;
        const qreal squared = d.x() * d.x() + d.y() * d.y();
        if (squared > radiusSquared)
            return;
        if (squared < bestSquared || (squared == bestSquared && entry.id > best)) {
            best = entry.id;
            bestSquared = squared;
        }
    });
    return best;
}

QVector<MarkerIndex::Cluster> MarkerIndex::clusters(const QRectF &visible, qreal cellSize) const
{
    QVector<Cluster> result;
    if (!(cellSize > 0))
        return result;
    const QRectF area = visible.normalized();
    // Groups are aligned to the plane's top-left, so they stay put while the view pans. A view
    // covers a few thousand groups, so one flat array of them beats hashing every marker.
    const qint64 firstColumn = groupIndex(area.left() - m_bounds.left(), cellSize);
    const qint64 firstRow = groupIndex(area.top() - m_bounds.top(), cellSize);
    const qint64 columns = groupIndex(area.right() - m_bounds.left(), cellSize) - firstColumn + 1;
    const qint64 rows = groupIndex(area.bottom() - m_bounds.top(), cellSize) - firstRow + 1;
    constexpr qint64 kMaxGroups = 1 << 22;
    if (columns <= 0 || rows <= 0 || columns > kMaxGroups / rows)
        return clustersSparse(area, cellSize);

    QVector<GroupSums> groups(columns * rows);
    forEachIn(area, [&](const Entry &entry) {
        const QPointF p = entry.position;
        const qint64 column
            = qBound(qint64(0), groupIndex(p.x() - m_bounds.left(), cellSize) - firstColumn, columns - 1);
        const qint64 row = qBound(qint64(0), groupIndex(p.y() - m_bounds.top(), cellSize) - firstRow, rows - 1);
        groups[row * columns + column].add(p, entry.id, entry.key);
    });
    for (const GroupSums &g : std::as_const(groups)) {
        if (g.count > 0)
            result.append(g.cluster());
    }
    return result;
}

QVector<MarkerIndex::Cluster> MarkerIndex::clustersSparse(const QRectF &area, qreal cellSize) const
{
    QMap<QPair<qint64, qint64>, GroupSums> groups; // by (row, column): the order clusters() promises
    forEachIn(area, [&](const Entry &entry) {
        const QPointF p = entry.position;
        groups[{ groupIndex(p.y() - m_bounds.top(), cellSize), groupIndex(p.x() - m_bounds.left(), cellSize) }].add(
            p, entry.id, entry.key);
    });
    QVector<Cluster> result;
    result.reserve(groups.size());
    for (const GroupSums &g : std::as_const(groups))
        result.append(g.cluster());
    return result;
}

int MarkerIndex::columnOf(qreal x) const
{
    return clampedCell(x - m_bounds.left(), m_cellWidth, m_cellsPerSide);
}

int MarkerIndex::rowOf(qreal y) const
{
    return clampedCell(y - m_bounds.top(), m_cellHeight, m_cellsPerSide);
}

MarkerIndex::CellRange MarkerIndex::cellsCovering(const QRectF &normalizedRect) const
{
    return { columnOf(normalizedRect.left()), columnOf(normalizedRect.right()), rowOf(normalizedRect.top()),
             rowOf(normalizedRect.bottom()) };
}

void MarkerIndex::insertIntoCell(int slot)
{
    m_cells[m_entries[slot].cell].append(slot);
}

void MarkerIndex::removeFromCell(int slot)
{
    // Cells hold a handful of markers each, so a linear search beats keeping back-pointers.
    QVector<int> &cell = m_cells[m_entries[slot].cell];
    const auto it = std::find(cell.begin(), cell.end(), slot);
    if (it == cell.end())
        return;
    *it = cell.last();
    cell.removeLast();
}

} // namespace Mandate
