#include "editactions.h"

#include "inventoryview.h"
#include "messagebox.h"
#include "settingsdialog.h"
#include "storage/workspace.h"
#include "systemdetailspanel.h"

#include <QAction>
#include <QMenu>
#include <QTableView>
#include <QUndoGroup>
#include <QUndoStack>

namespace Mandate {

EditActions::EditActions(QWidget *window, InventoryView *inventory, SystemDetailsPanel *details)
    : QObject(window)
    , m_window(window)
    , m_inventory(inventory)
    , m_details(details)
    , m_undoGroup(new QUndoGroup(this))
{
    m_undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_redo->setShortcut(QKeySequence::Redo);

    m_addSystem = new QAction(tr("&Add system"), this);
    m_addSystem->setObjectName(QStringLiteral("addSystemAction"));
    m_addSystem->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_addSystem->setStatusTip(tr("Add a new system to the inventory"));
    connect(m_addSystem, &QAction::triggered, this, &EditActions::addSystem);

    m_deleteSystems = new QAction(tr("&Delete systems..."), this);
    m_deleteSystems->setObjectName(QStringLiteral("deleteSystemsAction"));
    m_deleteSystems->setShortcut(QKeySequence::Delete);
    // Only while the table has focus, so Delete in a text field still deletes text.
    m_deleteSystems->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_inventory->tableView()->addAction(m_deleteSystems);
    connect(m_deleteSystems, &QAction::triggered, this, &EditActions::deleteSelectedSystems);
    connect(m_inventory, &InventoryView::selectionChanged, this, &EditActions::updateEnabled);

    m_find = new QAction(tr("&Find..."), this);
    m_find->setObjectName(QStringLiteral("findAction"));
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, m_inventory, &InventoryView::focusSearch);

    m_preferences = new QAction(tr("&Preferences..."), this);
    m_preferences->setObjectName(QStringLiteral("preferencesAction"));
    m_preferences->setMenuRole(QAction::PreferencesRole);
    m_preferences->setShortcut(QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty()
            ? QKeySequence(Qt::CTRL | Qt::Key_Comma)
            : QKeySequence(QKeySequence::Preferences));
    connect(m_preferences, &QAction::triggered, this, &EditActions::showPreferences);

    updateEnabled();
}

void EditActions::populateEditMenu(QMenu *menu)
{
    menu->addAction(m_undo);
    menu->addAction(m_redo);
    menu->addSeparator();
    menu->addAction(m_addSystem);
    menu->addAction(m_deleteSystems);
    menu->addSeparator();
    menu->addAction(m_find);
    menu->addSeparator();
    menu->addAction(m_preferences);
}

void EditActions::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    if (workspace) {
        m_undoGroup->addStack(workspace->undoStack());
        connect(workspace, &Workspace::importingChanged, this, &EditActions::updateEnabled);
    }
    updateEnabled();
}

void EditActions::updateEnabled()
{
    // While an import writes, the workspace lends its connection out and refuses edits: undo,
    // redo, add and delete are off until it is done.
    const bool editable = m_workspace && !m_workspace->isImporting();
    m_undoGroup->setActiveStack(editable ? m_workspace->undoStack() : nullptr);
    m_addSystem->setEnabled(editable);
    const int selected = editable ? int(m_inventory->selectedSystemIds().size()) : 0;
    m_deleteSystems->setEnabled(selected > 0);
    m_deleteSystems->setText(
        selected > 1 ? tr("&Delete %Ln systems...", nullptr, selected) : tr("&Delete system..."));
}

void EditActions::addSystem()
{
    if (!m_workspace)
        return;
    AiSystem prototype;
    prototype.name = tr("New system");
    const SystemId id = m_workspace->addSystem(prototype);
    if (!id)
        return;
    m_inventory->selectSystem(id);
    m_details->setSystem(id);
    m_details->show();
    m_details->focusName();
}

void EditActions::deleteSelectedSystems()
{
    const QVector<SystemId> ids = m_inventory->selectedSystemIds();
    if (!m_workspace || ids.isEmpty())
        return;
    QString question;
    if (ids.size() == 1) {
        const AiSystem *system = m_workspace->system(ids.constFirst());
        question
            = tr("Delete “%1” and its privileges? You can undo this.").arg(system ? system->name : QString());
    } else {
        question = tr("Delete %Ln systems and their privileges? You can undo this.", nullptr, int(ids.size()));
    }
    const auto answer = MessageBox::question(m_window, tr("Delete systems"), question,
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        m_workspace->removeSystems(ids);
}

void EditActions::showPreferences()
{
    SettingsDialog dialog(m_workspace, m_window);
    dialog.exec();
}

} // namespace Mandate
