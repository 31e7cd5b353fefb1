#include "io/csvrecordsource.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Mandate {
namespace {

// An inventory lists systems; it is not a data dump. A cell over 10 MB or a header of more than
// 4,096 columns is refused with its line, rather than stored in every system (the reader's own
// limits are for any CSV).
CsvReader::Limits inventoryLimits()
{
    CsvReader::Limits limits;
    limits.maxFieldBytes = 10 * 1024 * 1024;
    limits.maxColumns = 4096;
    return limits;
}

} // namespace

CsvRecordSource::CsvRecordSource(std::unique_ptr<QFile> file, const QString &fileName)
    : m_file(std::move(file))
    , m_reader(m_file.get(), fileName, inventoryLimits())
{
    // A repeated header is not refused here: the import decides, from repeatedColumns(), whether
    // it matters (the US federal inventory repeats one on purpose).
    m_reader.setNumberDuplicateHeaders(true);
}

bool CsvRecordSource::open()
{
    if (!m_reader.open())
        return false;
    m_columns = m_reader.header();
    // CsvReader numbers a repeated name "name (2)"; the original is the name without that suffix.
    static const QRegularExpression suffix(QStringLiteral(" \\(\\d+\\)$"));
    for (const int column : m_reader.numberedColumns()) {
        QString original = m_columns.at(column);
        original.remove(suffix);
        m_repeated.insert(column, original);
    }
    return true;
}

QString CsvRecordSource::description() const
{
    QString encoding = CsvReader::encodingName(m_reader.encoding());
    if (m_reader.encoding() == CsvReader::Encoding::Windows1252) // chosen only as the fallback
        encoding = QCoreApplication::translate("RecordSource", "%1 (not valid UTF-8)").arg(encoding);
    if (m_reader.delimiter() == QLatin1Char(';'))
        return QCoreApplication::translate("RecordSource", "CSV, %1, semicolon-separated").arg(encoding);
    if (m_reader.delimiter() == QLatin1Char('\t'))
        return QCoreApplication::translate("RecordSource", "CSV, %1, tab-separated").arg(encoding);
    return QCoreApplication::translate("RecordSource", "CSV, %1, comma-separated").arg(encoding);
}

bool CsvRecordSource::next(InventoryRecord *record)
{
    qint64 line = 0;
    if (m_atEnd || !m_reader.readRecord(&m_values, &line)) {
        m_atEnd = true;
        return false;
    }
    record->line = line;
    record->fields.clear();
    record->fields.reserve(m_columns.size());
    for (qsizetype i = 0; i < m_columns.size(); ++i) // CsvReader pads a short record to the header
        record->fields.append({ m_columns.at(i), m_values.value(i) });
    return true;
}

qint64 CsvRecordSource::progressDone() const
{
    return m_reader.bytesRead();
}

qint64 CsvRecordSource::progressTotal() const
{
    const qint64 total = m_reader.totalBytes();
    return total >= 0 ? total : m_file->size();
}

} // namespace Mandate
