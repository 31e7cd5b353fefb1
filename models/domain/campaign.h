#pragma once
// An access-review campaign and its items (DOMAIN.md section 9, issue 6).
//
// A campaign fixes its items when it is created: one item per privilege of each system in scope and
// one per question about the system (owners, approval gate, logging, offboarding). Each item keeps a
// snapshot of what the reviewer is asked about, so later edits to the inventory do not move a
// running campaign, and a signed-off one still says what was certified.

#include "domain/aisystem.h"
#include "domain/privilege.h"
#include "domain/vocabulary.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Mandate {

using CampaignId = qint64;
using ReviewItemId = qint64;

struct Campaign
{
    CampaignId id = 0;
    QString name;
    QString scope;          // a ReviewScope filter in its text form
    QStringList reviewers;  // names as given; compared with personNameKey()
    QDate due;              // invalid: no due date
    CampaignStatus status = CampaignStatus::Open;
    QDateTime createdAt;    // UTC
    QString createdBy;
    QDateTime finishedAt;   // signed off or closed, UTC
    QString finishedBy;
    // Progress, counted from the items when read.
    int items = 0;
    int decided = 0;        // items with a decision other than undecided (unsure counts as decided)

    bool isFrozen() const { return status != CampaignStatus::Open; }
};

struct ReviewItem
{
    ReviewItemId id = 0;
    CampaignId campaignId = 0;
    int ordinal = 0;             // the order a guided session walks
    SystemId systemId = 0;
    PrivilegeId privilegeId = 0; // privilege items only
    ReviewItemKind kind = ReviewItemKind::Privilege;
    QStringList highRisk;        // why keeping it needs a justification (highRiskReasonIds), empty: not high-risk
    QJsonObject subject;         // the snapshot: see ReviewSnapshot
    ReviewDecision decision = ReviewDecision::Undecided;
    QString justification;
    QString decidedBy;
    QDateTime decidedAt;         // UTC
    // What sign-off did to the privilege ("pending_revocation", "to_narrow"; empty: nothing), and
    // its status before, so that undoing the sign-off puts it back.
    QString remediation;
    QString statusBefore;
    // Raised by every write of the row: a decision based on an older one is refused (issue 8).
    qint64 rowVersion = 0;

    bool isHighRisk() const { return !highRisk.isEmpty(); }
};

// One decision a reviewer makes (the GUI's buttons, the CLI's decisions file).
struct ReviewDecisionInput
{
    ReviewItemId item = 0;
    ReviewDecision decision = ReviewDecision::Undecided;
    QString justification;
    // The item's rowVersion the reviewer saw; 0: not said (a decisions file read just now).
    qint64 basedOn = 0;
};

} // namespace Mandate
