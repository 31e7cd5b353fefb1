// The people half of Workspace: the records that own systems, added, edited and removed as undo
// steps with one audit entry per changed field.

#include "workspace.h"

#include "commands/recordchangecommand.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/recordchangecheck.h"
#include "storage/systemrepository.h"

#include <QUndoStack>

namespace Mandate {
namespace {

// Plausible, not valid: one @, something on both sides, a dot inside the domain, no spaces. The
// point is catching a name typed into the email column, not policing addresses.
bool isPlausibleEmail(const QString &email)
{
    if (email.count(u'@') != 1 || email.contains(u' '))
        return false;
    const qsizetype at = email.indexOf(u'@');
    const QString domain = email.mid(at + 1);
    const qsizetype dot = domain.indexOf(u'.');
    return at > 0 && dot > 0 && !domain.endsWith(u'.');
}

Person trimmed(const Person &person)
{
    return Person { person.id, person.name.trimmed(), person.email.trimmed(), person.team.trimmed() };
}

} // namespace

QVector<SystemId> Workspace::systemsOwnedBy(PersonId id) const
{
    QVector<SystemId> owned;
    if (id == 0)
        return owned;
    for (const SystemId systemId : m_order) {
        const AiSystem *s = system(systemId);
        if (s->businessOwner == id || s->technicalOwner == id || s->riskOwner == id)
            owned << systemId;
    }
    return owned;
}

QString Workspace::personProblem(const Person &p) const
{
    if (m_importing)
        return tr("An import is running; try again when it is done.");
    if (p.name.isEmpty())
        return tr("A person needs a name.");
    const QString key = personNameKey(p.name);
    for (const Person &other : m_people) {
        if (other.id != p.id && personNameKey(other.name) == key)
            return tr("There is already a person called %1.").arg(other.name);
    }
    if (!p.email.isEmpty() && !isPlausibleEmail(p.email))
        return tr("“%1” does not look like an email address (name@example.org).").arg(p.email);
    return {};
}

PersonId Workspace::addPerson(const Person &person)
{
    Person added = trimmed(person);
    added.id = 0;
    m_lastError = personProblem(added);
    if (!m_lastError.isEmpty())
        return 0;
    std::optional<Person> stored;
    m_undoStack->push(new RecordChangeCommand<Person>(this, std::nullopt, added, tr("Add person %1").arg(added.name), &stored));
    return stored ? stored->id : 0;
}

bool Workspace::updatePerson(const Person &changed)
{
    m_lastError.clear();
    const Person *old = person(changed.id);
    if (!old) {
        m_lastError = tr("no person with id %1").arg(changed.id);
        return false;
    }
    const Person edited = trimmed(changed);
    m_lastError = personProblem(edited);
    if (!m_lastError.isEmpty() || auditFields(*old) == auditFields(edited))
        return false;
    m_lastError = staleRecordProblem(QStringLiteral("person"), old->id, changed.rowVersion, old->rowVersion,
        auditSummary(*old), auditFields(*old), auditFields(edited));
    if (!m_lastError.isEmpty())
        return false;
    m_undoStack->push(new RecordChangeCommand<Person>(this, *old, edited, tr("Change person %1").arg(old->name)));
    return m_lastError.isEmpty(); // not stored: fail() said why
}

bool Workspace::removePerson(PersonId id)
{
    m_lastError.clear();
    const Person *old = person(id);
    if (!old) {
        m_lastError = tr("no person with id %1").arg(id);
        return false;
    }
    if (m_importing) {
        m_lastError = tr("An import is running; try again when it is done.");
        return false;
    }
    // Removing an owner would leave systems without the owner they list; reassign those first.
    if (const int owned = int(systemsOwnedBy(id).size())) {
        m_lastError = tr("%1 still owns %Ln system(s); assign other owners first.", nullptr, owned).arg(old->name);
        return false;
    }
    m_undoStack->push(new RecordChangeCommand<Person>(this, *old, std::nullopt, tr("Remove person %1").arg(old->name)));
    return true;
}

bool Workspace::applyRecordChange(const std::optional<Person> &from, std::optional<Person> *to, Origin origin)
{
    if (m_importing || (!from && !*to))
        return false;
    qint64 id = from ? from->id : (*to)->id;
    // The removal of an owner would dangle; the edit methods refuse it, this is for safety on redo.
    if (!*to && !systemsOwnedBy(id).isEmpty())
        return false;
    Transaction transaction(*m_database);
    if (transaction.isActive()
        && !recordChangeIsCurrent(QStringLiteral("people"), QStringLiteral("person"), from, *to, [this](qint64 personId) {
               QHash<PersonId, Person> stored;
               return m_repository->loadPeople(&stored) ? stored.value(personId) : Person();
           })) {
        transaction.rollback();
        fail(m_lastError);
        reloadPeople();
        return false;
    }
    bool ok = transaction.isActive();
    if (ok && !from) {
        id = m_repository->insertPerson(**to);
        ok = id != 0;
    } else if (ok && !*to) {
        ok = m_repository->removePerson(id);
    } else if (ok) {
        ok = m_repository->updatePerson(**to);
    }
    ok = ok
        && appendRecordAudit(QStringLiteral("person"), id, from ? auditFields(*from) : AuditFields(),
            *to ? auditFields(**to) : AuditFields(), auditSummary(from ? *from : **to), origin);
    // Read inside the transaction: after it, another writer's change could be taken for ours.
    const qint64 version = ok && *to ? storedVersion(QStringLiteral("people"), id) : 0;
    if (!ok || !transaction.commit()) {
        fail(storageError());
        return false;
    }
    if (*to) {
        (*to)->id = id;
        (*to)->rowVersion = version;
        m_people.insert(id, **to);
    } else {
        m_people.remove(id);
    }
    emit peopleChanged({ id });
    // Owner names are shown with the systems: those of the systems this person owns changed.
    if (from && *to) {
        for (const SystemField field : { SystemField::BusinessOwner, SystemField::TechnicalOwner, SystemField::RiskOwner }) {
            QVector<SystemId> systems;
            for (const SystemId systemId : std::as_const(m_order)) {
                if (system(systemId)->value(field).toLongLong() == id)
                    systems << systemId;
            }
            if (!systems.isEmpty())
                emit systemsChanged(systems, { field });
        }
    }
    emit auditAppended(m_audit->count());
    return true;
}

} // namespace Mandate
