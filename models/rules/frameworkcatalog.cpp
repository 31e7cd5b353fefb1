#include "rules/frameworkcatalog.h"

#include "io/readerror.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QtGlobal>
#include <algorithm>

namespace Mandate {
namespace {

const char *const kBuiltIn[] = {
    ":/catalogs/owasp-agentic-2026.json",
    ":/catalogs/owasp-nhi-2025.json",
    ":/catalogs/nist-sp-800-207.json",
    ":/catalogs/nist-csf.json",
};

QString key(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// Qt reports only a byte offset; the analyst fixes the file in an editor, which counts lines and
// characters.
ReadError syntaxError(const QByteArray &json, const QString &fileName, const QJsonParseError &parseError)
{
    qsizetype offset = std::clamp<qsizetype>(parseError.offset, 0, json.size());
    // Qt mostly reports the offset just past the character it stopped at: point at that character.
    if (offset > 0 && !QChar::isSpace(static_cast<unsigned char>(json.at(offset - 1)))) {
        --offset;
        while (offset > 0 && isContinuationByte(json.at(offset)))
            --offset;
    }
    qint64 line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (json.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    int column = 1;
    for (qsizetype i = lineStart; i < offset; ++i)
        column += isContinuationByte(json.at(i)) ? 0 : 1;
    return ReadError { fileName, line, column,
        QCoreApplication::translate("FrameworkCatalog", "this is not valid JSON (%1)")
            .arg(parseError.errorString()) };
}

// A required text member: present, a string, and not blank.
QString requiredText(const QJsonObject &object, const char *name)
{
    return object.value(key(name)).toString().trimmed();
}

// The "description_de", "description_fr"... members: language name -> text. A member that is not
// text is named in *badKey.
QHash<QString, QString> translatedDescriptions(const QJsonObject &object, QString *badKey)
{
    const QString prefix = key("description_");
    QHash<QString, QString> translations;
    for (auto member = object.constBegin(); member != object.constEnd(); ++member) {
        const QString language = member.key().mid(prefix.size());
        if (!member.key().startsWith(prefix) || language.isEmpty())
            continue;
        if (!member.value().isString()) {
            *badKey = member.key();
            return {};
        }
        const QString text = member.value().toString().trimmed();
        if (!text.isEmpty())
            translations.insert(language, text);
    }
    return translations;
}

} // namespace

std::optional<FrameworkCatalog> FrameworkCatalog::fromJson(
    const QByteArray &json, const QString &fileName, QString *error)
{
    const auto fail = [&](const ReadError &readError) -> std::optional<FrameworkCatalog> {
        if (error)
            *error = readError.message();
        return std::nullopt;
    };
    const auto failWith = [&](const QString &reason) { return fail(ReadError { fileName, 0, 0, reason }); };

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(syntaxError(json, fileName, parseError));
    if (!document.isObject()) {
        return failWith(QCoreApplication::translate("FrameworkCatalog",
            "a catalog is a JSON object with \"catalog\", \"name\", \"version\", \"source\" and \"items\""));
    }
    const QJsonObject root = document.object();

    FrameworkCatalog catalog;
    catalog.m_id = requiredText(root, "catalog");
    if (catalog.m_id.isEmpty()) {
        return failWith(
            QCoreApplication::translate("FrameworkCatalog", "the catalog has no id in \"catalog\""));
    }
    catalog.m_name = requiredText(root, "name");
    if (catalog.m_name.isEmpty())
        catalog.m_name = catalog.m_id;
    catalog.m_version = requiredText(root, "version");
    catalog.m_source = requiredText(root, "source");

    const QJsonValue prefixes = root.value(key("prefixes"));
    if (!prefixes.isUndefined()) {
        const QJsonArray list = prefixes.toArray();
        const bool allText = std::all_of(list.cbegin(), list.cend(), [](const QJsonValue &value) {
            return value.isString() && !value.toString().trimmed().isEmpty();
        });
        if (!prefixes.isArray() || !allText) {
            return failWith(QCoreApplication::translate(
                "FrameworkCatalog", "\"prefixes\" is not a list of names such as [\"CSF\"]"));
        }
        for (const QJsonValue &value : list)
            catalog.m_prefixes << value.toString().simplified();
    }

    const QJsonValue items = root.value(key("items"));
    if (!items.isArray()) {
        return failWith(QCoreApplication::translate(
            "FrameworkCatalog", "\"items\" is missing or is not a list of items"));
    }
    const QJsonArray itemArray = items.toArray();
    if (itemArray.isEmpty())
        return failWith(QCoreApplication::translate("FrameworkCatalog", "the catalog has no items"));

    QHash<QString, int> positions; // item id -> 1-based position of its first use
    for (int i = 0; i < itemArray.size(); ++i) {
        const int position = i + 1;
        const QJsonObject object = itemArray.at(i).toObject();
        CatalogItem item;
        item.catalogId = catalog.m_id;
        item.itemId = requiredText(object, "id");
        item.title = requiredText(object, "title");
        item.description = requiredText(object, "description");
        item.kind = requiredText(object, "kind");
        QString badTranslation;
        item.translatedDescriptions = translatedDescriptions(object, &badTranslation);
        if (item.itemId.isEmpty()) {
            return failWith(
                QCoreApplication::translate("FrameworkCatalog", "item %1 has no \"id\"").arg(position));
        }
        if (item.title.isEmpty()) {
            return failWith(QCoreApplication::translate("FrameworkCatalog", "item %1 (%2) has no \"title\"")
                                .arg(position)
                                .arg(item.itemId));
        }
        if (!badTranslation.isEmpty()) {
            return failWith(QCoreApplication::translate("FrameworkCatalog", "item %1 (%2): \"%3\" is not text")
                                .arg(position)
                                .arg(item.itemId, badTranslation));
        }
        const auto first = positions.constFind(item.itemId);
        if (first != positions.cend()) {
            return failWith(QCoreApplication::translate(
                "FrameworkCatalog", "the id \"%1\" is used twice, by items %2 and %3")
                                .arg(item.itemId)
                                .arg(first.value())
                                .arg(position));
        }
        positions.insert(item.itemId, position);
        catalog.m_items << item;
    }
    return catalog;
}

std::optional<FrameworkCatalog> FrameworkCatalog::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = ReadError { path, 0, 0,
                QCoreApplication::translate("FrameworkCatalog", "the file cannot be read: %1")
                    .arg(file.errorString()) }
                         .message();
        }
        return std::nullopt;
    }
    return fromJson(file.readAll(), path, error);
}

