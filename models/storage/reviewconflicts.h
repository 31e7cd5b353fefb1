#pragma once
// Why a review decision or a sign-off was refused because an item moved on under it (issue 8): two
// reviewers on one server campaign, or an undo of a decision someone has since changed. Each
// message names the item, who decided it last and what, beside what was not stored.

#include "domain/campaign.h"
#include "storage/workspace.h"

namespace Mandate {

class Database;

namespace ReviewConflicts {

// Whether two versions of an item hold the same decision and remediation: an item that moved on
// and back (this workspace's own later steps, undone) loses nothing when written over.
bool sameState(const ReviewItem &a, const ReviewItem &b);
// The item as reviewers read it: “target on system”, or “question” for system.
QString summary(const ReviewItem &item);
// stored: the item now; yours: what was to be written, by an edit, an undo or a redo.
QString decisionText(const Database &database, const ReviewItem &stored, const ReviewItem &yours,
                     Workspace::Origin origin);
// A sign-off (or its undo) of campaign refused over stored, changed since it was counted.
QString signOffText(const Database &database, const Campaign &campaign, const ReviewItem &stored);

} // namespace ReviewConflicts
} // namespace Mandate
