#pragma once
// The items of one review campaign as a table, for the guided session (issue 6): what each asks,
// its decision and who made it, and whether the session's reviewer may decide it at all
// (separation of duties, a frozen campaign). The items are fixed when the campaign is created, so
// the rows never change; a decision, its undo or a sign-off re-reads only the items it touched.

#include "domain/campaign.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

namespace Mandate {

class Workspace;

class ReviewItemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { OrdinalColumn, SystemColumn, QuestionColumn, DecisionColumn, DecidedByColumn, ColumnCount };
    enum Role {
        ItemIdRole = Qt::UserRole + 1, // qint64
        BlockedRole,                   // QString: why the reviewer may not decide it, empty when they may
        HighRiskRole,                  // bool
    };

    explicit ReviewItemsModel(QObject *parent = nullptr);

    void setCampaign(Workspace *workspace, CampaignId campaign);
    void setReviewer(const QString &reviewer);
    QString reviewer() const { return m_reviewer; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Campaign &campaign() const { return m_campaign; }
    const ReviewItem &item(int row) const { return m_items.at(row); }
    QString blockedReason(int row) const { return m_blocked.value(row); }
    int rowOf(ReviewItemId id) const; // -1 if absent
    // The first row from `from` on (wrapping) that is undecided and the reviewer may decide; -1: none.
    int nextOpenRow(int from) const;
    int decidedCount() const;

    // What an item asks, in one line: "Privilege: prod-cluster (admin)" or the question.
    static QString questionText(const ReviewItem &item);

private:
    void reload();
    void reloadItems(const QVector<ReviewItemId> &ids);
    void recomputeBlocked();
    void emitAllChanged();

    QPointer<Workspace> m_workspace;
    CampaignId m_campaignId = 0;
    Campaign m_campaign;
    QVector<ReviewItem> m_items;
    QHash<ReviewItemId, int> m_rows; // item id -> row
    QStringList m_blocked; // per row
    QString m_reviewer;
};

} // namespace Mandate
