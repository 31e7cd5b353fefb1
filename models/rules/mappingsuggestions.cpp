#include "mappingsuggestions.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <map>

namespace Mandate {

Mapping MappingSuggestion::accepted(MappingStatus status) const
{
    Mapping result = mapping;
    result.status = status;
    result.controlNote = QCoreApplication::translate("MappingSuggestion", "Suggested by %1").arg(reason());
    return result;
}

Mapping MappingSuggestion::rejected() const
{
    Mapping result = mapping;
    result.status = MappingStatus::NotApplicable;
    result.controlNote
        = QCoreApplication::translate("MappingSuggestion", "Suggestion from %1 rejected as not applicable").arg(reason());
    return result;
}

QVector<MappingSuggestion> suggestMappings(SystemId systemId, const QVector<Finding> &findings,
                                           const QVector<FrameworkCatalog> &catalogs,
                                           const QVector<Mapping> &existing)
{
    // QString, not auto: a QStringBuilder returned would refer to the dead QChar.
    const auto keyOf = [](const QString &catalogId, const QString &itemId) -> QString {
        return catalogId + QChar(u'\n') + itemId;
    };
    QSet<QString> decided;
    for (const Mapping &mapping : existing) {
        if (mapping.systemId == systemId)
            decided.insert(keyOf(mapping.catalogId, mapping.itemId));
    }

    std::map<QString, QStringList> rulesByItem;
    for (const Finding &finding : findings) {
        for (const QString &reference : finding.frameworks) {
            const auto resolved = resolveFrameworkReference(catalogs, reference);
            if (!resolved)
                continue;
            const QString key = keyOf(resolved->first, resolved->second);
            if (decided.contains(key))
                continue;
            QStringList &rules = rulesByItem[key];
            if (!rules.contains(finding.rule))
                rules << finding.rule;
        }
    }

    QVector<MappingSuggestion> suggestions;
    for (const FrameworkCatalog &catalog : catalogs) {
        for (const CatalogItem &item : catalog.items()) {
            // Removed once used: a catalog id given twice must not suggest the same item twice.
            const auto found = rulesByItem.find(keyOf(catalog.id(), item.itemId));
            if (found == rulesByItem.end())
                continue;
            const QStringList rules = found->second;
            rulesByItem.erase(found);
            MappingSuggestion suggestion;
            suggestion.mapping.systemId = systemId;
            suggestion.mapping.catalogId = catalog.id();
            suggestion.mapping.itemId = item.itemId;
            suggestion.mapping.status = MappingStatus::Gap;
            suggestion.rules = rules;
            std::sort(suggestion.rules.begin(), suggestion.rules.end());
            suggestions << suggestion;
        }
    }
    return suggestions;
}

} // namespace Mandate
