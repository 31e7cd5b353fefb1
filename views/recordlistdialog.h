#pragma once
// What the Tools dialogs that list one kind of workspace record (people, credentials) have in common:
// an editable table with Add and Remove under it and Close at the bottom, Remove enabled only with a
// selection, the editor opened on a record just added, and the dialog closing with the workspace it
// edits. A subclass says what its record is (how to add one, which id a row holds, how to remove it)
// and how a refusal is shown. It also sets every user-visible text itself, so its strings keep their
// translation context.

#include <QDialog>
#include <QPointer>

class QAbstractItemModel;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableView;
class QVBoxLayout;

namespace Mandate {

class Workspace;

class RecordListDialog : public QDialog
{
    Q_OBJECT

public:
    QTableView *tableView() const { return m_table; }

protected:
    RecordListDialog(Workspace *workspace, QWidget *parent);

    // Shows model (the records, perhaps through a proxy) in the table; call once, from the constructor.
    void setTableModel(QAbstractItemModel *model);
    void setIntro(const QString &text);
    // Places a widget of the subclass between the intro and the table (first in tab order), or between
    // the buttons and Close.
    void addAboveTable(QWidget *widget);
    void addAboveClose(QWidget *widget);

    QPointer<Workspace> m_workspace;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;

private:
    // Adds a record under a free name; the table index of its name cell, or an invalid index when the
    // workspace refused (its lastError() says why).
    virtual QModelIndex addNewRecord() = 0;
    virtual qint64 recordIdAt(const QModelIndex &tableIndex) const = 0;
    virtual bool removeRecord(qint64 id) = 0;
    // An empty message means the last edit went through: clear whatever refusal is still shown.
    virtual void showRefusal(const QString &message) = 0;

    void addRecord();
    void removeSelected();
    void updateButtons();

    QLabel *m_intro;
    QDialogButtonBox *m_close;
    QVBoxLayout *m_layout;
};

} // namespace Mandate
