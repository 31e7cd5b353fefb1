// The privilege half of Workspace: editing privilege boundaries and credentials, undoable and audited.

#include "workspace.h"

#include "commands/recordchangecommand.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/privilegerepository.h"
#include "storage/recordchangecheck.h"

#include <QUndoStack>

namespace Mandate {

Privilege Workspace::privilege(PrivilegeId id) const
{
    if (m_importing)
        return {};
    return m_privileges->privilege(id);
}

QString Workspace::privilegeProblem(const Privilege &p) const
{
    if (!system(p.systemId))
        return tr("no system with id %1").arg(p.systemId);
    if (p.target.trimmed().isEmpty())
        return tr("A privilege needs a target: the resource or system it reaches.");
    if (p.credentialId != 0 && m_privileges->credential(p.credentialId).id == 0)
        return tr("no credential with id %1").arg(p.credentialId);
    return {};
}

QString Workspace::credentialProblem(const Credential &c) const
{
    if (c.name.trimmed().isEmpty())
        return tr("A credential needs a name, such as the service account it is (never the secret).");
    if (c.created.isValid() && c.expires.isValid() && c.expires < c.created)
        return tr("The credential would expire (%1) before it was created (%2).")
            .arg(c.expires.toString(Qt::ISODate), c.created.toString(Qt::ISODate));
    if (c.created.isValid() && c.lastRotated.isValid() && c.lastRotated < c.created)
        return tr("The credential would have been rotated (%1) before it was created (%2).")
            .arg(c.lastRotated.toString(Qt::ISODate), c.created.toString(Qt::ISODate));
    return {};
}

PrivilegeId Workspace::addPrivilege(const Privilege &privilege)
{
    m_lastError = m_importing ? tr("An import is running; try again when it is done.") : privilegeProblem(privilege);
    if (!m_lastError.isEmpty())
        return 0;
    Privilege added = privilege;
    added.id = 0;
    std::optional<Privilege> stored;
    m_undoStack->push(new RecordChangeCommand<Privilege>(this, std::nullopt, added,
        tr("Add privilege on %1 to %2").arg(added.target, system(added.systemId)->name), &stored));
    return stored ? stored->id : 0;
}

bool Workspace::updatePrivilege(const Privilege &changed)
{
    m_lastError.clear();
    const Privilege old = privilege(changed.id);
    if (old.id == 0)
        m_lastError = m_importing ? tr("An import is running; try again when it is done.")
                                  : tr("no privilege with id %1").arg(changed.id);
    else
        m_lastError = privilegeProblem(changed);
    if (!m_lastError.isEmpty() || auditFields(old) == auditFields(changed))
        return false;
    m_lastError = staleRecordProblem(QStringLiteral("privilege"), old.id, changed.rowVersion, old.rowVersion,
        auditSummary(old), auditFields(old), auditFields(changed));
    if (!m_lastError.isEmpty())
        return false;
    m_undoStack->push(new RecordChangeCommand<Privilege>(this, old, changed,
        tr("Change privilege on %1 of %2").arg(changed.target, system(changed.systemId)->name)));
    return m_lastError.isEmpty(); // not stored: fail() said why
}

bool Workspace::removePrivileges(const QVector<PrivilegeId> &ids)
{
    m_lastError.clear();
    QVector<Privilege> removed;
    for (const PrivilegeId id : ids) {
        const Privilege old = privilege(id);
        if (old.id == 0) {
            m_lastError = tr("no privilege with id %1").arg(id);
            return false;
        }
        removed << old;
    }
    if (removed.isEmpty())
        return false;
    m_undoStack->beginMacro(tr("Remove %n privilege(s)", nullptr, int(removed.size())));
    for (const Privilege &old : std::as_const(removed))
        m_undoStack->push(new RecordChangeCommand<Privilege>(this, old, std::nullopt, QString()));
    m_undoStack->endMacro();
    return true;
}

CredentialId Workspace::addCredential(const Credential &credential)
{
    m_lastError = m_importing ? tr("An import is running; try again when it is done.") : credentialProblem(credential);
    if (!m_lastError.isEmpty())
        return 0;
    Credential added = credential;
    added.id = 0;
    std::optional<Credential> stored;
    m_undoStack->push(
        new RecordChangeCommand<Credential>(this, std::nullopt, added, tr("Add credential %1").arg(added.name), &stored));
    return stored ? stored->id : 0;
}

bool Workspace::updateCredential(const Credential &changed)
{
    m_lastError.clear();
    const Credential old = credential(changed.id);
    if (old.id == 0)
        m_lastError = m_importing ? tr("An import is running; try again when it is done.")
                                  : tr("no credential with id %1").arg(changed.id);
    else
        m_lastError = credentialProblem(changed);
    if (!m_lastError.isEmpty() || auditFields(old) == auditFields(changed))
        return false;
    m_lastError = staleRecordProblem(QStringLiteral("credential"), old.id, changed.rowVersion, old.rowVersion,
        auditSummary(old), auditFields(old), auditFields(changed));
    if (!m_lastError.isEmpty())
        return false;
    m_undoStack->push(new RecordChangeCommand<Credential>(this, old, changed, tr("Change credential %1").arg(old.name)));
    return m_lastError.isEmpty(); // not stored: fail() said why
}

bool Workspace::removeCredential(CredentialId id)
{
    m_lastError.clear();
    const Credential old = credential(id);
    if (old.id == 0) {
        m_lastError = tr("no credential with id %1").arg(id);
        return false;
    }
    // Removing it would silently strip privileges of the credential they use; detach those first.
    if (const int users = m_privileges->privilegesUsingCredential(id)) {
        m_lastError = tr("%1 is still used by %Ln privilege(s); detach them first.", nullptr, users).arg(old.name);
        return false;
    }
    m_undoStack->push(new RecordChangeCommand<Credential>(this, old, std::nullopt, tr("Remove credential %1").arg(old.name)));
    return true;
}

bool Workspace::appendRecordAudit(const QString &entity, qint64 id, const AuditFields &from, const AuditFields &to,
                                  const QString &summary, Origin origin)
{
    if (from.isEmpty())
        return appendAudit(actionName(origin, QStringLiteral("create")), entity, id, QString(), {}, summary);
    if (to.isEmpty())
        return appendAudit(actionName(origin, QStringLiteral("delete")), entity, id, QString(), summary, {});
    for (int i = 0; i < from.size(); ++i) {
        if (from[i].second != to[i].second
            && !appendAudit(actionName(origin, QStringLiteral("update")), entity, id, from[i].first, from[i].second,
                to[i].second))
            return false;
    }
    return true;
}

namespace {

// The storage side of one row change, the same for privileges and credentials: insert, remove or
// update through the repository, then the audit, all in the caller's transaction.
template<typename Record, typename Insert, typename Remove, typename Update, typename Audit>
bool storeRecordChange(const std::optional<Record> &from, std::optional<Record> *to, Insert insert, Remove remove,
                       Update update, Audit audit)
{
    qint64 id = from ? from->id : (*to)->id;
    bool ok = false;
    if (!from) {
        id = insert(**to);
        ok = id != 0;
        if (ok)
            (*to)->id = id;
    } else if (!*to) {
        ok = remove(id);
    } else {
        ok = update(**to);
    }
    return ok
        && audit(id, from ? auditFields(*from) : AuditFields(), *to ? auditFields(**to) : AuditFields(),
            auditSummary(from ? *from : **to));
}

} // namespace

bool Workspace::applyRecordChange(const std::optional<Privilege> &from, std::optional<Privilege> *to, Origin origin)
{
    if (m_importing || (!from && !*to))
        return false;
    Transaction transaction(*m_database);
    if (transaction.isActive()
        && !recordChangeIsCurrent(QStringLiteral("privileges"), QStringLiteral("privilege"), from, *to,
            [this](qint64 id) { return m_privileges->privilege(id); })) {
        transaction.rollback();
        fail(m_lastError);
        if (const auto it = m_systems.find(from->systemId); it != m_systems.end())
            it->privileges = m_privileges->summary(from->systemId);
        emit privilegesChanged({ from->systemId }); // shows what is stored now
        return false;
    }
    const bool ok = transaction.isActive()
        && storeRecordChange(
            from, to, [this](const Privilege &p) { return m_privileges->insertPrivilege(p); },
            [this](qint64 id) { return m_privileges->removePrivilege(id); },
            [this](const Privilege &p) { return m_privileges->updatePrivilege(p); },
            [this, origin](qint64 id, const AuditFields &before, const AuditFields &after, const QString &summary) {
                return appendRecordAudit(QStringLiteral("privilege"), id, before, after, summary, origin);
            });
    // Read inside the transaction: after it, another writer's change could be taken for ours.
    const qint64 version = ok && *to ? storedVersion(QStringLiteral("privileges"), (*to)->id) : 0;
    if (!ok || !transaction.commit()) {
        fail(storageError());
        return false;
    }
    if (*to)
        (*to)->rowVersion = version;
    // The summaries the derived facts read, for the system it left and the one it joined.
    QVector<SystemId> systems;
    for (const std::optional<Privilege> *side : { &from, static_cast<const std::optional<Privilege> *>(to) }) {
        if (*side && !systems.contains((*side)->systemId))
            systems << (*side)->systemId;
    }
    for (const SystemId systemId : std::as_const(systems)) {
        const auto it = m_systems.find(systemId);
        if (it != m_systems.end())
            it->privileges = m_privileges->summary(systemId);
    }
    emit privilegesChanged(systems);
    emit auditAppended(m_audit->count());
    return true;
}

bool Workspace::applyRecordChange(const std::optional<Credential> &from, std::optional<Credential> *to, Origin origin)
{
    if (m_importing || (!from && !*to))
        return false;
    Transaction transaction(*m_database);
    if (transaction.isActive()
        && !recordChangeIsCurrent(QStringLiteral("credentials"), QStringLiteral("credential"), from, *to,
            [this](qint64 id) { return m_privileges->credential(id); })) {
        transaction.rollback();
        fail(m_lastError);
        emit credentialsChanged({ from->id }); // shows what is stored now
        return false;
    }
    const bool ok = transaction.isActive()
        && storeRecordChange(
            from, to, [this](const Credential &c) { return m_privileges->insertCredential(c); },
            [this](qint64 id) { return m_privileges->removeCredential(id); },
            [this](const Credential &c) { return m_privileges->updateCredential(c); },
            [this, origin](qint64 id, const AuditFields &before, const AuditFields &after, const QString &summary) {
                return appendRecordAudit(QStringLiteral("credential"), id, before, after, summary, origin);
            });
    // Read inside the transaction: after it, another writer's change could be taken for ours.
    const qint64 version = ok && *to ? storedVersion(QStringLiteral("credentials"), (*to)->id) : 0;
    if (!ok || !transaction.commit()) {
        fail(storageError());
        return false;
    }
    if (*to)
        (*to)->rowVersion = version;
    emit credentialsChanged({ from ? from->id : (*to)->id });
    emit auditAppended(m_audit->count());
    return true;
}

} // namespace Mandate
