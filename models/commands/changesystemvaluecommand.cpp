#include "changesystemvaluecommand.h"

#include "storage/workspace.h"

#include <QCoreApplication>

namespace Mandate {

ChangeSystemValueCommand::ChangeSystemValueCommand(Workspace *workspace, SystemId id, SystemField field,
                                                   const QVariant &oldValue, const QVariant &newValue,
                                                   QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_workspace(workspace)
    , m_id(id)
    , m_field(field)
    , m_old(oldValue)
    , m_new(newValue)
{
    const AiSystem *system = workspace->system(id);
    setText(QCoreApplication::translate("Commands", "Change %1 of %2")
                .arg(fieldLabel(field), system ? system->name : QString::number(id)));
}

void ChangeSystemValueCommand::redo()
{
    const auto origin = m_firstRedo ? Workspace::Origin::Edit : Workspace::Origin::Redo;
    m_firstRedo = false;
    // A change that could not be stored must not stay on the stack pretending it happened.
    if (!m_workspace->applySystemValue(m_id, m_field, m_new, origin))
        setObsolete(true);
}

void ChangeSystemValueCommand::undo()
{
    if (!m_workspace->applySystemValue(m_id, m_field, m_old, Workspace::Origin::Undo))
        setObsolete(true);
}

} // namespace Mandate
