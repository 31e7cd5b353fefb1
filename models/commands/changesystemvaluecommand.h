#pragma once
// The one generic edit: change one field of one system. Every field edit in the GUI and the CLI
// becomes one of these, so all are undoable and audited the same way.

#include "domain/aisystem.h"

#include <QUndoCommand>
#include <QVariant>

namespace Mandate {

class Workspace;

class ChangeSystemValueCommand : public QUndoCommand
{
public:
    ChangeSystemValueCommand(Workspace *workspace, SystemId id, SystemField field, const QVariant &oldValue,
                             const QVariant &newValue, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Workspace *m_workspace;
    SystemId m_id;
    SystemField m_field;
    QVariant m_old;
    QVariant m_new;
    bool m_firstRedo = true;
};

} // namespace Mandate
