#pragma once
// What the four-paradigm map draws around its markers: the regions and bands of the plane, the
// NHI-risk line and the runtime execution boundary; the region titles and the access-footprint
// axis, pinned to the edges of whatever part of the plane is in view; and the legend. Plain
// painting functions, so the map view and its PNG and PDF exports draw exactly the same.

#include "markerstyle.h"

#include <QFontMetricsF>
#include <QRectF>
#include <QTransform>
#include <QVector>

class QFont;
class QPainter;

namespace Mandate::MapDecorations {

// The room the pinned labels take along the left, top and bottom of the view, in device pixels.
constexpr qreal kAxisWidth = 150;
constexpr qreal kTitleHeight = 40;
constexpr qreal kLegendHeight = 28; // one row; the legend takes more rows where one is too narrow

// The legend along the bottom of an area: the colouring's name, then its classes and the two
// shapes, flowing on to further rows where one row is too narrow (German, French, a narrow map),
// so that every entry shows its whole text at the painter's font size.
struct LegendEntry
{
    enum class Symbol { Colour, Diamond, Ring };
    QString text;
    QRectF textRect; // the whole text's width
    QPointF symbol;  // the swatch's centre
    Symbol kind = Symbol::Colour;
    int colourClass = -1;
};
struct LegendLayout
{
    QRectF strip; // the legend's backdrop, at least kLegendHeight high
    QString title;
    QRectF titleRect;
    QVector<LegendEntry> entries;
};
LegendLayout legendLayout(const QFont &font, const QRectF &area, MarkerColouring colouring);

// The plane units to device transform that shows the whole plane in area (device coordinates),
// clear of the pinned labels (a legend legendHeight high), centred.
QTransform fitTransform(const QRectF &area, qreal legendHeight = kLegendHeight);

// Under the markers. toDevice maps plane units to the painter's device. base, when given, maps
// that "device" on to the real one: a report scales a map laid out for a wide canvas into a
// narrow page this way, and the labels shrink with it.
void paintPlane(QPainter *painter, const QTransform &toDevice, const QTransform &base = QTransform());
// Over the markers, inside area (device coordinates): titles along the top, the axis along the
// left, the legend along the bottom.
void paintLabels(QPainter *painter, const QTransform &toDevice, const QRectF &area, MarkerColouring colouring,
                 const QTransform &base = QTransform());

// One line saying what each region holds, for titles and tooltips.
QString regionTitle(Paradigm paradigm);
QString regionCaption(Paradigm paradigm);

} // namespace Mandate::MapDecorations
