#pragma once
// Tools > Credentials: the workspace's non-human identities' credentials in one editable table,
// with Add and Remove. Edits go through the workspace (one undo step each, on the main window's undo
// stack); a refused edit or removal (an expiry before creation, a credential still in use) leaves
// everything as it was and says why under the table.

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTableView;

namespace Mandate {

class CredentialTableModel;
class Workspace;

class CredentialsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CredentialsDialog(Workspace *workspace, QWidget *parent = nullptr);

    QTableView *tableView() const { return m_table; }

private:
    void addCredential();
    void removeSelected();
    void showError(const QString &message);
    void updateButtons();

    QPointer<Workspace> m_workspace;
    CredentialTableModel *m_model;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_error;
};

} // namespace Mandate
