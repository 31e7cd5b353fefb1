// ReportDocument's layout and painting: measuring the blocks against the PDF device, placing them
// on pages, and drawing one page.
#include "reportdocument.h"

#include "reportblock.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QRegularExpression>
#include <QTextLayout>

namespace Mandate {
using namespace ReportPage;

namespace {

// The lines text wraps into at width, breaking inside a word only when the word alone is too long
// (hashes, URLs). Explicit line breaks are kept.
QStringList wrapped(const QString &text, const QFont &font, qreal width, const QPaintDevice *device)
{
    QStringList lines;
    const QFontMetricsF metrics(font, device);
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString &paragraph : paragraphs) {
        if (metrics.horizontalAdvance(paragraph) <= width) {
            lines.append(paragraph);
            continue;
        }
        QTextLayout layout(paragraph, font, device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            lines.append(paragraph.mid(line.textStart(), line.textLength()).trimmed());
        }
        layout.endLayout();
    }
    return lines;
}

// The widest word of each column's cells (plus padding), so a column can be kept from breaking
// inside one: German headings such as "Protokollierung" are long single words.
QVector<qreal> longestWords(const QVector<QStringList> &rows, int columns, const QFont &font, qreal padding,
    const QPaintDevice *device)
{
    const QFontMetricsF metrics(font, device);
    QVector<qreal> needs(columns, 0);
    for (const QStringList &row : rows) {
        for (int c = 0; c < columns && c < row.size(); ++c) {
            for (const QString &word : row.at(c).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
                needs[c] = qMax(needs.at(c), metrics.horizontalAdvance(word) + padding);
        }
    }
    return needs;
}

// Widens the columns narrower than needs with room taken from the others' slack, in proportion;
// false (widths unchanged) when the slack does not cover it.
bool widenToFit(QVector<qreal> &widths, const QVector<qreal> &needs)
{
    qreal deficit = 0;
    qreal slack = 0;
    for (int c = 0; c < widths.size(); ++c) {
        if (needs.at(c) > widths.at(c))
            deficit += needs.at(c) - widths.at(c);
        else
            slack += widths.at(c) - needs.at(c);
    }
    if (deficit <= 0 || deficit > slack)
        return false;
    for (int c = 0; c < widths.size(); ++c) {
        if (needs.at(c) > widths.at(c))
            widths[c] = needs.at(c);
        else
            widths[c] -= (widths.at(c) - needs.at(c)) * deficit / slack;
    }
    return true;
}

} // namespace

void ReportDocument::measure(Block &block, const QPaintDevice *device) const
{
    const qreal width = bodyWidth();

    switch (block.kind) {
    case Block::Kind::Heading: {
        const QFont heading = headingFont(block.level);
        block.lines = wrapped(block.text, heading, width, device);
        block.lineHeight = QFontMetricsF(heading, device).lineSpacing();
        break;
    }
    case Block::Kind::Paragraph: {
        const QFont text = font(block.style);
        block.lines = wrapped(block.text, text, width, device);
        block.lineHeight = QFontMetricsF(text, device).lineSpacing();
        break;
    }
    case Block::Kind::KeyValues:
    case Block::Kind::Table: {
        const bool keyValues = block.kind == Block::Kind::KeyValues;
        const QFont plain = font(keyValues ? TextStyle::Body : TextStyle::Small);
        const QFont bold = font(keyValues ? TextStyle::Body : TextStyle::Small, true);
        const qreal lineHeight = QFontMetricsF(plain, device).lineSpacing();
        block.lineHeight = lineHeight;
        const int columns = int(qMax(block.table.widths.size(), block.table.headers.size()));
        qreal total = 0;
        for (int c = 0; c < columns; ++c)
            total += c < block.table.widths.size() ? block.table.widths.at(c) : 1;
        block.columnWidths.clear();
        for (int c = 0; c < columns; ++c)
            block.columnWidths.append(width * (c < block.table.widths.size() ? block.table.widths.at(c) : 1) / total);
        if (!keyValues) {
            // Whole words where the page allows: the headings' and cells' words first, else the headings'.
            const QVector<qreal> headingNeeds = longestWords({ block.table.headers }, columns, bold, 2 * kCellPadX, device);
            QVector<qreal> needs = longestWords(block.table.rows, columns, bold, 2 * kCellPadX, device);
            for (int c = 0; c < columns; ++c)
                needs[c] = qMax(needs.at(c), headingNeeds.at(c));
            if (!widenToFit(block.columnWidths, needs))
                widenToFit(block.columnWidths, headingNeeds);
        }

        const auto wrapRow = [&](const QStringList &row, bool strong, qreal *height) {
            QVector<QStringList> cellLines;
            int most = 1;
            for (int c = 0; c < columns; ++c) {
                const QString text = c < row.size() ? row.at(c) : QString();
                const bool boldCell = strong || (keyValues && c == 0);
                cellLines.append(wrapped(text, boldCell ? bold : plain, block.columnWidths.at(c) - 2 * kCellPadX, device));
                most = qMax(most, int(cellLines.last().size()));
            }
            *height = most * lineHeight + 2 * kCellPadY;
            return cellLines;
        };
        block.headerHeight = 0;
        if (!block.table.headers.isEmpty())
            block.headerCells = wrapRow(block.table.headers, true, &block.headerHeight);
        const qreal tallest = bodyHeight() - block.headerHeight;
        block.cells.clear();
        block.rowHeights.clear();
        block.cells.reserve(block.table.rows.size());
        block.rowHeights.reserve(block.table.rows.size());
        for (int r = 0; r < block.table.rows.size(); ++r) {
            qreal height = 0;
            block.cells.append(wrapRow(block.table.rows.at(r), block.isStrong(r), &height));
            block.rowHeights.append(qMin(height, tallest)); // a row taller than a page is cut
        }
        break;
    }
    case Block::Kind::Drawing:
    case Block::Kind::Spacing:
    case Block::Kind::PageBreak:
        break;
    }
}

qreal ReportDocument::firstUnitHeight(int blockIndex) const
{
    for (int i = blockIndex; i < int(m_blocks.size()); ++i) {
        const Block &block = m_blocks.at(size_t(i));
        switch (block.kind) {
        case Block::Kind::Heading:
            return block.lines.size() * block.lineHeight + firstUnitHeight(i + 1);
        case Block::Kind::Paragraph:
            return block.lineHeight * qMin(2, int(block.lines.size()));
        case Block::Kind::KeyValues:
        case Block::Kind::Table:
            return block.headerHeight + (block.rowHeights.isEmpty() ? 0 : block.rowHeights.first());
        case Block::Kind::Drawing:
            return block.height;
        case Block::Kind::Spacing:
            continue;
        case Block::Kind::PageBreak:
            return 0;
        }
    }
    return 0;
}

void ReportDocument::placeBlocks(const Progress &progress, bool *cancelled)
{
    m_pages.clear();
    m_pages.emplace_back();
    m_blockPages.assign(m_blocks.size(), -1);
    qreal y = kBodyTop;
    const auto newPage = [&] {
        m_pages.emplace_back();
        y = kBodyTop;
    };
    const auto atTop = [&] { return m_pages.back().empty(); };
    // The slice of block on the current page, started at y when it has none yet.
    const auto slice = [&](int block, int first) -> Slice & {
        std::vector<Slice> &page = m_pages.back();
        if (page.empty() || page.back().block != block) {
            page.push_back({ block, first, 0, y });
            if (m_blockPages.at(size_t(block)) < 0)
                m_blockPages[size_t(block)] = int(m_pages.size()) - 1;
        }
        return page.back();
    };

    for (int i = 0; i < int(m_blocks.size()); ++i) {
        Block &block = m_blocks[size_t(i)];
        switch (block.kind) {
        case Block::Kind::PageBreak:
            if (!atTop())
                newPage();
            break;
        case Block::Kind::Spacing:
            if (!atTop())
                y += block.height;
            break;
        case Block::Kind::Heading: {
            const qreal before = atTop() ? 0 : (block.level == 1 ? 14 : 9);
            const qreal height = block.lines.size() * block.lineHeight;
            if (!atTop() && y + before + height + firstUnitHeight(i + 1) > kBodyBottom)
                newPage();
            y += atTop() ? 0 : before;
            slice(i, 0).count = int(block.lines.size());
            y += height + 4;
            break;
        }
        case Block::Kind::Paragraph:
            for (int line = 0; line < block.lines.size(); ++line) {
                if (!atTop() && y + block.lineHeight > kBodyBottom)
                    newPage();
                ++slice(i, line).count;
                y += block.lineHeight;
            }
            y += kBlockGap;
            break;
        case Block::Kind::KeyValues:
        case Block::Kind::Table: {
            bool open = false;
            for (int row = 0; row < block.rowHeights.size(); ++row) {
                const qreal height = block.rowHeights.at(row);
                if (!atTop() && y + (open ? 0 : block.headerHeight) + height > kBodyBottom) {
                    newPage();
                    open = false;
                }
                if (!open) {
                    slice(i, row);
                    y += block.headerHeight;
                    open = true;
                }
                ++m_pages.back().back().count;
                y += height;
            }
            y += kBlockGap;
            break;
        }
        case Block::Kind::Drawing:
            if (!atTop() && y + block.height > kBodyBottom)
                newPage();
            slice(i, 0).count = 1;
            y += block.height + kBlockGap;
            break;
        }
        if (progress && i % 256 == 0 && !progress(90 + 10 * i / qMax(1, int(m_blocks.size())))) {
            *cancelled = true;
            return;
        }
    }
    if (m_pages.size() > 1 && m_pages.back().empty())
        m_pages.pop_back();
}

void ReportDocument::paintPage(QPainter *painter, int page) const
{
    if (page < 0 || page >= pageCount())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    paintFrame(painter, page);
    for (const Slice &slice : m_pages.at(size_t(page)))
        paintSlice(painter, slice, slice.y);
    painter->restore();
}

void ReportDocument::paintFrame(QPainter *painter, int page) const
{
    const QFont small = font(TextStyle::Small);
    painter->setFont(small);
    painter->setPen(kMuted);
    const qreal width = bodyWidth();
    const QFontMetricsF metrics(small, painter->device());
    const QString left = metrics.elidedText(m_headerText, Qt::ElideRight, width * 0.55);
    painter->drawText(QPointF(kSideMargin, kHeaderBaseline), left);
    const QString title = metrics.elidedText(m_title, Qt::ElideRight, width * 0.43);
    painter->drawText(QPointF(kSideMargin + width - metrics.horizontalAdvance(title), kHeaderBaseline), title);
    painter->setPen(QPen(kRuleColour, 0.8));
    painter->drawLine(QPointF(kSideMargin, kHeaderBaseline + 7), QPointF(kSideMargin + width, kHeaderBaseline + 7));
    painter->drawLine(QPointF(kSideMargin, kFooterBaseline - 13), QPointF(kSideMargin + width, kFooterBaseline - 13));
    painter->setPen(kMuted);
    const QString number = tr("Page %1 of %2").arg(page + 1).arg(pageCount());
    painter->drawText(QPointF(kSideMargin + width - metrics.horizontalAdvance(number), kFooterBaseline), number);
    const QString footer = metrics.elidedText(m_footerText, Qt::ElideRight, width * 0.75);
    painter->drawText(QPointF(kSideMargin, kFooterBaseline), footer);
}

void ReportDocument::paintSlice(QPainter *painter, const Slice &slice, qreal y) const
{
    const Block &block = m_blocks.at(size_t(slice.block));
    switch (block.kind) {
    case Block::Kind::Heading:
    case Block::Kind::Paragraph: {
        const QFont text = block.kind == Block::Kind::Heading ? headingFont(block.level) : font(block.style);
        painter->setFont(text);
        painter->setPen(block.style == TextStyle::Small ? kMuted : QColor(Qt::black));
        const qreal ascent = QFontMetricsF(text, painter->device()).ascent();
        for (int line = slice.first; line < slice.first + slice.count; ++line)
            painter->drawText(QPointF(kSideMargin, y + ascent + (line - slice.first) * block.lineHeight), block.lines.at(line));
        if (block.kind == Block::Kind::Heading && block.level == 1) {
            painter->setPen(QPen(kRuleColour, 0.8));
            const qreal under = y + slice.count * block.lineHeight + 1.5;
            painter->drawLine(QPointF(kSideMargin, under), QPointF(kSideMargin + bodyWidth(), under));
        }
        break;
    }
    case Block::Kind::KeyValues:
    case Block::Kind::Table:
        paintTable(painter, block, slice, y);
        break;
    case Block::Kind::Drawing:
        painter->save();
        block.paint(painter, QRectF(kSideMargin, y, bodyWidth(), block.height));
        painter->restore();
        break;
    case Block::Kind::Spacing:
    case Block::Kind::PageBreak:
        break;
    }
}

void ReportDocument::paintTable(QPainter *painter, const Block &block, const Slice &slice, qreal y) const
{
    const bool keyValues = block.kind == Block::Kind::KeyValues;
    const QFont plain = font(keyValues ? TextStyle::Body : TextStyle::Small);
    const QFont bold = font(keyValues ? TextStyle::Body : TextStyle::Small, true);
    const qreal ascent = QFontMetricsF(plain, painter->device()).ascent();
    const qreal right = kSideMargin + bodyWidth();

    // Clipped only when cut (taller than a page): a clip per row would weigh on every page.
    const auto paintRow = [&](const QVector<QStringList> &cells, qreal top, qreal height, bool strong) {
        int lines = 1;
        for (const QStringList &cell : cells)
            lines = qMax(lines, int(cell.size()));
        const bool cut = lines * block.lineHeight + 2 * kCellPadY > height + 0.5;
        if (cut) {
            painter->save();
            painter->setClipRect(QRectF(kSideMargin, top, bodyWidth(), height));
        }
        qreal x = kSideMargin;
        for (int c = 0; c < cells.size(); ++c) {
            painter->setFont(strong || (keyValues && c == 0) ? bold : plain);
            const QStringList &cellLines = cells.at(c);
            for (int l = 0; l < cellLines.size(); ++l)
                painter->drawText(QPointF(x + kCellPadX, top + kCellPadY + ascent + l * block.lineHeight), cellLines.at(l));
            x += block.columnWidths.at(c);
        }
        if (cut)
            painter->restore();
    };

    painter->setPen(Qt::black);
    if (block.headerHeight > 0) {
        painter->fillRect(QRectF(kSideMargin, y, bodyWidth(), block.headerHeight), kHeaderFill);
        paintRow(block.headerCells, y, block.headerHeight, true);
        y += block.headerHeight;
    }
    QVector<QLineF> rules;
    rules.reserve(slice.count);
    for (int row = slice.first; row < slice.first + slice.count; ++row) {
        const qreal height = block.rowHeights.at(row);
        paintRow(block.cells.at(row), y, height, block.isStrong(row));
        y += height;
        rules.append(QLineF(kSideMargin, y, right, y));
    }
    painter->setPen(QPen(kRuleColour, keyValues ? 0.4 : 0.6));
    painter->drawLines(rules);
}

} // namespace Mandate
