#pragma once
// Turns one record of a file into the values of one system, through the column mapping: mapped
// columns are normalised (yes / no / unknown, vocabulary ids, dates), every other non-empty column
// is kept as a custom attribute under its own name, and every value is scanned for secrets and
// redacted before it goes anywhere. What cannot be understood becomes a row problem naming the
// line and column. Pure and const: the check pass and the write pass run it on any thread.

#include "io/columnmapping.h"
#include "io/importreport.h"
#include "io/inventoryrecord.h"

#include <QHash>
#include <QJsonObject>
#include <QPair>
#include <QStringList>
#include <QVector>

namespace Mandate {

struct ConvertedRow
{
    qint64 line = 0;
    QString key;  // the trimmed value of the key column; empty when the row has none
    QString name; // the normalised name; empty when not given
    // The fields the row gives (blank cells are "not given"), in storage form; owners as names.
    QVector<QPair<SystemField, QVariant>> values;
    QJsonObject customAttributes; // unmapped non-empty columns, redacted
    QString customAttributesJson; // the same as compact JSON text, as stored for a new system
    QVector<RowProblem> problems;
    QVector<SecretHit> secrets;

    bool isBad() const { return !problems.isEmpty(); }
};

class RowConverter
{
public:
    // keyColumn: the column whose value matches rows to systems (-1: none).
    RowConverter(const QStringList &columns, const ColumnMapping &mapping, int keyColumn);

    ConvertedRow convert(const InventoryRecord &record) const;

private:
    int columnOf(const QString &name, int position) const;

    QStringList m_columns;
    QHash<QString, int> m_columnIndex;
    QVector<std::optional<SystemField>> m_targets;
    int m_keyColumn;
};

} // namespace Mandate
