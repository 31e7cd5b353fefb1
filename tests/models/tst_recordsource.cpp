// RecordSource: whatever the file (CSV in any delimiter, plain JSON, CycloneDX, SPDX), the import
// sees the same stream of records with named fields in column order, and a file it cannot read is
// refused naming that file. The readers underneath have their own tests; here what the wrapper adds.
#include "io/recordsource.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Mandate;
using Format = RecordSource::Format;
using Fields = QVector<QPair<QString, QString>>;
using Repeated = QHash<int, QString>;

struct Row
{
    qint64 line = 0;
    Fields fields;
    bool operator==(const Row &other) const { return line == other.line && fields == other.fields; }
};
using Rows = QVector<Row>;

Q_DECLARE_METATYPE(Fields)
Q_DECLARE_METATYPE(Rows)
Q_DECLARE_METATYPE(Repeated)

namespace QTest {
template<> char *toString(const Row &row)
{
    QStringList parts;
    for (const auto &field : row.fields)
        parts << field.first + QLatin1Char('=') + field.second;
    return qstrdup(
        qPrintable(QStringLiteral("line %1: %2").arg(row.line).arg(parts.join(QStringLiteral(" | ")))));
}
} // namespace QTest

namespace {

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QStringList strings(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *item : list)
        out.append(text(item));
    return out;
}

Row row(qint64 line, std::initializer_list<QPair<const char *, const char *>> fields)
{
    Row out { line, {} };
    for (const auto &field : fields)
        out.fields.append({ text(field.first), text(field.second) });
    return out;
}

Rows readAll(RecordSource *source)
{
    Rows rows;
    InventoryRecord record;
    while (source->next(&record))
        rows.append({ record.line, record.fields });
    return rows;
}

QString sharedExample(const QString &name)
{
    const QString shared = qEnvironmentVariable("MANDATE_SHARED_DIR");
    if (shared.isEmpty())
        return QString();
    return QDir(shared).filePath(QStringLiteral("reference/examples/") + name);
}

} // namespace

class TestRecordSource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsCsvRecordsByHeader_data();
    void readsCsvRecordsByHeader();
    void numbersAndReportsRepeatedHeaders();
    void readsJsonRecordsInColumnOrder_data();
    void readsJsonRecordsInColumnOrder();
    void detectsTheSharedExamples_data();
    void detectsTheSharedExamples();
    void honoursAnExplicitFormat_data();
    void honoursAnExplicitFormat();
    void refusesFilesItCannotRead_data();
    void refusesFilesItCannotRead();
    void stopsAtABadRecordNamingItsLine();
    void progressReachesTheTotalAtTheEnd_data();
    void progressReachesTheTotalAtTheEnd();
    void namesAndIdsEachFormat();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
    int m_files = 0;
};

QString TestRecordSource::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(QString::number(++m_files) + QLatin1Char('-') + name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestRecordSource::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestRecordSource::readsCsvRecordsByHeader_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<Rows>("rows");

    QTest::addRow("comma-separated values are named by the header")
        << QByteArray("name,vendor\nTriage bot,Acme\nFraud model,Initech\n")
        << text("CSV, UTF-8, comma-separated") << strings({ "name", "vendor" })
        << Rows { row(2, { { "name", "Triage bot" }, { "vendor", "Acme" } }),
               row(3, { { "name", "Fraud model" }, { "vendor", "Initech" } }) };
    QTest::addRow("semicolons, as European spreadsheets write, are detected")
        << QByteArray("name;notes\r\nChat;a, b and c\r\n") << text("CSV, UTF-8, semicolon-separated")
        << strings({ "name", "notes" }) << Rows { row(2, { { "name", "Chat" }, { "notes", "a, b and c" } }) };
    QTest::addRow("tabs are detected")
        << QByteArray("name\tstage\nScorer\tpilot\n") << text("CSV, UTF-8, tab-separated")
        << strings({ "name", "stage" }) << Rows { row(2, { { "name", "Scorer" }, { "stage", "pilot" } }) };
    QTest::addRow("a record keeps the line it starts on, past a field spanning lines")
        << QByteArray("name,description\nA,\"two\nlines\"\n\nB,one\n") << text("CSV, UTF-8, comma-separated")
        << strings({ "name", "description" })
        << Rows { row(2, { { "name", "A" }, { "description", "two\nlines" } }),
               row(5, { { "name", "B" }, { "description", "one" } }) };
    QTest::addRow("a short record gets every column, the missing ones empty")
        << QByteArray("name,vendor,stage\nX\n") << text("CSV, UTF-8, comma-separated")
        << strings({ "name", "vendor", "stage" })
        << Rows { row(2, { { "name", "X" }, { "vendor", "" }, { "stage", "" } }) };
    QTest::addRow("Windows-1252 is said to be chosen because the file is not valid UTF-8")
        << QByteArray("name;vendor\nCaf\xE9;M\xFCller\n")
        << text("CSV, Windows-1252 (not valid UTF-8), semicolon-separated") << strings({ "name", "vendor" })
        << Rows { row(2, { { "name", "Café" }, { "vendor", "Müller" } }) };
    QTest::addRow("a byte-order mark is named in the encoding")
        << QByteArray("\xEF\xBB\xBFname\nA\n") << text("CSV, UTF-8 with byte-order mark, comma-separated")
        << strings({ "name" }) << Rows { row(2, { { "name", "A" } }) };
    QTest::addRow("a header alone gives columns and no records")
        << QByteArray("name,vendor\n") << text("CSV, UTF-8, comma-separated") << strings({ "name", "vendor" })
        << Rows {};
}

