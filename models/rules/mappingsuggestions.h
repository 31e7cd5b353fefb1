#pragma once
// Findings suggest framework mappings (DOMAIN.md sections 6 and 7): every catalog item a system's
// findings name becomes a suggested gap, with the rules that named it as the reason, for the
// analyst to accept, edit or reject. A pure function, so the suggestions are the same in the
// mappings panel, in bulk acceptance and in tests.

#include "domain/aisystem.h"
#include "domain/mapping.h"
#include "rules/frameworkcatalog.h"
#include "rules/systemfindings.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace Mandate {

struct MappingSuggestion
{
    Mapping mapping;   // systemId, catalogId, itemId; status gap; id 0; nothing decided yet
    QStringList rules; // the rules that name the item, sorted and each once: "F-OVERPRIV", "F-OWNER"
    QString reason() const { return rules.join(QStringLiteral(", ")); } // "F-OVERPRIV, F-OWNER"
    // The mapping an analyst's decision stores, wherever it is taken (details panel, bulk): accepted
    // with a status (a gap unless picked otherwise) or rejected as not applicable, the note
    // naming the rules either way, so the audit log reads alike.
    Mapping accepted(MappingStatus status = MappingStatus::Gap) const;
    Mapping rejected() const;
};

// One suggestion per (catalog, item) the findings name, in the order of the catalogs and of their
// items. References that resolve to no item of these catalogs ("threat T8", "governance coverage
// overstated") are skipped, and so is every item the system already has a mapping for in
// existing: that is an analyst's decision, accepted, edited or rejected (a rejection is stored as
// not_applicable with its note), and a suggestion must not reopen it. Mappings of other systems
// in existing are ignored.
QVector<MappingSuggestion> suggestMappings(SystemId systemId, const QVector<Finding> &findings,
                                           const QVector<FrameworkCatalog> &catalogs,
                                           const QVector<Mapping> &existing);

} // namespace Mandate
