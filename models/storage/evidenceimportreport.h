#pragma once
// What an evidence import found (Workspace::importEvidence): how many events the file had, how
// many were matched to a system and how many named no known system or credential. Unknown names
// are reported, never fatal: logs name far more than the inventory knows.

#include <QString>
#include <QVector>

namespace Mandate {

struct UnmatchedEvidence
{
    qint64 line = 0;
    QString systemRef;
    QString credentialRef;
};

struct EvidenceImportReport
{
    qint64 events = 0;
    qint64 matched = 0;    // events matched to at least one system
    qint64 unmatched = 0;  // events matched to none, not stored
    qint64 stored = 0;     // rows stored: an event on a shared credential counts once per system
    qint64 batchId = 0;
    QVector<UnmatchedEvidence> unmatchedExamples; // the first few, in file order
    static constexpr int maxExamples = 10;
};

} // namespace Mandate
