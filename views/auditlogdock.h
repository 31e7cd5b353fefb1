#pragma once
// The audit log dock: every stored change of the open workspace, newest first, read in pages as
// the analyst scrolls, and a Verify button that checks the hash chain and says whether the log is
// intact. It owns the menu actions for both (show the dock, verify), so MainWindow only places them.

#include <QDockWidget>
#include <QPointer>

class QAction;
class QLabel;
class QPushButton;
class QTableView;

namespace Mandate {

class AuditLogModel;
class Workspace;

class AuditLogDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit AuditLogDock(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace); // nullptr: empty, verifying disabled

    AuditLogModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    QAction *verifyAction() const { return m_verifyAction; }

    // Checks the whole chain and shows the result in a message box.
    void verify();

private:
    void setInitialColumnWidths();
    void updateState();

    QPointer<Workspace> m_workspace;
    AuditLogModel *m_model;
    QTableView *m_table;
    QLabel *m_countLabel;
    QPushButton *m_verifyButton;
    QAction *m_verifyAction;
};

} // namespace Mandate
