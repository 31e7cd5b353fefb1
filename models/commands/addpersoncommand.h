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
    qint64 personId() const { return m_person.id; }

private:
    Workspace *m_workspace;
    Person m_person;
    bool m_firstRedo = true;
};

} // namespace Mandate
