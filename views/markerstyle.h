#pragma once
// How map markers look: the colour and legend label of each colour class (markercolouring.h).
// One place, so the map, its legend and its exports always agree.

#include "map/markercolouring.h"

#include <QColor>
#include <QString>

namespace Mandate {

namespace MarkerStyle {

QString colouringLabel(MarkerColouring colouring);
QColor colour(MarkerColouring colouring, int colourClass);
QString classLabel(MarkerColouring colouring, int colourClass);

} // namespace MarkerStyle
} // namespace Mandate
