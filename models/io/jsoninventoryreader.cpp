#include "io/jsoninventoryreader.h"

#include "io/bomreaders.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QVariant>
#include <algorithm>
#include <cmath>

namespace Mandate {

namespace {

// What one pass over the raw bytes learns before Qt parses them: where lines start (for line and
// column numbers, since Qt reports only byte offsets) and where each element of a candidate
// record array starts (Qt's values do not remember where they came from). Candidates are the
// root array and the arrays held directly by members of a root object.
struct Scan
{
    struct Candidate
    {
        bool root = false;
        QByteArray rawKey; // undecoded member name, when not the root
        QVector<qsizetype> elements;
    };
    QVector<qsizetype> lineStarts { 0 };
    QVector<Candidate> candidates;
    char root = 0; // '[' or '{', or the first byte of a scalar
    qsizetype rootAt = -1;
    bool unclosed = false; // the bytes end inside a string or container
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Length of the valid UTF-8 sequence at data[i], or 0 (overlong forms, surrogates and code
// points above U+10FFFF are invalid too).
int utf8Length(const char *data, qsizetype i, qsizetype size)
{
    const auto byte = [&](qsizetype k) { return k < size ? static_cast<unsigned char>(data[k]) : 0u; };
    const unsigned c = byte(i);
    if (c < 0x80)
        return 1;
    const auto cont = [&](qsizetype k, unsigned lo = 0x80, unsigned hi = 0xBF) {
        const unsigned b = byte(k);
        return b >= lo && b <= hi;
    };
    if (c >= 0xC2 && c <= 0xDF)
        return cont(i + 1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        const unsigned lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
        return cont(i + 1, lo, hi) && cont(i + 2) ? 3 : 0;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        const unsigned lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
        return cont(i + 1, lo, hi) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    }
    return 0;
}

class Reader
{
public:
    Reader(const QByteArray &bytes, ReadError *error)
        : m_bytes(bytes)
        , m_error(error)
    {
    }

    bool scan();
    bool parse(QJsonDocument *document);
    bool readPlain(const QJsonDocument &document, QVector<InventoryRecord> *records);

    bool fail(qsizetype offset, const QString &reason)
    {
        if (offset >= 0) {
            const auto it = std::upper_bound(m_scan.lineStarts.cbegin(), m_scan.lineStarts.cend(), offset);
            const qsizetype lineStart = *(it - 1);
            m_error->line = it - m_scan.lineStarts.cbegin();
            int column = 1; // in characters: count the bytes that start one
            for (qsizetype i = lineStart; i < offset && i < m_bytes.size(); ++i)
                column += (static_cast<unsigned char>(m_bytes.at(i)) & 0xC0) != 0x80 ? 1 : 0;
            m_error->column = column;
        }
        m_error->reason = reason;
        return false;
    }
    qint64 lineOf(qsizetype offset) const
    {
        return std::upper_bound(m_scan.lineStarts.cbegin(), m_scan.lineStarts.cend(), offset)
            - m_scan.lineStarts.cbegin();
    }
    const Scan &scanned() const { return m_scan; }

private:
    bool recordsFrom(
        const QJsonArray &array, const QVector<qsizetype> &offsets, QVector<InventoryRecord> *records);
    qsizetype walkObject(qsizetype pos, const QString &path, QHash<QString, qsizetype> *rank) const;
    qsizetype skipValue(qsizetype pos) const;
    qsizetype skipSpace(qsizetype pos) const
    {
        while (pos < m_bytes.size() && isSpace(m_bytes.at(pos)))
            ++pos;
        return pos;
    }

    const QByteArray &m_bytes;
    ReadError *m_error;
    Scan m_scan;
};

bool Reader::scan()
{
    const char *data = m_bytes.constData();
    const qsizetype size = m_bytes.size();
    int depth = 0;
    bool inString = false, escaped = false;
    qsizetype stringStart = 0;
    QByteArray lastKey;
    Scan::Candidate *open = nullptr; // the candidate array being scanned, at depth 1 or 2
    int openDepth = 0;
    bool expectElement = false;
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (c == '\0')
            return fail(i,
                QCoreApplication::translate(
                    "JsonInventoryReader", "the file holds a NUL byte: it is binary, not JSON text"));
        if (static_cast<unsigned char>(c) >= 0x80) {
            const int length = utf8Length(data, i, size);
            if (length == 0)
                return fail(i,
                    QCoreApplication::translate("JsonInventoryReader",
                        "the bytes here are not valid UTF-8, and JSON files must be UTF-8"));
            if (!inString && m_scan.rootAt < 0) { // text that is not JSON: say so, not "empty"
                m_scan.root = c;
                m_scan.rootAt = i;
            }
            i += length - 1;
            expectElement = escaped = false;
            continue;
        }
        if (c == '\n')
            m_scan.lineStarts.append(i + 1);
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"') {
                inString = false;
                if (depth == 1 && m_scan.root == '{')
                    lastKey = m_bytes.mid(stringStart, i - stringStart);
            }
            continue;
        }
        if (isSpace(c))
            continue;
        if (m_scan.rootAt < 0) {
            m_scan.root = c;
            m_scan.rootAt = i;
        }
        if (expectElement && c != ']')
            open->elements.append(i);
        expectElement = false;
        switch (c) {
        case '"':
            inString = true;
            stringStart = i + 1;
            break;
        case '[':
        case '{':
            if (++depth > JsonInventoryReader::maxDepth)
                return fail(i,
                    QCoreApplication::translate("JsonInventoryReader",
                        "the JSON is nested more than %1 levels deep here; no inventory needs that, so the "
                        "file is refused")
                        .arg(JsonInventoryReader::maxDepth));
            if (c == '[' && (depth == 1 || (depth == 2 && m_scan.root == '{'))) {
                m_scan.candidates.append({ depth == 1, lastKey, {} });
                open = &m_scan.candidates.last();
                openDepth = depth;
                expectElement = true;
            }
            break;
        case ']':
        case '}':
            if (open && depth == openDepth)
                open = nullptr;
            --depth;
            break;
        case ',':
            expectElement = open && depth == openDepth;
            break;
        default:
            break;
        }
    }
    m_scan.unclosed = inString || depth > 0;
    return true;
}

bool Reader::parse(QJsonDocument *document)
{
    if (m_scan.rootAt < 0)
        return fail(-1, QCoreApplication::translate("JsonInventoryReader", "the file is empty"));
    if (m_scan.root != '[' && m_scan.root != '{')
        return fail(m_scan.rootAt,
            QCoreApplication::translate("JsonInventoryReader",
                "expected a JSON array of objects, or an object holding one such as {\"systems\": [...]}, "
                "but the file does not start with [ or {"));
    QJsonParseError parseError;
    *document = QJsonDocument::fromJson(m_bytes, &parseError);
    if (parseError.error == QJsonParseError::NoError)
        return true;
    qsizetype offset = std::clamp<qsizetype>(parseError.offset, 0, m_bytes.size());
    if (m_scan.unclosed && skipSpace(offset) >= m_bytes.size() - 1)
        return fail(m_bytes.size(),
            QCoreApplication::translate(
                "JsonInventoryReader", "the file ends before the JSON is complete; it may be truncated"));
    // Qt mostly reports the offset just past the character it stopped at: point at that character.
    if (offset > 0 && !isSpace(m_bytes.at(offset - 1))) {
        --offset;
        while (offset > 0 && (static_cast<unsigned char>(m_bytes.at(offset)) & 0xC0) == 0x80)
            --offset;
    }
    return fail(offset,
        QCoreApplication::translate("JsonInventoryReader", "this is not valid JSON (%1)")
            .arg(parseError.errorString()));
}

bool isArrayOfObjects(const QJsonValue &value)
{
    if (!value.isArray())
        return false;
    const QJsonArray array = value.toArray();
    return !array.isEmpty()
        && std::all_of(array.begin(), array.end(), [](const QJsonValue &v) { return v.isObject(); });
}

// An SPDX 3 JSON-LD document names its context, as a string or in an array.
bool hasSpdx3Context(const QJsonObject &object)
{
    const QJsonValue context = object.value(QStringLiteral("@context"));
    const QJsonArray contexts = context.isArray() ? context.toArray() : QJsonArray { context };
    return std::any_of(contexts.begin(), contexts.end(),
        [](const QJsonValue &v) { return v.toString().contains(QStringLiteral("spdx.org/rdf/3.0")); });
}

QString decodeKey(const QByteArray &raw)
{
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw);
    return QJsonDocument::fromJson("[\"" + raw + "\"]").array().at(0).toString();
}

