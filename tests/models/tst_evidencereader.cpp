// EvidenceReader: each evidence format becomes the events an analyst expects, field by field; every
// bad file is refused naming the file and the line; reading can be cancelled, reports progress up
// to the file's size, and streams large JSON Lines files.
#include "io/evidencereader.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Mandate;

Q_DECLARE_METATYPE(EvidenceFormat)

namespace {

const QDateTime testNow = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

// line|time|system|credential|tool|target|action|outcome
QString describe(const EvidenceEvent &e)
{
    return QStringList { QString::number(e.line), e.at.toString(Qt::ISODateWithMs), e.systemRef,
        e.credentialRef, e.tool, e.target, e.action, e.outcome }
        .join(QLatin1Char('|'));
}

struct Outcome
{
    bool ok = false;
    QStringList events;
    QString error;
};

Outcome readFile(const QString &path, EvidenceFormat format)
{
    EvidenceReader reader;
    reader.setNow(testNow);
    Outcome outcome;
    outcome.ok = reader.read(path, format, [&](const EvidenceEvent &e) {
        outcome.events.append(describe(e));
        return true;
    });
    outcome.error = reader.error();
    return outcome;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray jsonLine(int i)
{
    return QStringLiteral(
               R"({"time": "%1", "system_id": "SYS-%2", "tool": "kubectl", "target": "prod", "action": "read"})")
               .arg(testNow.addSecs(-1000000 + i / 100).toString(Qt::ISODate), QString::number(i % 50))
               .toUtf8()
        + '\n';
}

QByteArray otlpSpan(
    const char *agentAttribute, const char *time, const char *operation, const char *extra = "")
{
    return QByteArray(R"({"name": "s", "startTimeUnixNano": ")") + time + R"(", "attributes": [)"
        + R"({"key": "gen_ai.operation.name", "value": {"stringValue": ")" + operation + R"("}})"
        + agentAttribute + R"(, {"key": "gen_ai.tool.name", "value": {"stringValue": "search_tickets"}})"
        + "]" + extra + "}";
}

} // namespace

class TestEvidenceReader : public QObject
{
    Q_OBJECT

private slots:
    void readsEachFormatFieldByField_data();
    void readsEachFormatFieldByField();
    void refusesBadInputNamingFileAndLine_data();
    void refusesBadInputNamingFileAndLine();
    void aMissingFileIsNamed();
    void cancelStopsEarly();
    void progressReachesTheFileSize();
    void streamsAHundredThousandLines();
    void guessesTheFormat_data();
    void guessesTheFormat();
    void namesEachFormat();
};

void TestEvidenceReader::readsEachFormatFieldByField_data()
{
    QTest::addColumn<EvidenceFormat>("format");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<QString>("name");

    QTest::addRow("a JSON Lines record gives every field")
        << EvidenceFormat::JsonLines
        << QByteArray(
               R"({"time": "2026-05-01T10:00:00Z", "system_id": "SYS-1", "credential_id": "ci-token", "tool": "kubectl", "target": "prod-cluster", "action": "read", "outcome": "success"})")
        << QStringList { QStringLiteral(
               "1|2026-05-01T10:00:00.000Z|SYS-1|ci-token|kubectl|prod-cluster|read|success") }
        << QStringLiteral("a.jsonl");
    QTest::addRow("JSON Lines times with an offset are kept in UTC, numeric ids become text")
        << EvidenceFormat::JsonLines
        << QByteArray("{\"time\": \"2026-05-01T12:00:00.250+02:00\", \"system_id\": 4711}\n"
                      "{\"time\": \"2026-05-01T10:00:00.250Z\", \"credential_id\": 12.5}\n")
        << QStringList { QStringLiteral("1|2026-05-01T10:00:00.250Z|4711|||||"),
               QStringLiteral("2|2026-05-01T10:00:00.250Z||12.5||||") }
        << QStringLiteral("b.jsonl");
    QTest::addRow("JSON Lines skips blank lines, a byte-order mark, CRLF and unknown fields")
        << EvidenceFormat::JsonLines
        << QByteArray("\xEF\xBB\xBF{\"time\": \"2026-05-01T10:00:00Z\", \"credential_id\": \"k\", \"extra\": "
                      "{\"a\": 1}}\r\n"
                      "\r\n   \n"
                      "{\"time\": \"2026-05-01T10:00:00Z\", \"system_id\": \"S\", \"action\": \"write\"}")
        << QStringList { QStringLiteral("1|2026-05-01T10:00:00.000Z||k||||"),
               QStringLiteral("4|2026-05-01T10:00:00.000Z|S||||write|") }
        << QStringLiteral("c.jsonl");
    QTest::addRow("a time less than five minutes ahead of now is accepted (clocks drift)")
        << EvidenceFormat::JsonLines << QByteArray(R"({"time": "2026-06-01T12:04:59Z", "system_id": "S"})")
        << QStringList { QStringLiteral("1|2026-06-01T12:04:59.000Z|S|||||") } << QStringLiteral("e.jsonl");
    QTest::addRow("an empty JSON Lines file gives no events")
        << EvidenceFormat::JsonLines << QByteArray() << QStringList() << QStringLiteral("d.jsonl");

    const QByteArray otlp = R"({"resourceSpans": [
  {"resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "billing-agent"}}]},
   "scopeSpans": [{"spans": [)"
        + otlpSpan("", "1777629600500000000", "execute_tool",
            R"(, "status": {"code": "STATUS_CODE_ERROR"})") // 2026-05-01T10:00:00.5Z
        + ", "
        + otlpSpan(
            R"(, {"key": "url.full", "value": {"stringValue": "https://u:p@api.example.com/v1?token=x"}})",
            "1777629500000000000", "execute_tool")
        + ", " + otlpSpan("", "1777629600000000000", "chat") + R"(]}]},
  {"resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "ignored"}}]},
   "scopeSpans": [{"spans": [)"
        + otlpSpan(R"(, {"key": "gen_ai.agent.id", "value": {"stringValue": "asst_42"}},
                    {"key": "server.address", "value": {"stringValue": "mcp.internal"}})",
            "1777629700000000000", "execute_tool", R"(, "status": {"code": 1})")
        + "]}]}]}";
    QTest::addRow("OTLP execute_tool spans are read in time order, other spans skipped")
        << EvidenceFormat::Otlp << otlp
        << QStringList { QStringLiteral("2|2026-05-01T09:58:20.000Z|billing-agent||search_tickets|https://"
                                        "api.example.com/v1|execute_tool|success"),
               QStringLiteral(
                   "1|2026-05-01T10:00:00.500Z|billing-agent||search_tickets||execute_tool|failure"),
               QStringLiteral(
                   "4|2026-05-01T10:01:40.000Z|asst_42||search_tickets|mcp.internal|execute_tool|success") }
        << QStringLiteral("traces.json");
    const QByteArray collectorLine
        = R"({"resourceSpans": [{"resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "bot"}}]}, "scopeSpans": [{"spans": [)"
        + otlpSpan("", "1777629600000000000", "execute_tool") + "]}]}]}";
    QTest::addRow("OTLP from the collector's file exporter, one document per line, is read too")
        << EvidenceFormat::Otlp << collectorLine + "\n\n" + collectorLine + "\n"
        << QStringList { QStringLiteral(
                             "1|2026-05-01T10:00:00.000Z|bot||search_tickets||execute_tool|success"),
               QStringLiteral("2|2026-05-01T10:00:00.000Z|bot||search_tickets||execute_tool|success") }
        << QStringLiteral("collector.json");

    QTest::addRow("CloudTrail records are sorted by time; errors fail; AWS's own events are skipped")
        << EvidenceFormat::CloudTrail << QByteArray(R"({"Records": [
  {"eventTime": "2026-05-01T10:05:00Z", "eventSource": "s3.amazonaws.com", "eventName": "GetObject",
   "userIdentity": {"accessKeyId": "AKIAEXAMPLE1", "arn": "arn:aws:iam::1:user/bot"}, "errorCode": "AccessDenied"},
  {"eventTime": "2026-05-01T10:00:00Z", "eventSource": "sts.amazonaws.com", "eventName": "AssumeRole",
   "userIdentity": {"arn": "arn:aws:iam::1:role/agent"}, "requestParameters": {"x": 1}},
  {"eventTime": "2026-05-01T09:00:00Z", "eventSource": "kms.amazonaws.com", "eventName": "Decrypt",
   "userIdentity": {"type": "AWSService", "invokedBy": "s3.amazonaws.com"}}]})")
        << QStringList { QStringLiteral("2|2026-05-01T10:00:00.000Z|arn:aws:iam::1:role/"
                                        "agent||aws|sts.amazonaws.com|AssumeRole|success"),
               QStringLiteral(
                   "1|2026-05-01T10:05:00.000Z||AKIAEXAMPLE1|aws|s3.amazonaws.com|GetObject|failure") }
        << QStringLiteral("cloudtrail.json");
}

void TestEvidenceReader::readsEachFormatFieldByField()
{
    QFETCH(EvidenceFormat, format);
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, events);
    QFETCH(QString, name);
    QTemporaryDir dir;
    const Outcome outcome = readFile(writeFile(dir, name, bytes), format);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QVERIFY(outcome.error.isEmpty());
    QCOMPARE(outcome.events, events);
}

void TestEvidenceReader::refusesBadInputNamingFileAndLine_data()
{
    QTest::addColumn<EvidenceFormat>("format");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("where"); // after the file's path
    QTest::addColumn<QString>("why");

    const QByteArray good = R"({"time": "2026-05-01T10:00:00Z", "system_id": "S"})"
                            "\n";
    const auto jsonl = [](const char *name, const QByteArray &bytes, const char *where, const char *why) {
        QTest::addRow("%s", name) << EvidenceFormat::JsonLines << bytes << QString::fromUtf8(where)
                                  << QString::fromUtf8(why);
    };
    jsonl("a line that is not JSON", good + "{\"time\": \n", ", line 2: ", "not valid JSON");
    jsonl("a line that is a JSON array", good + good + "[1]\n", ", line 3: ", "not a JSON object");
    jsonl("a line without a time", good + R"({"system_id": "S"})", ", line 2: ", "no \"time\"");
    jsonl("a time that does not parse", R"({"time": "yesterday", "system_id": "S"})",
        ", line 1: ", "\"yesterday\" is not an ISO 8601");
    jsonl("a time without a zone", R"({"time": "2026-05-01T10:00:00", "system_id": "S"})",
        ", line 1: ", "no time zone");
    jsonl("a time in the future", good + R"({"time": "2026-06-01T12:06:00Z", "system_id": "S"})",
        ", line 2: ", "2026-06-01T12:06:00.000Z is in the future");
    jsonl("times out of order", good + "\n" + R"({"time": "2026-05-01T09:59:59Z", "system_id": "S"})",
        ", line 3: ", "earlier than the time on line 1");
    jsonl("neither a system nor a credential", good + R"({"time": "2026-05-01T10:00:00Z", "tool": "x"})",
        ", line 2: ", "neither a system");
    jsonl("a system id that is an object", R"({"time": "2026-05-01T10:00:00Z", "system_id": {}})",
        ", line 1: ", "\"system_id\" must be a string or a number");
    jsonl("a tool that is a number", R"({"time": "2026-05-01T10:00:00Z", "system_id": "S", "tool": 3})",
        ", line 1: ", "\"tool\" must be a string");
    jsonl("a line longer than the limit",
        good + "{\"time\": \"" + QByteArray(EvidenceReader::maxLineBytes, 'x') + "\"}\n",
        ", line 2: ", "longer than");
    jsonl("a compressed file", QByteArray("\x1f\x8b\x08\x00", 4), ": ", "compressed");

    QTest::addRow("an OTLP file that is not JSON")
        << EvidenceFormat::Otlp << QByteArray("{\n\"resourceSpans\": [\n}") << QStringLiteral(", line 3: ")
        << QStringLiteral("not valid JSON");
    QTest::addRow("an OTLP file without resourceSpans")
        << EvidenceFormat::Otlp << QByteArray(R"({"spans": []})") << QStringLiteral(": ")
        << QStringLiteral("no \"resourceSpans\"");
    const auto otlpWith = [](const QByteArray &span) -> QByteArray {
        return R"({"resourceSpans": [{"scopeSpans": [{"spans": [)"
            + otlpSpan(R"(, {"key": "gen_ai.agent.id", "value": {"stringValue": "a"}})",
                "1777629600000000000", "chat")
            + ", " + span + "]}]}]}";
    };
    QTest::addRow("an OTLP tool span in the future")
        << EvidenceFormat::Otlp
        << otlpWith(otlpSpan(R"(, {"key": "gen_ai.agent.id", "value": {"intValue": "7"}})",
               "1780317000000000000", "execute_tool"))
        << QStringLiteral(": span 2: ") << QStringLiteral("in the future");
    QTest::addRow("an OTLP tool span with a bad start time")
        << EvidenceFormat::Otlp
        << otlpWith(
               otlpSpan(R"(, {"key": "gen_ai.agent.id", "value": {"intValue": 7}})", "soon", "execute_tool"))
        << QStringLiteral(": span 2: ") << QStringLiteral("\"soon\" is not a number of nanoseconds");
    QTest::addRow("an OTLP tool span naming no agent or service")
        << EvidenceFormat::Otlp << otlpWith(otlpSpan("", "1777629600000000000", "execute_tool"))
        << QStringLiteral(": span 2: ") << QStringLiteral("neither an agent");

    QTest::addRow("a CloudTrail file without Records")
        << EvidenceFormat::CloudTrail << QByteArray(R"({"records": []})") << QStringLiteral(": ")
        << QStringLiteral("no \"Records\"");
    QTest::addRow("a CloudTrail record without eventTime")
        << EvidenceFormat::CloudTrail
        << QByteArray(R"({"Records": [{"eventTime": "2026-05-01T10:00:00Z"}, {"eventName": "x"}]})")
        << QStringLiteral(": record 2: ") << QStringLiteral("no \"eventTime\"");
    QTest::addRow("a CloudTrail record in the future")
        << EvidenceFormat::CloudTrail << QByteArray(R"({"Records": [{"eventTime": "2027-01-01T00:00:00Z"}]})")
        << QStringLiteral(": record 1: ") << QStringLiteral("in the future");
}

void TestEvidenceReader::refusesBadInputNamingFileAndLine()
{
    QFETCH(EvidenceFormat, format);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, where);
    QFETCH(QString, why);
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("evidence.json"), bytes);
    const Outcome outcome = readFile(path, format);
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.error.startsWith(path + where), qPrintable(outcome.error));
    QVERIFY2(outcome.error.contains(why), qPrintable(outcome.error));
}

