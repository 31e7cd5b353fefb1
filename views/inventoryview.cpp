#include "inventoryview.h"

#include "itemmodels/systemfilterproxymodel.h"
#include "itemmodels/systemtablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace Mandate {
namespace {

// Typing pauses this long before the filter runs: one invalidate per pause, not per keystroke.
constexpr int searchDelayMs = 150;

} // namespace

InventoryView::InventoryView(QWidget *parent)
    : QWidget(parent)
    , m_model(new SystemTableModel(this))
    , m_proxy(new SystemFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SystemTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(createFilterBar());
    m_table = new QTableView(this);
    layout->addWidget(m_table, 1);
    setupTable();
}

QWidget *InventoryView::createFilterBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(6, 6, 6, 0);

    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(tr("Search name, vendor, owner, description"));
    m_search->setClearButtonEnabled(true);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &InventoryView::applySearchText);
    connect(m_search, &QLineEdit::returnPressed, this, &InventoryView::applySearchText);
    layout->addWidget(m_search, 1);

    m_paradigmFilter = new QComboBox(bar);
    m_paradigmFilter->setObjectName(QStringLiteral("paradigmFilterComboBox"));
    m_paradigmFilter->setToolTip(tr("Show only systems recorded with this paradigm"));
    m_paradigmFilter->addItem(tr("All paradigms"));
    for (int i = 0; i < valueCount<Paradigm>(); ++i)
        m_paradigmFilter->addItem(label(static_cast<Paradigm>(i)), i);
    connect(m_paradigmFilter, &QComboBox::currentIndexChanged, this, &InventoryView::applyParadigmFilter);
    layout->addWidget(m_paradigmFilter);

    m_lifecycleFilter = new QComboBox(bar);
    m_lifecycleFilter->setObjectName(QStringLiteral("lifecycleFilterComboBox"));
    m_lifecycleFilter->setToolTip(tr("Show only systems in this lifecycle stage"));
    m_lifecycleFilter->addItem(tr("All stages"));
    for (int i = 0; i < valueCount<LifecycleStage>(); ++i)
        m_lifecycleFilter->addItem(label(static_cast<LifecycleStage>(i)), i);
    connect(m_lifecycleFilter, &QComboBox::currentIndexChanged, this, &InventoryView::applyLifecycleFilter);
    layout->addWidget(m_lifecycleFilter);

    m_dashboardNotice = new QWidget(bar);
    m_dashboardNotice->setObjectName(QStringLiteral("dashboardFilterNotice"));
    auto *noticeLayout = new QHBoxLayout(m_dashboardNotice);
    noticeLayout->setContentsMargins(0, 0, 0, 0);
    m_dashboardNoticeLabel = new QLabel(m_dashboardNotice);
    m_dashboardNoticeLabel->setObjectName(QStringLiteral("dashboardFilterLabel"));
    noticeLayout->addWidget(m_dashboardNoticeLabel);
    auto *clear = new QToolButton(m_dashboardNotice);
    clear->setObjectName(QStringLiteral("clearDashboardFilterButton"));
    clear->setText(tr("Clear"));
    clear->setToolTip(tr("Show all systems again, not only those of the dashboard bar"));
    connect(clear, &QToolButton::clicked, this, &InventoryView::clearDashboardFilter);
    noticeLayout->addWidget(clear);
    m_dashboardNotice->hide();
    layout->addWidget(m_dashboardNotice);

    return bar;
}

void InventoryView::setupTable()
{
    m_table->setObjectName(QStringLiteral("inventoryTableView"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SystemTableModel::NameColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    // Fixed row heights: never measure 100k rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    applySensibleColumnWidths();

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &InventoryView::syncCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &InventoryView::selectionChanged);
    // A filter or a removal can take the current row away without a currentRowChanged.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &InventoryView::syncCurrent);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &InventoryView::syncCurrent);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &InventoryView::syncCurrent);
}

void InventoryView::applySensibleColumnWidths()
{
    // Widths from the font, wide enough for the header (plus the sort arrow) or typical content.
    const QFontMetrics metrics = fontMetrics();
    const int charWidth = metrics.averageCharWidth();
    const int typicalChars[SystemTableModel::ColumnCount] = { 30, 14, 10, 10, 17, 7, 6, 10, 16, 16 };
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < SystemTableModel::ColumnCount; ++column) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        const int width
            = std::max(metrics.horizontalAdvance(title) + 36, typicalChars[column] * charWidth + 16);
        header->resizeSection(column, width);
    }
}

