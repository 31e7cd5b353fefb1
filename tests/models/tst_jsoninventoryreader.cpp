// JsonInventoryReader: plain JSON inventories become records with every member kept (flattened),
// each record pointing at the line where its object starts, and every unreadable file is refused
// with the line and column an analyst needs. CycloneDX and SPDX contents are tested with their
// readers; here only that Auto sends those documents to them.
#include "io/jsoninventoryreader.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTest>

using namespace Mandate;
using Format = JsonInventoryReader::Format;
using Fields = QVector<QPair<QString, QString>>;

Q_DECLARE_METATYPE(Fields)

namespace {

struct Outcome
{
    bool ok = false;
    JsonInventoryReader::Result result;
    ReadError error;
};

Outcome readBytes(const QByteArray &bytes, Format format = Format::Auto)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    Outcome outcome;
    outcome.ok = JsonInventoryReader::read(
        &buffer, QStringLiteral("systems.json"), format, &outcome.result, &outcome.error);
    return outcome;
}

Fields fields(std::initializer_list<QPair<const char *, const char *>> list)
{
    Fields out;
    for (const auto &pair : list)
        out.append({ QString::fromUtf8(pair.first), QString::fromUtf8(pair.second) });
    return out;
}

QStringList strings(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *text : list)
        out.append(QString::fromUtf8(text));
    return out;
}

QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

} // namespace

class TestJsonInventoryReader : public QObject
{
    Q_OBJECT

private slots:
    void readsEachShapeOfInventory_data();
    void readsEachShapeOfInventory();
    void flattensMembers_data();
    void flattensMembers();
    void recordsPointAtTheLineWhereTheirObjectStarts();
    void keepsAByteOrderMarkInsideAMemberName();
    void refusesBadInput_data();
    void refusesBadInput();
    void autoDetectsTheFormat_data();
    void autoDetectsTheFormat();
    void autoDetectsTheSharedExamples_data();
    void autoDetectsTheSharedExamples();
    void namesEachFormat();
};

void TestJsonInventoryReader::readsEachShapeOfInventory_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("names"); // the "name" field of each record

    QTest::addRow("an array of objects gives one record per object") << QByteArray(
        R"([{"name": "Triage bot"}, {"name": "Fraud model"}])") << strings({ "Triage bot", "Fraud model" });
    QTest::addRow("an object holding a systems array is read from that array")
        << QByteArray(R"({"exported": "2025-01-01", "systems": [{"name": "A"}, {"name": "B"}]})")
        << strings({ "A", "B" });
    QTest::addRow("an object holding one array under another name is read from it")
        << QByteArray(R"({"source": "GRC", "count": 1, "inventory": [{"name": "Chat assistant"}]})")
        << strings({ "Chat assistant" });
    QTest::addRow("systems is preferred when the object holds other arrays of objects")
        << QByteArray(R"({"owners": [{"name": "Ann"}], "systems": [{"name": "S"}]})") << strings({ "S" });
    QTest::addRow("the only array of objects is taken when other arrays hold text")
        << QByteArray(R"({"tags": ["a", "b"], "items": [{"name": "X"}], "notes": []})") << strings({ "X" });
    QTest::addRow("an empty array gives no records and no error") << QByteArray("[]") << QStringList();
    QTest::addRow("an empty systems array gives no records and no error")
        << QByteArray(R"({"systems": []})") << QStringList();
    QTest::addRow("a UTF-8 byte-order mark is skipped")
        << QByteArray("\xEF\xBB\xBF[{\"name\": \"Caf\xC3\xA9 bot\"}]") << strings({ "Café bot" });
    QTest::addRow("brackets and quotes inside strings do not confuse the record boundaries")
        << QByteArray(R"([{"name": "a [\"{\" b"}, {"name": "}],["}])") << strings({ "a [\"{\" b", "}],[" });
    QTest::addRow("an empty member name holding the array is read from it")
        << QByteArray("{\"\": [{\"name\": \"nameless\"}]}") << strings({ "nameless" });
    QTest::addRow("an escaped member name still finds the systems array")
        << QByteArray(R"({"meta": [1], "\u0069tems": [{"name": "E"}], "x": [{"name": "no"}, 2]})")
        << strings({ "E" });
}

