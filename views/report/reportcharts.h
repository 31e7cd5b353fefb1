#pragma once
// The charts and the four-paradigm map of the PDF reports, drawn as vectors (paths, rectangles and
// text) straight on to a QPainter: a PDF must stay sharp and searchable, and mandate-cli renders
// reports under a QGuiApplication, where neither Qt Charts nor the map's graphics view can run.
// Colours come from the map's marker styles, so a report and the screen agree.

#include "map/mapmodel.h"

#include <QColor>
#include <QDate>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QTransform>
#include <QVector>

class QPainter;

namespace Mandate {

class Workspace;

namespace ReportCharts {

// --- horizontal bar chart --------------------------------------------------------------------------

struct ChartBar
{
    QString label;
    int value = 0;
    QColor colour;
};

// A title line, then one row per bar: its label on the left (elided when too long), a bar as long
// as its share of the largest value, and the value after the bar. A bar of 0 draws no bar.
void paintBarChart(QPainter *painter, const QRectF &target, const QString &title, const QVector<ChartBar> &bars);
// The height paintBarChart needs for barCount bars, in device pixels at 96 dpi.
qreal barChartHeight(int barCount);

// The colours of paradigms and finding severities, as on the map and its legend.
QColor paradigmColour(Paradigm paradigm);
QColor severityColour(Severity severity);

// --- the four-paradigm map -------------------------------------------------------------------------

struct MapDot
{
    QPointF position; // in plane units (map/mapplane.h)
    int colourClass = 0; // map/markercolouring.h
    bool identitySubject = false; // drawn as a diamond
    bool classifierDisagrees = false; // ringed, as on the map
};

// Where each system sits on the map and how its marker looks, exactly as the map view shows it; one
// pass over the systems (derived facts come from each system's cached privilege summary) and one
// query for the import findings. Ids the workspace does not know are skipped.
QVector<MapDot> mapDots(const Workspace &workspace, const QVector<SystemId> &ids, MarkerColouring colouring,
                        const QDate &today = QDate::currentDate());

// The plane, the dots and the pinned labels and legend, as MapExport draws them, scaled to fit
// target with the map's aspect ratio kept (centred). The layout is made for a wide canvas and
// scaled down whole, so the labels keep their proportions on a narrow page.
void paintMap(QPainter *painter, const QRectF &target, const QVector<MapDot> &dots, MarkerColouring colouring);
// The height the map takes when drawn width wide.
qreal mapHeightForWidth(qreal width);
// Plane units to the painter coordinates paintMap(target) draws in: where a system's dot lands,
// for links or callouts on top of the map.
QTransform planeToTarget(const QRectF &target);

} // namespace ReportCharts
} // namespace Mandate
