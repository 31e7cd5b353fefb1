#pragma once
// The CLI speaks to people in labels and to scripts in ids. Human tables and messages print the
// translated label of a vocabulary value, numbers and dates in the user's locale, as the window
// does; input takes the id or that label back (any case), so that a person can type what a table
// showed. JSON output keeps the ids, ISO dates and plain numbers.

#include "domain/systemfield.h"
#include "domain/vocabulary.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace Mandate::VocabularyText {

// The value whose id, or whose label in the current language, is text (trimmed, any case).
template<typename E>
std::optional<E> fromIdOrLabel(const QString &text)
{
    if (const std::optional<E> value = fromId<E>(text))
        return value;
    const QString trimmed = text.trimmed();
    for (int index = 0; index < valueCount<E>(); ++index) {
        const auto value = static_cast<E>(index);
        if (label(value).compare(trimmed, Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

// The label of a stored id; text that is no id of E (empty, free text) as it is.
template<typename E>
QString labelOfId(const QString &id)
{
    const std::optional<E> value = fromId<E>(id);
    return value && !id.trimmed().isEmpty() ? label(*value) : id;
}

// A stored field value as a person reads it: labels for vocabularies, Yes/No for ticks.
QString fieldValueText(SystemField field, const QString &stored);
// What a person typed for field, with a label turned into its id; other text unchanged, so that
// the workspace's own check names the value as typed when it is wrong.
QString fieldInputAsId(SystemField field, const QString &text);
// A review scope with paradigm: and stage: values given as labels turned into ids.
QString scopeWithIds(const QString &scope);

// Counts with the locale's digit grouping; dates and times in its short format, blank when unset.
QString countText(qint64 count);
QString dateText(const QDate &date);
QString timeText(const QDateTime &time);

} // namespace Mandate::VocabularyText
