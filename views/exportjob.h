#pragma once
// One export, whoever asks for it (the Export dialog, mandate-cli export): the writer a format and a
// scope call for. A PDF of systems is the inventory report, of a campaign the campaign report; CSV
// of systems is the native layout, of a campaign its decisions; JSON is the whole workspace, with
// only the systems in scope and, for a campaign, only that campaign. Every writer is atomic.

#include "domain/aisystem.h"
#include "domain/campaign.h"
#include "report/inventoryreport.h"

#include <memory>
#include <optional>

namespace Mandate {

class Workspace;

struct ExportRequest
{
    enum class Format { Pdf, Csv, Json };
    Format format = Format::Pdf;
    QVector<SystemId> systems;   // the scope (a campaign's CSV and PDF ignore it)
    CampaignId campaign = 0;     // 0: none
    int sections = InventoryReport::AllSections;
    QString scopeLabel;          // how the systems were chosen, for the report's cover
};

struct ExportResult
{
    int pages = 0;       // a PDF's
    int systems = 0;     // written as CSV or JSON
    int reviewItems = 0; // a campaign's CSV
};

namespace ExportJob {

// The report a PDF request asks for; nullptr when cancelled (error empty) or refused (error says why).
std::unique_ptr<ReportDocument> buildReport(const Workspace &workspace, const ExportRequest &request,
    const ReportDocument::Progress &progress, QString *error);

// Writes path. A PDF is built unless prebuilt is given (a preview of the same request); building
// takes the first 70 % of progress. nullopt when cancelled (error empty) or failed (error says why).
std::optional<ExportResult> write(const Workspace &workspace, const ExportRequest &request, const QString &path,
    ReportDocument *prebuilt, const ReportDocument::Progress &progress, QString *error);

} // namespace ExportJob
} // namespace Mandate
