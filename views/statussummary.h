#pragma once
// The status bar's counts: "N systems · M shown · K identity subjects · J NHI risk". Recounting is
// O(n), so change signals only schedule it: a zero-delay single-shot timer coalesces a burst of
// signals (an import, an undo of many rows) into one recount.

#include <QLabel>
#include <QPointer>

class QAbstractItemModel;
class QTimer;

namespace Mandate {

class Workspace;

class StatusSummary : public QLabel
{
    Q_OBJECT

public:
    explicit StatusSummary(QAbstractItemModel *shownModel, QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    // Recounts now; normally the timer does it.
    void recount();

private:
    void schedule();

    QPointer<Workspace> m_workspace;
    QAbstractItemModel *m_shownModel;
    QTimer *m_timer;
};

} // namespace Mandate
