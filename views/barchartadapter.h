#pragma once
// Draws a list of dashboard bars as one bar chart (vertical or horizontal, counts or coverage
// percentages) and turns a click on a bar back into the bar it drew, so the dock can filter the
// inventory by it. One adapter per chart type keeps Qt Charts' plumbing out of the dock.

#include "dashboard/dashboarddata.h"

#include <QObject>

class QAbstractBarSeries;
class QBarCategoryAxis;
class QBarSet;
class QChart;
class QValueAxis;

namespace Mandate {

class BarChartAdapter : public QObject
{
    Q_OBJECT

public:
    enum class Orientation { Vertical, Horizontal };
    enum class Values { Counts, Percentages }; // Percentages: DashboardBar::percent()

    BarChartAdapter(const QString &title, Orientation orientation, Values values, QObject *parent = nullptr);

    // The chart to put in a QChartView, which then owns it.
    QChart *chart() const { return m_chart; }
    QBarSet *barSet() const { return m_set; }

    void setBars(const QVector<DashboardBar> &bars);
    const QVector<DashboardBar> &bars() const { return m_bars; }
    // The value drawn for the bar whose filter value is value (a rule, a paradigm id); -1 if none.
    double valueShown(const QString &filterValue) const;

signals:
    void barClicked(const Mandate::DashboardBar &bar);

private:
    int barIndex(int setIndex) const; // the set runs bottom-up in a horizontal chart
    void onClicked(int setIndex);

    Orientation m_orientation;
    Values m_values;
    QVector<DashboardBar> m_bars;
    QChart *m_chart;
    QAbstractBarSeries *m_series;
    QBarSet *m_set;
    QBarCategoryAxis *m_categories;
    QValueAxis *m_axis;
};

} // namespace Mandate