void TestJsonInventoryReader::readsEachShapeOfInventory()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, names);
    const Outcome outcome = readBytes(json);
    QVERIFY2(outcome.ok, qPrintable(outcome.error.message()));
    QCOMPARE(outcome.result.format, Format::PlainJson);
    QStringList got;
    for (const InventoryRecord &record : outcome.result.records) {
        for (const auto &field : record.fields) {
            if (field.first == QStringLiteral("name"))
                got.append(field.second);
        }
    }
    QCOMPARE(got, names);
}

void TestJsonInventoryReader::flattensMembers_data()
{
    QTest::addColumn<QByteArray>("object");
    QTest::addColumn<Fields>("expected");

    QTest::addRow("true and false are written as words")
        << QByteArray(R"({"a": true, "b": false})") << fields({ { "a", "true" }, { "b", "false" } });
    QTest::addRow("integers have no decimal part, even when written with one")
        << QByteArray(R"({"a": 42, "b": -7, "c": 3.0, "d": 1e3, "e": 0})")
        << fields({ { "a", "42" }, { "b", "-7" }, { "c", "3" }, { "d", "1000" }, { "e", "0" } });
    QTest::addRow("fractions keep their shortest exact form")
        << QByteArray(R"({"a": 1.5, "b": 0.1, "c": 2.5e-3})")
        << fields({ { "a", "1.5" }, { "b", "0.1" }, { "c", "0.0025" } });
    QTest::addRow("large integers keep every digit")
        << QByteArray(R"({"id": 9007199254740993})") << fields({ { "id", "9007199254740993" } });
    QTest::addRow("null becomes empty text") << QByteArray(R"({"a": null})") << fields({ { "a", "" } });
    QTest::addRow("text keeps escapes decoded and non-ASCII characters")
        << QByteArray(R"({"name": "Line\none \"q\" \u00e9", "owner": "Zoë"})")
        << fields({ { "name", "Line\none \"q\" é" }, { "owner", "Zoë" } });
    QTest::addRow("nested objects give dotted names")
        << QByteArray(R"({"vendor": {"name": "Acme", "contact": {"email": "x@acme.test"}}})")
        << fields({ { "vendor.name", "Acme" }, { "vendor.contact.email", "x@acme.test" } });
    QTest::addRow("an empty nested object keeps its name with empty text")
        << QByteArray(R"({"extra": {}, "a": 1})") << fields({ { "extra", "" }, { "a", "1" } });
    QTest::addRow("arrays of scalars are joined with semicolons")
        << QByteArray(R"({"tags": ["hr", "screening", 3, true, null]})")
        << fields({ { "tags", "hr; screening; 3; true; " } });
    QTest::addRow("an empty array becomes empty text")
        << QByteArray(R"({"tags": []})") << fields({ { "tags", "" } });
    QTest::addRow("arrays of objects are kept as compact JSON")
        << QByteArray(R"({"owners": [ {"name": "Ann", "role": "risk"}, {"name": "Bo"} ]})")
        << fields({ { "owners", R"([{"name":"Ann","role":"risk"},{"name":"Bo"}])" } });
    QTest::addRow("arrays of arrays are kept as compact JSON")
        << QByteArray(R"({"grid": [[1, 2], [3]]})") << fields({ { "grid", "[[1,2],[3]]" } });
    QTest::addRow("members keep the order of the file, not alphabetical order")
        << QByteArray(R"({"zeta": 1, "alpha": {"y": 2, "b": 3}, "mid": [4]})")
        << fields({ { "zeta", "1" }, { "alpha.y", "2" }, { "alpha.b", "3" }, { "mid", "4" } });
    // QJsonDocument keeps the last of duplicate member names; the reader accepts that.
    QTest::addRow("of duplicate member names the last value is kept")
        << QByteArray(R"({"name": "first", "name": "second"})") << fields({ { "name", "second" } });
    QTest::addRow("a dotted member name and a nested one that flatten alike are both kept") << QByteArray(
        R"({"a.b": "flat", "a": {"b": "nested"}})") << fields({ { "a.b", "flat" }, { "a.b (2)", "nested" } });
    QTest::addRow("an empty member name is named, not dropped")
        << QByteArray(R"({"": "x"})") << fields({ { "unnamed", "x" } });
}

