#include "mapview.h"

#include "map/mapmodel.h"
#include "map/mapplane.h"
#include "mapdecorations.h"
#include "markerlayer.h"
#include "storage/workspace.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QGraphicsScene>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QRubberBand>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Mandate {
namespace {

constexpr qreal kZoomStep = 1.25;
constexpr qreal kMaxZoom = 60; // device pixels per plane unit: a region 60,000 pixels wide

QString tooltipFor(const AiSystem &system, const MapMarker &marker)
{
    QString text = QStringLiteral("<b>%1</b><br>").arg(system.name.toHtmlEscaped());
    text += MapView::tr("Recorded: %1").arg(label(marker.paradigm));
    if (marker.suggestionDiffers())
        text += QStringLiteral("<br>") + MapView::tr("Classifier suggests: %1").arg(label(marker.derived.suggestedParadigm));
    text += QStringLiteral("<br>") + MapView::tr("Runtime authority: %1").arg(label(marker.derived.runtimeAuthority));
    text += QStringLiteral("<br>") + MapView::tr("Access footprint: %1").arg(label(marker.derived.accessFootprint));
    if (marker.isIdentitySubject())
        text += QStringLiteral("<br>") + MapView::tr("Identity subject");
    return text;
}

QString regionToolTip(Paradigm region)
{
    return QStringLiteral("<b>%1</b><br>%2")
        .arg(MapDecorations::regionTitle(region).toHtmlEscaped(), MapDecorations::regionCaption(region).toHtmlEscaped());
}

} // namespace

MapView::MapView(MapModel *model, QWidget *parent)
    : QGraphicsView(parent)
    , m_model(model)
    , m_layer(new MarkerLayer(model))
{
    setObjectName(QStringLiteral("mapView"));
    auto *scene = new QGraphicsScene(this);
    scene->setItemIndexMethod(QGraphicsScene::NoIndex); // one item, which indexes its markers itself
    // Far larger than the plane, so that any spot can be centred; panning is by mouse and keys.
    scene->setSceneRect(MapPlane::bounds().adjusted(-40000, -40000, 40000, 40000));
    scene->addItem(m_layer);
    setScene(scene);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The labels are pinned to the viewport, so every repaint is a whole one.
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setResizeAnchor(QGraphicsView::NoAnchor);
    setBackgroundBrush(Qt::white);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Four-paradigm map"));
    m_rubberBand = new QRubberBand(QRubberBand::Rectangle, viewport());

    connect(model, &MapModel::markersChanged, this, &MapView::onMarkersChanged);
    connect(model, &MapModel::markersReset, this, &MapView::onMarkersChanged);
}

void MapView::setColouring(MarkerColouring colouring)
{
    m_model->setColouring(colouring); // the layer follows the model's markersReset
}

MarkerColouring MapView::colouring() const
{
    return m_model->colouring();
}

