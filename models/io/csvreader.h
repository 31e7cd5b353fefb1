#pragma once
// Reads CSV per RFC 4180 (quoted fields, embedded newlines, CRLF) as a stream of records, so that a
// million-row file never sits in memory. Detects the encoding (UTF-8, UTF-8 or UTF-16 with a
// byte-order mark, Windows-1252 when the bytes are not valid UTF-8) and the delimiter (, ; tab),
// and names file, line and column for every problem.
//
// Rules for messy real files: records end in CRLF, LF or a lone CR; a line break inside quotes is
// kept as "\n"; blank lines and lines of only empty fields are skipped; a record shorter than the
// header is padded with empty values (spreadsheet exports drop trailing empty cells), but one with
// more non-empty fields than the header is an error naming its line (extra empty fields, from a
// trailing delimiter, are dropped); a quote inside an unquoted field, or text after a closing
// quote, is kept literally. Header names are trimmed, an empty one becomes "column N", and two
// names equal ignoring case are an error naming both columns, unless setNumberDuplicateHeaders()
// asks to number the later ones instead. Lines are physical lines (1-based);
// an error's column is the field number for structural problems (quotes, field counts, limits)
// and the character column for undecodable text (NUL, bytes neither UTF-8 nor Windows-1252,
// unpaired UTF-16 surrogates). UTF-16 without a byte-order mark is recognised by its zero bytes.

#include "io/readerror.h"

#include <QIODevice>
#include <QString>
#include <QStringList>
#include <QVector>
#include <memory>

namespace Mandate {

class CsvReader
{
public:
    enum class Encoding { Utf8, Utf8WithBom, Utf16LittleEndian, Utf16BigEndian, Windows1252 };

    struct Limits
    {
        // A longer field is refused, naming the line it starts on. Counted in characters, which is
        // the byte count for ASCII and Windows-1252 text (so it also stops a quote left open).
        qint64 maxFieldBytes = 64 * 1024 * 1024;
        int maxColumns = 20000;
    };

    // The device must be open for reading and stay valid; fileName is only used in messages.
    // (Two constructors rather than `Limits limits = {}`: GCC cannot use a nested struct's member
    // initialisers in a default argument of the enclosing class.)
    CsvReader(QIODevice *device, const QString &fileName);
    CsvReader(QIODevice *device, const QString &fileName, Limits limits);
    ~CsvReader();

    // Detects encoding and delimiter and reads the header record. False with error() set when the
    // file cannot be read at all (empty, binary, undecodable, bad header).
    bool open();

    // Questionnaire exports repeat a header on purpose (the US federal inventory has nine columns
    // "If Other, please explain."). When on, a repeated name becomes "name (2)", "name (3)"...
    // instead of an error. Call before open().
    void setNumberDuplicateHeaders(bool on);
    QVector<int> numberedColumns() const; // 0-based columns renamed so

    Encoding encoding() const;
    static QString encodingName(Encoding encoding); // "UTF-8", "Windows-1252", ...
    QChar delimiter() const;
    QStringList header() const;

    // The next record, with the line it starts on. False at the end of the file or on an error;
    // error() tells which.
    bool readRecord(QStringList *fields, qint64 *line);
    ReadError error() const;

    // For progress: bytes consumed so far, and in all (-1 when the device cannot tell).
    qint64 bytesRead() const;
    qint64 totalBytes() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Mandate
