// EvidenceReader: the entry points, format ids and guessing, the checks every format shares, and
// the streamed JSON Lines format. OTLP and CloudTrail are in evidencereaderdocuments.cpp.
#include "io/evidencereader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QVariant>

namespace Mandate {

namespace {

bool isGzip(const QByteArray &head)
{
    return head.size() >= 2 && static_cast<unsigned char>(head.at(0)) == 0x1f
        && static_cast<unsigned char>(head.at(1)) == 0x8b;
}

QByteArray withoutBom(const QByteArray &bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
}

// A string member, trimmed; absent or null is empty. Any other type is an error.
bool stringMember(const QJsonObject &object, const QString &key, QString *out, QString *reason)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        out->clear();
        return true;
    }
    if (!value.isString()) {
        *reason = QCoreApplication::translate("EvidenceReader", "\"%1\" must be a string").arg(key);
        return false;
    }
    *out = value.toString().trimmed();
    return true;
}

// An id: a string, or a number (external ids are often numeric) written without an exponent.
bool idMember(const QJsonObject &object, const QString &key, QString *out, QString *reason)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble()) {
        const QVariant number = value.toVariant();
        *out = number.typeId() == QMetaType::LongLong ? QString::number(number.toLongLong())
                                                      : QString::number(value.toDouble(), 'g', 17);
        return true;
    }
    if (value.isUndefined() || value.isNull() || value.isString())
        return stringMember(object, key, out, reason);
    *reason = QCoreApplication::translate("EvidenceReader", "\"%1\" must be a string or a number").arg(key);
    return false;
}

} // namespace

std::optional<EvidenceFormat> evidenceFormatFromId(const QString &id)
{
    const QString folded = id.trimmed().toCaseFolded();
    if (folded == QLatin1String("jsonl"))
        return EvidenceFormat::JsonLines;
    if (folded == QLatin1String("otlp"))
        return EvidenceFormat::Otlp;
    if (folded == QLatin1String("cloudtrail"))
        return EvidenceFormat::CloudTrail;
    return std::nullopt;
}

QString evidenceFormatId(EvidenceFormat format)
{
    switch (format) {
    case EvidenceFormat::JsonLines:
        return QStringLiteral("jsonl");
    case EvidenceFormat::Otlp:
        return QStringLiteral("otlp");
    case EvidenceFormat::CloudTrail:
        return QStringLiteral("cloudtrail");
    }
    return {};
}

std::optional<EvidenceFormat> guessEvidenceFormat(const QString &fileName, const QByteArray &head)
{
    // Member names first: both documents start with their one array, and a JSON Lines record holds
    // neither name.
    const qsizetype spans = head.indexOf("\"resourceSpans\"");
    const qsizetype records = head.indexOf("\"Records\"");
    if (spans >= 0 && (records < 0 || spans < records))
        return EvidenceFormat::Otlp;
    if (records >= 0)
        return EvidenceFormat::CloudTrail;
    const QString suffix = QFileInfo(fileName).suffix().toCaseFolded();
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson"))
        return EvidenceFormat::JsonLines;
    const QByteArray text = withoutBom(head).trimmed();
    const qsizetype end = text.indexOf('\n');
    if (QJsonDocument::fromJson(end < 0 ? text : text.left(end)).isObject())
        return EvidenceFormat::JsonLines;
    return std::nullopt;
}

std::optional<EvidenceFormat> guessEvidenceFormat(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return guessEvidenceFormat(path, file.read(64 * 1024));
}

bool EvidenceReader::read(
    const QString &path, EvidenceFormat format, const Sink &sink, const Progress &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_fileName = path;
        m_cancelled = false;
        m_skipped = 0;
        return fail(0,
            QCoreApplication::translate("EvidenceReader", "cannot open the file: %1")
                .arg(file.errorString()));
    }
    return read(file, path, format, sink, progress);
}

bool EvidenceReader::read(QIODevice &device, const QString &fileName, EvidenceFormat format, const Sink &sink,
    const Progress &progress)
{
    m_fileName = fileName;
    m_error = {};
    m_cancelled = false;
    m_skipped = 0;
    m_readNow = m_now.isValid() ? m_now.toUTC() : QDateTime::currentDateTimeUtc();
    if (isGzip(device.peek(2)))
        return fail(0,
            QCoreApplication::translate(
                "EvidenceReader", "the file is compressed (gzip): decompress it first"));
    const bool ok = format == EvidenceFormat::JsonLines ? readJsonLines(device, sink, progress)
                                                        : readDocument(device, format, sink, progress);
    if (ok && progress)
        progress(
            device.isSequential() ? device.pos() : device.size(), device.isSequential() ? -1 : device.size());
    return ok;
}

