#pragma once
// One entry of the append-only audit log. Each entry's hash covers its own fields and the hash of
// the entry before it, so editing, deleting or reordering any entry breaks the chain.

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Mandate {

struct AuditEntry
{
    qint64 sequence = 0;  // 1, 2, 3, ... with no gaps
    QDateTime at;         // UTC
    QString actor;        // analyst name from settings, or the OS user
    QString action;       // create, update, delete, undo, redo
    QString entity;       // system, person, privilege, credential, mapping, workspace
    QString entityId;
    QString field;
    QString oldValue;
    QString newValue;
    QByteArray previousHash; // hex
    QByteArray hash;         // hex SHA-256

    // The hash this entry must carry given its content and previousHash.
    QByteArray computeHash() const;
    // The same, with `at` already formatted (UTC, ISO 8601 with milliseconds): a bulk writer
    // whose entries share one time formats it once instead of once per entry.
    QByteArray computeHash(const QString &atText) const;
};

} // namespace Mandate
