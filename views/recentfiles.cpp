#include "recentfiles.h"

#include "settings/settingskeys.h"

#include <QFileInfo>
#include <QSettings>

namespace Mandate {

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
{
}

QStringList RecentFiles::stored() const
{
    return QSettings().value(SettingsKeys::recentFiles()).toStringList();
}

void RecentFiles::store(const QStringList &files)
{
    QSettings().setValue(SettingsKeys::recentFiles(), files);
    emit changed();
}

QStringList RecentFiles::files() const
{
    QStringList existing;
    for (const QString &path : stored()) {
        if (QFileInfo::exists(path) && !existing.contains(path))
            existing << path;
    }
    return existing.mid(0, maximum);
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files(); // prunes missing files from what is stored
    list.removeAll(absolute);
    list.prepend(absolute);
    store(list.mid(0, maximum));
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = stored();
    if (list.removeAll(QFileInfo(path).absoluteFilePath()) > 0)
        store(list);
}

void RecentFiles::clear()
{
    store({});
}

} // namespace Mandate
