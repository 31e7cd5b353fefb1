#pragma once
// One system's privilege boundary as a table (DOMAIN.md section 5), for the privilege editor. Like
// the inventory model it only observes: it reloads when the workspace announces that this system's
// privileges changed, and setData() hands a changed copy of the privilege to the workspace, which
// pushes the undo command. Vocabulary columns edit by id and show the translated label; dates edit
// as ISO text (empty: none); the credential column edits by the credential's name.

#include "domain/privilege.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

namespace Mandate {

class Workspace;

class PrivilegeTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TargetColumn,
        ScopeColumn,
        WildcardColumn,
        CredentialColumn,
        ToolColumn,
        ApprovalGateColumn,
        LoggingColumn,
        HandoffColumn,
        ExpiresColumn,
        JustificationColumn,
        StatusColumn,
        ColumnCount
    };

    enum Role {
        PrivilegeIdRole = Qt::UserRole + 1, // qint64
        // For columns edited by picking: a QVariantList of QStringList{ value, label } pairs, the
        // value being what setData() takes. Invalid for free-text columns.
        ChoicesRole,
    };

    explicit PrivilegeTableModel(QObject *parent = nullptr);

    void setWorkspace(Workspace *workspace); // nullptr: empty model
    void setSystem(qint64 systemId);         // 0: empty model
    qint64 systemId() const { return m_systemId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // False when the value is refused (lastError() says why) or changes nothing (lastError() empty).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    PrivilegeId privilegeId(int row) const;
    int rowOf(PrivilegeId id) const; // -1 if absent
    // Why the last setData() was refused, translated; empty after an accepted edit.
    QString lastError() const { return m_lastError; }

signals:
    // An edit was refused; message says why (for an error label next to the table).
    void editRefused(const QString &message);

private:
    void reload();
    void reloadCredentials();
    bool refuse(const QString &message);
    QVariant choices(int column) const;
    QString credentialName(qint64 id) const;

    QPointer<Workspace> m_workspace;
    qint64 m_systemId = 0;
    QVector<Privilege> m_rows;
    QHash<qint64, QString> m_credentialNames;
    QString m_lastError;
};

} // namespace Mandate
