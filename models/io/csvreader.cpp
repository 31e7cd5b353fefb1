#include "io/csvreader.h"

#include "io/textdecoder.h"

#include <QCoreApplication>
#include <QHash>
#include <array>

namespace Mandate {

// The public enum mirrors the decoder's, value for value.
static_assert(int(CsvReader::Encoding::Utf8) == int(TextDecoder::Encoding::Utf8)
    && int(CsvReader::Encoding::Utf8WithBom) == int(TextDecoder::Encoding::Utf8WithBom)
    && int(CsvReader::Encoding::Utf16LittleEndian) == int(TextDecoder::Encoding::Utf16LittleEndian)
    && int(CsvReader::Encoding::Utf16BigEndian) == int(TextDecoder::Encoding::Utf16BigEndian)
    && int(CsvReader::Encoding::Windows1252) == int(TextDecoder::Encoding::Windows1252));

namespace {

bool isBlank(const QString &value)
{
    for (const QChar c : value) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

} // namespace

// Parses the text TextDecoder hands over. m_text holds the decoded text from the start of the
// current record on: it is compacted only between records, so indices into it stay valid while a
// record (however long) is parsed.
class CsvReader::Private
{
public:
    enum class End { Delimiter, Line, File };
    enum class Status { Record, End, Failed };

    Private(QIODevice *device, const QString &fileName, Limits limits)
        : m_decoder(device, fileName)
        , m_fileName(fileName)
        , m_limits(limits)
    {
    }

    bool open();
    void sniffDelimiter();
    bool readHeader();
    Status parseRecord(QStringList *fields, int maxFields, bool header);
    bool parseField(QString *value, bool *quoted, int column, End *end);
    bool readQuoted(QString *value, qint64 startLine, int column);
    bool readPlain(QString *value, qint64 startLine, int column, End *end);
    bool consumeLineBreak();
    bool checkLength(qsizetype length, qint64 startLine, int column)
    {
        return length <= m_limits.maxFieldBytes || failTooLong(startLine, column);
    }
    bool failTooLong(qint64 startLine, int column);
    void appendText(QString *value, qsizetype from, qsizetype to) const
    {
        if (value->isEmpty()) // most fields are one piece: allocate exactly
            *value = QString(m_text.constData() + from, to - from);
        else
            value->append(QStringView(m_text).mid(from, to - from));
    }
    bool more();
    bool fail(qint64 line, int column, const QString &reason);

    TextDecoder m_decoder;
    QString m_fileName;
    Limits m_limits;
    QChar m_delimiter = QLatin1Char(',');
    QStringList m_header;
    ReadError m_error;
    bool m_numberDuplicates = false;
    QVector<int> m_numbered;
    bool m_opened = false;
    bool m_failed = false;

