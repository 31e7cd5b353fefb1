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

} // namespace Mandate
