#include "mapdecorations.h"

#include "map/mapplane.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Mandate::MapDecorations {
namespace {

const Paradigm kRegions[] = { Paradigm::Undecided, Paradigm::Causal, Paradigm::Predictive, Paradigm::Generative,
    Paradigm::Agentic };
const Tristate kZones[] = { Tristate::Yes, Tristate::Unknown, Tristate::No };
const AccessFootprint kFootprints[] = { AccessFootprint::AdminOrSecrets, AccessFootprint::Write,
    AccessFootprint::Read, AccessFootprint::None };

const QColor kInk(0x30, 0x36, 0x3d);
const QColor kBoundary(0xb2, 0x18, 0x2b);
const QColor kRiskLine(0xd9, 0x5f, 0x02);

QColor regionFill(Paradigm paradigm)
{
    switch (paradigm) {
    case Paradigm::Undecided: return QColor(0xee, 0xee, 0xee);
    case Paradigm::Causal: return QColor(0xf3, 0xf7, 0xfb);
    case Paradigm::Predictive: return QColor(0xfa, 0xfb, 0xfd);
    case Paradigm::Generative: return QColor(0xf3, 0xf7, 0xfb);
    case Paradigm::Agentic: return QColor(0xfd, 0xf1, 0xec);
    }
    return Qt::white;
}

QString zoneLabel(Tristate zone)
{
    switch (zone) {
    case Tristate::Yes: return QCoreApplication::translate("MapDecorations", "NHI risk");
    case Tristate::Unknown: return QCoreApplication::translate("MapDecorations", "Not ruled out");
    case Tristate::No: return QCoreApplication::translate("MapDecorations", "No NHI risk");
    }
    return {};
}

QRectF deviceRect(const QTransform &toDevice, const QRectF &plane)
{
    return toDevice.mapRect(plane);
}

void paintLegend(QPainter *painter, const LegendLayout &legend, MarkerColouring colouring)
{
    painter->setClipRect(legend.strip);
    painter->fillRect(legend.strip, QColor(255, 255, 255, 235));
    painter->setPen(QPen(QColor(0xb0, 0xb8, 0xc2), 1));
    painter->drawLine(legend.strip.topLeft(), legend.strip.topRight());
    const QFont plain = painter->font();
    QFont bold = plain;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(kInk);
    painter->drawText(legend.titleRect, Qt::AlignLeft | Qt::AlignVCenter, legend.title);
    painter->setFont(plain);
    for (const LegendEntry &entry : legend.entries) {
        painter->setPen(kInk);
        painter->drawText(entry.textRect, Qt::AlignLeft | Qt::AlignVCenter, entry.text);
        const QPointF c = entry.symbol;
        switch (entry.kind) {
        case LegendEntry::Symbol::Colour: {
            const QColor fill = MarkerStyle::colour(colouring, entry.colourClass);
            painter->setPen(QPen(fill.darker(170), 1));
            painter->setBrush(fill);
            painter->drawEllipse(c, 5, 5);
            break;
        }
        case LegendEntry::Symbol::Diamond: {
            painter->setPen(QPen(kInk, 1));
            painter->setBrush(Qt::white);
            const QPointF points[] = { c + QPointF(0, -6.5), c + QPointF(6.5, 0), c + QPointF(0, 6.5),
                c + QPointF(-6.5, 0) };
            painter->drawPolygon(points, 4);
            break;
        }
        case LegendEntry::Symbol::Ring:
            painter->setPen(QPen(kInk, 1));
            painter->setBrush(Qt::white);
            painter->drawEllipse(c, 4, 4);
            painter->setBrush(Qt::NoBrush);
            painter->setPen(QPen(QColor(0x20, 0x20, 0x20), 1.4));
            painter->drawEllipse(c, 7, 7);
            break;
        }
    }
}

QFont scaledFont(const QFont &font, qreal scale)
{
    QFont scaled = font;
    if (font.pixelSize() > 0)
        scaled.setPixelSize(std::max(1, int(font.pixelSize() * scale)));
    else
        scaled.setPointSizeF(font.pointSizeF() * scale);
    return scaled;
}

struct TitleSetting
{
    QFont font;
    bool twoLines = false; // in place of the caption
};

// How a region's title is set over its column (the narrow undecided strip, long German and French
// words): on one line, up to a fifth smaller; else on two lines in place of the caption, down to
// three quarters of the size; else on one line, elided.
TitleSetting titleSetting(const QFont &font, const QRectF &oneLine, const QRectF &twoLines, const QString &title)
{
    const qreal needed = QFontMetricsF(font).horizontalAdvance(title);
    if (needed <= oneLine.width())
        return { font };
    const QFont fitted = needed < 1.25 * oneLine.width() ? scaledFont(font, oneLine.width() / needed * 0.98) : font;
    if (QFontMetricsF(fitted).horizontalAdvance(title) <= oneLine.width())
        return { fitted };
    for (const qreal scale : { 1.0, 0.875, 0.75 }) {
        const QFont wrapped = scaledFont(font, scale);
        if (twoLines.contains(
                QFontMetricsF(wrapped).boundingRect(twoLines, Qt::AlignCenter | Qt::TextWordWrap, title)))
            return { wrapped, true };
    }
    return { fitted };
}

} // namespace