    QString m_text;
    qsizetype m_pos = 0;
    qsizetype m_lineStart = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 0; // where the last record parsed starts
};

bool CsvReader::Private::fail(qint64 line, int column, const QString &reason)
{
    if (!m_failed) {
        m_failed = true;
        m_error = ReadError { m_fileName, line, column, reason };
    }
    return false;
}

// Appends text to m_text. False at the end of the input, or (with the error set) when the bytes
// ahead cannot be decoded: the parser stands at m_text's end then, so the error names the line
// and column of the bad bytes.
bool CsvReader::Private::more()
{
    if (m_decoder.decodeMore(&m_text))
        return true;
    if (!m_decoder.problem().isEmpty())
        fail(m_line, int(m_text.size() - m_lineStart + 1), m_decoder.problem());
    return false;
}

bool CsvReader::Private::open()
{
    if (!m_decoder.open()) {
        m_failed = true;
        m_error = m_decoder.error();
        return false;
    }
    if (!more() && m_failed) // the first chunk's text, to sniff the delimiter in
        return false;
    if (m_text.startsWith(QChar(0xFEFF))) // a second byte-order mark, as some tools write
        m_pos = m_lineStart = 1;
    sniffDelimiter();
    if (!readHeader())
        return false;
    m_opened = true;
    return true;
}

// The delimiter among , ; and tab whose count outside quotes is the same on most of the first
// records, the header's count breaking ties; a comma when none occurs (a single column).
void CsvReader::Private::sniffDelimiter()
{
    const QChar candidates[3] = { QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t') };
    QVector<std::array<int, 3>> records;
    std::array<int, 3> counts = { 0, 0, 0 };
    bool inQuotes = false;
    bool content = false;
    for (qsizetype i = m_pos; i < m_text.size() && records.size() < 20; ++i) {
        const QChar c = m_text.at(i);
        if (c == QLatin1Char('"')) {
            inQuotes = !inQuotes;
        } else if (!inQuotes && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
            if (content)
                records.append(counts);
            counts = { 0, 0, 0 };
            content = false;
            continue;
        } else if (!inQuotes) {
            for (int k = 0; k < 3; ++k)
                counts[k] += c == candidates[k] ? 1 : 0;
        }
        content = true;
    }
    if (records.isEmpty())
        records.append(counts);
    int best = -1;
    int bestConsistent = -1;
    for (int k = 0; k < 3; ++k) {
        const int inHeader = records.first()[k];
        if (inHeader == 0)
            continue;
        int consistent = 0;
        for (const auto &record : records)
            consistent += record[k] == inHeader ? 1 : 0;
        if (best < 0 || consistent > bestConsistent
            || (consistent == bestConsistent && inHeader > records.first()[best])) {
            best = k;
            bestConsistent = consistent;
        }
    }
    m_delimiter = best < 0 ? candidates[0] : candidates[best];
}

bool CsvReader::Private::readHeader()
{
    const Status status = parseRecord(&m_header, m_limits.maxColumns, true);
    if (status == Status::Failed)
        return false;
    if (status == Status::End)
        return fail(0, 0,
            QCoreApplication::translate(
                "CsvReader", "the file has no header record: it holds only blank lines"));
    const qint64 line = m_recordLine;
    // Names as written win; repeated and empty ones then get a free name, in column order.
    QHash<QString, int> seen;
    QVector<int> renamed;
    for (int i = 0; i < m_header.size(); ++i) {
        m_header[i] = m_header.at(i).trimmed();
        const QString key = m_header.at(i).toCaseFolded();
        const auto previous = seen.constFind(key);
        if (m_header.at(i).isEmpty() || previous != seen.constEnd()) {
            if (!m_header.at(i).isEmpty() && !m_numberDuplicates) {
                return fail(line, i + 1,
                    QCoreApplication::translate(
                        "CsvReader", "columns %1 and %2 have the same name \"%3\"; rename one of them")
                        .arg(previous.value() + 1)
                        .arg(i + 1)
                        .arg(m_header.at(i)));
            }
            renamed.append(i);
            continue;
        }
        seen.insert(key, i);
    }
    for (const int i : qAsConst(renamed)) {
        const QString base = m_header.at(i).isEmpty()
            ? QCoreApplication::translate("CsvReader", "column %1").arg(i + 1)
            : m_header.at(i);
        QString name = base;
        for (int k = 2; seen.contains(name.toCaseFolded()); ++k)
            name = QStringLiteral("%1 (%2)").arg(base).arg(k);
        seen.insert(name.toCaseFolded(), i);
        if (!m_header.at(i).isEmpty())
            m_numbered.append(i);
        m_header[i] = name;
    }
    return true;
}

// One record into fields, skipping blank lines and lines of empty fields. Fields beyond maxFields
// must be empty (a trailing delimiter); they are dropped.
CsvReader::Private::Status CsvReader::Private::parseRecord(QStringList *fields, int maxFields, bool header)
{
    for (;;) {
        fields->clear();
        if (m_pos >= TextDecoder::chunkBytes) { // between records nothing points into m_text
            m_text.remove(0, m_pos);
            m_lineStart -= m_pos;
            m_pos = 0;
            if (m_text.capacity() > 16 * TextDecoder::chunkBytes)
                m_text.squeeze();
        }
        if (m_pos == m_text.size() && !more())
            return m_failed ? Status::Failed : Status::End;
        m_recordLine = m_line;
        bool blank = true;
        End end = End::Delimiter;
        for (int column = 1; end == End::Delimiter; ++column) {
            QString value;
            bool quoted = false;
            if (!parseField(&value, &quoted, column, &end))
                return Status::Failed;
            blank = blank && !quoted && isBlank(value);
            if (column <= maxFields) {
                fields->append(std::move(value));
            } else if (quoted || !value.isEmpty()) {
                fail(m_recordLine, column,
                    header ? QCoreApplication::translate(
                        "CsvReader", "the header has more than %L1 columns, the most a file may have")
                                 .arg(maxFields)
                           : QCoreApplication::translate(
                               "CsvReader", "this record has more fields than the %L1 columns of the header")
                                 .arg(maxFields));
                return Status::Failed;
            }
        }
        if (!blank)
            return Status::Record;
    }
}

bool CsvReader::Private::parseField(QString *value, bool *quoted, int column, End *end)
{
    const qint64 startLine = m_line;
    if (m_pos == m_text.size() && !more()) {
        *end = End::File;
        return !m_failed;
    }
    if (m_text.at(m_pos) == QLatin1Char('"')) {
        *quoted = true;
        ++m_pos;
        if (!readQuoted(value, startLine, column))
            return false;
    }
    return readPlain(value, startLine, column, end);
}

// From after the opening quote to after the closing one. Line breaks inside become "\n".
bool CsvReader::Private::readQuoted(QString *value, qint64 startLine, int column)
{
    const auto unterminated = [&] {
        return m_failed ? false
                        : fail(startLine, column,
                            QCoreApplication::translate(
                                "CsvReader", "the quoted field that starts here is never closed"));
    };
    qsizetype segment = m_pos;
    for (;;) {
        const QChar *p = m_text.constData();
        const qsizetype n = m_text.size();
        qsizetype i = m_pos;
        while (i < n) {
            const char16_t u = p[i].unicode();
            if (u == u'"' || u == u'\n' || u == u'\r')
                break;
            ++i;
        }
        m_pos = i;
        if (!checkLength(value->size() + (i - segment), startLine, column))
            return false;
        if (i == n) {
            if (!more())
                return unterminated();
            continue;
        }
        const char16_t u = p[i].unicode();
        ++m_pos;
        if (u == u'\n') {
            ++m_line;
            m_lineStart = m_pos;
            continue;
        }
        appendText(value, segment, i);
        if (u == u'\r') {
            value->append(QLatin1Char('\n'));
            ++m_line;
            m_lineStart = m_pos;
            if (m_pos == m_text.size() && !more())
                return unterminated();
            if (m_text.at(m_pos) == QLatin1Char('\n'))
                m_lineStart = ++m_pos;
            segment = m_pos;
            continue;
        }
        if (m_pos == m_text.size() && !more())
            return !m_failed; // the closing quote ends the file
        if (m_text.at(m_pos) != QLatin1Char('"'))
            return true;
        value->append(QLatin1Char('"'));
        segment = ++m_pos;
    }
}

// Up to the delimiter or the end of the line, appended to value (text after a closing quote is
// kept too: `"5" screen` reads as `5 screen`).
bool CsvReader::Private::readPlain(QString *value, qint64 startLine, int column, End *end)
{
    const qsizetype start = m_pos;
    const char16_t delimiter = m_delimiter.unicode();
    for (;;) {
        const QChar *p = m_text.constData();
        const qsizetype n = m_text.size();
        qsizetype i = m_pos;
        while (i < n) {
            const char16_t u = p[i].unicode();
            if (u == delimiter || u == u'\n' || u == u'\r')
                break;
            ++i;
        }
        m_pos = i;
        if (!checkLength(value->size() + (i - start), startLine, column))
            return false;
        if (i < n)
            break;
        if (!more()) {
            if (m_failed)
                return false;
            appendText(value, start, m_pos);
            *end = End::File;
            return true;
        }
    }
    appendText(value, start, m_pos);
    if (m_text.at(m_pos) == m_delimiter) {
        ++m_pos;
        *end = End::Delimiter;
        return true;
    }
    *end = End::Line;
    return consumeLineBreak();
}

bool CsvReader::Private::consumeLineBreak()
{
    const bool cr = m_text.at(m_pos) == QLatin1Char('\r');
    m_lineStart = ++m_pos;
    ++m_line;
    if (cr && (m_pos < m_text.size() || more()) && m_text.at(m_pos) == QLatin1Char('\n'))
        m_lineStart = ++m_pos;
    return !m_failed;
}

bool CsvReader::Private::failTooLong(qint64 startLine, int column)
{
    return fail(startLine, column,
        QCoreApplication::translate("CsvReader",
            "the field that starts here is longer than %L1 characters, the limit; "
            "if it should not be, a quote is probably left open")
            .arg(m_limits.maxFieldBytes));
}

CsvReader::CsvReader(QIODevice *device, const QString &fileName, Limits limits)
    : d(std::make_unique<Private>(device, fileName, limits))
{
}

CsvReader::CsvReader(QIODevice *device, const QString &fileName)
    : CsvReader(device, fileName, Limits())
{
}

CsvReader::~CsvReader() = default;

bool CsvReader::open()
{
    if (d->m_opened || d->m_failed)
        return d->m_opened && !d->m_failed;
    return d->open();
}

CsvReader::Encoding CsvReader::encoding() const
{
    return Encoding(d->m_decoder.encoding());
}

QString CsvReader::encodingName(Encoding encoding)
{
    return TextDecoder::encodingName(TextDecoder::Encoding(encoding));
}

void CsvReader::setNumberDuplicateHeaders(bool on)
{
    d->m_numberDuplicates = on;
}

QVector<int> CsvReader::numberedColumns() const
{
    return d->m_numbered;
}

QChar CsvReader::delimiter() const
{
    return d->m_delimiter;
}

QStringList CsvReader::header() const
{
    return d->m_header;
}

bool CsvReader::readRecord(QStringList *fields, qint64 *line)
{
    if (!d->m_opened || d->m_failed)
        return false;
    const Private::Status status = d->parseRecord(fields, int(d->m_header.size()), false);
    if (status != Private::Status::Record)
        return false;
    if (line)
        *line = d->m_recordLine;
    while (fields->size() < d->m_header.size())
        fields->append(QString());
    return true;
}

ReadError CsvReader::error() const
{
    return d->m_error;
}

qint64 CsvReader::bytesRead() const
{
    return d->m_decoder.bytesRead();
}

qint64 CsvReader::totalBytes() const
{
    return d->m_decoder.totalBytes();
}

} // namespace Mandate
