#pragma once
// Adds one system; undo removes it again, redo restores it with the same id.

#include "storage/workspace.h"

#include <QUndoCommand>

namespace Mandate {

class AddSystemCommand : public QUndoCommand
{
public:
    AddSystemCommand(Workspace *workspace, const SystemSnapshot &snapshot, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    SystemId systemId() const { return m_snapshot.system.id; }

private:
    Workspace *m_workspace;
    SystemSnapshot m_snapshot;
    bool m_firstRedo = true;
};

} // namespace Mandate
