#pragma once
// Reads inventories in JSON: an array of objects, or an object holding one ({"systems": [...]}),
// and the AI bill-of-materials formats CycloneDX 1.6/1.7 (machine-learning-model components) and
// SPDX 3.0.1 JSON-LD (AI profile, ai_AIPackage). Each yields InventoryRecords whose field names
// are native field ids where the format says what a value means (name, description, vendor,
// external_id, behaviour hints), and the flattened source names for everything else, so nothing
// is lost. Systems as Mandate writes them (list --json, the workspace export's "systems") read
// back as native fields: their "attributes" count as top-level, derived facts are left out.

#include "io/inventoryrecord.h"
#include "io/readerror.h"

#include <QIODevice>
#include <QVector>

namespace Mandate {

class JsonInventoryReader
{
public:
    enum class Format { Auto, PlainJson, CycloneDx, Spdx };

    struct Result
    {
        Format format = Format::Auto; // the one detected or used
        QVector<InventoryRecord> records;
    };

    // Reads the whole device (JSON is parsed as one document; nesting deeper than maxDepth is
    // refused before parsing, naming the line). False with *error set when the file cannot be read
    // as the format at all.
    static bool read(QIODevice *device, const QString &fileName, Format format, Result *result, ReadError *error);
    static QString formatName(Format format);

    static constexpr int maxDepth = 256;
};

} // namespace Mandate
