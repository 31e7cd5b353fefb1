#pragma once
// How the reports write dates and empty values: in the UI language's format (QLocale's default,
// which the application sets with the language), and a dash for nothing, so that a blank cell in a
// filed report is never mistaken for a value that did not print.

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace Mandate::ReportText {

inline QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("—") : text;
}

inline QString date(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QStringLiteral("—");
}

inline QString dateTime(const QDateTime &dateTime)
{
    return dateTime.isValid() ? QLocale().toString(dateTime.toLocalTime(), QLocale::ShortFormat) : QStringLiteral("—");
}

inline QString number(qint64 value)
{
    return QLocale().toString(value);
}

} // namespace Mandate::ReportText
