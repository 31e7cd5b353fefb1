#pragma once
// All the markers of the four-paradigm map, drawn by one graphics item from MapModel's spatial
// index: only what is exposed is visited, dense areas are drawn as clusters with counts, and
// markers keep their size on screen at any zoom. One item per system would cost tens of
// milliseconds a frame at 100k systems (issue 4).

#include "markerstyle.h"

#include <QGraphicsItem>
#include <QHash>
#include <QPixmap>
#include <QSet>
#include <QVector>

class QFontMetricsF;

namespace Mandate {

class MapModel;

class MarkerLayer : public QGraphicsItem
{
public:
    // On screen, in device-independent pixels.
    static constexpr qreal kMarkerRadius = 5;
    static constexpr qreal kClusterCell = 22;
    // Names are written beside markers once this few are in view (and always for the hovered one).
    static constexpr int kMaxLabels = 150;
    // A longer name is elided; the marker's tooltip has it whole.
    static constexpr qreal kMaxLabelWidth = 200;

    // A name as the last paint wrote it, in device pixels.
    struct Label
    {
        SystemId id = 0;
        QRectF box;
        QString text;
    };

    explicit MarkerLayer(MapModel *model, QGraphicsItem *parent = nullptr);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    const QSet<SystemId> &selection() const { return m_selection; }
    void setSelection(const QSet<SystemId> &selection, SystemId current);
    SystemId current() const { return m_current; }
    void setHovered(SystemId id);
    // While a drag is under way: the selected markers are shown moved by offset (plane units).
    void setDragOffset(const QPointF &offset, bool dragging);
    // Repaint after the model changed.
    void refresh() { update(); }

    // The marker under a point (plane units) at the given view scale, or 0.
    SystemId markerAt(const QPointF &planePoint, qreal scale) const;
    // The names the last paint wrote: none covers another or a neighbouring marker, except that
    // the current system's and the hovered one's are always written.
    const QVector<Label> &labels() const { return m_labels; }

private:
    void drawMarker(QPainter *painter, const QPointF &at, const MapMarker &marker, qreal dpr);
    void drawCluster(QPainter *painter, const QPointF &at, const MarkerIndex::Cluster &cluster, qreal dpr);
    static void paintClusterShape(QPainter *painter, const QPointF &at, int count, const QColor &fill);
    void drawSuggestion(QPainter *painter, const QTransform &toDevice, const MapMarker &marker);
    void placeLabels(const QFontMetricsF &metrics, const QTransform &toDevice, const QRectF &room,
                     const QVector<MarkerIndex::Cluster> &clusters, bool all);
    void drawLabel(QPainter *painter, const Label &label);
    const QPixmap &markerPixmap(int colourClass, bool diamond, bool disagrees, qreal dpr);
    static void paintMarkerShape(QPainter *painter, const QPointF &center, const QColor &fill, bool diamond,
                                 bool disagrees);

    MapModel *m_model;
    MarkerColouring m_pixmapColouring = MarkerColouring::RuntimeAuthority; // what the caches were drawn for
    QSet<SystemId> m_selection;
    SystemId m_current = 0;
    SystemId m_hovered = 0;
    QPointF m_dragOffset;
    bool m_dragging = false;
    bool m_vector = false; // painting into a PDF: shapes instead of cached pixmaps
    QHash<int, QPixmap> m_pixmaps; // by colour class, shape and disagreement; cleared on a new colouring
    QHash<QString, QPixmap> m_clusterPixmaps; // by count label and colour class
    QVector<Label> m_labels;
};

} // namespace Mandate
