// The runtime-evidence half of Workspace (issue 6): matching observed events to systems, storing
// them as one undoable batch per file, and the aggregated reads the rules and reviews need.

#include "workspace.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/evidencerepository.h"

#include <QFileInfo>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>

namespace Mandate {
namespace {

// One evidence file's import: the first redo stores it, undo removes the batch and its events,
// a later redo matches the same events again into the same batch id. The events are kept
// (implicitly shared with the caller's vector while it lives) rather than the stored rows.
class ImportEvidenceCommand : public QUndoCommand
{
public:
    ImportEvidenceCommand(Workspace *workspace, const QVector<EvidenceEvent> &events, const QString &sourceFile,
                          const QString &format, EvidenceImportReport *report, bool *stored)
        : QUndoCommand(Workspace::tr("Import evidence from %1").arg(QFileInfo(sourceFile).fileName()))
        , m_workspace(workspace)
        , m_events(events)
        , m_sourceFile(sourceFile)
        , m_format(format)
        , m_report(report)
        , m_stored(stored)
    {
    }

    void redo() override
    {
        const auto origin = m_firstRedo ? Workspace::Origin::Edit : Workspace::Origin::Redo;
        m_firstRedo = false;
        EvidenceImportReport report;
        const bool ok = m_workspace->applyEvidenceImport(m_events, m_sourceFile, m_format, &m_batchId, origin, &report);
        if (!ok)
            setObsolete(true); // nothing was stored: no undo step pretending it was
        if (m_report)
            *m_report = report;
        if (m_stored)
            *m_stored = ok;
        // Only the first redo: the caller's variables are gone after that.
        m_report = nullptr;
        m_stored = nullptr;
    }

