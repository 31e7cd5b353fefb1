#include "mainwindow.h"

#include "auditlogdock.h"
#include "coveragedock.h"
#include "dashboarddock.h"
#include "editactions.h"
#include "evidenceimporter.h"
#include "exportdialog.h"
#include "findingsdock.h"
#include "governanceactions.h"
#include "inventoryview.h"
#include "itemmodels/systemfilterproxymodel.h"
#include "mappanel.h"
#include "mapview.h"
#include "messagebox.h"
#include "reviewcampaignsdialog.h"
#include "settings/settingskeys.h"
#include "statussummary.h"
#include "storage/workspace.h"
#include "storage/serverlocation.h"
#include "systemdetailspanel.h"
#include "workspacecontroller.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QScreen>
#include <QSplitter>
#include <QSettings>
#include <QStatusBar>

#include <algorithm>

namespace Mandate {
namespace {

// The one local file a drop carries; empty for several files, remote URLs or text.
QString droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().constFirst().isLocalFile())
        return {};
    return mime->urls().constFirst().toLocalFile();
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_controller(new WorkspaceController(this))
    , m_inventory(new InventoryView(this))
    , m_map(new MapPanel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_details(new SystemDetailsPanel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_map);
    m_splitter->addWidget(m_inventory);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    m_map->setFilter(m_inventory->proxyModel());
    setAcceptDrops(true);
    addDockWidget(Qt::RightDockWidgetArea, m_details);
    m_auditLog = new AuditLogDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_auditLog);
    m_auditLog->hide(); // until asked for; restoreLayout() brings back what the analyst left open
    m_findings = new FindingsDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_findings);
    tabifyDockWidget(m_auditLog, m_findings);
    m_findings->hide();
    m_coverage = new CoverageDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_coverage);
    tabifyDockWidget(m_findings, m_coverage);
    m_coverage->hide();
    m_dashboard = new DashboardDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_dashboard);
    tabifyDockWidget(m_findings, m_dashboard);
    m_dashboard->hide();
    // A bar of the dashboard narrows the inventory to its systems.
    connect(m_dashboard, &DashboardDock::filterRequested, m_inventory, &InventoryView::setDashboardFilter);
    m_editActions = new EditActions(this, m_inventory, m_details);
    m_governanceActions = new GovernanceActions(this, m_inventory);
    m_evidenceImporter = new EvidenceImporter(this);

    m_status = new StatusSummary(m_inventory->proxyModel(), this);
    statusBar()->addWidget(m_status, 1);

    createMenus();

    connect(m_controller, &WorkspaceController::workspaceChanged, this, &MainWindow::onWorkspaceChanged);
    connect(m_inventory, &InventoryView::currentSystemChanged, m_details, &SystemDetailsPanel::setSystem);
    connectMapAndInventory();
    connectFindings();

    onWorkspaceChanged(nullptr);
    restoreLayout();
}

MainWindow::~MainWindow()
{
    // Views hold pointers into the workspace; let them go before the controller destroys it.
    m_controller->closeWorkspace();
}

void MainWindow::connectMapAndInventory()
{
    // One selection, shown in two places: each side passes on only what its analyst did.
    connect(m_map->view(), &MapView::selectionEdited, m_inventory, &InventoryView::selectSystems);
    const auto showInventorySelection = [this] {
        m_map->view()->setSelection(m_inventory->selectedSystemIds(), m_inventory->currentSystemId());
    };
    connect(m_inventory, &InventoryView::selectionChanged, this, showInventorySelection);
    connect(m_inventory, &InventoryView::currentSystemChanged, this, showInventorySelection);
    connect(m_map->view(), &MapView::activated, this, [this] {
        m_details->show();
        m_details->raise();
    });
}

