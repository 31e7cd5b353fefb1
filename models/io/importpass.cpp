#include "importpass.h"

#include "io/rowconverter.h"

#include <QCoreApplication>
#include <QMap>

namespace Mandate {

ImportPass::ImportPass(const ImportSettings &settings, const WorkspaceSnapshot &workspace)
    : m_settings(settings), m_workspace(workspace)
{
}

QString ImportPass::defaultKeyColumn(const ColumnMapping &mapping)
{
    for (const SystemField field : { SystemField::ExternalId, SystemField::Name }) {
        const int column = mapping.columnFor(field);
        if (column >= 0)
            return mapping.header().at(column);
    }
    return {};
}

bool ImportPass::prepare(RecordSource &source, ImportReport *report)
{
    const QStringList columns = source.columns();
    report->sourceDescription = source.description();
    if (m_settings.mapping) {
        QString problem;
        const std::optional<ColumnMapping> saved = ColumnMapping::fromJson(*m_settings.mapping, columns, &problem);
        if (!saved) {
            report->fatal = ReadError { m_settings.path, 0, 0,
                                        QCoreApplication::translate("ImportPass", "the column mapping does not fit: %1")
                                            .arg(problem) };
            return false;
        }
        m_mapping = *saved;
    } else {
        m_mapping = ColumnMapping::automatic(columns);
    }

    // A repeated header is harmless for a column kept as an attribute (questionnaire exports repeat
    // "If Other, please explain."), but two columns that both claim to be, say, the name leave the
    // import guessing which one is meant.
    const QHash<int, QString> repeatedByColumn = source.repeatedColumns();
    QMap<int, QString> repeated; // in column order, so the notes read in file order
    for (auto it = repeatedByColumn.constBegin(); it != repeatedByColumn.constEnd(); ++it)
        repeated.insert(it.key(), it.value());
    for (auto it = repeated.constBegin(); it != repeated.constEnd(); ++it) {
        const bool meaningful = ColumnMapping::automatic({ it.value() }).target(0).has_value();
        if (meaningful && !m_settings.mapping) {
            report->fatal = ReadError { m_settings.path, 1, it.key() + 1,
                                        QCoreApplication::translate("ImportPass",
                                                                    "columns %1 and %2 are both called \"%3\"; rename one "
                                                                    "or map them by hand")
                                            .arg(columns.indexOf(it.value()) + 1)
                                            .arg(it.key() + 1)
                                            .arg(it.value()) };
            return false;
        }
        report->notes.append(QCoreApplication::translate("ImportPass",
                                                         "Column %1 repeats the name \"%2\"; it is kept as \"%3\".")
                                 .arg(it.key() + 1)
                                 .arg(it.value(), columns.value(it.key())));
    }

    QString keyColumn = m_settings.keyColumn.isEmpty() ? defaultKeyColumn(m_mapping) : m_settings.keyColumn;
    if (!m_settings.matchExisting)
        keyColumn.clear();
    m_keyColumn = keyColumn.isEmpty() ? -1 : int(columns.indexOf(keyColumn));
    if (!keyColumn.isEmpty() && m_keyColumn < 0) {
        report->fatal = ReadError { m_settings.path, 0, 0,
                                    QCoreApplication::translate("ImportPass", "the file has no column \"%1\" to match by")
                                        .arg(keyColumn) };
        return false;
    }
    m_key = MatchKey {};
    if (m_keyColumn >= 0) {
        m_key.field = m_mapping.target(m_keyColumn);
        if (!m_key.field || m_key.field == SystemField::CustomAttributes) {
            m_key.field.reset();
            m_key.attribute = keyColumn;
        }
    }
    return true;
}

ImportReport ImportPass::run(const ImportControl &control, const RowHandler &onRow)
{
    ImportReport report;
    report.file = m_settings.path;
    std::unique_ptr<RecordSource> source = RecordSource::open(m_settings.path, m_settings.format, &report.fatal);
    if (!source || !prepare(*source, &report))
        return report;

    const QStringList columns = source->columns();
    report.mapping = m_mapping.toJson();
    const QString keyColumn = m_keyColumn >= 0 ? columns[m_keyColumn] : QString();
    const int nameIndex = m_mapping.columnFor(SystemField::Name);
    const QString nameColumn = nameIndex >= 0 ? columns[nameIndex] : fieldId(SystemField::Name);
    const RowConverter converter(columns, m_mapping, m_keyColumn);
    ImportAnalyzer analyzer(m_workspace, m_key, m_settings.conflicts);

    InventoryRecord record;
    qint64 sinceProgress = 0;
    while (source->next(&record)) {
        if (++sinceProgress == 1000) {
            sinceProgress = 0;
            if (control.cancelled()) {
                report.cancelled = true;
                return report;
            }
            if (control.progress)
                control.progress(source->progressDone(), source->progressTotal());
        }
        report.contentFingerprint = qHash(record.line, report.contentFingerprint);
        for (const auto &field : qAsConst(record.fields))
            report.contentFingerprint = qHash(field.second, qHash(field.first, report.contentFingerprint));
        const ConvertedRow row = converter.convert(record);
        const std::optional<RowOutcome> outcome = analyzer.add(row, keyColumn, nameColumn, &report);
        if (outcome && onRow && !onRow(row, *outcome))
            return report;
    }
    if (source->error().isError()) {
        report.fatal = source->error();
        return report;
    }
    analyzer.finish(&report);
    if (control.progress)
        control.progress(source->progressTotal(), source->progressTotal());
    return report;
}

} // namespace Mandate
