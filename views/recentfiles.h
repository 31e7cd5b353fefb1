#pragma once
// The recently opened workspaces, most recent first, kept in QSettings ("recentFiles"). Files that
// no longer exist are pruned whenever the list is read, so the menu never offers a dead entry.

#include <QObject>
#include <QStringList>

namespace Mandate {

class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int maximum = 8;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const; // existing files only, most recent first
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

signals:
    void changed();

private:
    QStringList stored() const;
    void store(const QStringList &files);
};

} // namespace Mandate
