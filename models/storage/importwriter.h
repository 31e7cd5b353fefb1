#pragma once
// The write pass of an import: runs the ImportPass again and stores each row, in one transaction,
// through SQLite's C API on the workspace's own connection. Qt's driver wraps every bound value in
// a QVariant and copies it; on 100k rows the C API is several times faster (the issue allows the
// raw handle on the bulk path). It may run on a worker thread: the workspace hands it the
// connection in an ImportContext and stays busy (touching no SQL) until finishImport(), since Qt
// opens SQLite connections without a mutex.
//
// All or nothing: a bad row under "abort", a read error, a cancel, a failed write, or a file that
// reads differently than it did at the check, rolls everything back.

#include "io/importpass.h"
#include "storage/auditentry.h"

#include <QVector>

struct sqlite3;

namespace Mandate {

// What the workspace lends the write pass.
struct ImportContext
{
    sqlite3 *connection = nullptr;
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
