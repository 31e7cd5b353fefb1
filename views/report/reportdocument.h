#pragma once
// A report as a flow of blocks (headings, paragraphs, key-value lists, tables, drawings) laid out on
// A4 pages with a running header and a "page x of y" footer (issue 7). The document is laid out
// once against the PDF writer's metrics and then painted page by page, so the page count is known
// before the first footer is drawn and a preview can paint any single page exactly as the file has
// it. Drawn with QPainter on QPdfWriter: text stays text and drawings stay vectors, and it is fast
// (QTextDocument::print took about 30 times longer for a 10k-row table on this Qt).
//
// Coordinates are device pixels at 96 dpi (kResolution), the same as the screen and the map's
// painting functions.

#include <QCoreApplication>
#include <QFont>
#include <QRectF>
#include <QStringList>
#include <QVector>
#include <functional>
#include <vector>

class QIODevice;
class QPaintDevice;
class QPainter;

namespace Mandate {

struct ReportTable
{
    QStringList headers;    // repeated at the top of every page the table runs onto
    QVector<qreal> widths;  // relative column widths, one per header
    QVector<QStringList> rows;
    QVector<int> strongRows; // row indexes drawn bold (e.g. a critical finding)
};

class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)

public:
    static constexpr int kResolution = 96;

    enum class TextStyle { Body, Small, Monospace, Title, Subtitle };
    using Painter = std::function<void(QPainter *painter, const QRectF &target)>;
    // Told how far the work is, in percent; returns false to cancel.
    using Progress = std::function<bool(int percent)>;
    // A step's share of progress: its 0..100 lands in [from, to] of the whole. An empty progress
    // stays empty in effect (the share always answers go on).
    static Progress share(const Progress &progress, int from, int to);

    explicit ReportDocument(const QString &title);
    ~ReportDocument();
    ReportDocument(const ReportDocument &) = delete;
    ReportDocument &operator=(const ReportDocument &) = delete;

    QString title() const { return m_title; }
    // Left side of the running header (e.g. the workspace) and of the footer (e.g. date, analyst).
    void setHeaderText(const QString &text) { m_headerText = text; }
    void setFooterText(const QString &text) { m_footerText = text; }

    // Level 1 is a section, 2 a subsection, 3 a small heading. A heading is never left alone at
    // the foot of a page: it moves on with the start of what follows it.
    void addHeading(const QString &text, int level = 1);
    void addParagraph(const QString &text, TextStyle style = TextStyle::Body);
    // Label and value rows (labels bold), values wrapped.
    void addKeyValues(const QVector<QPair<QString, QString>> &rows);
    void addTable(const ReportTable &table);
    // A drawing of the given height across the body width; scaled down when taller than a page.
    void addDrawing(qreal height, const Painter &paint);
    void addSpacing(qreal height);
    void addPageBreak();

    int blockCount() const;
    // The width of the text body; drawings are as wide.
    static qreal bodyWidth();
    static QSizeF pageSize();

    // Lays the blocks out on pages (again when blocks were added since); the number of pages.
    int layout(const Progress &progress = {});
    int pageCount() const;
    // The page (0-based) a block starts on once laid out; -1 before layout or for a block that takes
    // no room. Blocks added afterwards do not move earlier ones, so an index can follow what it lists.
    int pageOfBlock(int block) const;
    // Paints one laid-out page (0-based) at page coordinates: the whole sheet, margins included.
    void paintPage(QPainter *painter, int page) const;

    // Writes the PDF to device; false with a translated reason when it could not or was cancelled.
    bool write(QIODevice *device, const Progress &progress, QString *error);
    // To a file, atomically (QSaveFile): whole or not at all; the reason names the file.
    bool writeFile(const QString &path, const Progress &progress, QString *error);

private:
    struct Block;
    struct Slice;

    QFont font(TextStyle style, bool bold = false) const;
    QFont headingFont(int level) const;
    void measure(Block &block, const QPaintDevice *device) const;
    void placeBlocks(const Progress &progress, bool *cancelled);
    qreal firstUnitHeight(int blockIndex) const;
    void paintSlice(QPainter *painter, const Slice &slice, qreal y) const;
    void paintTable(QPainter *painter, const Block &block, const Slice &slice, qreal y) const;
    void paintFrame(QPainter *painter, int page) const;

    QString m_title;
    QString m_headerText;
    QString m_footerText;
    std::vector<Block> m_blocks;
    std::vector<std::vector<Slice>> m_pages;
    std::vector<int> m_blockPages;
    int m_measured = 0; // blocks measured so far
};

} // namespace Mandate
