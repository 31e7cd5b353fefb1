// CsvReader: real, messy CSV files read record by record, and every unreadable file refused with
// the file, line and column an analyst needs to fix it. Each input is read twice: from a buffer
// (seekable, encoding chosen by scanning the whole file) and from a stream that hands over a few
// bytes at a time, so every quote, line break and multi-byte character also falls on a chunk edge.
#include "io/csvreader.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryFile>
#include <QTest>
#include <algorithm>
#include <cstring>

using namespace Mandate;
using Records = QList<QStringList>;

namespace {

// A pipe-like device: sequential, and it hands over 1 to 7 bytes per read.
class TrickleDevice : public QIODevice
{
public:
    explicit TrickleDevice(const QByteArray &data)
        : m_data(data)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min({ max, qint64(m_data.size() - m_pos), qint64(m_pos % 7 + 1) });
        std::memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

struct Result
{
    bool opened = false;
    CsvReader::Encoding encoding = CsvReader::Encoding::Utf8;
    QChar delimiter;
    QStringList header;
    Records records;
    QList<qint64> lines;
    ReadError error;
};

Result readAll(QIODevice *device, CsvReader::Limits limits = {}, bool numberDuplicates = false)
{
    Result result;
    CsvReader reader(device, QStringLiteral("inventory.csv"), limits);
    reader.setNumberDuplicateHeaders(numberDuplicates);
    result.opened = reader.open();
    if (result.opened) {
        result.encoding = reader.encoding();
        result.delimiter = reader.delimiter();
        result.header = reader.header();
        QStringList fields;
        qint64 line = 0;
        while (reader.readRecord(&fields, &line)) {
            result.records.append(fields);
            result.lines.append(line);
        }
    }
    result.error = reader.error();
    return result;
}

// Reads the bytes from a buffer and from a trickling stream; both must agree.
Result readBoth(const QByteArray &bytes, CsvReader::Limits limits = {})
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    const Result fromBuffer = readAll(&buffer, limits);
    TrickleDevice stream(bytes);
    const Result fromStream = readAll(&stream, limits);
    // A stream cannot be scanned ahead, so it may meet a bad byte only after some records: then
    // only the error must agree.
    const bool sameError = fromBuffer.error.line == fromStream.error.line
        && fromBuffer.error.column == fromStream.error.column
        && fromBuffer.error.reason == fromStream.error.reason;
    const bool sameRecords = fromBuffer.header == fromStream.header
        && fromBuffer.records == fromStream.records && fromBuffer.lines == fromStream.lines
        && fromBuffer.encoding == fromStream.encoding && fromBuffer.delimiter == fromStream.delimiter;
    const bool same = sameError && (sameRecords || fromBuffer.error.isError());
    if (!same) {
        qWarning("buffer: %s\nstream: %s", qPrintable(fromBuffer.error.message()),
            qPrintable(fromStream.error.message()));
        return Result { false, {}, {}, {}, {}, {},
            ReadError { {}, -1, -1, QStringLiteral("the buffer and the stream disagree") } };
    }
    return fromBuffer;
}

QByteArray utf16(const QString &text, bool littleEndian, bool bom = true)
{
    QByteArray bytes;
    if (bom)
        bytes += littleEndian ? QByteArray("\xFF\xFE") : QByteArray("\xFE\xFF");
    for (const QChar c : text) {
        const char high = char(c.unicode() >> 8), low = char(c.unicode() & 0xFF);
        bytes += littleEndian ? QByteArray { 1, low } + high : QByteArray { 1, high } + low;
    }
    return bytes;
}

// Lines of ordinary text around a problem, so that the file does not look binary.
QByteArray padded(const QByteArray &problemLine)
{
    QByteArray bytes = "name,notes\n";
    for (int i = 1; i <= 8; ++i)
        bytes += "System " + QByteArray::number(i) + ",an ordinary description of the system\n";
    return bytes + problemLine + "\nLast,row\n";
}

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void readsRecords_data();
    void readsRecords();
    void detectsTheDelimiter_data();
    void detectsTheDelimiter();
    void detectsTheEncoding_data();
    void detectsTheEncoding();
    void refusesUnreadableFiles_data();
    void refusesUnreadableFiles();
    void errorMessageNamesFileLineAndColumn();
    void numbersRepeatedHeadersWhenAsked();
    void readsAFiftyMegabyteField();
    void readsTenThousandColumns();
    void reportsProgress_data();
    void reportsProgress();
    void namesEveryEncoding();
    void readsTheUsFederalInventory_data();
    void readsTheUsFederalInventory();
};

