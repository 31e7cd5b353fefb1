#pragma once
// The workspace's credentials as a table (DOMAIN.md section 5), for the credentials dialog. It
// observes the workspace like the other item models: setData() hands a changed copy to
// Workspace::updateCredential (one undo step) and the table follows credentialsChanged. Vocabulary
// columns edit by id and show labels, dates edit as ISO text (empty: none), environments as a
// comma-separated list; "shared with" counts the systems whose privileges use the credential.

#include "domain/credential.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace Mandate {

class Workspace;

class CredentialTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        KindColumn,
        StorageColumn,
        CreatedColumn,
        ExpiresColumn,
        LastRotatedColumn,
        LastUsedColumn,
        EnvironmentsColumn,
        UsedByPeopleColumn,
        SharedWithColumn, // read-only: follows from the privileges
        ColumnCount
    };

    enum Role {
        CredentialIdRole = Qt::UserRole + 1, // qint64
        // As PrivilegeTableModel::ChoicesRole: { value, label } pairs for columns edited by picking.
        ChoicesRole,
    };

    explicit CredentialTableModel(QObject *parent = nullptr);

    void setWorkspace(Workspace *workspace); // nullptr: empty model

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // False when refused (lastError() says why) or when nothing changes (lastError() empty).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    CredentialId credentialId(int row) const;
    int rowOf(CredentialId id) const; // -1 if absent
    QString lastError() const { return m_lastError; }

signals:
    void editRefused(const QString &message);

private:
    void reload();
    void reloadSharing();
    bool refuse(const QString &message);
    QString sharingToolTip(CredentialId id) const;

    QPointer<Workspace> m_workspace;
    QVector<Credential> m_rows;
    QVector<int> m_sharedWith; // per row: systems using the credential
    QString m_lastError;
};

} // namespace Mandate
