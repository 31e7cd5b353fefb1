#include "io/bomrecordbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Mandate {
namespace {

// Deeper than this, a value is kept as compact JSON text rather than split further: the readers can
// be handed any QJsonObject, and no bill of materials needs more levels than this to be readable.
constexpr int kMaxFlattenDepth = 32;

QString joinPath(const QString &path, const QString &key)
{
    // An empty member name ("": ...) still needs a name of its own, as in the plain JSON reader.
    const QString part = key.isEmpty() ? QStringLiteral("unnamed") : key;
    return path.isEmpty() ? part : path + QLatin1Char('.') + part;
}

bool isScalar(const QJsonValue &value)
{
    return value.isString() || value.isDouble() || value.isBool();
}

// A list of {"key": k, "value": v} (plus an optional "type"), or of CycloneDX {"name", "value"}.
bool isKeyValueList(const QJsonArray &array, QString *keyName)
{
    if (array.isEmpty())
        return false;
    for (const QString &candidate : { QStringLiteral("key"), QStringLiteral("name") }) {
        bool all = true;
        for (const QJsonValue &item : array) {
            const QJsonObject o = item.toObject();
            const qsizetype extra = o.contains(QStringLiteral("type")) ? 1 : 0;
            if (!item.isObject() || !o.value(candidate).isString() || !o.contains(QStringLiteral("value"))
                || o.size() - extra != 2) {
                all = false;
                break;
            }
        }
        if (all) {
            *keyName = candidate;
            return true;
        }
    }
    return false;
}

} // namespace

BomRecordBuilder::BomRecordBuilder(qint64 line)
{
    m_record.line = line;
}

QString BomRecordBuilder::value(const QString &name) const
{
    const auto it = m_index.constFind(name);
    return it == m_index.constEnd() ? QString() : m_record.fields.at(*it).second;
}

void BomRecordBuilder::set(const QString &name, const QString &value)
{
    const auto it = m_index.constFind(name);
    if (it != m_index.constEnd()) {
        m_record.fields[*it].second = value;
        return;
    }
    m_index.insert(name, int(m_record.fields.size()));
    m_record.fields.append({ name, value });
}

void BomRecordBuilder::setIfAbsent(const QString &name, const QString &value)
{
    if (!has(name))
        set(name, value);
}

void BomRecordBuilder::append(const QString &name, const QString &value)
{
    if (!has(name))
        set(name, value);
    else if (!value.isEmpty())
        set(name, this->value(name).isEmpty() ? value : this->value(name) + QStringLiteral("; ") + value);
}

QString BomRecordBuilder::scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return value.toVariant().toString();
    return QString();
}

void BomRecordBuilder::flatten(const QString &path, const QJsonValue &value, const QSet<QString> &skip)
{
    flattenAt(path, value, skip, 0);
}

void BomRecordBuilder::flattenAt(const QString &path, const QJsonValue &value, const QSet<QString> &skip,
                                 int depth)
{
    if (skip.contains(path) || value.isNull() || value.isUndefined())
        return;
    if (isScalar(value)) {
        append(path, scalarText(value));
        return;
    }
    if (depth >= kMaxFlattenDepth) {
        const QJsonDocument doc = value.isObject() ? QJsonDocument(value.toObject()) : QJsonDocument(value.toArray());
        append(path, QString::fromUtf8(doc.toJson(QJsonDocument::Compact)));
        return;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            flattenAt(joinPath(path, it.key()), it.value(), skip, depth + 1);
        return;
    }
    const QJsonArray array = value.toArray();
    if (std::all_of(array.begin(), array.end(), [](const QJsonValue &v) { return isScalar(v); })) {
        QStringList parts;
        for (const QJsonValue &item : array)
            parts << scalarText(item);
        append(path, parts.join(QStringLiteral("; ")));
        return;
    }
    QString keyName;
    if (isKeyValueList(array, &keyName)) {
        for (const QJsonValue &item : array) {
            const QJsonObject o = item.toObject();
            flattenAt(joinPath(path, o.value(keyName).toString()), o.value(QStringLiteral("value")), skip,
                      depth + 1);
        }
        return;
    }
    for (qsizetype i = 0; i < array.size(); ++i)
        flattenAt(joinPath(path, QString::number(i)), array.at(i), skip, depth + 1);
}

} // namespace Mandate
