#include "io/textdecoder.h"

#include <QCoreApplication>
#include <QtEndian>
#include <cstring>

namespace Mandate {
namespace {

constexpr char16_t kUndefined = 0xFFFF;

// Windows-1252 differs from Latin-1 only in 0x80-0x9F. QStringDecoder("windows-1252") needs ICU
// and maps the five undefined bytes to C1 controls silently, so the table is ours.
const char16_t k1252[32] = { 0x20AC, kUndefined, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6,
    0x2030, 0x0160, 0x2039, 0x0152, kUndefined, 0x017D, kUndefined, kUndefined, 0x2018, 0x2019, 0x201C,
    0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, kUndefined, 0x017E, 0x0178 };

bool undefinedIn1252(uchar b)
{
    return b >= 0x80 && b < 0xA0 && k1252[b - 0x80] == kUndefined;
}

struct Utf8Scan
{
    qsizetype valid = 0; // length of the prefix made of complete, valid sequences
    bool truncated = false; // the rest is the start of a sequence cut by the end of the data
};

// Validates per Unicode table 3-7 (no overlongs, no surrogates, nothing above U+10FFFF).
Utf8Scan scanUtf8(const uchar *p, qsizetype n)
{
    qsizetype i = 0;
    while (i < n) {
        while (i + 8 <= n) { // ASCII fast path
            quint64 word;
            std::memcpy(&word, p + i, 8);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const uchar b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        uchar low = 0x80, high = 0xBF;
        if (b >= 0xC2 && b <= 0xDF)
            length = 2;
        else if (b >= 0xE0 && b <= 0xEF)
            length = 3, low = b == 0xE0 ? 0xA0 : 0x80, high = b == 0xED ? 0x9F : 0xBF;
        else if (b >= 0xF0 && b <= 0xF4)
            length = 4, low = b == 0xF0 ? 0x90 : 0x80, high = b == 0xF4 ? 0x8F : 0xBF;
        else
            return { i, false };
        for (int k = 1; k < length; ++k) {
            if (i + k >= n)
                return { i, true };
            const uchar c = p[i + k];
            if (c < (k == 1 ? low : 0x80) || c > (k == 1 ? high : 0xBF))
                return { i, false };
        }
        i += length;
    }
    return { n, false };
}

// Finds the first byte undefined in Windows-1252, counting lines (LF, CR or CRLF) on the way.
struct LineScanner
{
    qint64 line = 1;
    qint64 lineStart = 0; // offset of the current line's first byte
    qint64 offset = 0;
    bool afterCr = false;

    // The index in p of the first undefined byte, or -1; offset then points at it.
    qsizetype feed(const uchar *p, qsizetype n)
    {
        for (qsizetype i = 0; i < n; ++i, ++offset) {
            const uchar b = p[i];
            if (b == '\n' || b == '\r') {
                if (!(b == '\n' && afterCr))
                    ++line;
                lineStart = offset + 1;
            } else if (undefinedIn1252(b)) {
                return i;
            }
            afterCr = b == '\r';
        }
        return -1;
    }
    int column() const { return int(offset - lineStart + 1); }
};

QString neitherEncoding(uchar byte)
{
    return QCoreApplication::translate("TextDecoder",
        "byte 0x%1 is neither valid UTF-8 nor defined in Windows-1252, so the file is in neither "
        "encoding; save it as UTF-8")
        .arg(QString::number(byte, 16).toUpper());
}

QString unpairedSurrogate(QChar unit)
{
    return QCoreApplication::translate(
        "TextDecoder", "an unpaired UTF-16 surrogate (0x%1): the file is not valid UTF-16")
        .arg(QString::number(unit.unicode(), 16).toUpper());
}

QString readFailed(const QIODevice *device)
{
    return QCoreApplication::translate("TextDecoder", "the file could not be read: %1")
        .arg(device->errorString());
}

} // namespace

TextDecoder::TextDecoder(QIODevice *device, const QString &fileName)
    : m_device(device)
    , m_fileName(fileName)
{
}

QString TextDecoder::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf8WithBom:
        return QCoreApplication::translate("TextDecoder", "UTF-8 with byte-order mark");
    case Encoding::Utf16LittleEndian:
        return QCoreApplication::translate("TextDecoder", "UTF-16 little-endian");
    case Encoding::Utf16BigEndian:
        return QCoreApplication::translate("TextDecoder", "UTF-16 big-endian");
    case Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

bool TextDecoder::fail(qint64 line, int column, const QString &reason)
{
    if (!m_error.isError())
        m_error = ReadError { m_fileName, line, column, reason };
    return false;
}

bool TextDecoder::open()
{
    if (!m_device || !m_device->isReadable())
        return fail(0, 0, QCoreApplication::translate("TextDecoder", "the file is not open for reading"));
    if (!m_device->isSequential()) {
        m_totalBytes = m_device->size() - m_device->pos();
        m_chunkBytes = qBound<qint64>(1, m_totalBytes + 1, chunkBytes);
    }
    while (m_raw.size() < chunkBytes && !m_inputDone) // exactly the first chunk, whatever the device
        readChunk(chunkBytes - m_raw.size());
    if (!m_readError.isEmpty())
        return fail(0, 0, m_readError);
    if (!chooseEncoding())
        return false;
    if (m_raw.isEmpty() && m_inputDone) // nothing, or a byte-order mark alone
        return fail(0, 0, QCoreApplication::translate("TextDecoder", "the file is empty"));
    return true;
}

void TextDecoder::readChunk(qint64 most)
{
    const qint64 wanted = qMin(m_chunkBytes, most);
    m_chunk.resize(m_chunkBytes); // within its capacity after the first time
    qint64 got = m_device->read(m_chunk.data(), wanted);
    if (got == 0 && m_device->isSequential() && m_device->waitForReadyRead(30000))
        got = m_device->read(m_chunk.data(), wanted);
    if (got < 0)
        m_readError = readFailed(m_device);
    if (got <= 0)
        m_inputDone = true;
    else
        m_raw.append(m_chunk.constData(), got);
    if (got == m_chunkBytes && m_chunkBytes < chunkBytes) // a stream that fills the buffer gets a bigger one
        m_chunkBytes = qMin(2 * m_chunkBytes, chunkBytes);
    m_bytesRead += qMax<qint64>(got, 0);
}

bool TextDecoder::chooseEncoding()
{
    const auto *p = reinterpret_cast<const uchar *>(m_raw.constData());
    const qsizetype n = m_raw.size();
    bool chosen = true;
    if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {
        m_encoding = Encoding::Utf8WithBom;
        m_raw.remove(0, 3);
    } else if (n >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF))) {
        m_encoding = p[0] == 0xFF ? Encoding::Utf16LittleEndian : Encoding::Utf16BigEndian;
        m_raw.remove(0, 2);
    } else {
        // UTF-16 without a byte-order mark: mostly ASCII, so one byte of nearly every pair is zero.
        qsizetype zeros[2] = { 0, 0 };
        for (qsizetype i = 0; i < n; ++i)
            zeros[i % 2] += p[i] == 0 ? 1 : 0;
        const qsizetype pairs = n / 2;
        chosen = false;
        for (int parity = 0; parity < 2 && !chosen; ++parity) {
            if (pairs >= 2 && zeros[parity] * 10 >= pairs * 9 && zeros[1 - parity] * 100 <= pairs) {
                m_encoding = parity == 1 ? Encoding::Utf16LittleEndian : Encoding::Utf16BigEndian;
                chosen = true;
            }
        }
    }
    if (looksBinary())
        return fail(0, 0,
            QCoreApplication::translate("TextDecoder", "this is not a text file: it holds binary data"));
    return chosen || chooseByteEncoding();
}

