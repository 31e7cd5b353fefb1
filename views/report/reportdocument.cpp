#include "reportdocument.h"

#include "io/atomicfile.h"
#include "reportblock.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace Mandate {
using namespace ReportPage;

namespace {

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

ReportDocument::Progress ReportDocument::share(const Progress &progress, int from, int to)
{
    return [progress, from, to](int percent) {
        return !progress || progress(from + (to - from) * std::clamp(percent, 0, 100) / 100);
    };
}

int ReportDocument::pageOfBlock(int block) const
{
    return block >= 0 && block < int(m_blockPages.size()) ? m_blockPages.at(size_t(block)) : -1;
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
    std::sort(block.table.strongRows.begin(), block.table.strongRows.end());
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
    // No ligatures in Latin text: "ﬀ" in "offer" would defeat a search of the filed PDF (and
    // shaping costs time).
    font.setStyleStrategy(QFont::PreferNoShaping);
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

bool ReportDocument::write(QIODevice *device, const Progress &progress, QString *error)
{
    // Layout takes the first part of the progress, painting the rest.
    if (layout(share(progress, 0, 30)) == 0) {
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
    return writeAtomically(path, [&](QIODevice &device, QString *reason) { return write(&device, progress, reason); }, error);
}

} // namespace Mandate
