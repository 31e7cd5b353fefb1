#include "importanalyzer.h"

#include <QCoreApplication>

namespace Mandate {
namespace {

QString folded(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

} // namespace

ImportAnalyzer::ImportAnalyzer(const WorkspaceSnapshot &workspace, const MatchKey &key, const ConflictChoices &choices)
    : m_workspace(workspace), m_key(key), m_choices(choices)
{
    const bool keyIsName = m_key.field == SystemField::Name;
    for (const SystemId id : workspace.order) {
        const AiSystem &system = workspace.systems.value(id);
        const QString systemKey = existingKey(system);
        if (!systemKey.isEmpty())
            m_existingByKey[systemKey].append(id);
        else if (!keyIsName && (m_key.field || !m_key.attribute.isEmpty()))
            m_keylessByName[folded(system.name)].append(id);
    }
    for (const Person &person : workspace.people)
        m_knownPeople.insert(personNameKey(person.name));
}

QString ImportAnalyzer::normalizedKey(const QString &key) const
{
    // Names are matched as people read them, ignoring case; ids exactly.
    return m_key.field == SystemField::Name ? folded(key) : key.trimmed();
}

QString ImportAnalyzer::existingKey(const AiSystem &system) const
{
    if (m_key.field)
        return normalizedKey(system.value(*m_key.field).toString());
    if (!m_key.attribute.isEmpty())
        return normalizedKey(system.customAttributes.value(m_key.attribute).toString());
    return {};
}

QString ImportAnalyzer::personName(PersonId id) const
{
    return id ? m_workspace.people.value(id).name : QString();
}

void ImportAnalyzer::noteOwner(const QString &name, ImportReport *report)
{
    // Most rows name owners seen before: the exact spelling is checked before folding case.
    if (name.isEmpty() || m_ownerNamesSeen.contains(name))
        return;
    m_ownerNamesSeen.insert(name);
    if (m_knownPeople.contains(personNameKey(name)))
        return;
    m_knownPeople.insert(personNameKey(name));
    report->newPeople.append(name.trimmed());
}

std::optional<RowOutcome> ImportAnalyzer::add(const ConvertedRow &row, const QString &keyColumn,
                                              const QString &nameColumn, ImportReport *report)
{
    ++report->rowsRead;
    report->secrets += row.secrets;
    QVector<RowProblem> problems = row.problems;

    QVector<SystemId> matches;
    const QString key = normalizedKey(row.key);
    if (!key.isEmpty()) {
        const auto seen = m_keysInFile.constFind(key);
        if (seen != m_keysInFile.constEnd()) {
            problems.append(RowProblem { row.line, keyColumn,
                                         QCoreApplication::translate("ImportAnalyzer", "the key \"%1\" is also on line %2")
                                             .arg(row.key)
                                             .arg(seen.value()) });
        } else {
            m_keysInFile.insert(key, row.line);
        }
        matches = m_existingByKey.value(key);
        if (matches.size() > 1) {
            problems.append(RowProblem { row.line, keyColumn,
                                         QCoreApplication::translate("ImportAnalyzer",
                                                                     "the key \"%1\" matches %n systems in the workspace",
                                                                     nullptr, int(matches.size()))
                                             .arg(row.key) });
        }
    } else if (!row.name.isEmpty()) {
        // A row without an id finds the system an earlier import made from it, itself without an
        // id, by name; otherwise importing the same file twice would add that row twice.
        matches = m_keylessByName.value(folded(row.name));
        if (matches.size() > 1)
            matches.clear(); // ambiguous: such a row is new, as it was the first time
    }
    // Matched systems are named by the file even when the row itself is bad: never "missing".
    for (const SystemId id : qAsConst(matches))
        m_matched.insert(id);
    if (matches.isEmpty() && row.name.isEmpty()) {
        problems.append(RowProblem { row.line, nameColumn,
                                     QCoreApplication::translate("ImportAnalyzer", "a new system needs a name") });
    }
    if (!problems.isEmpty()) {
        report->problems += problems;
        ++report->badRowCount;
        return std::nullopt;
    }

    RowOutcome outcome;
    outcome.line = row.line;
    if (matches.isEmpty()) {
        outcome.kind = RowOutcome::Kind::New;
        outcome.name = row.name;
        for (const auto &value : row.values) {
            if (isOwnerField(value.first))
                noteOwner(value.second.toString(), report);
        }
        ++report->newCount;
        if (report->newRows.size() < ImportReport::listLimit)
            report->newRows.append(outcome);
        return outcome;
    }

    const AiSystem &current = m_workspace.systems.value(matches.first());
    m_matched.insert(current.id);
    outcome.target = current.id;
    outcome.name = current.name;
    compare(current, row, &outcome, report);
    if (outcome.changes.isEmpty()) {
        outcome.kind = RowOutcome::Kind::Unchanged;
        ++report->unchangedCount;
    } else {
        outcome.kind = RowOutcome::Kind::Changed;
        ++report->changedCount;
        report->changedRows.append(outcome);
    }
    return outcome;
}

void ImportAnalyzer::compare(const AiSystem &current, const ConvertedRow &row, RowOutcome *outcome,
                             ImportReport *report)
{
    auto record = [&](SystemField field, const QVariant &oldValue, const QVariant &newValue) {
        FieldChange change { field, oldValue, newValue };
        change.conflict = current.isEdited(field);
        change.apply = !change.conflict || m_choices.takeFileForAll
            || m_choices.takeFile.contains({ current.id, int(field) });
        if (change.conflict)
            ++report->conflictCount;
        if (change.apply && isOwnerField(field))
            noteOwner(newValue.toString(), report);
        outcome->changes.append(change);
    };

    for (const auto &value : row.values) {
        const SystemField field = value.first;
        if (isOwnerField(field)) {
            const QString oldName = personName(current.value(field).toLongLong());
            if (personNameKey(oldName) != personNameKey(value.second.toString()))
                record(field, oldName, value.second);
            continue;
        }
        const QVariant oldValue = current.value(field);
        if (oldValue.toString() != value.second.toString())
            record(field, oldValue, value.second);
    }
    if (!row.customAttributes.isEmpty()) {
        QJsonObject merged = current.customAttributes;
        for (auto it = row.customAttributes.constBegin(); it != row.customAttributes.constEnd(); ++it)
            merged.insert(it.key(), it.value());
        if (merged != current.customAttributes)
            record(SystemField::CustomAttributes, AiSystem::attributesText(current.customAttributes),
                   AiSystem::attributesText(merged));
    }
}

void ImportAnalyzer::finish(ImportReport *report) const
{
    if (!m_key.field && m_key.attribute.isEmpty())
        return;
    for (const SystemId id : m_workspace.order) {
        if (!m_matched.contains(id) && !existingKey(m_workspace.systems.value(id)).isEmpty())
            report->missing.append(id);
    }
}

} // namespace Mandate
