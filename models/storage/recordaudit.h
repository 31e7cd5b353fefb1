#pragma once
// How privileges and credentials appear in the audit log: one (field, text) pair per column, in a
// fixed order, so that a change is audited as one entry per field that differs.

#include "domain/credential.h"
#include "domain/privilege.h"

#include <QPair>
#include <QString>
#include <QVector>

namespace Mandate {

using AuditFields = QVector<QPair<QString, QString>>;

AuditFields auditFields(const Privilege &privilege);
AuditFields auditFields(const Credential &credential);
// What a new or removed record is called in its single audit entry.
QString auditSummary(const Privilege &privilege);
QString auditSummary(const Credential &credential);

} // namespace Mandate
