#pragma once
// Reads runtime evidence files (issue 6) into EvidenceEvents, one at a time, so a file of millions of
// lines never sits in memory: Mandate's own JSON Lines format is streamed line by line; OpenTelemetry
// GenAI spans (OTLP JSON) and AWS CloudTrail logs are single JSON documents of a few MB and are
// parsed whole. Every record is checked (valid JSON, a time with a zone, not in the future, JSON
// Lines in time order); the first bad one stops the read with the file, the line and the problem.
// Events reach the sink as they are read, so a caller that wants all or nothing keeps them (or its
// transaction) until read() returns true. EvidenceEvent::line is the line for JSON Lines, and the
// span's or record's 1-based ordinal for OTLP and CloudTrail, whose documents have no useful lines.

#include "domain/evidenceevent.h"
#include "io/readerror.h"

#include <QDateTime>
#include <QIODevice>
#include <QString>
#include <QVector>
#include <functional>
#include <optional>

class QJsonObject;

namespace Mandate {

enum class EvidenceFormat { JsonLines, Otlp, CloudTrail };

// "jsonl", "otlp", "cloudtrail" (the CLI's --format values), case-insensitive.
std::optional<EvidenceFormat> evidenceFormatFromId(const QString &id);
QString evidenceFormatId(EvidenceFormat format);
// From the first bytes of a file (a few KB are enough) and its name: "resourceSpans" means OTLP,
// "Records" CloudTrail, a .jsonl/.ndjson name or a first line holding one JSON object JSON Lines.
std::optional<EvidenceFormat> guessEvidenceFormat(const QString &fileName, const QByteArray &head);
std::optional<EvidenceFormat> guessEvidenceFormat(const QString &path); // opens the file

class EvidenceReader
{
public:
    using Sink = std::function<bool(const EvidenceEvent &)>; // false: stop (cancel)
    using Progress = std::function<void(qint64 bytesRead, qint64 total)>;

    // False when the file is invalid (error() says where and why) or the sink cancelled (cancelled()).
    bool read(const QString &path, EvidenceFormat format, const Sink &sink, const Progress &progress = {});
    // fileName only names the device in messages.
    bool read(QIODevice &device, const QString &fileName, EvidenceFormat format, const Sink &sink,
        const Progress &progress = {});

    // Translated, "file, line N: why"; empty after success or cancel.
    QString error() const { return m_error.isError() ? m_error.message() : QString(); }
    const ReadError &readError() const { return m_error; }
    bool cancelled() const { return m_cancelled; }
    // Records read that are not evidence of a system: OTLP spans other than execute_tool, CloudTrail
    // records with no identity (AWS's own service events).
    qint64 skipped() const { return m_skipped; }

    // Times more than futureTolerance ahead of now are refused. Invalid (the default): the clock at
    // the start of each read. A seam for tests.
    void setNow(const QDateTime &now) { m_now = now; }

    static constexpr qint64 maxLineBytes = 1 << 20; // one JSON Lines record
    static constexpr qint64 maxDocumentBytes = 512LL << 20; // a whole OTLP or CloudTrail file
    static constexpr qint64 futureToleranceSecs = 5 * 60;
    static constexpr qint64 progressEveryBytes = 1 << 20;

private:
    bool readJsonLines(QIODevice &device, const Sink &sink, const Progress &progress);
    bool readDocument(QIODevice &device, EvidenceFormat format, const Sink &sink, const Progress &progress);
    bool collectOtlp(const QByteArray &bytes, QVector<EvidenceEvent> *events);
    bool collectOtlpDocument(
        const QJsonObject &root, qint64 fileLine, qint64 *span, QVector<EvidenceEvent> *events);
    bool collectCloudTrail(const QByteArray &bytes, QVector<EvidenceEvent> *events);
    // Parses an ISO 8601 time with a zone and checks it is not in the future; false with the reason.
    bool parseTime(const QString &text, QDateTime *at, QString *reason) const;
    bool checkNotFuture(const QDateTime &at, QString *reason) const;
    bool fail(qint64 line, const QString &reason);

    QString m_fileName;
    ReadError m_error;
    bool m_cancelled = false;
    qint64 m_skipped = 0;
    QDateTime m_now;
    QDateTime m_readNow; // the now of the current read
};

} // namespace Mandate
