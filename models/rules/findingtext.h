#pragma once
// How finding reasons write dates, times and counts: in the UI locale, as the rest of the window
// and the reports do, since a reason is read by people (the CLI's JSON carries it as text too).

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace Mandate::FindingText {

inline QString date(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QStringLiteral("?");
}

// Evidence times stay in UTC, as the evidence files give them, and say so.
inline QString utcTime(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toUTC(), QLocale::ShortFormat) + QStringLiteral(" UTC")
                        : QStringLiteral("?");
}

} // namespace Mandate::FindingText
