#include "database.h"

#include "storage/postgresroles.h"
#include "storage/schema.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QtEndian>

#include <unistd.h>

namespace Mandate {
namespace {

QAtomicInteger<int> connectionCounter;

constexpr int kSqliteHeaderSize = 100;
constexpr char kSqliteMagic[] = "SQLite format 3";

quint32 bigEndian32(const QByteArray &header, int offset)
{
    return qFromBigEndian<quint32>(header.constData() + offset);
}

// Reads the 100-byte SQLite header with plain file I/O, so that a file that is not ours, or is
// damaged, is rejected before SQLite could write anything next to or into it.
WorkspaceError checkHeader(const QString &path, int *schemaVersion)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return WorkspaceError::make(WorkspaceError::Io, path, file.errorString());
    const qint64 size = file.size();
    const QByteArray header = file.read(kSqliteHeaderSize);
    if (header.size() < kSqliteHeaderSize || !header.startsWith(QByteArray(kSqliteMagic, sizeof kSqliteMagic)))
        return WorkspaceError::make(WorkspaceError::NotAWorkspace, path);
    if (qint32(bigEndian32(header, 68)) != Schema::applicationId)
        return WorkspaceError::make(WorkspaceError::NotAWorkspace, path);

    quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = bigEndian32(header, 28);
    const bool pageCountValid = bigEndian32(header, 24) == bigEndian32(header, 92);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return WorkspaceError::make(WorkspaceError::Corrupt, path);
    *schemaVersion = int(bigEndian32(header, 60)); // PRAGMA user_version mirrors meta.schema_version
    if (pageCountValid && qint64(pageSize) * pageCount > size)
        return WorkspaceError::make(WorkspaceError::Corrupt, path,
                                    QCoreApplication::translate("WorkspaceError", "file is shorter than its header says"));
    return {};
}

} // namespace

Database::Database(const QString &path, const QString &connectionName, std::unique_ptr<SqlDialect> dialect)
    : m_path(path)
    , m_connectionName(connectionName)
    , m_dialect(std::move(dialect))
{
}

Database::~Database()
{
    m_statements.clear(); // statements must go before their connection
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    if (!m_listenerName.isEmpty()) {
        {
            QSqlDatabase listener = QSqlDatabase::database(m_listenerName, false);
            listener.close();
        }
        QSqlDatabase::removeDatabase(m_listenerName);
    }
}

QString Database::nextConnectionName()
{
    return QStringLiteral("mandate-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *Database::sqliteHandle() const
{
    const QVariant handle = connection().driver()->handle();
    return qstrcmp(handle.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3 *const *>(handle.constData())
                                                        : nullptr;
}

std::unique_ptr<Database> Database::create(const QString &path, WorkspaceError *error)
{
    *error = {};
    if (isServerLocation(path))
        return createOnServer(path, error);
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink()) {
        *error = WorkspaceError::make(WorkspaceError::AlreadyExists, path);
        return nullptr;
    }
    {
        // NewOnly makes creation atomic: if something appears at path meanwhile, we fail rather
        // than truncate it. 0600: a workspace is nobody else's business.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            *error = WorkspaceError::make(file.exists() ? WorkspaceError::AlreadyExists : WorkspaceError::Io, path,
                                          file.errorString());
            return nullptr;
        }
    }

    auto removeCreated = [&path] {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
    };

    std::unique_ptr<Database> database(
        new Database(path, nextConnectionName(), std::make_unique<SqliteDialect>()));
    QString problem;
    if (!database->openConnection(error)
        || !database->exec(QStringLiteral("PRAGMA application_id = %1").arg(Schema::applicationId), &problem)
        || !database->exec(QStringLiteral("PRAGMA journal_mode = WAL"), &problem)
        || !Schema::migrate(*database, 0, &problem)) {
        if (!error->isError())
            *error = WorkspaceError::make(WorkspaceError::Io, path, problem);
        database.reset();
        removeCreated();
        return nullptr;
    }
    database->m_schemaVersion = Schema::currentVersion;
    return database;
}

std::unique_ptr<Database> Database::open(const QString &path, WorkspaceError *error)
{
    *error = {};
    if (isServerLocation(path))
        return openOnServer(path, error);
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = WorkspaceError::make(WorkspaceError::NotFound, path);
        return nullptr;
    }
    if (!info.isFile()) {
        *error = WorkspaceError::make(WorkspaceError::NotAWorkspace, path);
        return nullptr;
    }
    int headerVersion = 0;
    if ((*error = checkHeader(path, &headerVersion)))
        return nullptr;
    // The permission bits are honoured even where the OS would let us write (as root): a file marked
    // read-only was marked so for a reason.
    const bool markedReadOnly = info.ownerId() == ::geteuid() && !(info.permissions() & QFileDevice::WriteOwner);
    if (!info.isWritable() || markedReadOnly
        || !QFileInfo(info.absolutePath()).isWritable()) {
        *error = WorkspaceError::make(WorkspaceError::ReadOnly, path);
        return nullptr;
    }

    // Keep the old file as it was before a migration changes it. This must happen before SQLite
    // opens it: closing any other handle to the file would drop SQLite's POSIX lock.
    if (headerVersion > 0 && headerVersion < Schema::currentVersion) {
        const QString backup = path + QStringLiteral(".schema%1.bak").arg(headerVersion);
        if (!QFileInfo::exists(backup) && !QFile::copy(path, backup)) {
            *error = WorkspaceError::make(WorkspaceError::Io, path,
                                          QCoreApplication::translate("WorkspaceError", "could not write the backup %1")
                                              .arg(backup));
            return nullptr;
        }
    }

    std::unique_ptr<Database> database(
        new Database(path, nextConnectionName(), std::make_unique<SqliteDialect>()));
    if (!database->openConnection(error))
        return nullptr;

    const int version = database->readSchemaVersion(error);
    if (version == 0)
        return nullptr;
    if (version < Schema::currentVersion) {
        QString problem;
        if (!Schema::migrate(*database, version, &problem)) {
            *error = WorkspaceError::make(WorkspaceError::Io, path, problem);
            return nullptr;
        }
    }
    database->m_schemaVersion = Schema::currentVersion;
    return database;
}

