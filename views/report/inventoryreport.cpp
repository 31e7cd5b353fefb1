#include "inventoryreport.h"

#include "dashboard/dashboarddata.h"
#include "itemmodels/coveragemodel.h"
#include "report/reportcharts.h"
#include "report/reportcover.h"
#include "report/reportestate.h"
#include "report/reporttext.h"
#include "report/systemsection.h"
#include "storage/serverlocation.h"
#include "storage/workspace.h"

#include <QSet>
#include <algorithm>
#include <numeric>

namespace Mandate {
namespace {

constexpr int kMatrixColumns = 12; // catalog items per matrix table; more continue in the next

QString matrixCell(MappingStatus status)
{
    switch (status) {
    case MappingStatus::Mitigated:
        return InventoryReport::tr("M", "coverage matrix: mitigated");
    case MappingStatus::Partial:
        return InventoryReport::tr("P", "coverage matrix: partial");
    case MappingStatus::Gap:
        return InventoryReport::tr("G", "coverage matrix: gap");
    case MappingStatus::NotApplicable:
        return InventoryReport::tr("N/A", "coverage matrix: not applicable");
    }
    return {};
}

QVector<ReportCharts::ChartBar> chartBars(const QVector<DashboardBar> &bars, const std::function<QColor(int)> &colour)
{
    QVector<ReportCharts::ChartBar> chart;
    for (int i = 0; i < bars.size(); ++i)
        chart.append({ bars.at(i).label, bars.at(i).count, colour(i) });
    return chart;
}

} // namespace

std::unique_ptr<ReportDocument> InventoryReport::build(const Workspace &workspace, const QVector<SystemId> &ids,
    const Options &options, const ReportDocument::Progress &progress)
{
    if (progress && !progress(0))
        return nullptr;
    const bool details = options.sections & (Systems | Appendix);
    const ReportEstate estate = ReportEstate::load(workspace, ids, options.today, details);
    if (progress && !progress(details ? 40 : 80))
        return nullptr;

    auto document = std::make_unique<ReportDocument>(tr("AI system inventory review"));
    const QString workspaceName = workspaceDisplayName(workspace.filePath());
    document->setHeaderText(workspaceName);
    const QString analyst = options.analyst.isEmpty() ? Workspace::defaultActor() : options.analyst;
    document->setFooterText(tr("%1, prepared by %2").arg(ReportText::date(options.today), analyst));

    if (options.sections & Cover)
        addCover(*document, workspace, estate, options);
    if (options.sections & Summary)
        addSummary(*document, workspace, estate);
    if (options.sections & Map)
        addMap(*document, workspace, estate, options.today);
    QVector<int> sectionBlocks; // where each system's section begins, for the index
    if (options.sections & Systems) {
        document->addPageBreak();
        document->addHeading(tr("Systems"));
        for (int i = 0; i < estate.ids.size(); ++i) {
            sectionBlocks.append(document->blockCount());
            SystemSection::add(*document, workspace, *workspace.system(estate.ids.at(i)), estate);
            if (progress && i % 50 == 0 && !progress(40 + 50 * i / qMax(1, int(estate.ids.size()))))
                return nullptr;
        }
    }
    if (options.sections & Appendix)
        addCoverageMatrix(*document, workspace, estate);
    if (sectionBlocks.size() > 1) {
        // Laid out first: the index lists the pages the sections landed on, and comes last so that
        // it moves none of them.
        if (document->layout(ReportDocument::share(progress, 90, 100)) == 0)
            return nullptr;
        addIndex(*document, workspace, estate, sectionBlocks);
    }
    if (progress && !progress(100))
        return nullptr;
    return document;
}

void InventoryReport::addCover(ReportDocument &document, const Workspace &workspace, const ReportEstate &estate,
    const Options &options)
{
    document.addSpacing(120);
    document.addParagraph(tr("AI system inventory review"), ReportDocument::TextStyle::Title);
    document.addParagraph(workspaceDisplayName(workspace.filePath()), ReportDocument::TextStyle::Subtitle);
    document.addSpacing(40);
    const ReportCover::Rows rows { { tr("Scope"),
        tr("%1 (%Ln systems)", nullptr, int(estate.ids.size())).arg(options.scope.isEmpty() ? tr("All systems") : options.scope) } };
    ReportCover::addProvenance(document, workspace, rows, options.today, options.analyst,
        tr("The head hash fixes the workspace's audit log at the time of this report: "
           "`mandate-cli verify` on the workspace prints the same hash while nothing has changed since."));
}

void InventoryReport::addSummary(ReportDocument &document, const Workspace &workspace, const ReportEstate &estate)
{
    const DashboardData data = computeDashboard(workspace, estate.findings, estate.ids);
    document.addHeading(tr("Executive summary"));
    int identitySubjects = data.identitySubjects.isEmpty() ? 0 : data.identitySubjects.first().count;
    int nhiRisk = data.nhiRisk.isEmpty() ? 0 : data.nhiRisk.first().count;
    QVector<QPair<QString, QString>> counts {
        { tr("Systems"), ReportText::number(data.systemCount) },
        { tr("Identity subjects"), ReportText::number(identitySubjects) },
        { tr("With NHI risk"), ReportText::number(nhiRisk) },
        { tr("Privileges"), ReportText::number(estate.privilegeCount) },
        { tr("Findings"), ReportText::number(data.findingCount) },
    };
    document.addKeyValues(counts);

    const QVector<ReportCharts::ChartBar> paradigms = chartBars(data.paradigms, [&](int i) {
        return ReportCharts::paradigmColour(Paradigm(i));
    });
    document.addDrawing(ReportCharts::barChartHeight(int(paradigms.size())), [paradigms](QPainter *painter, const QRectF &target) {
        ReportCharts::paintBarChart(painter, target, tr("Systems per paradigm (as recorded)"), paradigms);
    });
    QVector<ReportCharts::ChartBar> severities;
    for (const DashboardBar &bar : data.severities)
        severities.append({ bar.label, bar.count, ReportCharts::severityColour(*fromId<Severity>(bar.filter.value)) });
    document.addDrawing(ReportCharts::barChartHeight(int(severities.size())), [severities](QPainter *painter, const QRectF &target) {
        ReportCharts::paintBarChart(painter, target, tr("Findings by severity"), severities);
    });
    if (!data.rules.isEmpty()) {
        ReportTable rules;
        rules.headers = { tr("Rule"), tr("Findings"), tr("Systems") };
        rules.widths = { 3, 1, 1 };
        for (const DashboardBar &bar : data.rules)
            rules.rows.append({ bar.label, ReportText::number(bar.count), ReportText::number(bar.systems) });
        document.addHeading(tr("Findings by rule"), 3);
        document.addTable(rules);
    }

    document.addHeading(tr("Framework coverage"), 3);
    ReportTable coverage;
    coverage.headers = { tr("Catalog"), tr("Mapped pairs"), tr("Mitigated or not applicable"), tr("Coverage"),
        tr("Systems with open items") };
    coverage.widths = { 3, 1.2, 1.6, 1, 1.5 };
    for (const DashboardBar &bar : data.coverage) {
        const QString percent = bar.total == 0 ? tr("not mapped") : QLocale().toString(bar.percent(), 'f', 0) + QStringLiteral(" %");
        coverage.rows.append({ bar.label, ReportText::number(bar.total), ReportText::number(bar.count), percent,
            ReportText::number(bar.systems) });
    }
    document.addTable(coverage);
    document.addParagraph(tr("Coverage counts only the system and item pairs an analyst has mapped: of those, the share "
                             "mitigated or not applicable."),
        ReportDocument::TextStyle::Small);
}

void InventoryReport::addMap(ReportDocument &document, const Workspace &workspace, const ReportEstate &estate,
    const QDate &today)
{
    const QVector<ReportCharts::MapDot> dots
        = ReportCharts::mapDots(workspace, estate.ids, MarkerColouring::FindingSeverity, today);
    document.addPageBreak(); // the map is read as one picture, on a page of its own
    document.addHeading(tr("The four-paradigm map"));
    document.addParagraph(tr("Each system sits in the region of its recorded paradigm, at the height of its access "
                             "footprint; colour shows its most severe finding, a diamond an identity subject, a ring "
                             "a classifier that suggests another paradigm."),
        ReportDocument::TextStyle::Small);
    const qreal height = ReportCharts::mapHeightForWidth(ReportDocument::bodyWidth());
    document.addDrawing(height, [dots](QPainter *painter, const QRectF &target) {
        ReportCharts::paintMap(painter, target, dots, MarkerColouring::FindingSeverity);
    });
}

void InventoryReport::addIndex(ReportDocument &document, const Workspace &workspace, const ReportEstate &estate,
    const QVector<int> &sectionBlocks)
{
    QVector<int> order(int(estate.ids.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return QString::localeAwareCompare(workspace.system(estate.ids.at(a))->name, workspace.system(estate.ids.at(b))->name) < 0;
    });
    document.addPageBreak();
    document.addHeading(tr("Index of systems"));
    ReportTable index;
    index.headers = { tr("System"), tr("External id"), tr("Page") };
    index.widths = { 6, 2, 1 };
    for (const int i : std::as_const(order)) {
        const AiSystem *system = workspace.system(estate.ids.at(i));
        index.rows.append({ system->name, ReportText::orDash(system->externalId),
            QString::number(document.pageOfBlock(sectionBlocks.at(i)) + 1) });
    }
    document.addTable(index);
}

void InventoryReport::addCoverageMatrix(ReportDocument &document, const Workspace &workspace, const ReportEstate &estate)
{
    document.addPageBreak();
    document.addHeading(tr("Appendix: coverage matrix per catalog"));
    document.addParagraph(tr("M mitigated, P partial, G gap, N/A not applicable, blank not mapped. Only systems and "
                             "items with at least one mapping are listed."),
        ReportDocument::TextStyle::Small);
    for (const FrameworkCatalog &catalog : workspace.catalogs()) {
        // Which items are mapped for any system in scope, and each system's row.
        QSet<QString> mappedItems;
        QVector<QPair<SystemId, QHash<QString, MappingStatus>>> rows;
        for (const SystemId id : estate.ids) {
            QHash<QString, MappingStatus> statuses;
            for (const Mapping &mapping : estate.mappings.value(id)) {
                if (mapping.catalogId == catalog.id()) {
                    statuses.insert(mapping.itemId, mapping.status);
                    mappedItems.insert(mapping.itemId);
                }
            }
            if (!statuses.isEmpty())
                rows.append({ id, statuses });
        }
        document.addHeading(catalog.name(), 2);
        if (rows.isEmpty()) {
            document.addParagraph(tr("No system in scope is mapped against this catalog."), ReportDocument::TextStyle::Small);
            continue;
        }
        QVector<const CatalogItem *> items;
        for (const CatalogItem &item : catalog.items()) {
            if (mappedItems.contains(item.itemId))
                items.append(&item);
        }
        for (int from = 0; from < items.size(); from += kMatrixColumns) {
            const int to = qMin(int(items.size()), from + kMatrixColumns);
            ReportTable table;
            table.headers.append(tr("System"));
            table.widths.append(4);
            for (int i = from; i < to; ++i) {
                table.headers.append(items.at(i)->itemId);
                table.widths.append(1);
            }
            for (const auto &row : std::as_const(rows)) {
                QStringList cells { workspace.system(row.first)->name };
                for (int i = from; i < to; ++i) {
                    const auto status = row.second.constFind(items.at(i)->itemId);
                    cells.append(status == row.second.constEnd() ? QString() : matrixCell(*status));
                }
                table.rows.append(cells);
            }
            document.addTable(table);
        }
        ReportTable legend;
        legend.headers = { tr("Item"), tr("Title") };
        legend.widths = { 1, 6 };
        for (const CatalogItem *item : std::as_const(items))
            legend.rows.append({ item->itemId, item->title });
        document.addTable(legend);
    }
}

} // namespace Mandate
