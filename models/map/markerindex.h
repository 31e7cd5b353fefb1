#pragma once
// The markers of the four-paradigm map in plane coordinates, indexed by a uniform grid so that
// drawing, hit-testing and clustering touch only the cells in view: at 100k systems one graphics
// item per marker is too slow (issue 4). View-independent, so the map layer stays thin and all of
// this is unit-tested headless.

#include "domain/aisystem.h"

#include <QHash>
#include <QPair>
#include <QPointF>
#include <QRectF>
#include <QVector>

#include <array>

namespace Mandate {

class MarkerIndex
{
public:
    // bounds: the plane, e.g. QRectF(0, 0, 4, 1). Positions outside it are clamped into the edge
    // cells for indexing but keep their exact position.
    explicit MarkerIndex(const QRectF &bounds, int cellsPerSide = 128);

    // Each marker may carry a small key (below kKeyCount), e.g. its colour class; clusters count
    // their markers per key, so that a cluster can be drawn in the colour of what it holds.
    static constexpr int kKeyCount = 8;

    // Replaces everything; O(n). A repeated id keeps its last position. Keys are 0.
    void build(const QVector<QPair<SystemId, QPointF>> &markers);
    // Inserts or moves one marker (a key out of range counts as 0).
    void setPosition(SystemId id, const QPointF &position, int key = 0);
    // Changes the key of a marker already in the index.
    void setKey(SystemId id, int key);
    void remove(SystemId id);

    int size() const { return int(m_entries.size()); }
    bool contains(SystemId id) const { return m_slotOf.contains(id); }
    // The marker's exact position, or a null point for an unknown id.
    QPointF position(SystemId id) const;

    // Every marker inside rect (edges included), in ascending id order.
    QVector<SystemId> inRect(const QRectF &rect) const;
    // The marker nearest to point within radius (plane units), or 0. On a tie the higher id wins
    // (it is drawn last, on top).
    SystemId hitTest(const QPointF &point, qreal radius) const;

    struct Cluster
    {
        QPointF center;
        int count = 0;
        SystemId representative = 0;
        QRectF bounds;
        std::array<int, kKeyCount> keyCounts {}; // markers per key
    };
    // The markers inside visible grouped into square groups of side cellSize (plane units), aligned
    // to bounds' top-left: one Cluster per non-empty group, row by row then column by column;
    // center is the mean position; representative the lowest id; bounds the markers' bounding rect
    // (zero-sized for a lone marker). count 1 is a lone marker. Empty when cellSize <= 0.
    QVector<Cluster> clusters(const QRectF &visible, qreal cellSize) const;

private:
    struct Entry
    {
        SystemId id;
        QPointF position;
        int cell;
        quint8 key;
    };
    struct CellRange
    {
        int firstColumn, lastColumn, firstRow, lastRow;
    };

    int columnOf(qreal x) const;
    int rowOf(qreal y) const;
    int cellOf(const QPointF &p) const { return rowOf(p.y()) * m_cellsPerSide + columnOf(p.x()); }
    CellRange cellsCovering(const QRectF &normalizedRect) const;
    // clusters() for a rect that spans too many groups for a flat array of them.
    QVector<Cluster> clustersSparse(const QRectF &area, qreal cellSize) const;
    void insertIntoCell(int slot);
    void removeFromCell(int slot);

    // Calls f(const Entry &) for every marker inside rect (edges included), in no particular order.
    template<typename F>
    void forEachIn(const QRectF &rect, F f) const;

    QRectF m_bounds;
    int m_cellsPerSide;
    qreal m_cellWidth;
    qreal m_cellHeight;
    QVector<Entry> m_entries;         // dense; removal swaps the last one in
    QHash<SystemId, int> m_slotOf;    // id -> index into m_entries
    QVector<QVector<int>> m_cells;    // row-major; indices into m_entries
};

} // namespace Mandate