void TestRecordSource::readsCsvRecordsByHeader()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, description);
    QFETCH(QStringList, columns);
    QFETCH(Rows, rows);
    ReadError error;
    const auto source = RecordSource::open(write(QStringLiteral("inventory.csv"), csv), Format::Auto, &error);
    QVERIFY2(source, qPrintable(error.message()));
    QVERIFY(!error.isError());
    QCOMPARE(source->format(), Format::Csv);
    QCOMPARE(source->description(), description);
    QCOMPARE(source->columns(), columns);
    QVERIFY(source->repeatedColumns().isEmpty());
    QCOMPARE(readAll(source.get()), rows);
    QVERIFY(!source->error().isError());
}

void TestRecordSource::numbersAndReportsRepeatedHeaders()
{
    // The US federal inventory repeats "If Other, please explain." on purpose: read, not refused.
    const QString path = write(QStringLiteral("repeated.csv"),
        "name,If Other, please explain.,Stage,If Other, please explain.,stage\n"
        "A,x,pilot,y,retired\n");
    ReadError error;
    auto source = RecordSource::open(path, Format::Auto, &error);
    QVERIFY2(source, qPrintable(error.message()));
    QCOMPARE(source->columns(),
        strings({ "name", "If Other", "please explain.", "Stage", "If Other (2)", "please explain. (2)",
            "stage (2)" }));

    const QString csv = text("name;If Other, please explain.;Stage;If Other, please explain.;stage\n"
                             "A;x;pilot;y;retired\n");
    source = RecordSource::open(write(QStringLiteral("repeated.csv"), csv.toUtf8()), Format::Auto, &error);
    QVERIFY2(source, qPrintable(error.message()));
    QCOMPARE(source->columns(),
        strings(
            { "name", "If Other, please explain.", "Stage", "If Other, please explain. (2)", "stage (2)" }));
    QCOMPARE(source->repeatedColumns(),
        (Repeated { { 3, text("If Other, please explain.") }, { 4, text("stage") } }));
    QCOMPARE(readAll(source.get()),
        Rows { row(2,
            { { "name", "A" }, { "If Other, please explain.", "x" }, { "Stage", "pilot" },
                { "If Other, please explain. (2)", "y" }, { "stage (2)", "retired" } }) });
}

void TestRecordSource::readsJsonRecordsInColumnOrder_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<Rows>("rows");

    QTest::addRow("the columns are every field of every object, in first-seen order")
        << QByteArray("[\n{\"name\": \"A\", \"stage\": \"pilot\"},\n"
                      "{\"name\": \"B\", \"vendor\": \"Acme\", \"stage\": \"retired\"}\n]")
        << strings({ "name", "stage", "vendor" })
        << Rows { row(2, { { "name", "A" }, { "stage", "pilot" } }),
               row(3, { { "name", "B" }, { "stage", "retired" }, { "vendor", "Acme" } }) };
    QTest::addRow("a systems array inside an object is read, nested members flattened")
        << QByteArray(
               "{\"exported\": \"2025\",\n \"systems\": [\n"
               "  {\"owner\": {\"name\": \"Ann\"}},\n  {\"name\": \"B\", \"owner\": {\"name\": \"Bo\"}}]}")
        << strings({ "owner.name", "name" })
        << Rows { row(3, { { "owner.name", "Ann" } }), row(4, { { "owner.name", "Bo" }, { "name", "B" } }) };
    QTest::addRow("white space and a byte-order mark before the bracket still mean JSON")
        << QByteArray("\xEF\xBB\xBF \r\n\t [{\"name\": \"A\"}]") << strings({ "name" })
        << Rows { row(2, { { "name", "A" } }) };
    QTest::addRow("an empty array gives no columns and no records")
        << QByteArray("[]") << QStringList() << Rows {};
}

