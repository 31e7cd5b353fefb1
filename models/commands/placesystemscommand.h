#pragma once
// Moves systems on the map (a drag, Arrange, Accept suggestion): new paradigms and positions for
// any number of systems as one undo step, since the analyst made one gesture.

#include "domain/mapplacement.h"

#include <QUndoCommand>
#include <QVector>

namespace Mandate {

class Workspace;

class PlaceSystemsCommand : public QUndoCommand
{
public:
    PlaceSystemsCommand(Workspace *workspace, const QVector<MapPlacement> &before,
                        const QVector<MapPlacement> &after, const QString &text);

    void redo() override;
    void undo() override;

private:
    Workspace *m_workspace;
    QVector<MapPlacement> m_before;
    QVector<MapPlacement> m_after;
    bool m_firstRedo = true;
};

} // namespace Mandate