bool EvidenceReader::readJsonLines(QIODevice &device, const Sink &sink, const Progress &progress)
{
    const qint64 total = device.isSequential() ? -1 : device.size();
    qint64 lineNumber = 0;
    qint64 nextProgress = progressEveryBytes;
    qint64 previousLine = 0;
    QDateTime previous;
    QString reason;
    // One small buffer for every line, longer lines are read on in pieces up to the limit:
    // QIODevice::readLine(maxSize) would allocate maxSize bytes for each line.
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    while (!device.atEnd()) {
        ++lineNumber;
        QByteArray line;
        do {
            const qint64 length = device.readLine(buffer.data(), buffer.size());
            if (length < 0)
                return fail(lineNumber,
                    QCoreApplication::translate("EvidenceReader", "cannot read the file: %1")
                        .arg(device.errorString()));
            if (length == 0) // a sequential device with nothing more for now
                break;
            line.append(buffer.constData(), length);
        } while (!line.endsWith('\n') && !device.atEnd() && line.size() <= maxLineBytes);
        if (line.size() > maxLineBytes && !(line.size() == maxLineBytes + 1 && line.endsWith('\n')))
            return fail(lineNumber,
                QCoreApplication::translate("EvidenceReader", "the line is longer than %1 bytes")
                    .arg(maxLineBytes));
        if (lineNumber == 1)
            line = withoutBom(line);
        if (progress && device.pos() >= nextProgress) {
            progress(device.pos(), total);
            nextProgress = device.pos() + progressEveryBytes;
        }
        if (line.trimmed().isEmpty())
            continue;

        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return fail(lineNumber,
                QCoreApplication::translate("EvidenceReader", "the line is not valid JSON: %1")
                    .arg(parseError.errorString()));
        if (!document.isObject())
            return fail(
                lineNumber, QCoreApplication::translate("EvidenceReader", "the line is not a JSON object"));
        const QJsonObject object = document.object();

        EvidenceEvent event;
        event.line = lineNumber;
        const QJsonValue time = object.value(QLatin1String("time"));
        if (time.isUndefined() || time.isNull())
            return fail(lineNumber, QCoreApplication::translate("EvidenceReader", "there is no \"time\""));
        if (!time.isString())
            return fail(lineNumber,
                QCoreApplication::translate("EvidenceReader", "\"%1\" must be a string")
                    .arg(QStringLiteral("time")));
        if (!parseTime(time.toString(), &event.at, &reason))
            return fail(lineNumber, reason);
        if (previous.isValid() && event.at < previous)
            return fail(lineNumber,
                QCoreApplication::translate("EvidenceReader",
                    "the time %1 is earlier than the time on line %2 (%3): lines must be in time order")
                    .arg(event.at.toString(Qt::ISODateWithMs), QString::number(previousLine),
                        previous.toString(Qt::ISODateWithMs)));
        previous = event.at;
        previousLine = lineNumber;

        if (!idMember(object, QStringLiteral("system_id"), &event.systemRef, &reason)
            || !idMember(object, QStringLiteral("credential_id"), &event.credentialRef, &reason)
            || !stringMember(object, QStringLiteral("tool"), &event.tool, &reason)
            || !stringMember(object, QStringLiteral("target"), &event.target, &reason)
            || !stringMember(object, QStringLiteral("action"), &event.action, &reason)
            || !stringMember(object, QStringLiteral("outcome"), &event.outcome, &reason))
            return fail(lineNumber, reason);
        if (event.systemRef.isEmpty() && event.credentialRef.isEmpty())
            return fail(lineNumber,
                QCoreApplication::translate("EvidenceReader",
                    "the line names neither a system (\"system_id\") nor a credential (\"credential_id\")"));
        if (!sink(event)) {
            m_cancelled = true;
            return false;
        }
    }
    return true;
}

bool EvidenceReader::parseTime(const QString &text, QDateTime *at, QString *reason) const
{
    const QString trimmed = text.trimmed();
    const QDateTime parsed = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!parsed.isValid()) {
        *reason = QCoreApplication::translate(
            "EvidenceReader", "the time \"%1\" is not an ISO 8601 date and time")
                      .arg(text);
        return false;
    }
    if (parsed.timeSpec() == Qt::LocalTime) {
        *reason = QCoreApplication::translate(
            "EvidenceReader", "the time \"%1\" has no time zone: add Z or an offset such as +02:00")
                      .arg(text);
        return false;
    }
    *at = parsed.toUTC();
    return checkNotFuture(*at, reason);
}

bool EvidenceReader::checkNotFuture(const QDateTime &at, QString *reason) const
{
    if (at.secsTo(m_readNow) >= -futureToleranceSecs)
        return true;
    *reason = QCoreApplication::translate("EvidenceReader", "the time %1 is in the future")
                  .arg(at.toString(Qt::ISODateWithMs));
    return false;
}

bool EvidenceReader::fail(qint64 line, const QString &reason)
{
    m_error.file = m_fileName;
    m_error.line = line;
    m_error.column = 0;
    m_error.reason = reason;
    return false;
}

} // namespace Mandate
