#pragma once
// The workspace's people as a table, for the people dialog. Like the other item models it only
// observes the workspace: setData() hands a changed copy to Workspace::updatePerson (one undo
// step) and the rows follow peopleChanged; the count of systems owned follows the system signals.

#include "domain/aisystem.h"
#include "domain/person.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace Mandate {

class Workspace;

class PeopleTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        EmailColumn,
        TeamColumn,
        SystemsOwnedColumn, // read-only: systems where the person is any owner
        ColumnCount
    };

    enum Role {
        PersonIdRole = Qt::UserRole + 1, // qint64
    };

    explicit PeopleTableModel(QObject *parent = nullptr);

    void setWorkspace(Workspace *workspace); // nullptr: empty model

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // False when refused (lastError() says why) or when nothing changes (lastError() empty).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    PersonId personId(int row) const;
    int rowOf(PersonId id) const; // -1 if absent
    QString lastError() const { return m_lastError; }

signals:
    void editRefused(const QString &message);

private:
    void reload();
    void reloadOwnership();
    QString ownershipToolTip(PersonId id) const;

    QPointer<Workspace> m_workspace;
    QVector<Person> m_rows; // as Workspace::people() sorts them: by name
    QVector<int> m_owned;   // per row
    QString m_lastError;
};

} // namespace Mandate
