// The access-review half of Workspace (issue 6, DOMAIN.md section 9): creating campaigns with their
// fixed items, checking and recording decisions, signing off and closing. The rules themselves are
// in review/reviewrules.h, so the GUI and the CLI meet exactly the same ones here.

#include "workspace.h"

#include "commands/reviewcommands.h"
#include "review/reviewrules.h"
#include "review/reviewscope.h"
#include "review/reviewsnapshot.h"
#include "storage/campaignrepository.h"
#include "storage/database.h"
#include "storage/reviewconflicts.h"

#include <QUndoStack>

namespace Mandate {
namespace {

constexpr int kReadBoundariesOneByOne = 200; // above this many systems, one read of every privilege

QStringList trimmedReviewers(const QStringList &names)
{
    QStringList result;
    QStringList keys;
    for (const QString &name : names) {
        const QString trimmed = name.simplified();
        if (!trimmed.isEmpty() && !keys.contains(personNameKey(trimmed))) {
            result << trimmed;
            keys << personNameKey(trimmed);
        }
    }
    return result;
}

// Whole sentences per status: a translated label inside a sentence does not decline.
QString frozenText(const Campaign &c)
{
    return c.status == CampaignStatus::SignedOff
        ? Workspace::tr("The campaign “%1” is signed off; its decisions are frozen.").arg(c.name)
        : Workspace::tr("The campaign “%1” is closed; its decisions are frozen.").arg(c.name);
}

} // namespace

QVector<Campaign> Workspace::campaigns() const
{
    return m_importing ? QVector<Campaign>() : m_campaigns->campaigns();
}

Campaign Workspace::campaign(CampaignId id, bool withProgress) const
{
    return m_importing ? Campaign() : m_campaigns->campaign(id, withProgress);
}

QVector<ReviewItem> Workspace::reviewItems(CampaignId id) const
{
    return m_importing ? QVector<ReviewItem>() : m_campaigns->items(id);
}

QVector<ReviewItem> Workspace::reviewItemsByIds(const QVector<ReviewItemId> &ids) const
{
    return m_importing ? QVector<ReviewItem>() : m_campaigns->items(ids);
}

CampaignId Workspace::createCampaign(const Campaign &draft)
{
    m_lastError.clear();
    Campaign campaign;
    campaign.name = draft.name.simplified();
    campaign.scope = draft.scope.simplified();
    campaign.reviewers = trimmedReviewers(draft.reviewers);
    campaign.due = draft.due;
    campaign.createdAt = QDateTime::currentDateTimeUtc();
    campaign.createdBy = m_actor;
    if (m_importing)
        m_lastError = tr("An import is running; try again when it is done.");
    else if (campaign.name.isEmpty())
        m_lastError = tr("A review campaign needs a name.");
    else if (campaign.reviewers.isEmpty())
        m_lastError = tr("A review campaign needs at least one reviewer.");
    else if (campaign.due.isValid() && campaign.due < QDate::currentDate())
        m_lastError = tr("The due date %1 has passed.").arg(campaign.due.toString(Qt::ISODate));
    QString scopeError;
    const std::optional<ReviewScope> scope = ReviewScope::parse(campaign.scope, &scopeError);
    if (m_lastError.isEmpty() && !scope)
        m_lastError = scopeError;
    if (!m_lastError.isEmpty())
        return 0;

    const QVector<SystemId> covered = systemsInScope(*scope);
    if (covered.isEmpty()) {
        m_lastError = tr("The scope “%1” covers no system.").arg(campaign.scope);
        return 0;
    }

    // Boundaries: one query per system for a small scope, one read of all for a large one.
    QHash<SystemId, QVector<Privilege>> boundaries;
    if (covered.size() > kReadBoundariesOneByOne) {
        for (const Privilege &p : allPrivileges())
            boundaries[p.systemId] << p;
    } else {
        for (const SystemId id : std::as_const(covered))
            boundaries.insert(id, privileges(id));
    }
    QHash<CredentialId, Credential> credentialsById;
    for (const Credential &c : credentials())
        credentialsById.insert(c.id, c);

    QVector<ReviewItem> items;
    auto addItem = [&items](SystemId systemId, ReviewItemKind kind, const QJsonObject &subject) -> ReviewItem & {
        ReviewItem item;
        item.ordinal = int(items.size()) + 1;
        item.systemId = systemId;
        item.kind = kind;
        item.subject = subject;
        items << item;
        return items.last();
    };
    for (const SystemId id : std::as_const(covered)) {
        const AiSystem &s = m_systems[id];
        const QJsonObject systemSubject = ReviewSnapshot::ofSystem(s, ownerNames(s));
        addItem(id, ReviewItemKind::Owner, ReviewSnapshot::subject(systemSubject));
        for (const Privilege &p : boundaries.value(id)) {
            const auto credential = credentialsById.constFind(p.credentialId);
            const Credential *c = credential == credentialsById.cend() ? nullptr : &*credential;
            ReviewItem &item = addItem(id, ReviewItemKind::Privilege,
                ReviewSnapshot::subject(systemSubject, ReviewSnapshot::ofPrivilege(p, c)));
            item.privilegeId = p.id;
            item.highRisk = ReviewRules::highRiskReasons(p, c);
        }
        for (const ReviewItemKind kind : { ReviewItemKind::ApprovalGate, ReviewItemKind::Logging, ReviewItemKind::Offboarding })
            addItem(id, kind, ReviewSnapshot::subject(systemSubject));
    }
    CampaignId created = 0;
    m_undoStack->push(new CreateCampaignCommand(this, campaign, items, &created));
    return created;
}

QVector<SystemId> Workspace::systemsInScope(const ReviewScope &scope) const
{
    QVector<SystemId> covered;
    for (const SystemId id : m_order) {
        const AiSystem &s = m_systems[id];
        const ReviewSnapshot::OwnerNames owners = ownerNames(s);
        if (scope.matches(s, { owners.business, owners.technical, owners.risk }))
            covered << id;
    }
    return covered;
}

ReviewSnapshot::OwnerNames Workspace::ownerNames(const AiSystem &s) const
{
    auto nameOf = [this](PersonId id) {
        const Person *p = person(id);
        return p ? p->name : QString();
    };
    return { nameOf(s.businessOwner), nameOf(s.technicalOwner), nameOf(s.riskOwner) };
}

QStringList Workspace::reviewItemOwners(const ReviewItem &item) const
{
    QStringList owners = ReviewSnapshot::ownerNames(item.subject);
    if (const AiSystem *s = system(item.systemId)) {
        const ReviewSnapshot::OwnerNames now = ownerNames(*s);
        for (const QString &name : { now.business, now.technical, now.risk }) {
            if (!name.isEmpty() && !owners.contains(name))
                owners << name;
        }
    }
    return owners;
}

QString Workspace::reviewBlock(const Campaign &campaign, const ReviewItem &item, const QString &reviewer) const
{
    if (campaign.isFrozen())
        return frozenText(campaign);
    if (!ReviewRules::isReviewer(campaign, reviewer))
        return tr("%1 is not a reviewer of the campaign “%2”.").arg(reviewer, campaign.name);
    if (ReviewRules::ownsSystem(reviewItemOwners(item), reviewer))
        return tr("%1 owns the system “%2”: another reviewer must decide its items (separation of duties).")
            .arg(reviewer, item.subject.value(QStringLiteral("system")).toObject().value(QStringLiteral("name")).toString());
    return {};
}

bool Workspace::decideReviewItems(CampaignId id, const QString &reviewer, const QVector<ReviewDecisionInput> &decisions)
{
    m_lastError.clear();
    if (m_importing) {
        m_lastError = tr("An import is running; try again when it is done.");
        return false;
    }
    const Campaign c = m_campaigns->campaign(id, false);
    if (c.id == 0) {
        m_lastError = tr("There is no review campaign %1.").arg(id);
        return false;
    }
    if (decisions.isEmpty())
        return false;
    QVector<ReviewItemId> ids;
    for (const ReviewDecisionInput &input : decisions)
        ids << input.item;
    const QVector<ReviewItem> found = m_campaigns->items(ids);
    QHash<ReviewItemId, ReviewItem> byId;
    for (const ReviewItem &item : found)
        byId.insert(item.id, item);

    QVector<ReviewItem> before;
    QVector<ReviewItem> after;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QHash<ReviewItemId, int> last; // an item named twice takes its last decision, written once
    for (int i = 0; i < decisions.size(); ++i)
        last.insert(decisions[i].item, i);
    for (int i = 0; i < decisions.size(); ++i) {
        const ReviewDecisionInput &input = decisions[i];
        if (last.value(input.item) != i)
            continue;
        const auto it = byId.constFind(input.item);
        if (it == byId.cend() || it->campaignId != id) {
            m_lastError = tr("Item %1 is not an item of the campaign “%2”.").arg(input.item).arg(c.name);
            return false;
        }
        const ReviewItem &item = *it;
        m_lastError = reviewBlock(c, item, reviewer);
        if (!m_lastError.isEmpty())
            return false;
        if (input.basedOn != 0 && input.basedOn != item.rowVersion) {
            // Decided by someone else since the reviewer looked: theirs stays, and views show it.
            ReviewItem yours = item;
            yours.decision = input.decision;
            m_lastError = ReviewConflicts::decisionText(*m_database, item, yours, Origin::Edit);
            emit reviewItemsChanged(id, { item.id });
            return false;
        }
        if (!ReviewRules::decisionFits(item.kind, input.decision)) {
            QStringList allowed;
            for (const ReviewDecision d : ReviewRules::decisionsFor(item.kind))
                allowed << toId(d);
            m_lastError = tr("Item %1: “%2” is not a decision for it; use %3.")
                              .arg(item.id)
                              .arg(toId(input.decision), allowed.join(QStringLiteral(", ")));
            return false;
        }
        const QString justification = input.justification.trimmed();
        if (ReviewRules::needsJustification(item, input.decision) && justification.isEmpty()) {
            QStringList reasons;
            for (const QString &reason : item.highRisk)
                reasons << ReviewRules::highRiskReasonText(reason);
            m_lastError = tr("Item %1: keeping a high-risk privilege (%2) needs a justification.")
                              .arg(item.id)
                              .arg(reasons.join(QStringLiteral(", ")));
            return false;
        }
        ReviewItem decided = item;
        decided.decision = input.decision;
        decided.justification = justification;
        decided.decidedBy = reviewer.simplified();
        decided.decidedAt = now;
        if (decided.decision == item.decision && decided.justification == item.justification
            && personNameKey(decided.decidedBy) == personNameKey(item.decidedBy))
            continue; // already so: no undo step for it (another reviewer confirming it is recorded)
        before << item;
        after << decided;
    }
    if (after.isEmpty())
        return false;
    const QString text = after.size() == 1
        ? tr("Decide %1 on review item %2").arg(label(after.first().decision)).arg(after.first().id)
        : tr("Decide %Ln review item(s)", nullptr, int(after.size()));
    bool stored = false;
    m_undoStack->push(new ReviewDecisionsCommand(this, id, before, after, text, &stored));
    return stored;
}

QString Workspace::openCampaignProblem(CampaignId id, const Campaign &c) const
{
    if (m_importing)
        return tr("An import is running; try again when it is done.");
    if (c.id == 0)
        return tr("There is no review campaign %1.").arg(id);
    if (c.isFrozen())
        return frozenText(c);
    return {};
}

bool Workspace::signOffCampaign(CampaignId id, const QString &reviewer)
{
    const Campaign c = campaign(id, false);
    m_lastError = openCampaignProblem(id, c);
    if (m_lastError.isEmpty() && !ReviewRules::isReviewer(c, reviewer))
        m_lastError = tr("%1 is not a reviewer of the campaign “%2” and cannot sign it off.").arg(reviewer, c.name);
    if (!m_lastError.isEmpty())
        return false;

    const QVector<ReviewItem> counted = m_campaigns->items(id);
    const ReviewRules::ReviewTally tally = ReviewRules::tally(counted);
    if (!tally.complete()) {
        m_lastError = tr("The campaign “%1” cannot be signed off yet: %L2 undecided, %L3 unsure.")
                          .arg(c.name)
                          .arg(tally.undecided())
                          .arg(tally.unsure());
        return false;
    }
    // Every item as counted, so that the sign-off is refused if one moves on before it is stored.
    CampaignState before { c, counted, {} };
    CampaignState after { c, counted, {} };
    QHash<ReviewItemId, int> rows;
    for (int row = 0; row < counted.size(); ++row)
        rows.insert(counted[row].id, row);
    for (const ReviewItem &item : tally.remediation) {
        const bool revoke = item.decision == ReviewDecision::Revoke;
        const Privilege current = privilege(item.privilegeId);
        if (current.id == 0)
            continue; // removed since: nothing left to remediate
        Privilege remediated = current;
        remediated.status = revoke ? PrivilegeStatus::PendingRevocation : PrivilegeStatus::ToNarrow;
        ReviewItem &marked = after.items[rows.value(item.id)];
        marked.remediation = toId(remediated.status);
        marked.statusBefore = toId(current.status);
        before.privileges << current;
        after.privileges << remediated;
    }
    after.campaign.status = CampaignStatus::SignedOff;
    after.campaign.finishedAt = QDateTime::currentDateTimeUtc();
    after.campaign.finishedBy = reviewer.simplified();
    bool stored = false;
    m_undoStack->push(new CampaignStateCommand(this, before, after, tr("Sign off review campaign %1").arg(c.name), &stored));
    return stored;
}

bool Workspace::closeCampaign(CampaignId id)
{
    const Campaign c = campaign(id, false);
    m_lastError = openCampaignProblem(id, c);
    if (!m_lastError.isEmpty())
        return false;
    CampaignState after { c, {}, {} };
    after.campaign.status = CampaignStatus::Closed;
    after.campaign.finishedAt = QDateTime::currentDateTimeUtc();
    after.campaign.finishedBy = m_actor;
    bool stored = false;
    m_undoStack->push(new CampaignStateCommand(
        this, CampaignState { c, {}, {} }, after, tr("Close review campaign %1").arg(c.name), &stored));
    return stored;
}

ReviewItemId Workspace::reviewPosition(CampaignId id, const QString &reviewer) const
{
    return m_importing ? 0 : m_campaigns->position(id, personNameKey(reviewer));
}

void Workspace::setReviewPosition(CampaignId id, const QString &reviewer, ReviewItemId item)
{
    if (!m_importing && !m_campaigns->setPosition(id, personNameKey(reviewer), item))
        emit writeFailed(storageError());
}

} // namespace Mandate
