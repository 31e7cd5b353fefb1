#pragma once
// One way to read any inventory file as a stream of InventoryRecords, whatever its format, so the
// import (check pass and write pass) and the wizard's preview are written once. CSV streams from
// disk; the JSON formats are parsed as one document and then handed out record by record.

#include "io/inventoryrecord.h"
#include "io/readerror.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Mandate {

class RecordSource
{
public:
    enum class Format { Auto, Csv, PlainJson, CycloneDx, Spdx };

    // Opens path and reads enough to know the columns. Auto picks by content (a JSON document
    // starts with '{' or '[' after white space and a byte-order mark; CycloneDX and SPDX by their
    // markers), else CSV. nullptr with *error naming file, line and reason when it cannot be read.
    static std::unique_ptr<RecordSource> open(const QString &path, Format format, ReadError *error);
    virtual ~RecordSource() = default;

    static QString formatName(Format format);        // translated: "CSV", "JSON", "CycloneDX", "SPDX"
    static QString formatId(Format format);          // "auto", "csv", "json", "cyclonedx", "spdx"
    static std::optional<Format> formatFromId(const QString &id);

    virtual Format format() const = 0;
    // What the analyst should know about how the file was read, translated, e.g.
    // "CSV, Windows-1252 (not valid UTF-8), semicolon-separated" or "SPDX 3.0.1".
    virtual QString description() const = 0;
    // Every column in file order. CSV: the header row, repeated names numbered "name (2)". JSON:
    // the field names of all records in first-seen order.
    virtual QStringList columns() const = 0;
    // Columns whose name was numbered because the file repeats it, as "original name" per column
    // (0-based); empty for JSON.
    virtual QHash<int, QString> repeatedColumns() const = 0;

    // The next record; false at the end or on an error (error() says which). Every record's fields
    // are among columns(), in column order.
    virtual bool next(InventoryRecord *record) = 0;
    virtual ReadError error() const = 0;

    // For progress bars: work done and in all, in any unit (bytes for CSV, records for JSON).
    virtual qint64 progressDone() const = 0;
    virtual qint64 progressTotal() const = 0;
};

} // namespace Mandate
