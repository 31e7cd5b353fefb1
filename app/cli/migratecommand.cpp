#include "migratecommand.h"

#include "cliapp.h"
#include "texttable.h"

#include "storage/workspacemigration.h"

#include <QLocale>
#include <QTextStream>

namespace Mandate {

QString MigrateCommand::synopsis()
{
    return QStringLiteral("migrate SRC DST");
}

MigrateCommand::MigrateCommand(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

int MigrateCommand::run(const QString &source, const QString &destination)
{
    WorkspaceMigration::Result result;
    QString error;
    if (!WorkspaceMigration::migrate(source, destination, &result, &error)) {
        m_err << "mandate-cli: " << error << Qt::endl;
        return CliApp::WorkspaceFailed;
    }
    TextTable table;
    table.setHeader({ tr("Table"), tr("Rows") });
    qint64 total = 0;
    for (const WorkspaceMigration::TableCount &count : std::as_const(result.tables)) {
        table.addRow({ count.table, QLocale().toString(count.rows) });
        total += count.rows;
    }
    table.write(m_out);
    m_out << tr("Copied %L1 rows from %2 to %3; audit chain verified on both sides (%L4 entries, the migration's "
                "own included).")
                 .arg(total)
                 .arg(result.source)
                 .arg(result.destination)
                 .arg(result.auditEntries)
          << Qt::endl;
    return CliApp::Ok;
}

} // namespace Mandate
