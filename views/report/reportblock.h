#pragma once
// The inside of ReportDocument, shared by its two source files: the page geometry, the blocks as
// added and as measured, and where each lands on a page. Not for use outside views/report.

#include "report/reportdocument.h"

#include <QColor>

#include <algorithm>

namespace Mandate::ReportPage {

// The sheet, in device pixels at 96 dpi: A4 with 15 mm side margins.
constexpr qreal kPageWidth = 793.7;
constexpr qreal kPageHeight = 1122.5;
constexpr qreal kSideMargin = 56.7;
constexpr qreal kBodyTop = 84;
constexpr qreal kBodyBottom = kPageHeight - 72;
constexpr qreal kHeaderBaseline = 46;
constexpr qreal kFooterBaseline = kPageHeight - 40;
constexpr qreal kBlockGap = 7;   // after a paragraph, table or drawing
constexpr qreal kCellPadX = 4;
constexpr qreal kCellPadY = 2.5;
inline const QColor kRuleColour(0xb8, 0xbf, 0xc6);
inline const QColor kHeaderFill(0xe6, 0xea, 0xee);
inline const QColor kMuted(0x55, 0x5d, 0x66);

inline qreal bodyHeight()
{
    return kBodyBottom - kBodyTop;
}

} // namespace Mandate::ReportPage

namespace Mandate {

struct ReportDocument::Block
{
    enum class Kind { Heading, Paragraph, KeyValues, Table, Drawing, Spacing, PageBreak };
    Kind kind = Kind::Paragraph;
    int level = 0;
    TextStyle style = TextStyle::Body;
    QString text;
    ReportTable table;
    Painter paint;
    qreal height = 0; // of a drawing or spacing; of a heading once measured
    // Measured:
    QStringList lines;
    qreal lineHeight = 0;
    QVector<qreal> columnWidths;
    QVector<QStringList> headerCells;
    QVector<QVector<QStringList>> cells;
    QVector<qreal> rowHeights;
    qreal headerHeight = 0;

    // strongRows is sorted when the table is added.
    bool isStrong(int row) const { return std::binary_search(table.strongRows.cbegin(), table.strongRows.cend(), row); }
};

struct ReportDocument::Slice
{
    int block = 0;
    int first = 0; // first line or row on this page
    int count = 0;
    qreal y = 0;
};

} // namespace Mandate
