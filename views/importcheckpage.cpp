#include "importcheckpage.h"

#include "importmappingpage.h"
#include "importprogress.h"
#include "importreportview.h"
#include "importsourcepage.h"
#include "storage/workspace.h"

#include <QButtonGroup>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Mandate {

ImportCheckPage::ImportCheckPage(
    Workspace *workspace, const ImportSourcePage *source, const ImportMappingPage *mapping, QWidget *parent)
    : QWizardPage(parent)
    , m_workspace(workspace)
    , m_source(source)
    , m_mapping(mapping)
    , m_progress(new ImportProgress(this))
    , m_checkAgain(new QPushButton(tr("Check a&gain"), this))
    , m_error(new QLabel(this))
    , m_counts(new QWidget(this))
    , m_view(new ImportReportView(this))
    , m_choice(new QWidget(this))
    , m_skip(new QRadioButton(tr("Skip &rows with problems"), m_choice))
    , m_abort(new QRadioButton(tr("&Abort the import"), m_choice))
    , m_choiceNote(new QLabel(this))
{
    setObjectName(QStringLiteral("importCheckPage"));
    setTitle(tr("Check what will change"));
    setSubTitle(tr("The file was read but nothing has been written yet. Review the differences, decide the "
                   "conflicts, then import."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    m_checkAgain->setObjectName(QStringLiteral("checkAgainButton"));
    m_checkAgain->setAutoDefault(false);
    m_checkAgain->hide();
    connect(m_checkAgain, &QPushButton::clicked, this, &ImportCheckPage::startCheck);
    m_error->setObjectName(QStringLiteral("checkErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *tiles = new QHBoxLayout(m_counts);
    tiles->setContentsMargins(0, 0, 0, 0);
    tiles->addWidget(countTile("newCountLabel", tr("new")));
    tiles->addWidget(countTile("changedCountLabel", tr("changed")));
    tiles->addWidget(countTile("unchangedCountLabel", tr("unchanged")));
    tiles->addWidget(countTile("problemCountLabel", tr("with problems")));
    tiles->addWidget(countTile("secretCountLabel", tr("secrets redacted")));
    tiles->addWidget(countTile("missingCountLabel", tr("missing from the file")));

    m_skip->setObjectName(QStringLiteral("skipBadRowsRadioButton"));
    m_abort->setObjectName(QStringLiteral("abortOnBadRowsRadioButton"));
    m_skip->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_skip);
    group->addButton(m_abort);
    connect(group, &QButtonGroup::buttonToggled, this, &ImportCheckPage::updateChoiceNote);
    auto *choiceRow = new QHBoxLayout(m_choice);
    choiceRow->setContentsMargins(0, 0, 0, 0);
    choiceRow->addWidget(new QLabel(tr("When a row has a problem:"), m_choice));
    choiceRow->addWidget(m_skip);
    choiceRow->addWidget(m_abort);
    choiceRow->addStretch(1);
    m_choiceNote->setObjectName(QStringLiteral("badRowChoiceLabel"));
    m_choiceNote->setWordWrap(true);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_checkAgain, 0, Qt::AlignBottom);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(progressRow);
    layout->addWidget(m_error);
    layout->addWidget(m_counts);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_choice);
    layout->addWidget(m_choiceNote);

    connect(&m_watcher, &QFutureWatcher<ImportReport>::finished, this, &ImportCheckPage::onCheckFinished);
}

ImportCheckPage::~ImportCheckPage()
{
    // The worker reads the snapshot, the settings and the progress widget's cancel flag.
    m_watcher.disconnect(this);
    stopCheck();
}

QWidget *ImportCheckPage::countTile(const char *objectName, const QString &caption)
{
    auto *tile = new QFrame(m_counts);
    tile->setFrameShape(QFrame::StyledPanel);
    auto *number = new QLabel(QStringLiteral("0"), tile);
    number->setObjectName(QString::fromLatin1(objectName));
    number->setAlignment(Qt::AlignCenter);
    QFont font = number->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    number->setFont(font);
    auto *text = new QLabel(caption, tile);
    text->setAlignment(Qt::AlignCenter);
    auto *layout = new QVBoxLayout(tile);
    layout->setSpacing(0);
    layout->addWidget(number);
    layout->addWidget(text);
    m_countLabels.insert(number->objectName(), number);
    return tile;
}

void ImportCheckPage::initializePage()
{
    startCheck();
}

void ImportCheckPage::cleanupPage()
{
    cancel(); // Back: a check of a mapping that is about to change is worth nothing
}

void ImportCheckPage::cancel()
{
    if (m_checking)
        m_progress->requestCancel();
}

void ImportCheckPage::stopCheck()
{
    if (!m_watcher.isRunning())
        return;
    m_progress->requestCancel();
    m_watcher.waitForFinished(); // short: the pass looks at the flag every thousand rows
}

void ImportCheckPage::startCheck()
{
    stopCheck();
    m_checked = false;
    m_checking = true;
    m_report = ImportReport();
    m_view->clearReport();
    m_view->setEnabled(false);
    m_counts->setEnabled(false);
    m_error->hide();
    m_checkAgain->hide();
    m_choice->setEnabled(false);
    m_choiceNote->clear();

    m_settings = ImportSettings();
    m_settings.path = m_source->filePath();
    m_settings.format = m_source->format();
    m_settings.mapping = m_mapping->mapping().toJson();
    m_settings.keyColumn = m_mapping->keyColumn();
    m_settings.matchExisting = m_mapping->matchExisting();
    m_snapshot = m_workspace ? m_workspace->importSnapshot() : WorkspaceSnapshot();

    const ImportControl control
        = m_progress->start(tr("Checking %1...").arg(QFileInfo(m_settings.path).fileName()));
    const WorkspaceSnapshot *snapshot = &m_snapshot;
    m_watcher.setFuture(QtConcurrent::run(
        [settings = m_settings, snapshot, control] { return ImportPass(settings, *snapshot).run(control); }));
    emit completeChanged();
}

void ImportCheckPage::onCheckFinished()
{
    m_report = m_watcher.result();
    m_checking = false;
    m_checked = true;
    m_checkAgain->show();
    if (m_report.cancelled) {
        m_progress->finish(tr("The check was cancelled. Nothing has been imported."));
    } else if (m_report.fatal.isError()) {
        m_progress->finish(tr("The file cannot be imported. Nothing has been imported."));
        m_error->setText(m_report.fatal.message());
        m_error->show();
    } else {
        m_progress->finish(tr("Checked %1 (%2): %Ln rows read.", nullptr, int(m_report.rowsRead))
                               .arg(QFileInfo(m_report.file).fileName(), m_report.sourceDescription));
        showCounts();
        m_view->showReport(m_report, m_snapshot);
        m_view->setEnabled(true);
        m_counts->setEnabled(true);
        m_choice->setEnabled(true);
        updateChoiceNote();
    }
    emit completeChanged();
}

void ImportCheckPage::showCounts()
{
    const QVector<QPair<const char *, qint64>> counts { { "newCountLabel", m_report.newCount },
        { "changedCountLabel", m_report.changedCount }, { "unchangedCountLabel", m_report.unchangedCount },
        { "problemCountLabel", m_report.badRowCount }, { "secretCountLabel", m_report.secrets.size() },
        { "missingCountLabel", m_report.missing.size() } };
    for (const auto &[name, count] : counts) {
        QLabel *number = m_countLabels.value(QString::fromLatin1(name));
        number->setText(QLocale().toString(count));
        number->parentWidget()->setEnabled(count > 0); // the counts that matter stand out
    }
}

void ImportCheckPage::updateChoiceNote()
{
    if (m_report.badRowCount == 0)
        m_choiceNote->setText(tr("No row has a problem."));
    else if (m_skip->isChecked())
        m_choiceNote->setText(tr("%Ln rows with problems will be skipped; the other rows are imported.",
            nullptr, int(m_report.badRowCount)));
    else
        m_choiceNote->setText(tr("%Ln rows have problems, so nothing can be imported: fix the file and check "
                                 "again, or skip them.",
            nullptr, int(m_report.badRowCount)));
    emit completeChanged();
}

bool ImportCheckPage::isComplete() const
{
    return m_checked && m_report.canImport() && (m_skip->isChecked() || m_report.badRowCount == 0);
}

ImportSettings ImportCheckPage::settings() const
{
    ImportSettings settings = m_settings;
    settings.skipBadRows = m_skip->isChecked();
    settings.conflicts = m_view->conflictChoices();
    return settings;
}

} // namespace Mandate
