#pragma once
// An item of a framework catalog (OWASP Agentic Top 10, OWASP NHI Top 10, NIST SP 800-207, NIST
// CSF). Catalogs ship as data; the schema holds them so mappings can refer to them.

#include <QHash>
#include <QLocale>
#include <QString>

namespace Mandate {

struct CatalogItem
{
    QString catalogId; // e.g. "owasp-agentic-2026"
    QString itemId;    // e.g. "ASI03"
    QString title;     // proper name, kept in its original English
    QString description; // English
    // The description in other languages, by language name as the catalog file spells it ("de",
    // "fr", "pt_BR"), stored with the catalog in a workspace.
    QHash<QString, QString> translatedDescriptions;
    QString kind; // optional grouping inside a catalog, e.g. "tenet", "component", "threat" in SP 800-207

    // The description in the locale's user-interface language, so it reads in the language of the
    // rest of the application: the first of locale.uiLanguages() it is translated into, or English.
    QString descriptionFor(const QLocale &locale = QLocale()) const;
};

} // namespace Mandate
