#pragma once
// Rows for one table, sent as INSERTs of many rows each. To a server every statement is a round
// trip, so a bulk path (an import's systems and audit entries, an evidence file's events) that sent
// one statement per row would spend nearly all its time waiting on the network. SQLite has no such
// cost; its bulk paths bind single rows through the C API instead (sqlitestatement.h).
//
// add() a row's values in column order; a full batch is sent at once, the rest by flush(), which
// the caller must call before anything reads the table or refers to the rows (a foreign key).

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <memory>

namespace Mandate {

class MultiRowInsert
{
public:
    MultiRowInsert(const QSqlDatabase &connection, const QString &table, const QStringList &columns,
                   int rowsPerStatement = 250);

    // One row: exactly as many values as columns. False when a full batch failed to be sent.
    bool add(const QVector<QVariant> &row);
    bool flush();
    int pendingRows() const { return int(m_pending.size() / m_columns.size()); }
    QSqlError lastError() const { return m_lastError; }

private:
    QString statementFor(int rows) const;
    bool send(QSqlQuery &query, int rows);

    QSqlDatabase m_connection;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement;
    std::unique_ptr<QSqlQuery> m_fullBatch; // prepared once, on the first full batch
    QVector<QVariant> m_pending;            // values of the rows not sent yet, row after row
    QSqlError m_lastError;
};

} // namespace Mandate
