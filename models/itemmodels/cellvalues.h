#pragma once
// How the editable tables (privileges, credentials, mappings) show and take their cells: a
// vocabulary cell shows the translated label and edits by id, picked from a list of
// { id, label } pairs (VocabularyDelegate's ChoicesRole); a date shows in the
// UI language's short format and edits as ISO text, empty for none.

#include "domain/vocabulary.h"

#include <QDate>
#include <QLocale>
#include <QStringList>
#include <QVariant>

namespace Mandate::CellValues {

template<typename E> QVariantList vocabularyChoices()
{
    QVariantList list;
    for (int i = 0; i < valueCount<E>(); ++i)
        list << QVariant(QStringList { toId(static_cast<E>(i)), label(static_cast<E>(i)) });
    return list;
}

template<typename E> QVariant vocabularyData(E value, int role)
{
    return role == Qt::EditRole ? QVariant(toId(value)) : QVariant(label(value));
}

// A date cell reads in the UI language's short format and edits as ISO text, which every language types the same way.
inline QVariant dateData(const QDate &date, int role)
{
    if (!date.isValid())
        return QString();
    return role == Qt::EditRole ? date.toString(Qt::ISODate) : QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace Mandate::CellValues
