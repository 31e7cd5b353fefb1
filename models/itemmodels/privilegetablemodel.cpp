#include "privilegetablemodel.h"

#include "cellvalues.h"
#include "storage/workspace.h"

namespace Mandate {

using CellValues::dateData;
using CellValues::vocabularyChoices;
using CellValues::vocabularyData;

namespace {

bool sameIds(const QVector<Privilege> &a, const QVector<Privilege> &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        if (a[i].id != b[i].id)
            return false;
    }
    return true;
}

} // namespace

PrivilegeTableModel::PrivilegeTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PrivilegeTableModel::setWorkspace(Workspace *workspace)
{
    beginResetModel();
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_systemId = 0;
    m_rows.clear();
    m_lastError.clear();
    if (workspace) {
        connect(workspace, &Workspace::privilegesChanged, this, [this](const QVector<SystemId> &ids) {
            if (m_systemId && ids.contains(m_systemId))
                reload();
        });
        connect(workspace, &Workspace::credentialsChanged, this, [this] {
            reloadCredentials();
            if (!m_rows.isEmpty())
                emit dataChanged(index(0, CredentialColumn), index(rowCount() - 1, CredentialColumn));
        });
        connect(workspace, &Workspace::systemsRemoved, this, [this](const QVector<SystemId> &ids) {
            if (ids.contains(m_systemId))
                setSystem(0);
        });
        // An import may have replaced the boundary without announcing each privilege.
        connect(workspace, &Workspace::importingChanged, this, [this](bool importing) {
            if (!importing) {
                reloadCredentials();
                reload();
            }
        });
        connect(workspace, &QObject::destroyed, this, [this] { setWorkspace(nullptr); });
    }
    reloadCredentials();
    endResetModel();
}

void PrivilegeTableModel::setSystem(qint64 systemId)
{
    beginResetModel();
    m_systemId = m_workspace && m_workspace->system(systemId) ? systemId : 0;
    m_rows = m_systemId ? m_workspace->privileges(m_systemId) : QVector<Privilege>();
    m_lastError.clear();
    endResetModel();
}

void PrivilegeTableModel::reload()
{
    QVector<Privilege> rows = m_workspace && m_systemId ? m_workspace->privileges(m_systemId) : QVector<Privilege>();
    if (sameIds(rows, m_rows)) {
        // Only values changed: keep the selection and any open editor's place.
        m_rows = rows;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void PrivilegeTableModel::reloadCredentials()
{
    m_credentialNames.clear();
    if (!m_workspace)
        return;
    for (const Credential &credential : m_workspace->credentials())
        m_credentialNames.insert(credential.id, credential.name);
}

QString PrivilegeTableModel::credentialName(qint64 id) const
{
    return id ? m_credentialNames.value(id) : QString();
}

int PrivilegeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PrivilegeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

PrivilegeId PrivilegeTableModel::privilegeId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0;
}

int PrivilegeTableModel::rowOf(PrivilegeId id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == id)
            return row;
    }
    return -1;
}

QVariant PrivilegeTableModel::choices(int column) const
{
    switch (column) {
    case ScopeColumn: return vocabularyChoices<Scope>();
    case ApprovalGateColumn: return vocabularyChoices<ApprovalGate>();
    case LoggingColumn: return vocabularyChoices<Logging>();
    case HandoffColumn: return vocabularyChoices<HandoffPoint>();
    case StatusColumn: return vocabularyChoices<PrivilegeStatus>();
    case CredentialColumn: {
        QVariantList list { QVariant(QStringList { QString(), tr("None") }) };
        QStringList names = m_credentialNames.values();
        names.sort(Qt::CaseInsensitive);
        for (const QString &name : std::as_const(names))
            list << QVariant(QStringList { name, name });
        return list;
    }
    default: return {};
    }
}

