#include "recordlistdialog.h"

#include "storage/workspace.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Mandate {

RecordListDialog::RecordListDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_table(new QTableView(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_intro(new QLabel(this))
    , m_close(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_layout(new QVBoxLayout(this))
{
    m_intro->setWordWrap(true);

    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::SelectedClicked | QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_add);
    buttonRow->addWidget(m_remove);
    buttonRow->addStretch(1);

    connect(m_close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_layout->addWidget(m_intro);
    m_layout->addWidget(m_table, 1);
    m_layout->addLayout(buttonRow);
    m_layout->addWidget(m_close);

    connect(m_add, &QPushButton::clicked, this, &RecordListDialog::addRecord);
    connect(m_remove, &QPushButton::clicked, this, &RecordListDialog::removeSelected);
    if (workspace) // it edits this workspace only; when that closes there is nothing left to show
        connect(workspace, &QObject::destroyed, this, &QDialog::reject);
}

void RecordListDialog::setTableModel(QAbstractItemModel *model)
{
    m_table->setModel(model);
    connect(model, &QAbstractItemModel::modelReset, this, [this] { updateButtons(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RecordListDialog::updateButtons);
    updateButtons();
}

void RecordListDialog::setIntro(const QString &text)
{
    m_intro->setText(text);
}

void RecordListDialog::addAboveTable(QWidget *widget)
{
    m_layout->insertWidget(m_layout->indexOf(m_table), widget);
    // Made after the table and buttons, it comes last in the tab chain, which wraps round to the table:
    // the order is right, only the start is not, so it takes the focus the dialog opens with.
    widget->setFocus();
}

void RecordListDialog::addAboveClose(QWidget *widget)
{
    m_layout->insertWidget(m_layout->count() - 1, widget);
}

void RecordListDialog::addRecord()
{
    if (!m_workspace)
        return;
    // A name that is free, which the analyst then overwrites: the editor opens on it.
    const QModelIndex name = addNewRecord();
    if (!name.isValid()) {
        showRefusal(m_workspace->lastError());
        return;
    }
    showRefusal(QString());
    m_table->setFocus();
    m_table->selectionModel()->setCurrentIndex(name, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(name);
    m_table->edit(name);
}

void RecordListDialog::removeSelected()
{
    if (!m_workspace)
        return;
    // Ids first: rows may move once the first record is gone.
    QVector<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids << recordIdAt(index);
    for (const qint64 id : std::as_const(ids)) {
        if (!removeRecord(id)) {
            showRefusal(m_workspace->lastError());
            return;
        }
    }
    showRefusal(QString());
}

void RecordListDialog::updateButtons()
{
    m_add->setEnabled(m_workspace != nullptr);
    m_remove->setEnabled(m_workspace != nullptr && m_table->selectionModel()->hasSelection());
}

} // namespace Mandate
