// The map half of Workspace: moving systems between regions and positions, undoable and audited.

#include "workspace.h"

#include "commands/placesystemscommand.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/systemrepository.h"

#include <QUndoStack>

#include <algorithm>

namespace Mandate {
namespace {

// As the audit log records it: "x,y" in plane units, or "auto" for an automatic layout.
QString positionText(const std::optional<QPointF> &position)
{
    if (!position)
        return QStringLiteral("auto");
    return QStringLiteral("%1,%2").arg(position->x(), 0, 'f', 1).arg(position->y(), 0, 'f', 1);
}

} // namespace

MapPlacement Workspace::placement(SystemId id) const
{
    const AiSystem *target = system(id);
    if (!target)
        return {};
    return MapPlacement { id, target->paradigm, target->mapPosition };
}

bool Workspace::placeSystems(const QVector<MapPlacement> &placements, const QString &text)
{
    m_lastError.clear();
    if (m_importing) {
        m_lastError = tr("An import is running; try again when it is done.");
        return false;
    }
    QVector<MapPlacement> before;
    QVector<MapPlacement> after;
    for (const MapPlacement &wanted : placements) {
        if (!system(wanted.id)) {
            m_lastError = tr("no system with id %1").arg(wanted.id);
            return false;
        }
        const MapPlacement current = placement(wanted.id);
        if (current == wanted)
            continue;
        before << current;
        after << wanted;
    }
    if (after.isEmpty())
        return false; // nothing would change: no command, no audit entry
    m_undoStack->push(new PlaceSystemsCommand(this, before, after, text));
    return true;
}

bool Workspace::applyPlacements(const QVector<MapPlacement> &placements, Origin origin)
{
    if (m_importing)
        return false;
    QVector<SystemId> reclassified;
    QVector<SystemId> moved;
    QHash<SystemId, AiSystem> changed;
    Transaction transaction(*m_database);
    QVector<SystemId> ids;
    for (const MapPlacement &wanted : placements)
        ids << wanted.id;
    const std::optional<SystemId> stale = transaction.isActive() ? staleSystem(ids) : std::nullopt;
    if (stale && *stale != 0) {
        transaction.rollback();
        const auto wanted = std::find_if(placements.cbegin(), placements.cend(),
            [&stale](const MapPlacement &placement) { return placement.id == *stale; });
        AiSystem yours;
        yours.paradigm = wanted->paradigm;
        refuseStaleSystem(*stale, { { SystemField::Paradigm, yours.value(SystemField::Paradigm) } });
        return false;
    }
    bool ok = stale.has_value();
    for (const MapPlacement &wanted : placements) {
        if (!ok)
            break;
        const auto it = m_systems.constFind(wanted.id);
        if (it == m_systems.constEnd()) {
            ok = false;
            break;
        }
        AiSystem system = *it;
        if (system.paradigm != wanted.paradigm) {
            const QVariant old = system.value(SystemField::Paradigm);
            system.paradigm = wanted.paradigm;
            // As for any edit: undoing leaves the mark, so a re-import asks once too often at worst.
            const bool mark = origin != Origin::Undo;
            if (mark)
                system.markEdited(SystemField::Paradigm);
            ok = m_repository->updateSystemField(wanted.id, SystemField::Paradigm,
                     system.value(SystemField::Paradigm), mark)
                && appendAudit(actionName(origin, QStringLiteral("update")), QStringLiteral("system"), wanted.id,
                    fieldId(SystemField::Paradigm), old.toString(), system.value(SystemField::Paradigm).toString());
            reclassified << wanted.id;
        }
        if (ok && system.mapPosition != wanted.position) {
            ok = m_repository->setMapPosition(wanted.id, wanted.position)
                && appendAudit(actionName(origin, QStringLiteral("update")), QStringLiteral("system"), wanted.id,
                    QStringLiteral("map_position"), positionText(system.mapPosition), positionText(wanted.position));
            system.mapPosition = wanted.position;
        }
        moved << wanted.id;
        changed.insert(wanted.id, system);
    }
    const QHash<SystemId, qint64> versions = ok ? systemVersions(moved) : QHash<SystemId, qint64>();
    if (!ok || !transaction.commit()) {
        fail(storageError());
        return false;
    }
    for (auto it = changed.cbegin(); it != changed.cend(); ++it)
        m_systems[it.key()] = it.value();
    takeSystemVersions(versions);
    if (!reclassified.isEmpty())
        emit systemsChanged(reclassified, { SystemField::Paradigm });
    emit placementsChanged(moved);
    emit auditAppended(m_audit->count());
    return true;
}

} // namespace Mandate
