#include "reviewitemsmodel.h"

#include "storage/workspace.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace Mandate {

ReviewItemsModel::ReviewItemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ReviewItemsModel::setCampaign(Workspace *workspace, CampaignId campaign)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_campaignId = campaign;
    reload();
    if (!workspace)
        return;
    connect(workspace, &Workspace::reviewItemsChanged, this, [this](CampaignId id, const QVector<ReviewItemId> &items) {
        if (id == m_campaignId)
            reloadItems(items);
    });
    connect(workspace, &Workspace::campaignsChanged, this, [this](const QVector<CampaignId> &ids) {
        if (!ids.contains(m_campaignId))
            return;
        const Campaign now = m_workspace->campaign(m_campaignId, false);
        const bool statusChanged = now.status != m_campaign.status;
        if (now.id == 0 || m_items.isEmpty()) {
            reload(); // the campaign itself was undone or redone
        } else if (statusChanged) {
            m_campaign = now;
            recomputeBlocked(); // frozen or open again: who may decide changes everywhere
            emitAllChanged();
        } else {
            m_campaign = now;
        }
    });
    // Owners can change during a campaign; separation of duties follows them.
    connect(workspace, &Workspace::systemsChanged, this, [this] {
        recomputeBlocked();
        emitAllChanged();
    });
}

void ReviewItemsModel::setReviewer(const QString &reviewer)
{
    m_reviewer = reviewer;
    recomputeBlocked();
    emitAllChanged();
}

void ReviewItemsModel::reload()
{
    beginResetModel();
    m_campaign = m_workspace ? m_workspace->campaign(m_campaignId, false) : Campaign();
    m_items = m_workspace ? m_workspace->reviewItems(m_campaignId) : QVector<ReviewItem>();
    m_rows.clear();
    m_rows.reserve(m_items.size());
    for (int row = 0; row < m_items.size(); ++row)
        m_rows.insert(m_items[row].id, row);
    recomputeBlocked();
    endResetModel();
}

void ReviewItemsModel::reloadItems(const QVector<ReviewItemId> &ids)
{
    int first = int(m_items.size());
    int last = -1;
    for (const ReviewItem &item : m_workspace->reviewItemsByIds(ids)) {
        const int row = m_rows.value(item.id, -1);
        if (row < 0)
            continue;
        m_items[row] = item;
        first = std::min(first, row);
        last = std::max(last, row);
    }
    if (last >= 0)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void ReviewItemsModel::emitAllChanged()
{
    if (!m_items.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ReviewItemsModel::recomputeBlocked()
{
    // Once per system: its items share the owners separation of duties compares with.
    m_blocked.clear();
    m_blocked.reserve(m_items.size());
    QHash<SystemId, QString> bySystem;
    for (const ReviewItem &item : std::as_const(m_items)) {
        auto it = bySystem.constFind(item.systemId);
        if (it == bySystem.cend())
            it = bySystem.insert(item.systemId, m_workspace ? m_workspace->reviewBlock(m_campaign, item, m_reviewer) : QString());
        m_blocked << *it;
    }
}

int ReviewItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ReviewItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReviewItemsModel::questionText(const ReviewItem &item)
{
    if (item.kind != ReviewItemKind::Privilege)
        return label(item.kind);
    const QJsonObject p = item.subject.value(QStringLiteral("privilege")).toObject();
    const std::optional<Scope> scope = fromId<Scope>(p.value(QStringLiteral("scope")).toString());
    return tr("Privilege: %1 (%2)")
        .arg(p.value(QStringLiteral("target")).toString(), scope ? label(*scope).toLower() : QString());
}

QVariant ReviewItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ReviewItem &item = m_items.at(index.row());
    const QString blocked = m_blocked.value(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case OrdinalColumn: return item.ordinal;
        case SystemColumn:
            return item.subject.value(QStringLiteral("system")).toObject().value(QStringLiteral("name")).toString();
        case QuestionColumn: return questionText(item);
        case DecisionColumn: return item.decision == ReviewDecision::Undecided ? QString() : label(item.decision);
        case DecidedByColumn: return item.decidedBy;
        }
        return {};
    case Qt::ToolTipRole:
        if (!blocked.isEmpty())
            return blocked;
        if (index.column() == DecisionColumn && !item.justification.isEmpty())
            return item.justification;
        return {};
    case Qt::ForegroundRole:
        if (!blocked.isEmpty())
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (index.column() == QuestionColumn && item.isHighRisk()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case ItemIdRole: return item.id;
    case BlockedRole: return blocked;
    case HighRiskRole: return item.isHighRisk();
    }
    return {};
}

QVariant ReviewItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OrdinalColumn: return tr("#");
    case SystemColumn: return tr("System");
    case QuestionColumn: return tr("Question");
    case DecisionColumn: return tr("Decision");
    case DecidedByColumn: return tr("Decided by");
    }
    return {};
}

int ReviewItemsModel::rowOf(ReviewItemId id) const
{
    return m_rows.value(id, -1);
}

int ReviewItemsModel::nextOpenRow(int from) const
{
    const int count = int(m_items.size());
    for (int step = 0; step < count; ++step) {
        const int row = (qMax(from, 0) + step) % count;
        if (m_items[row].decision == ReviewDecision::Undecided && m_blocked.value(row).isEmpty())
            return row;
    }
    return -1;
}

int ReviewItemsModel::decidedCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
        [](const ReviewItem &item) { return item.decision != ReviewDecision::Undecided; }));
}

} // namespace Mandate
