#pragma once
// The AI bill-of-materials formats behind JsonInventoryReader: each turns a parsed document into
// InventoryRecords. Kept apart from the plain JSON reader because each knows one standard's fields.

#include "io/inventoryrecord.h"
#include "io/readerror.h"

#include <QJsonObject>
#include <QVector>

namespace Mandate::BomReaders {

// True when the document says it is this format (bomFormat "CycloneDX"; an SPDX 3 @context).
bool looksLikeCycloneDx(const QJsonObject &document);
bool looksLikeSpdx(const QJsonObject &document);

// CycloneDX 1.6 / 1.7: one record per machine-learning-model component, with its modelCard
// (approach, task, considerations, properties), supplier, the applications and services that
// depend on it (dependencies), and "mandate:<field id>" or similar properties as behaviour hints.
// Refuses a wrong bomFormat or an unsupported specVersion. error->file is already set.
bool readCycloneDx(const QJsonObject &document, QVector<InventoryRecord> *records, ReadError *error);

// SPDX 3.0.1 JSON-LD, AI profile: one record per ai_AIPackage (ai_autonomyType, ai_domain,
// ai_limitation and the rest), checking the fields SPDX requires since its schema does not.
bool readSpdx(const QJsonObject &document, QVector<InventoryRecord> *records, ReadError *error);

} // namespace Mandate::BomReaders
