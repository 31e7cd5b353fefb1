#include "mapmodel.h"

#include "itemmodels/systemfilterproxymodel.h"
#include "itemmodels/systemtablemodel.h"
#include "map/mapplane.h"
#include "map/markercolouring.h"
#include "rules/systemfindings.h"
#include "storage/workspace.h"

#include <QCollator>
#include <QTimer>

#include <algorithm>

namespace Mandate {

MapModel::MapModel(QObject *parent)
    : QObject(parent)
    , m_index(MapPlane::bounds())
{
}

MapModel::~MapModel() = default;

void MapModel::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        m_workspace->disconnect(this);
    m_workspace = workspace;
    if (workspace) {
        // Only additions (imports, undone removals) bring import findings: one query then, not per edit.
        connect(workspace, &Workspace::systemsAdded, this, [this](const QVector<SystemId> &ids) {
            refreshFindingInputs();
            updateMarkers(ids);
        });
        connect(workspace, &Workspace::systemsChanged, this,
            [this](const QVector<SystemId> &ids, const SystemFields &) { updateMarkers(ids); });
        connect(workspace, &Workspace::placementsChanged, this, &MapModel::updateMarkers);
        connect(workspace, &Workspace::privilegesChanged, this, &MapModel::updateMarkers);
        connect(workspace, &Workspace::systemsRemoved, this, &MapModel::removeMarkers);
    }
    rebuild();
}

void MapModel::setColouring(MarkerColouring colouring)
{
    if (colouring == m_colouring)
        return;
    m_colouring = colouring;
    for (const MapMarker &marker : std::as_const(m_markers)) {
        if (marker.visible)
            m_index.setKey(marker.id, colourClass(marker, colouring));
    }
    emit markersReset();
}

void MapModel::index(const MapMarker &marker)
{
    if (marker.visible)
        m_index.setPosition(marker.id, marker.position, colourClass(marker, m_colouring));
    else
        m_index.remove(marker.id);
}

Workspace *MapModel::workspace() const
{
    return m_workspace;
}

void MapModel::setFilter(SystemFilterProxyModel *filter)
{
    if (m_filter)
        m_filter->disconnect(this);
    m_filter = filter;
    if (filter) {
        // Filter changes arrive as row insertions and removals, resets or layout changes; one
        // refresh per burst, since a filter change at 100k rows sends many.
        connect(filter, &QAbstractItemModel::rowsInserted, this, &MapModel::scheduleVisibilityRefresh);
        connect(filter, &QAbstractItemModel::rowsRemoved, this, &MapModel::scheduleVisibilityRefresh);
        connect(filter, &QAbstractItemModel::modelReset, this, &MapModel::scheduleVisibilityRefresh);
        connect(filter, &QAbstractItemModel::layoutChanged, this, &MapModel::scheduleVisibilityRefresh);
    }
    refreshVisibility();
}

const MapMarker *MapModel::marker(SystemId id) const
{
    const auto it = m_markers.constFind(id);
    return it == m_markers.constEnd() ? nullptr : &*it;
}

QPointF MapModel::positionFor(const AiSystem &system, const DerivedValues &derived)
{
    const QRectF cell = MapPlane::cellRect(system.paradigm, derived.nhiRisk, derived.accessFootprint);
    if (system.mapPosition && cell.contains(*system.mapPosition))
        return *system.mapPosition;
    return MapPlane::automaticPosition(cell, system.id);
}

MapMarker MapModel::markerFor(const AiSystem &system, const QDate &today, bool hasImportFindings)
{
    MapMarker marker;
    marker.id = system.id;
    marker.paradigm = system.paradigm;
    marker.derived = deriveValues(system);
    marker.lifecycleStage = system.lifecycleStage;
    marker.highestSeverity
        = highestSystemSeverity(SystemFindingInputs { system, marker.derived, today, hasImportFindings });
    marker.position = positionFor(system, marker.derived);
    marker.placedByHand = system.mapPosition && *system.mapPosition == marker.position;
    return marker;
}

MapMarker MapModel::markerFor(const AiSystem &system) const
{
    MapMarker marker = markerFor(system, m_today, m_withImportFindings.contains(system.id));
    marker.visible = passesFilter(system.id);
    return marker;
}

bool MapModel::passesFilter(SystemId id) const
{
    if (!m_filter)
        return true;
    const auto *table = qobject_cast<const SystemTableModel *>(m_filter->sourceModel());
    if (!table)
        return true;
    const int row = table->rowOf(id);
    // A row the table does not know yet (it hears of new systems after us) is shown until the
    // filter says otherwise: the refresh that follows its insertion settles it.
    return row < 0 || m_filter->mapFromSource(table->index(row, 0)).isValid();
}

void MapModel::refreshFindingInputs()
{
    m_today = QDate::currentDate();
    m_withImportFindings = m_workspace ? m_workspace->systemsWithImportFindings() : QSet<SystemId>();
}

