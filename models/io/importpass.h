#pragma once
// One pass over an inventory file: open it, resolve the column mapping and the match key, convert
// and classify every row, and hand each good row to the caller. The check pass runs it to build the
// report the analyst reads; the write pass runs it again and stores each row, so the file is
// streamed twice and never held in memory. Thread-safe: it touches no database.

#include "io/columnmapping.h"
#include "io/importanalyzer.h"
#include "io/importreport.h"
#include "io/recordsource.h"

#include <atomic>
#include <functional>
#include <optional>

namespace Mandate {

struct ImportSettings
{
    QString path;
    RecordSource::Format format = RecordSource::Format::Auto;
    // A mapping file's JSON (ColumnMapping::toJson), as saved by the wizard or written for the CLI;
    // nullopt: automatic from the file's headers.
    std::optional<QJsonObject> mapping;
    // The column rows match systems by. Empty: the column mapped to external_id, else the one
    // mapped to name, so importing the same file twice never duplicates systems.
    QString keyColumn;
    // Off: every row is a new system (a first import of a file with no unique column, such as the
    // US federal inventory, where use case names repeat across agencies).
    bool matchExisting = true;
    bool skipBadRows = true; // false: one bad row aborts the import
    ConflictChoices conflicts;
};

// Progress and Cancel, for a worker thread: progress is called now and then, never per row.
struct ImportControl
{
    std::function<void(qint64 done, qint64 total)> progress;
    const std::atomic<bool> *cancel = nullptr;

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
};

class ImportPass
{
public:
    using RowHandler = std::function<bool(const ConvertedRow &, const RowOutcome &)>;

    ImportPass(const ImportSettings &settings, const WorkspaceSnapshot &workspace);

    // Reads the whole file. onRow (may be empty) gets each good row in file order; returning false
    // stops the pass. The report is complete unless it says fatal or cancelled.
    ImportReport run(const ImportControl &control, const RowHandler &onRow = {});

    // The key column when the analyst picks none: external_id's column, else name's.
    static QString defaultKeyColumn(const ColumnMapping &mapping);

private:
    bool prepare(RecordSource &source, ImportReport *report);

    ImportSettings m_settings;
    const WorkspaceSnapshot &m_workspace;
    ColumnMapping m_mapping;
    int m_keyColumn = -1;
    MatchKey m_key;
};

} // namespace Mandate
