#include "recordaudit.h"

namespace Mandate {
namespace {

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

AuditFields auditFields(const Privilege &p)
{
    return { { QStringLiteral("system_id"), QString::number(p.systemId) },
        { QStringLiteral("target"), p.target },
        { QStringLiteral("scope"), toId(p.scope) },
        { QStringLiteral("wildcard"), p.wildcard ? QStringLiteral("yes") : QStringLiteral("no") },
        { QStringLiteral("credential_id"), p.credentialId ? QString::number(p.credentialId) : QString() },
        { QStringLiteral("tool"), p.tool },
        { QStringLiteral("approval_gate"), toId(p.approvalGate) },
        { QStringLiteral("logging"), toId(p.logging) },
        { QStringLiteral("expires"), dateText(p.expires) },
        { QStringLiteral("justification"), p.justification },
        { QStringLiteral("handoff"), toId(p.handoff) },
        { QStringLiteral("status"), toId(p.status) } };
}

AuditFields auditFields(const Credential &c)
{
    // The name is a label such as "svc-deploy-bot"; the secret itself never reaches the workspace.
    return { { QStringLiteral("name"), c.name },
        { QStringLiteral("kind"), toId(c.kind) },
        { QStringLiteral("storage"), toId(c.storage) },
        { QStringLiteral("created"), dateText(c.created) },
        { QStringLiteral("expires"), dateText(c.expires) },
        { QStringLiteral("last_rotated"), dateText(c.lastRotated) },
        { QStringLiteral("last_used"), dateText(c.lastUsed) },
        { QStringLiteral("environments"), c.environments.join(u',') },
        { QStringLiteral("used_by_humans"), toId(c.usedByHumans) } };
}

AuditFields auditFields(const Mapping &m)
{
    return { { QStringLiteral("system_id"), QString::number(m.systemId) },
        { QStringLiteral("catalog_id"), m.catalogId },
        { QStringLiteral("item_id"), m.itemId },
        { QStringLiteral("status"), toId(m.status) },
        { QStringLiteral("control_note"), m.controlNote },
        { QStringLiteral("evidence"), m.evidence } };
}

QString auditSummary(const Privilege &p)
{
    return QStringLiteral("%1 (%2) for system #%3").arg(p.target, toId(p.scope)).arg(p.systemId);
}

QString auditSummary(const Credential &c)
{
    return QStringLiteral("%1 (%2)").arg(c.name, toId(c.kind));
}

QString auditSummary(const Mapping &m)
{
    return QStringLiteral("%1 %2 (%3) for system #%4").arg(m.catalogId, m.itemId, toId(m.status)).arg(m.systemId);
}

AuditFields auditFields(const Person &person)
{
    return { { QStringLiteral("name"), person.name },
        { QStringLiteral("email"), person.email },
        { QStringLiteral("team"), person.team } };
}

QString auditSummary(const Person &person)
{
    return person.name;
}

} // namespace Mandate
