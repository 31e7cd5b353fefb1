#pragma once
// The SQL for systems and people (privileges and credentials: PrivilegeRepository): plain reads and writes of rows, with no
// transactions, audit or notifications of its own (the workspace wraps those around it).

#include "domain/aisystem.h"
#include "domain/credential.h"
#include "domain/importfinding.h"
#include "domain/person.h"
#include "domain/privilege.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVector>

namespace Mandate {

class Database;

// A field's value as the systems table stores it: owners as ids, or NULL when unset; text never
// NULL (NOT NULL columns); flags and numbers as integers (a server takes no boolean there). The
// file import binds the same way through SqliteStatement::bindValue.
QVariant storedSystemValue(SystemField field, const QVariant &value);

class SystemRepository
{
public:
    explicit SystemRepository(Database &database) : m_database(database) {}

    // Without their privilege summaries, which PrivilegeRepository::summaries() gives.
    bool loadSystems(QHash<SystemId, AiSystem> *systems, QVector<SystemId> *order) const;
    // Those of ids that are stored (another writer may have removed some), for a refresh.
    bool loadSystems(const QVector<SystemId> &ids, QHash<SystemId, AiSystem> *systems) const;
    bool loadPeople(QHash<PersonId, Person> *people) const;

    // id 0 lets the database choose; otherwise the row gets exactly that id (undo of a removal).
    SystemId insertSystem(const AiSystem &system);
    // markEdited: an analyst's hand edit; the same UPDATE sets the field's bit in edited_fields.
    bool updateSystemField(SystemId id, SystemField field, const QVariant &value, bool markEdited = false);
    // Replaces the whole mask (undo of a hand edit, or an import that takes the file's values).
    bool setEditedFields(SystemId id, quint32 mask);
    // Where the analyst placed it on the map; nullopt: automatic.
    bool setMapPosition(SystemId id, const std::optional<QPointF> &position);
    bool removeSystem(SystemId id);

    PersonId insertPerson(const Person &person);
    bool removePerson(PersonId id);
    bool updatePerson(const Person &person); // by id

    // id 0 lets the database choose; otherwise exactly that id. Returns the id, 0 on failure.
    qint64 insertImportFinding(const ImportFinding &finding);
    QVector<ImportFinding> importFindings(SystemId id) const; // in the order they were found
    QSet<SystemId> systemsWithImportFindings() const;

    QString lastError() const { return m_lastError; }

private:
    bool run(QSqlQuery &query) const;
    bool readSystems(QSqlQuery &query, QHash<SystemId, AiSystem> *systems, QVector<SystemId> *order) const;

    Database &m_database;
    mutable QString m_lastError;
};

} // namespace Mandate
