#include "exportcommand.h"

#include "cliapp.h"
#include "io/campaigncsvwriter.h"
#include "io/csvinventorywriter.h"
#include "io/workspacejsonwriter.h"
#include "itemmodels/systemfilterproxymodel.h"
#include "itemmodels/systemtablemodel.h"
#include "report/inventoryreport.h"
#include "storage/workspace.h"

#include <QFileInfo>
#include <QTextStream>

namespace Mandate {
namespace {

bool isFormat(const QString &format)
{
    return format == QLatin1String("pdf") || format == QLatin1String("csv") || format == QLatin1String("json");
}

} // namespace

QString ExportCommand::synopsis()
{
    return QStringLiteral("export WS --format pdf|csv|json --out FILE [--campaign ID] [--filter TEXT]");
}

ExportCommand::ExportCommand(const Options &options, QTextStream &out, QTextStream &err)
    : m_options(options)
    , m_out(out)
    , m_err(err)
{
}

QString ExportCommand::usageProblem() const
{
    if (m_options.arguments.isEmpty())
        return tr("missing arguments");
    if (m_options.arguments.size() > 1)
        return tr("unexpected argument \"%1\"").arg(m_options.arguments.at(1));
    if (!m_options.format)
        return tr("%1 is required").arg(QStringLiteral("--format"));
    if (!isFormat(*m_options.format))
        return tr("unknown format \"%1\"; use pdf, csv or json").arg(*m_options.format);
    if (!m_options.out || m_options.out->isEmpty())
        return tr("%1 is required").arg(QStringLiteral("--out"));
    // A campaign's CSV holds its items, fixed when it was created: a filter would silently drop some.
    if (*m_options.format == QLatin1String("csv") && m_options.campaign && m_options.filter)
        return tr("%1 does not apply to a campaign's CSV").arg(QStringLiteral("--filter"));
    return {};
}

int ExportCommand::run(Workspace &workspace)
{
    const QString &path = *m_options.out;
    if (QFileInfo(path).isDir())
        return badInput(path, tr("is a folder; give the file to write"));

    std::optional<CampaignId> campaign;
    if (m_options.campaign) {
        bool ok = false;
        const CampaignId id = m_options.campaign->trimmed().toLongLong(&ok);
        if (!ok || workspace.campaign(id, false).id == 0)
            return badInput(m_options.arguments.at(0), tr("no review campaign with id %1").arg(*m_options.campaign));
        campaign = id;
    }

    const QString &format = *m_options.format;
    QString error;
    if (format == QLatin1String("csv") && campaign) {
        if (!CampaignCsvWriter::writeFile(workspace, *campaign, path, &error))
            return writeFailed(error);
        const int items = int(workspace.reviewItems(*campaign).size());
        m_out << tr("Wrote %n review item(s) of campaign %1 to %2", nullptr, items).arg(*campaign).arg(path) << '\n';
        return CliApp::Ok;
    }

    const QVector<SystemId> ids = selectedSystems(workspace);
    // An empty export from a filter is almost always a typo in it; say so rather than write one.
    if (m_options.filter && ids.isEmpty())
        return badInput(m_options.arguments.at(0), tr("no system matches the filter \"%1\"").arg(*m_options.filter));
    if (format == QLatin1String("pdf"))
        return exportPdf(workspace, ids, campaign);

    if (format == QLatin1String("csv")) {
        if (!CsvInventoryWriter::writeFile(workspace, ids, path, &error))
            return writeFailed(error);
    } else {
        WorkspaceJsonWriter::Options options;
        options.campaign = campaign.value_or(0);
        if (!WorkspaceJsonWriter::writeFile(workspace, ids, path, &error, options))
            return writeFailed(error);
    }
    m_out << tr("Wrote %n system(s) to %1", nullptr, int(ids.size())).arg(path) << '\n';
    return CliApp::Ok;
}

// The GUI's table model and filter, as `list --filter` uses them, so that a filter selects the
// same systems everywhere; all systems without one.
QVector<SystemId> ExportCommand::selectedSystems(Workspace &workspace) const
{
    if (!m_options.filter)
        return workspace.systemIds();
    SystemTableModel model;
    model.setWorkspace(&workspace);
    SystemFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSearchText(*m_options.filter);
    QVector<SystemId> ids;
    ids.reserve(proxy.rowCount());
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids << proxy.index(row, 0).data(SystemTableModel::SystemIdRole).toLongLong();
    return ids;
}

// The PDF report classes live in views/report; until the CLI links them this says so.
int ExportCommand::exportPdf(Workspace &workspace, const QVector<SystemId> &ids, std::optional<CampaignId> campaign)
{
    Q_UNUSED(campaign) // the campaign report follows
    InventoryReport::Options options;
    if (m_options.filter)
        options.scope = tr("Filter: %1").arg(*m_options.filter);
    const std::unique_ptr<ReportDocument> document = InventoryReport::build(workspace, ids, options);
    QString error;
    if (!document || !document->writeFile(*m_options.out, {}, &error))
        return writeFailed(error);
    m_out << tr("Wrote a report on %n system(s), %1 pages, to %2", nullptr, int(ids.size()))
                 .arg(document->pageCount())
                 .arg(*m_options.out)
          << '\n';
    return CliApp::Ok;
}

int ExportCommand::badInput(const QString &path, const QString &message)
{
    m_err << "mandate-cli: " << path << ": " << message << Qt::endl;
    return CliApp::BadInput;
}

int ExportCommand::writeFailed(const QString &message)
{
    // The writers' messages name the file already.
    m_err << "mandate-cli: " << message << Qt::endl;
    return CliApp::WorkspaceFailed;
}

} // namespace Mandate
