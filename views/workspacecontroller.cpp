#include "workspacecontroller.h"

#include "importwizard.h"
#include "io/demoworkspace.h"
#include "messagebox.h"
#include "recentfiles.h"
#include "serverconnectiondialog.h"
#include "settings/settingskeys.h"
#include "storage/serverlocation.h"
#include "storage/workspace.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QWidget>

namespace Mandate {
namespace {

QString fileFilter()
{
    return WorkspaceController::tr("Mandate workspaces (*.%1)").arg(QLatin1String(Workspace::fileSuffix));
}

QString actorFromSettings()
{
    const QString name = QSettings().value(SettingsKeys::analystName()).toString().trimmed();
    return name.isEmpty() ? Workspace::defaultActor() : name;
}

} // namespace

WorkspaceController::WorkspaceController(QWidget *dialogParent)
    : QObject(dialogParent)
    , m_dialogParent(dialogParent)
    , m_recentFiles(new RecentFiles(this))
{
}

WorkspaceController::~WorkspaceController() = default;

void WorkspaceController::populateFileMenu(QMenu *menu)
{
    QAction *newAction
        = menu->addAction(tr("&New workspace..."), this, &WorkspaceController::newWorkspaceInteractively);
    newAction->setObjectName(QStringLiteral("newWorkspaceAction"));
    newAction->setShortcut(QKeySequence::New);

    QAction *openAction
        = menu->addAction(tr("&Open workspace..."), this, &WorkspaceController::openWorkspaceInteractively);
    openAction->setObjectName(QStringLiteral("openWorkspaceAction"));
    openAction->setShortcut(QKeySequence::Open);

    QAction *openServerAction = menu->addAction(
        tr("Open &server workspace..."), this, [this] { openServerWorkspaceInteractively(false); });
    openServerAction->setObjectName(QStringLiteral("openServerWorkspaceAction"));
    QAction *newServerAction = menu->addAction(
        tr("New ser&ver workspace..."), this, [this] { openServerWorkspaceInteractively(true); });
    newServerAction->setObjectName(QStringLiteral("newServerWorkspaceAction"));

    m_recentMenu = menu->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentFilesMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &WorkspaceController::rebuildRecentMenu);
    rebuildRecentMenu(); // so the menu is enabled or disabled correctly before first shown

    QAction *demoAction = menu->addAction(tr("Open &demo workspace"), this, &WorkspaceController::openDemo);
    demoAction->setObjectName(QStringLiteral("openDemoAction"));

