#include "dashboarddock.h"

#include "barchartadapter.h"
#include "itemmodels/dashboardmodel.h"
#include "piechartadapter.h"
#include "storage/workspace.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>
#include <algorithm>

namespace Mandate {
namespace {

// Small enough that two columns fit a dock of about 900 by 600, large enough to read.
constexpr int chartMinimumWidth = 320;
constexpr int chartMinimumHeight = 240;

QChartView *chartView(QChart *chart, const char *name, QWidget *parent)
{
    auto *view = new QChartView(chart, parent);
    view->setObjectName(QString::fromLatin1(name));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(chartMinimumWidth, chartMinimumHeight);
    return view;
}

} // namespace

DashboardDock::DashboardDock(QWidget *parent)
    : QDockWidget(tr("Dashboard"), parent)
    , m_model(new DashboardModel(this))
{
    setObjectName(QStringLiteral("dashboardDock"));
    setFeatures(
        QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);

    QAction *toggle = toggleViewAction();
    toggle->setObjectName(QStringLiteral("toggleDashboardAction"));
    toggle->setText(tr("D&ashboard"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));

    using Orientation = BarChartAdapter::Orientation;
    using Values = BarChartAdapter::Values;
    m_paradigms = new BarChartAdapter(tr("Systems per paradigm"), Orientation::Vertical, Values::Counts, this);
    m_identity = new PieChartAdapter(tr("Identity subjects"), this);
    m_nhiRisk = new PieChartAdapter(tr("NHI risk"), this);
    m_severities = new BarChartAdapter(tr("Findings by severity"), Orientation::Vertical, Values::Counts, this);
    m_rules = new BarChartAdapter(tr("Findings by rule"), Orientation::Horizontal, Values::Counts, this);
    m_coverage = new BarChartAdapter(
        tr("Framework coverage (% of mapped items)"), Orientation::Horizontal, Values::Percentages, this);
    m_lifecycle = new BarChartAdapter(tr("Lifecycle stages"), Orientation::Vertical, Values::Counts, this);

    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(4, 4, 4, 4);
    grid->setSpacing(4);
    m_summary = new QLabel(content);
    m_summary->setObjectName(QStringLiteral("dashboardSummaryLabel"));
    grid->addWidget(m_summary, 0, 0, 1, 2);
    grid->addWidget(chartView(m_paradigms->chart(), "paradigmChartView", content), 1, 0);
    grid->addWidget(chartView(m_lifecycle->chart(), "lifecycleChartView", content), 1, 1);
    grid->addWidget(chartView(m_identity->chart(), "identityChartView", content), 2, 0);
    grid->addWidget(chartView(m_nhiRisk->chart(), "nhiRiskChartView", content), 2, 1);
    grid->addWidget(chartView(m_severities->chart(), "severityChartView", content), 3, 0);
    // A dozen rules need room for a dozen rows of labels.
    QChartView *rules = chartView(m_rules->chart(), "ruleChartView", content);
    rules->setMinimumHeight(chartMinimumHeight * 3 / 2);
    grid->addWidget(rules, 3, 1);
    grid->addWidget(chartView(m_coverage->chart(), "coverageChartView", content), 4, 0, 1, 2);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    setWidget(scroll);

    for (BarChartAdapter *adapter : { m_paradigms, m_severities, m_rules, m_coverage, m_lifecycle })
        connectBars(adapter);
    for (PieChartAdapter *adapter : { m_identity, m_nhiRisk })
        connect(adapter, &PieChartAdapter::sliceClicked, this, &DashboardDock::requestFilter);
    connect(m_model, &DashboardModel::changed, this, &DashboardDock::showData);
    showData();
}

void DashboardDock::connectBars(BarChartAdapter *adapter)
{
    connect(adapter, &BarChartAdapter::barClicked, this, &DashboardDock::requestFilter);
}

void DashboardDock::setWorkspace(Workspace *workspace, FindingsCache *cache)
{
    m_workspace = workspace;
    m_cache = cache && cache->workspace() == workspace ? cache : nullptr;
    applyWorkspace();
}

int DashboardDock::findingsShownForRule(const QString &rule) const
{
    return std::max(0, qRound(m_rules->valueShown(rule)));
}

void DashboardDock::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    applyWorkspace();
}

void DashboardDock::hideEvent(QHideEvent *event)
{
    QDockWidget::hideEvent(event);
    applyWorkspace();
}

void DashboardDock::applyWorkspace()
{
    // The findings and derived facts of a whole estate cost time on every edit: only while shown.
    Workspace *shown = isVisible() ? m_workspace.data() : nullptr;
    if (shown && m_cache) {
        if (m_model->findingsCache() != m_cache)
            m_model->setFindingsCache(m_cache);
    } else if (m_model->workspace() != shown || (m_cache && m_model->findingsCache() == m_cache)) {
        m_model->setWorkspace(shown);
    }
}

void DashboardDock::showData()
{
    const DashboardData &data = m_model->data();
    m_summary->setText(m_model->workspace()
            ? tr("%1, %2. Click a bar to show its systems in the inventory.")
                  .arg(tr("%Ln system(s)", "", data.systemCount), tr("%Ln finding(s)", "", data.findingCount))
            : tr("No workspace is open."));
    m_paradigms->setBars(data.paradigms);
    m_identity->setBars(data.identitySubjects);
    m_nhiRisk->setBars(data.nhiRisk);
    m_severities->setBars(data.severities);
    m_rules->setBars(data.rules);
    m_coverage->setBars(data.coverage);
    m_lifecycle->setBars(data.lifecycle);
}

void DashboardDock::requestFilter(const DashboardBar &bar)
{
    if (m_model->workspace())
        emit filterRequested(bar.filter, m_model->systemsMatching(bar.filter));
}

} // namespace Mandate
