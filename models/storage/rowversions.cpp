#include "rowversions.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

namespace Mandate::RowVersions {

std::optional<QHash<qint64, qint64>> read(const Database &database, const QString &table, const QVector<qint64> &ids)
{
    QHash<qint64, qint64> versions;
    if (ids.isEmpty())
        return versions;
    QStringList list;
    list.reserve(ids.size());
    for (const qint64 id : ids)
        list << QString::number(id);
    // Not kept prepared: each call names other ids. The table is one of ours, never user text.
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, row_version FROM %1 WHERE id IN (%2)").arg(table, list.join(QLatin1Char(',')))))
        return std::nullopt;
    while (query.next())
        versions.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
    return versions;
}

QString lastActor(const Database &database, const QString &entity, qint64 id)
{
    // Newest first by the primary key, so a recent change is found without reading the whole log.
    QSqlQuery &query = database.prepare(QStringLiteral(
        "SELECT actor FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY sequence DESC LIMIT 1"));
    query.addBindValue(entity);
    query.addBindValue(QString::number(id));
    QString actor;
    if (query.exec() && query.next())
        actor = query.value(0).toString();
    query.finish();
    return actor;
}

QString conflictMessage(const QString &summary, const QString &who, const AuditFields &from,
                        const std::optional<AuditFields> &current, const AuditFields &yours)
{
    const QString by = who.isEmpty() ? QCoreApplication::translate("RowVersions", "someone else") : who;
    if (!current)
        return QCoreApplication::translate("RowVersions", "%1 was removed by %2 while you were working on it")
            .arg(summary, by);
    if (yours.isEmpty())
        return QCoreApplication::translate("RowVersions", "%1 was changed by %2 while you were working on it")
            .arg(summary, by);
    QStringList fields;
    for (int i = 0; i < from.size() && i < yours.size() && i < current->size(); ++i) {
        if (from[i].second == yours[i].second)
            continue;
        fields << QCoreApplication::translate("RowVersions", "%1 is now “%2” (yours: “%3”)")
                      .arg(from[i].first, (*current)[i].second, yours[i].second);
    }
    return QCoreApplication::translate("RowVersions", "%1 was changed by %2 while you were working on it: %3")
        .arg(summary, by, fields.join(QStringLiteral("; ")));
}

} // namespace Mandate::RowVersions
