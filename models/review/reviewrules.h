#pragma once
// What a review decision may be (DOMAIN.md section 9, issue 6), as pure functions so that the GUI's
// guided session and the CLI's decisions file enforce exactly the same rules through the workspace.

#include "domain/campaign.h"
#include "domain/credential.h"
#include "domain/person.h"

#include <QHash>
#include <QStringList>
#include <QVector>

namespace Mandate::ReviewRules {

// Why keeping this privilege needs a justification, as ids ("admin_scope", "wildcard_scope",
// "credential_outside_secrets_manager", "handoff_without_gate"); empty: not high-risk. A credential
// whose storage is unknown counts as outside a secrets manager: nobody has shown it is inside.
QStringList highRiskReasons(const Privilege &privilege, const Credential *credential);
QString highRiskReasonText(const QString &id); // translated

// Privileges take keep, reduce, revoke or unsure; questions take yes, no or unsure.
bool decisionFits(ReviewItemKind kind, ReviewDecision decision);
QList<ReviewDecision> decisionsFor(ReviewItemKind kind);
// Keeping a high-risk privilege needs a reason on record.
bool needsJustification(const ReviewItem &item, ReviewDecision decision);

// What a campaign's decisions add up to: the sign-off screen shows it, sign-off requires it complete.
struct ReviewTally
{
    QHash<ReviewDecision, int> counts; // by decision, undecided included
    QVector<ReviewItem> remediation;   // privilege items decided revoke or reduce, in order
    int undecided() const { return counts.value(ReviewDecision::Undecided); }
    int unsure() const { return counts.value(ReviewDecision::Unsure); }
    // Every item decided and none left unsure.
    bool complete() const { return undecided() == 0 && unsure() == 0; }
};
ReviewTally tally(const QVector<ReviewItem> &items);

// Whether name is one of the reviewers (as personNameKey() compares).
bool isReviewer(const Campaign &campaign, const QString &name);
// Separation of duties: whether name is among owners (names, as personNameKey() compares).
bool ownsSystem(const QStringList &owners, const QString &name);

} // namespace Mandate::ReviewRules
