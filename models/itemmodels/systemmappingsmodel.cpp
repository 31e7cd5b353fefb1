#include "systemmappingsmodel.h"

#include "cellvalues.h"
#include "rules/findingsengine.h"
#include "storage/workspace.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

namespace Mandate {
namespace {

// Rows as sorted, as a set of indexes into either list, without duplicates.
QList<int> uniqueRows(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

} // namespace

SystemMappingsModel::SystemMappingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &SystemMappingsModel::refresh);
}

void SystemMappingsModel::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_systemId = 0;
    m_catalogs = workspace ? workspace->catalogs() : QVector<FrameworkCatalog>();
    if (workspace) {
        connect(workspace, &Workspace::catalogsChanged, this, [this] {
            m_catalogs = m_workspace->catalogs();
            scheduleRefresh();
        });
        // Any of these can change this system's findings: F-REUSE counts other systems' privileges.
        const auto changed = [this] { scheduleRefresh(); };
        connect(workspace, &Workspace::systemsChanged, this, changed);
        connect(workspace, &Workspace::privilegesChanged, this, changed);
        connect(workspace, &Workspace::credentialsChanged, this, changed);
        connect(workspace, &Workspace::mappingsChanged, this, [this](const QVector<SystemId> &ids) {
            if (ids.contains(m_systemId))
                scheduleRefresh();
        });
        connect(workspace, &Workspace::systemsRemoved, this, [this](const QVector<SystemId> &ids) {
            if (ids.contains(m_systemId))
                setSystem(0);
        });
        connect(workspace, &Workspace::importingChanged, this, [this](bool importing) {
            if (!importing)
                scheduleRefresh();
        });
        connect(workspace, &QObject::destroyed, this, [this] { setWorkspace(nullptr); });
    }
    refresh();
}

void SystemMappingsModel::setSystem(SystemId id)
{
    m_systemId = m_workspace && m_workspace->system(id) ? id : 0;
    m_lastError.clear();
    refresh();
}

void SystemMappingsModel::setToday(const QDate &today)
{
    m_today = today;
    refresh();
}

void SystemMappingsModel::scheduleRefresh()
{
    if (m_systemId)
        m_refreshTimer.start();
}

void SystemMappingsModel::refresh()
{
    m_refreshTimer.stop();
    QVector<Mapping> decided;
    QVector<MappingSuggestion> suggestions;
    if (m_workspace && m_systemId && !m_workspace->isImporting() && m_workspace->system(m_systemId)) {
        decided = m_workspace->mappings(m_systemId);
        const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
        QVector<Finding> findings;
        for (const SystemFinding &found : computeFindings(*m_workspace, today, QVector<SystemId> { m_systemId }))
            findings << found.finding;
        suggestions = suggestMappings(m_systemId, findings, m_catalogs, decided);
    }
    // Only values changed: keep the selection and any open editor's place.
    const auto sameKeys = [&] {
        if (decided.size() != m_decided.size() || suggestions.size() != m_suggestions.size())
            return false;
        for (int i = 0; i < decided.size(); ++i) {
            if (decided[i].id != m_decided[i].id)
                return false;
        }
        for (int i = 0; i < suggestions.size(); ++i) {
            if (suggestions[i].mapping.itemId != m_suggestions[i].mapping.itemId
                || suggestions[i].mapping.catalogId != m_suggestions[i].mapping.catalogId)
                return false;
        }
        return true;
    };
    if (sameKeys()) {
        m_decided = decided;
        m_suggestions = suggestions;
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_decided = decided;
    m_suggestions = suggestions;
    endResetModel();
}

int SystemMappingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_decided.size() + m_suggestions.size());
}

int SystemMappingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool SystemMappingsModel::isSuggestion(int row) const
{
    return row >= m_decided.size() && row < rowCount();
}

const Mapping &SystemMappingsModel::mappingAt(int row) const
{
    return isSuggestion(row) ? m_suggestions[row - m_decided.size()].mapping : m_decided[row];
}

const FrameworkCatalog *SystemMappingsModel::catalog(const QString &catalogId) const
{
    for (const FrameworkCatalog &candidate : m_catalogs) {
        if (candidate.id() == catalogId)
            return &candidate;
    }
    return nullptr;
}

const CatalogItem *SystemMappingsModel::catalogItem(const Mapping &mapping) const
{
    const FrameworkCatalog *found = catalog(mapping.catalogId);
    return found ? found->item(mapping.itemId) : nullptr;
}

QVariant SystemMappingsModel::displayData(int row, int column) const
{
    const Mapping &m = mappingAt(row);
    const bool suggested = isSuggestion(row);
    switch (column) {
    case FrameworkColumn: return m.catalogId;
    case ItemColumn: {
        const CatalogItem *item = catalogItem(m);
        return item ? tr("%1 %2").arg(m.itemId, item->title) : m.itemId;
    }
    case StatusColumn: return suggested ? tr("Suggested: %1").arg(label(m.status)) : label(m.status);
    case NoteColumn: return m.controlNote.simplified();
    case EvidenceColumn: return m.evidence.simplified();
    case DecidedColumn:
        if (suggested)
            return tr("From %1").arg(m_suggestions[row - m_decided.size()].reason());
        return tr("%1, %2").arg(m.decidedBy, QLocale().toString(m.decidedAt.toLocalTime().date(), QLocale::ShortFormat));
    default: return {};
    }
}

