#include "mappanel.h"

#include "map/mapmodel.h"
#include "mapdecorations.h"
#include "mapexport.h"
#include "mapview.h"
#include "messagebox.h"
#include "rules/agenticrequirements.h"
#include "settings/settingskeys.h"
#include "storage/serverlocation.h"
#include "storage/workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Mandate {
namespace {

const Paradigm kRegions[] = { Paradigm::Undecided, Paradigm::Causal, Paradigm::Predictive, Paradigm::Generative,
    Paradigm::Agentic };
constexpr int kNoticeSystems = 3; // named one by one; more are counted

} // namespace

MapPanel::MapPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new MapModel(this))
    , m_view(new MapView(m_model, this))
    , m_notice(new QLabel(this))
{
    setObjectName(QStringLiteral("mapPanel"));
    m_zoomIn = new QAction(tr("Zoom &in"), this);
    m_zoomIn->setObjectName(QStringLiteral("mapZoomInAction"));
    m_zoomIn->setShortcut(QKeySequence::ZoomIn);
    connect(m_zoomIn, &QAction::triggered, m_view, &MapView::zoomIn);
    m_zoomOut = new QAction(tr("Zoom &out"), this);
    m_zoomOut->setObjectName(QStringLiteral("mapZoomOutAction"));
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    connect(m_zoomOut, &QAction::triggered, m_view, &MapView::zoomOut);
    m_fit = new QAction(tr("&Fit whole map"), this);
    m_fit->setObjectName(QStringLiteral("mapFitAction"));
    m_fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_fit, &QAction::triggered, m_view, &MapView::fitAll);
    m_acceptSuggestion = new QAction(tr("&Accept suggested paradigm"), this);
    m_acceptSuggestion->setObjectName(QStringLiteral("acceptSuggestionAction"));
    m_acceptSuggestion->setToolTip(tr("Move the selected systems to the region the classifier suggests"));
    m_acceptSuggestion->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    connect(m_acceptSuggestion, &QAction::triggered, this, &MapPanel::acceptSuggestions);
    m_exportPng = new QAction(tr("Export map as &PNG…"), this);
    m_exportPng->setObjectName(QStringLiteral("exportMapPngAction"));
    connect(m_exportPng, &QAction::triggered, this, [this] { chooseExportFile(false); });
    m_exportPdf = new QAction(tr("Export map as P&DF…"), this);
    m_exportPdf->setObjectName(QStringLiteral("exportMapPdfAction"));
    connect(m_exportPdf, &QAction::triggered, this, [this] { chooseExportFile(true); });

    m_moveMenu = new QMenu(tr("&Move selection to"), this);
    m_moveMenu->setObjectName(QStringLiteral("moveToRegionMenu"));
    m_arrangeMenu = new QMenu(tr("A&rrange region"), this);
    m_arrangeMenu->setObjectName(QStringLiteral("arrangeRegionMenu"));
    for (const Paradigm region : kRegions) {
        const QString name = MapDecorations::regionTitle(region);
        m_moveMenu->addAction(name, this, [this, region] { moveSelectionTo(region); });
        m_arrangeMenu->addAction(name, this, [this, region] { arrangeRegion(region); });
    }

    m_notice->setObjectName(QStringLiteral("agenticNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::RichText);
    m_notice->setStyleSheet(QStringLiteral(
        "QLabel { background: #fdf1ec; border: 1px solid #e3a58f; border-radius: 4px; padding: 6px; color: #3b1d12; }"));
    m_notice->hide();
    connect(m_notice, &QLabel::linkActivated, m_notice, &QWidget::hide);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(createToolBar());
    layout->addWidget(m_notice);
    layout->addWidget(m_view, 1);

    connect(m_view, &MapView::crossedIntoAgentic, this, &MapPanel::showAgenticNotice);
    connect(m_view, &MapView::contextMenuRequested, this,
        [this](const QPoint &at, SystemId) { showContextMenu(at); });
    connect(m_view, &MapView::selectionChanged, this, &MapPanel::updateActions);

    QSettings settings;
    const int colouring = settings.value(SettingsKeys::mapColouring(), int(MarkerColouring::RuntimeAuthority)).toInt();
    setColouring(static_cast<MarkerColouring>(std::clamp(colouring, 0, 2)));
    updateActions();
}

QWidget *MapPanel::createToolBar()
{
    // A tool bar, not a row of buttons: where the words are long (German) or the window narrow, the
    // last tools move into its overflow menu instead of widening the map past the details panel.
    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("mapToolBar"));
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->setContentsMargins(6, 0, 6, 0);
    auto *colourLabel = new QLabel(tr("Colour by:"), bar);
    colourLabel->setContentsMargins(0, 0, 4, 0);
    m_colouringCombo = new QComboBox(bar);
    m_colouringCombo->setObjectName(QStringLiteral("mapColouringComboBox"));
    colourLabel->setBuddy(m_colouringCombo);
    for (const MarkerColouring c :
        { MarkerColouring::RuntimeAuthority, MarkerColouring::LifecycleStage, MarkerColouring::FindingSeverity })
        m_colouringCombo->addItem(MarkerStyle::colouringLabel(c), int(c));
    connect(m_colouringCombo, &QComboBox::activated, this,
        [this] { setColouring(static_cast<MarkerColouring>(m_colouringCombo->currentData().toInt())); });
    bar->addWidget(colourLabel);
    bar->addWidget(m_colouringCombo);
    bar->addSeparator();
    bar->addAction(m_zoomOut);
    bar->addAction(m_zoomIn);
    bar->addAction(m_fit);
    bar->addSeparator();
    bar->addAction(m_acceptSuggestion);
    auto *arrange = new QToolButton(bar);
    arrange->setText(tr("Arrange"));
    arrange->setMenu(m_arrangeMenu);
    arrange->setPopupMode(QToolButton::InstantPopup);
    arrange->setAutoRaise(true);
    bar->addWidget(arrange);
    auto *stretch = new QWidget(bar);
    stretch->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(stretch);
    auto *exporting = new QToolButton(bar);
    exporting->setText(tr("Export"));
    auto *exportMenu = new QMenu(exporting);
    exportMenu->addAction(m_exportPng);
    exportMenu->addAction(m_exportPdf);
    exporting->setMenu(exportMenu);
    exporting->setPopupMode(QToolButton::InstantPopup);
    exporting->setAutoRaise(true);
    bar->addWidget(exporting);
    return bar;
}

