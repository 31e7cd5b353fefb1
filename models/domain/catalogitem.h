#pragma once
// An item of a framework catalog (OWASP Agentic Top 10, OWASP NHI Top 10, NIST SP 800-207, NIST
// CSF). Catalogs ship as data; the schema holds them so mappings can refer to them.

#include <QString>

namespace Mandate {

struct CatalogItem
{
    QString catalogId; // e.g. "owasp-agentic-2026"
    QString itemId;    // e.g. "ASI03"
    QString title;     // proper name, kept in its original English
    QString description;
    QString kind; // optional grouping inside a catalog, e.g. "tenet", "component", "threat" in SP 800-207
};

} // namespace Mandate
