#include "catalogrepository.h"

#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

namespace Mandate {
namespace {

QString prefixesText(const QStringList &prefixes)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(prefixes)).toJson(QJsonDocument::Compact));
}

QStringList prefixesFrom(const QString &text)
{
    QStringList prefixes;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &value : array)
        prefixes << value.toString();
    return prefixes;
}

// The translations column: {"de": "…", "fr": "…"}; '{}' for none.
QString translationsText(const QHash<QString, QString> &translations)
{
    QJsonObject object;
    for (auto it = translations.cbegin(); it != translations.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QHash<QString, QString> translationsFrom(const QString &text)
{
    QHash<QString, QString> translations;
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        translations.insert(it.key(), it.value().toString());
    return translations;
}

struct CatalogRow
{
    QString id;
    QString name;
    QString version;
    QString source;
    QStringList prefixes;
};

} // namespace

bool CatalogRepository::run(QSqlQuery &query) const
{
    if (query.exec())
        return true;
    m_lastError = m_database.describe(query.lastError());
    return false;
}

bool CatalogRepository::load(QVector<FrameworkCatalog> *catalogs) const
{
    // The catalog rows first: statements are prepared once, so the item query must not run while
    // this one is still being read.
    QVector<CatalogRow> rows;
    QSqlQuery &query = m_database.prepare(
        QStringLiteral("SELECT catalog_id, name, version, source, prefixes FROM catalogs ORDER BY position"));
    if (!run(query))
        return false;
    while (query.next()) {
        rows.append({ query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(), prefixesFrom(query.value(4).toString()) });
    }
    catalogs->clear();
    for (const CatalogRow &row : std::as_const(rows)) {
        QSqlQuery &items = m_database.prepare(QStringLiteral(
            "SELECT item_id, title, description, kind, translations FROM catalog_items WHERE catalog_id = ? "
            "ORDER BY position"));
        items.addBindValue(Database::text(row.id));
        if (!run(items))
            return false;
        QVector<CatalogItem> list;
        while (items.next()) {
            CatalogItem item;
            item.itemId = items.value(0).toString();
            item.title = items.value(1).toString();
            item.description = items.value(2).toString();
            item.kind = items.value(3).toString();
            item.translatedDescriptions = translationsFrom(items.value(4).toString());
            list << item;
        }
        *catalogs << FrameworkCatalog::fromStored(row.id, row.name, row.version, row.source, row.prefixes, list);
    }
    return true;
}

bool CatalogRepository::insert(const FrameworkCatalog &catalog, const QString &loadedBy, const QDateTime &loadedAt)
{
    // Items of this id without a catalog row (a version-2 file could hold such) give way to the catalog's.
    QSqlQuery &orphans = m_database.prepare(QStringLiteral("DELETE FROM catalog_items WHERE catalog_id = ?"));
    orphans.addBindValue(Database::text(catalog.id()));
    if (!run(orphans))
        return false;
    QSqlQuery &query = m_database.prepare(QStringLiteral(
        "INSERT INTO catalogs (catalog_id, name, version, source, prefixes, loaded_at, loaded_by, position) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM catalogs))"));
    query.addBindValue(Database::text(catalog.id()));
    query.addBindValue(Database::text(catalog.name()));
    query.addBindValue(Database::text(catalog.version()));
    query.addBindValue(Database::text(catalog.source()));
    query.addBindValue(prefixesText(catalog.prefixes()));
    query.addBindValue(loadedAt.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(Database::text(loadedBy));
    if (!run(query))
        return false;
    qint64 position = 0; // the file's order
    for (const CatalogItem &item : catalog.items()) {
        QSqlQuery &insertItem = m_database.prepare(QStringLiteral(
            "INSERT INTO catalog_items (catalog_id, item_id, title, description, kind, position, translations) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        insertItem.addBindValue(Database::text(catalog.id()));
        insertItem.addBindValue(Database::text(item.itemId));
        insertItem.addBindValue(Database::text(item.title));
        insertItem.addBindValue(Database::text(item.description));
        insertItem.addBindValue(Database::text(item.kind));
        insertItem.addBindValue(++position);
        insertItem.addBindValue(translationsText(item.translatedDescriptions));
        if (!run(insertItem))
            return false;
    }
    return true;
}

bool CatalogRepository::remove(const QString &catalogId)
{
    QSqlQuery &items = m_database.prepare(QStringLiteral("DELETE FROM catalog_items WHERE catalog_id = ?"));
    items.addBindValue(Database::text(catalogId));
    if (!run(items))
        return false;
    QSqlQuery &query = m_database.prepare(QStringLiteral("DELETE FROM catalogs WHERE catalog_id = ?"));
    query.addBindValue(Database::text(catalogId));
    return run(query) && query.numRowsAffected() == 1;
}

} // namespace Mandate
