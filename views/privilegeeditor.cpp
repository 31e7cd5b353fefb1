#include "privilegeeditor.h"

#include "compacttable.h"
#include "itemmodels/privilegetablemodel.h"
#include "storage/workspace.h"
#include "vocabularydelegate.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>


namespace Mandate {

PrivilegeEditor::PrivilegeEditor(QWidget *parent)
    : SystemEditorGroup(tr("Privilege boundary"), parent)
    , m_model(new PrivilegeTableModel(this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_error(createErrorLabel(this, "privilegeErrorLabel"))
{
    setObjectName(QStringLiteral("privilegeEditorGroupBox"));

    m_table->setObjectName(QStringLiteral("privilegeTableView"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new VocabularyDelegate(PrivilegeTableModel::ChoicesRole, m_table));
    setupCompactTable(m_table, 4);
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

    form()->addRow(m_error);

    connect(m_add, &QPushButton::clicked, this, &PrivilegeEditor::addPrivilege);
    connect(m_remove, &QPushButton::clicked, this, &PrivilegeEditor::removeSelected);
    connect(m_model, &PrivilegeTableModel::editRefused, this, &PrivilegeEditor::showError);
    // Any stored change means the last refusal is no longer the news.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        showError(QString());
        fitColumnsToContent(m_table, true);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        showError(QString());
        updateButtons();
        fitColumnsToContent(m_table);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PrivilegeEditor::updateButtons);
    updateButtons();
    fitColumnsToContent(m_table);
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
    Mandate::showError(m_error, message);
}

void PrivilegeEditor::updateButtons()
{
    m_add->setEnabled(system() != nullptr);
    m_remove->setEnabled(system() != nullptr && m_table->selectionModel()->hasSelection());
}

} // namespace Mandate
