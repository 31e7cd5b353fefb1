// libFuzzer target for CsvReader. Build (the models library must be built with clang too):
//   CC=clang CXX=clang++ cmake -S . -B build/fuzz -G Ninja -DMANDATE_FUZZ=ON
//   cmake --build build/fuzz --target fuzz_csvreader
// Run for five minutes from the seeds (new inputs go to the first folder):
//   mkdir -p build/fuzz/corpus-csv
//   build/fuzz/tests/fuzz/fuzz_csvreader -max_total_time=300 -max_len=4096 build/fuzz/corpus-csv
//   tests/fuzz/corpus/csv
// Every crash, timeout or broken invariant becomes a row in tests/models/tst_csvreader.cpp.
//
// Each input is read from a buffer and from a stream that hands over a few bytes at a time; both
// must give the same records or the same error, and every record must have the header's width.
// What was read, written back as RFC 4180, must read the same.
#include "io/csvreader.h"

#include <QBuffer>
#include <QSet>
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>

using namespace Mandate;

namespace {

class TrickleDevice : public QIODevice
{
public:
    TrickleDevice(const QByteArray &data, int step)
        : m_data(data)
        , m_step(step)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min({ max, qint64(m_data.size() - m_pos), qint64(m_pos % m_step + 1) });
        std::memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    int m_step;
    qint64 m_pos = 0;
};

constexpr qsizetype kMaxKeptFields = 20000;

struct Outcome
{
    QStringList header;
    QList<QStringList> records; // the first ones: short records padded to a wide header add up fast
    bool allKept = true;
    ReadError error;
};

void check(bool condition, const char *what)
{
    if (!condition) {
        fprintf(stderr, "invariant broken: %s\n", what);
        abort();
    }
}

Outcome readAll(QIODevice *device, const CsvReader::Limits &limits, bool numberDuplicates)
{
    Outcome outcome;
    CsvReader reader(device, QStringLiteral("fuzz.csv"), limits);
    reader.setNumberDuplicateHeaders(numberDuplicates);
    if (reader.open()) {
        outcome.header = reader.header();
        check(!outcome.header.isEmpty(), "an open file has a header");
        QSet<QString> names;
        for (const QString &name : qAsConst(outcome.header)) {
            check(!name.isEmpty(), "header names are never empty");
            names.insert(name.toCaseFolded());
        }
        check(names.size() == outcome.header.size(), "header names are unique");
        QStringList fields;
        qint64 line = 0, previous = 0;
        qsizetype kept = 0;
        while (reader.readRecord(&fields, &line)) {
            check(fields.size() == outcome.header.size(), "every record has the header's width");
            check(line > previous, "records start on increasing lines");
            previous = line;
            kept += fields.size();
            if (kept <= kMaxKeptFields)
                outcome.records.append(fields);
            else
                outcome.allKept = false;
        }
    }
    outcome.error = reader.error();
    if (outcome.error.isError()) {
        check(outcome.error.file == QStringLiteral("fuzz.csv"), "an error names the file");
        check(outcome.error.line >= 0 && outcome.error.column >= 0, "an error's place is not negative");
    } else {
        check(reader.totalBytes() < 0 || reader.bytesRead() == reader.totalBytes(),
            "a clean read consumes every byte");
    }
    return outcome;
}

// RFC 4180 with every field quoted, so that the delimiter can only be the one written.
QByteArray write(const QStringList &header, const QList<QStringList> &records)
{
    QByteArray out;
    for (const QStringList &record : QList<QStringList> { header } + records) {
        QStringList quoted;
        for (const QString &value : record)
            quoted.append(QLatin1Char('"') + QString(value).replace(QLatin1Char('"'), QStringLiteral("\"\""))
                + QLatin1Char('"'));
        out += quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const bool numberDuplicates = size % 2 == 0;
    CsvReader::Limits limits;
    if (size % 3 == 0) { // small limits, so that the limit errors are reached too
        limits.maxFieldBytes = 64;
        limits.maxColumns = 8;
    }

    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    const Outcome fromBuffer = readAll(&buffer, limits, numberDuplicates);
    TrickleDevice stream(bytes, int(size % 31) + 1); // pieces of 1 to 31 bytes cut every sequence somewhere
    const Outcome fromStream = readAll(&stream, limits, numberDuplicates);

    check(fromBuffer.error.line == fromStream.error.line && fromBuffer.error.column == fromStream.error.column
            && fromBuffer.error.reason == fromStream.error.reason,
        "a buffer and a stream meet the same error");
    if (fromBuffer.error.isError())
        return 0;
    check(fromBuffer.header == fromStream.header && fromBuffer.records == fromStream.records,
        "a buffer and a stream give the same records");

    if (!fromBuffer.allKept)
        return 0;
    // What was read, written back as plain RFC 4180, reads the same: nothing read is lost.
    QByteArray written = write(fromBuffer.header, fromBuffer.records);
    QBuffer again(&written);
    again.open(QIODevice::ReadOnly);
    const Outcome reread = readAll(&again, CsvReader::Limits(), false);
    // The binary guess weighs control characters against all text, which dropping blank lines
    // and adding quotes changes; any other difference is a bug.
    if (reread.error.reason == QStringLiteral("this is not a text file: it holds binary data"))
        return 0;
    check(
        !reread.error.isError() && reread.header == fromBuffer.header && reread.records == fromBuffer.records,
        "records written back read the same");
    return 0;
}
