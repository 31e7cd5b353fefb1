#include "mappingseditor.h"

#include "compacttable.h"
#include "itemmodels/systemmappingsmodel.h"
#include "storage/workspace.h"
#include "vocabularydelegate.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

namespace Mandate {

MappingsEditor::MappingsEditor(QWidget *parent)
    : SystemEditorGroup(tr("Framework mappings"), parent)
    , m_model(new SystemMappingsModel(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_accept(new QPushButton(tr("Accept"), this))
    , m_reject(new QPushButton(tr("Reject"), this))
    , m_acceptAll(new QPushButton(this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_error(createErrorLabel(this, "mappingsErrorLabel"))
{
    setObjectName(QStringLiteral("mappingsEditorGroupBox"));

    m_summary->setObjectName(QStringLiteral("mappingsSummaryLabel"));
    m_summary->setWordWrap(true);
    form()->addRow(m_summary);

    m_table->setObjectName(QStringLiteral("mappingsTableView"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new VocabularyDelegate(SystemMappingsModel::ChoicesRole, m_table));
    setupCompactTable(m_table, 5);
    m_table->setToolTip(tr("Suggestions from the findings are in italics. Pick a status to decide one; "
                           "double-click a note or evidence cell to edit it."));
    form()->addRow(m_table);

    // The table's own shortcuts, so they act on its selection only while it has the focus.
    const auto addTableAction = [this](QPushButton *button, const QKeySequence &shortcut) {
        auto *action = new QAction(button->text(), m_table);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, button, &QPushButton::click);
        m_table->addAction(action);
        button->setToolTip(tr("%1 (%2)").arg(button->toolTip(), shortcut.toString(QKeySequence::NativeText)));
    };
    m_accept->setObjectName(QStringLiteral("acceptMappingsPushButton"));
    m_accept->setToolTip(tr("Record the selected suggestions as gaps, with the findings as the reason"));
    m_reject->setObjectName(QStringLiteral("rejectMappingsPushButton"));
    m_reject->setToolTip(tr("Record the selected suggestions as not applicable, so they do not come back"));
    m_acceptAll->setObjectName(QStringLiteral("acceptAllMappingsPushButton"));
    m_acceptAll->setToolTip(tr("Accept every suggestion of this system in one step"));
    m_remove->setObjectName(QStringLiteral("removeMappingsPushButton"));
    m_remove->setToolTip(tr("Remove the selected mappings; a finding that still holds suggests them again"));
    addTableAction(m_accept, QKeySequence(Qt::CTRL | Qt::Key_Return));
    addTableAction(m_reject, QKeySequence(Qt::CTRL | Qt::Key_Backspace));
    addTableAction(m_remove, QKeySequence(QKeySequence::Delete));
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_accept);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_acceptAll);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    form()->addRow(buttons);
    form()->addRow(m_error);

    connect(m_accept, &QPushButton::clicked, this, &MappingsEditor::acceptSelected);
    connect(m_reject, &QPushButton::clicked, this, &MappingsEditor::rejectSelected);
    connect(m_acceptAll, &QPushButton::clicked, this, &MappingsEditor::acceptAll);
    connect(m_remove, &QPushButton::clicked, this, &MappingsEditor::removeSelected);
    connect(m_model, &SystemMappingsModel::editRefused, this, [this](const QString &message) {
        showError(m_error, message);
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        fitColumnsToContent(m_table, true);
        updateState();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        showError(m_error, QString());
        fitColumnsToContent(m_table);
        updateState();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MappingsEditor::updateState);
    updateState();
}

void MappingsEditor::refresh()
{
    // The panel hands the workspace to every group without a virtual hook; pick it up here.
    if (workspace() != m_modelWorkspace) {
        m_modelWorkspace = workspace();
        m_model->setWorkspace(workspace());
    }
    if (m_model->systemId() != systemId())
        m_model->setSystem(systemId());
    updateState();
}

QList<int> MappingsEditor::selectedRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows << index.row();
    return rows;
}

void MappingsEditor::acceptSelected()
{
    m_model->acceptSuggestions(selectedRows());
}

void MappingsEditor::acceptAll()
{
    QList<int> rows;
    for (int row = 0; row < m_model->rowCount(); ++row)
        rows << row;
    m_model->acceptSuggestions(rows);
}

void MappingsEditor::rejectSelected()
{
    m_model->rejectSuggestions(selectedRows());
}

void MappingsEditor::removeSelected()
{
    m_model->removeMappings(selectedRows());
}

void MappingsEditor::updateState()
{
    int suggestions = 0;
    int decided = 0;
    for (const int row : selectedRows())
        (m_model->isSuggestion(row) ? suggestions : decided)++;
    const bool shown = system() != nullptr;
    m_accept->setEnabled(shown && suggestions > 0);
    m_reject->setEnabled(shown && suggestions > 0);
    m_remove->setEnabled(shown && decided > 0);
    m_acceptAll->setText(tr("Accept all (%1)").arg(m_model->suggestionCount()));
    m_acceptAll->setEnabled(shown && m_model->suggestionCount() > 0);
    const QList<QAction *> actions = m_table->actions();
    const QPushButton *buttons[] = { m_accept, m_reject, m_remove };
    for (int i = 0; i < actions.size() && i < 3; ++i)
        actions[i]->setEnabled(buttons[i]->isEnabled());

    if (!shown)
        m_summary->clear();
    else if (m_model->rowCount() == 0)
        m_summary->setText(tr("No mappings yet, and the findings suggest none."));
    else if (m_model->suggestionCount() == 0)
        m_summary->setText(tr("%n mapping(s); no suggestion waits for a decision.", nullptr, m_model->decidedCount()));
    else if (m_model->decidedCount() == 0)
        m_summary->setText(tr("%n suggestion(s) from the findings wait for a decision.", nullptr, m_model->suggestionCount()));
    else
        m_summary->setText(tr("%n mapping(s) decided;", nullptr, m_model->decidedCount()) + QLatin1Char(' ')
            + tr("%n suggestion(s) from the findings wait for a decision.", nullptr, m_model->suggestionCount()));
}

} // namespace Mandate
