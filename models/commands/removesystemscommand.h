#pragma once
// Removes systems with their privileges; undo puts them back with the same ids and contents.

#include "storage/workspace.h"

#include <QUndoCommand>

namespace Mandate {

class RemoveSystemsCommand : public QUndoCommand
{
public:
    RemoveSystemsCommand(Workspace *workspace, const QVector<SystemSnapshot> &snapshots, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    QVector<SystemId> ids() const;

    Workspace *m_workspace;
    QVector<SystemSnapshot> m_snapshots;
    bool m_firstRedo = true;
};

} // namespace Mandate
