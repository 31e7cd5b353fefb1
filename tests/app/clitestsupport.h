#pragma once
// What the mandate-cli end-to-end test needs besides the binary: running it, reading and tampering
// with a closed workspace through SQL, and holding one open as another Mandate instance would.

#include <QCryptographicHash>
#include <QDebug>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace CliTest {

inline const QString kActor = QStringLiteral("mandate-test-analyst");

struct Run
{
    int exitCode = -1; // -1: crashed or hung
    QString out;
    QString err;
};

inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("<missing>");
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Runs SQL on a closed workspace, as someone with the file and the sqlite3 tool could.
inline QVariantList sqlRows(const QString &path, const QStringList &statements)
{
    QVariantList last;
    const QString connection = QStringLiteral("tst_cli_%1").arg(reinterpret_cast<quintptr>(&last));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (db.open()) {
            for (const QString &statement : statements) {
                QSqlQuery query(db);
                if (!query.exec(statement))
                    qWarning() << statement << query.lastError().text();
                last.clear();
                while (query.next())
                    last << query.value(0);
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return last;
}

inline int auditCount(const QString &workspace)
{
    return sqlRows(workspace, { QStringLiteral("SELECT COUNT(*) FROM audit_log") }).value(0, -1).toInt();
}

// Holds a workspace open the way another Mandate window does: exclusive locking mode, then a read.
class HeldOpen
{
public:
    explicit HeldOpen(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(path);
        m_held = db.open() && QSqlQuery(db).exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"))
            && QSqlQuery(db).exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    }
    ~HeldOpen()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
    bool isHeld() const { return m_held; }

private:
    const QString m_connection = QStringLiteral("tst_cli_held");
    bool m_held = false;
};

// Runs the built mandate-cli as a script would, with a known analyst and its own settings folder.
inline Run runCli(const QString &configDir, const QStringList &arguments)
{
    QProcess process;
    // A known analyst and no settings from the machine running the tests.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("USER"), kActor);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configDir);
    // English messages, whatever the machine's language.
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    environment.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(MANDATE_CLI_PATH), arguments);
    Run run;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace CliTest
