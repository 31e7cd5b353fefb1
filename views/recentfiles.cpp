#include "recentfiles.h"

#include "settings/settingskeys.h"
#include "storage/serverlocation.h"

#include <QFileInfo>
#include <QSettings>
#include <QUrl>

namespace Mandate {
namespace {

// Files by absolute path; a server location as given, minus any password, which is never kept.
QString normalized(const QString &location)
{
    if (!ServerLocation::isUri(location))
        return QFileInfo(location).absoluteFilePath();
    QUrl url(location);
    url.setPassword(QString());
    return url.toString(QUrl::FullyEncoded);
}

} // namespace

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
        // A server cannot be checked without connecting, so its entries stay.
        if ((ServerLocation::isUri(path) || QFileInfo::exists(path)) && !existing.contains(path))
            existing << path;
    }
    return existing.mid(0, maximum);
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = normalized(path);
    QStringList list = files(); // prunes missing files from what is stored
    list.removeAll(absolute);
    list.prepend(absolute);
    store(list.mid(0, maximum));
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = stored();
    if (list.removeAll(normalized(path)) > 0)
        store(list);
}

void RecentFiles::clear()
{
    store({});
}

} // namespace Mandate
