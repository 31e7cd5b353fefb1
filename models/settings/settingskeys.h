#pragma once
// The QSettings keys the GUI and the CLI share, in one place so that a typo cannot split a setting in two.

#include <QString>

namespace Mandate::SettingsKeys {

inline QString recentFiles()
{
    return QStringLiteral("recentFiles");
}
inline QString analystName()
{
    return QStringLiteral("analyst/name");
}
inline QString language()
{
    return QStringLiteral("ui/language");
}
inline QString windowGeometry()
{
    return QStringLiteral("mainWindow/geometry");
}
inline QString windowState()
{
    return QStringLiteral("mainWindow/state");
}
inline QString inventoryHeader()
{
    return QStringLiteral("inventory/headerState");
}
inline QString lastDirectory()
{
    return QStringLiteral("files/lastDirectory");
}
// Inventories to import usually live elsewhere than workspaces (exports, downloads).
inline QString lastImportDirectory()
{
    return QStringLiteral("files/lastImportDirectory");
}
inline QString lastExportDirectory()
{
    return QStringLiteral("files/lastExportDirectory");
}
inline QString mapColouring()
{
    return QStringLiteral("map/colouring");
}
inline QString mainSplitterState()
{
    return QStringLiteral("window/mainSplitter");
}

} // namespace Mandate::SettingsKeys
