#include "findingsdock.h"

#include "itemmodels/findingsmodel.h"
#include "storage/workspace.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Mandate {

FindingsDock::FindingsDock(QWidget *parent)
    : QDockWidget(tr("Findings"), parent)
    , m_model(new FindingsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("findingsDock"));
    setFeatures(
        QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea);

    QAction *toggle = toggleViewAction();
    toggle->setObjectName(QStringLiteral("toggleFindingsAction"));
    toggle->setText(tr("&Findings"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);

    auto *bar = new QHBoxLayout;
    m_scope = new QComboBox(content);
    m_scope->setObjectName(QStringLiteral("findingsScopeComboBox"));
    m_scope->addItem(tr("Whole workspace"));
    m_scope->addItem(tr("Selected systems"));
    m_scope->setToolTip(tr("Show the findings of every system or only of those selected in the inventory"));
    connect(m_scope, &QComboBox::currentIndexChanged, this, &FindingsDock::applyScope);
    bar->addWidget(m_scope);
    m_countLabel = new QLabel(content);
    m_countLabel->setObjectName(QStringLiteral("findingsCountLabel"));
    bar->addWidget(m_countLabel, 1);
    layout->addLayout(bar);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FindingsModel::SortRole);
    m_table = new QTableView(content);
    m_table->setObjectName(QStringLiteral("findingsTableView"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Fixed row heights and no fitting to contents: a large estate has many findings.
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setSortingEnabled(true);
    // The proxy sorts stably, so within a severity the model's order (system, then rule) stays.
    m_table->sortByColumn(FindingsModel::SeverityColumn, Qt::DescendingOrder);
    setInitialColumnWidths();
    connect(m_table, &QTableView::doubleClicked, this, &FindingsDock::activate);
    layout->addWidget(m_table, 1);

    setWidget(content);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FindingsDock::updateCount);
    updateCount();
}

void FindingsDock::setInitialColumnWidths()
{
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding = 2 * metrics.averageCharWidth() + 8;
    auto chars = [&metrics, padding](int count) { return count * metrics.averageCharWidth() + padding; };
    const int widths[] = { chars(10), chars(22), chars(26), chars(60) }; // frameworks stretches
    for (int column = 0; column < int(std::size(widths)); ++column)
        m_table->setColumnWidth(column, widths[column]);
}

void FindingsDock::setWorkspace(Workspace *workspace, FindingsCache *cache)
{
    m_workspace = workspace;
    m_cache = cache && cache->workspace() == workspace ? cache : nullptr;
    m_selected.clear();
    applyScope();
    applyWorkspace();
}

void FindingsDock::setSelectedSystems(const QVector<SystemId> &ids)
{
    m_selected = ids;
    if (scopeChoice() == SelectedSystems)
        applyScope();
}

void FindingsDock::setScopeChoice(ScopeChoice choice)
{
    m_scope->setCurrentIndex(choice);
}

FindingsDock::ScopeChoice FindingsDock::scopeChoice() const
{
    return m_scope->currentIndex() == SelectedSystems ? SelectedSystems : WholeWorkspace;
}

void FindingsDock::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    applyWorkspace();
}

void FindingsDock::hideEvent(QHideEvent *event)
{
    QDockWidget::hideEvent(event);
    applyWorkspace();
}

void FindingsDock::applyWorkspace()
{
    // Computing the findings of a whole estate costs time on every edit: only while they are shown.
    Workspace *shown = isVisible() ? m_workspace.data() : nullptr;
    if (shown && m_cache) {
        if (m_model->findingsCache() != m_cache)
            m_model->setFindingsCache(m_cache);
    } else if (m_model->workspace() != shown || (m_cache && m_model->findingsCache() == m_cache)) {
        m_model->setWorkspace(shown);
    }
    updateCount();
}

void FindingsDock::applyScope()
{
    if (scopeChoice() == SelectedSystems)
        m_model->setScope(m_selected);
    else
        m_model->setScope(std::nullopt);
    updateCount();
}

void FindingsDock::updateCount()
{
    if (!m_workspace)
        m_countLabel->setText(tr("No workspace is open."));
    else if (scopeChoice() == SelectedSystems && m_selected.isEmpty())
        m_countLabel->setText(tr("Select systems in the inventory to see their findings."));
    else
        m_countLabel->setText(tr("%Ln findings", nullptr, m_model->rowCount()));
}

void FindingsDock::activate(const QModelIndex &proxyIndex)
{
    const QModelIndex index = m_proxy->mapToSource(proxyIndex);
    if (!index.isValid())
        return;
    const SystemId id = index.data(FindingsModel::SystemIdRole).value<SystemId>();
    if (id != 0)
        emit systemActivated(id);
}

} // namespace Mandate
