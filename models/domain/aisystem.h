#pragma once
// One AI system of the inventory, as held in memory. Kept compact (ids, enums, strings) so that
// 100k of them fit comfortably; privileges and credentials live in their own tables and are
// summarised here only as far as the derived facts need.

#include "behaviour.h"
#include "privilege.h"
#include "systemfield.h"
#include "vocabulary.h"

#include <QDate>
#include <QJsonObject>
#include <QPointF>
#include <QString>
#include <QVariant>
#include <QVector>

#include <optional>

namespace Mandate {

using SystemId = qint64;
using PersonId = qint64;

// What the derived facts need from a system's privilege boundary, computed by storage.
struct PrivilegeSummary
{
    int count = 0;
    bool anyCredential = false;
    bool anyPrivilegeOnWildcardOrAdmin = false;
    bool anyPrivilegeUnlogged = false; // logging none
    // Highest scope held; meaningless when count == 0.
    Scope highestScope = Scope::Read;

    bool operator==(const PrivilegeSummary &o) const
    {
        return count == o.count && anyCredential == o.anyCredential
            && anyPrivilegeOnWildcardOrAdmin == o.anyPrivilegeOnWildcardOrAdmin
            && anyPrivilegeUnlogged == o.anyPrivilegeUnlogged && highestScope == o.highestScope;
    }
};

// The summary of a list of privileges, as storage computes it for a whole workspace.
PrivilegeSummary summarizePrivileges(const QVector<Privilege> &privileges);

struct AiSystem
{
    SystemId id = 0;
    QString externalId;
    QString name;
    QString description;
    QString vendor;
    Tristate vendorOperated = Tristate::Unknown;
    Paradigm paradigm = Paradigm::Undecided; // as recorded (the label), not as derived
    Behaviour behaviour;
    LifecycleStage lifecycleStage = LifecycleStage::Proposed;
    PersonId businessOwner = 0; // 0: none
    PersonId technicalOwner = 0;
    PersonId riskOwner = 0;
    QString offboardingPlan;
    int reviewCadenceDays = 0; // 0: the default for its kind (90 days for identity subjects)
    QDate lastReviewed;
    // The offboarding checklist: a system is only offboarded once all four are ticked.
    bool offboardCredentialsRevoked = false;
    bool offboardToolsDetached = false;
    bool offboardOwnersReleased = false;
    bool offboardLogsRetained = false;
    // Fields from imports that map to no column of ours; kept, shown and exported as they came.
    QJsonObject customAttributes;
    PrivilegeSummary privileges;
    // Not a field: which fields an analyst set by hand since the system was last imported, one bit
    // (1u << int(field)) per SystemField. A re-import never overwrites these silently; each becomes
    // a conflict the analyst decides.
    quint32 editedFields = 0;
    // Not a field either: where an analyst placed the system on the four-paradigm map, in map plane
    // units (see MapPlane). Unset: laid out automatically from its derived values.
    std::optional<QPointF> mapPosition;
    // Not a field: the stored row's version, which every write raises; an edit based on an older one
    // is refused as a conflict (someone else changed the row meanwhile). 0: not stored yet.
    qint64 rowVersion = 0;

    bool isEdited(SystemField field) const { return (editedFields & editedBit(field)) != 0; }
    void markEdited(SystemField field, bool on = true)
    {
        editedFields = on ? editedFields | editedBit(field) : editedFields & ~editedBit(field);
    }
    static quint32 editedBit(SystemField field)
    {
        Q_ASSERT(int(field) < 32); // the mask is stored as one INTEGER; 32 fields fit
        return 1u << int(field);
    }

    // Custom attributes as stored and audited: compact JSON text.
    static QString attributesText(const QJsonObject &attributes);

    // Generic access by field, used by undo commands, the CLI and the native CSV layout.
    // Values are the storage form: ids for vocabularies, person ids for owners, ISO dates.
    QVariant value(SystemField field) const;
    void setValue(SystemField field, const QVariant &value);
};

} // namespace Mandate
