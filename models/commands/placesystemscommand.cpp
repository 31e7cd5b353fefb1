#include "placesystemscommand.h"

#include "storage/workspace.h"

namespace Mandate {

PlaceSystemsCommand::PlaceSystemsCommand(Workspace *workspace, const QVector<MapPlacement> &before,
                                         const QVector<MapPlacement> &after, const QString &text)
    : m_workspace(workspace)
    , m_before(before)
    , m_after(after)
{
    setText(text);
}

void PlaceSystemsCommand::redo()
{
    const auto origin = m_firstRedo ? Workspace::Origin::Edit : Workspace::Origin::Redo;
    m_firstRedo = false;
    // A move that could not be stored must not stay on the stack pretending it happened.
    if (!m_workspace->applyPlacements(m_after, origin))
        setObsolete(true);
}

void PlaceSystemsCommand::undo()
{
    if (!m_workspace->applyPlacements(m_before, Workspace::Origin::Undo))
        setObsolete(true);
}

} // namespace Mandate
