#include "campaignrepository.h"

#include "storage/database.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <algorithm>

namespace Mandate {
namespace {

// Inserts name these; reads add row_version after them.
const QString kItemColumns = QStringLiteral(
    "id, campaign_id, ordinal, system_id, privilege_id, kind, high_risk, subject, decision, justification, "
    "decided_by, decided_at, remediation, status_before");
const QString kItemReadColumns = kItemColumns + QStringLiteral(", row_version");

QString timeText(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("");
}

QDateTime timeFrom(const QVariant &value)
{
    QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (at.isValid())
        at = at.toUTC();
    return at;
}

ReviewItem itemFrom(const QSqlQuery &q)
{
    ReviewItem item;
    item.id = q.value(0).toLongLong();
    item.campaignId = q.value(1).toLongLong();
    item.ordinal = q.value(2).toInt();
    item.systemId = q.value(3).toLongLong();
    item.privilegeId = q.value(4).toLongLong();
    item.kind = fromId<ReviewItemKind>(q.value(5).toString()).value_or(ReviewItemKind::Privilege);
    item.highRisk = q.value(6).toString().split(u',', Qt::SkipEmptyParts);
    item.subject = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
    item.decision = fromId<ReviewDecision>(q.value(8).toString()).value_or(ReviewDecision::Undecided);
    item.justification = q.value(9).toString();
    item.decidedBy = q.value(10).toString();
    item.decidedAt = timeFrom(q.value(11));
    item.remediation = q.value(12).toString();
    item.statusBefore = q.value(13).toString();
    item.rowVersion = q.value(14).toLongLong();
    return item;
}

} // namespace

bool CampaignRepository::run(QSqlQuery &query) const
{
    if (query.exec())
        return true;
    m_lastError = query.lastError().text();
    return false;
}

bool CampaignRepository::insert(Campaign *campaign, QVector<ReviewItem> *items)
{
    QSqlQuery &query = m_database.prepareInsert(QStringLiteral("campaigns"),
        QStringLiteral("id, name, scope, reviewers, due_date, status, created_at, created_by, finished_at, finished_by"),
        campaign->id);
    query.addBindValue(Database::text(campaign->name));
    query.addBindValue(Database::text(campaign->scope));
    query.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(campaign->reviewers)).toJson(QJsonDocument::Compact)));
    query.addBindValue(campaign->due.isValid() ? campaign->due.toString(Qt::ISODate) : QStringLiteral(""));
    query.addBindValue(toId(campaign->status));
    query.addBindValue(timeText(campaign->createdAt));
    query.addBindValue(Database::text(campaign->createdBy));
    query.addBindValue(timeText(campaign->finishedAt));
    query.addBindValue(Database::text(campaign->finishedBy));
    if (!run(query))
        return false;
    campaign->id = Database::insertedId(query);

    for (ReviewItem &item : *items) {
        item.campaignId = campaign->id;
        QSqlQuery &itemQuery = m_database.prepareInsert(QStringLiteral("review_items"), kItemColumns, item.id);
        itemQuery.addBindValue(item.campaignId);
        itemQuery.addBindValue(item.ordinal);
        itemQuery.addBindValue(item.systemId);
        itemQuery.addBindValue(item.privilegeId);
        itemQuery.addBindValue(toId(item.kind));
        itemQuery.addBindValue(Database::text(item.highRisk.join(u',')));
        itemQuery.addBindValue(QString::fromUtf8(QJsonDocument(item.subject).toJson(QJsonDocument::Compact)));
        itemQuery.addBindValue(toId(item.decision));
        itemQuery.addBindValue(Database::text(item.justification));
        itemQuery.addBindValue(Database::text(item.decidedBy));
        itemQuery.addBindValue(timeText(item.decidedAt));
        itemQuery.addBindValue(Database::text(item.remediation));
        itemQuery.addBindValue(Database::text(item.statusBefore));
        if (!run(itemQuery))
            return false;
        item.id = Database::insertedId(itemQuery);
        item.rowVersion = 1; // the column's default
    }
    campaign->items = int(items->size());
    return true;
}

