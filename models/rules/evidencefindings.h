#pragma once
// The two findings that need runtime evidence (DOMAIN.md section 6): F-UNDECLARED, an observed
// access outside the declared privilege boundary, and F-UNUSED, a declared privilege nothing was
// observed using over the evidence window. Pure functions of the privileges and the aggregated
// observations (Workspace::observedAccess), so they are tested table-driven like the other rules.
//
// Matching, kept simple on purpose so an analyst can predict it:
// - target: case-insensitive equality, or a privilege target ending in "*" is a prefix pattern
//   ("repo:*" covers "repo:payments"; "*" covers everything);
// - action: classified by its leading verb, case- and punctuation-insensitive (see classifyAction);
//   a privilege's scope allows: read -> read-like; write and execute -> read- and write-like;
//   admin -> everything.
// Only active privileges count as declared: one pending revocation or to be narrowed is on its way out.

#include "domain/observedaccess.h"
#include "domain/privilege.h"
#include "rules/systemfindings.h"

#include <QVector>

namespace Mandate {

enum class ActionClass { Read, Write, Admin };

// read-like: read, get, list, describe, query, select, head, search, view, fetch (GetObject,
// ListBuckets, "SELECT"); admin-like: admin, grant, revoke, set iam, or a change to a policy, role
// or permission (AttachRolePolicy, PutBucketPolicy, SetIamPolicy); write-like: write, put, create,
// update, delete, post, push, merge, and any action not recognised (the cautious reading).
ActionClass classifyAction(const QString &action);

// Whether the privilege's target covers the observed target (see above).
bool targetCovered(const Privilege &privilege, const QString &target);
// Whether the scope allows an action of that class.
bool scopeAllows(Scope scope, ActionClass action);

// F-UNDECLARED (high): one finding per observed target (in the order of first appearance) with an
// access no active privilege allows; the reason names the target, the offending action and how
// many times it was seen.
QVector<Finding> undeclaredAccessFindings(const QVector<Privilege> &privileges,
                                          const QVector<ObservedAccess> &observed);

// F-UNUSED (low): one finding per active privilege (in the given order) whose target no observed
// access touches. No observations: no verdict (empty), since no evidence says nothing about use.
QVector<Finding> unusedPrivilegeFindings(const QVector<Privilege> &privileges,
                                         const QVector<ObservedAccess> &observed);

} // namespace Mandate
