#pragma once
// Where a system sits on the four-paradigm map: its recorded paradigm (the region) and, when an
// analyst placed it by hand, its position. Moving a marker changes both in one step.

#include "aisystem.h"

#include <QPointF>

#include <optional>

namespace Mandate {

struct MapPlacement
{
    SystemId id = 0;
    Paradigm paradigm = Paradigm::Undecided;
    std::optional<QPointF> position; // map plane units; nullopt: laid out automatically

    bool operator==(const MapPlacement &o) const
    {
        return id == o.id && paradigm == o.paradigm && position == o.position;
    }
};

} // namespace Mandate
