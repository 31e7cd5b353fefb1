#include "importinventorycommand.h"

#include "storage/workspace.h"

#include <QCoreApplication>

namespace Mandate {

ImportInventoryCommand::ImportInventoryCommand(Workspace *workspace, const QString &fileName,
                                               const QVector<SystemId> &added, const QVector<AppliedChange> &changes,
                                               QUndoCommand *parent)
    : QUndoCommand(parent), m_workspace(workspace), m_added(added), m_changes(changes)
{
    setText(QCoreApplication::translate("Commands", "Import %1").arg(fileName));
}

void ImportInventoryCommand::undo()
{
    // Values first, in reverse, so a field changed twice ends at its first value.
    for (auto it = m_changes.crbegin(); it != m_changes.crend(); ++it)
        m_workspace->applySystemValue(it->system, it->field, it->oldValue, Workspace::Origin::Undo,
                                      it->wasEdited ? Workspace::EditedMark::Set : Workspace::EditedMark::Clear);
    m_removed.clear();
    m_removed.reserve(m_added.size());
    for (const SystemId id : m_added)
        m_removed.append(m_workspace->snapshot(id));
    if (!m_added.isEmpty() && !m_workspace->applyRemoveSystems(m_added, Workspace::Origin::Undo))
        setObsolete(true);
}

void ImportInventoryCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    if (!m_removed.isEmpty() && m_workspace->applyInsertSystems(m_removed, Workspace::Origin::Redo).isEmpty())
        setObsolete(true);
    for (const AppliedChange &change : m_changes)
        m_workspace->applySystemValue(change.system, change.field, change.newValue, Workspace::Origin::Redo,
                                      Workspace::EditedMark::Clear);
}

} // namespace Mandate
