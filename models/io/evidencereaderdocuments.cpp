// EvidenceReader for the formats that come as whole JSON documents: OpenTelemetry GenAI spans
// exported as OTLP JSON, and AWS CloudTrail log files. Neither promises time order, so the events
// of one file are sorted by time before they reach the sink.
#include "io/evidencereader.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QUrl>
#include <QVariant>
#include <algorithm>

namespace Mandate {

namespace {

qint64 lineAt(const QByteArray &bytes, qsizetype offset)
{
    return bytes.left(offset).count('\n') + 1;
}

QString numberText(const QJsonValue &value)
{
    const QVariant number = value.toVariant();
    return number.typeId() == QMetaType::LongLong ? QString::number(number.toLongLong())
                                                  : QString::number(value.toDouble(), 'g', 17);
}

// An OTLP AnyValue ({"stringValue": ..} or {"intValue": ..} ...) as text.
QString anyValueText(const QJsonObject &value)
{
    if (value.contains(QLatin1String("stringValue")))
        return value.value(QLatin1String("stringValue")).toString();
    for (const char *key : { "intValue", "doubleValue" }) {
        const QJsonValue number = value.value(QLatin1String(key));
        if (number.isString())
            return number.toString();
        if (number.isDouble())
            return numberText(number);
    }
    if (value.contains(QLatin1String("boolValue")))
        return value.value(QLatin1String("boolValue")).toBool() ? QStringLiteral("true")
                                                                : QStringLiteral("false");
    if (value.contains(QLatin1String("bytesValue")))
        return value.value(QLatin1String("bytesValue")).toString();
    for (const char *key : { "arrayValue", "kvlistValue" }) {
        const QJsonValue nested = value.value(QLatin1String(key));
        if (nested.isObject())
            return QString::fromUtf8(QJsonDocument(nested.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QHash<QString, QString> attributes(const QJsonValue &list)
{
    QHash<QString, QString> out;
    const QJsonArray array = list.toArray();
    for (const QJsonValue &entry : array) {
        const QJsonObject attribute = entry.toObject();
        const QString key = attribute.value(QLatin1String("key")).toString();
        if (!key.isEmpty())
            out.insert(key, anyValueText(attribute.value(QLatin1String("value")).toObject()).trimmed());
    }
    return out;
}

// A URL without its query, fragment and user info: those are where tokens travel.
QString urlTarget(const QString &url)
{
    return QUrl(url).adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo).toString();
}

bool isErrorStatus(const QJsonValue &code)
{
    return code.toString() == QLatin1String("STATUS_CODE_ERROR") || (code.isDouble() && code.toInt() == 2);
}

QString spanReason(qint64 span, const QString &reason)
{
    return QCoreApplication::translate("EvidenceReader", "span %1: %2").arg(span).arg(reason);
}

QString recordReason(qint64 record, const QString &reason)
{
    return QCoreApplication::translate("EvidenceReader", "record %1: %2").arg(record).arg(reason);
}

} // namespace

bool EvidenceReader::readDocument(
    QIODevice &device, EvidenceFormat format, const Sink &sink, const Progress &progress)
{
    // Not read(maxDocumentBytes + 1): that allocates the whole limit up front.
    QByteArray bytes;
    if (!device.isSequential() && device.size() - device.pos() <= maxDocumentBytes) {
        bytes = device.readAll();
    } else {
        while (bytes.size() <= maxDocumentBytes && !device.atEnd()) {
            const QByteArray chunk = device.read(progressEveryBytes);
            if (chunk.isEmpty())
                break;
            bytes += chunk;
        }
    }
    if (bytes.size() > maxDocumentBytes)
        return fail(0,
            QCoreApplication::translate(
                "EvidenceReader", "the file is larger than %1 MB, the most this format can be read at once")
                .arg(maxDocumentBytes >> 20));
    if (progress)
        progress(device.pos(), device.isSequential() ? -1 : device.size());
    QVector<EvidenceEvent> events;
    const QByteArray text = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    if (!(format == EvidenceFormat::Otlp ? collectOtlp(text, &events) : collectCloudTrail(text, &events)))
        return false;
    std::stable_sort(events.begin(), events.end(),
        [](const EvidenceEvent &a, const EvidenceEvent &b) { return a.at < b.at; });
    for (const EvidenceEvent &event : qAsConst(events)) {
        if (!sink(event)) {
            m_cancelled = true;
            return false;
        }
    }
    return true;
}

// One document, or the OpenTelemetry Collector file exporter's output: one document per line.
bool EvidenceReader::collectOtlp(const QByteArray &bytes, QVector<EvidenceEvent> *events)
{
    qint64 span = 0;
    QJsonParseError parseError;
    const QJsonDocument whole = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error == QJsonParseError::NoError)
        return collectOtlpDocument(whole.object(), 0, &span, events);

    const QList<QByteArray> lines = bytes.split('\n');
    const auto first = std::find_if(
        lines.cbegin(), lines.cend(), [](const QByteArray &l) { return !l.trimmed().isEmpty(); });
    if (first == lines.cend() || !QJsonDocument::fromJson(*first).isObject())
        return fail(lineAt(bytes, parseError.offset),
            QCoreApplication::translate("EvidenceReader", "the file is not valid JSON: %1")
                .arg(parseError.errorString()));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(lines.at(i), &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return fail(i + 1,
                QCoreApplication::translate("EvidenceReader", "the line is not valid JSON: %1")
                    .arg(parseError.errorString()));
        if (!collectOtlpDocument(document.object(), i + 1, &span, events))
            return false;
    }
    return true;
}

bool EvidenceReader::collectOtlpDocument(
    const QJsonObject &root, qint64 fileLine, qint64 *span, QVector<EvidenceEvent> *events)
{
    const QJsonValue resourceSpans = root.value(QLatin1String("resourceSpans"));
    if (!resourceSpans.isArray())
        return fail(fileLine,
            QCoreApplication::translate("EvidenceReader",
                "this is not an OTLP JSON trace export: there is no \"resourceSpans\" array"));
    QString reason;
    for (const QJsonValue &resourceValue : resourceSpans.toArray()) {
        const QJsonObject resource = resourceValue.toObject();
        const QHash<QString, QString> resourceAttributes = attributes(
            resource.value(QLatin1String("resource")).toObject().value(QLatin1String("attributes")));
        for (const QJsonValue &scopeValue : resource.value(QLatin1String("scopeSpans")).toArray()) {
            for (const QJsonValue &spanValue :
                scopeValue.toObject().value(QLatin1String("spans")).toArray()) {
                ++*span;
                const QJsonObject object = spanValue.toObject();
                const QHash<QString, QString> spanAttributes
                    = attributes(object.value(QLatin1String("attributes")));
                if (spanAttributes.value(QStringLiteral("gen_ai.operation.name"))
                    != QLatin1String("execute_tool")) {
                    ++m_skipped;
                    continue;
                }
                EvidenceEvent event;
                event.line = *span;
                const QJsonValue start = object.value(QLatin1String("startTimeUnixNano"));
                if (start.isUndefined() || start.isNull())
                    return fail(fileLine,
                        spanReason(*span,
                            QCoreApplication::translate(
                                "EvidenceReader", "there is no start time (\"startTimeUnixNano\")")));
                bool ok = false;
                const qint64 nanos
                    = start.isString() ? start.toString().toLongLong(&ok) : start.toVariant().toLongLong(&ok);
                if (!ok || nanos <= 0)
                    return fail(fileLine,
                        spanReason(*span,
                            QCoreApplication::translate("EvidenceReader",
                                "the start time \"%1\" is not a number of nanoseconds since 1970")
                                .arg(start.isString() ? start.toString() : numberText(start))));
                event.at = QDateTime::fromMSecsSinceEpoch(nanos / 1000000, Qt::UTC);
                if (!checkNotFuture(event.at, &reason))
                    return fail(fileLine, spanReason(*span, reason));

                const auto firstOf
                    = [&](std::initializer_list<const char *> keys, const QHash<QString, QString> &from) {
                          for (const char *key : keys) {
                              const QString value = from.value(QLatin1String(key));
                              if (!value.isEmpty())
                                  return value;
                          }
                          return QString();
                      };
                event.systemRef = firstOf({ "gen_ai.agent.id" }, spanAttributes);
                if (event.systemRef.isEmpty())
                    event.systemRef = firstOf({ "gen_ai.agent.id", "service.name" }, resourceAttributes);
                if (event.systemRef.isEmpty())
                    return fail(fileLine,
                        spanReason(*span,
                            QCoreApplication::translate("EvidenceReader",
                                "the span names neither an agent (\"gen_ai.agent.id\") nor a service "
                                "(\"service.name\")")));
                event.tool = spanAttributes.value(QStringLiteral("gen_ai.tool.name"));
                event.target = firstOf({ "server.address" }, spanAttributes);
                if (event.target.isEmpty())
                    event.target = urlTarget(spanAttributes.value(QStringLiteral("url.full")));
                event.action = QStringLiteral("execute_tool");
                const bool failed
                    = isErrorStatus(
                          object.value(QLatin1String("status")).toObject().value(QLatin1String("code")))
                    || spanAttributes.contains(QStringLiteral("error.type"));
                event.outcome = failed ? QStringLiteral("failure") : QStringLiteral("success");
                events->append(event);
            }
        }
    }
    return true;
}

bool EvidenceReader::collectCloudTrail(const QByteArray &bytes, QVector<EvidenceEvent> *events)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(lineAt(bytes, parseError.offset),
            QCoreApplication::translate("EvidenceReader", "the file is not valid JSON: %1")
                .arg(parseError.errorString()));
    const QJsonValue records = document.object().value(QLatin1String("Records"));
    if (!records.isArray())
        return fail(0,
            QCoreApplication::translate(
                "EvidenceReader", "this is not a CloudTrail log: there is no \"Records\" array"));
    const QJsonArray array = records.toArray();
    QString reason;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const qint64 ordinal = i + 1;
        if (!array.at(i).isObject())
            return fail(0,
                recordReason(ordinal,
                    QCoreApplication::translate("EvidenceReader", "the record is not a JSON object")));
        const QJsonObject record = array.at(i).toObject();
        EvidenceEvent event;
        event.line = ordinal;
        const QJsonValue time = record.value(QLatin1String("eventTime"));
        if (!time.isString())
            return fail(0,
                recordReason(
                    ordinal, QCoreApplication::translate("EvidenceReader", "there is no \"eventTime\"")));
        if (!parseTime(time.toString(), &event.at, &reason))
            return fail(0, recordReason(ordinal, reason));
        const QJsonObject identity = record.value(QLatin1String("userIdentity")).toObject();
        event.credentialRef = identity.value(QLatin1String("accessKeyId")).toString().trimmed();
        // Without an access key, the role or user ARN is the only name there is (it may be a system's
        // external id); with neither, AWS acted on its own and no system is involved.
        if (event.credentialRef.isEmpty())
            event.systemRef = identity.value(QLatin1String("arn")).toString().trimmed();
        if (event.credentialRef.isEmpty() && event.systemRef.isEmpty()) {
            ++m_skipped;
            continue;
        }
        event.tool = QStringLiteral("aws");
        event.target = record.value(QLatin1String("eventSource")).toString().trimmed();
        event.action = record.value(QLatin1String("eventName")).toString().trimmed();
        const bool failed = !record.value(QLatin1String("errorCode")).toString().trimmed().isEmpty();
        event.outcome = failed ? QStringLiteral("failure") : QStringLiteral("success");
        events->append(event);
    }
    return true;
}

} // namespace Mandate
