#pragma once
// One undoable change to a row of a privilege boundary or of the credentials list: an addition
// (nothing before), a removal (nothing after) or an edit. The workspace applies each side in one
// audited transaction; an addition keeps the id it got, so redo restores exactly that row.

#include "storage/workspace.h"

#include <QUndoCommand>

#include <optional>

namespace Mandate {

template<typename Record>
class RecordChangeCommand : public QUndoCommand
{
public:
    // added, if given, receives the stored row on the first successful redo: QUndoStack deletes a
    // command that turns obsolete, so callers must not read it back after push().
    RecordChangeCommand(Workspace *workspace, const std::optional<Record> &before, const std::optional<Record> &after,
                        const QString &text, std::optional<Record> *added = nullptr)
        : QUndoCommand(text)
        , m_workspace(workspace)
        , m_before(before)
        , m_after(after)
        , m_added(added)
    {
    }

    void redo() override
    {
        const auto origin = m_firstRedo ? Workspace::Origin::Edit : Workspace::Origin::Redo;
        m_firstRedo = false;
        // A change that could not be stored must not stay on the stack pretending it happened.
        if (!m_workspace->applyRecordChange(m_before, &m_after, origin))
            setObsolete(true);
        else if (m_added)
            *m_added = m_after;
        m_added = nullptr; // only the first redo: the lender's variable is gone after that
    }

    void undo() override
    {
        if (!m_workspace->applyRecordChange(m_after, &m_before, Workspace::Origin::Undo))
            setObsolete(true);
    }

private:
    Workspace *m_workspace;
    std::optional<Record> m_before;
    std::optional<Record> m_after;
    std::optional<Record> *m_added;
    bool m_firstRedo = true;
};

} // namespace Mandate
