#include "observedaccessmodel.h"

#include "rules/evidencefindings.h"
#include "storage/workspace.h"

#include <QFont>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace Mandate {

ObservedAccessModel::ObservedAccessModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ObservedAccessModel::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_systemId = 0;
    if (workspace) {
        connect(workspace, &Workspace::evidenceChanged, this, [this](const QVector<SystemId> &ids) {
            if (m_systemId && ids.contains(m_systemId))
                reload();
        });
        connect(workspace, &Workspace::privilegesChanged, this, [this](const QVector<SystemId> &ids) {
            if (!m_systemId || !ids.contains(m_systemId))
                return;
            judge();
            if (!m_rows.isEmpty())
                emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
            emit evidenceUpdated();
        });
        connect(workspace, &Workspace::systemsRemoved, this, [this](const QVector<SystemId> &ids) {
            if (ids.contains(m_systemId))
                setSystem(0);
        });
        // An inventory import lends the connection away and reads nothing meanwhile; catch up after.
        connect(workspace, &Workspace::importingChanged, this, [this](bool importing) {
            if (!importing && m_systemId)
                reload();
        });
        connect(workspace, &QObject::destroyed, this, [this] { setWorkspace(nullptr); });
    }
    reload();
}

void ObservedAccessModel::setSystem(SystemId id)
{
    m_systemId = m_workspace && m_workspace->system(id) ? id : 0;
    reload();
}

void ObservedAccessModel::setWarningIcon(const QIcon &icon)
{
    m_warningIcon = icon;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, TargetColumn), index(rowCount() - 1, TargetColumn), { Qt::DecorationRole });
}

void ObservedAccessModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_window = EvidenceWindow();
    if (m_workspace && m_systemId && !m_workspace->isImporting()) {
        m_rows = m_workspace->observedAccess(m_systemId);
        m_window = m_workspace->evidenceWindow(m_systemId);
    }
    judge();
    endResetModel();
    emit evidenceUpdated();
}

void ObservedAccessModel::judge()
{
    m_undeclared.fill(false, m_rows.size());
    m_unused.clear();
    if (!m_workspace || !m_systemId || m_rows.isEmpty())
        return;
    const QVector<Privilege> privileges = m_workspace->privileges(m_systemId);
    QVector<const Privilege *> active;
    for (const Privilege &privilege : privileges) {
        if (privilege.status == PrivilegeStatus::Active)
            active << &privilege;
    }
    // The same test as undeclaredAccessFindings(), kept per access so each row can say it.
    for (int row = 0; row < m_rows.size(); ++row) {
        const ObservedAccess &access = m_rows.at(row);
        const ActionClass kind = classifyAction(access.action);
        m_undeclared[row] = std::none_of(active.cbegin(), active.cend(), [&](const Privilege *privilege) {
            return targetCovered(*privilege, access.target) && scopeAllows(privilege->scope, kind);
        });
    }
    QSet<PrivilegeId> unusedIds;
    for (const Finding &finding : unusedPrivilegeFindings(privileges, m_rows))
        unusedIds.insert(finding.privilegeId);
    for (const Privilege &privilege : privileges) {
        if (unusedIds.contains(privilege.id))
            m_unused << privilege;
    }
}

int ObservedAccessModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ObservedAccessModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ObservedAccessModel::isUndeclared(int row) const
{
    return row >= 0 && row < m_undeclared.size() && m_undeclared.at(row);
}

int ObservedAccessModel::undeclaredCount() const
{
    return int(std::count(m_undeclared.cbegin(), m_undeclared.cend(), true));
}

QString ObservedAccessModel::undeclaredTip(int row) const
{
    const ObservedAccess &access = m_rows.at(row);
    return tr("Undeclared (F-UNDECLARED): no active privilege allows \"%1\" on %2.")
        .arg(access.action, access.target);
}

QVariant ObservedAccessModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const ObservedAccess &access = m_rows.at(row);
    const bool undeclared = m_undeclared.at(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TargetColumn: return access.target;
        case ToolColumn: return access.tool;
        case ActionColumn: return access.action;
        case CountColumn: return QLocale().toString(access.count);
        case LastSeenColumn:
            return access.last.isValid() ? QLocale().toString(access.last.toLocalTime(), QLocale::ShortFormat)
                                         : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (undeclared)
            return undeclaredTip(row);
        if (index.column() == LastSeenColumn && access.first.isValid())
            return tr("First seen %1").arg(QLocale().toString(access.first.toLocalTime(), QLocale::ShortFormat));
        return {};
    case Qt::FontRole:
        if (undeclared) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        if (undeclared && index.column() == TargetColumn && !m_warningIcon.isNull())
            return m_warningIcon;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case UndeclaredRole: return undeclared;
    }
    return {};
}

QVariant ObservedAccessModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TargetColumn: return tr("Target");
    case ToolColumn: return tr("Tool");
    case ActionColumn: return tr("Action");
    case CountColumn: return tr("Times seen");
    case LastSeenColumn: return tr("Last seen");
    }
    return {};
}

} // namespace Mandate
