#include "addsystemcommand.h"

#include <QCoreApplication>

namespace Mandate {

AddSystemCommand::AddSystemCommand(Workspace *workspace, const SystemSnapshot &snapshot, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Commands", "Add %1").arg(snapshot.system.name), parent)
    , m_workspace(workspace)
    , m_snapshot(snapshot)
{
}

void AddSystemCommand::redo()
{
    const auto origin = m_firstRedo ? Workspace::Origin::Edit : Workspace::Origin::Redo;
    m_firstRedo = false;
    const QVector<SystemId> ids = m_workspace->applyInsertSystems({ m_snapshot }, origin);
    if (ids.isEmpty())
        setObsolete(true);
    else
        m_snapshot.system.id = ids.first();
    if (m_idReceiver) {
        *m_idReceiver = ids.isEmpty() ? 0 : ids.first();
        m_idReceiver = nullptr; // only the first redo: the lender's variable is gone after that
    }
}

void AddSystemCommand::undo()
{
    // Keep what was edited meanwhile (by later commands, now undone) out of it: the snapshot is the
    // system as added.
    if (!m_workspace->applyRemoveSystems({ m_snapshot.system.id }, Workspace::Origin::Undo))
        setObsolete(true);
}

} // namespace Mandate
