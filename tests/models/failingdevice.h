#pragma once
// A device that takes limit bytes, then refuses every write: a full disk half way through an
// export. Shared by the tests of every writer (issue 7: a failure leaves no partial file and says why).

#include <QIODevice>

namespace Mandate::Test {

class FailingDevice : public QIODevice
{
public:
    explicit FailingDevice(qint64 limit)
        : m_limit(limit)
    {
        open(QIODevice::WriteOnly);
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override
    {
        if (m_written + size > m_limit) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        m_written += size;
        return size;
    }

private:
    qint64 m_limit;
    qint64 m_written = 0;
};

} // namespace Mandate::Test