void TestCsvReader::readsRecords_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<Records>("records");
    QTest::addColumn<QList<qint64>>("lines");

    const QStringList ab = { QStringLiteral("a"), QStringLiteral("b") };
    const auto row = [](const char *first, const char *second) {
        return QStringList { text(first), text(second) };
    };

    QTest::addRow("a plain file") << QByteArray("a,b\n1,2\n3,4\n") << ab
                                  << Records { row("1", "2"), row("3", "4") } << QList<qint64> { 2, 3 };
    QTest::addRow("a quoted field holds the delimiter")
        << QByteArray("a,b\n\"x, y\",2\n") << ab << Records { row("x, y", "2") } << QList<qint64> { 2 };
    QTest::addRow("doubled quotes inside quotes become one quote")
        << QByteArray("a,b\n\"say \"\"hi\"\"\",\"\"\"\"\n") << ab << Records { row("say \"hi\"", "\"") }
        << QList<qint64> { 2 };
    QTest::addRow("a line feed inside quotes is kept and counts as a line")
        << QByteArray("a,b\n\"one\ntwo\",2\n3,4\n") << ab << Records { row("one\ntwo", "2"), row("3", "4") }
        << QList<qint64> { 2, 4 };
    QTest::addRow("a CRLF inside quotes becomes one line feed")
        << QByteArray("a,b\r\n\"one\r\ntwo\",2\r\n3,4\r\n") << ab
        << Records { row("one\ntwo", "2"), row("3", "4") } << QList<qint64> { 2, 4 };
    QTest::addRow("a lone CR inside quotes becomes a line feed")
        << QByteArray("a,b\n\"one\rtwo\",2\n") << ab << Records { row("one\ntwo", "2") }
        << QList<qint64> { 2 };
    QTest::addRow("records end in CRLF")
        << QByteArray("a,b\r\n1,2\r\n3,4\r\n") << ab << Records { row("1", "2"), row("3", "4") }
        << QList<qint64> { 2, 3 };
    QTest::addRow("records end in a lone CR")
        << QByteArray("a,b\r1,2\r3,4\r") << ab << Records { row("1", "2"), row("3", "4") }
        << QList<qint64> { 2, 3 };
    QTest::addRow("the last record has no line break")
        << QByteArray("a,b\n1,2\n3,4") << ab << Records { row("1", "2"), row("3", "4") }
        << QList<qint64> { 2, 3 };
    QTest::addRow("the last record ends in a quoted field")
        << QByteArray("a,b\n1,\"2\"") << ab << Records { row("1", "2") } << QList<qint64> { 2 };
    QTest::addRow("empty fields are kept")
        << QByteArray("a,b\n,2\n1,\n") << ab << Records { row("", "2"), row("1", "") }
        << QList<qint64> { 2, 3 };
    QTest::addRow("an empty quoted field is kept")
        << QByteArray("a,b\n\"\",x\n") << ab << Records { row("", "x") } << QList<qint64> { 2 };
    QTest::addRow("a record of empty quoted fields is kept")
        << QByteArray("a,b\n\"\",\"\"\n") << ab << Records { row("", "") } << QList<qint64> { 2 };
    QTest::addRow("blank lines are skipped but counted")
        << QByteArray("\na,b\n\n1,2\r\n\r\n  \n3,4\n\n") << ab << Records { row("1", "2"), row("3", "4") }
        << QList<qint64> { 4, 7 };
    QTest::addRow("lines of only delimiters are skipped")
        << QByteArray("a,b\n1,2\n,\n,,\n") << ab << Records { row("1", "2") } << QList<qint64> { 2 };
    QTest::addRow("a short record is padded with empty values")
        << QByteArray("a,b\n1\n") << ab << Records { row("1", "") } << QList<qint64> { 2 };
    QTest::addRow("extra empty fields from a trailing delimiter are dropped")
        << QByteArray("a,b\n1,2,\n3,4,,\n") << ab << Records { row("1", "2"), row("3", "4") }
        << QList<qint64> { 2, 3 };
    QTest::addRow("a quote inside an unquoted field is kept")
        << QByteArray("a,b\n5\" screen,x\"y\n") << ab << Records { row("5\" screen", "x\"y") }
        << QList<qint64> { 2 };
    QTest::addRow("text after a closing quote is kept")
        << QByteArray("a,b\n\"5\" screen,2\n") << ab << Records { row("5 screen", "2") }
        << QList<qint64> { 2 };
    QTest::addRow("spaces around values are kept")
        << QByteArray("a,b\n  1 , 2\n") << ab << Records { row("  1 ", " 2") } << QList<qint64> { 2 };
    QTest::addRow("header names are trimmed")
        << QByteArray(" a ,\"b \"\n1,2\n") << ab << Records { row("1", "2") } << QList<qint64> { 2 };
    QTest::addRow("an empty header name is named after its column")
        << QByteArray("a,,c\n1,2,3\n")
        << QStringList { QStringLiteral("a"), QStringLiteral("column 2"), QStringLiteral("c") }
        << Records { { QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3") } }
        << QList<qint64> { 2 };
    QTest::addRow("a generated header name avoids a real one")
        << QByteArray("a,,Column 2\n")
        << QStringList { QStringLiteral("a"), QStringLiteral("column 2 (2)"), QStringLiteral("Column 2") }
        << Records {} << QList<qint64> {};
    QTest::addRow("a header alone has no records")
        << QByteArray("a,b\r\n") << ab << Records {} << QList<qint64> {};
    QTest::addRow("a header may span lines")
        << QByteArray("\"a\nx\",b\n1,2\n") << QStringList { QStringLiteral("a\nx"), QStringLiteral("b") }
        << Records { row("1", "2") } << QList<qint64> { 3 };
    QTest::addRow("a single column file")
        << QByteArray("name\nA\nB\n") << QStringList { QStringLiteral("name") }
        << Records { { QStringLiteral("A") }, { QStringLiteral("B") } } << QList<qint64> { 2, 3 };

    // Found by fuzz_csvreader (see tests/fuzz/): inputs that once misbehaved.
}

void TestCsvReader::readsRecords()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, header);
    QFETCH(Records, records);
    QFETCH(QList<qint64>, lines);

    const Result result = readBoth(input);
    QVERIFY2(result.opened, qPrintable(result.error.message()));
    QVERIFY2(!result.error.isError(), qPrintable(result.error.message()));
    QCOMPARE(result.header, header);
    QCOMPARE(result.records, records);
    QCOMPARE(result.lines, lines);
}