void TestRecordSource::readsJsonRecordsInColumnOrder()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, columns);
    QFETCH(Rows, rows);
    ReadError error;
    const auto source = RecordSource::open(write(QStringLiteral("systems.json"), json), Format::Auto, &error);
    QVERIFY2(source, qPrintable(error.message()));
    QCOMPARE(source->format(), Format::PlainJson);
    QCOMPARE(source->description(), text("JSON"));
    QCOMPARE(source->columns(), columns);
    QVERIFY(source->repeatedColumns().isEmpty());
    QCOMPARE(readAll(source.get()), rows);
    QVERIFY(!source->error().isError());
}

void TestRecordSource::detectsTheSharedExamples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Format>("format");
    QTest::addColumn<QString>("description");
    QTest::addRow("the CycloneDX 1.6 example is read as CycloneDX")
        << text("cyclonedx-1.6-mlbom-minimal.json") << Format::CycloneDx << text("CycloneDX");
    QTest::addRow("the SPDX 3.0.1 example is read as SPDX")
        << text("spdx-3.0.1-ai-minimal.jsonld") << Format::Spdx << text("SPDX 3.0.1");
}

void TestRecordSource::detectsTheSharedExamples()
{
    QFETCH(QString, file);
    QFETCH(Format, format);
    QFETCH(QString, description);
    const QString path = sharedExample(file);
    if (path.isEmpty())
        QSKIP("MANDATE_SHARED_DIR is not set: the shared examples are not available");
    if (!QFile::exists(path))
        QSKIP(qPrintable(QStringLiteral("%1 is not present").arg(path)));
    ReadError error;
    const auto source = RecordSource::open(path, Format::Auto, &error);
    QVERIFY2(source, qPrintable(error.message()));
    QCOMPARE(source->format(), format);
    QCOMPARE(source->description(), description);
    const QStringList columns = source->columns();
    QVERIFY(columns.contains(QStringLiteral("name")));
    const Rows rows = readAll(source.get());
    QVERIFY(!rows.isEmpty());
    for (const Row &record : rows) { // every field is a column, in column order
        int previous = -1;
        for (const auto &field : record.fields) {
            const int at = int(columns.indexOf(field.first));
            QVERIFY2(at > previous, qPrintable(field.first));
            previous = at;
        }
    }
}

void TestRecordSource::honoursAnExplicitFormat_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Format>("format");
    QTest::addColumn<bool>("readable");
    QTest::addColumn<QString>("reason"); // part of the error's reason, when not readable

    QTest::addRow("CSV reads a JSON document as CSV, line by line")
        << QByteArray("[\n{\"name\": \"A\"}]") << Format::Csv << true << QString();
    QTest::addRow("JSON reads a plain array")
        << QByteArray("[\n{\"name\": \"A\"}]") << Format::PlainJson << true << QString();
    QTest::addRow("CycloneDX refuses a plain JSON array with the reader's reason")
        << QByteArray("[{\"name\": \"A\"}]") << Format::CycloneDx << false << text("array");
    QTest::addRow("CycloneDX refuses a plain JSON object with the reader's reason") << QByteArray(
        "{\"systems\": [{\"name\": \"A\"}]}") << Format::CycloneDx << false << text("bomFormat");
    QTest::addRow("SPDX refuses a CSV file, which is not JSON")
        << QByteArray("name,vendor\nA,Acme\n") << Format::Spdx << false << QString();
}

void TestRecordSource::honoursAnExplicitFormat()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Format, format);
    QFETCH(bool, readable);
    QFETCH(QString, reason);
    const QString path = write(QStringLiteral("systems.json"), bytes);
    ReadError error;
    const auto source = RecordSource::open(path, format, &error);
    if (readable) {
        QVERIFY2(source, qPrintable(error.message()));
        QCOMPARE(source->format(), format);
        QVERIFY(source->description().startsWith(RecordSource::formatName(format)));
        QCOMPARE(readAll(source.get()).size(), 1);
        return;
    }
    QVERIFY(!source);
    QCOMPARE(error.file, path);
    QVERIFY(error.isError());
    QVERIFY2(error.reason.contains(reason), qPrintable(error.reason));
}