QVector<SystemId> MapView::selectedIds() const
{
    QVector<SystemId> ids(m_selection.cbegin(), m_selection.cend());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void MapView::setSelection(const QVector<SystemId> &ids, SystemId current)
{
    const bool newCurrent = current != m_current;
    m_selection = QSet<SystemId>(ids.cbegin(), ids.cend());
    m_current = current;
    m_layer->setSelection(m_selection, m_current);
    const MapMarker *marker = m_model->marker(current);
    if (newCurrent && marker && marker->visible)
        ensureVisible(QRectF(marker->position, QSizeF(0, 0)), 60, 60);
    viewport()->update();
    emit selectionChanged();
}

qreal MapView::zoomFactor() const
{
    return transform().m11();
}

void MapView::zoomIn()
{
    scaleBy(kZoomStep, viewport()->rect().center());
}

void MapView::zoomOut()
{
    scaleBy(1 / kZoomStep, viewport()->rect().center());
}

void MapView::fitAll()
{
    // Room for the legend as it is laid out at this width, on one row or more.
    const QTransform fit = MapDecorations::fitTransform(viewport()->rect(),
        MapDecorations::legendLayout(viewport()->font(), viewport()->rect(), colouring()).strip.height());
    const qreal s = fit.m11();
    if (s <= 0)
        return;
    setTransform(QTransform::fromScale(s, s));
    // The plane's centre goes where the fit puts it: the middle of the room the labels leave.
    const QPointF plane = MapPlane::bounds().center();
    const QPointF offset = fit.map(plane) - QPointF(viewport()->width() / 2.0, viewport()->height() / 2.0);
    centerOn(plane - offset / s);
    m_fitPending = false;
    m_followsFit = true;
    viewport()->update();
}

void MapView::showAt(const QTransform &zoom, const QPointF &centre)
{
    setTransform(zoom);
    centerOn(centre);
    m_fitPending = false;
    m_followsFit = false;
    viewport()->update();
}

void MapView::scaleBy(qreal factor, const QPoint &anchor)
{
    const qreal fit = std::min(viewport()->width() / MapPlane::bounds().width(),
        viewport()->height() / MapPlane::bounds().height());
    const qreal target = std::clamp(zoomFactor() * factor, fit * 0.5, kMaxZoom);
    if (qFuzzyCompare(target, zoomFactor()))
        return;
    m_followsFit = false;
    // Keep the plane point under the anchor where it is.
    const QPointF before = mapToScene(anchor);
    setTransform(QTransform::fromScale(target, target));
    const QPointF after = mapToScene(anchor);
    const QPointF center = mapToScene(viewport()->rect().center());
    centerOn(center + (before - after));
    viewport()->update();
}

QPoint MapView::viewportPosition(SystemId id) const
{
    const MapMarker *marker = m_model->marker(id);
    return marker ? mapFromScene(marker->position) : QPoint();
}

SystemId MapView::markerAt(const QPoint &viewportPoint) const
{
    return m_layer->markerAt(mapToScene(viewportPoint), zoomFactor());
}

void MapView::commitSelection(const QSet<SystemId> &selection, SystemId current)
{
    m_selection = selection;
    m_current = current;
    m_layer->setSelection(m_selection, m_current);
    viewport()->update();
    emit selectionChanged();
    emit selectionEdited(selectedIds(), m_current);
}

bool MapView::place(const QVector<MapPlacement> &placements)
{
    Workspace *workspace = m_model->workspace();
    if (!workspace || placements.isEmpty())
        return false;
    QVector<SystemId> crossing;
    QSet<Paradigm> targets;
    for (const MapPlacement &p : placements) {
        const MapMarker *marker = m_model->marker(p.id);
        if (marker && marker->paradigm != Paradigm::Agentic && p.paradigm == Paradigm::Agentic)
            crossing << p.id;
        if (!marker || marker->paradigm != p.paradigm)
            targets.insert(p.paradigm);
    }
    const int n = int(placements.size());
    const QString text = targets.size() == 1
        ? tr("Move %Ln system(s) to %1", nullptr, n).arg(label(*targets.cbegin()))
        : tr("Move %Ln system(s) on the map", nullptr, n);
    if (!workspace->placeSystems(placements, text))
        return false;
    if (!crossing.isEmpty())
        emit crossedIntoAgentic(crossing);
    return true;
}

void MapView::finishDrag(const QPoint &releasePoint)
{
    const QPointF offset = mapToScene(releasePoint) - mapToScene(m_pressPoint);
    m_layer->setDragOffset({}, false);
    place(m_model->moved(selectedIds(), offset));
}

void MapView::onMarkersChanged()
{
    // Systems that went away leave the selection (the inventory says so too, but may come later).
    for (auto it = m_selection.begin(); it != m_selection.end();) {
        if (m_model->marker(*it))
            ++it;
        else
            it = m_selection.erase(it);
    }
    if (m_current && !m_model->marker(m_current))
        m_current = 0;
    m_layer->setSelection(m_selection, m_current);
    viewport()->update();
}

void MapView::drawBackground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawBackground(painter, rect);
    MapDecorations::paintPlane(painter, painter->worldTransform());
}