void TestCsvReader::detectsTheDelimiter_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<int>("columns");

    QTest::addRow("commas") << QByteArray("a,b,c\n1,2,3\n") << QChar(u',') << 3;
    QTest::addRow("semicolons, as European spreadsheets write")
        << QByteArray("a;b;c\n1,5;2,5;3\n4;5;6\n") << QChar(u';') << 3;
    QTest::addRow("tabs") << QByteArray("a\tb\n1\t2\n") << QChar(u'\t') << 2;
    QTest::addRow("delimiters inside quotes do not count")
        << QByteArray("\"a;b;c;d\",e\n\"1;2\",3\n") << QChar(u',') << 2;
    QTest::addRow("the count that holds on every record wins")
        << QByteArray("a;b,c;d\n1;2;3\n4;5;6\n") << QChar(u';') << 3;
    QTest::addRow("a single column falls back to commas") << QByteArray("name\nA\n") << QChar(u',') << 1;
}

void TestCsvReader::detectsTheDelimiter()
{
    QFETCH(QByteArray, input);
    QFETCH(QChar, delimiter);
    QFETCH(int, columns);

    const Result result = readBoth(input);
    QVERIFY2(result.opened, qPrintable(result.error.message()));
    QCOMPARE(result.delimiter, delimiter);
    QCOMPARE(result.header.size(), columns);
}

