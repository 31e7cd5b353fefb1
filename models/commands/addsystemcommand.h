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
    // QUndoStack deletes a command that turns obsolete during push(), so a caller that needs the new
    // id cannot read it back from the command: it lends a variable, written once by the first redo.
    void reportIdTo(SystemId *receiver) { m_idReceiver = receiver; }

private:
    Workspace *m_workspace;
    SystemSnapshot m_snapshot;
    SystemId *m_idReceiver = nullptr;
    bool m_firstRedo = true;
};

} // namespace Mandate
