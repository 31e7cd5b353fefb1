#pragma once
// Optimistic concurrency: every stored row carries a version that each write raises. An edit names
// the version it was based on; when the stored row has moved on (another analyst changed it on a
// shared server, or an undo did while a dialog was open), the edit is refused as a conflict and the
// message shows their value beside the one that was not saved. Nothing is overwritten.

#include "storage/recordaudit.h"

#include <QHash>
#include <QString>
#include <QVector>

#include <optional>

namespace Mandate {

class Database;

namespace RowVersions {

// The stored version of each of ids that still exists; nullopt when the read failed.
std::optional<QHash<qint64, qint64>> read(const Database &database, const QString &table, const QVector<qint64> &ids);
// Who last changed the entity, by the audit log (empty when it does not say).
QString lastActor(const Database &database, const QString &entity, qint64 id);

// Why an edit whose row moved on was refused (the caller says it was not saved): summary names the
// row ("privilege admin on …"), who changed it, and for each field the edit changed (from → yours)
// what it is now. current is the
// stored row now, nullopt when it was removed; yours is empty for a removal.
QString conflictMessage(const QString &summary, const QString &who, const AuditFields &from,
                        const std::optional<AuditFields> &current, const AuditFields &yours);

} // namespace RowVersions
} // namespace Mandate