void MapView::drawForeground(QPainter *painter, const QRectF &)
{
    MapDecorations::paintLabels(painter, painter->worldTransform(), viewport()->rect(), colouring());
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    m_pressPoint = event->position().toPoint();
    if (event->button() == Qt::MiddleButton) {
        m_gesture = Gesture::Panning;
        m_lastPanPoint = m_pressPoint;
        viewport()->setCursor(Qt::ClosedHandCursor);
        return;
    }
    if (event->button() != Qt::LeftButton) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    const SystemId id = markerAt(m_pressPoint);
    const bool toggle = event->modifiers() & Qt::ControlModifier;
    if (!id) {
        m_gesture = Gesture::RubberBand;
        m_rubberBand->setGeometry(QRect(m_pressPoint, QSize()));
        m_rubberBand->show();
        return;
    }
    if (toggle) {
        QSet<SystemId> selection = m_selection;
        if (!selection.remove(id))
            selection.insert(id);
        commitSelection(selection, selection.contains(id) ? id : (selection.isEmpty() ? 0 : *selection.cbegin()));
        m_gesture = Gesture::None;
        return;
    }
    if (!m_selection.contains(id))
        commitSelection({ id }, id);
    else if (id != m_current)
        commitSelection(m_selection, id);
    m_pressedMarker = id;
    m_gesture = Gesture::Pressed;
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint point = event->position().toPoint();
    switch (m_gesture) {
    case Gesture::Pressed:
        if ((point - m_pressPoint).manhattanLength() < QApplication::startDragDistance())
            return;
        m_gesture = Gesture::Dragging;
        viewport()->setCursor(Qt::ClosedHandCursor);
        Q_FALLTHROUGH();
    case Gesture::Dragging:
        m_layer->setDragOffset(mapToScene(point) - mapToScene(m_pressPoint), true);
        viewport()->update();
        return;
    case Gesture::RubberBand:
        m_rubberBand->setGeometry(QRect(m_pressPoint, point).normalized());
        return;
    case Gesture::Panning: {
        const QPoint delta = point - m_lastPanPoint;
        m_lastPanPoint = point;
        m_followsFit = false;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        viewport()->update();
        return;
    }
    case Gesture::None:
        break;
    }
    const SystemId hovered = markerAt(point);
    m_layer->setHovered(hovered);
    viewport()->setCursor(hovered ? Qt::PointingHandCursor : Qt::ArrowCursor);
    viewport()->update();
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    const QPoint point = event->position().toPoint();
    const Gesture gesture = m_gesture;
    m_gesture = Gesture::None;
    viewport()->setCursor(Qt::ArrowCursor);
    switch (gesture) {
    case Gesture::Dragging:
        finishDrag(point);
        break;
    case Gesture::RubberBand: {
        m_rubberBand->hide();
        const QRect band = QRect(m_pressPoint, point).normalized();
        const bool add = event->modifiers() & Qt::ControlModifier;
        QSet<SystemId> selection = add ? m_selection : QSet<SystemId>();
        if (band.width() > 2 || band.height() > 2) {
            const QVector<SystemId> ids
                = m_model->index().inRect(QRectF(mapToScene(band.topLeft()), mapToScene(band.bottomRight())));
            selection.unite(QSet<SystemId>(ids.cbegin(), ids.cend()));
        }
        SystemId current = selection.contains(m_current) ? m_current : 0;
        if (!current && !selection.isEmpty())
            current = *std::min_element(selection.cbegin(), selection.cend());
        commitSelection(selection, current);
        break;
    }
    default:
        break;
    }
    viewport()->update();
}

void MapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const SystemId id = markerAt(event->position().toPoint());
    if (id && event->button() == Qt::LeftButton)
        emit activated(id);
}

void MapView::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y();
    if (steps == 0)
        return;
    scaleBy(std::pow(kZoomStep, steps / 120.0), event->position().toPoint());
    event->accept();
}

