#include "rowconverter.h"

#include "io/secretscanner.h"
#include "io/valuenormalizer.h"

#include <QCoreApplication>

namespace Mandate {
RowConverter::RowConverter(const QStringList &columns, const ColumnMapping &mapping, int keyColumn)
    : m_columns(columns), m_keyColumn(keyColumn)
{
    m_targets.reserve(columns.size());
    for (int i = 0; i < columns.size(); ++i) {
        m_columnIndex.insert(columns[i], i);
        // A custom-attributes column would let a file overwrite every attribute at once; such a
        // column is kept as an attribute like any other.
        std::optional<SystemField> target = i < mapping.columnCount() ? mapping.target(i) : std::nullopt;
        if (target == SystemField::CustomAttributes)
            target.reset();
        m_targets.append(target);
    }
}

int RowConverter::columnOf(const QString &name, int position) const
{
    // CSV records hold every column in order, so the position is the column; JSON records hold
    // only the fields they have.
    if (position < m_columns.size() && m_columns[position] == name)
        return position;
    return m_columnIndex.value(name, -1);
}

ConvertedRow RowConverter::convert(const InventoryRecord &record) const
{
    ConvertedRow row;
    row.line = record.line;
    row.values.reserve(record.fields.size());
    for (int position = 0; position < record.fields.size(); ++position) {
        const QString &columnName = record.fields[position].first;
        QString value = record.fields[position].second;
        if (value.trimmed().isEmpty())
            continue; // a blank cell gives nothing: it never clears what the workspace holds
        const int column = columnOf(columnName, position);
        if (column < 0)
            continue; // cannot happen for a RecordSource; kept safe for hand-made records

        const std::optional<SystemField> field = m_targets[column];
        // A value a closed vocabulary, a date or a number accepts cannot hold a secret: only free
        // text and values that were not understood are scanned (so no secret reaches a message).
        QString problem;
        std::optional<QVariant> normalized;
        if (field && !isFreeTextField(*field)) {
            normalized = ValueNormalizer::normalize(*field, value, &problem);
            if (normalized) {
                row.values.append({ *field, *normalized });
                if (column == m_keyColumn)
                    row.key = normalized->toString();
                continue;
            }
        }
        if (const std::optional<SecretScanner::Match> secret = SecretScanner::scan(value, columnName)) {
            row.secrets.append(SecretHit { record.line, columnName, secret->kind });
            value = secret->redacted;
        }
        if (column == m_keyColumn)
            row.key = value.trimmed();
        if (!field) {
            row.customAttributes.insert(columnName, value);
            continue;
        }
        problem.clear();
        normalized = ValueNormalizer::normalize(*field, value, &problem);
        if (!normalized) {
            row.problems.append(RowProblem { record.line, columnName, problem });
            continue;
        }
        if (*field == SystemField::Name)
            row.name = normalized->toString();
        row.values.append({ *field, *normalized });
    }
    // Serialised here, on the reading thread, rather than by the writer, which is the busier one.
    if (!row.customAttributes.isEmpty())
        row.customAttributesJson = AiSystem::attributesText(row.customAttributes);
    return row;
}

} // namespace Mandate
