#pragma once
// Copies a whole workspace from one backend to another (issue 8): a file into a PostgreSQL server
// and back, or file to file. Every row keeps its id, so the audit log, which names rows by id, still
// describes the copy; the copy's chain is the source's plus one entry recording the migration.
// All or nothing: the source is refused unless its audit chain verifies, the destination must not
// exist, and on any failure what was created is removed again.

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

namespace Mandate {

class Database;

class WorkspaceMigration
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceMigration)

public:
    struct TableCount
    {
        QString table;
        qint64 rows = 0;
    };
    struct Result
    {
        QString source;      // as shown: a server URI never carries its password
        QString destination;
        QVector<TableCount> tables; // in copy order
        qint64 auditEntries = 0;    // in the destination, the migration's own entry included
    };
    // Called after each batch of rows written: table, rows of it copied so far.
    using Progress = std::function<void(const QString &table, qint64 rows)>;

    // Every table of a workspace, parents before children so that foreign keys hold while rows are
    // inserted. The one place that lists them; tst_workspacemigration fails when the schema has a
    // table this lacks.
    static const QStringList &tableOrder();

    // false with *error (translated, naming the location and the problem) when refused or failed;
    // then the destination does not exist.
    static bool migrate(const QString &source, const QString &destination, Result *result, QString *error,
                        const Progress &progress = {});

private:
    static QString copyAll(Database &from, Database &to, bool sourceOnServer, bool destinationOnServer,
                           const Progress &progress, Result *result);
};

} // namespace Mandate
