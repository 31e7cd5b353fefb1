// libFuzzer target for EvidenceReader (JSON Lines streamed; OTLP and CloudTrail parsed whole).
// Build (the models library must be built with clang too):
//   CC=clang CXX=clang++ cmake -S . -B build/fuzz -G Ninja -DMANDATE_FUZZ=ON
//   cmake --build build/fuzz --target fuzz_evidencereader
// Run for five minutes from the seeds (new inputs go to the first folder):
//   mkdir -p build/fuzz/corpus-evidence
//   build/fuzz/tests/fuzz/fuzz_evidencereader -max_total_time=300 -max_len=4096
//   -dict=tests/fuzz/json.dict build/fuzz/corpus-evidence tests/fuzz/corpus/evidence
// Every crash, timeout or broken invariant becomes a row in tests/models/tst_evidencereader.cpp.
//
// Each input is read in every format. A read either succeeds with no error or fails with an error
// naming the file (or is cancelled, which never happens here); events always have a UTC time no
// later than now plus the tolerance and name a system or a credential; JSON Lines events come in
// time order on lines that go forward, and the other formats in time order too.
#include "io/evidencereader.h"

#include <QBuffer>
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

const QDateTime fuzzNow = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

void readAs(const QByteArray &bytes, EvidenceFormat format)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    EvidenceReader reader;
    reader.setNow(fuzzNow);
    QDateTime previousTime;
    qint64 previousLine = 0;
    const bool ok = reader.read(buffer, QStringLiteral("fuzz.jsonl"), format, [&](const EvidenceEvent &e) {
        check(e.at.isValid() && e.at.timeSpec() == Qt::UTC, "times are valid and in UTC");
        check(e.at.secsTo(fuzzNow) >= -EvidenceReader::futureToleranceSecs, "no time is in the future");
        check(
            !e.systemRef.isEmpty() || !e.credentialRef.isEmpty(), "an event names a system or a credential");
        check(e.line >= 1, "an event has a place in the file");
        check(!previousTime.isValid() || previousTime <= e.at, "events come in time order");
        if (format == EvidenceFormat::JsonLines)
            check(e.line > previousLine, "JSON Lines events come on lines that go forward");
        previousTime = e.at;
        previousLine = e.line;
        return true;
    });
    check(!reader.cancelled(), "nothing cancelled");
    check(ok == reader.error().isEmpty(), "a read either succeeds or says why not");
    if (!ok) {
        check(reader.readError().file == QStringLiteral("fuzz.jsonl"), "an error names the file");
        check(reader.readError().line >= 0, "an error's line is not negative");
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
    for (const auto format : { EvidenceFormat::JsonLines, EvidenceFormat::Otlp, EvidenceFormat::CloudTrail })
        readAs(bytes, format);
    guessEvidenceFormat(QStringLiteral("fuzz.json"), bytes);
    return 0;
}
