#pragma once
// Tools > People: the workspace's people (who can own systems) in one editable table, with a filter,
// Add and Remove. Edits go through the workspace (one undo step each, on the main window's undo
// stack); a refused edit or removal (a name someone else has, an email that is not one, a person who
// still owns systems) leaves everything as it was and says why in a message.

#include "recordlistdialog.h"

class QLineEdit;
class QSortFilterProxyModel;

namespace Mandate {

class PeopleTableModel;

class PeopleDialog : public RecordListDialog
{
    Q_OBJECT

public:
    explicit PeopleDialog(Workspace *workspace, QWidget *parent = nullptr);

private:
    QModelIndex addNewRecord() override;
    qint64 recordIdAt(const QModelIndex &tableIndex) const override;
    bool removeRecord(qint64 id) override;
    void showRefusal(const QString &message) override;

    PeopleTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
};

} // namespace Mandate
