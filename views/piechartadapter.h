#pragma once
// Draws a list of dashboard bars as a donut (for shares of the whole, like identity subjects) and
// turns a click on a slice back into the bar it drew, so the dock can filter the inventory by it.

#include "dashboard/dashboarddata.h"

#include <QObject>

class QChart;
class QPieSeries;
class QPieSlice;

namespace Mandate {

class PieChartAdapter : public QObject
{
    Q_OBJECT

public:
    explicit PieChartAdapter(const QString &title, QObject *parent = nullptr);

    // The chart to put in a QChartView, which then owns it.
    QChart *chart() const { return m_chart; }
    QPieSeries *series() const { return m_series; }

    // Bars with a count of 0 get no slice (an empty slice cannot be clicked or seen).
    void setBars(const QVector<DashboardBar> &bars);
    const QVector<DashboardBar> &bars() const { return m_bars; }
    // The bar a slice drew; null for a slice of another series.
    const DashboardBar *barOf(const QPieSlice *slice) const;

signals:
    void sliceClicked(const Mandate::DashboardBar &bar);

private:
    void onClicked(QPieSlice *slice);

    QVector<DashboardBar> m_bars;
    QVector<int> m_barOfSlice; // slice index -> index in m_bars
    QChart *m_chart;
    QPieSeries *m_series;
};

} // namespace Mandate