bool CampaignRepository::remove(CampaignId id)
{
    QSqlQuery &query = m_database.prepare(QStringLiteral("DELETE FROM campaigns WHERE id = ?"));
    query.addBindValue(id);
    return run(query) && query.numRowsAffected() == 1;
}

bool CampaignRepository::updateStatus(const Campaign &campaign)
{
    QSqlQuery &query = m_database.prepare(QStringLiteral("UPDATE campaigns SET status = ?, finished_at = ?, "
                                                         "finished_by = ?, row_version = row_version + 1 WHERE id = ?"));
    query.addBindValue(toId(campaign.status));
    query.addBindValue(timeText(campaign.finishedAt));
    query.addBindValue(Database::text(campaign.finishedBy));
    query.addBindValue(campaign.id);
    return run(query) && query.numRowsAffected() == 1;
}

bool CampaignRepository::updateDecision(const ReviewItem &item, qint64 version)
{
    QSqlQuery &query = m_database.prepare(
        QStringLiteral("UPDATE review_items SET decision = ?, justification = ?, decided_by = ?, decided_at = ?, "
                       "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    query.addBindValue(toId(item.decision));
    query.addBindValue(Database::text(item.justification));
    query.addBindValue(Database::text(item.decidedBy));
    query.addBindValue(timeText(item.decidedAt));
    query.addBindValue(item.id);
    query.addBindValue(version);
    return run(query) && query.numRowsAffected() == 1;
}

bool CampaignRepository::updateRemediation(const ReviewItem &item, qint64 version)
{
    QSqlQuery &query = m_database.prepare(QStringLiteral("UPDATE review_items SET remediation = ?, status_before = ?, "
                                                         "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    query.addBindValue(Database::text(item.remediation));
    query.addBindValue(Database::text(item.statusBefore));
    query.addBindValue(item.id);
    query.addBindValue(version);
    return run(query) && query.numRowsAffected() == 1;
}

bool CampaignRepository::lockItems(CampaignId id)
{
    // Row locks until the transaction ends, waiting for a writer that holds one now, so the
    // versions read next are final. Not an UPDATE: that would rewrite every row and announce them
    // all. A file has one writer, which holds the whole database while it writes.
    if (!m_database.dialect().sharedWriters())
        return true;
    QSqlQuery &query = m_database.prepare(
        QStringLiteral("SELECT id FROM review_items WHERE campaign_id = ? FOR UPDATE"));
    query.addBindValue(id);
    const bool locked = run(query);
    query.finish();
    return locked;
}

QVector<Campaign> CampaignRepository::selectCampaigns(const QString &where, qint64 id, bool withProgress) const
{
    QVector<Campaign> result;
    QSqlQuery &query = m_database.prepare(
        QStringLiteral("SELECT c.id, c.name, c.scope, c.reviewers, c.due_date, c.status, c.created_at, c.created_by, "
                       "c.finished_at, c.finished_by, "
                       "%2 FROM campaigns c %1 ORDER BY c.id DESC")
            .arg(where,
                withProgress ? QStringLiteral(
                    "(SELECT COUNT(*) FROM review_items i WHERE i.campaign_id = c.id), "
                    "(SELECT COUNT(*) FROM review_items i WHERE i.campaign_id = c.id AND i.decision <> 'undecided')")
                             : QStringLiteral("0, 0")));
    if (!where.isEmpty())
        query.addBindValue(id);
    if (!run(query))
        return result;
    while (query.next()) {
        Campaign c;
        c.id = query.value(0).toLongLong();
        c.name = query.value(1).toString();
        c.scope = query.value(2).toString();
        for (const QJsonValue &reviewer : QJsonDocument::fromJson(query.value(3).toString().toUtf8()).array())
            c.reviewers << reviewer.toString();
        c.due = QDate::fromString(query.value(4).toString(), Qt::ISODate);
        c.status = fromId<CampaignStatus>(query.value(5).toString()).value_or(CampaignStatus::Open);
        c.createdAt = timeFrom(query.value(6));
        c.createdBy = query.value(7).toString();
        c.finishedAt = timeFrom(query.value(8));
        c.finishedBy = query.value(9).toString();
        c.items = query.value(10).toInt();
        c.decided = query.value(11).toInt();
        result << c;
    }
    return result;
}

QVector<Campaign> CampaignRepository::campaigns() const
{
    return selectCampaigns({}, 0, true);
}

Campaign CampaignRepository::campaign(CampaignId id, bool withProgress) const
{
    const QVector<Campaign> found = selectCampaigns(QStringLiteral("WHERE c.id = ?"), id, withProgress);
    return found.isEmpty() ? Campaign() : found.first();
}

QVector<ReviewItem> CampaignRepository::items(CampaignId id) const
{
    QVector<ReviewItem> result;
    QSqlQuery &query = m_database.prepare(
        QStringLiteral("SELECT %1 FROM review_items WHERE campaign_id = ? ORDER BY ordinal").arg(kItemReadColumns));
    query.addBindValue(id);
    if (!run(query))
        return result;
    while (query.next())
        result << itemFrom(query);
    return result;
}

QVector<ReviewItem> CampaignRepository::items(const QVector<ReviewItemId> &ids) const
{
    // A hundred ids a statement, one round trip to a server for a reviewer's batch. The last chunk
    // is padded with its own last id so that one prepared statement serves every chunk.
    constexpr int kChunk = 100;
    static const QString sql = QStringLiteral("SELECT %1 FROM review_items WHERE id IN (%2)")
                                   .arg(kItemReadColumns, QStringList(kChunk, QStringLiteral("?")).join(u','));
    QHash<ReviewItemId, ReviewItem> found;
    QSqlQuery &query = m_database.prepare(sql);
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        for (qsizetype i = 0; i < kChunk; ++i)
            query.addBindValue(ids.at(std::min(start + i, ids.size() - 1)));
        if (!run(query))
            return {};
        while (query.next()) {
            const ReviewItem item = itemFrom(query);
            found.insert(item.id, item);
        }
    }
    QVector<ReviewItem> result;
    for (const ReviewItemId id : ids) {
        if (const auto it = found.constFind(id); it != found.cend())
            result << *it;
    }
    return result;
}

QVector<ReviewItemId> CampaignRepository::itemIds(CampaignId id) const
{
    QVector<ReviewItemId> result;
    QSqlQuery &query = m_database.prepare(
        QStringLiteral("SELECT id FROM review_items WHERE campaign_id = ? ORDER BY ordinal"));
    query.addBindValue(id);
    if (!run(query))
        return result;
    while (query.next())
        result << query.value(0).toLongLong();
    return result;
}

ReviewItemId CampaignRepository::position(CampaignId id, const QString &reviewerKey) const
{
    QSqlQuery &query = m_database.prepare(
        QStringLiteral("SELECT item_id FROM review_positions WHERE campaign_id = ? AND reviewer = ?"));
    query.addBindValue(id);
    query.addBindValue(reviewerKey);
    if (!run(query) || !query.next())
        return 0;
    const ReviewItemId item = query.value(0).toLongLong();
    query.finish();
    return item;
}

bool CampaignRepository::setPosition(CampaignId id, const QString &reviewerKey, ReviewItemId item)
{
    QSqlQuery &query = m_database.prepare(QStringLiteral(
        "INSERT INTO review_positions (campaign_id, reviewer, item_id) VALUES (?, ?, ?) "
        "ON CONFLICT (campaign_id, reviewer) DO UPDATE SET item_id = excluded.item_id"));
    query.addBindValue(id);
    query.addBindValue(reviewerKey);
    query.addBindValue(item);
    return run(query);
}

} // namespace Mandate
