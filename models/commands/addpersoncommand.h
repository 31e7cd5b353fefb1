#pragma once
// Adds a person record (e.g. a new owner typed by name); undo removes it again.

#include "domain/person.h"

#include <QUndoCommand>

namespace Mandate {

class Workspace;

class AddPersonCommand : public QUndoCommand
{
public:
    AddPersonCommand(Workspace *workspace, const Person &person, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    // QUndoStack deletes a command that turns obsolete during push(), so a caller that needs the new
    // id cannot read it back from the command: it lends a variable, written once by the first redo.
    void reportIdTo(qint64 *receiver) { m_idReceiver = receiver; }

private:
    Workspace *m_workspace;
    Person m_person;
    qint64 *m_idReceiver = nullptr;
    bool m_firstRedo = true;
};

} // namespace Mandate
