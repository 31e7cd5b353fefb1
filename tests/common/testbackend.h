// Where the PostgreSQL backend tests find their server, and why they skip when there is none.
// scripts/test.sh starts a throwaway cluster (scripts/pgcluster.sh) and exports its URI as
// MANDATE_TEST_PG_URI; without it, or without the QPSQL driver or a reachable server, the tests
// QSKIP with postgresUnavailable() so the suite stays green on machines without PostgreSQL.
#pragma once

#include <QDebug>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace Mandate::Test {

// The test server's URI, postgresql://user@host:port/dbname; empty when no server was set up.
inline QString postgresUri()
{
    return qEnvironmentVariable("MANDATE_TEST_PG_URI");
}

// A connection name no other connection in this process uses.
inline QString uniqueConnectionName(const QString &purpose)
{
    return QStringLiteral("mandate-test-%1-%2").arg(purpose, QUuid::createUuid().toString(QUuid::Id128));
}

// Adds (does not open) a QPSQL connection to the test server under connectionName. The password is
// never taken from the URI: libpq finds it in PGPASSWORD or ~/.pgpass, as it would for a user.
// The caller removes the connection with QSqlDatabase::removeDatabase when done.
inline QSqlDatabase addPostgresConnection(const QString &connectionName)
{
    const QUrl url(postgresUri());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    QString name = url.path();
    if (name.startsWith(QLatin1Char('/')))
        name.remove(0, 1);
    db.setDatabaseName(name);
    // A server that is not there must fail fast rather than hang the test's timeout.
    QStringList options{QStringLiteral("connect_timeout=5")};
    const QUrlQuery query(url);
    for (const QString &key : {QStringLiteral("sslmode"), QStringLiteral("connect_timeout")}) {
        if (query.hasQueryItem(key)) {
            options.removeIf([&key](const QString &option) { return option.startsWith(key); });
            options.append(key + QLatin1Char('=') + query.queryItemValue(key));
        }
    }
    db.setConnectOptions(options.join(QLatin1Char(';')));
    return db;
}

// Why PostgreSQL tests must skip: no URI, no QPSQL driver or the server refusing the connection
// (with the driver's words). Empty when the server is reachable.
inline QString postgresUnavailable()
{
    const QString uri = postgresUri();
    if (uri.isEmpty())
        return QStringLiteral("MANDATE_TEST_PG_URI is not set (scripts/test.sh sets it up)");
    const QUrl url(uri);
    if (!url.isValid() || (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")))
        return QStringLiteral("MANDATE_TEST_PG_URI is not a postgresql:// URI: %1").arg(uri);
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return QStringLiteral("the Qt PostgreSQL driver QPSQL is not installed (libqt6sql6-psql)");
    const QString connectionName = uniqueConnectionName(QStringLiteral("probe"));
    QString reason;
    {
        QSqlDatabase db = addPostgresConnection(connectionName);
        if (!db.open())
            reason = QStringLiteral("cannot connect to %1: %2").arg(uri, db.lastError().text());
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return reason;
}

// A schema name no other test uses, so tests sharing one database do not see each other's tables.
inline QString freshSchemaName()
{
    return QStringLiteral("test_%1").arg(QUuid::createUuid().toString(QUuid::Id128));
}

// A database of its own on the test server for one test, made on construction and dropped (with
// any connection still open to it) on destruction. Check isValid() and say error() when not.
class ScratchDatabase
{
public:
    ScratchDatabase()
        : m_admin(uniqueConnectionName(QStringLiteral("scratch-admin")))
        , m_name(QStringLiteral("ws_%1").arg(QUuid::createUuid().toString(QUuid::Id128)))
    {
        QSqlDatabase db = addPostgresConnection(m_admin);
        if (!db.open())
            m_error = db.lastError().text();
        else
            m_error = run(QStringLiteral("CREATE DATABASE %1").arg(m_name));
    }
    ~ScratchDatabase()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_admin, false);
            if (db.isOpen()) {
                run(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
                // The cluster-wide group roles a workspace made in it (postgresroles.h).
                for (const char *role : { "viewer", "analyst", "reviewer", "admin" })
                    run(QStringLiteral("DROP ROLE IF EXISTS %1_%2").arg(m_name, QLatin1String(role)));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(m_admin);
    }
    ScratchDatabase(const ScratchDatabase &) = delete;
    ScratchDatabase &operator=(const ScratchDatabase &) = delete;

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString name() const { return m_name; }
    // The database's postgresql:// URI, as a workspace location.
    QString location() const
    {
        QUrl url(postgresUri());
        url.setPath(QLatin1Char('/') + m_name);
        return url.toString();
    }

private:
    // CREATE and DROP DATABASE cannot run in a transaction: a plain statement on the admin connection.
    QString run(const QString &statement) const
    {
        QSqlQuery query(QSqlDatabase::database(m_admin, false));
        return query.exec(statement) ? QString() : query.lastError().text();
    }

    QString m_admin;
    QString m_name;
    QString m_error;
};

// location (a postgresql:// URI) with user connecting instead, as another person would open it.
inline QString locationAs(const QString &location, const QString &user)
{
    QUrl url(location);
    url.setUserName(user);
    return url.toString();
}

// Runs one cluster-wide statement (a login role, say) as the server's superuser; its error, empty if none.
inline QString runOnServer(const QString &statement)
{
    const QString connectionName = uniqueConnectionName(QStringLiteral("superuser"));
    QString error;
    {
        QSqlDatabase db = addPostgresConnection(connectionName);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(statement))
                error = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    if (!error.isEmpty())
        qWarning() << statement << error;
    return error;
}

// Drops the group roles a server workspace made (<database>_viewer and so on), which outlive the database.
inline void dropWorkspaceRoles(const QString &database)
{
    for (const char *role : { "viewer", "analyst", "reviewer", "admin" })
        runOnServer(QStringLiteral("DROP ROLE IF EXISTS %1_%2").arg(database, QLatin1String(role)));
}

} // namespace Mandate::Test