int Database::readSchemaVersion(WorkspaceError *error)
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"))) {
        const auto kind = classify(query.lastError());
        *error = WorkspaceError::make(kind == WorkspaceError::Io ? WorkspaceError::NotAWorkspace : kind, m_path,
                                      kind == WorkspaceError::Io ? QString() : query.lastError().text());
        return 0;
    }
    if (!query.next()) {
        *error = WorkspaceError::make(WorkspaceError::NotAWorkspace, m_path);
        return 0;
    }
    bool ok = false;
    const int version = query.value(0).toInt(&ok);
    query.finish();
    if (!ok || version < 1) {
        *error = WorkspaceError::make(WorkspaceError::Corrupt, m_path);
        return 0;
    }
    if (version > Schema::currentVersion) {
        *error = WorkspaceError::make(WorkspaceError::SchemaTooNew, m_path,
                                      QCoreApplication::translate("WorkspaceError", "schema %1, this build reads up to %2")
                                          .arg(version)
                                          .arg(Schema::currentVersion));
        return 0;
    }
    return version;
}

bool Database::openConnection(WorkspaceError *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(m_dialect->connectOptions());
    if (!db.open()) {
        *error = WorkspaceError::make(classify(db.lastError()), m_path, db.lastError().text());
        return false;
    }
    return setUpSession(error);
}

bool Database::setUpSession(WorkspaceError *error)
{
    const QStringList setup = m_dialect->sessionSetup();
    for (const QString &statement : setup) {
        QSqlQuery query(connection());
        if (!query.exec(statement)) {
            const auto kind = classify(query.lastError());
            *error = WorkspaceError::make(kind, m_path, kind == WorkspaceError::Locked ? QString() : query.lastError().text());
            return false;
        }
    }
    return true;
}

QSqlQuery &Database::prepare(const QString &sql) const
{
    std::unique_ptr<QSqlQuery> &statement = m_statements[sql];
    if (!statement) {
        statement = std::make_unique<QSqlQuery>(connection());
        statement->setForwardOnly(true);
        statement->prepare(sql);
    } else {
        statement->finish();
    }
    return *statement;
}

QSqlQuery &Database::prepareInsert(const QString &table, const QString &columns, qint64 id) const
{
    const QString idColumn = QStringLiteral("id, ");
    Q_ASSERT(columns.startsWith(idColumn));
    const QString named = id == 0 ? columns.mid(idColumn.size()) : columns;
    QStringList placeholders;
    for (qsizetype i = 0, count = named.count(u',') + 1; i < count; ++i)
        placeholders << QStringLiteral("?");
    QSqlQuery &query = prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
                                   .arg(table, named, placeholders.join(u',')));
    if (id != 0)
        query.addBindValue(id);
    return query;
}

qint64 Database::insertedId(QSqlQuery &query)
{
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return id;
}

bool Database::exec(const QString &sql, QString *error) const
{
    QSqlQuery query(connection());
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

bool Database::begin()
{
    m_beginProblem.clear();
    if (!connection().transaction())
        return false;
    const QStringList statements = m_dialect->beginWrite();
    for (const QString &statement : statements) {
        QSqlQuery query(connection());
        if (!query.exec(statement)) {
            const QSqlError error = query.lastError();
            connection().rollback();
            // A role that may not write (a viewer) is refused right here; say so in its terms. So is
            // a writer who waited longer than lock_timeout for another's long write (an import).
            if (error.nativeErrorCode() == QLatin1String("42501"))
                m_beginProblem = PostgresRoles::refusal(connection());
            else if (error.nativeErrorCode() == QLatin1String("55P03"))
                m_beginProblem = QCoreApplication::translate("Database",
                    "someone else's change is still being written (an import, perhaps); nothing was changed. "
                    "Try again in a moment.");
            else
                m_beginProblem = error.text();
            return false;
        }
    }
    return true;
}

bool Database::commit()
{
    return connection().commit();
}

void Database::rollback()
{
    connection().rollback();
}

QString Database::lastError() const
{
    if (!m_beginProblem.isEmpty())
        return m_beginProblem;
    return connection().lastError().text();
}

} // namespace Mandate