void MapPanel::populateMapMenu(QMenu *menu)
{
    menu->addAction(m_zoomIn);
    menu->addAction(m_zoomOut);
    menu->addAction(m_fit);
    menu->addSeparator();
    menu->addAction(m_acceptSuggestion);
    menu->addMenu(m_moveMenu);
    menu->addMenu(m_arrangeMenu);
    menu->addSeparator();
    menu->addAction(m_exportPng);
    menu->addAction(m_exportPdf);
}

void MapPanel::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_notice->hide();
    // The selection is left alone: it is the inventory's, which may already have chosen among the
    // new workspace's systems. Systems the new workspace lacks leave it as the model resets.
    m_model->setWorkspace(workspace);
    m_view->fitAll();
    updateActions();
}

void MapPanel::setFilter(SystemFilterProxyModel *filter)
{
    m_model->setFilter(filter);
}

void MapPanel::setColouring(MarkerColouring colouring)
{
    m_view->setColouring(colouring);
    m_colouringCombo->setCurrentIndex(m_colouringCombo->findData(int(colouring)));
    QSettings().setValue(SettingsKeys::mapColouring(), int(colouring));
}

void MapPanel::updateActions()
{
    const bool open = m_workspace != nullptr;
    const bool selected = open && !m_view->selectedIds().isEmpty();
    m_acceptSuggestion->setEnabled(selected);
    m_moveMenu->setEnabled(selected);
    m_arrangeMenu->setEnabled(open);
    m_exportPng->setEnabled(open);
    m_exportPdf->setEnabled(open);
}

void MapPanel::acceptSuggestions()
{
    const QVector<SystemId> ids = m_view->selectedIds();
    const QVector<MapPlacement> placements = m_model->suggestionsAccepted(ids);
    if (placements.isEmpty()) {
        MessageBox::information(this, tr("Accept suggested paradigm"),
            tr("The classifier suggests no other paradigm for the selected systems: either it agrees with "
               "how they are recorded, or it cannot decide until more behaviour is known."));
        return;
    }
    m_view->place(placements);
}

void MapPanel::moveSelectionTo(Paradigm paradigm)
{
    QVector<MapPlacement> placements;
    for (const SystemId id : m_view->selectedIds())
        placements << MapPlacement { id, paradigm, std::nullopt };
    m_view->place(placements);
}

