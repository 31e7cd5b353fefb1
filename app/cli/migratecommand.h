#pragma once
// mandate-cli migrate: copies a workspace to another backend (issue 8), a file into a PostgreSQL
// server or back, with WorkspaceMigration; prints the rows copied per table and that the audit
// chain verified on both sides, or why nothing was copied.

#include <QCoreApplication>
#include <QString>

class QTextStream;

namespace Mandate {

class MigrateCommand
{
    Q_DECLARE_TR_FUNCTIONS(MigrateCommand)

public:
    static QString synopsis();

    MigrateCommand(QTextStream &out, QTextStream &err);
    // Returns a CliApp::ExitCode.
    int run(const QString &source, const QString &destination);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Mandate
