#include "sqlitestatement.h"

#include <sqlite3.h>

namespace Mandate {

SqliteStatement::SqliteStatement(sqlite3 *db, const QString &sql)
{
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &m_statement, nullptr) != SQLITE_OK)
        m_statement = nullptr;
    else
        m_buffers.resize(size_t(sqlite3_bind_parameter_count(m_statement)) + 1);
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(int index, const QString &text)
{
    QByteArray &utf8 = m_buffers[size_t(index)];
    utf8 = text.toUtf8();
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void SqliteStatement::bind(int index, qint64 number)
{
    sqlite3_bind_int64(m_statement, index, number);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

void SqliteStatement::bindValue(int index, SystemField field, const QVariant &value)
{
    if (isOwnerField(field)) {
        const qint64 id = value.toLongLong();
        id ? bind(index, id) : bindNull(index);
    } else if (value.typeId() == QMetaType::QString || !value.isValid()) {
        bind(index, value.toString());
    } else {
        bind(index, value.toLongLong());
    }
}

bool SqliteStatement::step()
{
    const int result = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    return result == SQLITE_DONE;
}

bool SqliteStatement::stepRow()
{
    const int result = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    return result == SQLITE_ROW;
}

} // namespace Mandate
