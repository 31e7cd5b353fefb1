#include "findingsmodel.h"

#include "storage/workspace.h"

namespace Mandate {

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &FindingsModel::refresh);
}

void FindingsModel::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (workspace) {
        // What the rules read: systems (their records), privileges, credentials. An import that
        // ends announces its systems as added or changed.
        connect(workspace, &Workspace::systemsChanged, this, &FindingsModel::scheduleRefresh);
        connect(workspace, &Workspace::systemsAdded, this, &FindingsModel::scheduleRefresh);
        connect(workspace, &Workspace::systemsRemoved, this, &FindingsModel::scheduleRefresh);
        connect(workspace, &Workspace::privilegesChanged, this, &FindingsModel::scheduleRefresh);
        connect(workspace, &Workspace::credentialsChanged, this, &FindingsModel::scheduleRefresh);
        connect(workspace, &Workspace::importingChanged, this, &FindingsModel::scheduleRefresh);
    }
    refresh();
}

void FindingsModel::setScope(const std::optional<QVector<SystemId>> &systems)
{
    if (systems == m_scope)
        return;
    m_scope = systems;
    refresh();
}

void FindingsModel::scheduleRefresh()
{
    m_refreshTimer.start();
}

void FindingsModel::refresh()
{
    m_refreshTimer.stop();
    // While an import holds the workspace nothing can be read: keep what is shown until it is done.
    if (m_workspace && m_workspace->isImporting())
        return;
    beginResetModel();
    m_findings = m_workspace ? computeFindings(*m_workspace, QDate::currentDate(), m_scope)
                             : QVector<SystemFinding>();
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
