#pragma once
// The page preview of the export dialog: one page of a laid-out ReportDocument painted exactly as
// the PDF will have it (ReportDocument::paintPage), with previous/next and "Page x of y". It owns
// the document it shows, so that the dialog can write the very document the analyst looked at.
// A large report is only built on request: the Preview button asks (previewRequested).

#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;

namespace Mandate {

class ReportDocument;

class ReportPreview : public QWidget
{
    Q_OBJECT

public:
    explicit ReportPreview(QWidget *parent = nullptr);
    ~ReportPreview() override;

    // Shows the laid-out document from its first page.
    void setDocument(std::unique_ptr<ReportDocument> document);
    // No document: the message says why (not built yet, nothing to preview, cancelled).
    void clear(const QString &message);
    ReportDocument *document() const { return m_document.get(); }
    std::unique_ptr<ReportDocument> takeDocument();

    int currentPage() const { return m_page; } // 0-based
    void showPage(int page);
    QString pageText() const; // "Page 1 of 4", empty without a document
    // Whether the Preview button is offered (for a scope too large to build on every change).
    void setPreviewButtonVisible(bool visible);

signals:
    void previewRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void render();
    QSize imageSize() const;

    std::unique_ptr<ReportDocument> m_document;
    int m_page = 0;
    QLabel *m_image;
    QLabel *m_pageLabel;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_build;
};

} // namespace Mandate
