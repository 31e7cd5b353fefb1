// libFuzzer target for FrameworkCatalog::fromJson, the parser of the extra catalog files an analyst
// loads into a workspace. Build (the models library must be built with clang too):
//   CC=clang CXX=clang++ cmake -S . -B build/fuzz -G Ninja -DMANDATE_FUZZ=ON
//   cmake --build build/fuzz --target fuzz_frameworkcatalog
// Run for five minutes from the seeds (new inputs go to the first folder):
//   mkdir -p build/fuzz/corpus-catalog
//   build/fuzz/tests/fuzz/fuzz_frameworkcatalog -max_total_time=300 -max_len=4096
//   -dict=tests/fuzz/json.dict build/fuzz/corpus-catalog tests/fuzz/corpus/catalog
// Every crash, timeout or broken invariant becomes a row in tests/models/tst_frameworkcatalog.cpp.
//
// A file is taken whole or refused whole: a refusal has a message naming the file; a catalog has
// an id, items with unique non-empty ids and titles that belong to it, each found by its own id
// and by reference, and survives being rebuilt from stored fields unchanged.
#include "rules/frameworkcatalog.h"

#include <QSet>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Mandate;

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        fprintf(stderr, "invariant broken: %s\n", what);
        abort();
    }
}

void failOnWarning(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg) {
        fprintf(stderr, "%s\n", qPrintable(message));
        abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    qInstallMessageHandler(failOnWarning);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString fileName = QStringLiteral("fuzz-catalog.json");
    QString error;
    const std::optional<FrameworkCatalog> catalog = FrameworkCatalog::fromJson(bytes, fileName, &error);
    if (!catalog) {
        check(!error.isEmpty(), "a refusal says why");
        check(error.contains(fileName), "a refusal names the file");
        return 0;
    }
    check(!catalog->id().isEmpty(), "a catalog has an id");
    check(!catalog->name().isEmpty(), "a catalog has a name");
    check(!catalog->items().isEmpty(), "a catalog has items");
    QSet<QString> seen;
    for (const CatalogItem &item : catalog->items()) {
        check(!item.itemId.isEmpty() && !item.title.isEmpty(), "an item has an id and a title");
        check(item.catalogId == catalog->id(), "an item belongs to its catalog");
        check(!seen.contains(item.itemId), "item ids are unique");
        seen.insert(item.itemId);
        check(catalog->item(item.itemId) == &item, "an item is found by its id");
        check(catalog->itemByReference(item.itemId) != nullptr, "an item's id is a reference to it");
    }
    const FrameworkCatalog stored = FrameworkCatalog::fromStored(catalog->id(), catalog->name(), catalog->version(),
        catalog->source(), catalog->prefixes(), catalog->items());
    check(stored.items().size() == catalog->items().size(), "a stored catalog keeps its items");
    for (int i = 0; i < stored.items().size(); ++i) {
        const CatalogItem &a = stored.items().at(i);
        const CatalogItem &b = catalog->items().at(i);
        check(a.itemId == b.itemId && a.title == b.title && a.description == b.description && a.kind == b.kind
                  && a.catalogId == b.catalogId,
              "a stored catalog keeps each item as it was");
    }
    // Resolving any reference must not crash, whatever the prefixes are.
    for (const QString &prefix : catalog->prefixes())
        resolveFrameworkReference({ *catalog }, prefix + QStringLiteral(" ") + catalog->items().constFirst().itemId);
    return 0;
}
