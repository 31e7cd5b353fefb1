#pragma once
// What runtime evidence says a system did, aggregated (issue 6, DOMAIN.md section 9): the rules
// (F-UNDECLARED, F-UNUSED) and a review compare these with the declared privilege boundary. One
// entry per (target, tool, action) over every imported event of the system, so that a million
// events become a few rows the rules can read.

#include <QDateTime>
#include <QString>

namespace Mandate {

struct ObservedAccess
{
    QString target;
    QString tool;
    QString action;
    qint64 count = 0;
    QDateTime first; // UTC
    QDateTime last;  // UTC
};

// The time span a system's evidence covers: what "unused" is judged over. Invalid when it has none.
struct EvidenceWindow
{
    QDateTime first;
    QDateTime last;
    qint64 events = 0;
    bool isValid() const { return events > 0; }
};

} // namespace Mandate
