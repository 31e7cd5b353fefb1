#include "markerindex.h"

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

void MarkerIndex::setPosition(SystemId id, const QPointF &position)
{
    const int cell = cellOf(position);
    const auto found = m_slotOf.constFind(id);
    if (found == m_slotOf.constEnd()) {
        const int slot = int(m_entries.size());
        m_entries.append(Entry{ id, position, cell });
        m_slotOf.insert(id, slot);
        insertIntoCell(slot);
        return;
    }
    const int slot = found.value();
    Entry &entry = m_entries[slot];
    entry.position = position;
    if (entry.cell != cell) {
        removeFromCell(slot);
        entry.cell = cell;
        insertIntoCell(slot);
    }
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
    // Per group: its key (row, column) and sums, so the mean is exact whatever the order.
    struct Group
    {
        qint64 row, column;
        qreal sumX, sumY;
        qreal left, top, right, bottom;
        int count;
        SystemId representative;
    };
    QVector<Group> groups;
    QHash<QPair<qint64, qint64>, int> groupOf;
    const auto groupIndex = [&](qreal offset) {
        // Clamped only so that absurd coordinates cannot overflow; real ones never get near.
        return qint64(std::floor(qBound(qreal(-1e15), offset / cellSize, qreal(1e15))));
    };
    forEachIn(visible, [&](const Entry &entry) {
        const QPointF p = entry.position;
        const QPair<qint64, qint64> key(groupIndex(p.y() - m_bounds.top()), groupIndex(p.x() - m_bounds.left()));
        const auto found = groupOf.constFind(key);
        if (found == groupOf.constEnd()) {
            groupOf.insert(key, int(groups.size()));
            groups.append(Group{ key.first, key.second, p.x(), p.y(), p.x(), p.y(), p.x(), p.y(), 1, entry.id });
            return;
        }
        Group &g = groups[found.value()];
        g.sumX += p.x();
        g.sumY += p.y();
        g.left = qMin(g.left, p.x());
        g.right = qMax(g.right, p.x());
        g.top = qMin(g.top, p.y());
        g.bottom = qMax(g.bottom, p.y());
        ++g.count;
        g.representative = qMin(g.representative, entry.id);
    });
    std::sort(groups.begin(), groups.end(), [](const Group &a, const Group &b) {
        return a.row != b.row ? a.row < b.row : a.column < b.column;
    });
    result.reserve(groups.size());
    for (const Group &g : std::as_const(groups)) {
        Cluster cluster;
        cluster.center = QPointF(g.sumX / g.count, g.sumY / g.count);
        cluster.count = g.count;
        cluster.representative = g.representative;
        cluster.bounds = QRectF(QPointF(g.left, g.top), QPointF(g.right, g.bottom));
        result.append(cluster);
    }
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
