#include "privilegeeditor.h"

#include "itemmodels/privilegetablemodel.h"
#include "storage/workspace.h"
#include "vocabularydelegate.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>

namespace Mandate {

PrivilegeEditor::PrivilegeEditor(QWidget *parent)
    : SystemEditorGroup(tr("Privilege boundary"), parent)
    , m_model(new PrivilegeTableModel(this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("privilegeEditorGroupBox"));

    m_table->setObjectName(QStringLiteral("privilegeTableView"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new VocabularyDelegate(PrivilegeTableModel::ChoicesRole, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::SelectedClicked | QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setWordWrap(false);
    // Room for a few privileges before the table scrolls; the panel itself scrolls beyond that.
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height()
        + m_table->verticalHeader()->defaultSectionSize() * 4 + 2 * m_table->frameWidth()
        + m_table->horizontalScrollBar()->sizeHint().height());
    m_table->setMaximumHeight(m_table->minimumHeight() * 2);
    m_table->setToolTip(tr("Double-click a cell to edit it; each change can be undone"));
    form()->addRow(m_table);

    m_add->setObjectName(QStringLiteral("addPrivilegePushButton"));
    m_add->setToolTip(tr("Add a privilege to this system's boundary"));
    m_remove->setObjectName(QStringLiteral("removePrivilegesPushButton"));
    m_remove->setToolTip(tr("Remove the selected privileges"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    form()->addRow(buttons);

    m_error->setObjectName(QStringLiteral("privilegeErrorLabel"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c)); // readable on light and mid themes
    m_error->setPalette(palette);
    m_error->hide();
    form()->addRow(m_error);

    connect(m_add, &QPushButton::clicked, this, &PrivilegeEditor::addPrivilege);
    connect(m_remove, &QPushButton::clicked, this, &PrivilegeEditor::removeSelected);
    connect(m_model, &PrivilegeTableModel::editRefused, this, &PrivilegeEditor::showError);
    // Any stored change means the last refusal is no longer the news.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        showError(QString());
        fitColumns(true);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        showError(QString());
        updateButtons();
        fitColumns();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PrivilegeEditor::updateButtons);
    updateButtons();
    fitColumns();
}

void PrivilegeEditor::fitColumns(bool growOnly)
{
    // One system holds a handful of privileges, so measuring them is cheap; the narrow panel needs
    // every column as small as its content, and no column so wide that it hides the others.
    // After an edit columns only grow, so that the cells do not shift under the pointer.
    const int widest = fontMetrics().averageCharWidth() * 30;
    const QAbstractItemView *view = m_table; // QTableView hides the measuring behind protected
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const int fitted = std::min(std::max(view->sizeHintForColumn(column),
                                        m_table->horizontalHeader()->sectionSizeHint(column)),
            widest);
        m_table->setColumnWidth(column, growOnly ? std::max(fitted, m_table->columnWidth(column)) : fitted);
    }
}

void PrivilegeEditor::refresh()
{
    // The panel hands the workspace to every group without a virtual hook; pick it up here.
    if (workspace() != m_modelWorkspace) {
        m_modelWorkspace = workspace();
        m_model->setWorkspace(workspace());
    }
    if (m_model->systemId() != systemId())
        m_model->setSystem(systemId());
    updateButtons();
}

void PrivilegeEditor::addPrivilege()
{
    if (!system())
        return;
    Privilege privilege;
    privilege.systemId = systemId();
    // A placeholder the analyst overwrites at once: the editor opens on it.
    privilege.target = tr("new resource");
    const PrivilegeId id = workspace()->addPrivilege(privilege);
    if (!id) {
        showError(workspace()->lastError());
        return;
    }
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex target = m_model->index(row, PrivilegeTableModel::TargetColumn);
    m_table->setFocus();
    m_table->selectionModel()->setCurrentIndex(
        target, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(target);
    m_table->edit(target);
}

void PrivilegeEditor::removeSelected()
{
    QVector<PrivilegeId> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids << m_model->privilegeId(index.row());
    if (ids.isEmpty())
        return;
    if (!workspace()->removePrivileges(ids))
        showError(workspace()->lastError());
}

void PrivilegeEditor::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void PrivilegeEditor::updateButtons()
{
    m_add->setEnabled(system() != nullptr);
    m_remove->setEnabled(system() != nullptr && m_table->selectionModel()->hasSelection());
}

} // namespace Mandate
