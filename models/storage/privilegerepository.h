#pragma once
// The SQL for privilege boundaries and credentials: plain reads and writes of rows, with no
// transactions, audit or notifications of its own (the workspace wraps those around it).

#include "domain/aisystem.h"
#include "domain/credential.h"
#include "domain/privilege.h"

#include <QHash>
#include <QSqlQuery>
#include <QVector>

namespace Mandate {

class Database;

class PrivilegeRepository
{
public:
    explicit PrivilegeRepository(Database &database) : m_database(database) {}

    // What the derived facts need of each system's boundary, for every system that has one.
    QHash<SystemId, PrivilegeSummary> summaries() const;
    PrivilegeSummary summary(SystemId id) const;

    // id 0 lets the database choose; otherwise the row gets exactly that id (undo of a removal).
    qint64 insertPrivilege(const Privilege &privilege);
    bool updatePrivilege(const Privilege &privilege); // every column, by id
    bool removePrivilege(PrivilegeId id);
    Privilege privilege(PrivilegeId id) const;        // id 0 when there is none
    QVector<Privilege> privileges(SystemId id) const;
    QVector<Privilege> allPrivileges() const; // every system's, by system then id

    CredentialId insertCredential(const Credential &credential);
    bool updateCredential(const Credential &credential); // every column, by id
    bool removeCredential(CredentialId id);
    QVector<Credential> credentials() const;
    Credential credential(CredentialId id) const;      // id 0 when there is none
    QVector<SystemId> systemsUsingCredential(CredentialId id) const;
    QHash<CredentialId, int> systemCountPerCredential() const;
    int privilegesUsingCredential(CredentialId id) const;

    QString lastError() const { return m_lastError; }

private:
    bool run(QSqlQuery &query) const;

    Database &m_database;
    mutable QString m_lastError;
};

} // namespace Mandate
