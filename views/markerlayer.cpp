#include "markerlayer.h"

#include "map/mapmodel.h"
#include "map/mapplane.h"
#include "map/markercolouring.h"
#include "mapdecorations.h"
#include "storage/workspace.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPaintEngine>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

#include <algorithm>
#include <tuple>

namespace Mandate {
namespace {

constexpr int kMaxRingsAndArrows = 2000; // beyond this many selected, rings would only be noise

// Device-pixel rectangles bucketed in a coarse grid, so that a name is tested only against what
// lies near it: placing 150 names among thousands of clusters stays cheap.
class Obstacles
{
public:
    void add(const QRectF &rect)
    {
        forCells(rect, [&](quint64 key) {
            m_cells[key].append(rect);
            return false;
        });
    }
    bool hits(const QRectF &rect) const
    {
        return forCells(rect, [&](quint64 key) {
            const auto it = m_cells.constFind(key);
            if (it == m_cells.cend())
                return false;
            return std::any_of(it->cbegin(), it->cend(), [&](const QRectF &other) { return other.intersects(rect); });
        });
    }

private:
    static constexpr qreal kCell = 64;
    template<typename Visit>
    bool forCells(const QRectF &rect, Visit visit) const
    {
        const int left = qFloor(rect.left() / kCell);
        const int right = qFloor(rect.right() / kCell);
        for (int gy = qFloor(rect.top() / kCell); gy <= qFloor(rect.bottom() / kCell); ++gy) {
            for (int gx = left; gx <= right; ++gx) {
                if (visit((quint64(quint32(gx)) << 32) | quint32(gy)))
                    return true;
            }
        }
        return false;
    }
    QHash<quint64, QVector<QRectF>> m_cells;
};

// Which names are written first where they compete for room: the selected, then by the highest
// finding severity, NHI risk (yes, not ruled out, no) and access footprint; the lower id on a tie.
auto labelRank(const MapMarker &marker, bool selected)
{
    const int severity = marker.highestSeverity ? int(*marker.highestSeverity) + 1 : 0;
    const int risk = marker.derived.nhiRisk == Tristate::Yes ? 2 : marker.derived.nhiRisk == Tristate::Unknown ? 1 : 0;
    return std::make_tuple(selected ? 0 : 1, -severity, -risk, -int(marker.derived.accessFootprint), marker.id);
}

QString countText(int count)
{
    if (count < 1000)
        return QString::number(count);
    if (count < 10000)
        return QLocale().toString(count / 1000.0, 'f', 1) + u'k'; // "1,2k" in German and French
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

void MarkerLayer::placeLabels(const QFontMetricsF &metrics, const QTransform &toDevice, const QRectF &room,
                              const QVector<MarkerIndex::Cluster> &clusters, bool all)
{
    m_labels.clear();
    const Workspace *workspace = m_model->workspace();
    if (!workspace)
        return;
    // Everything drawn is in the way of a name, so that no name covers a neighbour's marker.
    Obstacles obstacles;
    if (all) {
        for (const MarkerIndex::Cluster &cluster : clusters) {
            const qreal r = cluster.count > 1 ? kClusterCell / 2 - 1 : kMarkerRadius + 1;
            const QPointF at = toDevice.map(cluster.center);
            obstacles.add(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r));
        }
    }
    // Right of the marker, else left of it, inside room; forced (current, hovered) names are
    // written anyway, on the side the view's edge does not cut.
    const auto place = [&](const MapMarker &marker, bool forced) {
        const AiSystem *system = workspace->system(marker.id);
        if (!system)
            return;
        const QString text = metrics.elidedText(system->name, Qt::ElideRight, kMaxLabelWidth);
        const QPointF at = toDevice.map(marker.position);
        const QSizeF size(std::ceil(metrics.horizontalAdvance(text)) + 6, std::ceil(metrics.height()) + 2);
        const qreal top = at.y() - size.height() / 2;
        const QRectF right(QPointF(at.x() + kMarkerRadius + 5, top), size);
        const QRectF left(QPointF(at.x() - kMarkerRadius - 5 - size.width(), top), size);
        const auto free = [&](const QRectF &box) {
            return room.contains(box) && !obstacles.hits(box)
                && std::none_of(m_labels.cbegin(), m_labels.cend(), [&](const Label &l) { return l.box.intersects(box); });
        };
        const QRectF inside = room.contains(right) || !room.contains(left) ? right : left;
        const QRectF box = free(right) ? right : free(left) ? left : forced ? inside : QRectF();
        if (box.isNull())
            return;
        m_labels.append({ marker.id, box, text });
    };
    const MapMarker *current = m_model->marker(m_current);
    if (current && current->visible)
        place(*current, true);
    const MapMarker *hovered = m_model->marker(m_hovered);
    if (hovered && hovered->visible && m_hovered != m_current)
        place(*hovered, true);
    if (!all)
        return;
    QVector<const MapMarker *> others;
    for (const MarkerIndex::Cluster &cluster : clusters) {
        if (cluster.count != 1 || cluster.representative == m_current || cluster.representative == m_hovered)
            continue;
        if (const MapMarker *marker = m_model->marker(cluster.representative))
            others << marker;
    }
    std::sort(others.begin(), others.end(), [this](const MapMarker *a, const MapMarker *b) {
        return labelRank(*a, m_selection.contains(a->id)) < labelRank(*b, m_selection.contains(b->id));
    });
    for (const MapMarker *marker : std::as_const(others))
        place(*marker, false);
}

void MarkerLayer::drawLabel(QPainter *painter, const Label &label)
{
    painter->setPen(Qt::NoPen);
    painter->setBrush(label.id == m_hovered ? QColor(255, 255, 224, 240) : QColor(255, 255, 255, 200));
    painter->drawRoundedRect(label.box, 3, 3);
    painter->setPen(QColor(0x20, 0x20, 0x20));
    painter->drawText(label.box, Qt::AlignCenter, label.text);
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

    // Names once few enough are in view to read them, where they cover neither each other nor a
    // neighbour; the current and hovered systems' always, painted last (the hovered one on top).
    // Room for names: the device less the pinned titles, axis and legend that would cover them.
    const QRectF device(painter->viewport());
    const qreal legendHeight
        = MapDecorations::legendLayout(painter->font(), device, m_model->colouring()).strip.height();
    const QRectF room
        = device.adjusted(MapDecorations::kAxisWidth, MapDecorations::kTitleHeight, 0, -legendHeight);
    placeLabels(QFontMetricsF(painter->font()), toDevice, room, clusters, lone <= kMaxLabels);
    for (int i = int(m_labels.size()) - 1; i >= 0; --i) {
        if (m_labels.at(i).id != m_hovered)
            drawLabel(painter, m_labels.at(i));
    }
    for (const Label &label : std::as_const(m_labels)) {
        if (label.id == m_hovered)
            drawLabel(painter, label);
    }
    painter->restore();
}

} // namespace Mandate
