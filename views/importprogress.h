#pragma once
// The progress bar and Cancel button of one long import step (the check or the write) that runs on
// a worker thread. The worker reports through the ImportControl this hands out; each report is
// forwarded to the GUI thread, and Cancel sets the flag the worker polls. Both are members, so the
// page that runs the worker must wait for it before this widget goes away.

#include "io/importpass.h"

#include <QWidget>
#include <atomic>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Mandate {

class ImportProgress : public QWidget
{
    Q_OBJECT

public:
    explicit ImportProgress(QWidget *parent = nullptr);

    // Shows text, resets the bar (busy until the first report) and the cancel flag, and returns
    // the control to hand to the worker.
    ImportControl start(const QString &text);
    // The step is over: the bar is full, Cancel goes away, text says what happened.
    void finish(const QString &text);

    void requestCancel();
    bool isCancelRequested() const { return m_cancel.load(); }

private:
    void setProgress(qint64 done, qint64 total);

    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancelButton;
    std::atomic<bool> m_cancel { false };
    bool m_running = false; // late reports from a finished worker are dropped
};

} // namespace Mandate
