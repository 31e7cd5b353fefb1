#pragma once
// The JSON side of RecordSource (plain JSON, CycloneDX, SPDX): JsonInventoryReader parses the whole
// document once, and the records are then handed out one by one with their fields in the order of
// the columns they share, so the import treats them like rows of a table.

#include "io/jsoninventoryreader.h"
#include "io/recordsource.h"

#include <QIODevice>
#include <QVector>

namespace Mandate {

class JsonRecordSource : public RecordSource
{
public:
    // Reads the whole device as format (Auto detects plain JSON, CycloneDX or SPDX). False with
    // error() set when it cannot be read as that format.
    bool read(QIODevice *device, const QString &fileName, JsonInventoryReader::Format format);

    Format format() const override { return m_format; }
    QString description() const override;
    QStringList columns() const override { return m_columns; }
    QHash<int, QString> repeatedColumns() const override { return {}; } // reader numbers its own
    bool next(InventoryRecord *record) override;
    ReadError error() const override { return m_error; }
    qint64 progressDone() const override { return m_next; }
    qint64 progressTotal() const override { return m_records.size(); }

private:
    Format m_format = Format::PlainJson;
    QVector<InventoryRecord> m_records;
    QStringList m_columns;
    QHash<QString, int> m_columnOf;
    qsizetype m_next = 0;
    ReadError m_error;
};

} // namespace Mandate
