#include "io/csvinventorywriter.h"

#include "io/atomicfile.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace Mandate::CsvInventoryWriter {
namespace {

// The native columns: every field but the custom attributes, which get a column each.
QVector<SystemField> nativeFields()
{
    QVector<SystemField> fields = allSystemFields();
    fields.removeAll(SystemField::CustomAttributes);
    return fields;
}

QString fieldText(const Workspace &workspace, const AiSystem &system, SystemField field)
{
    if (isOwnerField(field)) {
        const Person *person = workspace.person(system.value(field).toLongLong());
        return person ? person->name : QString();
    }
    if (isChecklistField(field))
        return system.value(field).toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    return system.value(field).toString();
}

QString attributeText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isBool() || value.isDouble())
        return value.toVariant().toString();
    return QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

QString line(const QStringList &cells)
{
    QStringList out;
    out.reserve(cells.size());
    for (const QString &cell : cells)
        out << quoted(neutralised(cell));
    return out.join(u',') + QStringLiteral("\r\n");
}

} // namespace

QString neutralised(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.front();
    const bool formula = first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
        || first == u'\r';
    return formula ? QStringLiteral("'") + cell : cell;
}

QString quoted(const QString &cell)
{
    if (!cell.contains(u',') && !cell.contains(u'"') && !cell.contains(u'\n') && !cell.contains(u'\r'))
        return cell;
    QString escaped = cell;
    escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

bool write(const Workspace &workspace, const QVector<SystemId> &ids, QIODevice &device, QString *error)
{
    const QVector<SystemField> fields = nativeFields();
    QStringList attributeKeys;
    QSet<QString> seen;
    for (const SystemId id : ids) {
        if (const AiSystem *system = workspace.system(id)) {
            for (auto it = system->customAttributes.constBegin(); it != system->customAttributes.constEnd(); ++it) {
                // A custom attribute named like a native column would make two columns of one name.
                if (!fieldFromId(it.key()) && !seen.contains(it.key())) {
                    seen.insert(it.key());
                    attributeKeys << it.key();
                }
            }
        }
    }
    std::sort(attributeKeys.begin(), attributeKeys.end());

    QStringList header;
    for (const SystemField field : fields)
        header << fieldId(field);
    header << attributeKeys;
    QByteArray chunk = line(header).toUtf8();
    const auto flush = [&]() {
        if (device.write(chunk) != chunk.size()) {
            *error = QCoreApplication::translate("CsvInventoryWriter", "cannot write: %1").arg(device.errorString());
            return false;
        }
        chunk.clear();
        return true;
    };
    for (const SystemId id : ids) {
        const AiSystem *system = workspace.system(id);
        if (!system)
            continue;
        QStringList cells;
        for (const SystemField field : fields)
            cells << fieldText(workspace, *system, field);
        for (const QString &key : std::as_const(attributeKeys))
            cells << attributeText(system->customAttributes.value(key));
        chunk += line(cells).toUtf8();
        if (chunk.size() > (1 << 16) && !flush())
            return false;
    }
    return flush();
}

bool writeFile(const Workspace &workspace, const QVector<SystemId> &ids, const QString &path, QString *error)
{
    return writeAtomically(
        path, [&](QIODevice &device, QString *reason) { return write(workspace, ids, device, reason); }, error);
}

} // namespace Mandate::CsvInventoryWriter