void TestRecordSource::refusesFilesItCannotRead_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<Format>("format");
    QTest::addColumn<QString>("reason"); // part of the reason

    QTest::addRow("an empty file") << write(QStringLiteral("empty.csv"), {}) << Format::Auto << text("empty");
    QTest::addRow("an empty file named as JSON")
        << write(QStringLiteral("empty.json"), {}) << Format::PlainJson << text("empty");
    QTest::addRow("a missing file") << m_dir.filePath(QStringLiteral("no such file.csv")) << Format::Auto
                                    << text("cannot be opened");
    QTest::addRow("a folder") << m_dir.path() << Format::Auto << text("cannot be opened");
    const QString locked = write(QStringLiteral("locked.csv"), "name\nA\n");
    QFile::setPermissions(locked, QFileDevice::Permissions());
    if (QFile probe(locked); !probe.open(QIODevice::ReadOnly)) // root reads it anyway: no row then
        QTest::addRow("a file without read permission") << locked << Format::Auto << text("cannot be opened");
    QTest::addRow("binary garbage") << write(QStringLiteral("garbage.bin"),
        QByteArray("\x7F"
                   "ELF\x02\x01\x01\x00\x00\x00\xFF\xFE\x00\x01",
            14)) << Format::Auto << text("binary");
    QTest::addRow("binary garbage after an opening bracket") << write(QStringLiteral("garbage.json"),
        QByteArray("[\x00\x01\x02\xFF", 5)) << Format::Auto << QString();
    QTest::addRow("truncated JSON") << write(QStringLiteral("truncated.json"), "[{\"name\": \"A\"")
                                    << Format::Auto << QString();
}

void TestRecordSource::refusesFilesItCannotRead()
{
    QFETCH(QString, path);
    QFETCH(Format, format);
    QFETCH(QString, reason);
    ReadError error;
    const auto source = RecordSource::open(path, format, &error);
    QVERIFY(!source);
    QVERIFY(error.isError());
    QCOMPARE(error.file, path);
    QVERIFY2(error.reason.contains(reason), qPrintable(error.reason));
    QVERIFY(error.message().startsWith(path));
}

void TestRecordSource::stopsAtABadRecordNamingItsLine()
{
    const QString path = write(QStringLiteral("bad.csv"), "name,vendor\nA,Acme\nB,Acme,extra\nC,Acme\n");
    ReadError error;
    const auto source = RecordSource::open(path, Format::Auto, &error);
    QVERIFY2(source, qPrintable(error.message()));
    QCOMPARE(readAll(source.get()), Rows { row(2, { { "name", "A" }, { "vendor", "Acme" } }) });
    QVERIFY(source->error().isError());
    QCOMPARE(source->error().file, path);
    QCOMPARE(source->error().line, 3);
    InventoryRecord record;
    QVERIFY(!source->next(&record)); // stays stopped
}

void TestRecordSource::progressReachesTheTotalAtTheEnd_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QByteArray csv = "name,description\n";
    QByteArray json = "[";
    for (int i = 0; i < 20000; ++i) { // past the reader's 64 KiB chunks
        csv += "System " + QByteArray::number(i) + ",\"a description, long enough to take space\"\n";
        json += (i ? ",\n" : "") + QByteArray("{\"name\": \"System ") + QByteArray::number(i) + "\"}";
    }
    json += "]";
    QTest::addRow("a CSV file larger than one chunk, in bytes") << csv;
    QTest::addRow("a JSON file, in records") << json;
    QTest::addRow("a CSV file without a final line break") << QByteArray("name\nA\nB");
}

void TestRecordSource::progressReachesTheTotalAtTheEnd()
{
    QFETCH(QByteArray, bytes);
    ReadError error;
    const auto source = RecordSource::open(write(QStringLiteral("inventory"), bytes), Format::Auto, &error);
    QVERIFY2(source, qPrintable(error.message()));
    QVERIFY(source->progressTotal() > 0);
    QVERIFY(source->progressDone() <= source->progressTotal());
    InventoryRecord record;
    QVERIFY(source->next(&record));
    qint64 before = source->progressDone();
    while (source->next(&record)) {
        QVERIFY(source->progressDone() >= before);
        before = source->progressDone();
    }
    QVERIFY(!source->error().isError());
    QCOMPARE(source->progressDone(), source->progressTotal());
}

void TestRecordSource::namesAndIdsEachFormat()
{
    for (const Format format :
        { Format::Auto, Format::Csv, Format::PlainJson, Format::CycloneDx, Format::Spdx }) {
        QCOMPARE(RecordSource::formatFromId(RecordSource::formatId(format)), format);
        QVERIFY(!RecordSource::formatName(format).isEmpty());
    }
    QCOMPARE(RecordSource::formatId(Format::PlainJson), text("json"));
    QCOMPARE(RecordSource::formatFromId(text("CycloneDX")), Format::CycloneDx); // as typed on a command line
    QCOMPARE(RecordSource::formatFromId(text("xlsx")), std::nullopt);
    QCOMPARE(RecordSource::formatName(Format::Spdx), text("SPDX"));
}

QTEST_GUILESS_MAIN(TestRecordSource)
#include "tst_recordsource.moc"
