#include "campaigntablemodel.h"

#include "storage/workspace.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace Mandate {

CampaignTableModel::CampaignTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CampaignTableModel::setWorkspace(Workspace *workspace)
{
    beginResetModel();
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_rows = workspace ? workspace->campaigns() : QVector<Campaign>();
    if (workspace) {
        connect(workspace, &Workspace::campaignsChanged, this, &CampaignTableModel::reload);
        connect(workspace, &Workspace::importingChanged, this, [this](bool importing) {
            if (!importing)
                reload(); // campaigns() reads nothing while an import has the connection
        });
        connect(workspace, &QObject::destroyed, this, [this] { setWorkspace(nullptr); });
    }
    endResetModel();
}

void CampaignTableModel::reload()
{
    beginResetModel();
    m_rows = m_workspace ? m_workspace->campaigns() : QVector<Campaign>();
    endResetModel();
}

int CampaignTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CampaignTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CampaignTableModel::isOverdue(const Campaign &campaign, const QDate &today)
{
    return campaign.status == CampaignStatus::Open && campaign.due.isValid() && campaign.due < today;
}

QVariant CampaignTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Campaign &campaign = m_rows.at(index.row());
    if (role == CampaignIdRole)
        return QVariant::fromValue<qint64>(campaign.id);
    const int column = index.column();
    if (column == DueColumn && isOverdue(campaign, QDate::currentDate())) {
        if (role == Qt::ForegroundRole)
            return QBrush(QColor(0xb0, 0x1c, 0x1c)); // the error red of the panels' refusal lines
        if (role == Qt::ToolTipRole)
            return tr("Overdue");
    }
    if (column == ProgressColumn && role == Qt::UserRole)
        return campaign.items > 0 ? campaign.decided * 100 / campaign.items : 0;
    if (role == Qt::ToolTipRole && column == ReviewersColumn)
        return campaign.reviewers.join(QLatin1Char('\n'));
    if (role == Qt::ToolTipRole && column == NameColumn)
        return campaign.scope.isEmpty() ? tr("Scope: every system") : tr("Scope: %1").arg(campaign.scope);
    if (role == Qt::TextAlignmentRole && column == ProgressColumn)
        return QVariant::fromValue<int>(Qt::AlignCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case NameColumn:
        return campaign.name;
    case StatusColumn:
        return label(campaign.status);
    case ReviewersColumn:
        return campaign.reviewers.join(QStringLiteral(", "));
    case DueColumn:
        return campaign.due.isValid() ? QLocale().toString(campaign.due, QLocale::ShortFormat) : QString();
    case ProgressColumn:
        return tr("%L1 of %L2").arg(campaign.decided).arg(campaign.items);
    case CreatedColumn:
        return QLocale().toString(campaign.createdAt.toLocalTime().date(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant CampaignTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case ReviewersColumn:
        return tr("Reviewers");
    case DueColumn:
        return tr("Due");
    case ProgressColumn:
        return tr("Progress");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}

Campaign CampaignTableModel::campaignAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Campaign();
}

int CampaignTableModel::rowOf(CampaignId id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

} // namespace Mandate
