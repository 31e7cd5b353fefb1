// The storage side of access reviews (issue 6): what the review undo commands write, each in one
// transaction with its audit entries, and the signals views refresh on.

#include "workspace.h"

#include "storage/auditlog.h"
#include "storage/campaignrepository.h"
#include "storage/database.h"
#include "storage/privilegerepository.h"

namespace Mandate {
namespace {

QString decisionText(const ReviewItem &item)
{
    if (item.decision == ReviewDecision::Undecided)
        return {};
    return item.justification.isEmpty() ? toId(item.decision)
                                        : QStringLiteral("%1: %2").arg(toId(item.decision), item.justification);
}

} // namespace

bool Workspace::applyCampaignInsert(Campaign *campaign, QVector<ReviewItem> *items, Origin origin)
{
    if (m_importing)
        return false;
    Transaction transaction(*m_database);
    const bool ok = transaction.isActive() && m_campaigns->insert(campaign, items)
        && appendAudit(actionName(origin, QStringLiteral("create")), QStringLiteral("campaign"), campaign->id, {}, {},
            QStringLiteral("%1 (%2 items; scope “%3”; reviewers %4; due %5)")
                .arg(campaign->name)
                .arg(items->size())
                .arg(campaign->scope, campaign->reviewers.join(QStringLiteral(", ")),
                    campaign->due.isValid() ? campaign->due.toString(Qt::ISODate) : QStringLiteral("-")));
    if (!ok || !transaction.commit()) {
        fail(storageError());
        return false;
    }
    emit campaignsChanged({ campaign->id });
    emit auditAppended(m_audit->count());
    return true;
}

bool Workspace::applyCampaignRemove(CampaignId id, Origin origin)
{
    if (m_importing)
        return false;
    const Campaign c = m_campaigns->campaign(id, false);
    Transaction transaction(*m_database);
    const bool ok = transaction.isActive() && m_campaigns->remove(id)
        && appendAudit(actionName(origin, QStringLiteral("delete")), QStringLiteral("campaign"), id, {}, c.name, {});
    if (!ok || !transaction.commit()) {
        fail(storageError());
        return false;
    }
    emit campaignsChanged({ id });
    emit auditAppended(m_audit->count());
    return true;
}

bool Workspace::applyReviewDecisions(CampaignId id, const QVector<ReviewItem> &items, Origin origin)
{
    if (m_importing)
        return false;
    QVector<ReviewItemId> ids;
    for (const ReviewItem &item : items)
        ids << item.id;
    QHash<ReviewItemId, ReviewItem> stored;
    for (const ReviewItem &item : m_campaigns->items(ids))
        stored.insert(item.id, item);
    Transaction transaction(*m_database);
    bool ok = transaction.isActive() && stored.size() == items.size();
    for (const ReviewItem &item : items) {
        ok = ok && m_campaigns->updateDecision(item)
            && appendAudit(actionName(origin, QStringLiteral("update")), QStringLiteral("review_item"), item.id,
                QStringLiteral("decision"), decisionText(stored.value(item.id)), decisionText(item));
    }
    if (!ok || !transaction.commit()) {
        fail(storageError());
        return false;
    }
    emit reviewItemsChanged(id, ids);
    emit campaignsChanged({ id });
    emit auditAppended(m_audit->count());
    return true;
}

bool Workspace::applyCampaignState(const Campaign &campaign, const QVector<ReviewItem> &items,
                                   const QVector<Privilege> &privileges, Origin origin)
{
    if (m_importing)
        return false;
    const Campaign stored = m_campaigns->campaign(campaign.id, false);
    Transaction transaction(*m_database);
    bool ok = transaction.isActive() && stored.id != 0 && m_campaigns->updateStatus(campaign)
        && appendAudit(actionName(origin, QStringLiteral("update")), QStringLiteral("campaign"), campaign.id,
            QStringLiteral("status"), toId(stored.status), toId(campaign.status));
    for (const ReviewItem &item : items)
        ok = ok && m_campaigns->updateRemediation(item);
    QVector<SystemId> systems;
    for (const Privilege &p : privileges) {
        const Privilege current = m_privileges->privilege(p.id);
        ok = ok && current.id != 0 && m_privileges->updatePrivilege(p)
            && appendRecordAudit(QStringLiteral("privilege"), p.id, auditFields(current), auditFields(p), {}, origin);
        if (!systems.contains(p.systemId))
            systems << p.systemId;
    }
    if (!ok || !transaction.commit()) {
        fail(storageError());
        return false;
    }
    for (const SystemId systemId : std::as_const(systems)) {
        const auto it = m_systems.find(systemId);
        if (it != m_systems.end())
            it->privileges = m_privileges->summary(systemId);
    }
    if (!systems.isEmpty())
        emit privilegesChanged(systems);
    if (!items.isEmpty()) {
        QVector<ReviewItemId> ids;
        for (const ReviewItem &item : items)
            ids << item.id;
        emit reviewItemsChanged(campaign.id, ids);
    }
    emit campaignsChanged({ campaign.id });
    emit auditAppended(m_audit->count());
    return true;
}

} // namespace Mandate