void InventoryView::setWorkspace(Workspace *workspace)
{
    clearDashboardFilter(); // its ids belong to the workspace that was open
    m_model->setWorkspace(workspace);
    // Start on the first system, so its details are in view from the first moment.
    if (m_proxy->rowCount() > 0) {
        m_table->selectionModel()->setCurrentIndex(m_proxy->index(0, SystemTableModel::NameColumn),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    syncCurrent();
}

void InventoryView::applySearchText()
{
    m_searchTimer->stop();
    if (m_proxy->searchText() != m_search->text())
        m_proxy->setSearchText(m_search->text());
}

void InventoryView::applyParadigmFilter()
{
    const QVariant data = m_paradigmFilter->currentData();
    m_proxy->setParadigmFilter(
        data.isValid() ? std::optional<Paradigm>(static_cast<Paradigm>(data.toInt())) : std::nullopt);
}

void InventoryView::applyLifecycleFilter()
{
    const QVariant data = m_lifecycleFilter->currentData();
    m_proxy->setLifecycleFilter(data.isValid()
            ? std::optional<LifecycleStage>(static_cast<LifecycleStage>(data.toInt()))
            : std::nullopt);
}

void InventoryView::syncCurrent()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const SystemId id = current.isValid() ? current.data(SystemTableModel::SystemIdRole).toLongLong() : 0;
    if (id == m_currentId)
        return;
    m_currentId = id;
    emit currentSystemChanged(id);
}

QVector<SystemId> InventoryView::selectedSystemIds() const
{
    QVector<SystemId> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    ids.reserve(rows.size());
    for (const QModelIndex &row : rows)
        ids << m_model->systemId(m_proxy->mapToSource(row).row());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void InventoryView::selectSystem(SystemId id)
{
    QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(id));
    if (!index.isValid() && m_model->indexOf(id).isValid()) {
        m_search->clear();
        m_paradigmFilter->setCurrentIndex(0);
        m_lifecycleFilter->setCurrentIndex(0);
        clearDashboardFilter();
        applySearchText();
        index = m_proxy->mapFromSource(m_model->indexOf(id));
    }
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void InventoryView::selectSystems(const QVector<SystemId> &ids, SystemId current)
{
    // Contiguous runs of proxy rows become one range each, so selecting 50k markers stays cheap.
    QVector<int> rows;
    rows.reserve(ids.size());
    for (const SystemId id : ids) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(id));
        if (index.isValid())
            rows << index.row();
    }
    std::sort(rows.begin(), rows.end());
    QItemSelection selection;
    const int lastColumn = m_proxy->columnCount() - 1;
    for (int i = 0; i < rows.size();) {
        int j = i;
        while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1)
            ++j;
        selection.select(m_proxy->index(rows[i], 0), m_proxy->index(rows[j], lastColumn));
        i = j + 1;
    }
    QItemSelectionModel *model = m_table->selectionModel();
    const QModelIndex currentIndex = m_proxy->mapFromSource(m_model->indexOf(current));
    if (currentIndex.isValid()) {
        model->setCurrentIndex(currentIndex, QItemSelectionModel::NoUpdate);
        m_table->scrollTo(currentIndex);
    }
    model->select(selection, QItemSelectionModel::ClearAndSelect);
    syncCurrent();
}

void InventoryView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void InventoryView::setDashboardFilter(const DashboardFilter &filter, const QSet<SystemId> &ids)
{
    const Workspace *workspace = m_model->workspace();
    if (!workspace)
        return;
    m_dashboardFilter = filter;
    m_dashboardNoticeLabel->setText(
        tr("Dashboard: %1 (%Ln system(s))", "", int(ids.size())).arg(describeFilter(*workspace, filter)));
    m_dashboardNotice->show();
    m_proxy->setSystemIdFilter(ids);
}

void InventoryView::clearDashboardFilter()
{
    m_dashboardNotice->hide();
    m_proxy->setSystemIdFilter(std::nullopt);
}

bool InventoryView::hasDashboardFilter() const
{
    return m_proxy->systemIdFilter().has_value();
}

InventoryView::ViewState InventoryView::viewState() const
{
    ViewState state;
    state.search = m_search->text();
    state.paradigmFilter = m_paradigmFilter->currentIndex();
    state.lifecycleFilter = m_lifecycleFilter->currentIndex();
    state.dashboardIds = m_proxy->systemIdFilter();
    if (state.dashboardIds)
        state.dashboardFilter = m_dashboardFilter;
    state.selected = selectedSystemIds();
    state.current = m_currentId;
    return state;
}

void InventoryView::restoreViewState(const ViewState &state)
{
    m_search->setText(state.search);
    applySearchText(); // at once, not after the typing delay
    m_paradigmFilter->setCurrentIndex(state.paradigmFilter);
    m_lifecycleFilter->setCurrentIndex(state.lifecycleFilter);
    if (state.dashboardIds)
        setDashboardFilter(state.dashboardFilter, *state.dashboardIds);
    selectSystems(state.selected, state.current);
}

QByteArray InventoryView::saveHeaderState() const
{
    return m_table->horizontalHeader()->saveState();
}

void InventoryView::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);
}

} // namespace Mandate
