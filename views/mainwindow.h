#pragma once
// The main window only composes: the four-paradigm map above the inventory in the centre (their
// selections kept in step), the details dock on the right, the audit log, findings, coverage and
// dashboard docks tabbed at the bottom (hidden at first), the File menu from WorkspaceController
// (with EvidenceImporter's entry),
// the Edit menu from EditActions, the Tools menu from the audit log dock, the coverage dock and
// GovernanceActions, and the status bar counts. A file dropped on the window is imported (or, for a
// workspace file, opened).
// Each concern lives in its own class so that this one stays small.
// A new interface language is not retranslated widget by widget: the window says languageChanged()
// and its owner replaces it by createSuccessor(), built in the new language on the same workspace.

#include <QMainWindow>

#include <memory>

class QAction;

class QSplitter;

namespace Mandate {

class AuditLogDock;
class DashboardDock;
class EditActions;
class EvidenceImporter;
class FindingsDock;
class GovernanceActions;
class CoverageDock;
class InventoryView;
class MapPanel;
class StatusSummary;
class SystemDetailsPanel;
class Workspace;
class WorkspaceController;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    WorkspaceController *controller() const { return m_controller; }
    InventoryView *inventory() const { return m_inventory; }
    MapPanel *map() const { return m_map; }
    SystemDetailsPanel *details() const { return m_details; }
    EditActions *editActions() const { return m_editActions; }
    GovernanceActions *governanceActions() const { return m_governanceActions; }
    EvidenceImporter *evidenceImporter() const { return m_evidenceImporter; }
    AuditLogDock *auditLog() const { return m_auditLog; }
    FindingsDock *findings() const { return m_findings; }
    CoverageDock *coverage() const { return m_coverage; }
    DashboardDock *dashboard() const { return m_dashboard; }

    // A new window, built in the current language, that takes over this one's workspace (undo
    // stack and all), layout, map visibility, inventory filters and selection, the Review campaigns
    // dialog and the review session (with the justification being typed) if open. This window is
    // left empty; the caller shows the successor and deletes this one later (not from inside its
    // own event handling).
    std::unique_ptr<MainWindow> createSuccessor();

signals:
    // The interface language was switched (Qt's LanguageChange); the owner should replace the window.
    void languageChanged();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void onWorkspaceChanged(Workspace *workspace);
    void showAbout();
    void restoreLayout();
    void widenDetailsToContent();
    void saveLayout() const;
    void openDroppedFile(const QString &path);
    void connectMapAndInventory();
    void connectFindings();
    void showExportDialog();
    void takeOverViewState(MainWindow &previous);

    WorkspaceController *m_controller;
    InventoryView *m_inventory;
    MapPanel *m_map;
    QSplitter *m_splitter;
    SystemDetailsPanel *m_details;
    EditActions *m_editActions;
    GovernanceActions *m_governanceActions;
    EvidenceImporter *m_evidenceImporter;
    StatusSummary *m_status;
    AuditLogDock *m_auditLog;
    FindingsDock *m_findings;
    CoverageDock *m_coverage;
    DashboardDock *m_dashboard;
    QAction *m_toggleMapAction = nullptr;
    QAction *m_exportAction = nullptr; // File > Export…, enabled while a workspace is open
};

} // namespace Mandate