void MainWindow::connectFindings()
{
    connect(m_inventory, &InventoryView::selectionChanged, m_findings,
        [this] { m_findings->setSelectedSystems(m_inventory->selectedSystemIds()); });
    connect(m_inventory, &InventoryView::selectionChanged, m_coverage,
        [this] { m_coverage->setSelectedSystems(m_inventory->selectedSystemIds()); });
    connect(m_coverage, &CoverageDock::systemActivated, this, [this](SystemId id) {
        m_inventory->selectSystem(id);
        m_details->show();
        m_details->raise();
    });
    // Going to a finding's cause: its system selected, its details (privileges, credentials) shown.
    connect(m_findings, &FindingsDock::systemActivated, this, [this](SystemId id) {
        m_inventory->selectSystem(id);
        m_details->show();
        m_details->raise();
    });
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_controller->populateFileMenu(fileMenu);
    // Runtime evidence comes in beside the inventory it is matched against.
    const QList<QAction *> fileActions = fileMenu->actions();
    const auto inventoryImport = std::find_if(fileActions.cbegin(), fileActions.cend(),
        [](const QAction *action) { return action->objectName() == QLatin1String("importInventoryAction"); });
    QAction *before = inventoryImport == fileActions.cend() ? nullptr : fileActions.value(
                          int(inventoryImport - fileActions.cbegin()) + 1);
    fileMenu->insertAction(before, m_evidenceImporter->action());
    // Exports follow the imports: what comes in, what goes out.
    m_exportAction = new QAction(tr("E&xport…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    m_exportAction->setStatusTip(tr("Write a PDF report, CSV or JSON of all, the filtered or the selected systems"));
    m_exportAction->setEnabled(m_controller->workspace() != nullptr);
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::showExportDialog);
    fileMenu->insertAction(before, m_exportAction);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->setObjectName(QStringLiteral("editMenu"));
    m_editActions->populateEditMenu(editMenu);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    QAction *toggleDetails = m_details->toggleViewAction();
    toggleDetails->setObjectName(QStringLiteral("toggleDetailsAction"));
    toggleDetails->setText(tr("System &details"));
    toggleDetails->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    viewMenu->addAction(toggleDetails);
    viewMenu->addAction(m_auditLog->toggleViewAction());
    viewMenu->addAction(m_findings->toggleViewAction());
    viewMenu->addAction(m_coverage->toggleViewAction());
    viewMenu->addAction(m_dashboard->toggleViewAction());
    QAction *toggleMap = m_toggleMapAction = viewMenu->addAction(tr("Four-paradigm &map"));
    toggleMap->setObjectName(QStringLiteral("toggleMapAction"));
    toggleMap->setCheckable(true);
    toggleMap->setChecked(true);
    toggleMap->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    connect(toggleMap, &QAction::toggled, m_map, &QWidget::setVisible);

    QMenu *mapMenu = menuBar()->addMenu(tr("&Map"));
    mapMenu->setObjectName(QStringLiteral("mapMenu"));
    m_map->populateMapMenu(mapMenu);

    QMenu *toolsMenu = menuBar()->addMenu(tr("&Tools"));
    toolsMenu->setObjectName(QStringLiteral("toolsMenu"));
    toolsMenu->addAction(m_auditLog->verifyAction());
    toolsMenu->addAction(m_coverage->loadCatalogAction());
    m_governanceActions->populateToolsMenu(toolsMenu);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    QAction *about = helpMenu->addAction(tr("&About Mandate"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("aboutQtAction"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::onWorkspaceChanged(Workspace *workspace)
{
    // The details panel first: it commits a pending edit into the old workspace before letting go.
    m_details->setWorkspace(workspace);
    m_inventory->setWorkspace(workspace);
    m_map->setWorkspace(workspace);
    m_editActions->setWorkspace(workspace);
    m_governanceActions->setWorkspace(workspace);
    m_evidenceImporter->setWorkspace(workspace);
    m_status->setWorkspace(workspace);
    m_auditLog->setWorkspace(workspace);
    // One findings cache per workspace, shared by the docks that show findings, so an edit is
    // worked in once; a child of the workspace, it goes when the workspace does.
    FindingsCache *findingsCache
        = workspace ? workspace->findChild<FindingsCache *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (workspace && !findingsCache)
        findingsCache = new FindingsCache(workspace, workspace);
    m_findings->setWorkspace(workspace, findingsCache);
    m_coverage->setWorkspace(workspace);
    m_dashboard->setWorkspace(workspace, findingsCache);
    if (m_exportAction)
        m_exportAction->setEnabled(workspace != nullptr);
    // The workspace saves every change as it happens, so there is no unsaved state to mark.
    setWindowTitle(
        workspace ? tr("%1 — Mandate").arg(workspaceDisplayName(workspace->filePath())) : tr("Mandate"));
}

// Window-modal, so the inventory's filter and selection stay what the dialog counted.
void MainWindow::showExportDialog()
{
    Workspace *workspace = m_controller->workspace();
    if (!workspace)
        return;
    auto *dialog = new ExportDialog(workspace, m_inventory, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exported, this, [this](const QString &message) {
        statusBar()->showMessage(message, 8000);
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    const QString text = tr("<h3>Mandate %1</h3>"
                            "<p>A workbench for governing AI systems as identities: what each system can do "
                            "on its own, with whose credentials, and who answers for it.</p>"
                            "<p>License: GPL-3.0-or-later.</p>"
                            "<p>Built with Qt %2, running on Qt %3.</p>")
                             .arg(QStringLiteral(MANDATE_VERSION), QStringLiteral(QT_VERSION_STR),
                                 QString::fromLatin1(qVersion()));
    MessageBox::about(this, tr("About Mandate"), text);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(SettingsKeys::windowGeometry()).toByteArray())) {
        // First start: most of the screen, and a details dock wide enough for its form.
        const QSize available = screen() ? screen()->availableSize() : QSize(1400, 900);
        resize(std::min(1400, available.width() * 9 / 10), std::min(900, available.height() * 9 / 10));
        resizeDocks({ m_details }, { 390 }, Qt::Horizontal);
    }
    restoreState(settings.value(SettingsKeys::windowState()).toByteArray());
    // Once shown and laid out: before, the dock has no width to compare.
    QMetaObject::invokeMethod(this, &MainWindow::widenDetailsToContent, Qt::QueuedConnection);
    m_inventory->restoreHeaderState(settings.value(SettingsKeys::inventoryHeader()).toByteArray());
    if (!m_splitter->restoreState(settings.value(SettingsKeys::mainSplitterState()).toByteArray())) {
        // First start: the map a little larger than the table, and room for a dozen rows in it.
        const int height = std::max(400, this->height() - 120);
        m_splitter->setSizes({ height * 55 / 100, height * 45 / 100 });
    }
}

void MainWindow::widenDetailsToContent()
{
    // German and French captions make the form wider than a dock sized in English, or than the
    // first start's default; the editors' right edges would hide behind a sideways scroll bar.
    // The map keeps at least 55% of the window. A dock the analyst narrows stays so until the next
    // start or language switch.
    const int wanted = std::min(m_details->contentWidth(), width() * 45 / 100);
    if (m_details->isVisible() && !m_details->isFloating() && m_details->width() < wanted)
        resizeDocks({ m_details }, { wanted }, Qt::Horizontal);
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(SettingsKeys::windowGeometry(), saveGeometry());
    settings.setValue(SettingsKeys::windowState(), saveState());
    settings.setValue(SettingsKeys::inventoryHeader(), m_inventory->saveHeaderState());
    settings.setValue(SettingsKeys::mainSplitterState(), m_splitter->saveState());
}

std::unique_ptr<MainWindow> MainWindow::createSuccessor()
{
    saveLayout(); // the successor's constructor restores geometry, docks, splitter and columns from it
    auto successor = std::make_unique<MainWindow>();
    successor->takeOverViewState(*this);
    return successor;
}

void MainWindow::takeOverViewState(MainWindow &previous)
{
    // Read first: handing the workspace over makes the previous window's views let go of their selection.
    const InventoryView::ViewState inventory = previous.m_inventory->viewState();
    const bool mapShown = previous.m_toggleMapAction->isChecked();
    const ReviewCampaignsDialog *campaigns = previous.m_governanceActions->campaignsDialog();
    const bool campaignsShown = campaigns && campaigns->isVisible();
    const ReviewSessionDialog *session = previous.m_governanceActions->reviewSession();
    std::optional<ReviewSessionDialog::SessionState> sessionState;
    if (session && session->isVisible())
        sessionState = session->sessionState();
    const MapView *oldMap = previous.m_map->view();
    const bool mapFitted = oldMap->followsFit();
    const QTransform mapZoom = oldMap->transform();
    const QPointF mapCentre = oldMap->mapToScene(oldMap->viewport()->rect().center());

    if (std::unique_ptr<Workspace> workspace = previous.m_controller->releaseWorkspace())
        m_controller->adopt(std::move(workspace));

    m_toggleMapAction->setChecked(mapShown);
    m_inventory->restoreViewState(inventory);
    if (m_controller->workspace()) {
        if (campaignsShown)
            m_governanceActions->showReviewCampaigns();
        if (sessionState)
            m_governanceActions->resumeReviewSession(*sessionState);
    }
    // The map as it was zoomed, once this window is shown and laid out (its owner shows it next):
    // done now, it would apply to the size of a window not yet shown. A fitted map fits itself.
    if (mapFitted)
        return;
    MapView *map = m_map->view();
    QMetaObject::invokeMethod(
        map, [map, mapZoom, mapCentre] { map->showAt(mapZoom, mapCentre); }, Qt::QueuedConnection);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        emit languageChanged();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    m_controller->closeWorkspace(); // commits a pending edit in the details panel first
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // After the drop has returned: a dialog opened inside dropEvent keeps the drag source waiting.
    QMetaObject::invokeMethod(
        this, [this, path] { openDroppedFile(path); }, Qt::QueuedConnection);
}

void MainWindow::openDroppedFile(const QString &path)
{
    if (QFileInfo(path).suffix() == QLatin1String(Workspace::fileSuffix)) {
        m_controller->openWorkspace(path);
        return;
    }
    if (!m_controller->workspace()) {
        MessageBox::information(this, tr("No workspace is open"),
            tr("Open or create a workspace first, then drop %1 on the window again to import it.")
                .arg(QFileInfo(path).fileName()));
        return;
    }
    m_controller->importInventory(path);
}

} // namespace Mandate
