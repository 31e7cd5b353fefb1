#pragma once
// The SQL for access-review campaigns and their items (issue 6): plain reads and writes of rows,
// with no transactions, audit or notifications of its own (the workspace wraps those around it).

#include "domain/campaign.h"

#include <QSqlQuery>
#include <QVector>

namespace Mandate {

class Database;

class CampaignRepository
{
public:
    explicit CampaignRepository(Database &database) : m_database(database) {}

    // id 0 lets the database choose; otherwise the row gets exactly that id (redo of a creation).
    // The chosen id is written back, and the items' campaignId with it.
    bool insert(Campaign *campaign, QVector<ReviewItem> *items);
    bool remove(CampaignId id); // with its items and positions
    bool updateStatus(const Campaign &campaign); // status and finished at/by
    // Only while the stored row is at version (false otherwise, lastError() empty): of two writers
    // racing from one version, one wins. Each raises the version by one.
    bool updateDecision(const ReviewItem &item, qint64 version); // decision, justification, decided by/at
    bool updateRemediation(const ReviewItem &item, qint64 version);
    // Holds the campaign's items against other writers until the transaction ends.
    bool lockItems(CampaignId id);

    QVector<Campaign> campaigns() const; // newest first, with progress
    Campaign campaign(CampaignId id, bool withProgress = true) const; // id 0 when there is none
    QVector<ReviewItem> items(CampaignId id) const; // in ordinal order
    QVector<ReviewItem> items(const QVector<ReviewItemId> &ids) const; // those that exist, in ids' order
    QVector<ReviewItemId> itemIds(CampaignId id) const; // in ordinal order

    ReviewItemId position(CampaignId id, const QString &reviewerKey) const; // 0: none kept
    bool setPosition(CampaignId id, const QString &reviewerKey, ReviewItemId item);

    QString lastError() const { return m_lastError; }

private:
    bool run(QSqlQuery &query) const;
    QVector<Campaign> selectCampaigns(const QString &where, qint64 id, bool withProgress) const;

    Database &m_database;
    mutable QString m_lastError;
};

} // namespace Mandate