bool Reader::readPlain(const QJsonDocument &document, QVector<InventoryRecord> *records)
{
    if (document.isArray())
        return recordsFrom(document.array(), m_scan.candidates.value(0).elements, records);
    // Qt keeps the last of duplicate member names; so does the lookup of offsets below.
    const QJsonObject object = document.object();
    QString key;
    if (object.value(QStringLiteral("systems")).isArray()) {
        key = QStringLiteral("systems");
    } else {
        QStringList arrays, ofObjects;
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.value().isArray())
                arrays.append(it.key());
            if (isArrayOfObjects(it.value()))
                ofObjects.append(it.key());
        }
        if (arrays.size() == 1)
            key = arrays.constFirst();
        else if (ofObjects.size() == 1)
            key = ofObjects.constFirst();
        else if (arrays.isEmpty())
            return fail(m_scan.rootAt,
                QCoreApplication::translate("JsonInventoryReader",
                    "expected an array of objects, or an object holding one such as {\"systems\": [...]}, "
                    "but this object holds no array"));
        else
            return fail(m_scan.rootAt,
                QCoreApplication::translate("JsonInventoryReader",
                    "this object holds several arrays (%1); name the one with the systems \"systems\"")
                    .arg(arrays.join(QStringLiteral(", "))));
    }
    QVector<qsizetype> offsets;
    for (const Scan::Candidate &candidate : m_scan.candidates) {
        if (!candidate.root && decodeKey(candidate.rawKey) == key)
            offsets = candidate.elements;
    }
    // Found by walking, not by object.value(key): Qt 6.4 hands out member names with a leading
    // U+FEFF dropped, and then finds no member by that name (found by fuzzing).
    QJsonArray chosen;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == key)
            chosen = it.value().toArray();
    }
    return recordsFrom(chosen, offsets, records);
}

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const QVariant variant = value.toVariant(); // integers that fit stay qint64 in Qt 6
        if (variant.typeId() == QMetaType::LongLong)
            return QString::number(variant.toLongLong());
        const double number = value.toDouble();
        if (number == std::floor(number) && std::abs(number) < 9007199254740992.0) // 2^53: exact
            return QString::number(static_cast<qint64>(number));
        return QString::number(number, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::String:
        return value.toString();
    default:
        return QString(); // null, undefined
    }
}

