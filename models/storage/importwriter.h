#pragma once
// The write pass of an import: runs the ImportPass again and stores each row, in one transaction,
// through the workspace backend's ImportStore (importstore.h): SQLite's C API on the workspace's own
// connection for a file, a connection of its own sending many rows a statement for a server. It
// may run on a worker thread: the workspace hands over what the store needs in an ImportContext and
// stays busy (touching no SQL) until finishImport(), since Qt opens SQLite connections without a mutex.
//
// All or nothing: a bad row under "abort", a read error, a cancel, a failed write, a file that
// reads differently than it did at the check, or a system someone else changed since, rolls
// everything back.

#include "io/importpass.h"
#include "storage/auditentry.h"

#include <QVector>

struct sqlite3;

namespace Mandate {

// What the workspace lends the write pass.
struct ImportContext
{
    sqlite3 *connection = nullptr; // a file: the workspace's own connection
    QString serverConnection;       // a server: the workspace's connection, which the store clones
    qint64 sessionId = 0;           // a server: the workspace's session, which the store's notices carry
    WorkspaceSnapshot workspace;
    QString actor;
    qint64 auditCount = 0;
    QByteArray auditHead;
    // Off for the CLI, which exits after the import: a million new systems are not kept in memory.
    bool keepAddedSystems = true;
};

struct AppliedChange
{
    SystemId system = 0;
    SystemField field = SystemField::Name;
    QVariant oldValue; // storage form (owners as person ids)
    QVariant newValue;
    bool wasEdited = false; // the analyst's own before the import took it: undo gives it back
};

struct ImportResult
{
    ImportReport report;
    bool committed = false;
    // Why nothing was written: the file (unreadable, changed since the check, bad rows under
    // "abort"), a cancel, or the workspace (a failed write). Callers map these to exit codes.
    enum class Failure { None, File, Cancelled, Workspace };
    Failure failure = Failure::None;
    QString error; // translated
    QVector<Person> addedPeople;
    QVector<SystemId> addedIds;
    QVector<AiSystem> addedSystems; // when keepAddedSystems
    QVector<AppliedChange> changes;
    qint64 findingsStored = 0;
};

class ImportWriter
{
public:
    // checked: the report of the check pass the analyst agreed to; the write refuses a file that
    // reads differently now.
    static ImportResult write(const ImportContext &context, const ImportSettings &settings,
                              const ImportReport &checked, const ImportControl &control);
    // Checks and writes in one pass, for callers with no one to show a check to (the CLI): the
    // same decisions, and still nothing stored when a bad row meets "abort", a read fails or a
    // cancel comes. Reads the file once instead of twice.
    static ImportResult write(const ImportContext &context, const ImportSettings &settings,
                              const ImportControl &control);

private:
    static ImportResult write(const ImportContext &context, const ImportSettings &settings,
                              const ImportReport *checked, const ImportControl &control);
};

} // namespace Mandate
