#pragma once
// Tools > People: the workspace's people (who can own systems) in one editable table, with a filter,
// Add and Remove. Edits go through the workspace (one undo step each, on the main window's undo
// stack); a refused edit or removal (a name someone else has, an email that is not one, a person who
// still owns systems) leaves everything as it was and says why in a message.

#include <QDialog>
#include <QPointer>

class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Mandate {

class PeopleTableModel;
class Workspace;

class PeopleDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PeopleDialog(Workspace *workspace, QWidget *parent = nullptr);

    QTableView *tableView() const { return m_table; }

private:
    void addPerson();
    void removeSelected();
    void showRefusal(const QString &message);
    void updateButtons();

    QPointer<Workspace> m_workspace;
    PeopleTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace Mandate
