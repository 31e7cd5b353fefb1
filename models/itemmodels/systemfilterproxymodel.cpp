#include "systemfilterproxymodel.h"

#include "itemmodels/systemtablemodel.h"

#include <QRegularExpression>

namespace Mandate {

SystemFilterProxyModel::SystemFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SystemTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    // An edited row leaves or joins the filtered set at once; dataChanged is per row, so this costs
    // one row's check per edit. Filter changes invalidate once (below), never row by row.
    setDynamicSortFilter(true);
}

void SystemFilterProxyModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_terms = text.toLower().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    invalidateFilter();
}

void SystemFilterProxyModel::setParadigmFilter(std::optional<Paradigm> paradigm)
{
    if (paradigm == m_paradigm)
        return;
    m_paradigm = paradigm;
    invalidateFilter();
}

void SystemFilterProxyModel::setLifecycleFilter(std::optional<LifecycleStage> stage)
{
    if (stage == m_lifecycle)
        return;
    m_lifecycle = stage;
    invalidateFilter();
}

void SystemFilterProxyModel::setSystemIdFilter(const std::optional<QSet<SystemId>> &ids)
{
    if (ids == m_systemIds)
        return;
    m_systemIds = ids;
    invalidateFilter();
}

bool SystemFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_paradigm && index.data(SystemTableModel::ParadigmRole).toInt() != int(*m_paradigm))
        return false;
    if (m_lifecycle && index.data(SystemTableModel::LifecycleRole).toInt() != int(*m_lifecycle))
        return false;
    if (m_systemIds && !m_systemIds->contains(index.data(SystemTableModel::SystemIdRole).toLongLong()))
        return false;
    if (m_terms.isEmpty())
        return true;
    const QString haystack = index.data(SystemTableModel::SearchTextRole).toString();
    for (const QString &term : m_terms) {
        if (!haystack.contains(term))
            return false;
    }
    return true;
}

} // namespace Mandate
