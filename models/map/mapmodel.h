#pragma once
// The four-paradigm map's data: one marker per system with its derived values and where it sits,
// and a spatial index of the markers the inventory filter lets through. It follows the workspace's
// change signals and the filter, and turns map gestures (move, arrange, accept the suggestion)
// into placements for Workspace::placeSystems(). No drawing here: views/ paints what this holds.

#include "domain/mapplacement.h"
#include "map/markerindex.h"
#include "rules/derivedfacts.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QObject>
#include <QPointer>

namespace Mandate {

class SystemFilterProxyModel;
class Workspace;

// What marker colours show; see markercolouring.h.
enum class MarkerColouring { LifecycleStage, FindingSeverity, RuntimeAuthority };

struct MapMarker
{
    SystemId id = 0;
    QPointF position;                 // where it is drawn, in plane units
    Paradigm paradigm = Paradigm::Undecided; // recorded: the region it is in
    DerivedValues derived;
    LifecycleStage lifecycleStage = LifecycleStage::Proposed;
    std::optional<Severity> highestSeverity; // of its findings; none when nothing fires
    bool placedByHand = false;        // its stored position is used (else laid out automatically)
    bool visible = true;              // the inventory filter lets it through

    // The classifier suggests another region (and knows which).
    bool suggestionDiffers() const
    {
        return derived.suggestedParadigm != Paradigm::Undecided && derived.suggestedParadigm != paradigm;
    }
    bool isIdentitySubject() const { return derived.identitySubject == Tristate::Yes; }
};

class MapModel : public QObject
{
    Q_OBJECT

public:
    explicit MapModel(QObject *parent = nullptr);
    ~MapModel() override;

    void setWorkspace(Workspace *workspace);
    Workspace *workspace() const;
    // Markers of rows the filter hides are kept but not indexed (not drawn, not hit).
    void setFilter(SystemFilterProxyModel *filter);

    int markerCount() const { return int(m_markers.size()); }
    int visibleCount() const { return m_index.size(); }
    const MapMarker *marker(SystemId id) const;
    // The visible markers, spatially indexed; each keyed by its colour class (markercolouring.h).
    const MarkerIndex &index() const { return m_index; }
    MarkerColouring colouring() const { return m_colouring; }
    void setColouring(MarkerColouring colouring);

    // Severities come from the system-level findings (rules/systemfindings.h).
    // Where a system belongs: its stored position when that lies in its cell, else an automatic
    // spot in the cell its recorded paradigm and derived values give it.
    static QPointF positionFor(const AiSystem &system, const DerivedValues &derived);
    // One system's marker as the map builds it (visible, the filter not consulted), for whoever
    // draws the map without a model (the PDF report). hasImportFindings: an import finding is
    // stored for it (Workspace::systemsWithImportFindings(), read once for the whole estate).
    static MapMarker markerFor(const AiSystem &system, const QDate &today, bool hasImportFindings);

    // Placements that move each system by delta: the region under the new spot gives its paradigm,
    // and the spot is kept inside its band (the height follows from its derived values).
    QVector<MapPlacement> moved(const QVector<SystemId> &ids, const QPointF &delta) const;
    // Every system in region laid out tidily by band, by name within a band.
    QVector<MapPlacement> arranged(Paradigm region) const;
    // Each system whose suggestion differs, moved to the suggested region (laid out automatically).
    QVector<MapPlacement> suggestionsAccepted(const QVector<SystemId> &ids) const;

signals:
    // Positions, looks or visibility of these markers changed.
    void markersChanged(const QVector<Mandate::SystemId> &ids);
    // Everything may have changed (a new workspace, a filter change).
    void markersReset();

private:
    void rebuild();
    void refreshFindingInputs();
    void refreshVisibility();
    void scheduleVisibilityRefresh();
    void updateMarkers(const QVector<SystemId> &ids);
    void index(const MapMarker &marker); // puts it in the index with its key, or takes it out
    void removeMarkers(const QVector<SystemId> &ids);
    MapMarker markerFor(const AiSystem &system) const;
    bool passesFilter(SystemId id) const;

    QPointer<Workspace> m_workspace;
    QPointer<SystemFilterProxyModel> m_filter;
    QHash<SystemId, MapMarker> m_markers;
    QSet<SystemId> m_withImportFindings; // read once per change: one query, not one per system
    QDate m_today;                       // for reviews that fell due
    MarkerIndex m_index;
    MarkerColouring m_colouring = MarkerColouring::RuntimeAuthority;
    bool m_visibilityRefreshPending = false;
};

} // namespace Mandate
