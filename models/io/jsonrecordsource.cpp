#include "io/jsonrecordsource.h"

#include <QCoreApplication>
#include <algorithm>

namespace Mandate {

bool JsonRecordSource::read(QIODevice *device, const QString &fileName, JsonInventoryReader::Format format)
{
    JsonInventoryReader::Result result;
    if (!JsonInventoryReader::read(device, fileName, format, &result, &m_error))
        return false;
    switch (result.format) {
    case JsonInventoryReader::Format::CycloneDx:
        m_format = Format::CycloneDx;
        break;
    case JsonInventoryReader::Format::Spdx:
        m_format = Format::Spdx;
        break;
    case JsonInventoryReader::Format::Auto: // the reader always says what it used
    case JsonInventoryReader::Format::PlainJson:
        m_format = Format::PlainJson;
        break;
    }
    m_records = std::move(result.records);
    for (const InventoryRecord &record : qAsConst(m_records)) {
        for (const auto &field : record.fields) {
            if (!m_columnOf.contains(field.first)) {
                m_columnOf.insert(field.first, int(m_columns.size()));
                m_columns.append(field.first);
            }
        }
    }
    return true;
}

QString JsonRecordSource::description() const
{
    // Only SPDX 3.0.1 can be read at all, so its version is certain; CycloneDX may be 1.6 or 1.7.
    if (m_format == Format::Spdx)
        return QCoreApplication::translate("RecordSource", "SPDX 3.0.1");
    return formatName(m_format);
}

bool JsonRecordSource::next(InventoryRecord *record)
{
    if (m_next >= m_records.size())
        return false;
    *record = std::move(m_records[m_next++]); // handed out once: no need to keep a copy
    std::stable_sort(record->fields.begin(), record->fields.end(),
        [this](const QPair<QString, QString> &a, const QPair<QString, QString> &b) {
            return m_columnOf.value(a.first) < m_columnOf.value(b.first);
        });
    return true;
}

} // namespace Mandate
