// The mapping half of Workspace: a system's position against framework catalog items, each
// change one undo step, audited field by field.

#include "workspace.h"

#include "commands/recordchangecommand.h"
#include "rules/frameworkcatalog.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/mappingrepository.h"
#include "storage/recordchangecheck.h"

#include <QUndoStack>

#include <algorithm>
#include <map>
#include <tuple>

namespace Mandate {
namespace {

using MappingKey = std::tuple<SystemId, QString, QString>;

MappingKey keyOf(const Mapping &m)
{
    return { m.systemId, m.catalogId, m.itemId };
}

} // namespace

QVector<Mapping> Workspace::mappings(SystemId id) const
{
    return m_importing ? QVector<Mapping>() : m_mappings->mappings(id);
}

QVector<Mapping> Workspace::allMappings() const
{
    return m_importing ? QVector<Mapping>() : m_mappings->allMappings();
}

QString Workspace::mappingProblem(const Mapping &m) const
{
    if (m_importing)
        return tr("An import is running; try again when it is done.");
    if (!system(m.systemId))
        return tr("no system with id %1").arg(m.systemId);
    if (int(m.status) < 0 || int(m.status) >= valueCount<MappingStatus>())
        return tr("A mapping needs a status: gap, partial, mitigated or not applicable.");
    const QVector<FrameworkCatalog> known = catalogs();
    const bool knownItem = std::any_of(known.cbegin(), known.cend(), [&](const FrameworkCatalog &catalog) {
        return catalog.id() == m.catalogId && catalog.item(m.itemId);
    });
    if (!knownItem)
        return tr("No framework catalog %1 with an item %2.").arg(m.catalogId, m.itemId);
    return {};
}

bool Workspace::prepareMapping(const Mapping &mapping, Mapping *old, Mapping *changed)
{
    m_lastError = mappingProblem(mapping);
    if (!m_lastError.isEmpty())
        return false;
    *old = m_mappings->mapping(mapping.systemId, mapping.catalogId, mapping.itemId);
    if (auditFields(*old) != auditFields(mapping))
        m_lastError = staleRecordProblem(QStringLiteral("mapping"), old->id, mapping.rowVersion, old->rowVersion,
            auditSummary(*old), auditFields(*old), auditFields(mapping));
    if (!m_lastError.isEmpty())
        return false;
    *changed = mapping;
    changed->id = old->id;
    changed->decidedBy = actor();
    changed->decidedAt = QDateTime::currentDateTimeUtc();
    return true;
}

qint64 Workspace::setMapping(const Mapping &mapping)
{
    Mapping old;
    Mapping changed;
    if (!prepareMapping(mapping, &old, &changed))
        return 0;
    if (old.id != 0 && auditFields(old) == auditFields(changed))
        return old.id;
    std::optional<Mapping> stored;
    const std::optional<Mapping> before = old.id ? std::optional<Mapping>(old) : std::nullopt;
    m_undoStack->push(new RecordChangeCommand<Mapping>(this, before, changed,
        tr("Set %1 to %2 for %3").arg(changed.itemId, label(changed.status), system(changed.systemId)->name),
        &stored));
    return stored ? stored->id : 0;
}

bool Workspace::setMappings(const QVector<Mapping> &mappings, const QString &text)
{
    // Checked whole before anything is pushed, so a bad one leaves everything as it was. The same
    // (system, catalog, item) twice: the later one wins.
    QVector<std::pair<Mapping, Mapping>> changes; // (old, changed)
    std::map<MappingKey, int> indexOf;
    for (const Mapping &mapping : mappings) {
        Mapping old;
        Mapping changed;
        if (!prepareMapping(mapping, &old, &changed))
            return false;
        const auto existing = indexOf.find(keyOf(changed));
        if (existing != indexOf.end()) {
            changes[existing->second].second = changed;
        } else {
            indexOf.emplace(keyOf(changed), int(changes.size()));
            changes.append({ old, changed });
        }
    }
    changes.erase(std::remove_if(changes.begin(), changes.end(),
                      [](const auto &c) { return c.first.id != 0 && auditFields(c.first) == auditFields(c.second); }),
        changes.end());
    if (changes.isEmpty())
        return false;
    QVector<std::optional<Mapping>> stored(changes.size());
    m_undoStack->beginMacro(text);
    for (int i = 0; i < changes.size(); ++i) {
        const Mapping &old = changes[i].first;
        const std::optional<Mapping> before = old.id ? std::optional<Mapping>(old) : std::nullopt;
        m_undoStack->push(new RecordChangeCommand<Mapping>(this, before, changes[i].second, QString(), &stored[i]));
    }
    m_undoStack->endMacro();
    return std::all_of(stored.cbegin(), stored.cend(), [](const std::optional<Mapping> &s) { return s.has_value(); });
}

bool Workspace::removeMappings(const QVector<qint64> &ids, const QString &text)
{
    // Every one checked before anything is pushed, as setMappings() does.
    m_lastError.clear();
    QVector<Mapping> old;
    for (const qint64 id : ids) {
        const Mapping stored = m_importing ? Mapping() : m_mappings->mapping(id);
        if (stored.id == 0) {
            m_lastError = m_importing ? tr("An import is running; try again when it is done.")
                                      : tr("no mapping with id %1").arg(id);
            return false;
        }
        old << stored;
    }
    if (old.isEmpty())
        return false;
    m_undoStack->beginMacro(text);
    for (const Mapping &mapping : std::as_const(old))
        m_undoStack->push(new RecordChangeCommand<Mapping>(this, mapping, std::nullopt, QString()));
    m_undoStack->endMacro();
    return true;
}

bool Workspace::removeMapping(qint64 id)
{
    m_lastError.clear();
    const Mapping old = m_importing ? Mapping() : m_mappings->mapping(id);
    if (old.id == 0) {
        m_lastError = m_importing ? tr("An import is running; try again when it is done.")
                                  : tr("no mapping with id %1").arg(id);
        return false;
    }
    const AiSystem *owner = system(old.systemId);
    m_undoStack->push(new RecordChangeCommand<Mapping>(this, old, std::nullopt,
        tr("Remove mapping %1 of %2").arg(old.itemId, owner ? owner->name : QString::number(old.systemId))));
    return true;
}

bool Workspace::applyRecordChange(const std::optional<Mapping> &from, std::optional<Mapping> *to, Origin origin)
{
    if (m_importing || (!from && !*to))
        return false;
    Transaction transaction(*m_database);
    if (transaction.isActive()
        && !recordChangeIsCurrent(QStringLiteral("mappings"), QStringLiteral("mapping"), from, *to,
            [this](qint64 id) { return m_mappings->mapping(id); })) {
        transaction.rollback();
        fail(m_lastError);
        emit mappingsChanged({ from->systemId }); // shows what is stored now
        return false;
    }
    bool ok = transaction.isActive();
    qint64 id = from ? from->id : (*to)->id;
    if (ok && !from) {
        id = m_mappings->insert(**to);
        ok = id != 0;
        if (ok)
            (*to)->id = id;
    } else if (ok && !*to) {
        ok = m_mappings->remove(id);
    } else if (ok) {
        ok = m_mappings->update(**to);
    }
    ok = ok
        && appendRecordAudit(QStringLiteral("mapping"), id, from ? auditFields(*from) : AuditFields(),
            *to ? auditFields(**to) : AuditFields(), auditSummary(from ? *from : **to), origin);
    // Read inside the transaction: after it, another writer's change could be taken for ours.
    const qint64 version = ok && *to ? storedVersion(QStringLiteral("mappings"), id) : 0;
    if (!ok || !transaction.commit()) {
        fail(storageError());
        return false;
    }
    if (*to)
        (*to)->rowVersion = version;
    QVector<SystemId> systems;
    for (const std::optional<Mapping> *side : { &from, static_cast<const std::optional<Mapping> *>(to) }) {
        if (*side && !systems.contains((*side)->systemId))
            systems << (*side)->systemId;
    }
    emit mappingsChanged(systems);
    emit auditAppended(m_audit->count());
    return true;
}

} // namespace Mandate
