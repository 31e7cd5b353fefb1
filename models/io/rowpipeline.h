#pragma once
// Reads and converts the rows of a file on a thread of its own while the caller classifies and
// stores them: converting (decoding, normalising, scanning for secrets) costs about as much as
// storing, and a workstation has more than one core. Rows arrive in file order, in batches
// through a bounded queue, so memory stays flat however long the file is.

#include "io/recordsource.h"
#include "io/rowconverter.h"

#include <QVector>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace Mandate {

class RowPipeline
{
public:
    // source and converter must outlive the pipeline; the source is read only by its thread.
    RowPipeline(RecordSource &source, const RowConverter &converter);
    ~RowPipeline(); // stops the reader and waits for it
    RowPipeline(const RowPipeline &) = delete;
    RowPipeline &operator=(const RowPipeline &) = delete;

    // The next row in file order; false at the end of the file or on a read error.
    bool next(ConvertedRow *row);

    // Valid once next() has returned false.
    ReadError error() const { return m_error; }
    // A hash over every record read (see ImportReport::contentFingerprint).
    size_t fingerprint() const { return m_fingerprint; }

    qint64 progressDone() const { return m_progressDone.load(std::memory_order_relaxed); }
    qint64 progressTotal() const { return m_progressTotal; }

private:
    void read();

    static constexpr int batchSize = 256;
    static constexpr size_t maxQueuedBatches = 16;

    RecordSource &m_source;
    const RowConverter &m_converter;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QVector<ConvertedRow>> m_queue;
    bool m_finished = false; // the reader is done (end, error or stop)
    bool m_stop = false;     // the consumer has gone
    QVector<ConvertedRow> m_batch;
    int m_next = 0;
    ReadError m_error;
    size_t m_fingerprint = 0;
    std::atomic<qint64> m_progressDone { 0 };
    qint64 m_progressTotal = 0;
    std::thread m_thread; // last: starts once everything above exists
};

} // namespace Mandate
