#include "rowpipeline.h"

namespace Mandate {

RowPipeline::RowPipeline(RecordSource &source, const RowConverter &converter)
    : m_source(source), m_converter(converter), m_progressTotal(source.progressTotal()),
      m_thread(&RowPipeline::read, this)
{
}

RowPipeline::~RowPipeline()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void RowPipeline::read()
{
    InventoryRecord record;
    size_t fingerprint = 0;
    QVector<ConvertedRow> batch;
    batch.reserve(batchSize);
    bool more = true;
    while (more) {
        more = m_source.next(&record);
        if (more) {
            fingerprint = qHash(record.line, fingerprint);
            for (const auto &field : qAsConst(record.fields))
                fingerprint = qHash(field.second, qHash(field.first, fingerprint));
            batch.append(m_converter.convert(record));
        }
        if (batch.size() < batchSize && more)
            continue;
        m_progressDone.store(m_source.progressDone(), std::memory_order_relaxed);
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stop || m_queue.size() < maxQueuedBatches; });
        if (m_stop)
            break;
        if (!batch.isEmpty())
            m_queue.push_back(std::move(batch));
        batch = {};
        batch.reserve(batchSize);
        if (!more) {
            m_error = m_source.error();
            m_fingerprint = fingerprint;
        }
        lock.unlock();
        m_changed.notify_all();
    }
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_finished = true;
    m_changed.notify_all();
}

bool RowPipeline::next(ConvertedRow *row)
{
    if (m_next >= m_batch.size()) {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_queue.empty() || m_finished; });
        if (m_queue.empty())
            return false;
        m_batch = std::move(m_queue.front());
        m_queue.pop_front();
        m_next = 0;
        lock.unlock();
        m_changed.notify_all();
    }
    *row = std::move(m_batch[m_next++]);
    return true;
}

} // namespace Mandate
