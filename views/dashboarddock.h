#pragma once
// The dashboard dock (issue 5, item 7): the estate at a glance in Qt Charts, following edits live
// through DashboardModel. Clicking a bar or slice asks the window to narrow the inventory to the
// systems it stands for. It owns its menu toggle, so MainWindow only places it, and computes only
// while shown: a hidden dashboard costs nothing on an edit.

#include "dashboard/dashboarddata.h"
#include "rules/findingscache.h"

#include <QDockWidget>
#include <QPointer>
#include <QSet>

class QLabel;

namespace Mandate {

class BarChartAdapter;
class DashboardModel;
class PieChartAdapter;
class Workspace;

class DashboardDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit DashboardDock(QWidget *parent = nullptr);

    // nullptr: empty. cache: the window's findings of this workspace, shared with the other
    // docks that show findings; nullptr: the dock computes its own.
    void setWorkspace(Workspace *workspace, FindingsCache *cache = nullptr);

    DashboardModel *model() const { return m_model; }
    BarChartAdapter *paradigmChart() const { return m_paradigms; }
    PieChartAdapter *identityChart() const { return m_identity; }
    PieChartAdapter *nhiRiskChart() const { return m_nhiRisk; }
    BarChartAdapter *severityChart() const { return m_severities; }
    BarChartAdapter *ruleChart() const { return m_rules; }
    BarChartAdapter *coverageChart() const { return m_coverage; }
    BarChartAdapter *lifecycleChart() const { return m_lifecycle; }

    // The number of findings the by-rule chart draws for rule; 0 when it has no bar.
    int findingsShownForRule(const QString &rule) const;

signals:
    // The analyst clicked a bar: show only these systems, the ones filter stands for.
    void filterRequested(const Mandate::DashboardFilter &filter, const QSet<Mandate::SystemId> &systems);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void applyWorkspace();
    void showData();
    void requestFilter(const DashboardBar &bar);
    void connectBars(BarChartAdapter *adapter);

    QPointer<Workspace> m_workspace;
    QPointer<FindingsCache> m_cache;
    DashboardModel *m_model;
    QLabel *m_summary;
    BarChartAdapter *m_paradigms;
    PieChartAdapter *m_identity;
    PieChartAdapter *m_nhiRisk;
    BarChartAdapter *m_severities;
    BarChartAdapter *m_rules;
    BarChartAdapter *m_coverage;
    BarChartAdapter *m_lifecycle;
};

} // namespace Mandate