void TestJsonInventoryReader::flattensMembers()
{
    QFETCH(QByteArray, object);
    QFETCH(Fields, expected);
    const Outcome outcome = readBytes("[" + object + "]");
    QVERIFY2(outcome.ok, qPrintable(outcome.error.message()));
    QCOMPARE(outcome.result.records.size(), 1);
    QCOMPARE(outcome.result.records.first().fields, expected);
}

void TestJsonInventoryReader::recordsPointAtTheLineWhereTheirObjectStarts()
{
    const QByteArray json = "{\r\n"
                            "  \"note\": \"a string with \\\"[{\\\" inside\",\n"
                            "  \"systems\": [\n"
                            "    {\"name\": \"one\"},\n"
                            "\n"
                            "    {\n"
                            "      \"name\": \"two\"\n"
                            "    }, {\"name\": \"three\"},\n"
                            "    {\"name\": \"Zo\xC3\xAB\", \"deep\": [{\"x\": [{}]}]}\n"
                            "  ]\n"
                            "}\n";
    const Outcome outcome = readBytes(json);
    QVERIFY2(outcome.ok, qPrintable(outcome.error.message()));
    QList<qint64> lines;
    for (const InventoryRecord &record : outcome.result.records)
        lines.append(record.line);
    QCOMPARE(lines, (QList<qint64> { 4, 6, 8, 9 }));
}

// Found by fuzzing: Qt 6.4 drops a leading U+FEFF from member names and then cannot find the
// member by the name it handed out, so the records under such a name were lost.
void TestJsonInventoryReader::keepsAByteOrderMarkInsideAMemberName()
{
    const Outcome outcome = readBytes("{\"\xEF\xBB\xBFinventory\": [\n{\"b\": 1, \"\xEF\xBB\xBF"
                                      "a\": 2}]}");
    QVERIFY2(outcome.ok, qPrintable(outcome.error.message()));
    QCOMPARE(outcome.result.records.size(), 1);
    QCOMPARE(outcome.result.records.first().line, qint64(2));
    const Fields expected { { QStringLiteral("b"), QStringLiteral("1") },
        { QStringLiteral("a"), QStringLiteral("2") } }; // Qt drops the U+FEFF; the value is kept
    QCOMPARE(outcome.result.records.first().fields, expected);
}