void MapPanel::arrangeRegion(Paradigm paradigm)
{
    if (!m_workspace)
        return;
    const QVector<MapPlacement> placements = m_model->arranged(paradigm);
    if (placements.isEmpty())
        return;
    m_workspace->placeSystems(placements,
        tr("Arrange %1 (%Ln system(s))", nullptr, int(placements.size())).arg(MapDecorations::regionTitle(paradigm)));
}

void MapPanel::showContextMenu(const QPoint &globalPosition)
{
    updateActions();
    QMenu menu(this);
    menu.addAction(m_acceptSuggestion);
    menu.addMenu(m_moveMenu);
    menu.addSeparator();
    menu.addMenu(m_arrangeMenu);
    menu.addAction(m_fit);
    menu.exec(globalPosition);
}

void MapPanel::showAgenticNotice(const QVector<SystemId> &ids)
{
    if (!m_workspace || ids.isEmpty())
        return;
    QStringList names;
    for (int i = 0; i < std::min<int>(kNoticeSystems, int(ids.size())); ++i) {
        if (const AiSystem *system = m_workspace->system(ids[i]))
            names << system->name.toHtmlEscaped();
    }
    QString who = names.join(QStringLiteral(", "));
    if (ids.size() > kNoticeSystems)
        who = tr("%1 and %Ln more", nullptr, int(ids.size()) - kNoticeSystems).arg(who);
    QString text = tr("<b>Crossed the runtime execution boundary:</b> %1 now %Ln act(s) at runtime, as an identity "
                      "with delegated authority. Governance that now applies:", nullptr, int(ids.size()))
                       .arg(who);
    // What the record already meets, shown for a single system; for many, the requirements alone.
    const AiSystem *single = ids.size() == 1 ? m_workspace->system(ids.first()) : nullptr;
    QStringList items;
    if (single) {
        for (const GovernanceRequirement &r : agenticRequirements(*single)) {
            items << QStringLiteral("<li>%1 %2: %3</li>")
                         .arg(r.met ? QStringLiteral("✔") : QStringLiteral("✘"), r.requirement.toHtmlEscaped(),
                             r.status.toHtmlEscaped());
        }
    } else {
        AiSystem blank;
        for (const GovernanceRequirement &r : agenticRequirements(blank))
            items << QStringLiteral("<li>%1</li>").arg(r.requirement.toHtmlEscaped());
    }
    text += QStringLiteral("<ul style=\"margin: 2px 0\">%1</ul>").arg(items.join(QString()));
    text += QStringLiteral("<a href=\"close\">%1</a>").arg(tr("Dismiss"));
    m_notice->setText(text);
    m_notice->show();
}

QString MapPanel::exportHeading() const
{
    const QString name = m_workspace ? workspaceDisplayName(m_workspace->filePath()) : QString();
    return tr("Four-paradigm map of %1, %2: %Ln system(s) shown. Colour: %3", nullptr, m_model->visibleCount())
        .arg(name, QLocale().toString(QDate::currentDate(), QLocale::ShortFormat),
            MarkerStyle::colouringLabel(m_view->colouring()));
}

bool MapPanel::exportPng(const QString &path)
{
    return exportMap(path, &MapExport::savePng);
}

bool MapPanel::exportPdf(const QString &path)
{
    return exportMap(path, &MapExport::savePdf);
}

bool MapPanel::exportMap(const QString &path, ExportFunction save)
{
    QString error;
    if (save(path, m_view, exportHeading(), &error))
        return true;
    MessageBox::critical(this, tr("Export map"), error);
    return false;
}

void MapPanel::chooseExportFile(bool pdf)
{
    QSettings settings;
    const QString directory = settings.value(SettingsKeys::lastExportDirectory(), QDir::homePath()).toString();
    const QString base = m_workspace ? workspaceFileBaseName(m_workspace->filePath()) : QStringLiteral("map");
    const QString suggested = QDir(directory).filePath(base + (pdf ? QStringLiteral("-map.pdf") : QStringLiteral("-map.png")));
    QString path = QFileDialog::getSaveFileName(this, pdf ? tr("Export map as PDF") : tr("Export map as PNG"), suggested,
        pdf ? tr("PDF documents (*.pdf)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    const QString suffix = pdf ? QStringLiteral("pdf") : QStringLiteral("png");
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += QLatin1Char('.') + suffix;
    settings.setValue(SettingsKeys::lastExportDirectory(), QFileInfo(path).absolutePath());
    if (pdf)
        exportPdf(path);
    else
        exportPng(path);
}

} // namespace Mandate
