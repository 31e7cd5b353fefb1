#include "markerlayer.h"

#include "map/mapmodel.h"
#include "map/mapplane.h"
#include "map/markercolouring.h"
#include "storage/workspace.h"

#include <QApplication>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

namespace Mandate {
namespace {

constexpr int kMaxRingsAndArrows = 2000; // beyond this many selected, rings would only be noise

QString countText(int count)
{
    if (count < 1000)
        return QString::number(count);
    if (count < 10000)
        return QStringLiteral("%1k").arg(count / 1000.0, 0, 'f', 1);
    return QStringLiteral("%1k").arg(count / 1000);
}

} // namespace

MarkerLayer::MarkerLayer(MapModel *model, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_model(model)
{
    setFlag(ItemUsesExtendedStyleOption); // exposedRect: draw only what is in view
    setZValue(1);
}

QRectF MarkerLayer::boundingRect() const
{
    // Markers keep their screen size, so they may reach a little past the plane at any zoom.
    return MapPlane::bounds().adjusted(-200, -200, 200, 200);
}

void MarkerLayer::setSelection(const QSet<SystemId> &selection, SystemId current)
{
    m_selection = selection;
    m_current = current;
    update();
}

void MarkerLayer::setHovered(SystemId id)
{
    if (id == m_hovered)
        return;
    m_hovered = id;
    update();
}

void MarkerLayer::setDragOffset(const QPointF &offset, bool dragging)
{
    m_dragOffset = offset;
    m_dragging = dragging;
    update();
}

SystemId MarkerLayer::markerAt(const QPointF &planePoint, qreal scale) const
{
    if (scale <= 0)
        return 0;
    return m_model->index().hitTest(planePoint, (kMarkerRadius + 2) / scale);
}

void MarkerLayer::paintMarkerShape(QPainter *p, const QPointF &c, const QColor &fill, bool diamond, bool disagrees)
{
    p->setPen(QPen(fill.darker(170), 1));
    p->setBrush(fill);
    if (diamond) {
        // Identity subjects: a diamond a little larger than a dot, so the shape reads at a glance.
        const qreal r = kMarkerRadius + 1.5;
        const QPointF points[] = { c + QPointF(0, -r), c + QPointF(r, 0), c + QPointF(0, r), c + QPointF(-r, 0) };
        p->drawPolygon(points, 4);
    } else {
        p->drawEllipse(c, kMarkerRadius, kMarkerRadius);
    }
    if (disagrees) {
        // The classifier suggests another region: a dark ring around the marker.
        p->setBrush(Qt::NoBrush);
        p->setPen(QPen(QColor(0x20, 0x20, 0x20), 1.4));
        p->drawEllipse(c, kMarkerRadius + 3, kMarkerRadius + 3);
    }
}

const QPixmap &MarkerLayer::markerPixmap(int colourClass, bool diamond, bool disagrees, qreal dpr)
{
    const int key = colourClass * 4 + (diamond ? 2 : 0) + (disagrees ? 1 : 0);
    auto it = m_pixmaps.find(key);
    if (it != m_pixmaps.end() && qFuzzyCompare(it->devicePixelRatio(), dpr))
        return *it;
    const qreal side = 2 * (kMarkerRadius + 4);
    QPixmap pixmap(qCeil(side * dpr), qCeil(side * dpr));
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    paintMarkerShape(&p, QPointF(side / 2, side / 2), MarkerStyle::colour(m_model->colouring(), colourClass), diamond,
        disagrees);
    p.end();
    return *m_pixmaps.insert(key, pixmap);
}

void MarkerLayer::drawMarker(QPainter *painter, const QPointF &at, const MapMarker &marker, qreal dpr)
{
    if (m_vector) {
        paintMarkerShape(painter, at, MarkerStyle::colour(m_model->colouring(), colourClass(marker, m_model->colouring())),
            marker.isIdentitySubject(), marker.suggestionDiffers());
        return;
    }
    const QPixmap &pixmap = markerPixmap(colourClass(marker, m_model->colouring()), marker.isIdentitySubject(),
        marker.suggestionDiffers(), dpr);
    const qreal half = kMarkerRadius + 4;
    painter->drawPixmap(QPointF(at.x() - half, at.y() - half), pixmap);
}

void MarkerLayer::paintClusterShape(QPainter *p, const QPointF &at, int count, const QColor &fill)
{
    // Larger for more, but never wider than a cluster cell, so neighbours do not cover each other.
    const qreal radius = std::min(kClusterCell / 2 - 0.5, 7 + 1.2 * std::log10(qreal(count)));
    p->setPen(QPen(fill.darker(180), 1.5));
    p->setBrush(fill);
    p->drawEllipse(at, radius, radius);
    QFont font = p->font();
    font.setPixelSize(count < 100 ? 10 : 9);
    font.setBold(true);
    p->setFont(font);
    p->setPen(fill.lightness() < 150 ? Qt::white : QColor(0x20, 0x20, 0x20));
    p->drawText(QRectF(at.x() - radius, at.y() - radius, 2 * radius, 2 * radius), Qt::AlignCenter, countText(count));
}

void MarkerLayer::drawCluster(QPainter *painter, const QPointF &at, const MarkerIndex::Cluster &cluster, qreal dpr)
{
    const MarkerColouring colouring = m_model->colouring();
    const int colourClass = clusterColourClass(cluster.keyCounts, colouring);
    const QColor fill = MarkerStyle::colour(colouring, colourClass);
    const int count = cluster.count;
    if (m_vector) {
        painter->save();
        paintClusterShape(painter, at, count, fill);
        painter->restore();
        return;
    }
    // One pixmap per label ("7", "512", "1.2k") and class: a few hundred at most, and drawing a
    // cached pixmap is a hundred times cheaper than an antialiased circle with text.
    const QString text = countText(count);
    const QString key = text + QLatin1Char('/') + QString::number(colourClass);
    auto it = m_clusterPixmaps.find(key);
    if (it == m_clusterPixmaps.end() || !qFuzzyCompare(it->devicePixelRatio(), dpr)) {
        QPixmap pixmap(qCeil(kClusterCell * dpr), qCeil(kClusterCell * dpr));
        pixmap.setDevicePixelRatio(dpr);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        p.setFont(painter->font());
        paintClusterShape(&p, QPointF(kClusterCell / 2, kClusterCell / 2), count, fill);
        p.end();
        it = m_clusterPixmaps.insert(key, pixmap);
    }
    painter->drawPixmap(QPointF(at.x() - kClusterCell / 2, at.y() - kClusterCell / 2), *it);
}

void MarkerLayer::drawSuggestion(QPainter *painter, const QTransform &toDevice, const MapMarker &marker)
{
    // An arrow from the marker to where the classifier would put it, ending in a hollow ghost.
    const QRectF cell
        = MapPlane::cellRect(marker.derived.suggestedParadigm, marker.derived.nhiRisk, marker.derived.accessFootprint);
    const QPointF from = toDevice.map(marker.position);
    const QPointF to = toDevice.map(QPointF(cell.center().x(), marker.position.y()));
    const QLineF line(from, to);
    if (line.length() < 3 * kMarkerRadius)
        return;
    QPen pen(QColor(0x20, 0x20, 0x20, 170), 1.2, Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    QLineF shaft(from, to);
    shaft.setLength(line.length() - kMarkerRadius - 2);
    painter->drawLine(shaft);
    const qreal angle = std::atan2(-line.dy(), line.dx());
    const QPointF tip = shaft.p2();
    const QPointF wing1 = tip - QPointF(std::cos(angle - M_PI / 7) * 8, -std::sin(angle - M_PI / 7) * 8);
    const QPointF wing2 = tip - QPointF(std::cos(angle + M_PI / 7) * 8, -std::sin(angle + M_PI / 7) * 8);
    painter->setPen(QPen(QColor(0x20, 0x20, 0x20, 200), 1.2));
    painter->drawLine(tip, wing1);
    painter->drawLine(tip, wing2);
    painter->drawEllipse(to, kMarkerRadius, kMarkerRadius);
}

void MarkerLayer::drawLabel(QPainter *painter, const QPointF &at, SystemId id, bool emphasised,
                            QVector<QRectF> *taken)
{
    const Workspace *workspace = m_model->workspace();
    const AiSystem *system = workspace ? workspace->system(id) : nullptr;
    if (!system)
        return;
    const QFontMetrics metrics = painter->fontMetrics();
    const QString text = metrics.elidedText(system->name, Qt::ElideRight, 220);
    const QRectF box(at.x() + kMarkerRadius + 5, at.y() - metrics.height() / 2.0 - 1,
        metrics.horizontalAdvance(text) + 6, metrics.height() + 2);
    // A name that would cover another is left out; hovering shows it.
    for (const QRectF &other : std::as_const(*taken)) {
        if (!emphasised && other.intersects(box))
            return;
    }
    taken->append(box);
    painter->setPen(Qt::NoPen);
    painter->setBrush(emphasised ? QColor(255, 255, 224, 240) : QColor(255, 255, 255, 200));
    painter->drawRoundedRect(box, 3, 3);
    painter->setPen(QColor(0x20, 0x20, 0x20));
    painter->drawText(box, Qt::AlignCenter, text);
}

void MarkerLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QTransform toDevice = painter->worldTransform();
    const qreal scale = toDevice.m11();
    if (scale <= 0)
        return;
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    if (m_model->colouring() != m_pixmapColouring) {
        m_pixmaps.clear();
        m_clusterPixmaps.clear();
        m_pixmapColouring = m_model->colouring();
    }
    // A PDF gets shapes, so that the exported map stays sharp at any zoom.
    m_vector = painter->paintEngine() && painter->paintEngine()->type() == QPaintEngine::Pdf;
    // Markers near the edge of the exposed area reach into it.
    const qreal reach = (kClusterCell + kMarkerRadius) / scale;
    const QRectF exposed = option->exposedRect.adjusted(-reach, -reach, reach, reach);
    const QVector<MarkerIndex::Cluster> clusters = m_model->index().clusters(exposed, kClusterCell / scale);

    painter->save();
    painter->setWorldTransform(QTransform());
    painter->setRenderHint(QPainter::Antialiasing);
    int lone = 0;
    for (const MarkerIndex::Cluster &cluster : clusters) {
        const QPointF at = toDevice.map(cluster.center);
        if (cluster.count > 1) {
            drawCluster(painter, at, cluster, dpr);
            continue;
        }
        ++lone;
        if (const MapMarker *marker = m_model->marker(cluster.representative))
            drawMarker(painter, at, *marker, dpr);
    }

    // Selection on top of everything, so it shows inside clusters too.
    const QPalette palette = QApplication::palette();
    if (m_selection.size() <= kMaxRingsAndArrows) {
        for (const SystemId id : m_selection) {
            const MapMarker *marker = m_model->marker(id);
            if (!marker || !marker->visible || !exposed.contains(marker->position))
                continue;
            const QPointF at = toDevice.map(marker->position);
            painter->setBrush(Qt::NoBrush);
            painter->setPen(QPen(palette.color(QPalette::Highlight), id == m_current ? 3 : 2));
            painter->drawEllipse(at, kMarkerRadius + 5, kMarkerRadius + 5);
            if (marker->suggestionDiffers())
                drawSuggestion(painter, toDevice, *marker);
            if (m_dragging) {
                // Where it would land: a hollow marker at the dragged spot.
                painter->setPen(QPen(palette.color(QPalette::Highlight), 1.5, Qt::DashLine));
                painter->drawEllipse(toDevice.map(marker->position + m_dragOffset), kMarkerRadius + 1,
                    kMarkerRadius + 1);
            }
        }
    }
    const MapMarker *hovered = m_model->marker(m_hovered);
    if (hovered && hovered->visible && hovered->suggestionDiffers() && !m_selection.contains(m_hovered))
        drawSuggestion(painter, toDevice, *hovered);

    // Names once few enough are in view to read them, where they do not cover each other: the
    // hovered one first and always, then the current one, then the rest.
    QVector<QRectF> taken;
    if (hovered && hovered->visible)
        drawLabel(painter, toDevice.map(hovered->position), m_hovered, true, &taken);
    const MapMarker *current = m_model->marker(m_current);
    if (current && current->visible && m_current != m_hovered)
        drawLabel(painter, toDevice.map(current->position), m_current, false, &taken);
    if (lone <= kMaxLabels) {
        for (const MarkerIndex::Cluster &cluster : clusters) {
            if (cluster.count == 1 && cluster.representative != m_hovered && cluster.representative != m_current)
                drawLabel(painter, toDevice.map(cluster.center), cluster.representative, false, &taken);
        }
    }
    painter->restore();
}

} // namespace Mandate
