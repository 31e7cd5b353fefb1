#pragma once
// One AI system as a reader found it in a file, before any mapping: its fields by name, in file
// order, as text, and where it came from. Every reader (CSV, JSON, CycloneDX, SPDX) produces these,
// so column mapping, value normalisation, secret redaction and the import itself are written once.

#include <QPair>
#include <QString>
#include <QVector>

namespace Mandate {

struct InventoryRecord
{
    // Where an error about this record points: the line (CSV, JSON) or, where lines are not
    // known, the 1-based position of the record in the file.
    qint64 line = 0;
    // Source field name -> text value. Nested JSON is flattened with dots ("modelCard.modelParameters.task");
    // arrays of scalars are joined with "; ". Names are unique within a record.
    QVector<QPair<QString, QString>> fields;
};

} // namespace Mandate