void TestEvidenceReader::aMissingFileIsNamed()
{
    const Outcome outcome
        = readFile(QStringLiteral("/nonexistent/evidence.jsonl"), EvidenceFormat::JsonLines);
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.error.startsWith(QStringLiteral("/nonexistent/evidence.jsonl: cannot open the file")),
        qPrintable(outcome.error));
}

void TestEvidenceReader::cancelStopsEarly()
{
    QByteArray bytes;
    for (int i = 0; i < 10; ++i)
        bytes += jsonLine(i);
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    EvidenceReader reader;
    reader.setNow(testNow);
    int seen = 0;
    QVERIFY(!reader.read(buffer, QStringLiteral("e.jsonl"), EvidenceFormat::JsonLines,
        [&](const EvidenceEvent &) { return ++seen < 3; }));
    QCOMPARE(seen, 3);
    QVERIFY(reader.cancelled());
    QVERIFY(reader.error().isEmpty());
}

void TestEvidenceReader::progressReachesTheFileSize()
{
    QTemporaryDir dir;
    QByteArray bytes;
    for (int i = 0; i < 30000; ++i) // a few MB, so progress is reported on the way
        bytes += jsonLine(i);
    const QString path = writeFile(dir, QStringLiteral("e.jsonl"), bytes);
    EvidenceReader reader;
    reader.setNow(testNow);
    QVector<qint64> reported;
    QVERIFY2(reader.read(
                 path, EvidenceFormat::JsonLines, [](const EvidenceEvent &) { return true; },
                 [&](qint64 read, qint64 total) {
                     QCOMPARE(total, qint64(bytes.size()));
                     reported.append(read);
                 }),
        qPrintable(reader.error()));
    QVERIFY(reported.size() > 2);
    QVERIFY(std::is_sorted(reported.cbegin(), reported.cend()));
    QCOMPARE(reported.constLast(), qint64(bytes.size()));
}