QVariant SystemMappingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Mapping &m = mappingAt(row);
    switch (role) {
    case Qt::DisplayRole: return displayData(row, index.column());
    case Qt::EditRole:
        switch (index.column()) {
        case StatusColumn: return toId(m.status);
        case NoteColumn: return m.controlNote;
        case EvidenceColumn: return m.evidence;
        default: return displayData(row, index.column());
        }
    case Qt::ToolTipRole:
        if (index.column() == ItemColumn) {
            const CatalogItem *item = catalogItem(m);
            return item ? item->descriptionFor(QLocale()) : QVariant();
        }
        if (index.column() == FrameworkColumn) {
            const FrameworkCatalog *found = catalog(m.catalogId);
            return found ? tr("%1, version %2").arg(found->name(), found->version()) : QVariant();
        }
        if (isSuggestion(row))
            return tr("Suggested as a gap by the findings %1. Accept it, pick another status, or reject it.")
                .arg(m_suggestions[row - m_decided.size()].reason());
        if (index.column() == NoteColumn && !m.controlNote.isEmpty())
            return m.controlNote;
        if (index.column() == EvidenceColumn && !m.evidence.isEmpty())
            return m.evidence;
        return {};
    case Qt::FontRole:
        if (isSuggestion(row)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case MappingIdRole: return m.id;
    case IsSuggestionRole: return isSuggestion(row);
    case ChoicesRole: return index.column() == StatusColumn ? QVariant(CellValues::vocabularyChoices<MappingStatus>()) : QVariant();
    default: return {};
    }
}

QVariant SystemMappingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FrameworkColumn: return tr("Framework");
    case ItemColumn: return tr("Item");
    case StatusColumn: return tr("Status");
    case NoteColumn: return tr("Control note");
    case EvidenceColumn: return tr("Evidence");
    case DecidedColumn: return tr("Decided");
    default: return {};
    }
}

Qt::ItemFlags SystemMappingsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return flags;
    const int column = index.column();
    // A suggestion is decided by picking its status; its note and evidence come once it is a mapping.
    if (column == StatusColumn || (!isSuggestion(index.row()) && (column == NoteColumn || column == EvidenceColumn)))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool SystemMappingsModel::refuse(const QString &message)
{
    m_lastError = message;
    emit editRefused(message);
    return false;
}

bool SystemMappingsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_workspace || role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    m_lastError.clear();
    Mapping changed = mappingAt(index.row());
    switch (index.column()) {
    case StatusColumn: {
        const std::optional<MappingStatus> status = fromId<MappingStatus>(value.toString().trimmed());
        if (!status)
            return refuse(tr("“%1” is not a mapping status.").arg(value.toString()));
        if (isSuggestion(index.row()))
            changed = m_suggestions[index.row() - m_decided.size()].accepted(*status);
        else
            changed.status = *status;
        break;
    }
    case NoteColumn: changed.controlNote = value.toString().trimmed(); break;
    case EvidenceColumn: changed.evidence = value.toString().trimmed(); break;
    default: return false;
    }
    // The row itself follows through mappingsChanged, after the view has closed its editor: a
    // reset while the delegate is still committing would pull the editor from under it.
    if (!m_workspace->setMapping(changed))
        return m_workspace->lastError().isEmpty() ? false : refuse(m_workspace->lastError());
    return true;
}

bool SystemMappingsModel::acceptSuggestions(const QList<int> &rows)
{
    QVector<Mapping> accepted;
    for (const int row : uniqueRows(rows)) {
        if (!isSuggestion(row))
            continue;
        accepted << m_suggestions[row - m_decided.size()].accepted();
    }
    if (!m_workspace || accepted.isEmpty())
        return false;
    m_lastError.clear();
    if (!m_workspace->setMappings(accepted, tr("Accept %n suggested mapping(s)", nullptr, int(accepted.size()))))
        return refuse(m_workspace->lastError());
    refresh();
    return true;
}

bool SystemMappingsModel::rejectSuggestions(const QList<int> &rows)
{
    QVector<Mapping> rejected;
    for (const int row : uniqueRows(rows)) {
        if (!isSuggestion(row))
            continue;
        rejected << m_suggestions[row - m_decided.size()].rejected();
    }
    if (!m_workspace || rejected.isEmpty())
        return false;
    m_lastError.clear();
    if (!m_workspace->setMappings(rejected, tr("Reject %n suggested mapping(s)", nullptr, int(rejected.size()))))
        return refuse(m_workspace->lastError());
    refresh();
    return true;
}

bool SystemMappingsModel::removeMappings(const QList<int> &rows)
{
    QVector<qint64> ids;
    for (const int row : uniqueRows(rows)) {
        if (row >= 0 && row < m_decided.size())
            ids << m_decided[row].id;
    }
    if (!m_workspace || ids.isEmpty())
        return false;
    m_lastError.clear();
    if (!m_workspace->removeMappings(ids, tr("Remove %n mapping(s)", nullptr, int(ids.size()))))
        return refuse(m_workspace->lastError());
    refresh();
    return true;
}

} // namespace Mandate
