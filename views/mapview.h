#pragma once
// The four-paradigm map on screen: one MarkerLayer over the plane drawn by MapDecorations, and the
// gestures of an analyst: click and rubber-band selection, dragging markers into another region
// (one undo step), wheel and keyboard zoom, middle-button pan, arrow keys between markers. The
// selection is the inventory's: the window keeps both in step through selectionEdited() and
// setSelection().

#include "domain/mapplacement.h"
#include "markerstyle.h"

#include <QGraphicsView>
#include <QSet>

class QRubberBand;

namespace Mandate {

class MapModel;
class MarkerLayer;

class MapView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit MapView(MapModel *model, QWidget *parent = nullptr);

    MapModel *model() const { return m_model; }
    MarkerLayer *layer() const { return m_layer; }

    void setColouring(MarkerColouring colouring);
    MarkerColouring colouring() const;

    QVector<SystemId> selectedIds() const;
    SystemId currentId() const { return m_current; }
    // From the inventory: shows this selection, and brings the current system into view.
    void setSelection(const QVector<SystemId> &ids, SystemId current);

    void zoomIn();
    void zoomOut();
    void fitAll();
    // Shows the plane at this zoom, centred on centre, as the analyst had it; resizing no longer refits.
    void showAt(const QTransform &zoom, const QPointF &centre);
    // True while the view shows the fitted plane: it refits when resized, until the analyst zooms or pans.
    bool followsFit() const { return m_followsFit; }
    qreal zoomFactor() const; // device pixels per plane unit

    // The system's marker position in viewport coordinates (for tests and tooltips).
    QPoint viewportPosition(SystemId id) const;

    // Moves the given systems, one undo step; says which crossed into Agentic. false if nothing moved.
    bool place(const QVector<MapPlacement> &placements);

signals:
    // The analyst changed the selection on the map.
    void selectionEdited(const QVector<Mandate::SystemId> &ids, Mandate::SystemId current);
    // The selection changed, by a gesture here or through setSelection().
    void selectionChanged();
    // Double click or Enter on a marker.
    void activated(Mandate::SystemId id);
    // These systems were just moved into Agentic from another region.
    void crossedIntoAgentic(const QVector<Mandate::SystemId> &ids);
    void contextMenuRequested(const QPoint &globalPosition, Mandate::SystemId underCursor);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    enum class Gesture { None, Pressed, Dragging, RubberBand, Panning };

    SystemId markerAt(const QPoint &viewportPoint) const;
    void scaleBy(qreal factor, const QPoint &anchor);
    void commitSelection(const QSet<SystemId> &selection, SystemId current);
    void moveCurrent(int dx, int dy, bool extend);
    void finishDrag(const QPoint &releasePoint);
    void onMarkersChanged();

    MapModel *m_model;
    MarkerLayer *m_layer;
    QSet<SystemId> m_selection;
    SystemId m_current = 0;
    Gesture m_gesture = Gesture::None;
    QPoint m_pressPoint;
    QPoint m_lastPanPoint;
    SystemId m_pressedMarker = 0;
    QRubberBand *m_rubberBand = nullptr;
    bool m_fitPending = true; // fit the whole plane on the first show and after a new workspace
    bool m_followsFit = true;
};

} // namespace Mandate