// One flattened member: its dotted name, and its path of raw member names joined by a separator
// that dots in names cannot fake, so that "a.b" and {"a": {"b": ...}} are told apart when ordering.
struct Flat
{
    QString name;
    QString path;
    QString value;
};

const QChar pathSeparator(0x1F);

QString displayKey(const QString &key)
{
    return key.isEmpty() ? QCoreApplication::translate("JsonInventoryReader", "unnamed") : key;
}

void flatten(const QJsonObject &object, const QString &prefix, const QString &path, QVector<Flat> *fields)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString name
            = prefix.isEmpty() ? displayKey(it.key()) : prefix + QLatin1Char('.') + displayKey(it.key());
        const QString memberPath = path + pathSeparator + it.key();
        const QJsonValue value = it.value();
        if (value.isObject() && !value.toObject().isEmpty()) {
            flatten(value.toObject(), name, memberPath, fields);
        } else if (value.isArray()) {
            const QJsonArray array = value.toArray();
            const bool scalars = std::none_of(
                array.begin(), array.end(), [](const QJsonValue &v) { return v.isObject() || v.isArray(); });
            QStringList parts;
            if (scalars) {
                for (const QJsonValue &v : array)
                    parts.append(scalarText(v));
            }
            // Arrays of objects are kept whole, as compact JSON, for a later reader to take apart.
            fields->append({ name, memberPath,
                scalars ? parts.join(QStringLiteral("; "))
                        : QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) });
        } else {
            fields->append({ name, memberPath, value.isObject() ? QString() : scalarText(value) });
        }
    }
}

