#pragma once
// Tools > Credentials: the workspace's non-human identities' credentials in one editable table,
// with Add and Remove. Edits go through the workspace (one undo step each, on the main window's undo
// stack); a refused edit or removal (an expiry before creation, a credential still in use) leaves
// everything as it was and says why under the table.

#include "recordlistdialog.h"

class QLabel;

namespace Mandate {

class CredentialTableModel;

class CredentialsDialog : public RecordListDialog
{
    Q_OBJECT

public:
    explicit CredentialsDialog(Workspace *workspace, QWidget *parent = nullptr);

private:
    QModelIndex addNewRecord() override;
    qint64 recordIdAt(const QModelIndex &tableIndex) const override;
    bool removeRecord(qint64 id) override;
    void showRefusal(const QString &message) override;

    CredentialTableModel *m_model;
    QLabel *m_error;
};

} // namespace Mandate