FrameworkCatalog FrameworkCatalog::fromStored(const QString &id, const QString &name, const QString &version,
    const QString &source, const QStringList &prefixes, QVector<CatalogItem> items)
{
    FrameworkCatalog catalog;
    catalog.m_id = id;
    catalog.m_name = name;
    catalog.m_version = version;
    catalog.m_source = source;
    catalog.m_prefixes = prefixes;
    for (CatalogItem &item : items)
        item.catalogId = id;
    catalog.m_items = std::move(items);
    return catalog;
}

QVector<FrameworkCatalog> FrameworkCatalog::builtIn()
{
    QVector<FrameworkCatalog> catalogs;
    for (const char *resource : kBuiltIn) {
        QString error;
        if (std::optional<FrameworkCatalog> catalog = fromFile(key(resource), &error))
            catalogs << *catalog;
        else
            qWarning("FrameworkCatalog: built-in catalog refused: %s", qPrintable(error));
    }
    return catalogs;
}

const CatalogItem *FrameworkCatalog::item(const QString &itemId) const
{
    const auto found = std::find_if(m_items.cbegin(), m_items.cend(),
        [&](const CatalogItem &candidate) { return candidate.itemId == itemId; });
    return found == m_items.cend() ? nullptr : &*found;
}

const CatalogItem *FrameworkCatalog::itemByReference(const QString &reference) const
{
    // The id as written first: an id may hold runs of spaces that tidying would lose.
    if (const CatalogItem *exact = item(reference.trimmed()))
        return exact;
    const QString simplified = reference.simplified();
    if (const CatalogItem *exact = item(simplified))
        return exact;

    // Strip the longest of our prefixes, so that "NIST SP 800-207 T3" is not read as "SP 800-207 T3".
    QString rest = simplified;
    int longest = -1;
    for (const QString &prefix : m_prefixes) {
        if (prefix.size() > longest && simplified.size() > prefix.size()
            && simplified.startsWith(prefix, Qt::CaseInsensitive) && simplified.at(prefix.size()) == u' ') {
            longest = static_cast<int>(prefix.size());
            rest = simplified.mid(prefix.size() + 1);
        }
    }
    const QString section = QStringLiteral("section ");
    if (rest.startsWith(section, Qt::CaseInsensitive))
        rest = rest.mid(section.size());
    if (rest.isEmpty())
        return nullptr;

    for (const CatalogItem &candidate : m_items) {
        if (candidate.itemId.compare(rest, Qt::CaseInsensitive) == 0)
            return &candidate;
    }
    // "NHI1" for "NHI1:2025": the year of the list is part of the id, not of how people cite it.
    for (const CatalogItem &candidate : m_items) {
        const qsizetype colon = candidate.itemId.indexOf(u':');
        if (colon > 0 && candidate.itemId.left(colon).compare(rest, Qt::CaseInsensitive) == 0)
            return &candidate;
    }
    return nullptr;
}

std::optional<QPair<QString, QString>> resolveFrameworkReference(
    const QVector<FrameworkCatalog> &catalogs, const QString &reference)
{
    for (const FrameworkCatalog &catalog : catalogs) {
        if (const CatalogItem *item = catalog.itemByReference(reference))
            return qMakePair(catalog.id(), item->itemId);
    }
    return std::nullopt;
}

} // namespace Mandate
