#pragma once
// One prepared statement of SQLite's C API, for the import's bulk path (ImportWriter), where Qt's
// driver would wrap and copy every bound value. Reset after each step, so it can be bound again.

#include "domain/systemfield.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace Mandate {

class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }

    // As UTF-8, the database's encoding (Qt's converter is faster than SQLite's), from a buffer
    // kept until the next bind of that parameter, so SQLite need not copy it.
    void bind(int index, const QString &text);
    void bind(int index, qint64 number);
    void bindNull(int index);
    // Binds a value in AiSystem::value() form: text, a number, or NULL for an owner of 0.
    void bindValue(int index, SystemField field, const QVariant &value);

    bool step();    // for a write: true when it is done
    bool stepRow(); // for a SELECT: true when it yields a row

private:
    sqlite3_stmt *m_statement = nullptr;
    std::vector<QByteArray> m_buffers; // by parameter index (1-based)
};

} // namespace Mandate
