#include "texttable.h"

#include <QTextStream>

namespace Mandate {
namespace {

void writeRow(QTextStream &out, const QStringList &row, const QVector<int> &widths)
{
    QString line;
    int columnStart = 0; // where the column starts when every earlier cell fitted its width
    for (int column = 0; column < row.size(); ++column) {
        if (column > 0) {
            // Back in line after an overlong cell when there is room; at least two spaces anyway.
            line += QString(qMax(2, int(columnStart - line.size())), QLatin1Char(' '));
        }
        line += row.at(column);
        columnStart += widths.at(column) + 2;
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
            widths[column] = qMin(qMax(widths.at(column), int(row.at(column).size())), TextTable::maxColumnWidth);
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
