#pragma once
// Why a workspace could not be opened, created or written. Each kind gets its own clear message,
// naming the file, because an analyst needs to know whether to retry, upgrade or restore.

#include <QString>

namespace Mandate {

struct WorkspaceError
{
    enum Kind {
        None,
        NotFound,       // no such file
        AlreadyExists,  // create() refuses to touch an existing file
        NotAWorkspace,  // not SQLite, or SQLite but not ours
        SchemaTooNew,   // written by a newer Mandate
        Corrupt,        // truncated or damaged
        Locked,         // another instance holds it
        ReadOnly,       // no write permission
        Io,             // anything else the disk or database said
    };

    Kind kind = None;
    QString path;
    QString detail; // technical detail, e.g. SQLite's own message; may be empty

    bool isError() const { return kind != None; }
    explicit operator bool() const { return isError(); }
    QString message() const; // one translated line naming the file and the problem

    static WorkspaceError make(Kind kind, const QString &path, const QString &detail = {})
    {
        return WorkspaceError { kind, path, detail };
    }
};

} // namespace Mandate
