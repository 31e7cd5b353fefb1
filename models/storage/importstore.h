#pragma once
// Where an import's write pass (ImportWriter) stores its rows: the statements it needs, behind one
// interface with a store per backend. A workspace file is written through SQLite's C API on the
// workspace's own connection (importstoresqlite.cpp); a server workspace through a connection of
// the write pass's own, sending new systems and audit entries many rows to a statement
// (importstoreserver.cpp). The write pass keeps the decisions: which rows, the people, the chain.

#include "domain/aisystem.h"
#include "domain/person.h"
#include "storage/auditentry.h"

#include <QString>
#include <QVariant>
#include <QVector>

#include <memory>

namespace Mandate {

struct ImportContext;

class ImportStore
{
public:
    virtual ~ImportStore() = default;

    // The store for the context's workspace, or nullptr with *error set. Made on the thread that
    // writes: a server store's connection belongs to it.
    static std::unique_ptr<ImportStore> open(const ImportContext &context, QString *error);

    // Starts the transaction. Where others write too (a server), first takes the audit chain's lock
    // and reads its head afresh into *auditCount and *auditHead; otherwise leaves them as given.
    virtual bool begin(qint64 *auditCount, QByteArray *auditHead) = 0;
    virtual bool commit() = 0;
    virtual void rollback() = 0;

    virtual PersonId insertPerson(const QString &name) = 0; // 0 on failure
    // values by int(SystemField), in AiSystem::value() form with owners as person ids; 0 on failure.
    virtual SystemId insertSystem(const QVector<QVariant> &values) = 0;

    enum class Update { Done, Stale, Failed };
    // Sets one field of a system stored at version expectedVersion, keeps only the keptEditedBits of
    // its edited fields, and raises its version. Stale when the row is at another version or gone:
    // someone changed it after the import was checked.
    virtual Update updateField(SystemId id, SystemField field, const QVariant &value, qint64 keptEditedBits,
                               qint64 expectedVersion) = 0;

    virtual bool hasSecretFinding(SystemId id, const QString &rule, const QString &column, const QString &detail) = 0;
    // The new finding's id, 0 on failure.
    virtual qint64 insertSecretFinding(SystemId id, const QString &rule, const QString &file, qint64 line,
                                       const QString &column, const QString &detail, const QString &foundAt) = 0;

    // entry with its sequence and hashes set; atText is entry.at as stored (computeHash's form).
    virtual bool appendAudit(const AuditEntry &entry, const QString &atText) = 0;
    // The chain's head also kept in meta, as AuditLog::append does, so cutting entries off shows.
    virtual bool setAuditHead(qint64 count, const QByteArray &head) = 0;

    virtual QString lastError() const = 0;

private:
    static std::unique_ptr<ImportStore> openFile(const ImportContext &context, QString *error);   // importstoresqlite.cpp
    static std::unique_ptr<ImportStore> openServer(const ImportContext &context, QString *error); // importstoreserver.cpp
};

} // namespace Mandate
