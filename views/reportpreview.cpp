#include "reportpreview.h"

#include "report/reportdocument.h"

#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Mandate {

ReportPreview::ReportPreview(QWidget *parent)
    : QWidget(parent)
    , m_image(new QLabel(this))
    , m_pageLabel(new QLabel(this))
    , m_previous(new QPushButton(tr("&Previous page"), this))
    , m_next(new QPushButton(tr("Ne&xt page"), this))
    , m_build(new QPushButton(tr("P&review"), this))
{
    setObjectName(QStringLiteral("reportPreview"));
    m_image->setObjectName(QStringLiteral("previewImageLabel"));
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setWordWrap(true);
    m_image->setFrameShape(QFrame::StyledPanel);
    m_image->setBackgroundRole(QPalette::Dark);
    m_image->setAutoFillBackground(true);
    // Room for an A4 page at a readable scale; the image follows the label's size.
    const QSizeF page = ReportDocument::pageSize();
    const int width = fontMetrics().averageCharWidth() * 48;
    m_image->setMinimumSize(width, int(width * page.height() / page.width()));
    m_image->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);

    m_pageLabel->setObjectName(QStringLiteral("previewPageLabel"));
    m_pageLabel->setAlignment(Qt::AlignCenter);
    m_previous->setObjectName(QStringLiteral("previousPagePushButton"));
    m_next->setObjectName(QStringLiteral("nextPagePushButton"));
    m_build->setObjectName(QStringLiteral("previewPushButton"));
    m_build->setToolTip(tr("Build the report to see its pages; a large scope is only built on request"));
    for (QPushButton *button : { m_previous, m_next, m_build })
        button->setAutoDefault(false);

    auto *navigation = new QHBoxLayout;
    navigation->addWidget(m_previous);
    navigation->addWidget(m_pageLabel, 1);
    navigation->addWidget(m_next);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_image, 1);
    layout->addLayout(navigation);
    layout->addWidget(m_build, 0, Qt::AlignHCenter);

    connect(m_previous, &QPushButton::clicked, this, [this] { showPage(m_page - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showPage(m_page + 1); });
    connect(m_build, &QPushButton::clicked, this, &ReportPreview::previewRequested);
    clear(QString());
}

ReportPreview::~ReportPreview() = default;

void ReportPreview::setDocument(std::unique_ptr<ReportDocument> document)
{
    m_document = std::move(document);
    m_page = 0;
    render();
}

void ReportPreview::clear(const QString &message)
{
    m_document.reset();
    m_page = 0;
    m_image->setPixmap(QPixmap());
    m_image->setText(message);
    render();
}

std::unique_ptr<ReportDocument> ReportPreview::takeDocument()
{
    std::unique_ptr<ReportDocument> document = std::move(m_document);
    clear(QString());
    return document;
}

void ReportPreview::showPage(int page)
{
    if (!m_document)
        return;
    m_page = std::clamp(page, 0, std::max(0, m_document->pageCount() - 1));
    render();
}

QString ReportPreview::pageText() const
{
    if (!m_document)
        return QString();
    return tr("Page %1 of %2").arg(m_page + 1).arg(m_document->pageCount());
}

void ReportPreview::setPreviewButtonVisible(bool visible)
{
    m_build->setVisible(visible);
}

void ReportPreview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_document)
        render();
}

// The page fitted into the label, keeping its proportions, with a little margin around it.
QSize ReportPreview::imageSize() const
{
    const QSizeF page = ReportDocument::pageSize();
    const QSize room = m_image->contentsRect().size() - QSize(16, 16);
    return page.scaled(QSizeF(room), Qt::KeepAspectRatio).toSize().expandedTo(QSize(1, 1));
}

void ReportPreview::render()
{
    const bool shown = m_document && m_document->pageCount() > 0;
    m_previous->setEnabled(shown && m_page > 0);
    m_next->setEnabled(shown && m_page + 1 < m_document->pageCount());
    m_pageLabel->setText(pageText());
    if (!shown)
        return;
    const qreal ratio = devicePixelRatioF();
    const QSize size = imageSize();
    QImage image(size * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    painter.scale(size.width() / ReportDocument::pageSize().width(),
        size.height() / ReportDocument::pageSize().height());
    m_document->paintPage(&painter, m_page);
    painter.end();
    m_image->setPixmap(QPixmap::fromImage(image));
}

} // namespace Mandate
