#include "texttable.h"

#include <QTextStream>

namespace Mandate {
namespace {

void writeRow(QTextStream &out, const QStringList &row, const QVector<int> &widths)
{
    QString line;
    for (int column = 0; column < row.size(); ++column) {
        if (column > 0)
            line += QStringLiteral("  ");
        line += row.at(column).leftJustified(widths.at(column));
    }
    // No trailing blanks: they upset diff and copy-and-paste, and empty cells at the end would leave them.
    qsizetype end = line.size();
    while (end > 0 && line.at(end - 1) == QLatin1Char(' '))
        --end;
    line.truncate(end);
    out << line << '\n';
}

} // namespace

void TextTable::write(QTextStream &out) const
{
    QVector<int> widths(m_header.size(), 0);
    const auto measure = [&widths](const QStringList &row) {
        if (widths.size() < row.size())
            widths.resize(row.size());
        for (int column = 0; column < row.size(); ++column)
            widths[column] = qMax(widths.at(column), int(row.at(column).size()));
    };
    measure(m_header);
    for (const QStringList &row : m_rows)
        measure(row);

    if (!m_header.isEmpty())
        writeRow(out, m_header, widths);
    for (const QStringList &row : m_rows)
        writeRow(out, row, widths);
}

} // namespace Mandate
