// libFuzzer target for JsonInventoryReader (and, through Auto, the CycloneDX and SPDX readers).
// Build (the models library must be built with clang too):
//   CC=clang CXX=clang++ cmake -S . -B build/fuzz -G Ninja -DMANDATE_FUZZ=ON
//   cmake --build build/fuzz --target fuzz_jsoninventoryreader
// Run for five minutes from the seeds (new inputs go to the first folder):
//   mkdir -p build/fuzz/corpus-json
//   build/fuzz/tests/fuzz/fuzz_jsoninventoryreader -max_total_time=300 -max_len=4096
//   -dict=tests/fuzz/json.dict build/fuzz/corpus-json tests/fuzz/corpus/json
// Every crash, timeout or broken invariant becomes a row in tests/models/tst_jsoninventoryreader.cpp.
//
// Each input is read as Auto and as plain JSON, with and without a UTF-8 byte-order mark; the mark
// must change nothing, an error must name the file and a place that is not negative, records
// must have unique, non-empty field names on lines that never go backwards, and no warning may be
// logged (the reader warns when its byte scan and Qt's parser disagree).
#include "io/jsoninventoryreader.h"

#include <QBuffer>
#include <QSet>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Mandate;

namespace {

struct Outcome
{
    bool ok = false;
    JsonInventoryReader::Result result;
    ReadError error;
};

void check(bool condition, const char *what)
{
    if (!condition) {
        fprintf(stderr, "invariant broken: %s\n", what);
        abort();
    }
}

Outcome readAll(const QByteArray &bytes, JsonInventoryReader::Format format)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    Outcome outcome;
    outcome.ok = JsonInventoryReader::read(
        &buffer, QStringLiteral("fuzz.json"), format, &outcome.result, &outcome.error);
    check(outcome.ok != outcome.error.isError(), "a read either succeeds or says why not");
    check(outcome.error.file == QStringLiteral("fuzz.json"), "an error names the file");
    check(outcome.error.line >= 0 && outcome.error.column >= 0, "an error's place is not negative");
    if (!outcome.ok) {
        check(outcome.result.records.isEmpty(), "a failed read hands over no records");
        return outcome;
    }
    qint64 previous = 0;
    for (const InventoryRecord &record : qAsConst(outcome.result.records)) {
        if (outcome.result.format == JsonInventoryReader::Format::PlainJson) {
            check(record.line >= 1 && record.line >= previous,
                "records start on lines that never go backwards");
            previous = record.line;
        }
        QSet<QString> names;
        for (const auto &field : record.fields) {
            check(!field.first.isEmpty(), "field names are never empty");
            names.insert(field.first.toCaseFolded());
        }
        check(names.size() == record.fields.size(), "field names are unique within a record");
    }
    return outcome;
}

bool same(const Outcome &a, const Outcome &b)
{
    if (a.ok != b.ok || a.result.format != b.result.format || a.error.reason != b.error.reason
        || a.error.line != b.error.line || a.error.column != b.error.column)
        return false;
    if (a.result.records.size() != b.result.records.size())
        return false;
    for (qsizetype i = 0; i < a.result.records.size(); ++i) {
        if (a.result.records.at(i).line != b.result.records.at(i).line
            || a.result.records.at(i).fields != b.result.records.at(i).fields)
            return false;
    }
    return true;
}

// The reader warns when its byte scan and Qt's parser disagree about a record array; that is a bug.
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
    for (const auto format : { JsonInventoryReader::Format::Auto, JsonInventoryReader::Format::PlainJson }) {
        const Outcome plain = readAll(bytes, format);
        if (!bytes.startsWith("\xEF\xBB\xBF"))
            check(same(plain, readAll("\xEF\xBB\xBF" + bytes, format)), "a byte-order mark changes nothing");
    }
    return 0;
}
