#include "sqldialect.h"

#include <QSqlError>

namespace Mandate {
namespace {

// SQLite's primary result codes that matter for classification.
enum SqliteCode { SqliteBusy = 5, SqliteLocked = 6, SqliteReadOnly = 8, SqliteCorrupt = 11, SqliteNotADb = 26 };

} // namespace

QString SqliteDialect::driverName() const
{
    return QStringLiteral("QSQLITE");
}

QString SqliteDialect::connectOptions() const
{
    // Fail at once rather than wait when another process holds the file.
    return QStringLiteral("QSQLITE_BUSY_TIMEOUT=0");
}

QStringList SqliteDialect::sessionSetup() const
{
    // Exclusive locking: one process holds the workspace while it is open, so the in-memory copy
    // stays authoritative; with WAL this also avoids the shared-memory index file. The first read
    // takes the lock, so a second instance fails here, before it could change anything.
    return { QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"), QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA synchronous = NORMAL"), QStringLiteral("SELECT count(*) FROM sqlite_master") };
}

WorkspaceError::Kind SqliteDialect::classify(const QSqlError &error) const
{
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case SqliteBusy:
    case SqliteLocked: return WorkspaceError::Locked;
    case SqliteReadOnly: return WorkspaceError::ReadOnly;
    case SqliteCorrupt: return WorkspaceError::Corrupt;
    case SqliteNotADb: return WorkspaceError::NotAWorkspace;
    default: return WorkspaceError::Io;
    }
}

QString PostgresDialect::driverName() const
{
    return QStringLiteral("QPSQL");
}

QString PostgresDialect::connectOptions() const
{
    // A server that does not answer is said so within seconds rather than after TCP's minutes.
    return QStringLiteral("connect_timeout=10");
}

QStringList PostgresDialect::sessionSetup() const
{
    // Wait a little for another analyst's edit rather than fail at once, but never for long: the
    // window is waiting too. Times are written as text in UTC by the application, not the server.
    return { QStringLiteral("SET lock_timeout = '5s'"), QStringLiteral("SET TIME ZONE 'UTC'") };
}

QStringList PostgresDialect::beginWrite() const
{
    // Writers take turns on the audit chain's head row, first thing, so every writer locks in the
    // same order (no deadlock) and appends after the last committed entry. A row lock rather than
    // an advisory lock: a viewer, who may not update meta, cannot take it either.
    return { QStringLiteral("SELECT value FROM meta WHERE key = 'audit_head' FOR UPDATE") };
}

WorkspaceError::Kind PostgresDialect::classify(const QSqlError &error) const
{
    const QString state = error.nativeErrorCode();
    if (state == QLatin1String("3D000")) // invalid_catalog_name: no such database
        return WorkspaceError::NotFound;
    if (state == QLatin1String("42P01")) // undefined_table: a database, but not a workspace
        return WorkspaceError::NotAWorkspace;
    if (state == QLatin1String("42501") || state == QLatin1String("25006")) // no privilege; read-only transaction
        return WorkspaceError::ReadOnly;
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") || state == QLatin1String("55P03"))
        return WorkspaceError::Locked; // serialization failure, deadlock, lock not available
    if (state.startsWith(QLatin1String("XX00"))) // data or index corrupted
        return WorkspaceError::Corrupt;
    return WorkspaceError::Io;
}

} // namespace Mandate