void TestJsonInventoryReader::refusesBadInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QByteArray>("reason"); // a part of the reason

    QTest::addRow("an empty file") << QByteArray() << qint64(0) << 0 << QByteArray("empty");
    QTest::addRow("a file of blank lines")
        << QByteArray(" \n\t\r\n") << qint64(0) << 0 << QByteArray("empty");
    QTest::addRow("a file holding only a byte-order mark")
        << QByteArray("\xEF\xBB\xBF") << qint64(0) << 0 << QByteArray("empty");
    QTest::addRow("binary garbage (a PNG header) is not UTF-8")
        << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) << qint64(1) << 1 << QByteArray("UTF-8");
    QTest::addRow("binary garbage that starts with NUL bytes") << QByteArray("\0\0\0\x18"
                                                                             "ftypmp42",
        12) << qint64(1) << 1 << QByteArray("NUL");
    QTest::addRow("binary garbage that is not UTF-8")
        << QByteArray("\xFF\xFE\xFD\xFC") << qint64(1) << 1 << QByteArray("UTF-8");
    QTest::addRow("a NUL byte inside a string")
        << QByteArray("[{\"name\": \"a\0b\"}]", 17) << qint64(1) << 13 << QByteArray("NUL");
    QTest::addRow("Latin-1 text where UTF-8 is required")
        << QByteArray("[\n{\"name\": \"Caf\xE9\"}]") << qint64(2) << 14 << QByteArray("UTF-8");
    QTest::addRow("an overlong UTF-8 form")
        << QByteArray("[\"\xC0\xAF\"]") << qint64(1) << 3 << QByteArray("UTF-8");
    QTest::addRow("a UTF-8 encoded surrogate")
        << QByteArray("[\"\xED\xA0\x80\"]") << qint64(1) << 3 << QByteArray("UTF-8");
    QTest::addRow("a UTF-8 sequence cut off at the end of the file")
        << QByteArray("[\"ab\xE2\x82") << qint64(1) << 5 << QByteArray("UTF-8");
    QTest::addRow("JSON truncated inside a string")
        << QByteArray("[\n  {\"name\": \"a\",\n   \"vendor\": \"Acm") << qint64(3) << 18
        << QByteArray("truncated");
    QTest::addRow("JSON truncated after a complete record")
        << QByteArray("[\n  {\"name\": \"a\"},\n") << qint64(3) << 1 << QByteArray("truncated");
    QTest::addRow("a missing comma names its line and column")
        << QByteArray("[\n  {\"name\": \"a\"\n   \"vendor\": \"b\"}\n]") << qint64(3) << 4
        << QByteArray("not valid JSON");
    QTest::addRow("a trailing comma names its line and column")
        << QByteArray("[{\"a\": 1},\n {\"b\": 2},]") << qint64(2) << 11 << QByteArray("not valid JSON");
    QTest::addRow("an unknown word names its column")
        << QByteArray("[\n  {\"ok\": yes}]") << qint64(2) << 10 << QByteArray("not valid JSON");
    QTest::addRow("a misspelt true names its column")
        << QByteArray("[{\"ok\": tru}]") << qint64(1) << 12 << QByteArray("not valid JSON");
    QTest::addRow("a missing colon names its column")
        << QByteArray("{\"systems\" [{}]}") << qint64(1) << 12 << QByteArray("not valid JSON");
    QTest::addRow("text after the JSON names its column")
        << QByteArray("[{}]\n[{}]") << qint64(2) << 1 << QByteArray("not valid JSON");
    QTest::addRow("arrays nested 10,000 deep")
        << nested(10000) << qint64(1) << JsonInventoryReader::maxDepth + 1 << QByteArray("nested");
    QTest::addRow("objects nested 10,000 deep, one per line")
        << QByteArray("[").append(QByteArray("{\"a\":\n").repeated(10000))
        << qint64(JsonInventoryReader::maxDepth) << 1 << QByteArray("nested");
    QTest::addRow("nesting one level too deep") << nested(JsonInventoryReader::maxDepth + 1) << qint64(1)
                                                << JsonInventoryReader::maxDepth + 1 << QByteArray("nested");
    QTest::addRow("a top-level number")
        << QByteArray("  42") << qint64(1) << 3 << QByteArray("does not start with");
    QTest::addRow("a top-level string")
        << QByteArray("\"systems\"") << qint64(1) << 1 << QByteArray("does not start with");
    QTest::addRow("a top-level true")
        << QByteArray("\ntrue") << qint64(2) << 1 << QByteArray("does not start with");
    QTest::addRow("text that starts with a non-ASCII letter")
        << QByteArray("\xC3\xA9t\xC3\xA9") << qint64(1) << 1 << QByteArray("does not start with");
    QTest::addRow("plain text") << QByteArray("name,vendor\nbot,acme\n") << qint64(1) << 1
                                << QByteArray("does not start with");
    QTest::addRow("an array holding a number names the element's line")
        << QByteArray("[\n  {\"name\": \"a\"},\n  42\n]") << qint64(3) << 3 << QByteArray("element 2");
    QTest::addRow("a systems array holding text names the element's line")
        << QByteArray("{\"systems\": [\n\"bot\"]}") << qint64(2) << 1 << QByteArray("element 1");
    QTest::addRow("an array of arrays")
        << QByteArray("[[1, 2]]") << qint64(1) << 2 << QByteArray("element 1");
    QTest::addRow("an object holding no array")
        << QByteArray("{\"name\": \"bot\"}") << qint64(1) << 1 << QByteArray("no array");
    QTest::addRow("an object holding two arrays of objects and no systems")
        << QByteArray("{\"a\": [{}], \"b\": [{}]}") << qint64(1) << 1 << QByteArray("several arrays");
    QTest::addRow("an SPDX 2 document") << QByteArray("{\"spdxVersion\": \"SPDX-2.3\", \"packages\": [{}]}")
                                        << qint64(1) << 1 << QByteArray("SPDX 2");
}

