#pragma once
// The Edit menu: undo and redo (through a QUndoGroup, so the actions survive switching
// workspaces), add and delete systems, find, and preferences. Deleting asks first; both add and
// delete go through the workspace and are undoable.

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QUndoGroup;
class QWidget;

namespace Mandate {

class InventoryView;
class SystemDetailsPanel;
class Workspace;

class EditActions : public QObject
{
    Q_OBJECT

public:
    EditActions(QWidget *window, InventoryView *inventory, SystemDetailsPanel *details);

    void setWorkspace(Workspace *workspace);
    void populateEditMenu(QMenu *menu);

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *addSystemAction() const { return m_addSystem; }
    QAction *deleteSystemsAction() const { return m_deleteSystems; }

    void addSystem();
    void deleteSelectedSystems();
    void showPreferences();

private:
    void updateEnabled();

    QWidget *m_window;
    InventoryView *m_inventory;
    SystemDetailsPanel *m_details;
    QPointer<Workspace> m_workspace;
    QUndoGroup *m_undoGroup;
    QAction *m_undo;
    QAction *m_redo;
    QAction *m_addSystem;
    QAction *m_deleteSystems;
    QAction *m_find;
    QAction *m_preferences;
};

} // namespace Mandate
