#pragma once
// Decides what each converted row means for the workspace: a new system, a change to the system
// it matches (by external id, or by the key the analyst picked), or nothing. Keeps the analyst's
// own work safe: a field set by hand since the last import is a conflict, kept unless the analyst
// gives it to the file. Finds rows the file repeats and systems the file no longer names.
// Works on a snapshot of the workspace, so the check pass can run on a worker thread; the write
// pass runs the same decisions again, so both passes agree by construction.

#include "domain/person.h"
#include "io/importreport.h"
#include "io/rowconverter.h"

#include <QHash>
#include <QPair>
#include <QSet>

#include <optional>

namespace Mandate {

// The workspace as the import sees it: copies, cheap thanks to implicit sharing.
struct WorkspaceSnapshot
{
    QHash<SystemId, AiSystem> systems;
    QVector<SystemId> order;
    QHash<PersonId, Person> people;
};

// How rows find their systems. By a field (external_id, name, ...) or by a custom attribute.
struct MatchKey
{
    std::optional<SystemField> field;
    QString attribute; // used when field is not set; empty with no field: nothing matches
};

// Conflicts the analyst gives to the file, as (system, field); or all of them.
struct ConflictChoices
{
    bool takeFileForAll = false;
    QSet<QPair<SystemId, int>> takeFile; // int(SystemField)
};

class ImportAnalyzer
{
public:
    ImportAnalyzer(const WorkspaceSnapshot &workspace, const MatchKey &key, const ConflictChoices &choices);

    // Classifies one row and records it in the report: counts, lists, problems and secrets.
    // nullopt for a bad row (its problems are in the report).
    std::optional<RowOutcome> add(const ConvertedRow &row, const QString &keyColumn, const QString &nameColumn,
                                  ImportReport *report);
    // Lists the systems the file did not name (only when rows are matched at all).
    void finish(ImportReport *report) const;

private:
    QString normalizedKey(const QString &key) const;
    QString existingKey(const AiSystem &system) const;
    QString personName(PersonId id) const;
    void compare(const AiSystem &current, const ConvertedRow &row, RowOutcome *outcome, ImportReport *report);
    void noteOwner(const QString &name, ImportReport *report);

    const WorkspaceSnapshot &m_workspace;
    MatchKey m_key;
    ConflictChoices m_choices;
    QHash<QString, QVector<SystemId>> m_existingByKey;
    QHash<QString, QVector<SystemId>> m_keylessByName; // case-folded name -> systems with no key
    QHash<QString, qint64> m_keysInFile; // key -> the line that first gave it
    QSet<SystemId> m_matched;
    QSet<QString> m_knownPeople; // case-folded names
    QSet<QString> m_ownerNamesSeen; // as spelled in the file
};

} // namespace Mandate
