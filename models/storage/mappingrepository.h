#pragma once
// The SQL for framework mappings (DOMAIN.md section 7): plain reads and writes of rows, with no
// transactions, audit or notifications of its own (the workspace wraps those around it).

#include "domain/aisystem.h"
#include "domain/mapping.h"

#include <QSqlQuery>
#include <QVector>

namespace Mandate {

class Database;

class MappingRepository
{
public:
    explicit MappingRepository(Database &database) : m_database(database) {}

    // id 0 lets the database choose; otherwise the row gets exactly that id (undo of a removal).
    qint64 insert(const Mapping &mapping);
    bool update(const Mapping &mapping); // every column, by id
    bool remove(qint64 id);
    Mapping mapping(qint64 id) const; // id 0 when there is none
    // The one mapping of a system to a catalog item, id 0 when there is none.
    Mapping mapping(SystemId systemId, const QString &catalogId, const QString &itemId) const;
    QVector<Mapping> mappings(SystemId systemId) const; // by catalog, then item
    QVector<Mapping> allMappings() const;               // by system, catalog, item

    QString lastError() const { return m_lastError; }

private:
    bool run(QSqlQuery &query) const;
    QVector<Mapping> select(const QString &where, qint64 systemId) const;

    Database &m_database;
    mutable QString m_lastError;
};

} // namespace Mandate