// A system as Mandate itself writes it (SystemJson: list --json, show --json, the workspace
// export's "systems"): its "attributes" are native columns by name, so they are read as top-level
// members; what Mandate derived or keeps elsewhere (id, derived facts, rationale, privileges,
// mappings, placement) is no inventory data and is left out. So such an export imports back as it was.
bool isMandateSystem(const QJsonObject &object)
{
    return object.value(QStringLiteral("attributes")).isObject() && object.value(QStringLiteral("rationale")).isObject()
        && object.contains(QStringLiteral("suggested_paradigm"));
}

void flattenMandateSystem(const QJsonObject &object, QVector<Flat> *fields)
{
    QJsonObject top;
    for (const char *key : { "external_id", "name", "paradigm", "lifecycle_stage" }) {
        if (object.contains(QLatin1String(key)))
            top.insert(QLatin1String(key), object.value(QLatin1String(key)));
    }
    flatten(top, QString(), QString(), fields);
    flatten(object.value(QStringLiteral("attributes")).toObject(), QString(),
        pathSeparator + QStringLiteral("attributes"), fields);
}

bool Reader::recordsFrom(
    const QJsonArray &array, const QVector<qsizetype> &offsets, QVector<InventoryRecord> *records)
{
    if (offsets.size() != array.size()) // cannot happen when Qt and the scan agree; keep going without lines
        qWarning("JsonInventoryReader: %d element offsets for %d elements", int(offsets.size()),
            int(array.size()));
    records->reserve(records->size() + array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const qsizetype offset = i < offsets.size() ? offsets.at(i) : -1;
        if (!array.at(i).isObject())
            return fail(offset,
                QCoreApplication::translate("JsonInventoryReader",
                    "element %1 of the array is not an object, so it cannot be an AI system")
                    .arg(i + 1));
        InventoryRecord record;
        record.line = offset >= 0 ? lineOf(offset) : i + 1;
        QVector<Flat> fields;
        if (isMandateSystem(array.at(i).toObject()))
            flattenMandateSystem(array.at(i).toObject(), &fields);
        else
            flatten(array.at(i).toObject(), QString(), QString(), &fields);
        // Qt sorts members by name; put them back in file order, the order the analyst knows.
        QHash<QString, qsizetype> rank; // member path -> where its name is in the file
        if (offset >= 0)
            walkObject(offset, QString(), &rank);
        std::stable_sort(fields.begin(), fields.end(), [&](const Flat &a, const Flat &b) {
            return rank.value(a.path, m_bytes.size()) < rank.value(b.path, m_bytes.size());
        });
        // "a.b" and {"a": {"b": ...}} flatten to the same name: number the later one, as the CSV
        // reader numbers duplicate headers.
        QHash<QString, int> seen;
        record.fields.reserve(fields.size());
        for (const Flat &field : qAsConst(fields)) {
            QString name = field.name;
            for (int k = 2; seen.contains(name.toCaseFolded()); ++k)
                name = QStringLiteral("%1 (%2)").arg(field.name).arg(k);
            seen.insert(name.toCaseFolded(), 0);
            record.fields.append({ name, field.value });
        }
        records->append(record);
    }
    return true;
}

// Finds where each member path of the object at pos is named (the bytes are valid JSON by now).
// Of duplicate names the last place wins: Qt keeps the last value.
qsizetype Reader::walkObject(qsizetype pos, const QString &path, QHash<QString, qsizetype> *rank) const
{
    pos = skipSpace(pos + 1); // past '{'
    while (pos < m_bytes.size() && m_bytes.at(pos) == '"') {
        const qsizetype keyAt = pos, keyEnd = skipValue(pos);
        const QString memberPath = path + pathSeparator + decodeKey(m_bytes.mid(pos + 1, keyEnd - pos - 2));
        pos = skipSpace(skipSpace(keyEnd) + 1); // past ':'
        if (pos < m_bytes.size() && m_bytes.at(pos) == '{')
            pos = walkObject(pos, memberPath, rank);
        else
            pos = skipValue(pos);
        rank->insert(memberPath, keyAt);
        pos = skipSpace(pos);
        if (pos < m_bytes.size() && m_bytes.at(pos) == ',')
            pos = skipSpace(pos + 1);
    }
    return pos + 1; // past '}'
}

