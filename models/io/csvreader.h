#pragma once
// Reads CSV per RFC 4180 (quoted fields, embedded newlines, CRLF) as a stream of records, so that a
// million-row file never sits in memory. Detects the encoding (UTF-8, UTF-8 or UTF-16 with a
// byte-order mark, Windows-1252 when the bytes are not valid UTF-8) and the delimiter (, ; tab),
// and names file, line and column for every problem.

#include "io/readerror.h"

#include <QIODevice>
#include <QString>
#include <QStringList>

#include <memory>

namespace Mandate {

class CsvReader
{
public:
    enum class Encoding { Utf8, Utf8WithBom, Utf16LittleEndian, Utf16BigEndian, Windows1252 };

    struct Limits
    {
        qint64 maxFieldBytes = 64 * 1024 * 1024; // a larger field is refused, naming its line
        int maxColumns = 20000;
    };

    // The device must be open for reading and stay valid; fileName is only used in messages.
    CsvReader(QIODevice *device, const QString &fileName, Limits limits = {});
    ~CsvReader();

    // Detects encoding and delimiter and reads the header record. False with error() set when the
    // file cannot be read at all (empty, binary, undecodable, bad header).
    bool open();

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
