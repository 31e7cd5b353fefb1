// The framework-catalog half of Workspace: extra catalogs an analyst loads into the workspace (a
// newer list, an in-house standard), stored with it so its mappings keep their meaning, each load,
// replacement or removal one undo step, audited.

#include "workspace.h"

#include "commands/recordchangecommand.h"
#include "storage/auditlog.h"
#include "storage/catalogrepository.h"
#include "storage/database.h"

#include <QUndoStack>

#include <algorithm>

namespace Mandate {
namespace {

// The shipped catalogs are resources that never change while running: parse them once.
const QVector<FrameworkCatalog> &shippedCatalogs()
{
    static const QVector<FrameworkCatalog> catalogs = FrameworkCatalog::builtIn();
    return catalogs;
}

bool isShipped(const QString &catalogId)
{
    const QVector<FrameworkCatalog> &shipped = shippedCatalogs();
    return std::any_of(shipped.cbegin(), shipped.cend(),
        [&](const FrameworkCatalog &catalog) { return catalog.id() == catalogId; });
}

QString catalogSummary(const FrameworkCatalog &catalog)
{
    return QStringLiteral("%1 %2 (%3 items)").arg(catalog.name(), catalog.version()).arg(catalog.items().size());
}

} // namespace

bool Workspace::loadCatalogs()
{
    CatalogRepository repository(*m_database);
    return repository.load(&m_storedCatalogs);
}

QVector<FrameworkCatalog> Workspace::catalogs() const
{
    return shippedCatalogs() + m_storedCatalogs;
}

bool Workspace::addCatalog(const FrameworkCatalog &catalog)
{
    m_lastError.clear();
    if (m_importing) {
        m_lastError = tr("An import is running; try again when it is done.");
        return false;
    }
    if (catalog.id().isEmpty() || catalog.items().isEmpty()) {
        m_lastError = tr("A framework catalog needs an id and at least one item.");
        return false;
    }
    if (isShipped(catalog.id())) {
        m_lastError = tr("The catalog %1 is built into Mandate and cannot be replaced; give the file another "
                         "catalog id.").arg(catalog.id());
        return false;
    }
    const auto stored = std::find_if(m_storedCatalogs.cbegin(), m_storedCatalogs.cend(),
        [&](const FrameworkCatalog &candidate) { return candidate.id() == catalog.id(); });
    std::optional<FrameworkCatalog> before;
    if (stored != m_storedCatalogs.cend()) {
        // A newer version must keep every item the analyst has already decided about.
        QStringList missing;
        for (const Mapping &mapping : allMappings()) {
            if (mapping.catalogId == catalog.id() && !catalog.item(mapping.itemId) && !missing.contains(mapping.itemId))
                missing << mapping.itemId;
        }
        if (!missing.isEmpty()) {
            m_lastError = tr("The new version of %1 lacks items that mappings refer to: %2. Remove those mappings "
                             "first.").arg(catalog.id(), missing.join(QStringLiteral(", ")));
            return false;
        }
        before = *stored;
    }
    const QString text = before
        ? tr("Replace framework catalog %1 %2 with %3").arg(catalog.name(), before->version(), catalog.version())
        : tr("Load framework catalog %1 %2").arg(catalog.name(), catalog.version());
    std::optional<FrameworkCatalog> added;
    m_undoStack->push(new RecordChangeCommand<FrameworkCatalog>(this, before, catalog, text, &added));
    return added.has_value();
}

bool Workspace::removeCatalog(const QString &catalogId)
{
    m_lastError.clear();
    if (m_importing) {
        m_lastError = tr("An import is running; try again when it is done.");
        return false;
    }
    const auto stored = std::find_if(m_storedCatalogs.cbegin(), m_storedCatalogs.cend(),
        [&](const FrameworkCatalog &candidate) { return candidate.id() == catalogId; });
    if (stored == m_storedCatalogs.cend()) {
        m_lastError = isShipped(catalogId) ? tr("The catalog %1 is built into Mandate and cannot be removed.").arg(catalogId)
                                           : tr("No framework catalog %1 is stored in this workspace.").arg(catalogId);
        return false;
    }
    const QVector<Mapping> all = allMappings();
    const qsizetype referring = std::count_if(
        all.cbegin(), all.cend(), [&](const Mapping &mapping) { return mapping.catalogId == catalogId; });
    if (referring > 0) {
        m_lastError = tr("%Ln mapping(s) refer to the catalog %1; remove them first.", nullptr, int(referring))
                          .arg(catalogId);
        return false;
    }
    const FrameworkCatalog old = *stored;
    m_undoStack->push(new RecordChangeCommand<FrameworkCatalog>(
        this, old, std::nullopt, tr("Remove framework catalog %1 %2").arg(old.name(), old.version())));
    return std::none_of(m_storedCatalogs.cbegin(), m_storedCatalogs.cend(),
        [&](const FrameworkCatalog &candidate) { return candidate.id() == catalogId; });
}

bool Workspace::applyRecordChange(
    const std::optional<FrameworkCatalog> &from, std::optional<FrameworkCatalog> *to, Origin origin)
{
    if (m_importing || (!from && !*to))
        return false;
    CatalogRepository repository(*m_database);
    Transaction transaction(*m_database);
    bool ok = transaction.isActive();
    if (ok && from)
        ok = repository.remove(from->id());
    if (ok && *to)
        ok = repository.insert(**to, m_actor, QDateTime::currentDateTimeUtc());
    if (ok) {
        AuditEntry entry;
        entry.actor = m_actor;
        entry.entity = QStringLiteral("catalog");
        entry.entityId = from ? from->id() : (*to)->id();
        if (from && *to) {
            entry.action = actionName(origin, QStringLiteral("update"));
            entry.field = QStringLiteral("version");
            entry.oldValue = catalogSummary(*from);
            entry.newValue = catalogSummary(**to);
        } else if (*to) {
            entry.action = actionName(origin, QStringLiteral("create"));
            entry.newValue = catalogSummary(**to);
        } else {
            entry.action = actionName(origin, QStringLiteral("delete"));
            entry.oldValue = catalogSummary(*from);
        }
        ok = m_audit->append(entry);
    }
    if (!ok || !transaction.commit()) {
        fail(repository.lastError().isEmpty() ? storageError() : repository.lastError());
        return false;
    }
    // As the file orders them (a replacement is written anew, so it moves to the end), so that a
    // reopened workspace lists its catalogs as this one does.
    const QString id = from ? from->id() : (*to)->id();
    m_storedCatalogs.erase(std::remove_if(m_storedCatalogs.begin(), m_storedCatalogs.end(),
                               [&](const FrameworkCatalog &candidate) { return candidate.id() == id; }),
        m_storedCatalogs.end());
    if (*to)
        m_storedCatalogs << **to;
    emit catalogsChanged();
    emit auditAppended(m_audit->count());
    return true;
}

} // namespace Mandate