void TestJsonInventoryReader::refusesBadInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, line);
    QFETCH(int, column);
    QFETCH(QByteArray, reason);
    const Outcome outcome = readBytes(bytes);
    QVERIFY(!outcome.ok);
    QVERIFY(outcome.result.records.isEmpty());
    QCOMPARE(outcome.error.file, QStringLiteral("systems.json"));
    QVERIFY2(outcome.error.reason.contains(QString::fromUtf8(reason)), qPrintable(outcome.error.reason));
    QCOMPARE(outcome.error.line, line);
    QCOMPARE(outcome.error.column, column);
    QVERIFY(outcome.error.message().startsWith(QStringLiteral("systems.json")));
}

void TestJsonInventoryReader::autoDetectsTheFormat_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<Format>("format");

    QTest::addRow("an object with bomFormat is CycloneDX, even with a wrong value")
        << QByteArray(R"({"bomFormat": "NotCycloneDX", "specVersion": "1.6", "components": [{}]})")
        << Format::CycloneDx;
    QTest::addRow("an object with an SPDX 3 context is SPDX") << QByteArray(
        R"({"@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld", "@graph": [{"type": "x"}]})")
                                                              << Format::Spdx;
    QTest::addRow("an SPDX 3 context inside a list of contexts is SPDX") << QByteArray(
        R"({"@context": ["https://example.com/x", "https://spdx.org/rdf/3.0.1/spdx-context.jsonld"], "@graph": []})")
                                                                         << Format::Spdx;
    QTest::addRow("an object with another JSON-LD context is plain JSON")
        << QByteArray(R"({"@context": "https://schema.org", "systems": [{"name": "a"}]})")
        << Format::PlainJson;
    QTest::addRow("an array of objects is plain JSON")
        << QByteArray(R"([{"bomFormat": "CycloneDX"}])") << Format::PlainJson;
}

void TestJsonInventoryReader::autoDetectsTheFormat()
{
    QFETCH(QByteArray, json);
    QFETCH(Format, format);
    const Outcome outcome = readBytes(json);
    QCOMPARE(outcome.result.format, format);
    if (format == Format::PlainJson)
        QVERIFY2(outcome.ok, qPrintable(outcome.error.message()));
}

void TestJsonInventoryReader::autoDetectsTheSharedExamples_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<Format>("format");
    QTest::addRow("the CycloneDX 1.6 example is CycloneDX")
        << QByteArray("cyclonedx-1.6-mlbom-minimal.json") << Format::CycloneDx;
    QTest::addRow("the SPDX 3.0.1 example is SPDX")
        << QByteArray("spdx-3.0.1-ai-minimal.jsonld") << Format::Spdx;
}

void TestJsonInventoryReader::autoDetectsTheSharedExamples()
{
    QFETCH(QByteArray, file);
    QFETCH(Format, format);
    const QString shared = qEnvironmentVariable("MANDATE_SHARED_DIR");
    if (shared.isEmpty())
        QSKIP("MANDATE_SHARED_DIR is not set: the shared examples are not available");
    QFile input(QDir(shared).filePath(QStringLiteral("reference/examples/") + QString::fromUtf8(file)));
    if (!input.open(QIODevice::ReadOnly))
        QSKIP(qPrintable(QStringLiteral("%1 is not present").arg(input.fileName())));
    JsonInventoryReader::Result result;
    ReadError error;
    JsonInventoryReader::read(&input, QString::fromUtf8(file), Format::Auto, &result, &error);
    QCOMPARE(result.format, format);
}

void TestJsonInventoryReader::namesEachFormat()
{
    QCOMPARE(JsonInventoryReader::formatName(Format::PlainJson), QStringLiteral("JSON"));
    QCOMPARE(JsonInventoryReader::formatName(Format::CycloneDx), QStringLiteral("CycloneDX"));
    QCOMPARE(JsonInventoryReader::formatName(Format::Spdx), QStringLiteral("SPDX"));
    // Naming a format explicitly is obeyed: a CycloneDX reader refuses a plain array.
    const Outcome outcome = readBytes(R"([{"name": "a"}])", Format::CycloneDx);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.result.format, Format::CycloneDx);
    QVERIFY(outcome.error.reason.contains(QStringLiteral("array")));
}

QTEST_GUILESS_MAIN(TestJsonInventoryReader)
#include "tst_jsoninventoryreader.moc"