void TestEvidenceReader::streamsAHundredThousandLines()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.jsonl"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 100000; ++i)
            file.write(jsonLine(i));
    }
    EvidenceReader reader;
    reader.setNow(testNow);
    qint64 count = 0;
    qint64 lastLine = 0;
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(reader.read(path, EvidenceFormat::JsonLines,
                 [&](const EvidenceEvent &e) {
                     ++count;
                     lastLine = e.line;
                     return true;
                 }),
        qPrintable(reader.error()));
    QCOMPARE(count, 100000);
    QCOMPARE(lastLine, 100000);
    qInfo("%lld lines per second", count * 1000 / std::max<qint64>(1, timer.elapsed()));
}

void TestEvidenceReader::guessesTheFormat_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("format"); // empty: no guess

    QTest::addRow("a .jsonl name is JSON Lines")
        << QStringLiteral("x.jsonl") << QByteArray("garbage") << QStringLiteral("jsonl");
    QTest::addRow("a first line holding an object is JSON Lines")
        << QStringLiteral("x.log") << QByteArray("{\"time\": \"t\"}\n{\"ti") << QStringLiteral("jsonl");
    QTest::addRow("resourceSpans is OTLP")
        << QStringLiteral("x.json") << QByteArray("{\n  \"resourceSpans\": [") << QStringLiteral("otlp");
    QTest::addRow("Records is CloudTrail")
        << QStringLiteral("x.json") << QByteArray("{\"Records\":[{\"eventVersion\"")
        << QStringLiteral("cloudtrail");
    QTest::addRow("anything else is not guessed")
        << QStringLiteral("x.csv") << QByteArray("a,b\n1,2\n") << QString();
}

void TestEvidenceReader::guessesTheFormat()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, head);
    QFETCH(QString, format);
    const std::optional<EvidenceFormat> guess = guessEvidenceFormat(name, head);
    QCOMPARE(guess ? evidenceFormatId(*guess) : QString(), format);
}

void TestEvidenceReader::namesEachFormat()
{
    for (const auto format : { EvidenceFormat::JsonLines, EvidenceFormat::Otlp, EvidenceFormat::CloudTrail })
        QCOMPARE(evidenceFormatFromId(evidenceFormatId(format).toUpper()), format);
    QVERIFY(!evidenceFormatFromId(QStringLiteral("csv")));
}

QTEST_GUILESS_MAIN(TestEvidenceReader)
#include "tst_evidencereader.moc"
