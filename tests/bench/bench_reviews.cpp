// Benchmark: access-review campaigns at the scale issue 6 asks for, against reading every
// privilege once (what any campaign over the estate must do at least). Not a ctest test: run it by
// hand, in a Release or RelWithDebInfo build:
//
//   cmake --build build/<dir> --target bench_reviews
//   build/<dir>/tests/bench/bench_reviews --systems 10000,100000
//
// Options: --systems N[,N...] (default 10000,100000), --repeat R (single decisions timed, the best
// kept; default 5), --dir DIR. The inventory is bench_map's. Timed, as CPU seconds: creating a
// campaign over the default scope (items fixed with their snapshots), listing campaigns with
// progress, loading a guided session (the items and who may decide them), one decision, every
// remaining decision in one call as `mandate-cli review decide` makes it, and the sign-off.

#include "benchtiming.h"
#include "itemmodels/reviewitemsmodel.h"
#include "mapworkload.h"
#include "review/reviewscope.h"
#include "storage/workspace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <limits>

using namespace Mandate;
using Mandate::Bench::createAndOpen;
using Mandate::Bench::print;
using Mandate::Bench::seconds;

namespace {

QString fmt(double value, int precision = 3)
{
    return Mandate::Bench::fixed(value, precision);
}

QString ratio(double time, double reference)
{
    return fmt(time / std::max(reference, 1e-9), 2);
}

bool run(int count, int repeat, const QString &dir)
{
    QTemporaryDir temporary;
    const QString base = dir.isEmpty() ? temporary.path() : dir;
    const QString path = QDir(base).filePath(QStringLiteral("bench-reviews-%1.mandate").arg(count));
    QFile::remove(path);
    const std::unique_ptr<Workspace> workspace = createAndOpen(path, count);
    if (!workspace)
        return false;

    qsizetype privilegeCount = 0;
    const double reference = seconds([&] { privilegeCount = workspace->allPrivileges().size(); });
    print(QStringLiteral("%1 systems, %2 privileges; reference: read every privilege %3 s")
              .arg(count)
              .arg(privilegeCount)
              .arg(fmt(reference)));

    // Reviewers who own nothing, so separation of duties leaves every item to them.
    Campaign draft;
    draft.name = QStringLiteral("Bench campaign");
    draft.scope = ReviewScope::defaultText();
    draft.reviewers = { QStringLiteral("Bench Reviewer") };
    CampaignId id = 0;
    double wall = 0;
    const double create = seconds([&] { id = workspace->createCampaign(draft); }, &wall);
    if (id == 0) {
        print(QStringLiteral("  create refused: %1").arg(workspace->lastError()));
        return false;
    }
    const int items = workspace->campaign(id).items;
    print(QStringLiteral("  create campaign (%1 items)        %2 s (wall %3 s) = %4x reference")
              .arg(items)
              .arg(fmt(create), fmt(wall), ratio(create, reference)));

    const double list = seconds([&] { workspace->campaigns(); });
    print(QStringLiteral("  list campaigns with progress      %1 s = %2x reference").arg(fmt(list), ratio(list, reference)));

    ReviewItemsModel model;
    const double load = seconds([&] {
        model.setCampaign(workspace.get(), id);
        model.setReviewer(draft.reviewers.first());
    });
    print(QStringLiteral("  open a guided session             %1 s = %2x reference").arg(fmt(load), ratio(load, reference)));

    double single = std::numeric_limits<double>::max();
    for (int i = 0; i < repeat; ++i) {
        const ReviewItem &item = model.item(i);
        const ReviewDecision decision = item.kind == ReviewItemKind::Privilege ? ReviewDecision::Revoke : ReviewDecision::Yes;
        bool ok = false;
        single = std::min(single, seconds([&] {
            ok = workspace->decideReviewItems(id, draft.reviewers.first(), { { item.id, decision, {} } });
        }));
        if (!ok) {
            print(QStringLiteral("  decision refused: %1").arg(workspace->lastError()));
            return false;
        }
    }
    print(QStringLiteral("  one decision (session repaints)   %1 s").arg(fmt(single, 4)));

    QVector<ReviewDecisionInput> rest;
    for (int row = repeat; row < model.rowCount(); ++row) {
        const ReviewItem &item = model.item(row);
        const bool privilege = item.kind == ReviewItemKind::Privilege;
        rest << ReviewDecisionInput { item.id, privilege ? ReviewDecision::Keep : ReviewDecision::Yes,
            QStringLiteral("Needed for the nightly run") };
    }
    bool decided = false;
    const double bulk = seconds([&] { decided = workspace->decideReviewItems(id, draft.reviewers.first(), rest); });
    print(QStringLiteral("  decide the other %1 in one call  %2 s = %3x reference (%4)")
              .arg(rest.size())
              .arg(fmt(bulk), ratio(bulk, reference), decided ? QStringLiteral("ok") : workspace->lastError()));

    bool signedOff = false;
    const double signOff = seconds([&] { signedOff = workspace->signOffCampaign(id, draft.reviewers.first()); });
    print(QStringLiteral("  sign off                          %1 s = %2x reference (%3)")
              .arg(fmt(signOff), ratio(signOff, reference), signedOff ? QStringLiteral("ok") : workspace->lastError()));
    return decided && signedOff;
}

} // namespace

int main(int argc, char *argv[])
{
    return Mandate::Bench::runPerSystemCount(
        argc, argv, QStringLiteral("Times review campaigns at scale."), 5, run);
}
