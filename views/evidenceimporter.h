#pragma once
// File > Import runtime evidence (issue 6): asks for an evidence file (JSON Lines, OTLP JSON or
// CloudTrail), guesses its format or asks, reads it on a worker thread behind a progress dialog
// that can cancel, then hands all events to the workspace as one undo step and reports what
// matched. Evidence files can hold millions of lines; the GUI stays responsive while they are read.
// A file that is not valid changes nothing: the reader's error names the file and the line.

#include "domain/evidenceevent.h"
#include "io/evidencereader.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QVector>

#include <atomic>
#include <memory>

class QAction;
class QProgressDialog;
class QWidget;

namespace Mandate {

class Workspace;

class EvidenceImporter : public QObject
{
    Q_OBJECT

public:
    explicit EvidenceImporter(QWidget *window);
    ~EvidenceImporter() override;

    void setWorkspace(Workspace *workspace);
    QAction *action() const { return m_action; }
    bool isRunning() const { return m_running; }

    // Asks for a file, then importFile().
    void importInteractively();
    // Starts reading path (asking for the format when it cannot be guessed); false when nothing was
    // started (no workspace, busy, no format chosen). finished() follows a start.
    bool importFile(const QString &path);

signals:
    // After the read and the import: stored is true when the workspace took the events.
    void finished(bool stored);

private:
    struct ReadOutcome
    {
        QVector<EvidenceEvent> events;
        bool ok = false;
        bool cancelled = false;
        QString error;
        qint64 skipped = 0;
    };

    void onReadFinished();
    void showProgress(qint64 bytesRead, qint64 total);
    void finish(bool stored);
    void updateEnabled();
    std::optional<EvidenceFormat> askFormat(const QString &path);

    QWidget *m_window;
    QAction *m_action;
    QPointer<Workspace> m_workspace;
    QPointer<Workspace> m_target; // the workspace the running read is for
    QFutureWatcher<ReadOutcome> m_watcher;
    QPointer<QProgressDialog> m_progress;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QString m_path;
    EvidenceFormat m_format = EvidenceFormat::JsonLines;
    bool m_running = false;
};

} // namespace Mandate
