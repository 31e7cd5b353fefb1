#include "systemrepository.h"

#include "storage/database.h"

#include <QSqlError>
#include <QStringList>

namespace Mandate {
namespace {

QString systemColumns()
{
    QStringList columns;
    for (SystemField field : allSystemFields())
        columns << fieldId(field);
    return columns.join(QStringLiteral(", "));
}

// A placement is stored as two REALs, both NULL when the system is laid out automatically.
QVariant coordinate(const std::optional<QPointF> &position, qreal (QPointF::*axis)() const)
{
    return position ? QVariant(((*position).*axis)()) : QVariant(QMetaType::fromType<double>());
}

std::optional<QPointF> positionFrom(const QVariant &x, const QVariant &y)
{
    if (x.isNull() || y.isNull())
        return std::nullopt;
    return QPointF(x.toDouble(), y.toDouble());
}

} // namespace

QVariant storedSystemValue(SystemField field, const QVariant &value)
{
    if (isOwnerField(field)) {
        const qint64 id = value.toLongLong();
        return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
    }
    if (value.typeId() == QMetaType::QString || !value.isValid())
        return Database::text(value.toString());
    return value.toLongLong();
}

bool SystemRepository::run(QSqlQuery &query) const
{
    if (query.exec())
        return true;
    m_lastError = m_database.describe(query.lastError());
    return false;
}

bool SystemRepository::loadSystems(QHash<SystemId, AiSystem> *systems, QVector<SystemId> *order) const
{
    QSqlQuery &query = m_database.prepare(
        QStringLiteral("SELECT id, edited_fields, map_x, map_y, row_version, %1 FROM systems ORDER BY id").arg(systemColumns()));
    return run(query) && readSystems(query, systems, order);
}

bool SystemRepository::loadSystems(const QVector<SystemId> &ids, QHash<SystemId, AiSystem> *systems) const
{
    QStringList list;
    for (const SystemId id : ids)
        list << QString::number(id);
    // Not kept prepared: each refresh names other ids.
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, edited_fields, map_x, map_y, row_version, %1 FROM systems WHERE id IN (%2)")
                        .arg(systemColumns(), list.join(QLatin1Char(','))))) {
        m_lastError = m_database.describe(query.lastError());
        return false;
    }
    QVector<SystemId> order;
    return readSystems(query, systems, &order);
}

bool SystemRepository::readSystems(QSqlQuery &query, QHash<SystemId, AiSystem> *systems, QVector<SystemId> *order) const
{
    const QVector<SystemField> fields = allSystemFields();
    while (query.next()) {
        AiSystem system;
        system.id = query.value(0).toLongLong();
        system.editedFields = quint32(query.value(1).toLongLong());
        system.mapPosition = positionFrom(query.value(2), query.value(3));
        system.rowVersion = query.value(4).toLongLong();
        for (int i = 0; i < fields.size(); ++i)
            system.setValue(fields[i], query.value(i + 5));
        order->append(system.id);
        systems->insert(system.id, std::move(system));
    }
    if (query.lastError().isValid()) {
        m_lastError = m_database.describe(query.lastError());
        return false;
    }
    return true;
}

bool SystemRepository::loadPeople(QHash<PersonId, Person> *people) const
{
    QSqlQuery &query = m_database.prepare(QStringLiteral("SELECT id, name, email, team, row_version FROM people"));
    if (!run(query))
        return false;
    while (query.next()) {
        Person person { query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                        query.value(3).toString(), query.value(4).toLongLong() };
        people->insert(person.id, person);
    }
    return true;
}

SystemId SystemRepository::insertSystem(const AiSystem &system)
{
    const QVector<SystemField> fields = allSystemFields();
    QSqlQuery &query = m_database.prepareInsert(
        QStringLiteral("systems"), QStringLiteral("id, edited_fields, map_x, map_y, %1").arg(systemColumns()), system.id);
    query.addBindValue(qint64(system.editedFields));
    query.addBindValue(coordinate(system.mapPosition, &QPointF::x));
    query.addBindValue(coordinate(system.mapPosition, &QPointF::y));
    for (SystemField field : fields)
        query.addBindValue(storedSystemValue(field, system.value(field)));
    return run(query) ? Database::insertedId(query) : 0;
}

bool SystemRepository::updateSystemField(SystemId id, SystemField field, const QVariant &value,
                                         bool markEdited)
{
    // One statement whether or not the edit is marked: or-ing in 0 leaves the mask as it was.
    QSqlQuery &query = m_database.prepare(
        QStringLiteral("UPDATE systems SET %1 = ?, edited_fields = edited_fields | ?, "
                       "row_version = row_version + 1 WHERE id = ?")
            .arg(fieldId(field)));
    query.addBindValue(storedSystemValue(field, value));
    query.addBindValue(markEdited ? qint64(AiSystem::editedBit(field)) : qint64(0));
    query.addBindValue(id);
    return run(query) && query.numRowsAffected() == 1;
}

