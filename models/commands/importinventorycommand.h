#pragma once
// One import as one undo step: undo removes the systems it added and puts back the values it
// changed; redo restores both. The import itself is written by ImportWriter before this command is
// pushed, so the first redo does nothing.

#include "storage/workspace.h"

#include <QUndoCommand>

namespace Mandate {

class Workspace;

class ImportInventoryCommand : public QUndoCommand
{
public:
    ImportInventoryCommand(Workspace *workspace, const QString &fileName, const QVector<SystemId> &added,
                           const QVector<AppliedChange> &changes, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    Workspace *m_workspace;
    QVector<SystemId> m_added;
    QVector<SystemSnapshot> m_removed; // taken on undo, put back on redo
    QVector<AppliedChange> m_changes;
    bool m_firstRedo = true;
};

} // namespace Mandate
