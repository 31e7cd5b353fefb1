#pragma once
// The SQL for systems, people, credentials and privileges: plain reads and writes of rows, with no
// transactions, audit or notifications of its own (the workspace wraps those around it).

#include "domain/aisystem.h"
#include "domain/credential.h"
#include "domain/person.h"
#include "domain/privilege.h"

#include <QHash>
#include <QSqlQuery>
#include <QVector>

namespace Mandate {

class Database;

class SystemRepository
{
public:
    explicit SystemRepository(Database &database) : m_database(database) {}

    bool loadSystems(QHash<SystemId, AiSystem> *systems, QVector<SystemId> *order) const;
    bool loadPeople(QHash<PersonId, Person> *people) const;

    // id 0 lets the database choose; otherwise the row gets exactly that id (undo of a removal).
    SystemId insertSystem(const AiSystem &system);
    bool updateSystemField(SystemId id, SystemField field, const QVariant &value);
    bool removeSystem(SystemId id);

    PersonId insertPerson(const Person &person);
    bool removePerson(PersonId id);

    CredentialId insertCredential(const Credential &credential);
    QVector<Credential> credentials() const;
    Credential credential(CredentialId id) const;
    QVector<SystemId> systemsUsingCredential(CredentialId id) const;

    qint64 insertPrivilege(const Privilege &privilege);
    QVector<Privilege> privileges(SystemId id) const;

    QString lastError() const { return m_lastError; }

private:
    bool run(QSqlQuery &query) const;

    Database &m_database;
    mutable QString m_lastError;
};

} // namespace Mandate
