#include "exportjob.h"

#include "io/campaigncsvwriter.h"
#include "io/csvinventorywriter.h"
#include "io/workspacejsonwriter.h"
#include "report/campaignreport.h"
#include "storage/workspace.h"

namespace Mandate::ExportJob {

std::unique_ptr<ReportDocument> buildReport(const Workspace &workspace, const ExportRequest &request,
    const ReportDocument::Progress &progress, QString *error)
{
    if (request.campaign)
        return CampaignReport::build(workspace, request.campaign, {}, progress, error);
    InventoryReport::Options options;
    options.sections = request.sections;
    options.scope = request.scopeLabel;
    return InventoryReport::build(workspace, request.systems, options, progress);
}

std::optional<ExportResult> write(const Workspace &workspace, const ExportRequest &request, const QString &path,
    ReportDocument *prebuilt, const ReportDocument::Progress &progress, QString *error)
{
    ExportResult result;
    if (progress && !progress(0))
        return std::nullopt;
    switch (request.format) {
    case ExportRequest::Format::Pdf: {
        std::unique_ptr<ReportDocument> built;
        ReportDocument *document = prebuilt;
        if (!document) {
            built = buildReport(workspace, request, ReportDocument::share(progress, 0, 60), error);
            if (!built || built->layout(ReportDocument::share(progress, 60, 70)) == 0)
                return std::nullopt;
            document = built.get();
        }
        if (!document->writeFile(path, ReportDocument::share(progress, 70, 100), error))
            return std::nullopt;
        result.pages = document->pageCount();
        return result;
    }
    case ExportRequest::Format::Csv:
        if (request.campaign) {
            if (!CampaignCsvWriter::writeFile(workspace, request.campaign, path, error))
                return std::nullopt;
            result.reviewItems = workspace.campaign(request.campaign).items;
        } else {
            if (!CsvInventoryWriter::writeFile(workspace, request.systems, path, error))
                return std::nullopt;
            result.systems = int(request.systems.size());
        }
        break;
    case ExportRequest::Format::Json: {
        WorkspaceJsonWriter::Options options;
        options.campaign = request.campaign;
        if (!WorkspaceJsonWriter::writeFile(workspace, request.systems, path, error, options))
            return std::nullopt;
        result.systems = int(request.systems.size());
        break;
    }
    }
    if (progress)
        progress(100);
    return result;
}

} // namespace Mandate::ExportJob
