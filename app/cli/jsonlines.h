#pragma once
// The CLI's JSON arrays: one compact object per line, so that the output is valid JSON and still
// greps and streams well at 100k systems. Writes "[" when made and "]" when finished.

#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Mandate {

class JsonLines
{
public:
    explicit JsonLines(QTextStream &out) : m_out(out) { m_out << '['; }

    void append(const QJsonObject &object)
    {
        m_out << (m_empty ? "\n" : ",\n") << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
        m_empty = false;
    }

    void finish() { m_out << (m_empty ? "]\n" : "\n]\n"); }

private:
    QTextStream &m_out;
    bool m_empty = true;
};

} // namespace Mandate