void TestCsvReader::detectsTheEncoding_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<CsvReader::Encoding>("encoding");
    QTest::addColumn<QString>("value");

    const QString sample = text("name\r\nCafé “€” 😀\r\n");
    QTest::addRow("plain ASCII is UTF-8")
        << QByteArray("name\nCafe\n") << CsvReader::Encoding::Utf8 << text("Cafe");
    QTest::addRow("UTF-8 without a byte-order mark")
        << sample.toUtf8() << CsvReader::Encoding::Utf8 << text("Café “€” 😀");
    QTest::addRow("UTF-8 with a byte-order mark") << QByteArray("\xEF\xBB\xBF") + sample.toUtf8()
                                                  << CsvReader::Encoding::Utf8WithBom << text("Café “€” 😀");
    QTest::addRow("UTF-16 little-endian with a byte-order mark")
        << utf16(sample, true) << CsvReader::Encoding::Utf16LittleEndian << text("Café “€” 😀");
    QTest::addRow("UTF-16 big-endian with a byte-order mark")
        << utf16(sample, false) << CsvReader::Encoding::Utf16BigEndian << text("Café “€” 😀");
    QTest::addRow("UTF-16 little-endian without a byte-order mark") << utf16(QStringLiteral("name\nsystem\n"),
        true, false) << CsvReader::Encoding::Utf16LittleEndian << QStringLiteral("system");
    QTest::addRow("UTF-16 big-endian without a byte-order mark") << utf16(QStringLiteral("name\nsystem\n"),
        false, false) << CsvReader::Encoding::Utf16BigEndian << QStringLiteral("system");
    QTest::addRow("bytes that are not UTF-8 are Windows-1252")
        << QByteArray("name\nCaf\xE9 \x93\x80\x94 \x9F\n") << CsvReader::Encoding::Windows1252
        << text("Café “€” Ÿ");
    QByteArray late = "name\n";
    while (late.size() < 300 * 1024)
        late += "an ordinary ASCII line that fills the first chunks\n";
    QTest::addRow("a Windows-1252 byte after the first chunk decides for the whole seekable file")
        << late + "Caf\xE9\n"
        << CsvReader::Encoding::Windows1252
        << QStringLiteral("an ordinary ASCII line that fills the first chunks");
    QTest::addRow("a UTF-8 character cut by the first chunk's end stays UTF-8")
        << QByteArray("name\n") + QByteArray(64 * 1024 - 6, 'x') + text("é\n").toUtf8()
        << CsvReader::Encoding::Utf8 << QString(64 * 1024 - 6, QLatin1Char('x')) + text("é");
}

void TestCsvReader::detectsTheEncoding()
{
    QFETCH(QByteArray, input);
    QFETCH(CsvReader::Encoding, encoding);
    QFETCH(QString, value);

    QByteArray copy = input;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    const Result result = readAll(&buffer);
    QVERIFY2(result.opened && !result.error.isError(), qPrintable(result.error.message()));
    QCOMPARE(result.encoding, encoding);
    QCOMPARE(result.header, QStringList { QStringLiteral("name") });
    QVERIFY(!result.records.isEmpty());
    QCOMPARE(result.records.first().first(), value);
}

