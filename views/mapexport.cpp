#include "mapexport.h"

#include "map/mapplane.h"
#include "mapdecorations.h"
#include "mapview.h"
#include "markerlayer.h"

#include <QCoreApplication>
#include <QGraphicsScene>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace Mandate::MapExport {
namespace {

constexpr int kPngWidth = 1800; // logical pixels; drawn at twice that for sharp text
constexpr int kPngHeight = 900;
constexpr qreal kHeadingHeight = 28;

QString writeError(const QString &path, const QString &reason)
{
    return QCoreApplication::translate("MapExport", "Could not write %1: %2").arg(path, reason);
}

} // namespace

void render(QPainter *painter, const QRectF &target, MapView *view, const QString &heading)
{
    painter->save();
    painter->fillRect(target, Qt::white);
    QFont headingFont = painter->font();
    headingFont.setBold(true);
    painter->setFont(headingFont);
    painter->setPen(Qt::black);
    painter->drawText(QRectF(target.left() + 8, target.top(), target.width() - 16, kHeadingHeight),
        Qt::AlignLeft | Qt::AlignVCenter, heading);
    painter->setFont(QFont(headingFont.family(), headingFont.pointSize()));

    const QRectF area(target.left(), target.top() + kHeadingHeight, target.width(), target.height() - kHeadingHeight);
    const QRectF plane = MapPlane::bounds();
    // Room for the legend as it lays out at this width, on one row or more.
    const QTransform toDevice = MapDecorations::fitTransform(
        area, MapDecorations::legendLayout(painter->font(), area, view->colouring()).strip.height());
    MapDecorations::paintPlane(painter, toDevice);
    // The markers through the scene, mapped exactly as the plane: the same rectangle both ways.
    // The file shows the estate, not what the analyst happened to select or point at.
    MarkerLayer *layer = view->layer();
    const QSet<SystemId> selection = layer->selection();
    const SystemId current = layer->current();
    layer->setSelection({}, 0);
    layer->setHovered(0);
    view->scene()->render(painter, toDevice.mapRect(plane), plane, Qt::IgnoreAspectRatio);
    layer->setSelection(selection, current);
    MapDecorations::paintLabels(painter, toDevice, area, view->colouring());
    painter->restore();
}

bool savePng(const QString &path, MapView *view, const QString &heading, QString *error)
{
    QImage image(kPngWidth * 2, kPngHeight * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        render(&painter, QRectF(0, 0, kPngWidth, kPngHeight), view, heading);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = writeError(path, file.errorString());
        return false;
    }
    if (!image.save(&file, "PNG")) {
        file.cancelWriting();
        *error = writeError(path, QCoreApplication::translate("MapExport", "the image could not be encoded"));
        return false;
    }
    if (!file.commit()) {
        *error = writeError(path, file.errorString());
        return false;
    }
    return true;
}

bool savePdf(const QString &path, MapView *view, const QString &heading, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = writeError(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setTitle(heading);
        writer.setCreator(QStringLiteral("Mandate"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(10, 10, 10, 10)));
        writer.setResolution(96); // so that pixel sizes on screen and on paper agree
        QPainter painter(&writer);
        if (!painter.isActive()) {
            file.cancelWriting();
            *error = writeError(path, QCoreApplication::translate("MapExport", "the PDF could not be started"));
            return false;
        }
        render(&painter, QRectF(QPointF(0, 0), writer.pageLayout().paintRectPixels(96).size()), view, heading);
    }
    if (!file.commit()) {
        *error = writeError(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Mandate::MapExport
