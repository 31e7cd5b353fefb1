#include "workspace.h"

#include "commands/addpersoncommand.h"
#include "commands/addsystemcommand.h"
#include "commands/changesystemvaluecommand.h"
#include "commands/removesystemscommand.h"
#include "storage/auditlog.h"
#include "storage/campaignrepository.h"
#include "storage/database.h"
#include "storage/mappingrepository.h"
#include "storage/privilegerepository.h"
#include "storage/systemrepository.h"
#include "settings/settingskeys.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSqlError>
#include <QUndoStack>

#include <algorithm>

#include <pwd.h>
#include <unistd.h>

namespace Mandate {

Workspace::Workspace(std::unique_ptr<Database> database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_repository(std::make_unique<SystemRepository>(*m_database))
    , m_privileges(std::make_unique<PrivilegeRepository>(*m_database))
    , m_mappings(std::make_unique<MappingRepository>(*m_database))
    , m_audit(std::make_unique<AuditLog>(*m_database))
    , m_campaigns(std::make_unique<CampaignRepository>(*m_database))
    , m_undoStack(new QUndoStack(this))
    , m_actor(defaultActor())
{
    listenForChanges();
}

Workspace::~Workspace()
{
    // Commands refer to the workspace; drop them before the database goes.
    m_undoStack->clear();
}

std::unique_ptr<Workspace> Workspace::create(const QString &path, WorkspaceError *error)
{
    auto database = Database::create(path, error);
    if (!database)
        return nullptr;
    std::unique_ptr<Workspace> workspace(new Workspace(std::move(database)));
    if (!workspace->load(error))
        return nullptr;
    // The location as the database keeps it: a server URI without any password given in it.
    const QString location = workspace->m_database->path();
    Transaction transaction(*workspace->m_database);
    if (!workspace->appendAudit(QStringLiteral("create"), QStringLiteral("workspace"), 0, {}, {}, location)
        || !transaction.commit()) {
        *error = WorkspaceError::make(WorkspaceError::Io, location, workspace->m_database->lastError());
        return nullptr;
    }
    return workspace;
}

std::unique_ptr<Workspace> Workspace::open(const QString &path, WorkspaceError *error)
{
    auto database = Database::open(path, error);
    if (!database)
        return nullptr;
    std::unique_ptr<Workspace> workspace(new Workspace(std::move(database)));
    if (!workspace->load(error))
        return nullptr;
    return workspace;
}

bool Workspace::load(WorkspaceError *error)
{
    m_systems.clear();
    m_order.clear();
    m_people.clear();
    if (!m_repository->loadSystems(&m_systems, &m_order) || !m_repository->loadPeople(&m_people)
        || !loadPrivilegeSummaries() || !loadCatalogs() || !m_audit->reloadHead()) {
        const QSqlError sqlError = m_database->connection().lastError();
        const auto kind = m_database->classify(sqlError);
        *error = WorkspaceError::make(kind == WorkspaceError::Io ? WorkspaceError::Corrupt : kind, filePath(),
                                      m_repository->lastError());
        return false;
    }
    return true;
}

QString Workspace::storageError() const
{
    if (!m_repository->lastError().isEmpty())
        return m_repository->lastError();
    if (!m_privileges->lastError().isEmpty())
        return m_privileges->lastError();
    if (!m_mappings->lastError().isEmpty())
        return m_mappings->lastError();
    if (!m_campaigns->lastError().isEmpty())
        return m_campaigns->lastError();
    return m_database->lastError();
}

bool Workspace::loadPrivilegeSummaries()
{
    const QHash<SystemId, PrivilegeSummary> summaries = m_privileges->summaries();
    if (!m_privileges->lastError().isEmpty())
        return false;
    for (auto it = summaries.cbegin(); it != summaries.cend(); ++it) {
        const auto system = m_systems.find(it.key());
        if (system != m_systems.end())
            system->privileges = it.value();
    }
    return true;
}

QString Workspace::filePath() const
{
    return m_database->path();
}

int Workspace::schemaVersion() const
{
    return m_database->schemaVersion();
}

QString Workspace::defaultActor()
{
    const QString configured = QSettings().value(SettingsKeys::analystName()).toString().trimmed();
    if (!configured.isEmpty())
        return configured;
    for (const char *variable : { "USER", "USERNAME", "LOGNAME" }) {
        const QString user = qEnvironmentVariable(variable).trimmed();
        if (!user.isEmpty())
            return user;
    }
    // Services and sandboxes often run without those variables; the account still has a name.
    if (const passwd *account = ::getpwuid(::geteuid()); account && account->pw_name)
        return QString::fromLocal8Bit(account->pw_name);
    return QStringLiteral("unknown");
}

// --- reading ---------------------------------------------------------------------------------------

const AiSystem *Workspace::system(SystemId id) const
{
    auto it = m_systems.constFind(id);
    return it == m_systems.constEnd() ? nullptr : &it.value();
}

QVector<Person> Workspace::people() const
{
    QVector<Person> result(m_people.cbegin(), m_people.cend());
    std::sort(result.begin(), result.end(),
              [](const Person &a, const Person &b) { return a.name.localeAwareCompare(b.name) < 0; });
    return result;
}

const Person *Workspace::person(PersonId id) const
{
    auto it = m_people.constFind(id);
    return it == m_people.constEnd() ? nullptr : &it.value();
}

PersonId Workspace::personIdByName(const QString &name) const
{
    const QString wanted = personNameKey(name);
    for (const Person &person : m_people) {
        if (personNameKey(person.name) == wanted)
            return person.id;
    }
    return 0;
}

QVector<Privilege> Workspace::privileges(SystemId id) const
{
    if (m_importing)
        return {};
    return m_privileges->privileges(id);
}

QVector<Privilege> Workspace::allPrivileges() const
{
    if (m_importing)
        return {};
    return m_privileges->allPrivileges();
}

QVector<Credential> Workspace::credentials() const
{
    if (m_importing)
        return {};
    return m_privileges->credentials();
}

Credential Workspace::credential(CredentialId id) const
{
    if (m_importing)
        return {};
    return m_privileges->credential(id);
}

QVector<SystemId> Workspace::systemsUsingCredential(CredentialId id) const
{
    if (m_importing)
        return {};
    return m_privileges->systemsUsingCredential(id);
}

QHash<CredentialId, int> Workspace::systemCountPerCredential() const
{
    if (m_importing)
        return {};
    return m_privileges->systemCountPerCredential();
}

QVector<AuditEntry> Workspace::auditEntries(qint64 fromSequence, int limit) const
{
    if (m_importing) // the connection is lent to the import's write pass
        return {};
    return m_audit->entries(fromSequence, limit);
}

qint64 Workspace::auditCount() const
{
    return m_audit->count();
}

AuditVerification Workspace::verifyAudit() const
{
    if (m_importing)
        return AuditVerification { false, 0, 0, tr("An import is running; verify again when it is done."), {} };
    return m_audit->verify();
}

SystemSnapshot Workspace::snapshot(SystemId id) const
{
    SystemSnapshot result;
    if (const AiSystem *found = system(id)) {
        result.system = *found;
        result.privileges = m_privileges->privileges(id);
        result.findings = m_repository->importFindings(id);
        result.mappings = m_mappings->mappings(id);
    }
    return result;
}

// --- editing ---------------------------------------------------------------------------------------

bool Workspace::setSystemValue(SystemId id, SystemField field, const QVariant &value)
{
    m_lastError.clear();
    if (m_importing) {
        m_lastError = tr("An import is running; try again when it is done.");
        return false;
    }
    const AiSystem *target = system(id);
    if (!target) {
        m_lastError = tr("no system with id %1").arg(id);
        return false;
    }
    QString problem;
    const std::optional<QVariant> normalized = normalizedFieldValue(field, value, &problem);
    if (!normalized) {
        m_lastError = problem;
        return false;
    }
    if (isOwnerField(field) && normalized->toLongLong() != 0 && !person(normalized->toLongLong())) {
        m_lastError = tr("no person with id %1").arg(normalized->toLongLong());
        return false;
    }
    const QVariant old = target->value(field);
    if (old == *normalized)
        return false; // nothing would change: no command, no audit entry
    // Only an analyst's edit is held to the checklist; imports record whatever stage the file says.
    if (field == SystemField::LifecycleStage && *normalized == toId(LifecycleStage::Offboarded)) {
        QStringList missing;
        for (const SystemField item : offboardingChecklistFields()) {
            if (!target->value(item).toBool())
                missing << fieldLabel(item);
        }
        if (!missing.isEmpty()) {
            m_lastError = tr("%1 cannot be offboarded until its offboarding checklist is complete; still open: %2.")
                              .arg(target->name, missing.join(QStringLiteral(", ")));
            return false;
        }
    }
    m_undoStack->push(new ChangeSystemValueCommand(this, id, field, old, *normalized));
    return m_lastError.isEmpty(); // not stored (a conflict, a server that refused): fail() said why
}

bool Workspace::setSystemOwner(SystemId id, SystemField ownerField, const QString &personName)
{
    if (!isOwnerField(ownerField) || !system(id))
        return false;
    const QString name = personName.trimmed();
    if (name.isEmpty())
        return setSystemValue(id, ownerField, 0);
    if (const PersonId existing = personIdByName(name))
        return setSystemValue(id, ownerField, existing);

    // A new person and the assignment are one step for the analyst, so one undo step.
    m_undoStack->beginMacro(tr("Set %1 to %2").arg(fieldLabel(ownerField), name));
    auto *addPerson = new AddPersonCommand(this, Person { 0, name, {}, {} });
    PersonId personId = 0;
    addPerson->reportIdTo(&personId);
    m_undoStack->push(addPerson);
    const bool changed = personId != 0 && setSystemValue(id, ownerField, personId);
    m_undoStack->endMacro();
    return changed;
}

SystemId Workspace::addSystem(const AiSystem &prototype)
{
    if (m_importing)
        return 0;
    AiSystem system = prototype;
    system.id = 0;
    if (system.name.trimmed().isEmpty())
        system.name = tr("New system");
    auto *command = new AddSystemCommand(this, SystemSnapshot { system, {}, {} });
    SystemId added = 0;
    command->reportIdTo(&added);
    m_undoStack->push(command);
    return added;
}

void Workspace::removeSystems(const QVector<SystemId> &ids)
{
    if (m_importing)
        return;
    QVector<SystemSnapshot> snapshots;
    for (SystemId id : ids) {
        if (system(id))
            snapshots << snapshot(id);
    }
    if (!snapshots.isEmpty())
        m_undoStack->push(new RemoveSystemsCommand(this, snapshots));
}

// --- applying --------------------------------------------------------------------------------------

QString Workspace::actionName(Origin origin, const QString &editAction)
{
    switch (origin) {
    case Origin::Undo: return QStringLiteral("undo");
    case Origin::Redo: return QStringLiteral("redo");
    case Origin::Edit: break;
    }
    return editAction;
}

QString Workspace::auditText(SystemField field, const QVariant &value) const
{
    if (isOwnerField(field)) {
        const PersonId id = value.toLongLong();
        if (id == 0)
            return {};
        const Person *owner = person(id);
        return owner ? QStringLiteral("%1 (#%2)").arg(owner->name).arg(id) : QStringLiteral("#%1").arg(id);
    }
    return value.toString();
}

bool Workspace::appendAudit(const QString &action, const QString &entity, qint64 entityId, const QString &field,
                            const QString &oldValue, const QString &newValue)
{
    AuditEntry entry;
    entry.actor = m_actor;
    entry.action = action;
    entry.entity = entity;
    entry.entityId = QString::number(entityId);
    entry.field = field;
    entry.oldValue = oldValue;
    entry.newValue = newValue;
    return m_audit->append(entry);
}

bool Workspace::insertAuditedPrivilege(Privilege &privilege, const QString &action)
{
    privilege.id = m_privileges->insertPrivilege(privilege);
    return privilege.id != 0
        && appendAudit(action, QStringLiteral("privilege"), privilege.id, QStringLiteral("target"), {},
                       QStringLiteral("%1 (%2) for system #%3").arg(privilege.target, toId(privilege.scope)).arg(privilege.systemId));
}

void Workspace::fail(const QString &message)
{
    m_lastError = message;
    m_audit->reloadHead(); // the rolled-back transaction took its entries with it
    emit writeFailed(tr("%1: the change was not saved: %2").arg(filePath(), message));
}

bool Workspace::applySystemValue(SystemId id, SystemField field, const QVariant &value, Origin origin,
                                 EditedMark mark)
{
    auto it = m_systems.find(id);
    if (it == m_systems.end() || m_importing)
        return false;
    const QVariant old = it->value(field);
    AiSystem changed = *it;
    changed.setValue(field, value);
    switch (mark) {
    case EditedMark::ByOrigin:
        // Undoing an edit does not unmark the field, which only ever asks once too often.
        if (origin != Origin::Undo)
            changed.markEdited(field);
        break;
    case EditedMark::Set: changed.markEdited(field); break;
    case EditedMark::Clear: changed.markEdited(field, false); break;
    }
    Transaction transaction(*m_database);
    const std::optional<SystemId> stale = transaction.isActive() ? staleSystem({ id }) : std::nullopt;
    if (stale && *stale != 0) {
        transaction.rollback();
        refuseStaleSystem(id, { { field, value } });
        return false;
    }
    const bool written = stale && m_repository->updateSystemField(id, field, value)
        && (changed.editedFields == it->editedFields || m_repository->setEditedFields(id, changed.editedFields))
        && appendAudit(actionName(origin, QStringLiteral("update")), QStringLiteral("system"), id, fieldId(field),
            auditText(field, old), auditText(field, value));
    const QHash<SystemId, qint64> versions = written ? systemVersions({ id }) : QHash<SystemId, qint64>();
    if (!written || !transaction.commit()) {
        fail(storageError());
        return false;
    }
    *it = changed;
    takeSystemVersions(versions);
    emit systemsChanged({ id }, { field });
    emit auditAppended(m_audit->count());
    return true;
}

QVector<SystemId> Workspace::applyInsertSystems(const QVector<SystemSnapshot> &snapshots, Origin origin)
{
    if (m_importing) // the connection is lent to the import's write pass
        return {};
    QVector<SystemSnapshot> stored = snapshots;
    Transaction transaction(*m_database);
    bool ok = transaction.isActive();
    for (SystemSnapshot &snapshot : stored) {
        if (!ok)
            break;
        snapshot.system.id = m_repository->insertSystem(snapshot.system);
        ok = snapshot.system.id != 0
            && appendAudit(actionName(origin, QStringLiteral("create")), QStringLiteral("system"), snapshot.system.id,
                           fieldId(SystemField::Name), {}, snapshot.system.name);
        for (Privilege &privilege : snapshot.privileges) {
            privilege.systemId = snapshot.system.id;
            ok = ok && insertAuditedPrivilege(privilege, actionName(origin, QStringLiteral("create")));
        }
        // Findings of an import are facts about the file, not derived: they come back with the system.
        for (ImportFinding finding : snapshot.findings) {
            finding.systemId = snapshot.system.id;
            ok = ok && m_repository->insertImportFinding(finding) != 0;
        }
        for (Mapping &mapping : snapshot.mappings) {
            mapping.systemId = snapshot.system.id;
            mapping.id = ok ? m_mappings->insert(mapping) : 0;
            ok = mapping.id != 0
                && appendRecordAudit(QStringLiteral("mapping"), mapping.id, {}, auditFields(mapping),
                    auditSummary(mapping), origin);
        }
    }
    if (!ok || !transaction.commit()) {
        fail(storageError());
        return {};
    }
    QVector<SystemId> ids;
    for (SystemSnapshot &snapshot : stored) {
        AiSystem system = snapshot.system;
        system.privileges = summarizePrivileges(snapshot.privileges);
        system.rowVersion = 1; // a new row's, whatever version the snapshot had when it was removed
        ids << system.id;
        m_systems.insert(system.id, system);
        m_order.insert(std::lower_bound(m_order.begin(), m_order.end(), system.id), system.id);
    }
    emit systemsAdded(ids);
    QVector<SystemId> mapped;
    for (const SystemSnapshot &snapshot : std::as_const(stored)) {
        if (!snapshot.mappings.isEmpty())
            mapped << snapshot.system.id;
    }
    if (!mapped.isEmpty())
        emit mappingsChanged(mapped);
    emit auditAppended(m_audit->count());
    return ids;
}

bool Workspace::applyRemoveSystems(const QVector<SystemId> &ids, Origin origin)
{
    if (m_importing) // the connection is lent to the import's write pass
        return {};
    Transaction transaction(*m_database);
    // A system someone else changed meanwhile is not removed on the strength of an older look at it.
    const std::optional<SystemId> stale = transaction.isActive() ? staleSystem(ids) : std::nullopt;
    if (stale && *stale != 0) {
        transaction.rollback();
        refuseStaleSystem(*stale, {});
        return false;
    }
    bool ok = stale.has_value();
    for (SystemId id : ids) {
        const AiSystem *target = system(id);
        ok = ok && target && m_repository->removeSystem(id)
            && appendAudit(actionName(origin, QStringLiteral("delete")), QStringLiteral("system"), id,
                           fieldId(SystemField::Name), target->name, {});
    }
    if (!ok || !transaction.commit()) {
        fail(storageError());
        return false;
    }
    for (SystemId id : ids) {
        m_systems.remove(id);
        auto it = std::lower_bound(m_order.begin(), m_order.end(), id);
        if (it != m_order.end() && *it == id)
            m_order.erase(it);
    }
    emit systemsRemoved(ids);
    emit auditAppended(m_audit->count());
    return true;
}

PersonId Workspace::applyInsertPerson(const Person &person, Origin origin)
{
    if (m_importing) // the connection is lent to the import's write pass
        return 0;
    Transaction transaction(*m_database);
    const PersonId id = transaction.isActive() ? m_repository->insertPerson(person) : 0;
    if (id == 0
        || !appendAudit(actionName(origin, QStringLiteral("create")), QStringLiteral("person"), id, QStringLiteral("name"),
                        {}, person.name)
        || !transaction.commit()) {
        fail(storageError());
        return 0;
    }
    Person stored = person;
    stored.id = id;
    stored.rowVersion = 1; // a new row's
    m_people.insert(id, stored);
    emit peopleChanged({ id });
    emit auditAppended(m_audit->count());
    return id;
}

bool Workspace::applyRemovePerson(PersonId id, Origin origin)
{
    if (m_importing) // the connection is lent to the import's write pass
        return 0;
    const Person *existing = person(id);
    if (!existing)
        return false;
    Transaction transaction(*m_database);
    if (!transaction.isActive() || !m_repository->removePerson(id)
        || !appendAudit(actionName(origin, QStringLiteral("delete")), QStringLiteral("person"), id, QStringLiteral("name"),
                        existing->name, {})
        || !transaction.commit()) {
        fail(storageError());
        return false;
    }
    m_people.remove(id);
    emit peopleChanged({ id });
    emit auditAppended(m_audit->count());
    return true;
}

bool Workspace::insertBulk(const QVector<Person> &people, const QVector<Credential> &credentials,
                           const QVector<SystemSnapshot> &systems, QString *error)
{
    // Provisional ids (1..n, by position) in the input are remapped to the ids the database gives.
    QHash<PersonId, PersonId> personIds;
    QHash<CredentialId, CredentialId> credentialIds;
    QHash<PersonId, Person> addedPeople;
    Transaction transaction(*m_database);
    bool ok = transaction.isActive();
    for (int i = 0; ok && i < people.size(); ++i) {
        Person person = people[i];
        const PersonId provisional = person.id ? person.id : i + 1;
        person.id = 0;
        person.id = m_repository->insertPerson(person);
        ok = person.id != 0
            && appendAudit(QStringLiteral("create"), QStringLiteral("person"), person.id, QStringLiteral("name"), {},
                           person.name);
        personIds.insert(provisional, person.id);
        addedPeople.insert(person.id, person);
    }
    for (int i = 0; ok && i < credentials.size(); ++i) {
        Credential credential = credentials[i];
        const CredentialId provisional = credential.id ? credential.id : i + 1;
        credential.id = 0;
        const CredentialId id = m_privileges->insertCredential(credential);
        ok = id != 0
            && appendAudit(QStringLiteral("create"), QStringLiteral("credential"), id, QStringLiteral("name"), {},
                           credential.name);
        credentialIds.insert(provisional, id);
    }
    QVector<AiSystem> added;
    for (int i = 0; ok && i < systems.size(); ++i) {
        AiSystem system = systems[i].system;
        system.id = 0;
        system.businessOwner = personIds.value(system.businessOwner);
        system.technicalOwner = personIds.value(system.technicalOwner);
        system.riskOwner = personIds.value(system.riskOwner);
        system.id = m_repository->insertSystem(system);
        ok = system.id != 0
            && appendAudit(QStringLiteral("create"), QStringLiteral("system"), system.id, fieldId(SystemField::Name), {},
                           system.name);
        // Bulk privileges are audited as one entry per system listing them: at 1M privileges an
        // entry each would double the file for no information the list does not carry.
        QVector<Privilege> privileges = systems[i].privileges;
        QStringList granted;
        for (Privilege &privilege : privileges) {
            privilege.id = 0;
            privilege.systemId = system.id;
            privilege.credentialId = credentialIds.value(privilege.credentialId);
            ok = ok && m_privileges->insertPrivilege(privilege) != 0;
            granted << QStringLiteral("%1 (%2)").arg(privilege.target, toId(privilege.scope));
        }
        if (!granted.isEmpty())
            ok = ok && appendAudit(QStringLiteral("create"), QStringLiteral("system"), system.id, QStringLiteral("privileges"),
                                   {}, granted.join(QStringLiteral("; ")));
        system.privileges = summarizePrivileges(privileges);
        // Mappings likewise, one entry per system listing them.
        QStringList mapped;
        for (Mapping mapping : systems[i].mappings) {
            mapping.id = 0;
            mapping.systemId = system.id;
            ok = ok && m_mappings->insert(mapping) != 0;
            mapped << QStringLiteral("%1 %2 (%3)").arg(mapping.catalogId, mapping.itemId, toId(mapping.status));
        }
        if (!mapped.isEmpty())
            ok = ok && appendAudit(QStringLiteral("create"), QStringLiteral("system"), system.id, QStringLiteral("mappings"),
                                   {}, mapped.join(QStringLiteral("; ")));
        added << system;
    }
    if (!ok || !transaction.commit()) {
        *error = storageError();
        m_audit->reloadHead();
        return false;
    }
    for (auto it = addedPeople.cbegin(); it != addedPeople.cend(); ++it)
        m_people.insert(it.key(), it.value());
    QVector<SystemId> ids;
    for (AiSystem &system : added) {
        ids << system.id;
        system.rowVersion = 1; // a new row's
        m_systems.insert(system.id, system);
        m_order << system.id; // new ids are above every existing one
    }
    if (!addedPeople.isEmpty())
        emit peopleChanged(addedPeople.keys().toVector());
    if (!ids.isEmpty())
        emit systemsAdded(ids);
    QVector<SystemId> withMappings;
    for (int i = 0; i < systems.size(); ++i) {
        if (!systems[i].mappings.isEmpty())
            withMappings << ids.at(i);
    }
    if (!withMappings.isEmpty())
        emit mappingsChanged(withMappings);
    emit auditAppended(m_audit->count());
    return true;
}

} // namespace Mandate
