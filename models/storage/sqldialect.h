#pragma once
// What differs between the workspace backends (issue 8): the embedded file (SQLite) and, next, a
// server (PostgreSQL). The Qt driver, the statements that set a new connection up, and how a failed
// statement maps to what an analyst is told. The tables and the repositories' SQL are shared, so
// this stays small: anything that can be written once for both is written once.

#include "storage/workspaceerror.h"

#include <QString>
#include <QStringList>

class QSqlError;

namespace Mandate {

class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    virtual QString driverName() const = 0;
    // Options for QSqlDatabase::setConnectOptions().
    virtual QString connectOptions() const = 0;
    // Run once on every new connection, in order; the first that fails refuses the open.
    virtual QStringList sessionSetup() const = 0;
    virtual WorkspaceError::Kind classify(const QSqlError &error) const = 0;
    // Whether other processes write the same workspace at the same time (a server), so that each
    // write transaction must first take the audit chain's lock and read its head afresh.
    virtual bool sharedWriters() const { return false; }
    // Run right after BEGIN of every write transaction.
    virtual QStringList beginWrite() const { return {}; }
};

// The file workspace: one process holds the file while it is open (exclusive locking), foreign keys
// on, WAL with synchronous NORMAL.
class SqliteDialect final : public SqlDialect
{
public:
    QString driverName() const override;
    QString connectOptions() const override;
    QStringList sessionSetup() const override;
    WorkspaceError::Kind classify(const QSqlError &error) const override;
};

// A workspace on a PostgreSQL server (issue 8; being built). The server answers with SQLSTATE codes.
class PostgresDialect final : public SqlDialect
{
public:
    QString driverName() const override;
    QString connectOptions() const override;
    QStringList sessionSetup() const override;
    WorkspaceError::Kind classify(const QSqlError &error) const override;
    bool sharedWriters() const override { return true; }
    QStringList beginWrite() const override;
};

} // namespace Mandate
