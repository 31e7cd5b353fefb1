// Where a workspace test keeps its workspace, so one test suite runs on both backends (issue 8).
// ctest runs each BOTH_BACKENDS executable twice (tests/CMakeLists.txt): once on a file and once
// with MANDATE_TEST_BACKEND=postgresql, where every location is a scratch database on the test
// server (testbackend.h).
#pragma once

#include "common/testbackend.h"

#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Mandate::Test {

// True when this run stores its workspaces on the PostgreSQL test server.
inline bool onPostgresBackend()
{
    return qEnvironmentVariable("MANDATE_TEST_BACKEND") == QLatin1String("postgresql");
}

// Why this run's backend cannot be used, for initTestCase to QSKIP with; empty when it can.
inline QString backendUnavailable()
{
    const QString backend = qEnvironmentVariable("MANDATE_TEST_BACKEND");
    if (backend.isEmpty() || backend == QLatin1String("file"))
        return {};
    if (backend == QLatin1String("postgresql"))
        return postgresUnavailable();
    return QStringLiteral("MANDATE_TEST_BACKEND=%1 names no backend (file or postgresql)").arg(backend);
}

// A fresh place for one workspace: a file in a temporary folder, or a scratch database on the
// test server. Whatever is there goes when the location does; close the workspace first.
class WorkspaceLocation
{
public:
    explicit WorkspaceLocation(const QString &fileName = QStringLiteral("test.mandate"))
    {
        if (onPostgresBackend()) {
            m_database = std::make_unique<ScratchDatabase>();
            m_error = m_database->error();
            m_path = m_database->location();
        } else {
            m_dir = std::make_unique<QTemporaryDir>();
            m_error = m_dir->isValid() ? QString() : m_dir->errorString();
            m_path = m_dir->filePath(fileName);
        }
    }
    WorkspaceLocation(const WorkspaceLocation &) = delete;
    WorkspaceLocation &operator=(const WorkspaceLocation &) = delete;

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    // What Workspace::create and open take: a file path or a postgresql:// URI.
    QString path() const { return m_path; }
    // The scratch database's name on the server; empty on the file backend.
    QString databaseName() const { return m_database ? m_database->name() : QString(); }

    // Everything stored there, to compare before and after or search for what must never be
    // stored: the file's bytes and its write-ahead log's, or every row of every table as text.
    QByteArray storedBytes() const
    {
        if (!m_database) {
            QByteArray bytes;
            for (const QString &name : QStringList { m_path, m_path + QStringLiteral("-wal") }) {
                QFile file(name);
                if (file.open(QIODevice::ReadOnly))
                    bytes += file.readAll();
            }
            return bytes;
        }
        const QString connectionName = uniqueConnectionName(QStringLiteral("stored"));
        QByteArray rows;
        {
            QSqlDatabase db = addPostgresConnection(connectionName);
            db.setDatabaseName(m_database->name());
            if (db.open()) {
                QSqlQuery tables(db);
                tables.exec(QStringLiteral("SELECT table_name FROM information_schema.tables "
                                           "WHERE table_schema = 'public' ORDER BY table_name"));
                while (tables.next()) {
                    const QString table = tables.value(0).toString();
                    QSqlQuery content(db);
                    content.exec(QStringLiteral("SELECT t::text FROM %1 t ORDER BY 1").arg(table));
                    while (content.next())
                        rows += table.toUtf8() + ' ' + content.value(0).toString().toUtf8() + '\n';
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connectionName);
        return rows;
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ScratchDatabase> m_database;
    QString m_path;
    QString m_error;
};

} // namespace Mandate::Test
