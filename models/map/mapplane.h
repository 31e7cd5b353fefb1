#pragma once
// The geometry of the four-paradigm map (DOMAIN.md section 8), in plane units shared by storage,
// layout, drawing and hit-testing.
//
// Left to right: a strip for systems not yet classified, then Causal, Predictive, Generative and
// Agentic, each kRegionWidth wide; the runtime execution boundary is the left edge of Agentic.
// Top to bottom (y grows downward, as on screen): systems with NHI risk, a narrow zone around the
// NHI-risk line for those whose risk could not be ruled out, then those without. Within each zone
// the height is the access footprint, admin/secrets at the top. So the upper right holds the
// systems where governance matters most, and a marker's height always tells the truth about its
// derived values: only its region and its place within its cell are the analyst's to choose.

#include "domain/aisystem.h"

#include <QPointF>
#include <QRectF>
#include <QVector>

namespace Mandate::MapPlane {

// Twice as high as a region is wide: the whole plane is then about as wide as a screen, so it
// fills a map view without distortion.
constexpr qreal kRegionWidth = 1000;
constexpr qreal kHeight = 2000;
constexpr qreal kUndecidedWidth = 600;
constexpr qreal kNhiRiskLineY = 1000;
// The zone of "NHI risk not ruled out" spans this much either side of the line.
constexpr qreal kUnknownZoneHalfHeight = 120;

// Everything: the undecided strip and the four regions.
QRectF bounds();
// The x of the runtime execution boundary (between Generative and Agentic).
qreal executionBoundaryX();
QRectF regionRect(Paradigm paradigm);
// The region containing x; left of the plane is Undecided, right of it Agentic.
Paradigm paradigmAt(qreal x);

// The horizontal band a system's NHI risk and access footprint put it in, over the whole plane.
QRectF bandRect(Tristate nhiRisk, AccessFootprint footprint);
// Where a system may sit: its region crossed with its band.
QRectF cellRect(Paradigm paradigm, Tristate nhiRisk, AccessFootprint footprint);

// The nearest point inside cell, kept a small margin from its edges so markers stay clear of lines.
QPointF clampInto(const QPointF &point, const QRectF &cell);
// A spot inside cell that depends only on id: new and imported systems spread evenly, and stay
// where they are when others come and go.
QPointF automaticPosition(const QRectF &cell, SystemId id);
// count tidy spots inside cell, row by row, for Arrange.
QVector<QPointF> arrangedPositions(const QRectF &cell, int count);

} // namespace Mandate::MapPlane
