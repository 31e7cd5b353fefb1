#pragma once
// A plain text table with aligned columns, for the CLI's human-readable output.

#include <QStringList>
#include <QVector>

class QTextStream;

namespace Mandate {

class TextTable
{
public:
    void setHeader(const QStringList &header) { m_header = header; }
    void addRow(const QStringList &row) { m_rows << row; }
    int rowCount() const { return m_rows.size(); }

    // Header (if any) and rows, each column padded to its widest cell, two spaces between columns.
    // A column is never padded wider than maxColumnWidth: a longer cell (an imported system's
    // 300-character name) is written whole, and only its own row's later cells move right.
    void write(QTextStream &out) const;

    static constexpr int maxColumnWidth = 48;

private:
    QStringList m_header;
    QVector<QStringList> m_rows;
};

} // namespace Mandate