bool SystemRepository::setEditedFields(SystemId id, quint32 mask)
{
    QSqlQuery &query = m_database.prepare(
        QStringLiteral("UPDATE systems SET edited_fields = ?, row_version = row_version + 1 WHERE id = ?"));
    query.addBindValue(qint64(mask));
    query.addBindValue(id);
    return run(query) && query.numRowsAffected() == 1;
}

bool SystemRepository::setMapPosition(SystemId id, const std::optional<QPointF> &position)
{
    QSqlQuery &query = m_database.prepare(
        QStringLiteral("UPDATE systems SET map_x = ?, map_y = ?, row_version = row_version + 1 WHERE id = ?"));
    query.addBindValue(coordinate(position, &QPointF::x));
    query.addBindValue(coordinate(position, &QPointF::y));
    query.addBindValue(id);
    return run(query) && query.numRowsAffected() == 1;
}

bool SystemRepository::removeSystem(SystemId id)
{
    QSqlQuery &query = m_database.prepare(QStringLiteral("DELETE FROM systems WHERE id = ?"));
    query.addBindValue(id);
    return run(query) && query.numRowsAffected() == 1;
}

PersonId SystemRepository::insertPerson(const Person &person)
{
    QSqlQuery &query = m_database.prepareInsert(QStringLiteral("people"), QStringLiteral("id, name, email, team"), person.id);
    query.addBindValue(Database::text(person.name));
    query.addBindValue(Database::text(person.email));
    query.addBindValue(Database::text(person.team));
    return run(query) ? Database::insertedId(query) : 0;
}

bool SystemRepository::removePerson(PersonId id)
{
    QSqlQuery &query = m_database.prepare(QStringLiteral("DELETE FROM people WHERE id = ?"));
    query.addBindValue(id);
    return run(query);
}

bool SystemRepository::updatePerson(const Person &person)
{
    QSqlQuery &query = m_database.prepare(QStringLiteral("UPDATE people SET name = ?, email = ?, team = ?, row_version = row_version + 1 WHERE id = ?"));
    query.addBindValue(Database::text(person.name));
    query.addBindValue(Database::text(person.email));
    query.addBindValue(Database::text(person.team));
    query.addBindValue(person.id);
    return run(query) && query.numRowsAffected() == 1;
}

qint64 SystemRepository::insertImportFinding(const ImportFinding &f)
{
    QSqlQuery &query = m_database.prepareInsert(QStringLiteral("import_findings"),
        QStringLiteral("id, system_id, rule, source_file, line, column_name, detail, found_at"), f.id);
    query.addBindValue(f.systemId);
    query.addBindValue(Database::text(f.rule));
    query.addBindValue(Database::text(f.sourceFile));
    query.addBindValue(f.line);
    query.addBindValue(Database::text(f.column));
    query.addBindValue(Database::text(f.detail));
    const QDateTime foundAt = f.foundAt.isValid() ? f.foundAt : QDateTime::currentDateTimeUtc();
    query.addBindValue(foundAt.toUTC().toString(Qt::ISODateWithMs));
    return run(query) ? Database::insertedId(query) : 0;
}

QSet<SystemId> SystemRepository::systemsWithImportFindings() const
{
    QSet<SystemId> ids;
    QSqlQuery &query = m_database.prepare(QStringLiteral("SELECT DISTINCT system_id FROM import_findings"));
    if (run(query)) {
        while (query.next())
            ids.insert(query.value(0).toLongLong());
    }
    return ids;
}

QVector<ImportFinding> SystemRepository::importFindings(SystemId id) const
{
    QSqlQuery &query = m_database.prepare(
        QStringLiteral("SELECT id, system_id, rule, source_file, line, column_name, detail, found_at "
                       "FROM import_findings WHERE system_id = ? ORDER BY id"));
    query.addBindValue(id);
    QVector<ImportFinding> result;
    if (run(query)) {
        while (query.next()) {
            ImportFinding f;
            f.id = query.value(0).toLongLong();
            f.systemId = query.value(1).toLongLong();
            f.rule = query.value(2).toString();
            f.sourceFile = query.value(3).toString();
            f.line = query.value(4).toLongLong();
            f.column = query.value(5).toString();
            f.detail = query.value(6).toString();
            f.foundAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
            result << f;
        }
    }
    return result;
}

} // namespace Mandate