void TestCsvReader::refusesUnreadableFiles_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qint64>("maxFieldBytes");
    QTest::addColumn<int>("maxColumns");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("reason"); // a part of the reason that tells which problem it is

    const qint64 noFieldLimit = CsvReader::Limits().maxFieldBytes;
    const int noColumnLimit = CsvReader::Limits().maxColumns;
    const auto add
        = [&](const char *name, const QByteArray &input, qint64 line, int column, const char *reason) {
              QTest::addRow("%s", name)
                  << input << noFieldLimit << noColumnLimit << line << column << QString::fromUtf8(reason);
          };

    add("an empty file", QByteArray(), 0, 0, "empty");
    add("a byte-order mark alone", QByteArray("\xEF\xBB\xBF"), 0, 0, "empty");
    add("only blank lines", QByteArray("\n\r\n  \n,,\n"), 0, 0, "blank lines");
    QByteArray garbage("\x89PNG\r\n\x1A\n", 8);
    QRandomGenerator random(42);
    for (int i = 0; i < 4096; ++i)
        garbage += char(random.bounded(256));
    add("binary garbage", garbage, 0, 0, "not a text file");
    add("an unterminated quote names the line where the field started",
        QByteArray("name,notes\nA,ok\nB,\"starts here\nand goes on\nC,to the end\n"), 3, 2, "never closed");
    add("an unterminated quote at the very end", QByteArray("name,notes\nA,\""), 2, 2, "never closed");
    for (const char byte : { '\x81', '\x8D', '\x8F', '\x90', '\x9D' }) {
        QTest::addRow("byte 0x%X is neither UTF-8 nor Windows-1252", uint(uchar(byte)))
            << QByteArray("name,notes\nA,caf\xE9\nB,x") + byte + "y\n"
            << noFieldLimit << noColumnLimit << qint64(3) << 4
            << QStringLiteral("0x%1")
                   .arg(uint(uchar(byte)), 0, 16)
                   .toUpper()
                   .replace(QLatin1Char('X'), QLatin1Char('x'));
    }
    QByteArray lateUndefined = "name\nCaf\xE9\n";
    for (int i = 3; i <= 5000; ++i)
        lateUndefined += "an ordinary line\n";
    add("an undefined byte far into a Windows-1252 file", lateUndefined + "ab\x81\n", 5001, 3, "0x81");
    add("UTF-16 with an unpaired high surrogate",
        utf16(QStringLiteral("name,notes\r\nA,x\r\nB,y") + QChar(0xD800) + QStringLiteral("z\r\n"), true), 3,
        4, "surrogate");
    add("UTF-16 with an unpaired low surrogate",
        utf16(QStringLiteral("name,notes\nA,") + QChar(0xDC00) + QStringLiteral("\n"), false), 2, 3,
        "surrogate");
    add("UTF-16 with a high surrogate at the very end",
        utf16(QStringLiteral("name\nA") + QChar(0xD83D), true), 2, 2, "surrogate");
    add("UTF-16 that ends in the middle of a character", utf16(QStringLiteral("name\nab"), true) + "c", 2, 3,
        "middle");
    add("a NUL byte in UTF-8 text", padded(QByteArray("Odd,nu\0l", 8)), 10, 7, "NUL");
    add("a NUL byte in Windows-1252 text", padded(QByteArray("Caf\xE9,\0", 6)), 10, 6, "NUL");
    add("bytes that are not UTF-8 after a UTF-8 byte-order mark", QByteArray("\xEF\xBB\xBFname\nA\nB\xFF\n"),
        3, 2, "not valid UTF-8");
    add("a record with more fields than the header", QByteArray("a,b\n1,2\n3,4,5\n"), 3, 3, "more fields");
    add("a quoted extra field, even empty, is more than the header", QByteArray("a,b\n1,2,\"\"\n"), 2, 3,
        "more fields");
    add("duplicate headers, ignoring case and spaces", QByteArray("Name,Owner, name \n1,2,3\n"), 1, 3,
        "columns 1 and 3");
    QTest::addRow("a field longer than the limit")
        << QByteArray("a,b\n1,\"12345\n678901\"\n") << qint64(10) << noColumnLimit << qint64(2) << 2
        << QStringLiteral("longer than");
    QTest::addRow("an unquoted field longer than the limit")
        << QByteArray("a,b\n1,12345678901\n") << qint64(10) << noColumnLimit << qint64(2) << 2
        << QStringLiteral("longer than");
    QTest::addRow("a header with more columns than the limit") << QByteArray(
        "a,b,c,d\n") << noFieldLimit << 3 << qint64(1) << 4 << QStringLiteral("more than 3 columns");

    // Found by fuzz_csvreader (see tests/fuzz/): inputs that once misbehaved.
    add("control characters that look like UTF-16 without a byte-order mark are binary",
        QByteArray("\0\x08\0\x08", 4), 0, 0, "not a text file");
}

void TestCsvReader::refusesUnreadableFiles()
{
    QFETCH(QByteArray, input);
    QFETCH(qint64, maxFieldBytes);
    QFETCH(int, maxColumns);
    QFETCH(qint64, line);
    QFETCH(int, column);
    QFETCH(QString, reason);

    CsvReader::Limits limits;
    limits.maxFieldBytes = maxFieldBytes;
    limits.maxColumns = maxColumns;
    const Result result = readBoth(input, limits);
    QVERIFY2(result.error.isError(), "the file was read without an error");
    QVERIFY2(result.error.reason.contains(reason), qPrintable(result.error.message()));
    QCOMPARE(result.error.file, QStringLiteral("inventory.csv"));
    QCOMPARE(result.error.line, line);
    QCOMPARE(result.error.column, column);
}

