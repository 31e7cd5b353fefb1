#pragma once
// The SQL for framework catalogs an analyst loaded into a workspace (the built-in ones are
// resources and never stored): the catalogs and catalog_items tables, read and written whole.
// No transactions, audit or notifications of its own; the workspace wraps those around it.

#include "rules/frameworkcatalog.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVector>

namespace Mandate {

class Database;

class CatalogRepository
{
public:
    explicit CatalogRepository(Database &database) : m_database(database) {}

    // Every stored catalog in the order loaded, items in the file's order; false on a read error.
    bool load(QVector<FrameworkCatalog> *catalogs) const;
    // The catalog and its items; the id must not be stored yet.
    bool insert(const FrameworkCatalog &catalog, const QString &loadedBy, const QDateTime &loadedAt);
    // The catalog and its items; false when it was not stored.
    bool remove(const QString &catalogId);

    QString lastError() const { return m_lastError; }

private:
    bool run(QSqlQuery &query) const;

    Database &m_database;
    mutable QString m_lastError;
};

} // namespace Mandate
