#pragma once
// Which source column feeds which field of a system. Built automatically from header synonyms
// (insensitive to case, spacing and punctuation, including the US federal AI use case inventory's
// layouts), shown and edited in the import wizard, saved as a mapping file for the CLI. A column
// that maps to no field is kept as a custom attribute under its own header.

#include "domain/systemfield.h"

#include <QJsonObject>
#include <QStringList>
#include <QVector>

#include <optional>

namespace Mandate {

class ColumnMapping
{
public:
    ColumnMapping() = default;
    explicit ColumnMapping(const QStringList &header); // every column unmapped

    static ColumnMapping automatic(const QStringList &header);
    // "Use Case Name", "use_case_name", "2_use_case_name" all become "usecasename".
    static QString normalizedHeader(const QString &header);

    QStringList header() const { return m_header; }
    int columnCount() const { return int(m_header.size()); }
    std::optional<SystemField> target(int column) const;
    void setTarget(int column, std::optional<SystemField> field); // one column per field at most
    int columnFor(SystemField field) const;                        // -1 if none

    // {"format": "mandate-mapping", "version": 1, "columns": {"<header>": "<field id>" | null}}
    QJsonObject toJson() const;
    // Applies a saved mapping to this header; headers it does not name map automatically.
    static std::optional<ColumnMapping> fromJson(const QJsonObject &json, const QStringList &header, QString *error);

private:
    QStringList m_header;
    QVector<std::optional<SystemField>> m_targets;
};

} // namespace Mandate
