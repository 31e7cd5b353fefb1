#pragma once
// The byte half of reading a text file, for CsvReader (and any reader of text an analyst exports):
// reads a device in chunks, chooses the encoding the way real exports need it (a byte-order mark;
// UTF-16 without one, by its zero bytes; UTF-8 when every byte is valid UTF-8; else Windows-1252)
// and decodes chunk by chunk, stopping before the first thing that is not text (a NUL, an invalid
// byte, an unpaired surrogate) with the reason, so that the caller can say on which line it is.

#include "io/readerror.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

namespace Mandate {

class TextDecoder
{
public:
    enum class Encoding { Utf8, Utf8WithBom, Utf16LittleEndian, Utf16BigEndian, Windows1252 };

    TextDecoder(QIODevice *device, const QString &fileName);

    // Reads the first chunk and chooses the encoding. A seekable device is scanned to its end for
    // UTF-8 validity (and Windows-1252's five undefined bytes) and then read on from the first
    // chunk; a stream is judged by its first chunk. False with error() set when the file is
    // empty, binary, or in neither UTF-8 nor Windows-1252 (naming the line and column).
    bool open();
    ReadError error() const { return m_error; }
    Encoding encoding() const { return m_encoding; }
    static QString encodingName(Encoding encoding);

    // Appends the next decoded text. False when nothing more comes: at the end of the file, or
    // before text that cannot be decoded, which problem() then describes.
    bool decodeMore(QString *text);
    QString problem() const { return m_problem; }

    qint64 bytesRead() const { return m_bytesRead; }
    qint64 totalBytes() const { return m_totalBytes; } // -1 for a stream

    static constexpr qint64 chunkBytes = 64 * 1024;

private:
    bool chooseEncoding();
    bool looksBinary() const;
    bool chooseByteEncoding();
    bool isUtf8ToTheEnd(qsizetype validInFirstChunk);
    bool findUndefined1252();
    void readChunk(qint64 most = chunkBytes);
    void decode(QString *text);
    bool fail(qint64 line, int column, const QString &reason);

    QIODevice *m_device;
    QString m_fileName;
    Encoding m_encoding = Encoding::Utf8;
    ReadError m_error;
    qint64 m_bytesRead = 0;
    qint64 m_totalBytes = -1;
    qint64 m_chunkBytes = 4096; // grows to chunkBytes: a small file or a slow stream needs no big buffer
    QByteArray m_chunk; // what one read gives
    QByteArray m_raw; // read but not decoded yet: the first chunk, or a sequence cut by a chunk's end
    bool m_inputDone = false;
    QString m_readError;
    QString m_problem;
};

} // namespace Mandate
