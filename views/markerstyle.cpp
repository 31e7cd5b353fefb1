#include "markerstyle.h"

#include <QCoreApplication>

namespace Mandate::MarkerStyle {
namespace {

// Colour-blind-safe hues (Okabe and Ito) where classes have no order; a light-to-dark ramp of one
// warm hue where they do, so "worse" always reads as "darker and redder".
const QColor kLifecycle[] = { QColor(0x99, 0x99, 0x99), QColor(0x56, 0xb4, 0xe9), QColor(0xe6, 0x9f, 0x00),
    QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7), QColor(0x44, 0x44, 0x44) };
const QColor kSeverity[] = { QColor(0x9e, 0xbc, 0xda), QColor(0xfd, 0xd4, 0x9e), QColor(0xfc, 0x8d, 0x59),
    QColor(0xd7, 0x30, 0x1f) };
const QColor kAuthority[] = { QColor(0x99, 0x99, 0x99), QColor(0x9e, 0xbc, 0xda), QColor(0x8c, 0x96, 0xc6),
    QColor(0xfc, 0x8d, 0x59), QColor(0xd7, 0x30, 0x1f) };

} // namespace

QString colouringLabel(MarkerColouring colouring)
{
    switch (colouring) {
    case MarkerColouring::LifecycleStage: return QCoreApplication::translate("MarkerStyle", "Lifecycle stage");
    case MarkerColouring::FindingSeverity:
        return QCoreApplication::translate("MarkerStyle", "Highest finding severity");
    case MarkerColouring::RuntimeAuthority: return QCoreApplication::translate("MarkerStyle", "Runtime authority");
    }
    return {};
}

QColor colour(MarkerColouring colouring, int colourClass)
{
    if (colourClass < 0 || colourClass >= colourClassCount(colouring))
        return Qt::gray;
    switch (colouring) {
    case MarkerColouring::LifecycleStage: return kLifecycle[colourClass];
    case MarkerColouring::FindingSeverity: return kSeverity[colourClass];
    case MarkerColouring::RuntimeAuthority: return kAuthority[colourClass];
    }
    return Qt::gray;
}

QString classLabel(MarkerColouring colouring, int colourClass)
{
    switch (colouring) {
    case MarkerColouring::LifecycleStage: return label(static_cast<LifecycleStage>(colourClass));
    case MarkerColouring::FindingSeverity:
        return colourClass == 0 ? QCoreApplication::translate("MarkerStyle", "No findings")
                                : label(static_cast<Severity>(colourClass - 1));
    case MarkerColouring::RuntimeAuthority: return label(static_cast<RuntimeAuthority>(colourClass));
    }
    return {};
}

} // namespace Mandate::MarkerStyle
