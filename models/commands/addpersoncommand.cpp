#include "addpersoncommand.h"

#include "storage/workspace.h"

#include <QCoreApplication>

namespace Mandate {

AddPersonCommand::AddPersonCommand(Workspace *workspace, const Person &person, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Commands", "Add person %1").arg(person.name), parent)
    , m_workspace(workspace)
    , m_person(person)
{
}

void AddPersonCommand::redo()
{
    const auto origin = m_firstRedo ? Workspace::Origin::Edit : Workspace::Origin::Redo;
    m_firstRedo = false;
    m_person.id = m_workspace->applyInsertPerson(m_person, origin);
    if (m_person.id == 0)
        setObsolete(true);
    if (m_idReceiver) {
        *m_idReceiver = m_person.id;
        m_idReceiver = nullptr; // only the first redo: the lender's variable is gone after that
    }
}

void AddPersonCommand::undo()
{
    if (!m_workspace->applyRemovePerson(m_person.id, Workspace::Origin::Undo))
        setObsolete(true);
}

} // namespace Mandate
