#include "io/recordsource.h"

#include "io/csvrecordsource.h"
#include "io/jsonrecordsource.h"

#include <QCoreApplication>
#include <QFile>

namespace Mandate {

namespace {

// True when the first byte after a UTF-8 byte-order mark and white space opens a JSON array or
// object. Reads as far as the white space goes, then rewinds (a stream is only peeked at).
bool startsLikeJson(QIODevice *device)
{
    const qint64 chunk = 64 * 1024;
    const qint64 start = device->pos();
    bool first = true;
    for (;;) {
        const QByteArray bytes = device->isSequential() ? device->peek(chunk) : device->read(chunk);
        qsizetype i = first && bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
        first = false;
        while (i < bytes.size()
            && (bytes.at(i) == ' ' || bytes.at(i) == '\t' || bytes.at(i) == '\n' || bytes.at(i) == '\r'))
            ++i;
        if (i < bytes.size() || bytes.isEmpty() || device->isSequential()) {
            if (!device->isSequential())
                device->seek(start);
            return i < bytes.size() && (bytes.at(i) == '{' || bytes.at(i) == '[');
        }
    }
}

JsonInventoryReader::Format jsonFormat(RecordSource::Format format)
{
    switch (format) {
    case RecordSource::Format::PlainJson:
        return JsonInventoryReader::Format::PlainJson;
    case RecordSource::Format::CycloneDx:
        return JsonInventoryReader::Format::CycloneDx;
    case RecordSource::Format::Spdx:
        return JsonInventoryReader::Format::Spdx;
    case RecordSource::Format::Auto:
    case RecordSource::Format::Csv:
        break;
    }
    return JsonInventoryReader::Format::Auto;
}

} // namespace

std::unique_ptr<RecordSource> RecordSource::open(const QString &path, Format format, ReadError *error)
{
    ReadError unused;
    if (!error)
        error = &unused;
    *error = ReadError();
    const auto fail = [&](const QString &reason) -> std::unique_ptr<RecordSource> {
        *error = ReadError { path, 0, 0, reason };
        return nullptr;
    };
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        return fail(QCoreApplication::translate("RecordSource", "the file cannot be opened: %1")
                        .arg(file->errorString()));
    }
    // Checked here, not left to each reader, so that every format says it the same way.
    if (!file->isSequential() && file->size() == 0)
        return fail(QCoreApplication::translate("RecordSource", "the file is empty"));

    const bool csv = format == Format::Csv || (format == Format::Auto && !startsLikeJson(file.get()));
    if (csv) {
        auto source = std::make_unique<CsvRecordSource>(std::move(file), path);
        if (!source->open()) {
            *error = source->error();
            return nullptr;
        }
        return source;
    }
    auto source = std::make_unique<JsonRecordSource>();
    if (!source->read(file.get(), path, jsonFormat(format))) {
        *error = source->error();
        return nullptr;
    }
    return source;
}

QString RecordSource::formatName(Format format)
{
    switch (format) {
    case Format::Csv:
        return QCoreApplication::translate("RecordSource", "CSV");
    case Format::PlainJson:
        return QCoreApplication::translate("RecordSource", "JSON");
    case Format::CycloneDx:
        return QCoreApplication::translate("RecordSource", "CycloneDX");
    case Format::Spdx:
        return QCoreApplication::translate("RecordSource", "SPDX");
    case Format::Auto:
        break;
    }
    return QCoreApplication::translate("RecordSource", "Automatic");
}

QString RecordSource::formatId(Format format)
{
    switch (format) {
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::PlainJson:
        return QStringLiteral("json");
    case Format::CycloneDx:
        return QStringLiteral("cyclonedx");
    case Format::Spdx:
        return QStringLiteral("spdx");
    case Format::Auto:
        break;
    }
    return QStringLiteral("auto");
}

std::optional<RecordSource::Format> RecordSource::formatFromId(const QString &id)
{
    for (const Format format :
        { Format::Auto, Format::Csv, Format::PlainJson, Format::CycloneDx, Format::Spdx }) {
        if (id.trimmed().compare(formatId(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

} // namespace Mandate
