// The import half of Workspace: lending the connection to ImportWriter and taking the result back.

#include "workspace.h"

#include "commands/importinventorycommand.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/systemrepository.h"

#include <QFileInfo>
#include <QUndoStack>

namespace Mandate {

WorkspaceSnapshot Workspace::importSnapshot() const
{
    return WorkspaceSnapshot { m_systems, m_order, m_people };
}

ImportContext Workspace::beginImport(bool keepAddedSystems)
{
    ImportContext context;
    context.connection = m_database->sqliteHandle();
    if (!context.connection) {
        context.serverConnection = m_database->connection().connectionName();
        context.sessionId = m_sessionId;
    }
    context.workspace = importSnapshot();
    context.actor = m_actor;
    context.auditCount = m_audit->count();
    context.auditHead = m_audit->headHash();
    context.keepAddedSystems = keepAddedSystems;
    m_importing = true;
    emit importingChanged(true);
    return context;
}

void Workspace::finishImport(const ImportResult &result)
{
    m_importing = false;
    m_audit->reloadHead();
    emit importingChanged(false);
    if (!result.committed)
        return;

    QVector<PersonId> people;
    for (const Person &person : result.addedPeople) {
        m_people.insert(person.id, person);
        people << person.id;
    }
    for (const AiSystem &system : result.addedSystems) {
        m_systems.insert(system.id, system);
        m_order << system.id; // new ids are above every existing one
    }
    QVector<SystemId> changedIds;
    SystemFields changedFields;
    for (const AppliedChange &change : result.changes) {
        auto it = m_systems.find(change.system);
        if (it == m_systems.end())
            continue;
        it->setValue(change.field, change.newValue);
        it->markEdited(change.field, false);
        if (changedIds.isEmpty() || changedIds.last() != change.system)
            changedIds << change.system;
        if (!changedFields.contains(change.field))
            changedFields << change.field;
    }
    // The write pass raised the versions of the rows it wrote; no edit ran meanwhile here.
    takeSystemVersions(systemVersions(QVector<SystemId>(result.addedIds) << changedIds));

    if (!result.addedSystems.isEmpty() || !result.changes.isEmpty()) {
        m_undoStack->push(new ImportInventoryCommand(this, QFileInfo(result.report.file).fileName(),
                                                     result.addedIds, result.changes));
    }
    if (!people.isEmpty())
        emit peopleChanged(people);
    if (!result.addedSystems.isEmpty())
        emit systemsAdded(result.addedIds);
    if (!changedIds.isEmpty())
        emit systemsChanged(changedIds, changedFields);
    emit auditAppended(m_audit->count());
}

QVector<ImportFinding> Workspace::importFindings(SystemId id) const
{
    if (m_importing)
        return {};
    return m_repository->importFindings(id);
}

QSet<SystemId> Workspace::systemsWithImportFindings() const
{
    if (m_importing)
        return {};
    return m_repository->systemsWithImportFindings();
}

} // namespace Mandate