void TestCsvReader::errorMessageNamesFileLineAndColumn()
{
    const Result result = readBoth("name,notes\nA,\"open\n");
    QCOMPARE(result.error.message(),
        QStringLiteral("inventory.csv, line 2, column 2: the quoted field that starts here is never closed"));
}

void TestCsvReader::numbersRepeatedHeadersWhenAsked()
{
    QByteArray input
        = "Use,\"If other, explain \",Owner,\"if other, explain\",,\"If other, explain (2)\"\n1,2,3,4,5,6\n";
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, QStringLiteral("questionnaire.csv"));
    reader.setNumberDuplicateHeaders(true);
    QVERIFY2(reader.open(), qPrintable(reader.error().message()));
    QCOMPARE(reader.header(),
        (QStringList { QStringLiteral("Use"), QStringLiteral("If other, explain"), QStringLiteral("Owner"),
            QStringLiteral("if other, explain (3)"), QStringLiteral("column 5"),
            QStringLiteral("If other, explain (2)") }));
    QCOMPARE(reader.numberedColumns(), QVector<int> { 3 });
}

void TestCsvReader::readsAFiftyMegabyteField()
{
    const qsizetype size = 50 * 1024 * 1024;
    QByteArray input = "id,notes\n1,\"";
    input.reserve(size + 100);
    for (int block = 0; block < 50; ++block) // a doubled quote at the start of every megabyte
        input += "\"\"" + QByteArray(1024 * 1024 - 1, 'x');
    input += "\"\n2,short\n";
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, QStringLiteral("big.csv"));
    QVERIFY2(reader.open(), qPrintable(reader.error().message()));
    QStringList fields;
    qint64 line = 0;
    QVERIFY2(reader.readRecord(&fields, &line), qPrintable(reader.error().message()));
    QCOMPARE(fields.at(1).size(), size);
    QCOMPARE(fields.at(1).count(QLatin1Char('"')), 50);
    QVERIFY(reader.readRecord(&fields, &line));
    QCOMPARE(fields, (QStringList { QStringLiteral("2"), QStringLiteral("short") }));
    QCOMPARE(line, 3);
    QVERIFY(!reader.readRecord(&fields, &line));
    QVERIFY(!reader.error().isError());
}

void TestCsvReader::readsTenThousandColumns()
{
    QByteArrayList names, values;
    for (int i = 1; i <= 10000; ++i) {
        names += "column name " + QByteArray::number(i);
        values += QByteArray::number(i * 7);
    }
    const QByteArray input = names.join(',') + "\r\n" + values.join(',') + "\r\n" + values.join(',');
    const Result result = readBoth(input);
    QVERIFY2(result.opened && !result.error.isError(), qPrintable(result.error.message()));
    QCOMPARE(result.header.size(), 10000);
    QCOMPARE(result.header.last(), QStringLiteral("column name 10000"));
    QCOMPARE(result.records.size(), 2);
    QCOMPARE(result.records.last().size(), 10000);
    QCOMPARE(result.records.last().at(9998), QStringLiteral("69993"));
}

void TestCsvReader::reportsProgress_data()
{
    QTest::addColumn<QString>("device");
    QTest::addRow("a file on disk") << QStringLiteral("file");
    QTest::addRow("a buffer") << QStringLiteral("buffer");
    QTest::addRow("a stream of unknown size") << QStringLiteral("stream");
}

void TestCsvReader::reportsProgress()
{
    QFETCH(QString, device);
    QByteArray input = "id,name,notes\n";
    for (int i = 0; i < 20000; ++i)
        input += QByteArray::number(i) + ",System " + QByteArray::number(i) + ",\"notes, with a comma\"\n";

    QTemporaryFile file;
    QByteArray copy = input;
    QBuffer buffer(&copy);
    TrickleDevice stream(input);
    QIODevice *io = &stream;
    if (device == QLatin1String("file")) {
        QVERIFY(file.open());
        file.write(input);
        file.seek(0);
        io = &file;
    } else if (device == QLatin1String("buffer")) {
        buffer.open(QIODevice::ReadOnly);
        io = &buffer;
    }
    const qint64 expectedTotal = device == QLatin1String("stream") ? -1 : input.size();

    CsvReader reader(io, QStringLiteral("progress.csv"));
    QVERIFY(reader.open());
    QCOMPARE(reader.totalBytes(), expectedTotal);
    QVERIFY(reader.bytesRead() > 0);
    QVERIFY2(
        reader.bytesRead() <= 2 * 64 * 1024, "the reader holds more than the first chunks after opening");
    qint64 previous = reader.bytesRead();
    QStringList fields;
    qint64 line = 0;
    int records = 0;
    while (reader.readRecord(&fields, &line)) {
        ++records;
        QVERIFY(reader.bytesRead() >= previous);
        previous = reader.bytesRead();
    }
    QVERIFY(!reader.error().isError());
    QCOMPARE(records, 20000);
    QCOMPARE(reader.bytesRead(), qint64(input.size()));
}

