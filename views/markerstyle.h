#pragma once
// How map markers look: the colour classes of each colouring (lifecycle stage, highest finding
// severity, runtime authority) with their colours and legend labels. One place, so the map, its
// legend and its exports always agree.

#include "map/mapmodel.h"

#include <QColor>
#include <QString>

namespace Mandate {

enum class MarkerColouring { LifecycleStage, FindingSeverity, RuntimeAuthority };

namespace MarkerStyle {

QString colouringLabel(MarkerColouring colouring);
int classCount(MarkerColouring colouring);
int classOf(const MapMarker &marker, MarkerColouring colouring);
QColor colour(MarkerColouring colouring, int colourClass);
QString classLabel(MarkerColouring colouring, int colourClass);

} // namespace MarkerStyle
} // namespace Mandate
