#pragma once
// A framework catalog (OWASP Agentic Top 10, OWASP NHI Top 10, NIST SP 800-207, NIST CSF, or an
// analyst's own list) loaded from JSON. Catalogs are data, not code (DOMAIN.md section 7): the four
// built-in ones are resources, and an extra file loads the same way without rebuilding. A file is
// taken whole or refused whole, with a message that names the file and the problem.
//
// File format: {"catalog": id, "name", "version", "source", optional "prefixes": the short names
// written before an item id in references such as "CSF PR.AA-05", "items": [{"id", "title",
// "description", optional "kind", optional "description_de", "description_fr"... : the description
// in another language}]}. Titles are proper names and stay in English; descriptions are translated.

#include "domain/catalogitem.h"

#include <QByteArray>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace Mandate {

class FrameworkCatalog
{
public:
    // Refuses, with a translated message naming fileName, anything but a well-formed catalog.
    static std::optional<FrameworkCatalog> fromJson(
        const QByteArray &json, const QString &fileName, QString *error);
    static std::optional<FrameworkCatalog> fromFile(const QString &path, QString *error);
    // A catalog as a workspace stored it (checked by fromJson() when it was loaded, so taken as
    // it is). Each item's catalogId is set to id.
    static FrameworkCatalog fromStored(const QString &id, const QString &name, const QString &version,
        const QString &source, const QStringList &prefixes, QVector<CatalogItem> items);
    // The shipped catalogs, always in this order: OWASP Agentic 2026, OWASP NHI 2025,
    // NIST SP 800-207, NIST CSF.
    static QVector<FrameworkCatalog> builtIn();

    const QString &id() const { return m_id; }
    const QString &name() const { return m_name; }
    const QString &version() const { return m_version; }
    const QString &source() const { return m_source; }
    const QStringList &prefixes() const { return m_prefixes; }
    const QVector<CatalogItem> &items() const { return m_items; }

    // The item with exactly this id, or null.
    const CatalogItem *item(const QString &itemId) const;
    // The item a reference in DOMAIN.md's spelling names, or null: the exact id, the id without its
    // ":year" suffix ("NHI1" for "NHI1:2025"), either after one of this catalog's prefixes
    // ("CSF PR.AA-05", "800-207 T7", "800-207 section 5.7"). A reference that starts with some
    // other name ("threat T8") names an item of another list and is not ours.
    const CatalogItem *itemByReference(const QString &reference) const;

private:
    QString m_id;
    QString m_name;
    QString m_version;
    QString m_source;
    QStringList m_prefixes;
    QVector<CatalogItem> m_items;
};

// (catalog id, item id) of the first catalog whose itemByReference() knows the reference, so a
// finding that names "CSF PR.AA-01" can be mapped to ("nist-csf", "PR.AA-01").
std::optional<QPair<QString, QString>> resolveFrameworkReference(
    const QVector<FrameworkCatalog> &catalogs, const QString &reference);

} // namespace Mandate
