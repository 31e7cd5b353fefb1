#pragma once
// The four-paradigm map as a file: PNG for slides and mail, vector PDF for the audit file. Both
// draw the whole plane (as the inventory filter shows it) with titles, axis and legend, through
// the same painting code as the screen; both are written atomically.

#include <QString>

class QPainter;
class QRectF;

namespace Mandate {

class MapView;

namespace MapExport {

// Draws the whole map into target (device coordinates of painter), with a heading line.
void render(QPainter *painter, const QRectF &target, MapView *view, const QString &heading);
// false with *error set (naming the file) when it could not be written; nothing is left behind then.
bool savePng(const QString &path, MapView *view, const QString &heading, QString *error);
bool savePdf(const QString &path, MapView *view, const QString &heading, QString *error);

} // namespace MapExport
} // namespace Mandate
