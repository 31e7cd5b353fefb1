#pragma once
// The inventory review report (issue 7): a cover (workspace, scope, date, analyst, the audit chain's
// head hash), an executive summary with vector charts, the four-paradigm map, one section per
// system (systemsection.h), the coverage matrix per catalog and an index of the systems by name, in
// the UI language, as a ReportDocument that the export dialog previews and writes and mandate-cli
// writes.

#include "domain/aisystem.h"
#include "report/reportdocument.h"

#include <QCoreApplication>
#include <QDate>
#include <memory>

namespace Mandate {

class Workspace;
struct ReportEstate;

class InventoryReport
{
    Q_DECLARE_TR_FUNCTIONS(InventoryReport)

public:
    enum Section {
        Cover = 0x1,
        Summary = 0x2,
        Map = 0x4,
        Systems = 0x8,    // one section per system
        Appendix = 0x10,  // the coverage matrix per catalog
        AllSections = 0x1f,
    };

    struct Options
    {
        int sections = AllSections;
        QString scope;   // how the systems were chosen, for the cover ("All systems", "Filter: …")
        QString analyst; // empty: Workspace::defaultActor()
        QDate today = QDate::currentDate();
    };

    // The report on these systems (in this order); nullptr when progress asked to cancel. Progress
    // covers reading and building; writing the document reports its own.
    static std::unique_ptr<ReportDocument> build(const Workspace &workspace, const QVector<SystemId> &ids,
        const Options &options, const ReportDocument::Progress &progress = {});

private:
    static void addCover(ReportDocument &document, const Workspace &workspace, const ReportEstate &estate,
        const Options &options);
    static void addSummary(ReportDocument &document, const Workspace &workspace, const ReportEstate &estate);
    static void addMap(ReportDocument &document, const Workspace &workspace, const ReportEstate &estate,
        const QDate &today);
    static void addCoverageMatrix(ReportDocument &document, const Workspace &workspace, const ReportEstate &estate);
    static void addIndex(ReportDocument &document, const Workspace &workspace, const ReportEstate &estate,
        const QVector<int> &sectionBlocks);
};

} // namespace Mandate