LegendLayout legendLayout(const QFont &font, const QRectF &area, MarkerColouring colouring)
{
    constexpr qreal kMargin = 8;
    constexpr qreal kSymbolWidth = 16; // the swatch and the gap before its text
    constexpr qreal kGap = 14;         // between entries
    LegendLayout legend;
    legend.title = MarkerStyle::colouringLabel(colouring) + QLatin1Char(':');
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF metrics(font);
    const qreal rowHeight = std::max(metrics.height() + 4, qreal(18));
    const qreal titleWidth = std::ceil(QFontMetricsF(bold).horizontalAdvance(legend.title)) + 1;
    for (int i = 0; i < colourClassCount(colouring); ++i)
        legend.entries.append({ MarkerStyle::classLabel(colouring, i), {}, {}, LegendEntry::Symbol::Colour, i });
    legend.entries.append({ QCoreApplication::translate("MapDecorations", "Identity subject"), {}, {},
        LegendEntry::Symbol::Diamond, -1 });
    legend.entries.append({ QCoreApplication::translate("MapDecorations", "Classifier disagrees"), {}, {},
        LegendEntry::Symbol::Ring, -1 });

    // Left to right from the title on, a new row where the next entry would pass the right edge;
    // rows are placed relative to the strip's top, which is known once their number is.
    const qreal right = area.right() - kMargin;
    qreal x = area.left() + kMargin;
    int row = 0;
    legend.titleRect = QRectF(x, 0, titleWidth, rowHeight);
    const qreal indent = x + titleWidth + 12; // entries start under the first, the title standing out
    x = indent;
    bool rowEmpty = true;
    for (LegendEntry &entry : legend.entries) {
        const qreal textWidth = std::ceil(metrics.horizontalAdvance(entry.text)) + 1;
        if (entry.kind == LegendEntry::Symbol::Diamond && !rowEmpty)
            x += 10; // the shapes apart from the colours
        if (x + kSymbolWidth + textWidth > right && !rowEmpty) {
            ++row;
            x = indent + kSymbolWidth + textWidth > right ? area.left() + kMargin : indent;
        }
        entry.symbol = QPointF(x + 6, (row + 0.5) * rowHeight);
        entry.textRect = QRectF(x + kSymbolWidth, row * rowHeight, textWidth, rowHeight);
        x += kSymbolWidth + textWidth + kGap;
        rowEmpty = false;
    }
    const qreal height = std::max(kLegendHeight, (row + 1) * rowHeight + 8);
    legend.strip = QRectF(area.left(), area.bottom() - height, area.width(), height);
    const qreal top = legend.strip.top() + (height - (row + 1) * rowHeight) / 2;
    legend.titleRect.translate(0, top);
    for (LegendEntry &entry : legend.entries) {
        entry.textRect.translate(0, top);
        entry.symbol += QPointF(0, top);
    }
    return legend;
}