qsizetype Reader::skipValue(qsizetype pos) const
{
    int depth = 0;
    bool inString = false;
    for (; pos < m_bytes.size(); ++pos) {
        const char c = m_bytes.at(pos);
        if (inString) {
            if (c == '\\')
                ++pos;
            else if (c == '"') {
                inString = false;
                if (depth == 0)
                    return pos + 1;
            }
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            ++depth;
        } else if (c == ']' || c == '}') {
            if (depth == 0)
                return pos; // a scalar ended by its container
            if (--depth == 0)
                return pos + 1;
        } else if (depth == 0 && (c == ',' || isSpace(c))) {
            return pos;
        }
    }
    return pos;
}

} // namespace

static bool readBytes(const QByteArray &bytes, JsonInventoryReader::Format format,
    JsonInventoryReader::Result *result, ReadError *error);

bool JsonInventoryReader::read(
    QIODevice *device, const QString &fileName, Format format, Result *result, ReadError *error)
{
    *error = ReadError();
    error->file = fileName;
    *result = Result();
    result->format = format;
    if (!device || !device->isReadable()) {
        error->reason = QCoreApplication::translate("JsonInventoryReader", "the file cannot be read");
        return false;
    }
    QByteArray bytes = device->readAll();
    if (bytes.startsWith("\xEF\xBB\xBF")) // a UTF-8 byte-order mark is allowed, and means nothing
        bytes.remove(0, 3);

    const bool ok = readBytes(bytes, format, result, error);
    if (!ok)
        result->records.clear(); // all or nothing: no half-read inventory
    return ok;
}

static bool readBytes(const QByteArray &bytes, JsonInventoryReader::Format format,
    JsonInventoryReader::Result *result, ReadError *error)
{
    using Format = JsonInventoryReader::Format;
    Reader reader(bytes, error);
    QJsonDocument document;
    if (!reader.scan() || !reader.parse(&document))
        return false;
    const QJsonObject object = document.object();
    if (format == Format::Auto) {
        // Any bomFormat routes to CycloneDX, so that a wrong value gets CycloneDX's own error.
        if (document.isObject()
            && (object.contains(QStringLiteral("bomFormat")) || BomReaders::looksLikeCycloneDx(object)))
            format = Format::CycloneDx;
        else if (document.isObject() && (hasSpdx3Context(object) || BomReaders::looksLikeSpdx(object)))
            format = Format::Spdx;
        else if (document.isObject() && object.contains(QStringLiteral("spdxVersion")))
            return reader.fail(reader.scanned().rootAt,
                QCoreApplication::translate("JsonInventoryReader",
                    "this is an SPDX 2 document; only SPDX 3.0.1 JSON-LD with the AI profile is supported"));
        else
            format = Format::PlainJson;
        result->format = format;
    }
    if (format == Format::PlainJson)
        return reader.readPlain(document, &result->records);
    if (!document.isObject())
        return reader.fail(reader.scanned().rootAt,
            QCoreApplication::translate("JsonInventoryReader",
                "expected one JSON object (an %1 document), but the file holds an array")
                .arg(JsonInventoryReader::formatName(format)));
    return format == Format::CycloneDx ? BomReaders::readCycloneDx(object, &result->records, error)
                                       : BomReaders::readSpdx(object, &result->records, error);
}

QString JsonInventoryReader::formatName(Format format)
{
    switch (format) {
    case Format::PlainJson:
        return QStringLiteral("JSON");
    case Format::CycloneDx:
        return QStringLiteral("CycloneDX");
    case Format::Spdx:
        return QStringLiteral("SPDX");
    case Format::Auto:
        break;
    }
    return QCoreApplication::translate("JsonInventoryReader", "automatic");
}

} // namespace Mandate
