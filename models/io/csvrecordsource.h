#pragma once
// The CSV side of RecordSource: streams records from disk through CsvReader and names each value
// by its header, so that a million-row spreadsheet export never sits in memory.

#include "io/csvreader.h"
#include "io/recordsource.h"

#include <QFile>

namespace Mandate {

class CsvRecordSource : public RecordSource
{
public:
    // file is open for reading; fileName is the path as the analyst gave it, for messages.
    CsvRecordSource(std::unique_ptr<QFile> file, const QString &fileName);
    // Detects encoding and delimiter and reads the header. False with error() set when it cannot.
    bool open();

    Format format() const override { return Format::Csv; }
    QString description() const override;
    QStringList columns() const override { return m_columns; }
    QHash<int, QString> repeatedColumns() const override { return m_repeated; }
    bool next(InventoryRecord *record) override;
    ReadError error() const override { return m_reader.error(); }
    qint64 progressDone() const override;
    qint64 progressTotal() const override;

private:
    std::unique_ptr<QFile> m_file; // before m_reader, which reads from it
    CsvReader m_reader;
    QStringList m_columns;
    QHash<int, QString> m_repeated;
    QStringList m_values; // reused from record to record
    bool m_atEnd = false;
};

} // namespace Mandate