QString regionTitle(Paradigm paradigm)
{
    if (paradigm == Paradigm::Undecided)
        return QCoreApplication::translate("MapDecorations", "Not yet classified");
    return label(paradigm);
}

QString regionCaption(Paradigm paradigm)
{
    switch (paradigm) {
    case Paradigm::Undecided: return QCoreApplication::translate("MapDecorations", "Drag into a region");
    case Paradigm::Causal: return QCoreApplication::translate("MapDecorations", "Explains why: causes, counterfactuals");
    case Paradigm::Predictive: return QCoreApplication::translate("MapDecorations", "Forecasts what is likely, from history");
    case Paradigm::Generative: return QCoreApplication::translate("MapDecorations", "Creates text, images, code and plans");
    case Paradigm::Agentic: return QCoreApplication::translate("MapDecorations", "Chooses steps and tools, and acts");
    }
    return {};
}

void paintPlane(QPainter *painter, const QTransform &toDevice, const QTransform &base)
{
    painter->save();
    painter->setWorldTransform(base);
    painter->setRenderHint(QPainter::Antialiasing, false);
    for (const Paradigm region : kRegions)
        painter->fillRect(deviceRect(toDevice, MapPlane::regionRect(region)), regionFill(region));

    // The zone whose NHI risk could not be ruled out: a pale band across the plane.
    const QRectF unknownZone(MapPlane::bounds().left(), MapPlane::kNhiRiskLineY - MapPlane::kUnknownZoneHalfHeight,
        MapPlane::bounds().width(), 2 * MapPlane::kUnknownZoneHalfHeight);
    painter->fillRect(deviceRect(toDevice, unknownZone), QColor(0xff, 0xf4, 0xc2, 150));

    // Footprint steps: faint lines; region edges: plain lines.
    const QRectF plane = deviceRect(toDevice, MapPlane::bounds());
    painter->setPen(QPen(QColor(0xd8, 0xdd, 0xe3), 1));
    for (const Tristate zone : kZones) {
        for (const AccessFootprint footprint : kFootprints) {
            const qreal y = toDevice.map(QPointF(0, MapPlane::bandRect(zone, footprint).top())).y();
            painter->drawLine(QPointF(plane.left(), y), QPointF(plane.right(), y));
        }
    }
    painter->setPen(QPen(QColor(0xb0, 0xb8, 0xc2), 1));
    for (const Paradigm region : kRegions) {
        const qreal x = toDevice.map(MapPlane::regionRect(region).topLeft()).x();
        painter->drawLine(QPointF(x, plane.top()), QPointF(x, plane.bottom()));
    }
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(plane);

    painter->setRenderHint(QPainter::Antialiasing, true);
    const qreal lineY = toDevice.map(QPointF(0, MapPlane::kNhiRiskLineY)).y();
    painter->setPen(QPen(kRiskLine, 2, Qt::DashLine));
    // Only the part on the device: zoomed in, the whole line would be thousands of dashes.
    const qreal deviceWidth
        = painter->device() ? base.inverted().map(QPointF(painter->device()->width(), 0)).x() : plane.right();
    const qreal dashFrom = std::max(plane.left(), qreal(-10));
    const qreal dashTo = std::min(plane.right(), deviceWidth + 10);
    if (dashFrom < dashTo) {
        QPen dashes = painter->pen();
        dashes.setDashOffset((dashFrom - plane.left()) / dashes.widthF()); // dashes stay put while panning
        painter->setPen(dashes);
        painter->drawLine(QPointF(dashFrom, lineY), QPointF(dashTo, lineY));
    }
    const qreal boundaryX = toDevice.map(QPointF(MapPlane::executionBoundaryX(), 0)).x();
    painter->setPen(QPen(kBoundary, 3));
    painter->drawLine(QPointF(boundaryX, plane.top()), QPointF(boundaryX, plane.bottom()));

    painter->restore();
}

