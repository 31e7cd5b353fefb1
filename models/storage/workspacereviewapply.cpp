// The storage side of access reviews (issue 6): what the review undo commands write, each in one
// transaction with its audit entries, and the signals views refresh on.

#include "workspace.h"

#include "commands/reviewcommands.h"
#include "storage/auditlog.h"
#include "storage/campaignrepository.h"
#include "storage/database.h"
#include "storage/privilegerepository.h"
#include "storage/reviewconflicts.h"

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

bool Workspace::applyReviewDecisions(CampaignId id, const QVector<ReviewItem> &from, QVector<ReviewItem> *to,
                                     Origin origin)
{
    if (m_importing || from.size() != to->size())
        return false;
    QVector<ReviewItemId> ids;
    for (const ReviewItem &item : std::as_const(*to))
        ids << item.id;
    Transaction transaction(*m_database);
    bool ok = transaction.isActive();
    QString conflict;
    QVector<qint64> versions; // each item's as written
    // Read inside the transaction, all in one query: what is stored now, not what this workspace
    // last saw.
    QHash<ReviewItemId, ReviewItem> stored;
    if (ok) {
        for (const ReviewItem &item : m_campaigns->items(ids))
            stored.insert(item.id, item);
    }
    for (int i = 0; ok && conflict.isEmpty() && i < to->size(); ++i) {
        const ReviewItem &item = to->at(i);
        const auto now = stored.constFind(item.id);
        ok = now != stored.cend();
        if (!ok)
            break;
        const qint64 version = now->rowVersion;
        if (version != from[i].rowVersion && !ReviewConflicts::sameState(*now, from[i])) {
            conflict = ReviewConflicts::decisionText(*m_database, *now, item, origin);
        } else if (!m_campaigns->updateDecision(item, version)) {
            // Another writer got there between the read and the write: theirs stays.
            const QVector<ReviewItem> theirs = m_campaigns->items(QVector<ReviewItemId> { item.id });
            ok = theirs.size() == 1 && theirs.first().rowVersion != version;
            if (ok)
                conflict = ReviewConflicts::decisionText(*m_database, theirs.first(), item, origin);
        } else {
            versions << version + 1;
            ok = appendAudit(actionName(origin, QStringLiteral("update")), QStringLiteral("review_item"), item.id,
                QStringLiteral("decision"), decisionText(*now), decisionText(item));
        }
    }
    // Checked after the writes: a sign-off that froze the campaign meanwhile held these rows until
    // it committed, so its status is visible now.
    if (ok && conflict.isEmpty())
        conflict = openCampaignProblem(id, m_campaigns->campaign(id, false));
    if (!ok || !conflict.isEmpty() || !transaction.commit()) {
        transaction.rollback();
        fail(conflict.isEmpty() ? storageError() : conflict);
        emit reviewItemsChanged(id, ids); // shows what is stored now
        emit campaignsChanged({ id });
        return false;
    }
    for (int i = 0; i < to->size(); ++i)
        (*to)[i].rowVersion = versions.at(i);
    emit reviewItemsChanged(id, ids);
    emit campaignsChanged({ id });
    emit auditAppended(m_audit->count());
    return true;
}

bool Workspace::applyCampaignState(const CampaignState &from, CampaignState *to, Origin origin)
{
    if (m_importing || from.items.size() != to->items.size())
        return false;
    const Campaign &campaign = to->campaign;
    Transaction transaction(*m_database);
    const Campaign stored = m_campaigns->campaign(campaign.id, false);
    bool ok = transaction.isActive() && stored.id != 0;
    QString conflict;
    QVector<ReviewItemId> changedItems;
    if (ok && !to->items.isEmpty()) {
        // Every item the sign-off counted must still be as it saw it: a decision made meanwhile
        // (another reviewer's, or one made after this sign-off was undone) is not signed off unseen.
        ok = m_campaigns->lockItems(campaign.id);
        QHash<ReviewItemId, ReviewItem> now;
        for (const ReviewItem &item : m_campaigns->items(campaign.id))
            now.insert(item.id, item);
        for (int i = 0; ok && conflict.isEmpty() && i < to->items.size(); ++i) {
            ReviewItem &item = to->items[i];
            const auto it = now.constFind(item.id);
            ok = it != now.cend();
            if (!ok)
                break;
            if (it->rowVersion != from.items[i].rowVersion && !ReviewConflicts::sameState(*it, from.items[i])) {
                conflict = ReviewConflicts::signOffText(*m_database, campaign, *it);
            } else if (it->remediation == item.remediation && it->statusBefore == item.statusBefore) {
                item.rowVersion = it->rowVersion;
            } else {
                ok = m_campaigns->updateRemediation(item, it->rowVersion);
                item.rowVersion = it->rowVersion + 1;
                changedItems << item.id;
            }
        }
    }
    ok = ok && conflict.isEmpty() && m_campaigns->updateStatus(campaign)
        && appendAudit(actionName(origin, QStringLiteral("update")), QStringLiteral("campaign"), campaign.id,
            QStringLiteral("status"), toId(stored.status), toId(campaign.status));
    QVector<SystemId> systems;
    for (const Privilege &p : to->privileges) {
        const Privilege current = m_privileges->privilege(p.id);
        ok = ok && current.id != 0 && m_privileges->updatePrivilege(p)
            && appendRecordAudit(QStringLiteral("privilege"), p.id, auditFields(current), auditFields(p), {}, origin);
        if (!systems.contains(p.systemId))
            systems << p.systemId;
    }
    if (!ok || !transaction.commit()) {
        transaction.rollback();
        fail(conflict.isEmpty() ? storageError() : conflict);
        if (!conflict.isEmpty()) {
            QVector<ReviewItemId> ids;
            for (const ReviewItem &item : std::as_const(to->items))
                ids << item.id;
            emit reviewItemsChanged(campaign.id, ids); // shows what is stored now
            emit campaignsChanged({ campaign.id });
        }
        return false;
    }
    for (const SystemId systemId : std::as_const(systems)) {
        const auto it = m_systems.find(systemId);
        if (it != m_systems.end())
            it->privileges = m_privileges->summary(systemId);
    }
    if (!systems.isEmpty())
        emit privilegesChanged(systems);
    if (!changedItems.isEmpty())
        emit reviewItemsChanged(campaign.id, changedItems);
    emit campaignsChanged({ campaign.id });
    emit auditAppended(m_audit->count());
    return true;
}

} // namespace Mandate
