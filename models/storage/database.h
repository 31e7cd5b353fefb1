#pragma once
// The SQLite file behind a workspace: safe creation (never over an existing file, mode 0600), safe
// opening (checks the header before SQLite touches the file, so a wrong or damaged file is left
// byte-for-byte as it was), WAL, foreign keys, exclusive locking and schema migration.

#include "storage/sqldialect.h"
#include "storage/workspaceerror.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <unordered_map>

struct sqlite3;

namespace Mandate {

class Database
{
public:
    // path is a workspace file, or a server location: a postgresql:// URI (databaseserver.cpp).
    static std::unique_ptr<Database> create(const QString &path, WorkspaceError *error);
    static std::unique_ptr<Database> open(const QString &path, WorkspaceError *error);
    static bool isServerLocation(const QString &location);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    // A workspace file's SQLite handle, for the bulk paths that use SQLite's C API (imports,
    // evidence); null on a server.
    sqlite3 *sqliteHandle() const;
    int schemaVersion() const { return m_schemaVersion; }

    // A prepared statement on this connection; callers bind and exec. Statements are prepared once
    // and kept (preparing is most of the cost of a small insert); a caller must not hold one across
    // another call for the same SQL, and must finish() a SELECT it does not read to the end.
    QSqlQuery &prepare(const QString &sql) const;
    bool exec(const QString &sql, QString *error = nullptr) const;
    // INSERT INTO table (columns) … RETURNING id, where columns starts with "id": with the id bound when
    // it is given (undo puts a row back under its old id), without the id column when it is 0, so that
    // the database picks one. Binding NULL for "pick one" works on SQLite only; an identity column on
    // a server refuses it. Bind the other columns after; read the id with insertedId().
    QSqlQuery &prepareInsert(const QString &table, const QString &columns, qint64 id) const;
    // The id an executed prepareInsert() statement returned (0 when none), and the statement finished.
    static qint64 insertedId(QSqlQuery &query);

    // A server's notifications on channel, through a connection of its own that runs nothing else:
    // on the working one, a statement not yet finished would hold them back. nullptr on a file or
    // when the listener cannot connect (databaseserver.cpp).
    QSqlDriver *listen(const QString &channel);
    // The server's id for the working connection's session, which its notifications carry; 0 on a file.
    qint64 sessionId() const;

    bool begin();
    bool commit();
    void rollback();
    QString lastError() const;

    // Qt binds a null QString as SQL NULL; our text columns are NOT NULL with '' for empty.
    static QString text(const QString &value) { return value.isNull() ? QStringLiteral("") : value; }

    // An SQL error as an analyst should read it: a write the server refused because of the user's
    // role says which role they hold (as it was when the workspace was opened); anything else is in
    // the backend's words.
    QString describe(const QSqlError &error) const;

    // Maps an SQL error to the kind an analyst should see (the backend's codes differ).
    WorkspaceError::Kind classify(const QSqlError &error) const { return m_dialect->classify(error); }
    const SqlDialect &dialect() const { return *m_dialect; }

private:
    Database(const QString &path, const QString &connectionName, std::unique_ptr<SqlDialect> dialect);
    static QString nextConnectionName();
    bool openConnection(WorkspaceError *error);
    bool setUpSession(WorkspaceError *error);
    // The server backend (databaseserver.cpp).
    static std::unique_ptr<Database> createOnServer(const QString &location, WorkspaceError *error);
    static std::unique_ptr<Database> openOnServer(const QString &location, WorkspaceError *error);
    bool openServerConnection(const QString &password, WorkspaceError *error);
    int readSchemaVersion(WorkspaceError *error); // 0 on failure or one newer than this build, error set
    bool upgradeServerSchema(int fromVersion, QString *problem); // PostgresSchema::upgradeStatements, in one transaction

    QString m_path;
    QString m_connectionName;
    QString m_listenerName; // the connection listen() opened, if any
    std::unique_ptr<SqlDialect> m_dialect;
    mutable std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    int m_schemaVersion = 0;
    QString m_beginProblem; // why the last begin() failed after BEGIN (beginWrite), for lastError()
    QStringList m_roles; // a server user's roles on the workspace, read on opening: describe() cannot in a failed transaction
};

// Rolls back unless committed: every write goes through one of these.
class Transaction
{
public:
    explicit Transaction(Database &database) : m_database(database), m_active(database.begin()) {}
    ~Transaction()
    {
        if (m_active)
            m_database.rollback();
    }
    bool isActive() const { return m_active; }
    bool commit()
    {
        if (!m_active)
            return false;
        m_active = false;
        return m_database.commit();
    }
    void rollback()
    {
        if (m_active)
            m_database.rollback();
        m_active = false;
    }

private:
    Database &m_database;
    bool m_active;
};

} // namespace Mandate