void TestCsvReader::namesEveryEncoding()
{
    QCOMPARE(CsvReader::encodingName(CsvReader::Encoding::Utf8), QStringLiteral("UTF-8"));
    QCOMPARE(CsvReader::encodingName(CsvReader::Encoding::Utf8WithBom),
        QStringLiteral("UTF-8 with byte-order mark"));
    QCOMPARE(CsvReader::encodingName(CsvReader::Encoding::Utf16LittleEndian),
        QStringLiteral("UTF-16 little-endian"));
    QCOMPARE(
        CsvReader::encodingName(CsvReader::Encoding::Utf16BigEndian), QStringLiteral("UTF-16 big-endian"));
    QCOMPARE(CsvReader::encodingName(CsvReader::Encoding::Windows1252), QStringLiteral("Windows-1252"));
}

void TestCsvReader::readsTheUsFederalInventory_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<int>("records");
    QTest::addColumn<CsvReader::Encoding>("encoding");
    QTest::addColumn<QString>("firstColumn");
    QTest::addColumn<QString>("character"); // decoded from the file's own encoding

    QTest::addRow("the coded-header file, UTF-8 with a byte-order mark")
        << QStringLiteral("2024_consolidated_ai_inventory_raw.csv") << 1757
        << CsvReader::Encoding::Utf8WithBom << QStringLiteral("2_use_case_name") << text("’");
    QTest::addRow("the question-header file, Windows-1252")
        << QStringLiteral("2024_consolidated_ai_inventory_raw_v2.csv") << 2133
        << CsvReader::Encoding::Windows1252 << QStringLiteral("Use Case Name") << text("’");
}

void TestCsvReader::readsTheUsFederalInventory()
{
    QFETCH(QString, fileName);
    QFETCH(int, records);
    QFETCH(CsvReader::Encoding, encoding);
    QFETCH(QString, firstColumn);
    QFETCH(QString, character);

    const QString shared = qEnvironmentVariable("MANDATE_SHARED_DIR");
    const QString path = shared + QStringLiteral("/datasets/us-federal-ai-inventory-2024/") + fileName;
    if (shared.isEmpty() || !QFile::exists(path))
        QSKIP("The US federal AI inventory is not here (set MANDATE_SHARED_DIR to the shared folder)");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));

    QElapsedTimer timer;
    timer.start();
    const Result result = readAll(&file, {}, true);
    QVERIFY2(result.opened && !result.error.isError(), qPrintable(result.error.message()));
    qInfo("%s: %lld ms", qPrintable(fileName), timer.elapsed());
    QCOMPARE(result.encoding, encoding);
    QCOMPARE(result.delimiter, QChar(u','));
    QCOMPARE(result.header.size(), 62);
    QCOMPARE(result.header.first(), firstColumn);
    QCOMPARE(QSet<QString>(result.header.cbegin(), result.header.cend()).size(), 62);
    QCOMPARE(result.records.size(), records);
    int lineBreaks = 0;
    bool hasCharacter = false;
    for (const QStringList &record : result.records) {
        for (const QString &value : record) {
            lineBreaks += value.contains(QLatin1Char('\n')) ? 1 : 0;
            hasCharacter = hasCharacter || value.contains(character);
            QVERIFY2(!value.contains(QChar(QChar::ReplacementCharacter)), qPrintable(value));
            QVERIFY2(
                !value.contains(QLatin1Char('\r')), "a line break inside a value was not made a line feed");
        }
    }
    QVERIFY2(lineBreaks > 500, "the line breaks inside values were lost");
    QVERIFY(hasCharacter);
    QVERIFY(result.lines.last() > result.records.size() + 1); // lines count the breaks inside values
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
