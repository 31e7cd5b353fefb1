#pragma once
// Workspace::recordChangeIsCurrent(), for the files that apply row changes of records.

#include "storage/recordaudit.h"
#include "storage/workspace.h"

namespace Mandate {

template<typename Record, typename Read>
bool Workspace::recordChangeIsCurrent(const QString &table, const QString &entity, const std::optional<Record> &from,
                                      const std::optional<Record> &to, Read read)
{
    if (!from)
        return true; // an insert: nothing stored to be stale
    return recordIsCurrent(table, entity, from->id, from->rowVersion, auditSummary(*from), auditFields(*from),
        to ? auditFields(*to) : AuditFields(), [&from, &read]() -> std::optional<AuditFields> {
            const Record now = read(from->id);
            if (now.id == 0)
                return std::nullopt;
            return auditFields(now);
        });
}

} // namespace Mandate