    menu->addSeparator();
    m_importAction = menu->addAction(tr("&Import inventory..."), this, [this] { importInventory(); });
    m_importAction->setObjectName(QStringLiteral("importInventoryAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setEnabled(m_workspace != nullptr);

    menu->addSeparator();
    m_closeAction = menu->addAction(tr("&Close workspace"), this, &WorkspaceController::closeWorkspace);
    m_closeAction->setObjectName(QStringLiteral("closeWorkspaceAction"));
    m_closeAction->setShortcut(QKeySequence::Close);
    m_closeAction->setEnabled(m_workspace != nullptr);

    menu->addSeparator();
    QAction *quitAction = menu->addAction(tr("&Quit"), m_dialogParent->window(), &QWidget::close);
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
}

void WorkspaceController::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = m_recentFiles->files();
    int number = 1;
    for (const QString &path : files) {
        const QString name = workspaceDisplayName(path);
        // Only the first nine get a mnemonic digit; the full path is in the tooltip and status tip.
        const QString text = number <= 9 ? tr("&%1 %2").arg(QString::number(number), name) : name;
        QAction *action = m_recentMenu->addAction(text, this, [this, path] { openWorkspace(path); });
        const QString shown = ServerLocation::isUri(path) ? path : QDir::toNativeSeparators(path);
        action->setToolTip(shown);
        action->setStatusTip(shown);
        ++number;
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear list"), m_recentFiles, &RecentFiles::clear);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

bool WorkspaceController::isOpen(const QString &path) const
{
    if (!m_workspace)
        return false;
    // A server location is not a file: QFileInfo would call every one of them the same empty path.
    if (ServerLocation::isUri(path) || ServerLocation::isUri(m_workspace->filePath()))
        return m_workspace->filePath() == path;
    return QFileInfo(m_workspace->filePath()).canonicalFilePath() == QFileInfo(path).canonicalFilePath();
}

bool WorkspaceController::openWorkspace(const QString &path)
{
    if (ServerLocation::isUri(path))
        return openServerLocation(path);
    if (isOpen(path))
        return true;
    WorkspaceError error;
    std::unique_ptr<Workspace> workspace = Workspace::open(path, &error);
    if (!workspace) {
        if (error.kind == WorkspaceError::NotFound)
            m_recentFiles->remove(path);
        MessageBox::critical(m_dialogParent, tr("Could not open workspace"), error.message());
        return false;
    }
    adopt(std::move(workspace));
    return true;
}

bool WorkspaceController::createWorkspace(const QString &path)
{
    WorkspaceError error;
    std::unique_ptr<Workspace> workspace = Workspace::create(path, &error);
    if (!workspace) {
        MessageBox::critical(m_dialogParent, tr("Could not create workspace"), error.message());
        return false;
    }
    adopt(std::move(workspace));
    return true;
}

bool WorkspaceController::openDemo()
{
    const QString path = DemoWorkspace::defaultPath();
    if (QFileInfo::exists(path))
        return openWorkspace(path);

    QDir().mkpath(QFileInfo(path).absolutePath());
    WorkspaceError error;
    std::unique_ptr<Workspace> workspace = DemoWorkspace::create(path, &error);
    if (!workspace) {
        MessageBox::critical(m_dialogParent, tr("Could not create the demo workspace"), error.message());
        return false;
    }
    adopt(std::move(workspace));
    return true;
}

bool WorkspaceController::openServerLocation(const QString &location)
{
    if (isOpen(location))
        return true;
    WorkspaceError error;
    QApplication::setOverrideCursor(Qt::WaitCursor); // libpq blocks while it connects
    std::unique_ptr<Workspace> workspace = Workspace::open(location, &error);
    QApplication::restoreOverrideCursor();
    if (workspace) {
        adopt(std::move(workspace));
        return true;
    }
    ServerConnectionDialog dialog(m_dialogParent);
    dialog.showError(location, error);
    return runServerDialog(dialog);
}

bool WorkspaceController::openServerWorkspaceInteractively(bool create)
{
    ServerConnectionDialog dialog(m_dialogParent);
    dialog.setMode(create ? ServerConnectionDialog::Mode::Create : ServerConnectionDialog::Mode::Open);
    return runServerDialog(dialog);
}

bool WorkspaceController::runServerDialog(ServerConnectionDialog &dialog)
{
    if (dialog.exec() != QDialog::Accepted)
        return false;
    std::unique_ptr<Workspace> workspace = dialog.takeWorkspace();
    if (!workspace)
        return false;
    adopt(std::move(workspace));
    return true;
}

bool WorkspaceController::openAtStartup(const QString &path, bool demo)
{
    if (!path.isEmpty())
        return openWorkspace(path);
    if (!demo) {
        const QString last = m_recentFiles->files().value(0);
        if (!last.isEmpty() && openWorkspace(last))
            return true;
    }
    return openDemo();
}

void WorkspaceController::closeWorkspace()
{
    releaseWorkspace().reset();
}

std::unique_ptr<Workspace> WorkspaceController::releaseWorkspace()
{
    if (!m_workspace)
        return nullptr;
    delete m_importWizard; // it hands a running import back to the workspace before it goes
    emit workspaceChanged(nullptr); // views let go before the workspace is destroyed or handed on
    disconnect(m_workspace.get(), nullptr, this, nullptr);
    if (m_closeAction)
        m_closeAction->setEnabled(false);
    if (m_importAction)
        m_importAction->setEnabled(false);
    return std::move(m_workspace);
}

void WorkspaceController::adopt(std::unique_ptr<Workspace> workspace)
{
    closeWorkspace();
    m_workspace = std::move(workspace);
    m_workspace->setActor(actorFromSettings());
    connect(m_workspace.get(), &Workspace::writeFailed, this, [this](const QString &message) {
        MessageBox::warning(m_dialogParent, tr("Could not save the change"), message);
    });
    m_recentFiles->add(m_workspace->filePath());
    if (m_closeAction)
        m_closeAction->setEnabled(true);
    if (m_importAction)
        m_importAction->setEnabled(true);
    emit workspaceChanged(m_workspace.get());
}

ImportWizard *WorkspaceController::importWizard() const
{
    return m_importWizard;
}

ImportWizard *WorkspaceController::importInventory(const QString &path)
{
    if (!m_workspace)
        return nullptr;
    if (!m_importWizard) {
        m_importWizard = new ImportWizard(m_workspace.get(), m_dialogParent);
        m_importWizard->setAttribute(Qt::WA_DeleteOnClose);
    }
    // A wizard past its first page keeps its file: the analyst's mapping and checks belong to it.
    if (!path.isEmpty() && m_importWizard->currentId() <= ImportWizard::SourcePageId)
        m_importWizard->setFilePath(path);
    m_importWizard->open();
    m_importWizard->raise();
    m_importWizard->activateWindow();
    return m_importWizard;
}

QString WorkspaceController::startDirectory() const
{
    const QString remembered = QSettings().value(SettingsKeys::lastDirectory()).toString();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return remembered;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void WorkspaceController::rememberDirectory(const QString &path)
{
    QSettings().setValue(SettingsKeys::lastDirectory(), QFileInfo(path).absolutePath());
}

void WorkspaceController::newWorkspaceInteractively()
{
    QFileDialog dialog(m_dialogParent, tr("New workspace"), startDirectory(), fileFilter());
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QLatin1String(Workspace::fileSuffix));
    // Workspace::create never replaces a file, so asking "replace it?" would promise what it refuses.
    dialog.setOption(QFileDialog::DontConfirmOverwrite);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    rememberDirectory(path);
    createWorkspace(path);
}

void WorkspaceController::openWorkspaceInteractively()
{
    const QString path = QFileDialog::getOpenFileName(m_dialogParent, tr("Open workspace"), startDirectory(),
        fileFilter() + QStringLiteral(";;") + tr("All files (*)"));
    if (path.isEmpty())
        return;
    rememberDirectory(path);
    openWorkspace(path);
}

} // namespace Mandate
