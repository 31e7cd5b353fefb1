#include "barchartadapter.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace Mandate {

BarChartAdapter::BarChartAdapter(const QString &title, Orientation orientation, Values values, QObject *parent)
    : QObject(parent)
    , m_orientation(orientation)
    , m_values(values)
    , m_chart(new QChart)
    , m_set(new QBarSet(title))
    , m_categories(new QBarCategoryAxis)
    , m_axis(new QValueAxis)
{
    if (orientation == Orientation::Horizontal)
        m_series = new QHorizontalBarSeries;
    else
        m_series = new QBarSeries;
    m_series->append(m_set);
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_series->setLabelsFormat(values == Values::Percentages ? tr("@value %") : QStringLiteral("@value"));
    m_series->setLabelsPrecision(values == Values::Percentages ? 3 : 9);
    m_set->setLabelColor(m_chart->titleBrush().color());

    m_chart->setTitle(title);
    m_chart->addSeries(m_series);
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setAnimationOptions(QChart::NoAnimation);
    // Bar values and axis ticks are counts a person reads: in the UI language's format (12.345).
    m_chart->setLocale(QLocale());
    m_chart->setLocalizeNumbers(true);
    const bool horizontal = orientation == Orientation::Horizontal;
    m_chart->addAxis(m_categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    m_chart->addAxis(m_axis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_axis);
    m_axis->setLabelFormat(QStringLiteral("%d"));

    // Rule ids and stage names are short: show them whole rather than elided to "...".
    m_categories->setTruncateLabels(false);

    connect(m_set, &QBarSet::clicked, this, &BarChartAdapter::onClicked);
}

void BarChartAdapter::setBars(const QVector<DashboardBar> &bars)
{
    m_bars = bars;
    QStringList categories;
    QList<qreal> values;
    qreal highest = 0;
    for (int i = 0; i < bars.size(); ++i) {
        const DashboardBar &bar = bars.at(barIndex(i));
        QString category = bar.label;
        if (m_values == Values::Percentages && bar.total == 0)
            category = tr("%1 (nothing mapped)").arg(bar.label);
        categories << category;
        const qreal value = m_values == Values::Percentages ? qreal(qRound(bar.percent())) : qreal(bar.count);
        values << value;
        highest = std::max(highest, value);
    }
    m_set->remove(0, m_set->count());
    m_set->append(values);
    m_categories->setCategories(categories);
    if (m_values == Values::Percentages) {
        m_axis->setRange(0, 100);
        m_axis->setTickCount(6);
        m_axis->setLabelFormat(QStringLiteral("%d"));
    } else {
        // Four intervals of a round step (1, 2 or 5 times a power of ten), with head room for the
        // labels outside the bars, so that every tick is a number a person would write.
        const double rough = std::max(1.0, highest * 1.15 / 4);
        const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
        double step = 10 * magnitude;
        for (const double multiple : { 1.0, 2.0, 5.0 }) {
            if (multiple * magnitude >= rough) {
                step = multiple * magnitude;
                break;
            }
        }
        m_axis->setRange(0, 4 * step);
        m_axis->setTickCount(5);
    }
}

double BarChartAdapter::valueShown(const QString &filterValue) const
{
    for (int i = 0; i < m_set->count(); ++i) {
        if (m_bars.at(barIndex(i)).filter.value == filterValue)
            return m_set->at(i);
    }
    return -1;
}

int BarChartAdapter::barIndex(int setIndex) const
{
    return m_orientation == Orientation::Horizontal ? int(m_bars.size()) - 1 - setIndex : setIndex;
}

void BarChartAdapter::onClicked(int setIndex)
{
    const int index = barIndex(setIndex);
    if (index >= 0 && index < m_bars.size())
        emit barClicked(m_bars.at(index));
}

} // namespace Mandate
