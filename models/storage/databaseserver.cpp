// The server backend of Database (issue 8): a workspace is a PostgreSQL database named by a
// postgresql:// URI. The same tables as a file (postgresschema.h), so the repositories run unchanged.
// A password is taken from the URI for this connection only, else libpq finds one (PGPASSWORD, the
// service and password files); the location the workspace shows and audits never carries one.
#include "database.h"

#include "storage/postgresroles.h"
#include "storage/postgresschema.h"
#include "storage/schema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

namespace Mandate {
namespace {

// The URI without its password: what is shown, audited and kept.
QString shownLocation(const QString &location)
{
    QUrl url(location);
    url.setPassword(QString());
    return url.toString();
}

WorkspaceError driverMissing(const QString &location)
{
    return WorkspaceError::make(WorkspaceError::Io, location,
        QCoreApplication::translate("WorkspaceError", "the PostgreSQL driver for Qt (libqt6sql6-psql) is not installed"));
}

} // namespace

bool Database::isServerLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

bool Database::openServerConnection(const QString &password, WorkspaceError *error)
{
    const QUrl url(m_path);
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connectionName);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setPassword(password);
    db.setDatabaseName(url.path().mid(1));
    QStringList options { m_dialect->connectOptions() };
    const QUrlQuery query(url);
    for (const char *key : { "sslmode", "sslrootcert", "application_name" }) {
        if (query.hasQueryItem(QLatin1String(key)))
            options << QLatin1String(key) + QLatin1Char('=') + query.queryItemValue(QLatin1String(key));
    }
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        *error = WorkspaceError::make(classify(db.lastError()), m_path, db.lastError().text());
        return false;
    }
    return setUpSession(error);
}

std::unique_ptr<Database> Database::createOnServer(const QString &location, WorkspaceError *error)
{
    const QString shown = shownLocation(location);
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = driverMissing(shown);
        return nullptr;
    }
    std::unique_ptr<Database> database(new Database(shown, nextConnectionName(), std::make_unique<PostgresDialect>()));
    if (!database->openServerConnection(QUrl(location).password(), error))
        return nullptr;
    // A database that holds a workspace (or anything with a meta table) is never touched.
    QSqlQuery existing(database->connection());
    if (!existing.exec(QStringLiteral("SELECT to_regclass('meta') IS NOT NULL")) || !existing.next()) {
        *error = WorkspaceError::make(database->classify(existing.lastError()), shown, existing.lastError().text());
        return nullptr;
    }
    if (existing.value(0).toBool()) {
        *error = WorkspaceError::make(WorkspaceError::AlreadyExists, shown);
        return nullptr;
    }
    existing.finish();
    const QString databaseName = QUrl(location).path().mid(1);
    if (databaseName.toUtf8().size() > PostgresRoles::maxDatabaseNameBytes) {
        *error = WorkspaceError::make(WorkspaceError::Io, shown,
            QCoreApplication::translate("WorkspaceError", "the database name is too long for its roles (at most %1 bytes)")
                .arg(PostgresRoles::maxDatabaseNameBytes));
        return nullptr;
    }
    {
        // A plain transaction: the write lock of Database::begin() is on a table not made yet.
        QSqlDatabase connection = database->connection();
        QString problem;
        if (!connection.transaction())
            problem = database->lastError();
        // The schema, then who may do what with it (postgresroles.h), together or not at all.
        const QStringList statements = PostgresSchema::statements() + PostgresRoles::statements(databaseName);
        for (const QString &statement : statements) {
            if (!problem.isEmpty() || !database->exec(statement, &problem))
                break;
        }
        if (!problem.isEmpty() || !connection.commit()) {
            connection.rollback();
            *error = WorkspaceError::make(WorkspaceError::Io, shown, problem.isEmpty() ? database->lastError() : problem);
            return nullptr;
        }
    }
    database->m_schemaVersion = PostgresSchema::version;
    database->m_roles = PostgresRoles::currentRoles(database->connection());
    return database;
}

std::unique_ptr<Database> Database::openOnServer(const QString &location, WorkspaceError *error)
{
    const QString shown = shownLocation(location);
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = driverMissing(shown);
        return nullptr;
    }
    std::unique_ptr<Database> database(new Database(shown, nextConnectionName(), std::make_unique<PostgresDialect>()));
    if (!database->openServerConnection(QUrl(location).password(), error))
        return nullptr;
    int version = database->readSchemaVersion(error);
    if (version == 0)
        return nullptr;
    if (version < Schema::currentVersion) {
        QString problem;
        if (!database->upgradeServerSchema(version, &problem)) {
            *error = WorkspaceError::make(WorkspaceError::Io, shown,
                QCoreApplication::translate("WorkspaceError",
                    "its schema (version %1) needs upgrading to version %2, which only the owner of the database "
                    "can do by opening it once with this version of Mandate: %3")
                    .arg(version).arg(Schema::currentVersion).arg(problem));
            return nullptr;
        }
        version = Schema::currentVersion;
    }
    database->m_schemaVersion = version;
    database->m_roles = PostgresRoles::currentRoles(database->connection());
    return database;
}

bool Database::upgradeServerSchema(int fromVersion, QString *problem)
{
    const QStringList statements = PostgresSchema::upgradeStatements(fromVersion);
    if (statements.isEmpty()) {
        *problem = QCoreApplication::translate("WorkspaceError", "no server workspace has schema version %1").arg(fromVersion);
        return false;
    }
    // All or nothing: a failed step leaves the database at its old version, still readable by the old build.
    Transaction transaction(*this);
    if (!transaction.isActive()) {
        *problem = lastError();
        return false;
    }
    for (const QString &statement : statements) {
        QSqlQuery query(connection());
        if (!query.exec(statement)) {
            *problem = query.lastError().text();
            return false;
        }
    }
    if (!transaction.commit()) {
        *problem = lastError();
        return false;
    }
    return true;
}

QString Database::describe(const QSqlError &error) const
{
    if (!m_dialect->sharedWriters() || error.nativeErrorCode() != QLatin1String("42501"))
        return error.text();
    return PostgresRoles::refusal(m_roles);
}

QSqlDriver *Database::listen(const QString &channel)
{
    if (!m_dialect->sharedWriters())
        return nullptr;
    if (m_listenerName.isEmpty()) {
        m_listenerName = m_connectionName + QStringLiteral("-listener");
        QSqlDatabase listener = QSqlDatabase::cloneDatabase(connection(), m_listenerName); // password too
        if (!listener.open())
            return nullptr;
    }
    QSqlDatabase listener = QSqlDatabase::database(m_listenerName, false);
    if (!listener.isOpen() || !listener.driver()->subscribeToNotification(channel))
        return nullptr;
    return listener.driver();
}

qint64 Database::sessionId() const
{
    if (!m_dialect->sharedWriters())
        return 0;
    QSqlQuery query(connection());
    return query.exec(QStringLiteral("SELECT pg_backend_pid()")) && query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace Mandate