QVariant PrivilegeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Privilege &p = m_rows[index.row()];
    if (role == PrivilegeIdRole)
        return p.id;
    if (role == ChoicesRole)
        return choices(index.column());
    if (index.column() == WildcardColumn) {
        if (role == Qt::CheckStateRole)
            return p.wildcard ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::EditRole)
            return p.wildcard;
        if (role == Qt::ToolTipRole)
            return tr("The target names many resources at once, such as repo:*");
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == JustificationColumn && !p.justification.isEmpty())
        return p.justification;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case TargetColumn: return p.target;
    case ScopeColumn: return vocabularyData(p.scope, role);
    case CredentialColumn: return credentialName(p.credentialId);
    case ToolColumn: return p.tool;
    case ApprovalGateColumn: return vocabularyData(p.approvalGate, role);
    case LoggingColumn: return vocabularyData(p.logging, role);
    case HandoffColumn: return vocabularyData(p.handoff, role);
    case ExpiresColumn: return dateData(p.expires, role);
    case JustificationColumn: return role == Qt::DisplayRole ? p.justification.simplified() : p.justification;
    case StatusColumn: return vocabularyData(p.status, role);
    default: return {};
    }
}

QVariant PrivilegeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TargetColumn: return tr("Target");
    case ScopeColumn: return tr("Scope");
    case WildcardColumn: return tr("Wildcard");
    case CredentialColumn: return tr("Credential");
    case ToolColumn: return tr("Tool");
    case ApprovalGateColumn: return tr("Approval gate");
    case LoggingColumn: return tr("Logging");
    case HandoffColumn: return tr("Handoff point");
    case ExpiresColumn: return tr("Expires");
    case JustificationColumn: return tr("Justification");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

Qt::ItemFlags PrivilegeTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return flags;
    if (index.column() == WildcardColumn)
        return flags | Qt::ItemIsUserCheckable;
    return flags | Qt::ItemIsEditable;
}

bool PrivilegeTableModel::refuse(const QString &message)
{
    m_lastError = message;
    emit editRefused(message);
    return false;
}

bool PrivilegeTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_workspace || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int column = index.column();
    if (role != Qt::EditRole && !(role == Qt::CheckStateRole && column == WildcardColumn))
        return false;
    m_lastError.clear();
    Privilege changed = m_rows[index.row()];
    const QString text = value.toString().trimmed();
    const auto pick = [&](auto *field) {
        using E = std::remove_pointer_t<decltype(field)>;
        const std::optional<E> picked = fromId<E>(text);
        if (picked)
            *field = *picked;
        return picked.has_value();
    };
    bool parsed = true;
    switch (column) {
    case TargetColumn: changed.target = text; break;
    case ScopeColumn: parsed = pick(&changed.scope); break;
    case WildcardColumn:
        changed.wildcard = role == Qt::CheckStateRole ? value.toInt() == Qt::Checked : value.toBool();
        break;
    case CredentialColumn:
        changed.credentialId = text.isEmpty() ? 0 : m_credentialNames.key(text, 0);
        if (!text.isEmpty() && changed.credentialId == 0)
            return refuse(tr("There is no credential named “%1”; add it under Tools, Credentials first.").arg(text));
        break;
    case ToolColumn: changed.tool = text; break;
    case ApprovalGateColumn: parsed = pick(&changed.approvalGate); break;
    case LoggingColumn: parsed = pick(&changed.logging); break;
    case HandoffColumn: parsed = pick(&changed.handoff); break;
    case ExpiresColumn:
        changed.expires = QDate::fromString(text, Qt::ISODate);
        if (!text.isEmpty() && !changed.expires.isValid())
            return refuse(tr("“%1” is not a date; write it as year-month-day, such as 2026-03-31.").arg(text));
        break;
    case JustificationColumn: changed.justification = value.toString().trimmed(); break;
    case StatusColumn: parsed = pick(&changed.status); break;
    default: return false;
    }
    if (!parsed)
        return refuse(tr("“%1” is not one of the values this column takes.").arg(text));
    if (!m_workspace->updatePrivilege(changed))
        return m_workspace->lastError().isEmpty() ? false : refuse(m_workspace->lastError());
    return true;
}

} // namespace Mandate
