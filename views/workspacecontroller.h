#pragma once
// Owns the open workspace and the File menu: New, Open, Open Recent, Import, Close, Quit. It opens the new
// workspace before closing the old one, so a file that fails to open never costs the analyst the
// workspace they had; errors go to a dialog naming the file and the problem.

#include <QObject>
#include <QPointer>
#include <memory>

class QAction;
class QMenu;
class QWidget;

namespace Mandate {

class ImportWizard;
class ServerConnectionDialog;
class RecentFiles;
class Workspace;

class WorkspaceController : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceController(QWidget *dialogParent);
    ~WorkspaceController() override;

    Workspace *workspace() const { return m_workspace.get(); }
    RecentFiles *recentFiles() const { return m_recentFiles; }

    // Fills the File menu; quit closes the dialog parent's window.
    void populateFileMenu(QMenu *menu);

    // Each returns false after showing why; the current workspace then stays open.
    bool openWorkspace(const QString &path);
    bool createWorkspace(const QString &path);
    bool openDemo();
    // A postgresql:// location (no password): connects without a password first, so libpq can
    // find one; when that fails, the server dialog opens on it with the problem shown.
    bool openServerLocation(const QString &location);
    // Asks for a server and opens (or creates) the workspace there; false when cancelled.
    bool openServerWorkspaceInteractively(bool create = false);
    // The startup rule: an explicit path, else the demo when asked, else the last workspace, else the demo.
    bool openAtStartup(const QString &path, bool demo);
    void closeWorkspace();
    // Hands the open workspace over, open, with its undo stack (nullptr when none is open): to
    // another window's controller through adopt(), e.g. when the window is rebuilt in a new
    // language. The views let go of it as on closing; an import wizard closes, its import goes on.
    std::unique_ptr<Workspace> releaseWorkspace();
    // Makes workspace the open one, closing the one open before.
    void adopt(std::unique_ptr<Workspace> workspace);
    // Opens the import wizard on the open workspace (window-modal, not blocking), with path filled
    // in when given; nullptr when no workspace is open. A wizard already open is raised instead.
    ImportWizard *importInventory(const QString &path = QString());
    ImportWizard *importWizard() const;

signals:
    // nullptr while no workspace is open. Views must drop every pointer into the old workspace here.
    void workspaceChanged(Mandate::Workspace *workspace);

private:
    void newWorkspaceInteractively();
    void openWorkspaceInteractively();
    void rebuildRecentMenu();
    bool runServerDialog(ServerConnectionDialog &dialog);
    QString startDirectory() const;
    void rememberDirectory(const QString &path);
    bool isOpen(const QString &path) const;

    QWidget *m_dialogParent;
    std::unique_ptr<Workspace> m_workspace;
    RecentFiles *m_recentFiles;
    QPointer<QMenu> m_recentMenu;
    QAction *m_closeAction = nullptr;
    QAction *m_importAction = nullptr;
    QPointer<ImportWizard> m_importWizard;
};

} // namespace Mandate
