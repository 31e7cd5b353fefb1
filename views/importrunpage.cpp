#include "importrunpage.h"

#include "importcheckpage.h"
#include "importprogress.h"
#include "storage/workspace.h"

#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Mandate {

ImportRunPage::ImportRunPage(Workspace *workspace, const ImportCheckPage *check, QWidget *parent)
    : QWizardPage(parent)
    , m_workspace(workspace)
    , m_check(check)
    , m_progress(new ImportProgress(this))
    , m_outcome(new QLabel(this))
    , m_details(new QWidget(this))
    , m_detailsForm(new QFormLayout(m_details))
{
    setObjectName(QStringLiteral("importRunPage"));
    setTitle(tr("Import"));
    setSubTitle(tr("The whole file is imported in one step, or nothing is."));

    m_outcome->setObjectName(QStringLiteral("importOutcomeLabel"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsForm->setContentsMargins(0, 0, 0, 0);
    m_details->hide();

    m_detailsForm->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_detailsForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_details);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_outcome);
    layout->addStretch(1);

    connect(&m_watcher, &QFutureWatcher<ImportResult>::finished, this, &ImportRunPage::onWriteFinished);
}

ImportRunPage::~ImportRunPage()
{
    // Closing mid-write (the workspace is closing, the application quits): cancel, wait, and
    // always give the connection back, so the workspace is never left lent out.
    m_watcher.disconnect(this);
    if (!m_writing)
        return;
    m_progress->requestCancel();
    m_watcher.waitForFinished();
    m_writing = false;
    if (m_workspace)
        m_workspace->finishImport(m_watcher.result());
}

void ImportRunPage::initializePage()
{
    if (m_writing || m_done || !m_workspace)
        return;
    m_settings = m_check->settings();
    m_checked = m_check->report();
    m_outcome->clear();
    m_details->hide();

    const ImportControl control
        = m_progress->start(tr("Importing %1...").arg(QFileInfo(m_settings.path).fileName()));
    m_context = m_workspace->beginImport(true);
    m_writing = true;
    m_watcher.setFuture(QtConcurrent::run(
        [this, control] { return ImportWriter::write(m_context, m_settings, m_checked, control); }));
    emit completeChanged();
}

void ImportRunPage::cancel()
{
    if (m_writing)
        m_progress->requestCancel();
}

bool ImportRunPage::isComplete() const
{
    return m_done;
}

void ImportRunPage::onWriteFinished()
{
    m_result = m_watcher.result();
    m_writing = false;
    m_done = true;
    if (m_workspace)
        m_workspace->finishImport(m_result); // always: it takes the connection back
    m_context = ImportContext();
    showResult();
    emit completeChanged();
}

void ImportRunPage::showResult()
{
    const ImportReport &report = m_result.report;
    const QString file = QFileInfo(report.file).fileName().toHtmlEscaped();
    if (!m_result.committed) {
        m_progress->finish(
            QStringLiteral("<b>%1</b>").arg(tr("Nothing was imported; the workspace is unchanged.")));
        m_outcome->setText(m_result.error);
        setButtonText(QWizard::FinishButton, tr("&Close"));
        return;
    }
    m_progress->finish(QStringLiteral("<b>%1</b>").arg(tr("%1 is imported.").arg(file)));
    m_outcome->setText(tr("Edit > Undo takes the whole import back in one step."));

    while (m_detailsForm->rowCount() > 0)
        m_detailsForm->removeRow(0);
    const QVector<QPair<QString, qint64>> rows { { tr("New systems:"), report.newCount },
        { tr("Changed systems:"), report.changedCount }, { tr("Unchanged systems:"), report.unchangedCount },
        { tr("Rows skipped for problems:"), report.badRowCount },
        { tr("Secrets redacted:"), qint64(report.secrets.size()) },
        { tr("People added:"), qint64(m_result.addedPeople.size()) } };
    for (const auto &[caption, count] : rows) {
        auto *value = new QLabel(QLocale().toString(count), m_details);
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000000")));
        m_detailsForm->addRow(caption, value);
    }
    m_details->show();
}

} // namespace Mandate
