#include "markercolouring.h"

namespace Mandate {

int colourClassCount(MarkerColouring colouring)
{
    switch (colouring) {
    case MarkerColouring::LifecycleStage: return valueCount<LifecycleStage>();
    case MarkerColouring::FindingSeverity: return valueCount<Severity>() + 1;
    case MarkerColouring::RuntimeAuthority: return valueCount<RuntimeAuthority>();
    }
    return 0;
}

int colourClass(const MapMarker &marker, MarkerColouring colouring)
{
    switch (colouring) {
    case MarkerColouring::LifecycleStage: return int(marker.lifecycleStage);
    case MarkerColouring::FindingSeverity: return marker.highestSeverity ? int(*marker.highestSeverity) + 1 : 0;
    case MarkerColouring::RuntimeAuthority: return int(marker.derived.runtimeAuthority);
    }
    return 0;
}

int clusterColourClass(const std::array<int, MarkerIndex::kKeyCount> &counts, MarkerColouring colouring)
{
    const int classes = std::min(colourClassCount(colouring), MarkerIndex::kKeyCount);
    if (colouring == MarkerColouring::LifecycleStage) {
        int most = 0;
        for (int c = 1; c < classes; ++c) {
            if (counts[c] > counts[most])
                most = c;
        }
        return most;
    }
    for (int c = classes - 1; c > 0; --c) {
        if (counts[c] > 0)
            return c;
    }
    return 0;
}

} // namespace Mandate
