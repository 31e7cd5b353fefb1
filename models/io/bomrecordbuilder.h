#pragma once
// Builds one InventoryRecord from an element of an AI bill of materials: native field ids where the
// format says what a value means, dotted source names for everything else, so nothing is lost.
// Shared by the CycloneDX and SPDX readers so that both flatten JSON the same way.

#include "io/inventoryrecord.h"

#include <QHash>
#include <QJsonValue>
#include <QSet>

namespace Mandate {

class BomRecordBuilder
{
public:
    explicit BomRecordBuilder(qint64 line);

    bool has(const QString &name) const { return m_index.contains(name); }
    QString value(const QString &name) const;
    // Replaces any earlier value.
    void set(const QString &name, const QString &value);
    // Keeps an earlier value: a file's own statement wins over a hint derived from it.
    void setIfAbsent(const QString &name, const QString &value);
    // Joins with "; " when the name is already there (repeated properties, colliding paths).
    void append(const QString &name, const QString &value);

    // Flattens a JSON value under `path`: objects by "path.key", arrays of scalars joined with "; ",
    // key/value lists (SPDX DictionaryEntry, CycloneDX properties) as "path.<key>", other arrays by
    // "path.<0-based index>". Paths in `skip` (already mapped to a native field) are left out.
    void flatten(const QString &path, const QJsonValue &value, const QSet<QString> &skip = {});

    const QVector<QPair<QString, QString>> &fields() const { return m_record.fields; }
    InventoryRecord take() { return std::move(m_record); }

    // The text of a string, number or boolean; a null QString for anything else.
    static QString scalarText(const QJsonValue &value);

private:
    void flattenAt(const QString &path, const QJsonValue &value, const QSet<QString> &skip, int depth);

    InventoryRecord m_record;
    QHash<QString, int> m_index;
};

} // namespace Mandate