    void undo() override
    {
        if (!m_workspace->applyRemoveEvidenceBatch(m_batchId, Workspace::Origin::Undo))
            setObsolete(true);
    }

private:
    Workspace *m_workspace;
    QVector<EvidenceEvent> m_events;
    QString m_sourceFile;
    QString m_format;
    EvidenceImportReport *m_report;
    bool *m_stored;
    qint64 m_batchId = 0;
    bool m_firstRedo = true;
};

bool allDigits(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

// Resolves the names events give to systems and credentials, each distinct name once: a log names
// the same few identities over and over.
class EvidenceMatcher
{
public:
    EvidenceMatcher(const QHash<SystemId, AiSystem> &systems, const QVector<SystemId> &order,
                    const QVector<Credential> &credentials, const QVector<Privilege> &privileges)
        : m_systems(systems)
    {
        for (const SystemId id : order) {
            const QString external = systems.value(id).externalId;
            if (!external.isEmpty() && !m_byExternalId.contains(external))
                m_byExternalId.insert(external, id); // the oldest system of an external id
        }
        for (const Credential &credential : credentials) {
            m_credentialIds.insert(credential.id);
            if (!m_credentialByName.contains(credential.name))
                m_credentialByName.insert(credential.name, credential.id);
        }
        for (const Privilege &privilege : privileges) {
            if (privilege.credentialId == 0)
                continue;
            QVector<SystemId> &users = m_systemsByCredential[privilege.credentialId];
            if (!users.contains(privilege.systemId))
                users << privilege.systemId;
        }
        for (QVector<SystemId> &users : m_systemsByCredential)
            std::sort(users.begin(), users.end());
    }

    SystemId system(const QString &ref)
    {
        if (ref.isEmpty())
            return 0;
        if (allDigits(ref)) {
            bool ok = false;
            const SystemId id = ref.toLongLong(&ok);
            if (ok && m_systems.contains(id))
                return id;
        }
        return m_byExternalId.value(ref);
    }

    CredentialId credential(const QString &ref)
    {
        if (ref.isEmpty())
            return 0;
        if (allDigits(ref)) {
            bool ok = false;
            const CredentialId id = ref.toLongLong(&ok);
            if (ok && m_credentialIds.contains(id))
                return id;
        }
        return m_credentialByName.value(ref);
    }

    // The systems an event belongs to, and the credential it names (0: none known).
    const QVector<SystemId> &match(const EvidenceEvent &event, CredentialId *credentialId)
    {
        *credentialId = credential(event.credentialRef);
        if (const SystemId id = system(event.systemRef)) {
            m_single = { id };
            return m_single;
        }
        const auto users = m_systemsByCredential.constFind(*credentialId);
        return users == m_systemsByCredential.constEnd() ? m_none : *users;
    }

private:
    const QHash<SystemId, AiSystem> &m_systems;
    QHash<QString, SystemId> m_byExternalId;
    QSet<CredentialId> m_credentialIds;
    QHash<QString, CredentialId> m_credentialByName;
    QHash<CredentialId, QVector<SystemId>> m_systemsByCredential;
    QVector<SystemId> m_single;
    const QVector<SystemId> m_none;
};

QString batchSummary(const EvidenceBatch &batch)
{
    return QStringLiteral("%1 (%2): %3 events, %4 unmatched")
        .arg(QFileInfo(batch.sourceFile).fileName(), batch.format)
        .arg(batch.events)
        .arg(batch.unmatched);
}

} // namespace

bool Workspace::importEvidence(const QVector<EvidenceEvent> &events, const QString &sourceFile, const QString &format,
                               EvidenceImportReport *report)
{
    m_lastError.clear();
    if (m_importing) {
        m_lastError = tr("An import is running; try again when it is done.");
        return false;
    }
    bool stored = false;
    m_undoStack->push(new ImportEvidenceCommand(this, events, sourceFile, format, report, &stored));
    return stored;
}

bool Workspace::applyEvidenceImport(const QVector<EvidenceEvent> &events, const QString &sourceFile,
                                    const QString &format, qint64 *batchId, Origin origin,
                                    EvidenceImportReport *report)
{
    if (m_importing)
        return false;
    *report = EvidenceImportReport();
    EvidenceMatcher matcher(m_systems, m_order, credentials(), allPrivileges());

    // Counted first, so the batch row is written once with its totals before the events refer to it.
    EvidenceBatch batch { *batchId, sourceFile, format, QDateTime::currentDateTimeUtc(), m_actor,
                          qint64(events.size()), 0 };
    CredentialId credentialId = 0;
    for (const EvidenceEvent &event : events) {
        if (!matcher.match(event, &credentialId).isEmpty())
            continue;
        ++batch.unmatched;
        if (report->unmatchedExamples.size() < EvidenceImportReport::maxExamples)
            report->unmatchedExamples.append(UnmatchedEvidence { event.line, event.systemRef, event.credentialRef });
    }

    Transaction transaction(*m_database);
    EvidenceRepository repository(*m_database);
    bool ok = transaction.isActive();
    if (ok) {
        batch.id = repository.insertBatch(batch);
        ok = batch.id != 0 && repository.beginEvents();
    }
    QSet<SystemId> touched;
    qint64 stored = 0;
    for (int i = 0; ok && i < events.size(); ++i) {
        const QVector<SystemId> &systems = matcher.match(events[i], &credentialId);
        for (const SystemId system : systems) {
            ok = ok && repository.addEvent(batch.id, system, credentialId, events[i]);
            touched.insert(system);
            ++stored;
        }
    }
    ok = ok && repository.endEvents();
    ok = ok && appendAudit(actionName(origin, QStringLiteral("import")), QStringLiteral("evidence_batch"), batch.id,
                           QStringLiteral("file"), {}, batchSummary(batch));
    if (!ok || !transaction.commit()) {
        const QString problem = repository.lastError().isEmpty() ? storageError() : repository.lastError();
        fail(problem);
        *report = EvidenceImportReport();
        return false;
    }
    *batchId = batch.id;
    report->events = batch.events;
    report->unmatched = batch.unmatched;
    report->matched = batch.events - batch.unmatched;
    report->stored = stored;
    report->batchId = batch.id;
    QVector<SystemId> ids(touched.cbegin(), touched.cend());
    std::sort(ids.begin(), ids.end());
    if (!ids.isEmpty()) // nothing matched: no system's evidence differs
        emit evidenceChanged(ids);
    emit auditAppended(m_audit->count());
    return true;
}

bool Workspace::applyRemoveEvidenceBatch(qint64 batchId, Origin origin)
{
    if (m_importing)
        return false;
    EvidenceRepository repository(*m_database);
    Transaction transaction(*m_database);
    const EvidenceBatch batch = repository.batch(batchId);
    const QVector<SystemId> ids = repository.systemsOfBatch(batchId);
    bool ok = transaction.isActive() && batch.id != 0 && repository.removeBatch(batchId)
        && appendAudit(actionName(origin, QStringLiteral("remove")), QStringLiteral("evidence_batch"), batchId,
                       QStringLiteral("file"), batchSummary(batch), {});
    if (!ok || !transaction.commit()) {
        fail(repository.lastError().isEmpty() ? storageError() : repository.lastError());
        return false;
    }
    if (!ids.isEmpty())
        emit evidenceChanged(ids);
    emit auditAppended(m_audit->count());
    return true;
}

QVector<ObservedAccess> Workspace::observedAccess(SystemId id) const
{
    return m_importing ? QVector<ObservedAccess>() : EvidenceRepository(*m_database).observedAccess(id);
}

QHash<SystemId, QVector<ObservedAccess>> Workspace::allObservedAccess() const
{
    return m_importing ? QHash<SystemId, QVector<ObservedAccess>>() : EvidenceRepository(*m_database).allObservedAccess();
}

EvidenceWindow Workspace::evidenceWindow(SystemId id) const
{
    return m_importing ? EvidenceWindow() : EvidenceRepository(*m_database).window(id);
}

QSet<SystemId> Workspace::systemsWithEvidence() const
{
    if (m_importing)
        return {};
    QSet<SystemId> result = EvidenceRepository(*m_database).systemsWithEvidence();
    // Evidence outlives a removed system, for undo (see the schema): leave those out.
    for (auto it = result.begin(); it != result.end();)
        it = m_systems.contains(*it) ? std::next(it) : result.erase(it);
    return result;
}

} // namespace Mandate
