#pragma once
// What an import found and decided, row by row: shown by the wizard before anything is written,
// printed by the CLI (as text or --json), and checked again by the write pass. Plain data, so the
// check pass can build it on a worker thread.

#include "domain/aisystem.h"
#include "io/readerror.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

namespace Mandate {

// A row the import cannot take as it is: an unknown enum value, a missing name, a key the file
// repeats. Such rows are skipped or abort the import, as the analyst chooses.
struct RowProblem
{
    qint64 line = 0;
    QString column;  // the source column, as the file names it; empty for the row as a whole
    QString message; // translated
};

// A value that looked like a secret: redacted before storage, raised as F-SECRET-IN-INVENTORY.
// Names the place and the kind, never the secret.
struct SecretHit
{
    qint64 line = 0;
    QString column;
    QString kind; // translated, e.g. "AWS access key"
};

// One field a matched row would change. A conflict is a field the analyst set by hand since the
// last import: it keeps the workspace value unless the analyst takes the file's.
struct FieldChange
{
    SystemField field = SystemField::Name;
    QVariant oldValue; // storage form; owners as the person's name
    QVariant newValue;
    bool conflict = false;
    bool apply = true; // false for a conflict the analyst has not given to the file
};

struct RowOutcome
{
    enum class Kind { New, Changed, Unchanged };
    Kind kind = Kind::New;
    qint64 line = 0;
    SystemId target = 0; // the matched system; 0 for new
    QString name;        // for lists: the file's name, else the matched system's
    QVector<FieldChange> changes;
};

struct ImportReport
{
    QString file;
    QString sourceDescription; // how the file was read: format, encoding, delimiter
    QStringList notes;         // translated remarks that are not problems (numbered repeated columns, ...)
    QJsonObject mapping;       // the column mapping used, as a mapping file (ColumnMapping::toJson)
    ReadError fatal;           // set when the file cannot be read at all: nothing is imported
    bool cancelled = false;

    // A hash over every record read, so the write pass can tell that the file still holds what the
    // analyst checked (a rewritten value changes no count). Not cryptographic: it guards against
    // accidents, not attacks.
    size_t contentFingerprint = 0;

    qint64 rowsRead = 0;
    qint64 newCount = 0;
    qint64 changedCount = 0;
    qint64 unchangedCount = 0;
    qint64 badRowCount = 0;
    qint64 conflictCount = 0; // fields, over all changed rows
    QStringList newPeople;    // owners named in the file and not yet in the workspace

    // New rows are listed up to listLimit (the counts stay exact); changed rows are always listed.
    static constexpr int listLimit = 10000;
    QVector<RowOutcome> newRows;
    QVector<RowOutcome> changedRows;
    QVector<SystemId> missing; // workspace systems the file does not name (matched by the same key)
    QVector<RowProblem> problems;
    QVector<SecretHit> secrets;

    bool canImport() const { return !fatal.isError() && !cancelled; }
};

} // namespace Mandate
