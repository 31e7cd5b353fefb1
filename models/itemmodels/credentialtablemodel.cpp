#include "credentialtablemodel.h"

#include "cellvalues.h"
#include "storage/workspace.h"

namespace Mandate {

using CellValues::dateData;
using CellValues::vocabularyChoices;
using CellValues::vocabularyData;

namespace {

QStringList environmentList(const QString &text)
{
    QStringList list;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QString environment = part.trimmed();
        if (!environment.isEmpty() && !list.contains(environment))
            list << environment;
    }
    return list;
}

} // namespace

CredentialTableModel::CredentialTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CredentialTableModel::setWorkspace(Workspace *workspace)
{
    beginResetModel();
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_rows = workspace ? workspace->credentials() : QVector<Credential>();
    m_lastError.clear();
    reloadSharing();
    if (workspace) {
        connect(workspace, &Workspace::credentialsChanged, this, &CredentialTableModel::reload);
        connect(workspace, &Workspace::privilegesChanged, this, [this] {
            reloadSharing();
            if (!m_rows.isEmpty())
                emit dataChanged(index(0, SharedWithColumn), index(rowCount() - 1, SharedWithColumn));
        });
        connect(workspace, &Workspace::systemsRemoved, this, [this] {
            reloadSharing();
            if (!m_rows.isEmpty())
                emit dataChanged(index(0, SharedWithColumn), index(rowCount() - 1, SharedWithColumn));
        });
        connect(workspace, &Workspace::importingChanged, this, [this](bool importing) {
            if (!importing)
                reload();
        });
        connect(workspace, &QObject::destroyed, this, [this] { setWorkspace(nullptr); });
    }
    endResetModel();
}

void CredentialTableModel::reload()
{
    const QVector<Credential> rows = m_workspace ? m_workspace->credentials() : QVector<Credential>();
    bool sameIds = rows.size() == m_rows.size();
    for (int i = 0; sameIds && i < rows.size(); ++i)
        sameIds = rows[i].id == m_rows[i].id;
    if (sameIds) {
        // Only values changed: keep the selection.
        m_rows = rows;
        reloadSharing();
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    reloadSharing();
    endResetModel();
}

void CredentialTableModel::reloadSharing()
{
    m_sharedWith.clear();
    if (!m_workspace)
        return;
    const QHash<CredentialId, int> counts = m_workspace->systemCountPerCredential();
    for (const Credential &credential : std::as_const(m_rows))
        m_sharedWith << counts.value(credential.id);
}

int CredentialTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CredentialTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

CredentialId CredentialTableModel::credentialId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0;
}

int CredentialTableModel::rowOf(CredentialId id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == id)
            return row;
    }
    return -1;
}

QString CredentialTableModel::sharingToolTip(CredentialId id) const
{
    QStringList names;
    for (const SystemId systemId : m_workspace->systemsUsingCredential(id)) {
        if (const AiSystem *system = m_workspace->system(systemId))
            names << system->name;
    }
    return names.isEmpty() ? tr("No system's privileges use this credential") : names.join(QLatin1Char('\n'));
}

QVariant CredentialTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Credential &c = m_rows[index.row()];
    switch (role) {
    case CredentialIdRole: return c.id;
    case ChoicesRole:
        switch (index.column()) {
        case KindColumn: return vocabularyChoices<CredentialKind>();
        case StorageColumn: return vocabularyChoices<CredentialStorage>();
        case UsedByPeopleColumn: return vocabularyChoices<Tristate>();
        default: return {};
        }
    case Qt::ToolTipRole:
        return index.column() == SharedWithColumn && m_workspace ? sharingToolTip(c.id) : QVariant();
    case Qt::DisplayRole:
    case Qt::EditRole: break;
    default: return {};
    }
    switch (index.column()) {
    case NameColumn: return c.name;
    case KindColumn: return vocabularyData(c.kind, role);
    case StorageColumn: return vocabularyData(c.storage, role);
    case CreatedColumn: return dateData(c.created, role);
    case ExpiresColumn: return dateData(c.expires, role);
    case LastRotatedColumn: return dateData(c.lastRotated, role);
    case LastUsedColumn: return dateData(c.lastUsed, role);
    case EnvironmentsColumn: return c.environments.join(QStringLiteral(", "));
    case UsedByPeopleColumn: return vocabularyData(c.usedByHumans, role);
    case SharedWithColumn: return m_sharedWith.value(index.row());
    default: return {};
    }
}

QVariant CredentialTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case KindColumn: return tr("Kind");
    case StorageColumn: return tr("Storage");
    case CreatedColumn: return tr("Created");
    case ExpiresColumn: return tr("Expires");
    case LastRotatedColumn: return tr("Last rotated");
    case LastUsedColumn: return tr("Last used");
    case EnvironmentsColumn: return tr("Environments");
    case UsedByPeopleColumn: return tr("Used by people");
    case SharedWithColumn: return tr("Systems using it");
    default: return {};
    }
}

Qt::ItemFlags CredentialTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != SharedWithColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool CredentialTableModel::refuse(const QString &message)
{
    m_lastError = message;
    emit editRefused(message);
    return false;
}

bool CredentialTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_workspace || role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    m_lastError.clear();
    Credential changed = m_rows[index.row()];
    const QString text = value.toString().trimmed();
    const auto pick = [&](auto *field) {
        using E = std::remove_pointer_t<decltype(field)>;
        const std::optional<E> picked = fromId<E>(text);
        if (picked)
            *field = *picked;
        return picked.has_value();
    };
    const auto date = [&](QDate *field) {
        *field = QDate::fromString(text, Qt::ISODate);
        return text.isEmpty() || field->isValid();
    };
    bool parsed = true;
    QString notParsed = tr("“%1” is not one of the values this column takes.").arg(text);
    switch (index.column()) {
    case NameColumn: changed.name = text; break;
    case KindColumn: parsed = pick(&changed.kind); break;
    case StorageColumn: parsed = pick(&changed.storage); break;
    case UsedByPeopleColumn: parsed = pick(&changed.usedByHumans); break;
    case EnvironmentsColumn: changed.environments = environmentList(text); break;
    case CreatedColumn:
    case ExpiresColumn:
    case LastRotatedColumn:
    case LastUsedColumn: {
        QDate *field = index.column() == CreatedColumn ? &changed.created
            : index.column() == ExpiresColumn          ? &changed.expires
            : index.column() == LastRotatedColumn      ? &changed.lastRotated
                                                       : &changed.lastUsed;
        parsed = date(field);
        notParsed = tr("“%1” is not a date; write it as year-month-day, such as 2026-03-31.").arg(text);
        break;
    }
    default: return false;
    }
    if (!parsed)
        return refuse(notParsed);
    if (!m_workspace->updateCredential(changed))
        return m_workspace->lastError().isEmpty() ? false : refuse(m_workspace->lastError());
    return true;
}

} // namespace Mandate
