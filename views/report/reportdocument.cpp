#include "reportdocument.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextLayout>

namespace Mandate {
namespace {

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
const QColor kRuleColour(0xb8, 0xbf, 0xc6);
const QColor kHeaderFill(0xe6, 0xea, 0xee);
const QColor kMuted(0x55, 0x5d, 0x66);

qreal bodyHeight()
{
    return kBodyBottom - kBodyTop;
}

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

// Passes writes on and remembers the first that failed: QPdfWriter does not report them.
class CheckedDevice : public QIODevice
{
public:
    explicit CheckedDevice(QIODevice *target)
        : m_target(target)
    {
    }
    bool failed() const { return m_failed; }
    QString reason() const { return m_reason; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override
    {
        if (m_failed)
            return -1;
        if (m_target->write(data, length) != length) {
            m_failed = true;
            m_reason = m_target->errorString();
            return -1;
        }
        return length;
    }

private:
    QIODevice *m_target;
    bool m_failed = false;
    QString m_reason;
};

} // namespace

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
};

struct ReportDocument::Slice
{
    int block = 0;
    int first = 0; // first line or row on this page
    int count = 0;
    qreal y = 0;
};

ReportDocument::ReportDocument(const QString &title)
    : m_title(title)
{
}

ReportDocument::~ReportDocument() = default;

int ReportDocument::blockCount() const
{
    return int(m_blocks.size());
}

int ReportDocument::pageCount() const
{
    return int(m_pages.size());
}

qreal ReportDocument::bodyWidth()
{
    return kPageWidth - 2 * kSideMargin;
}

QSizeF ReportDocument::pageSize()
{
    return { kPageWidth, kPageHeight };
}

void ReportDocument::addHeading(const QString &text, int level)
{
    Block block;
    block.kind = Block::Kind::Heading;
    block.level = qBound(1, level, 3);
    block.text = text;
    m_blocks.push_back(std::move(block));
}

void ReportDocument::addParagraph(const QString &text, TextStyle style)
{
    Block block;
    block.kind = Block::Kind::Paragraph;
    block.style = style;
    block.text = text;
    m_blocks.push_back(std::move(block));
}

void ReportDocument::addKeyValues(const QVector<QPair<QString, QString>> &rows)
{
    Block block;
    block.kind = Block::Kind::KeyValues;
    block.table.widths = { 0.3, 0.7 };
    block.table.rows.reserve(rows.size());
    for (const auto &row : rows)
        block.table.rows.append({ row.first, row.second });
    m_blocks.push_back(std::move(block));
}

void ReportDocument::addTable(const ReportTable &table)
{
    Block block;
    block.kind = Block::Kind::Table;
    block.table = table;
    m_blocks.push_back(std::move(block));
}

void ReportDocument::addDrawing(qreal height, const Painter &paint)
{
    Block block;
    block.kind = Block::Kind::Drawing;
    block.height = qMin(height, bodyHeight());
    block.paint = paint;
    m_blocks.push_back(std::move(block));
}

void ReportDocument::addSpacing(qreal height)
{
    Block block;
    block.kind = Block::Kind::Spacing;
    block.height = height;
    m_blocks.push_back(std::move(block));
}

void ReportDocument::addPageBreak()
{
    Block block;
    block.kind = Block::Kind::PageBreak;
    m_blocks.push_back(std::move(block));
}

QFont ReportDocument::font(TextStyle style, bool bold) const
{
    QFont font;
    // DejaVu has the Latin, Greek and Cyrillic an inventory needs; fontconfig falls back per glyph
    // (Droid Sans Fallback, Noto CJK) for Chinese, Japanese and Korean names.
    font.setFamilies({ QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"), QStringLiteral("Liberation Sans") });
    font.setStyleHint(QFont::SansSerif);
    switch (style) {
    case TextStyle::Body:
        font.setPointSizeF(9);
        break;
    case TextStyle::Small:
        font.setPointSizeF(7.5);
        break;
    case TextStyle::Monospace:
        font.setFamilies({ QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Liberation Mono") });
        font.setStyleHint(QFont::Monospace);
        font.setPointSizeF(8);
        break;
    case TextStyle::Title:
        font.setPointSizeF(22);
        bold = true;
        break;
    case TextStyle::Subtitle:
        font.setPointSizeF(13);
        break;
    }
    font.setBold(bold);
    return font;
}

QFont ReportDocument::headingFont(int level) const
{
    QFont heading = font(TextStyle::Body, true);
    heading.setPointSizeF(level == 1 ? 15 : level == 2 ? 11.5 : 9.5);
    return heading;
}

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
            block.cells.append(wrapRow(block.table.rows.at(r), block.table.strongRows.contains(r), &height));
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

int ReportDocument::layout(const Progress &progress)
{
    // Metrics of the PDF device, so that a preview lays out exactly as the file.
    QBuffer sink;
    QPdfWriter metricsDevice(&sink);
    metricsDevice.setResolution(kResolution);
    const int total = int(m_blocks.size());
    bool cancelled = false;
    for (; m_measured < total; ++m_measured) {
        measure(m_blocks[size_t(m_measured)], &metricsDevice);
        if (progress && m_measured % 64 == 0 && !progress(90 * m_measured / qMax(1, total))) {
            cancelled = true;
            break;
        }
    }
    if (cancelled) {
        m_pages.clear();
        return 0;
    }
    placeBlocks(progress, &cancelled);
    if (cancelled)
        m_pages.clear();
    return pageCount();
}

void ReportDocument::placeBlocks(const Progress &progress, bool *cancelled)
{
    m_pages.clear();
    m_pages.emplace_back();
    qreal y = kBodyTop;
    const auto newPage = [&] {
        m_pages.emplace_back();
        y = kBodyTop;
    };
    const auto atTop = [&] { return m_pages.back().empty(); };
    // The slice of block on the current page, started at y when it has none yet.
    const auto slice = [&](int block, int first) -> Slice & {
        std::vector<Slice> &page = m_pages.back();
        if (page.empty() || page.back().block != block)
            page.push_back({ block, first, 0, y });
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

    const auto paintRow = [&](const QVector<QStringList> &cells, qreal top, qreal height, bool strong) {
        painter->save();
        painter->setClipRect(QRectF(kSideMargin, top, bodyWidth(), height));
        qreal x = kSideMargin;
        for (int c = 0; c < cells.size(); ++c) {
            painter->setFont(strong || (keyValues && c == 0) ? bold : plain);
            const QStringList &lines = cells.at(c);
            for (int l = 0; l < lines.size(); ++l)
                painter->drawText(QPointF(x + kCellPadX, top + kCellPadY + ascent + l * block.lineHeight), lines.at(l));
            x += block.columnWidths.at(c);
        }
        painter->restore();
    };

    painter->setPen(Qt::black);
    if (block.headerHeight > 0) {
        painter->fillRect(QRectF(kSideMargin, y, bodyWidth(), block.headerHeight), kHeaderFill);
        paintRow(block.headerCells, y, block.headerHeight, true);
        y += block.headerHeight;
    }
    for (int row = slice.first; row < slice.first + slice.count; ++row) {
        const qreal height = block.rowHeights.at(row);
        paintRow(block.cells.at(row), y, height, block.table.strongRows.contains(row));
        y += height;
        painter->save();
        painter->setPen(QPen(kRuleColour, keyValues ? 0.4 : 0.6));
        painter->drawLine(QPointF(kSideMargin, y), QPointF(right, y));
        painter->restore();
    }
}

bool ReportDocument::write(QIODevice *device, const Progress &progress, QString *error)
{
    // Layout takes the first part of the progress, painting the rest.
    const auto layoutProgress = [&](int percent) { return !progress || progress(percent * 3 / 10); };
    if (layout(layoutProgress) == 0) {
        *error = tr("the export was cancelled");
        return false;
    }
    CheckedDevice checked(device);
    checked.open(QIODevice::WriteOnly);
    QPdfWriter writer(&checked);
    writer.setTitle(m_title);
    writer.setCreator(QStringLiteral("Mandate"));
    writer.setResolution(kResolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = tr("the PDF could not be started");
        return false;
    }
    for (int page = 0; page < pageCount(); ++page) {
        if (page > 0)
            writer.newPage();
        paintPage(&painter, page);
        if (progress && !progress(30 + 70 * (page + 1) / pageCount())) {
            painter.end();
            *error = tr("the export was cancelled");
            return false;
        }
        if (checked.failed())
            break;
    }
    painter.end();
    if (checked.failed()) {
        *error = checked.reason();
        return false;
    }
    return true;
}

bool ReportDocument::writeFile(const QString &path, const Progress &progress, QString *error)
{
    QSaveFile file(path);
    QString reason;
    if (!file.open(QIODevice::WriteOnly))
        reason = file.errorString();
    else if (!write(&file, progress, &reason))
        file.cancelWriting();
    else if (!file.commit())
        reason = file.errorString();
    if (reason.isEmpty())
        return true;
    *error = tr("Could not write %1: %2").arg(path, reason);
    return false;
}

} // namespace Mandate
