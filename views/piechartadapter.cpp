#include "piechartadapter.h"

#include <QChart>
#include <QLegend>
#include <QPieSeries>
#include <QPieSlice>

namespace Mandate {

PieChartAdapter::PieChartAdapter(const QString &title, QObject *parent)
    : QObject(parent)
    , m_chart(new QChart)
    , m_series(new QPieSeries)
{
    m_series->setHoleSize(0.45);
    m_series->setPieSize(0.85);
    m_chart->setTitle(title);
    m_chart->addSeries(m_series);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setAnimationOptions(QChart::NoAnimation);
    // The legend names the slices: labels around a small donut collide.
    m_chart->legend()->setAlignment(Qt::AlignRight);
    connect(m_series, &QPieSeries::clicked, this, &PieChartAdapter::onClicked);
}

void PieChartAdapter::setBars(const QVector<DashboardBar> &bars)
{
    m_bars = bars;
    m_barOfSlice.clear();
    m_series->clear();
    for (int i = 0; i < bars.size(); ++i) {
        const DashboardBar &bar = bars.at(i);
        if (bar.count <= 0)
            continue;
        m_series->append(tr("%1: %L2").arg(bar.label).arg(bar.count), bar.count);
        m_barOfSlice << i;
    }
}

const DashboardBar *PieChartAdapter::barOf(const QPieSlice *slice) const
{
    const QList<QPieSlice *> slices = m_series->slices();
    for (int i = 0; i < slices.size() && i < m_barOfSlice.size(); ++i) {
        if (slices.at(i) == slice)
            return &m_bars.at(m_barOfSlice.at(i));
    }
    return nullptr;
}

void PieChartAdapter::onClicked(QPieSlice *slice)
{
    if (const DashboardBar *bar = barOf(slice))
        emit sliceClicked(*bar);
}

} // namespace Mandate