// More than one character in 32 of the first chunk is a control character other than tab, line
// breaks and form feed (a NUL included): text files have next to none.
bool TextDecoder::looksBinary() const
{
    const auto *p = reinterpret_cast<const uchar *>(m_raw.constData());
    const bool utf16 = m_encoding == Encoding::Utf16LittleEndian || m_encoding == Encoding::Utf16BigEndian;
    const int width = utf16 ? 2 : 1;
    const qsizetype characters = m_raw.size() / width;
    qsizetype controls = 0;
    for (qsizetype i = 0; i < characters; ++i) {
        uint c = p[i];
        if (utf16) {
            c = m_encoding == Encoding::Utf16LittleEndian ? qFromLittleEndian<quint16>(p + 2 * i)
                                                          : qFromBigEndian<quint16>(p + 2 * i);
        }
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F)
            ++controls;
    }
    return controls * 32 > characters;
}

bool TextDecoder::chooseByteEncoding()
{
    const Utf8Scan scan = scanUtf8(reinterpret_cast<const uchar *>(m_raw.constData()), m_raw.size());
    bool utf8 = scan.valid == m_raw.size() || (scan.truncated && !m_inputDone);
    if (utf8 && !m_inputDone && !m_device->isSequential())
        utf8 = isUtf8ToTheEnd(scan.valid);
    if (m_error.isError())
        return false;
    m_encoding = utf8 ? Encoding::Utf8 : Encoding::Windows1252;
    return utf8 || findUndefined1252();
}

