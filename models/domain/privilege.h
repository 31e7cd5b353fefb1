#pragma once
// One entry of a system's privilege boundary (DOMAIN.md section 5).

#include "vocabulary.h"

#include <QDate>
#include <QString>

namespace Mandate {

using PrivilegeId = qint64;

struct Privilege
{
    PrivilegeId id = 0;
    qint64 systemId = 0;
    QString target;           // resource or system
    Scope scope = Scope::Read;
    bool wildcard = false;    // e.g. "repo:*": flagged by the rules
    qint64 credentialId = 0;  // 0: none
    QString tool;
    ApprovalGate approvalGate = ApprovalGate::Unknown;
    Logging logging = Logging::None;
    QDate expires;
    QString justification;
    HandoffPoint handoff = HandoffPoint::NoHandoff;
    PrivilegeStatus status = PrivilegeStatus::Active;
    qint64 rowVersion = 0; // the stored row's version (see AiSystem::rowVersion); 0: not stored yet
};

} // namespace Mandate
