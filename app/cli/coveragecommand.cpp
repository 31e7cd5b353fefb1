#include "coveragecommand.h"

#include "itemmodels/coveragemodel.h"
#include "storage/workspace.h"
#include "jsonlines.h"
#include "texttable.h"
#include "vocabularytext.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <array>

namespace Mandate::CoverageCommand {
namespace {

struct CatalogCoverage
{
    const FrameworkCatalog *catalog = nullptr;
    CoverageModel::Coverage coverage;
    std::array<int, 4> byStatus {}; // indexed by MappingStatus
};

QVector<CatalogCoverage> tally(const QVector<FrameworkCatalog> &catalogs, const QVector<Mapping> &mappings)
{
    static_assert(4 == int(MappingStatus::NotApplicable) + 1, "one count per status");
    QVector<CatalogCoverage> result;
    for (const FrameworkCatalog &catalog : catalogs) {
        CatalogCoverage row;
        row.catalog = &catalog;
        row.coverage = CoverageModel::coverageOf(mappings, catalog.id());
        for (const Mapping &mapping : mappings) {
            if (mapping.catalogId == catalog.id() && catalog.item(mapping.itemId))
                ++row.byStatus[size_t(mapping.status)];
        }
        result << row;
    }
    return result;
}

QJsonObject toJson(const CatalogCoverage &row)
{
    const std::optional<double> percent = row.coverage.percent();
    QJsonObject object {
        { QStringLiteral("catalog"), row.catalog->id() },
        { QStringLiteral("name"), row.catalog->name() },
        { QStringLiteral("version"), row.catalog->version() },
        { QStringLiteral("items"), int(row.catalog->items().size()) },
        { QStringLiteral("mapped"), row.coverage.mapped },
        { QStringLiteral("covered"), row.coverage.covered },
        // Rounded to a tenth, as shown; null rather than 0 when nobody has mapped anything yet.
        { QStringLiteral("percent"), percent ? QJsonValue(qRound(*percent * 10) / 10.0) : QJsonValue() },
    };
    for (int status = 0; status < valueCount<MappingStatus>(); ++status)
        object.insert(toId(static_cast<MappingStatus>(status)), row.byStatus[size_t(status)]);
    return object;
}

QString percentText(const CoverageModel::Coverage &coverage)
{
    const std::optional<double> percent = coverage.percent();
    return percent ? QStringLiteral("%1 %").arg(QLocale().toString(*percent, 'f', 1))
                   : QCoreApplication::translate("CoverageCommand", "not mapped");
}

} // namespace

void print(const Workspace &workspace, bool json, QTextStream &out)
{
    const QVector<FrameworkCatalog> catalogs = workspace.catalogs();
    const QVector<CatalogCoverage> rows = tally(catalogs, workspace.allMappings());
    if (json) {
        JsonLines lines(out);
        for (const CatalogCoverage &row : rows)
            lines.append(toJson(row));
        lines.finish();
        return;
    }
    TextTable table;
    for (const CatalogCoverage &row : rows) {
        QStringList cells { row.catalog->id(), row.catalog->version(), percentText(row.coverage),
            QCoreApplication::translate("CoverageCommand", "%L1 of %L2 covered")
                .arg(row.coverage.covered)
                .arg(row.coverage.mapped) };
        for (int status = 0; status < valueCount<MappingStatus>(); ++status) {
            const auto value = static_cast<MappingStatus>(status);
            cells << QStringLiteral("%1 %2").arg(label(value), VocabularyText::countText(row.byStatus[size_t(status)]));
        }
        table.addRow(cells);
    }
    table.write(out);
}

} // namespace Mandate::CoverageCommand
