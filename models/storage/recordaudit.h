#pragma once
// How privileges, credentials and mappings appear in the audit log: one (field, text) pair per column, in a
// fixed order, so that a change is audited as one entry per field that differs.

#include "domain/credential.h"
#include "domain/mapping.h"
#include "domain/person.h"
#include "domain/privilege.h"

#include <QPair>
#include <QString>
#include <QVector>

namespace Mandate {

using AuditFields = QVector<QPair<QString, QString>>;

AuditFields auditFields(const Privilege &privilege);
AuditFields auditFields(const Credential &credential);
// Who decided and when is the audit entry's own actor and time, so those two are not fields here.
AuditFields auditFields(const Mapping &mapping);
// What a new or removed record is called in its single audit entry.
QString auditSummary(const Privilege &privilege);
QString auditSummary(const Credential &credential);
QString auditSummary(const Mapping &mapping);
// People: name, email and team, each audited on its own.
AuditFields auditFields(const Person &person);
QString auditSummary(const Person &person);

} // namespace Mandate
