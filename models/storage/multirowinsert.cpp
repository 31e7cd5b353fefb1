#include "multirowinsert.h"

namespace Mandate {

MultiRowInsert::MultiRowInsert(const QSqlDatabase &connection, const QString &table, const QStringList &columns,
                               int rowsPerStatement)
    : m_connection(connection), m_table(table), m_columns(columns), m_rowsPerStatement(rowsPerStatement)
{
    Q_ASSERT(!columns.isEmpty() && rowsPerStatement > 0);
    m_pending.reserve(columns.size() * rowsPerStatement);
}

QString MultiRowInsert::statementFor(int rows) const
{
    QStringList placeholders;
    placeholders.fill(QStringLiteral("?"), m_columns.size());
    const QString row = QLatin1Char('(') + placeholders.join(QLatin1Char(',')) + QLatin1Char(')');
    QStringList values;
    values.fill(row, rows);
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(m_table, m_columns.join(QStringLiteral(", ")), values.join(QLatin1Char(',')));
}

bool MultiRowInsert::send(QSqlQuery &query, int rows)
{
    for (qsizetype i = 0, count = qsizetype(rows) * m_columns.size(); i < count; ++i)
        query.addBindValue(m_pending.at(i));
    const bool sent = query.exec();
    if (!sent)
        m_lastError = query.lastError();
    m_pending.clear();
    return sent;
}

bool MultiRowInsert::add(const QVector<QVariant> &row)
{
    Q_ASSERT(row.size() == m_columns.size());
    m_pending += row;
    if (pendingRows() < m_rowsPerStatement)
        return true;
    if (!m_fullBatch) {
        m_fullBatch = std::make_unique<QSqlQuery>(m_connection);
        if (!m_fullBatch->prepare(statementFor(m_rowsPerStatement))) {
            m_lastError = m_fullBatch->lastError().text();
            m_pending.clear();
            return false;
        }
    }
    return send(*m_fullBatch, m_rowsPerStatement);
}

bool MultiRowInsert::flush()
{
    const int rows = pendingRows();
    if (rows == 0)
        return true;
    QSqlQuery tail(m_connection);
    if (!tail.prepare(statementFor(rows))) {
        m_lastError = tail.lastError();
        m_pending.clear();
        return false;
    }
    return send(tail, rows);
}

} // namespace Mandate
