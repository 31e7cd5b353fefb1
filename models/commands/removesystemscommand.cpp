#include "removesystemscommand.h"

#include <QCoreApplication>

namespace Mandate {

RemoveSystemsCommand::RemoveSystemsCommand(Workspace *workspace, const QVector<SystemSnapshot> &snapshots,
                                           QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_workspace(workspace)
    , m_snapshots(snapshots)
{
    setText(snapshots.size() == 1
                ? QCoreApplication::translate("Commands", "Delete %1").arg(snapshots.first().system.name)
                : QCoreApplication::translate("Commands", "Delete %Ln systems", nullptr, int(snapshots.size())));
}

QVector<SystemId> RemoveSystemsCommand::ids() const
{
    QVector<SystemId> result;
    for (const SystemSnapshot &snapshot : m_snapshots)
        result << snapshot.system.id;
    return result;
}

void RemoveSystemsCommand::redo()
{
    const auto origin = m_firstRedo ? Workspace::Origin::Edit : Workspace::Origin::Redo;
    m_firstRedo = false;
    if (!m_workspace->applyRemoveSystems(ids(), origin))
        setObsolete(true);
}

void RemoveSystemsCommand::undo()
{
    if (m_workspace->applyInsertSystems(m_snapshots, Workspace::Origin::Undo).isEmpty())
        setObsolete(true);
}

} // namespace Mandate
