#include "exportcommand.h"

#include "cliapp.h"
#include "exportjob.h"
#include "itemmodels/systemfilterproxymodel.h"
#include "itemmodels/systemtablemodel.h"
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

    ExportRequest request;
    const QString &format = *m_options.format;
    request.format = format == QLatin1String("pdf") ? ExportRequest::Format::Pdf
        : format == QLatin1String("csv")            ? ExportRequest::Format::Csv
                                                    : ExportRequest::Format::Json;
    request.campaign = campaign.value_or(0);
    // A campaign's CSV and report hold its items, fixed when it was created: no systems to pick.
    if (!(campaign && request.format != ExportRequest::Format::Json)) {
        request.systems = selectedSystems(workspace);
        // An empty export from a filter is almost always a typo in it; say so rather than write one.
        if (m_options.filter && request.systems.isEmpty())
            return badInput(m_options.arguments.at(0), tr("no system matches the filter \"%1\"").arg(*m_options.filter));
    }
    if (m_options.filter)
        request.scopeLabel = tr("Filter: %1").arg(*m_options.filter);

    QString error;
    const std::optional<ExportResult> result = ExportJob::write(workspace, request, path, nullptr, {}, &error);
    if (!result)
        return writeFailed(error);
    if (request.format == ExportRequest::Format::Pdf && campaign)
        m_out << tr("Wrote the report of campaign %1, %Ln page(s), to %2", nullptr, result->pages).arg(*campaign).arg(path);
    else if (request.format == ExportRequest::Format::Pdf)
        m_out << tr("Wrote a report on %Ln system(s), %L1 pages, to %2", nullptr, int(request.systems.size()))
                     .arg(result->pages)
                     .arg(path);
    else if (request.format == ExportRequest::Format::Csv && campaign)
        m_out << tr("Wrote %Ln review item(s) of campaign %1 to %2", nullptr, result->reviewItems).arg(*campaign).arg(path);
    else
        m_out << tr("Wrote %Ln system(s) to %1", nullptr, result->systems).arg(path);
    m_out << '\n';
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