void paintLabels(QPainter *painter, const QTransform &toDevice, const QRectF &area, MarkerColouring colouring,
                 const QTransform &base)
{
    painter->save();
    painter->setWorldTransform(base);
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setClipRect(area);
    const QColor backdrop(255, 255, 255, 245);

    const QFont captionFont = painter->font();
    const LegendLayout legend = legendLayout(captionFont, area, colouring);
    const qreal legendHeight = legend.strip.height();
    // The names of the two lines, over the markers, where each line crosses the view: the
    // NHI-risk line's at the right edge, the boundary's at the bottom.
    QFont lineFont = painter->font();
    lineFont.setBold(true);
    const QFontMetricsF lineMetrics(lineFont);
    painter->setFont(lineFont);
    const qreal lineY = toDevice.map(QPointF(0, MapPlane::kNhiRiskLineY)).y();
    const QString riskText = QCoreApplication::translate("MapDecorations", "NHI-risk line");
    if (lineY > area.top() + kTitleHeight + lineMetrics.height() && lineY < area.bottom() - legendHeight) {
        const QRectF box(area.right() - lineMetrics.horizontalAdvance(riskText) - 14, lineY - lineMetrics.height() - 4,
            lineMetrics.horizontalAdvance(riskText) + 8, lineMetrics.height() + 2);
        painter->fillRect(box, QColor(255, 255, 255, 220));
        painter->setPen(kRiskLine);
        painter->drawText(box, Qt::AlignCenter, riskText);
    }
    const qreal boundaryX = toDevice.map(QPointF(MapPlane::executionBoundaryX(), 0)).x();
    const QString boundaryText = QCoreApplication::translate("MapDecorations", "Runtime execution boundary");
    const qreal planeBottom = toDevice.map(QPointF(0, MapPlane::bounds().bottom())).y();
    if (boundaryX > area.left() + kAxisWidth && boundaryX < area.right()) {
        const qreal width = lineMetrics.horizontalAdvance(boundaryText) + 8;
        const qreal y = std::min(planeBottom + 3, area.bottom() - legendHeight - lineMetrics.height() - 4);
        const QRectF box(boundaryX - width / 2, y, width, lineMetrics.height() + 2);
        painter->fillRect(box, QColor(255, 255, 255, 220));
        painter->setPen(kBoundary);
        painter->drawText(box, Qt::AlignCenter, boundaryText);
    }

    // Titles along the top, each centred over the part of its region in view.
    const QRectF titleStrip(area.left(), area.top(), area.width(), kTitleHeight);
    painter->fillRect(titleStrip, backdrop);
    QFont titleFont = captionFont;
    titleFont.setBold(true);
    for (const Paradigm region : kRegions) {
        QRectF column = deviceRect(toDevice, MapPlane::regionRect(region));
        column.setLeft(std::max(column.left(), area.left() + kAxisWidth));
        column.setRight(std::min(column.right(), area.right()));
        if (column.width() < 40)
            continue;
        const QRectF titleBox(column.left() + 2, area.top() + 2, column.width() - 4, kTitleHeight / 2 - 1);
        const QRectF captionBox(column.left() + 2, area.top() + kTitleHeight / 2, column.width() - 4,
            kTitleHeight / 2 - 2);
        const QString title = regionTitle(region);
        const QRectF twoLines(titleBox.left(), titleBox.top(), titleBox.width(), kTitleHeight - 4);
        const TitleSetting setting = titleSetting(titleFont, titleBox, twoLines, title);
        painter->setFont(setting.font);
        painter->setPen(region == Paradigm::Agentic ? kBoundary : kInk);
        if (setting.twoLines) {
            painter->drawText(twoLines, Qt::AlignCenter | Qt::TextWordWrap, title);
            continue;
        }
        painter->drawText(
            titleBox, Qt::AlignCenter, QFontMetricsF(setting.font).elidedText(title, Qt::ElideRight, titleBox.width()));
        painter->setFont(captionFont);
        painter->setPen(kInk);
        painter->drawText(captionBox, Qt::AlignCenter,
            QFontMetricsF(captionFont).elidedText(regionCaption(region), Qt::ElideRight, captionBox.width()));
    }

    // The axis along the left: zones, and the footprint steps within each.
    const QRectF axisStrip(area.left(), area.top() + kTitleHeight, kAxisWidth,
        area.height() - kTitleHeight - legendHeight);
    painter->fillRect(axisStrip, backdrop);
    painter->setPen(QPen(QColor(0xb0, 0xb8, 0xc2), 1));
    painter->drawLine(axisStrip.topRight(), axisStrip.bottomRight());
    painter->drawLine(titleStrip.bottomLeft(), titleStrip.bottomRight());
    const QFontMetricsF metrics(captionFont);
    painter->setClipRect(axisStrip);
    for (const Tristate zone : kZones) {
        // The part of the zone in view, so that its name stays readable when zoomed in.
        QRectF zoneRect = deviceRect(toDevice,
            MapPlane::bandRect(zone, AccessFootprint::AdminOrSecrets)
                .united(MapPlane::bandRect(zone, AccessFootprint::None)));
        zoneRect.setTop(std::max(zoneRect.top(), axisStrip.top()));
        zoneRect.setBottom(std::min(zoneRect.bottom(), axisStrip.bottom()));
        // The zone name, rotated along its height, when it fits.
        painter->setFont(titleFont);
        painter->setPen(zone == Tristate::Yes ? kRiskLine : kInk);
        const QString name = zoneLabel(zone);
        if (QFontMetricsF(titleFont).horizontalAdvance(name) < zoneRect.height() - 4) {
            painter->save();
            painter->translate(area.left() + 16, zoneRect.center().y() + QFontMetricsF(titleFont).horizontalAdvance(name) / 2);
            painter->rotate(-90);
            painter->drawText(QPointF(0, 0), name);
            painter->restore();
        }
        painter->setFont(captionFont);
        painter->setPen(kInk);
        for (const AccessFootprint footprint : kFootprints) {
            const QRectF band = deviceRect(toDevice, MapPlane::bandRect(zone, footprint));
            if (band.height() < metrics.height())
                continue;
            const QRectF box(area.left() + 24, band.top(), kAxisWidth - 30, band.height());
            painter->drawText(box, Qt::AlignRight | Qt::AlignVCenter,
                metrics.elidedText(label(footprint), Qt::ElideRight, box.width()));
        }
    }
    painter->setClipRect(titleStrip);
    painter->setFont(titleFont);
    painter->setPen(kInk);
    painter->drawText(QRectF(area.left() + 4, area.top(), kAxisWidth - 8, kTitleHeight), Qt::AlignCenter | Qt::TextWordWrap,
        QCoreApplication::translate("MapDecorations", "Access footprint"));
    painter->setFont(captionFont);
    paintLegend(painter, legend, colouring);
    painter->restore();
}

QTransform fitTransform(const QRectF &area, qreal legendHeight)
{
    const QRectF plane = MapPlane::bounds();
    // Room for the pinned labels, and for the boundary's name under the plane.
    const QRectF room = area.adjusted(kAxisWidth + 10, kTitleHeight + 10, -10, -legendHeight - 24);
    if (room.width() <= 0 || room.height() <= 0)
        return QTransform();
    const qreal s = std::min(room.width() / plane.width(), room.height() / plane.height());
    const QPointF offset = room.center() - s * plane.center();
    return QTransform(s, 0, 0, s, offset.x(), offset.y());
}

} // namespace Mandate::MapDecorations
