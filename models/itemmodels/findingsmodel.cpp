#include "findingsmodel.h"

#include "rules/findingscache.h"
#include "storage/workspace.h"

#include <algorithm>

namespace Mandate {

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

FindingsModel::~FindingsModel() = default;

Workspace *FindingsModel::workspace() const
{
    return m_cache ? m_cache->workspace() : nullptr;
}

void FindingsModel::setWorkspace(Workspace *workspace)
{
    if (m_ownCache && m_ownCache->workspace() == workspace && m_cache == m_ownCache.get())
        return refresh();
    std::unique_ptr<FindingsCache> own = workspace ? std::make_unique<FindingsCache>(workspace) : nullptr;
    setFindingsCache(own.get());
    m_ownCache = std::move(own); // setFindingsCache() let go of the previous one
}

void FindingsModel::setFindingsCache(FindingsCache *cache)
{
    if (m_cache)
        disconnect(m_cache, nullptr, this, nullptr);
    m_cache = cache;
    if (cache)
        connect(cache, &FindingsCache::changed, this, &FindingsModel::cacheChanged);
    if (cache != m_ownCache.get())
        m_ownCache.reset();
    refresh();
}

void FindingsModel::setScope(const std::optional<QVector<SystemId>> &systems)
{
    if (systems == m_scope)
        return;
    m_scope = systems;
    refresh();
}

void FindingsModel::cacheChanged(const QVector<SystemId> &systems)
{
    if (m_refreshing)
        return; // refresh() is reading the cache and takes the change in
    // A scope none of whose systems changed shows the same findings.
    if (m_scope && !systems.isEmpty()
        && std::none_of(systems.cbegin(), systems.cend(),
            [this](SystemId id) { return m_scope->contains(id); }))
        return;
    refresh();
}

void FindingsModel::refresh()
{
    // While an import holds the workspace nothing can be read: keep what is shown until it is done.
    if (m_cache && m_cache->workspace() && m_cache->workspace()->isImporting())
        return;
    m_refreshing = true;
    QVector<SystemFinding> findings = m_cache ? m_cache->findings(m_scope) : QVector<SystemFinding>();
    m_refreshing = false;
    beginResetModel();
    m_findings = std::move(findings);
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::displayData(const SystemFinding &row, int column) const
{
    switch (column) {
    case SeverityColumn:
        return label(row.finding.severity);
    case RuleColumn:
        return row.finding.rule;
    case SystemColumn:
        return row.systemName;
    case ReasonColumn:
        return row.finding.reason;
    case FrameworksColumn:
        return row.finding.frameworks.join(QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SystemFinding &row = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == ReasonColumn || index.column() == FrameworksColumn
            ? displayData(row, index.column())
            : QVariant();
    case SystemIdRole:
        return row.systemId;
    case PrivilegeIdRole:
        return row.finding.privilegeId;
    case CredentialIdRole:
        return row.finding.credentialId;
    case SortRole:
        if (index.column() == SeverityColumn)
            return int(row.finding.severity);
        return displayData(row, index.column()).toString().toCaseFolded();
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Rule");
    case SystemColumn:
        return tr("System");
    case ReasonColumn:
        return tr("Reason");
    case FrameworksColumn:
        return tr("Frameworks");
    default:
        return {};
    }
}

} // namespace Mandate
