#include "coveragedock.h"

#include "itemmodels/coveragemodel.h"
#include "messagebox.h"
#include "rules/frameworkcatalog.h"
#include "storage/workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace Mandate {
namespace {

// Each cell coloured by its status. The status is also the cell's text, so nobody has to tell
// red from green; the fixed dark text stays readable on these light fills under any theme.
class StatusColours : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::BackgroundRole && role != Qt::ForegroundRole)
            return QIdentityProxyModel::data(index, role);
        const QVariant status = QIdentityProxyModel::data(index, CoverageModel::StatusRole);
        if (!status.isValid())
            return {};
        if (role == Qt::ForegroundRole)
            return QColor(0x20, 0x21, 0x24);
        switch (MappingStatus(status.toInt())) {
        case MappingStatus::Gap: return QColor(0xf4, 0xc7, 0xc3);
        case MappingStatus::Partial: return QColor(0xfd, 0xe2, 0x93);
        case MappingStatus::Mitigated: return QColor(0xb7, 0xe1, 0xcd);
        case MappingStatus::NotApplicable: return QColor(0xdd, 0xdd, 0xdd);
        }
        return {};
    }
};

} // namespace

CoverageDock::CoverageDock(QWidget *parent)
    : QDockWidget(tr("Coverage"), parent)
    , m_model(new CoverageModel(this))
    , m_colours(new StatusColours(this))
{
    setObjectName(QStringLiteral("coverageDock"));
    setFeatures(
        QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea);

    QAction *toggle = toggleViewAction();
    toggle->setObjectName(QStringLiteral("toggleCoverageAction"));
    toggle->setText(tr("&Coverage matrix"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));

    m_loadAction = new QAction(tr("Load framework &catalog…"), this);
    m_loadAction->setObjectName(QStringLiteral("loadCatalogAction"));
    m_loadAction->setToolTip(tr("Add a framework catalog file (a newer list, an in-house standard) to this workspace"));
    m_loadAction->setEnabled(false);
    connect(m_loadAction, &QAction::triggered, this, &CoverageDock::chooseCatalogFile);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);

    auto *bar = new QHBoxLayout;
    m_catalog = new QComboBox(content);
    m_catalog->setObjectName(QStringLiteral("coverageCatalogComboBox"));
    m_catalog->setToolTip(tr("The framework catalog whose items are the columns"));
    m_catalog->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_catalog, &QComboBox::currentIndexChanged, this, &CoverageDock::applyCatalog);
    bar->addWidget(m_catalog);
    m_filter = new QLineEdit(content);
    m_filter->setObjectName(QStringLiteral("coverageFilterEdit"));
    m_filter->setPlaceholderText(tr("Filter systems by name"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(m_filter->fontMetrics().horizontalAdvance(m_filter->placeholderText()) + 40);
    connect(m_filter, &QLineEdit::textChanged, this, &CoverageDock::applyFilter);
    bar->addWidget(m_filter);
    m_selectedOnly = new QCheckBox(tr("Selected systems only"), content);
    m_selectedOnly->setObjectName(QStringLiteral("coverageSelectedOnlyCheckBox"));
    connect(m_selectedOnly, &QCheckBox::toggled, this, &CoverageDock::applyFilter);
    bar->addWidget(m_selectedOnly);
    m_coverageLabel = new QLabel(content);
    m_coverageLabel->setObjectName(QStringLiteral("coverageLabel"));
    bar->addStretch(1);
    layout->addLayout(bar);
    // On its own line, so that a narrow dock never cuts the figure off.
    layout->addWidget(m_coverageLabel);

    m_colours->setSourceModel(m_model);
    m_table = new QTableView(content);
    m_table->setObjectName(QStringLiteral("coverageTableView"));
    m_table->setModel(m_colours);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setHighlightSections(false);
    // Wide enough for the longest status as the interface language spells it, so no cell is cut off.
    int widestStatus = 0;
    for (int status = 0; status < valueCount<MappingStatus>(); ++status) {
        widestStatus = qMax(widestStatus,
            m_table->fontMetrics().horizontalAdvance(label(static_cast<MappingStatus>(status))));
    }
    m_table->horizontalHeader()->setDefaultSectionSize(widestStatus + 16);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit systemActivated(index.data(CoverageModel::SystemIdRole).toLongLong());
    });
    layout->addWidget(m_table, 1);

    setWidget(content);
    connect(m_model, &CoverageModel::coverageChanged, this, &CoverageDock::updateCoverage);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CoverageDock::updateCoverage);
    updateCoverage();
}

