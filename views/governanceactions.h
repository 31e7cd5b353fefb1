#pragma once
// The Tools menu's governance entries: the credentials and people lists, and accepting in bulk the
// framework mappings that the selected systems' findings suggest (issue 5, item 5). Each needs an
// open workspace; the bulk acceptance asks first and is one undo step.

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace Mandate {

class InventoryView;
class Workspace;

class GovernanceActions : public QObject
{
    Q_OBJECT

public:
    GovernanceActions(QWidget *window, InventoryView *inventory);

    void setWorkspace(Workspace *workspace);
    void populateToolsMenu(QMenu *menu);

    QAction *credentialsAction() const { return m_credentials; }
    QAction *peopleAction() const { return m_people; }
    QAction *acceptMappingsAction() const { return m_acceptMappings; }

    // Accepts every pending suggestion of the inventory's selected systems, after asking.
    void acceptSuggestedMappings();

private:
    void updateEnabled();

    QWidget *m_window;
    InventoryView *m_inventory;
    QPointer<Workspace> m_workspace;
    QAction *m_credentials;
    QAction *m_people;
    QAction *m_acceptMappings;
};

} // namespace Mandate