// Scans the rest of a seekable device, then goes back to where the first chunk ended.
bool TextDecoder::isUtf8ToTheEnd(qsizetype validInFirstChunk)
{
    const qint64 resume = m_device->pos();
    QByteArray buffer = m_raw.mid(validInFirstChunk); // a sequence cut by the first chunk's end
    bool utf8 = true;
    while (utf8) {
        const qsizetype carried = buffer.size();
        buffer.resize(carried + m_chunkBytes);
        const qint64 got = m_device->read(buffer.data() + carried, m_chunkBytes);
        buffer.resize(carried + qMax<qint64>(got, 0));
        const Utf8Scan scan = scanUtf8(reinterpret_cast<const uchar *>(buffer.constData()), buffer.size());
        utf8 = scan.valid == buffer.size() || (scan.truncated && got > 0);
        if (got <= 0)
            break;
        buffer.remove(0, scan.valid);
    }
    if (!m_device->seek(resume))
        return fail(0, 0, readFailed(m_device));
    return utf8;
}

// A Windows-1252 file must not hold its five undefined bytes: the first one is an error with its
// line and column (the whole of a seekable device is checked, a stream's first chunk only; the
// rest of a stream is checked as it is decoded).
bool TextDecoder::findUndefined1252()
{
    LineScanner lines;
    qsizetype bad = lines.feed(reinterpret_cast<const uchar *>(m_raw.constData()), m_raw.size());
    if (bad >= 0)
        return fail(lines.line, lines.column(), neitherEncoding(uchar(m_raw.at(bad))));
    if (m_inputDone || m_device->isSequential())
        return true;
    const qint64 resume = m_device->pos();
    for (;;) {
        const QByteArray buffer = m_device->read(m_chunkBytes);
        if (buffer.isEmpty())
            break;
        bad = lines.feed(reinterpret_cast<const uchar *>(buffer.constData()), buffer.size());
        if (bad >= 0)
            return fail(lines.line, lines.column(), neitherEncoding(uchar(buffer.at(bad))));
    }
    return m_device->seek(resume) || fail(0, 0, readFailed(m_device));
}

bool TextDecoder::decodeMore(QString *text)
{
    while (m_problem.isEmpty()) {
        const qsizetype before = text->size();
        decode(text);
        if (text->size() > before)
            return true;
        if (m_inputDone)
            break;
        readChunk();
    }
    return false;
}

// Decodes m_raw, keeping a sequence cut by the chunk's end for the next call. The text stops
// before the first unit that cannot be decoded, or a NUL; m_problem says why.
void TextDecoder::decode(QString *text)
{
    const auto *data = reinterpret_cast<const uchar *>(m_raw.constData());
    const qsizetype n = m_raw.size();
    qsizetype used = n;
    QString piece;
    QString problem;
    switch (m_encoding) {
    case Encoding::Utf8:
    case Encoding::Utf8WithBom: {
        const Utf8Scan scan = scanUtf8(data, n);
        piece = QString::fromUtf8(m_raw.constData(), scan.valid);
        if (scan.valid < n && scan.truncated && !m_inputDone)
            used = scan.valid;
        else if (scan.valid < n)
            problem = QCoreApplication::translate("TextDecoder",
                "the bytes here are not valid UTF-8, the encoding chosen from the start of the file");
        break;
    }
    case Encoding::Windows1252: {
        piece.resize(n);
        QChar *out = piece.data();
        for (qsizetype i = 0; i < n; ++i) {
            const uchar b = data[i];
            const char16_t unit = b >= 0x80 && b < 0xA0 ? k1252[b - 0x80] : char16_t(b);
            if (unit == kUndefined) {
                piece.truncate(i);
                problem = neitherEncoding(b);
                break;
            }
            out[i] = QChar(unit);
        }
        break;
    }
    case Encoding::Utf16LittleEndian:
    case Encoding::Utf16BigEndian: {
        qsizetype units = n / 2;
        piece.resize(units);
        if (m_encoding == Encoding::Utf16LittleEndian)
            qFromLittleEndian<quint16>(data, units, piece.data());
        else
            qFromBigEndian<quint16>(data, units, piece.data());
        const QChar *p = piece.constData();
        for (qsizetype i = 0; i < units; ++i) {
            if (!p[i].isSurrogate())
                continue;
            if (p[i].isHighSurrogate() && i + 1 < units && p[i + 1].isLowSurrogate()) {
                ++i;
                continue;
            }
            if (p[i].isLowSurrogate() || i + 1 < units || m_inputDone)
                problem = unpairedSurrogate(p[i]);
            units = i; // an error, or a pair cut by the chunk's end
            break;
        }
        piece.truncate(units);
        used = problem.isEmpty() && !m_inputDone ? units * 2 : n;
        if (problem.isEmpty() && m_inputDone && n % 2)
            problem = QCoreApplication::translate(
                "TextDecoder", "the file ends in the middle of a UTF-16 character");
        break;
    }
    }
    const qsizetype nul = piece.indexOf(QChar(0));
    if (nul >= 0) {
        piece.truncate(nul);
        problem = QCoreApplication::translate(
            "TextDecoder", "a NUL character, which text files do not hold; is this a binary file?");
    }
    text->append(piece);
    m_raw.remove(0, used);
    m_problem = problem.isEmpty() ? m_readError : problem;
}

} // namespace Mandate