void MapView::moveCurrent(int dx, int dy, bool extend)
{
    // The nearest visible marker in that direction, sideways distance counting double.
    const MapMarker *from = m_model->marker(m_current);
    const QPointF origin = from && from->visible ? from->position : mapToScene(viewport()->rect().center());
    SystemId best = 0;
    qreal bestScore = 0;
    for (const SystemId id : m_model->index().inRect(MapPlane::bounds().adjusted(-1, -1, 1, 1))) {
        if (id == m_current)
            continue;
        const QPointF d = m_model->index().position(id) - origin;
        const qreal along = d.x() * dx + d.y() * dy;
        if (along <= 0)
            continue;
        const qreal across = std::abs(d.x() * dy) + std::abs(d.y() * dx);
        const qreal score = along + 2 * across;
        if (!best || score < bestScore) {
            best = id;
            bestScore = score;
        }
    }
    if (!best)
        return;
    QSet<SystemId> selection = extend ? m_selection : QSet<SystemId>();
    selection.insert(best);
    commitSelection(selection, best);
    ensureVisible(QRectF(m_model->index().position(best), QSizeF(0, 0)), 60, 60);
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const bool control = event->modifiers() & Qt::ControlModifier;
    const qreal panStep = 80 / zoomFactor();
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomIn(); return;
    case Qt::Key_Minus: zoomOut(); return;
    case Qt::Key_0:
    case Qt::Key_Home: fitAll(); return;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const int dx = event->key() == Qt::Key_Left ? -1 : event->key() == Qt::Key_Right ? 1 : 0;
        const int dy = event->key() == Qt::Key_Up ? -1 : event->key() == Qt::Key_Down ? 1 : 0;
        if (control) {
            m_followsFit = false;
            centerOn(mapToScene(viewport()->rect().center()) + QPointF(dx * panStep, dy * panStep));
            viewport()->update();
        } else {
            moveCurrent(dx, dy, shift);
        }
        return;
    }
    case Qt::Key_Space:
        if (m_current) {
            QSet<SystemId> selection = m_selection;
            if (!selection.remove(m_current))
                selection.insert(m_current);
            commitSelection(selection, m_current);
        }
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_current)
            emit activated(m_current);
        return;
    case Qt::Key_Escape:
        if (m_gesture == Gesture::Dragging) {
            m_gesture = Gesture::None;
            m_layer->setDragOffset({}, false);
            viewport()->update();
        } else if (!m_selection.isEmpty()) {
            commitSelection({}, 0);
        }
        return;
    default:
        break;
    }
    if (event->matches(QKeySequence::SelectAll)) {
        const QVector<SystemId> all = m_model->index().inRect(MapPlane::bounds().adjusted(-1, -1, 1, 1));
        commitSelection(QSet<SystemId>(all.cbegin(), all.cend()), m_current ? m_current : (all.isEmpty() ? 0 : all.first()));
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void MapView::contextMenuEvent(QContextMenuEvent *event)
{
    SystemId id = 0;
    if (event->reason() == QContextMenuEvent::Mouse) {
        id = markerAt(event->pos());
        if (id && !m_selection.contains(id))
            commitSelection({ id }, id);
    } else {
        id = m_current;
    }
    emit contextMenuRequested(event->globalPos(), id);
}

void MapView::leaveEvent(QEvent *event)
{
    m_layer->setHovered(0);
    viewport()->update();
    QGraphicsView::leaveEvent(event);
}

void MapView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    // A fitted map stays fitted as the window or the details dock changes size; a zoomed one stays zoomed.
    if (m_fitPending || m_followsFit)
        fitAll();
}

bool MapView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const SystemId id = markerAt(help->pos());
        const Workspace *workspace = m_model->workspace();
        const AiSystem *system = workspace && id ? workspace->system(id) : nullptr;
        const MapMarker *marker = m_model->marker(id);
        if (system && marker)
            QToolTip::showText(help->globalPos(), tooltipFor(*system, *marker), viewport());
        else if (help->pos().y() < MapDecorations::kTitleHeight && help->pos().x() > MapDecorations::kAxisWidth)
            QToolTip::showText(help->globalPos(), regionToolTip(MapPlane::paradigmAt(mapToScene(help->pos()).x())),
                viewport()); // the whole title and caption, which a narrow column cuts short
        else
            QToolTip::hideText();
        return true;
    }
    return QGraphicsView::viewportEvent(event);
}

} // namespace Mandate
