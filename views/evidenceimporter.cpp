#include "evidenceimporter.h"

#include "messagebox.h"
#include "storage/evidenceimportreport.h"
#include "storage/workspace.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QMainWindow>
#include <QProgressDialog>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <climits>

namespace Mandate {
namespace {

constexpr int progressSteps = 1000; // bytes scaled, since a file may exceed an int

} // namespace

EvidenceImporter::EvidenceImporter(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_action(new QAction(tr("Import runtime &evidence…"), this))
{
    m_action->setObjectName(QStringLiteral("importEvidenceAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_action->setStatusTip(tr("Read what systems were observed doing (JSON Lines, OpenTelemetry spans or "
                              "AWS CloudTrail) and compare it with their declared privileges"));
    connect(m_action, &QAction::triggered, this, &EvidenceImporter::importInteractively);
    connect(&m_watcher, &QFutureWatcher<ReadOutcome>::finished, this, &EvidenceImporter::onReadFinished);
    updateEnabled();
}

EvidenceImporter::~EvidenceImporter()
{
    // The worker reads into its own copy of everything; stop it and wait, so it never outlives us.
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

void EvidenceImporter::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (workspace)
        connect(workspace, &Workspace::importingChanged, this, &EvidenceImporter::updateEnabled);
    // A read for a workspace that has just closed is cancelled; its events would have nowhere to go.
    if (m_running && m_target != workspace && m_cancel)
        m_cancel->store(true);
    updateEnabled();
}

void EvidenceImporter::updateEnabled()
{
    m_action->setEnabled(m_workspace && !m_workspace->isImporting() && !m_running);
}

void EvidenceImporter::importInteractively()
{
    if (!m_action->isEnabled())
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import runtime evidence"), QString(),
        tr("Evidence files (*.jsonl *.ndjson *.json)") + QStringLiteral(";;") + tr("All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

std::optional<EvidenceFormat> EvidenceImporter::askFormat(const QString &path)
{
    const QList<EvidenceFormat> formats { EvidenceFormat::JsonLines, EvidenceFormat::Otlp, EvidenceFormat::CloudTrail };
    const QStringList names { tr("JSON Lines"), tr("OpenTelemetry spans (OTLP JSON)"), tr("AWS CloudTrail") };
    bool ok = false;
    const QString chosen = QInputDialog::getItem(m_window, tr("Import runtime evidence"),
        tr("Which format is %1 in?").arg(QFileInfo(path).fileName()), names, 0, false, &ok);
    if (!ok || !names.contains(chosen))
        return std::nullopt;
    return formats.at(int(names.indexOf(chosen)));
}

bool EvidenceImporter::importFile(const QString &path)
{
    if (!m_workspace || m_workspace->isImporting() || m_running)
        return false;
    std::optional<EvidenceFormat> format = guessEvidenceFormat(path);
    if (!format)
        format = askFormat(path);
    if (!format)
        return false;

    m_path = path;
    m_format = *format;
    m_target = m_workspace;
    m_running = true;
    updateEnabled();
    m_cancel = std::make_shared<std::atomic<bool>>(false);

    m_progress = new QProgressDialog(tr("Reading %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0,
        progressSteps, m_window);
    m_progress->setObjectName(QStringLiteral("evidenceProgressDialog"));
    m_progress->setWindowTitle(tr("Import runtime evidence"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(500);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_progress, &QProgressDialog::canceled, this, [cancel = m_cancel] { cancel->store(true); });

    const std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    const EvidenceFormat chosen = *format;
    m_watcher.setFuture(QtConcurrent::run([this, path, chosen, cancel] {
        ReadOutcome outcome;
        EvidenceReader reader;
        const auto sink = [&outcome, &cancel](const EvidenceEvent &event) {
            if (cancel->load())
                return false;
            outcome.events.append(event);
            return true;
        };
        // Called on this worker: hand the numbers to the GUI thread, which owns the dialog.
        const auto progress = [this](qint64 bytesRead, qint64 total) {
            QMetaObject::invokeMethod(
                this, [this, bytesRead, total] { showProgress(bytesRead, total); }, Qt::QueuedConnection);
        };
        outcome.ok = reader.read(path, chosen, sink, progress);
        outcome.cancelled = reader.cancelled() || cancel->load();
        outcome.error = reader.error();
        outcome.skipped = reader.skipped();
        if (!outcome.ok)
            outcome.events.clear();
        return outcome;
    }));
    return true;
}

void EvidenceImporter::showProgress(qint64 bytesRead, qint64 total)
{
    if (!m_progress || total <= 0)
        return;
    m_progress->setValue(int(std::min<qint64>(progressSteps, bytesRead * progressSteps / total)));
}

void EvidenceImporter::onReadFinished()
{
    ReadOutcome outcome = m_watcher.result();
    if (m_progress) {
        disconnect(m_progress, nullptr, this, nullptr); // closing a progress dialog says canceled()
        m_progress->close();
    }
    const QString title = tr("Import runtime evidence");
    const QString fileName = QFileInfo(m_path).fileName();
    Workspace *workspace = m_target;
    // A cancel that came after the last line still counts: the analyst said not to store it.
    if (outcome.cancelled || (m_cancel && m_cancel->load()) || !workspace || workspace != m_workspace) {
        if (auto *mainWindow = qobject_cast<QMainWindow *>(m_window))
            mainWindow->statusBar()->showMessage(tr("Evidence import cancelled; nothing was stored."), 5000);
        finish(false);
        return;
    }
    if (!outcome.ok) {
        MessageBox::critical(m_window, title, tr("Nothing was imported. %1").arg(outcome.error));
        finish(false);
        return;
    }
    EvidenceImportReport report;
    if (!workspace->importEvidence(outcome.events, m_path, evidenceFormatId(m_format), &report)) {
        MessageBox::critical(m_window, title, tr("%1 could not be stored: %2").arg(fileName, workspace->lastError()));
        finish(false);
        return;
    }
    outcome.events.clear();

    const QLocale locale;
    QString text = tr("Read %Ln event(s) from %1.", nullptr, int(std::min<qint64>(report.events, INT_MAX))).arg(fileName);
    text += QLatin1Char('\n') + tr("Matched to systems: %1 (%2 stored)")
                                    .arg(locale.toString(report.matched), locale.toString(report.stored));
    text += QLatin1Char('\n') + tr("Naming no known system or credential: %1").arg(locale.toString(report.unmatched));
    if (outcome.skipped > 0)
        text += QLatin1Char('\n') + tr("Records that are not evidence of a system, skipped: %1")
                                        .arg(locale.toString(outcome.skipped));
    if (!report.unmatchedExamples.isEmpty()) {
        text += QStringLiteral("\n\n") + tr("First unmatched events:");
        for (const UnmatchedEvidence &example : std::as_const(report.unmatchedExamples)) {
            const QString line = locale.toString(example.line);
            if (example.credentialRef.isEmpty())
                text += QLatin1Char('\n') + tr("Line %1: system \"%2\"").arg(line, example.systemRef);
            else if (example.systemRef.isEmpty())
                text += QLatin1Char('\n') + tr("Line %1: credential \"%2\"").arg(line, example.credentialRef);
            else
                text += QLatin1Char('\n') + tr("Line %1: system \"%2\", credential \"%3\"")
                                                .arg(line, example.systemRef, example.credentialRef);
        }
    }
    MessageBox::information(m_window, title, text);
    finish(true);
}

void EvidenceImporter::finish(bool stored)
{
    m_running = false;
    m_cancel.reset();
    m_target = nullptr;
    updateEnabled();
    emit finished(stored);
}

} // namespace Mandate
