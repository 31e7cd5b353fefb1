#include "coveragemodel.h"

#include <algorithm>

namespace Mandate {
namespace {

bool isCovered(MappingStatus status)
{
    return status == MappingStatus::Mitigated || status == MappingStatus::NotApplicable;
}

} // namespace

CoverageModel::Coverage CoverageModel::coverageOf(const QVector<Mapping> &mappings, const QString &catalogId,
                                                  const std::optional<QSet<SystemId>> &systems)
{
    Coverage result;
    for (const Mapping &mapping : mappings) {
        if (mapping.catalogId != catalogId || (systems && !systems->contains(mapping.systemId)))
            continue;
        ++result.mapped;
        if (isCovered(mapping.status))
            ++result.covered;
    }
    return result;
}

CoverageModel::CoverageModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CoverageModel::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (workspace) {
        connect(workspace, &Workspace::mappingsChanged, this, &CoverageModel::reloadSystems);
        // Rows come and go with systems (a removal takes its mappings along): rebuilt whole.
        connect(workspace, &Workspace::systemsAdded, this, &CoverageModel::reload);
        connect(workspace, &Workspace::systemsRemoved, this, &CoverageModel::reload);
        connect(workspace, &Workspace::systemsChanged, this,
            [this](const QVector<SystemId> &ids, const SystemFields &fields) {
                if (!fields.contains(SystemField::Name))
                    return;
                for (const SystemId id : ids) {
                    const int row = m_rowOf.value(id, -1);
                    if (row >= 0)
                        emit headerDataChanged(Qt::Vertical, row, row);
                }
            });
        connect(workspace, &QObject::destroyed, this, [this] { setWorkspace(nullptr); });
    }
    reload();
}

void CoverageModel::setCatalog(const FrameworkCatalog &catalog)
{
    m_catalog = catalog;
    reload();
}

void CoverageModel::setSystemFilter(const std::optional<QSet<SystemId>> &systems)
{
    m_filter = systems;
    reload();
}

void CoverageModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    m_mappings.clear();
    if (m_workspace) {
        for (const SystemId id : m_workspace->systemIds()) {
            if (!m_filter || m_filter->contains(id)) {
                m_rowOf.insert(id, int(m_rows.size()));
                m_rows << id;
            }
        }
        for (const Mapping &mapping : m_workspace->allMappings()) {
            if (mapping.catalogId == m_catalog.id() && m_rowOf.contains(mapping.systemId))
                m_mappings[mapping.systemId].insert(mapping.itemId, mapping);
        }
    }
    endResetModel();
    emit coverageChanged();
}

void CoverageModel::reloadSystems(const QVector<SystemId> &ids)
{
    if (!m_workspace)
        return;
    bool changed = false;
    for (const SystemId id : ids) {
        const int row = m_rowOf.value(id, -1);
        if (row < 0)
            continue;
        QHash<QString, Mapping> mine;
        for (const Mapping &mapping : m_workspace->mappings(id)) {
            if (mapping.catalogId == m_catalog.id())
                mine.insert(mapping.itemId, mapping);
        }
        if (mine.isEmpty())
            m_mappings.remove(id);
        else
            m_mappings.insert(id, mine);
        if (columnCount() > 0)
            emit dataChanged(index(row, 0), index(row, columnCount() - 1));
        changed = true;
    }
    if (changed)
        emit coverageChanged();
}

int CoverageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CoverageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_catalog.items().size());
}

SystemId CoverageModel::systemId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row] : 0;
}

const Mapping *CoverageModel::mappingAt(int row, int column) const
{
    const auto system = m_mappings.constFind(systemId(row));
    if (system == m_mappings.constEnd() || column < 0 || column >= columnCount())
        return nullptr;
    const auto found = system->constFind(m_catalog.items().at(column).itemId);
    return found == system->constEnd() ? nullptr : &*found;
}

QVariant CoverageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Mapping *mapping = mappingAt(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return mapping ? label(mapping->status) : QString();
    case Qt::ToolTipRole:
        return mapping && !mapping->controlNote.isEmpty() ? QVariant(mapping->controlNote) : QVariant();
    case SystemIdRole:
        return systemId(index.row());
    case StatusRole:
        return mapping ? QVariant(int(mapping->status)) : QVariant();
    case MappingIdRole:
        return mapping ? mapping->id : qint64(0);
    case ItemIdRole:
        return m_catalog.items().at(index.column()).itemId;
    default:
        return {};
    }
}

QVariant CoverageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        const AiSystem *system = m_workspace && section >= 0 && section < m_rows.size()
            ? m_workspace->system(m_rows[section]) : nullptr;
        if (!system)
            return {};
        if (role == Qt::DisplayRole)
            return system->name;
        if (role == SystemIdRole)
            return system->id;
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    const CatalogItem &item = m_catalog.items().at(section);
    switch (role) {
    case Qt::DisplayRole:
    case ItemIdRole:
        return item.itemId;
    case Qt::ToolTipRole:
        return item.title;
    default:
        return {};
    }
}

CoverageModel::Coverage CoverageModel::coverage() const
{
    Coverage result;
    for (const QHash<QString, Mapping> &items : m_mappings) {
        for (const Mapping &mapping : items) {
            // Only the catalog's own items: a stored mapping to an item a newer catalog dropped is not a column.
            if (!m_catalog.item(mapping.itemId))
                continue;
            ++result.mapped;
            if (isCovered(mapping.status))
                ++result.covered;
        }
    }
    return result;
}

} // namespace Mandate
