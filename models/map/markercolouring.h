#pragma once
// What a marker's colour says on the four-paradigm map (MarkerColouring, in mapmodel.h): its
// lifecycle stage, the highest severity among its findings, or its runtime authority, as a class number. The colours themselves
// are the views' (MarkerStyle); which class a marker or a cluster of markers is in is decided here,
// where it can be tested without drawing.

#include "map/mapmodel.h"

#include <array>

namespace Mandate {

int colourClassCount(MarkerColouring colouring);
int colourClass(const MapMarker &marker, MarkerColouring colouring);
// The class a cluster is drawn in, from how many of its markers are in each class: for severity and
// authority, whose classes are ordered, the highest one present, so a cluster never hides the worst
// it holds; for lifecycle stage, whose stages are not, the most common (the earlier stage on a tie).
int clusterColourClass(const std::array<int, MarkerIndex::kKeyCount> &counts, MarkerColouring colouring);

} // namespace Mandate