void MapModel::rebuild()
{
    refreshFindingInputs();
    m_markers.clear();
    QVector<QPair<SystemId, QPointF>> visible;
    if (m_workspace) {
        const QVector<SystemId> &ids = m_workspace->systemIds();
        m_markers.reserve(ids.size());
        visible.reserve(ids.size());
        for (const SystemId id : ids) {
            const MapMarker marker = markerFor(*m_workspace->system(id));
            if (marker.visible)
                visible.append({ id, marker.position });
            m_markers.insert(id, marker);
        }
    }
    m_index.build(visible);
    for (const auto &entry : std::as_const(visible))
        m_index.setKey(entry.first, colourClass(*m_markers.constFind(entry.first), m_colouring));
    emit markersReset();
}

void MapModel::scheduleVisibilityRefresh()
{
    if (m_visibilityRefreshPending)
        return;
    m_visibilityRefreshPending = true;
    QTimer::singleShot(0, this, &MapModel::refreshVisibility);
}

void MapModel::refreshVisibility()
{
    m_visibilityRefreshPending = false;
    bool changed = false;
    for (MapMarker &marker : m_markers) {
        const bool visible = passesFilter(marker.id);
        if (visible == marker.visible)
            continue;
        marker.visible = visible;
        changed = true;
        index(marker);
    }
    if (changed)
        emit markersReset();
}

void MapModel::updateMarkers(const QVector<SystemId> &ids)
{
    if (!m_workspace)
        return;
    const auto *table = m_filter ? qobject_cast<const SystemTableModel *>(m_filter->sourceModel()) : nullptr;
    bool unsettled = false;
    for (const SystemId id : ids) {
        const AiSystem *system = m_workspace->system(id);
        if (!system)
            continue;
        const MapMarker marker = markerFor(*system);
        m_markers.insert(id, marker);
        index(marker);
        unsettled = unsettled || (table && table->rowOf(id) < 0);
    }
    // A row the table has not heard of yet is shown for now (see passesFilter). When the filter
    // then rejects it, the filter sends no signal at all: check again once the table has it.
    if (unsettled)
        scheduleVisibilityRefresh();
    emit markersChanged(ids);
}

void MapModel::removeMarkers(const QVector<SystemId> &ids)
{
    for (const SystemId id : ids) {
        m_markers.remove(id);
        m_index.remove(id);
    }
    emit markersChanged(ids);
}

QVector<MapPlacement> MapModel::moved(const QVector<SystemId> &ids, const QPointF &delta) const
{
    QVector<MapPlacement> placements;
    for (const SystemId id : ids) {
        const MapMarker *m = marker(id);
        if (!m)
            continue;
        const QPointF target = m->position + delta;
        const Paradigm paradigm = MapPlane::paradigmAt(target.x());
        const QRectF cell = MapPlane::cellRect(paradigm, m->derived.nhiRisk, m->derived.accessFootprint);
        placements << MapPlacement { id, paradigm, MapPlane::clampInto(target, cell) };
    }
    return placements;
}

QVector<MapPlacement> MapModel::arranged(Paradigm region) const
{
    if (!m_workspace)
        return {};
    // Band by band (a band is one NHI-risk zone and footprint step), by name within each.
    QHash<int, QVector<const AiSystem *>> byBand;
    for (const MapMarker &m : m_markers) {
        if (m.paradigm == region)
            byBand[int(m.derived.nhiRisk) * 8 + int(m.derived.accessFootprint)] << m_workspace->system(m.id);
    }
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    QVector<MapPlacement> placements;
    for (auto it = byBand.begin(); it != byBand.end(); ++it) {
        QVector<const AiSystem *> &systems = it.value();
        std::sort(systems.begin(), systems.end(), [&collator](const AiSystem *a, const AiSystem *b) {
            const int order = collator.compare(a->name, b->name);
            return order != 0 ? order < 0 : a->id < b->id;
        });
        const MapMarker &first = m_markers[systems.constFirst()->id];
        const QRectF cell = MapPlane::cellRect(region, first.derived.nhiRisk, first.derived.accessFootprint);
        const QVector<QPointF> spots = MapPlane::arrangedPositions(cell, int(systems.size()));
        for (int i = 0; i < systems.size(); ++i)
            placements << MapPlacement { systems[i]->id, region, spots[i] };
    }
    return placements;
}

QVector<MapPlacement> MapModel::suggestionsAccepted(const QVector<SystemId> &ids) const
{
    QVector<MapPlacement> placements;
    for (const SystemId id : ids) {
        const MapMarker *m = marker(id);
        if (m && m->suggestionDiffers())
            placements << MapPlacement { id, m->derived.suggestedParadigm, std::nullopt };
    }
    return placements;
}

} // namespace Mandate
