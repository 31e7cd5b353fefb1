#pragma once
// The details panel's Privilege boundary group (DOMAIN.md section 5): the shown system's privileges
// as an editable table, with Add and Remove. Every change goes through the workspace as one undo
// step; a refused edit (a date that does not parse, an empty target) leaves the stored value in the
// table and says why in a line under it.

#include "systemeditorgroup.h"

#include <QPointer>

class QLabel;
class QPushButton;
class QTableView;

namespace Mandate {

class PrivilegeTableModel;

class PrivilegeEditor : public SystemEditorGroup
{
    Q_OBJECT

public:
    explicit PrivilegeEditor(QWidget *parent = nullptr);

    void refresh() override;

    QTableView *tableView() const { return m_table; }
    PrivilegeTableModel *model() const { return m_model; }

private:
    void addPrivilege();
    void removeSelected();
    void showError(const QString &message);
    void updateButtons();

    PrivilegeTableModel *m_model;
    QPointer<Workspace> m_modelWorkspace; // the workspace the model was last given
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_error;
};

} // namespace Mandate