void CoverageDock::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_selected.clear();
    m_loadAction->setEnabled(workspace != nullptr);
    if (workspace) {
        connect(workspace, &Workspace::catalogsChanged, this, &CoverageDock::fillCatalogs);
        // The name filter and the selection decide the rows: systems that come, go or are renamed
        // may change which match.
        connect(workspace, &Workspace::systemsAdded, this, &CoverageDock::applyFilter);
        connect(workspace, &Workspace::systemsRemoved, this, &CoverageDock::applyFilter);
        connect(workspace, &Workspace::systemsChanged, this, [this](const QVector<SystemId> &, const SystemFields &fields) {
            if (fields.contains(SystemField::Name) && !m_filter->text().trimmed().isEmpty())
                applyFilter();
        });
    }
    m_model->setWorkspace(workspace);
    fillCatalogs();
    applyFilter();
}

void CoverageDock::setSelectedSystems(const QVector<SystemId> &ids)
{
    m_selected = ids;
    if (m_selectedOnly->isChecked())
        applyFilter();
}

void CoverageDock::fillCatalogs()
{
    const QString current = m_catalog->currentData().toString();
    const QVector<FrameworkCatalog> catalogs = m_workspace ? m_workspace->catalogs() : FrameworkCatalog::builtIn();
    {
        const QSignalBlocker blocker(m_catalog);
        m_catalog->clear();
        for (const FrameworkCatalog &catalog : catalogs) {
            const QString text = catalog.version().isEmpty() ? catalog.name()
                                                             : tr("%1 (%2)").arg(catalog.name(), catalog.version());
            m_catalog->addItem(text, catalog.id());
        }
        const int index = m_catalog->findData(current);
        m_catalog->setCurrentIndex(index >= 0 ? index : 0);
    }
    applyCatalog();
}

void CoverageDock::applyCatalog()
{
    const QString id = m_catalog->currentData().toString();
    const QVector<FrameworkCatalog> catalogs = m_workspace ? m_workspace->catalogs() : FrameworkCatalog::builtIn();
    for (const FrameworkCatalog &catalog : catalogs) {
        if (catalog.id() == id) {
            m_model->setCatalog(catalog);
            return;
        }
    }
    m_model->setCatalog(FrameworkCatalog());
}

void CoverageDock::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    const bool selectedOnly = m_selectedOnly->isChecked();
    if (!m_workspace || (text.isEmpty() && !selectedOnly)) {
        m_model->setSystemFilter(std::nullopt);
        return;
    }
    QSet<SystemId> shown;
    for (const SystemId id : m_workspace->systemIds()) {
        if (selectedOnly && !m_selected.contains(id))
            continue;
        if (!text.isEmpty() && !m_workspace->system(id)->name.contains(text, Qt::CaseInsensitive))
            continue;
        shown.insert(id);
    }
    m_model->setSystemFilter(shown);
}

void CoverageDock::updateCoverage()
{
    const CoverageModel::Coverage coverage = m_model->coverage();
    const std::optional<double> percent = coverage.percent();
    if (!percent) {
        m_coverageLabel->setText(tr("No mappings yet"));
        return;
    }
    m_coverageLabel->setText(tr("Coverage: %1 % (%L2 of %L3 mapped pairs covered)")
                                 .arg(QLocale().toString(qRound(*percent)))
                                 .arg(coverage.covered)
                                 .arg(coverage.mapped));
}

bool CoverageDock::loadCatalogFile(const QString &path)
{
    if (!m_workspace)
        return false;
    QString error;
    const std::optional<FrameworkCatalog> catalog = FrameworkCatalog::fromFile(path, &error);
    if (catalog && !m_workspace->addCatalog(*catalog))
        error = m_workspace->lastError();
    if (!catalog || !error.isEmpty()) {
        // fromFile's messages name the file already; the workspace's do not.
        const QString fileName = QFileInfo(path).fileName();
        const QString text = catalog ? tr("%1 was not loaded: %2").arg(fileName, error) : error;
        MessageBox::warning(this, tr("Load framework catalog"), text);
        return false;
    }
    const int index = m_catalog->findData(catalog->id());
    if (index >= 0)
        m_catalog->setCurrentIndex(index);
    return true;
}

void CoverageDock::chooseCatalogFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Load framework catalog"), QString(), tr("Framework catalogs (*.json)"));
    if (!path.isEmpty())
        loadCatalogFile(path);
}

} // namespace Mandate
