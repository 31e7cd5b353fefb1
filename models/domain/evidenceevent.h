#pragma once
// One observed action of an AI system at runtime (issue 6, DOMAIN.md section 9): what a log said a
// system or a credential did, when, with which tool, on which target. Evidence files (JSON Lines,
// OpenTelemetry GenAI spans, AWS CloudTrail) are read into these; the workspace then matches each to
// a system through the system or credential it names, and compares what was observed with what is
// declared in the privilege boundary (F-UNDECLARED, F-UNUSED).

#include <QDateTime>
#include <QString>

namespace Mandate {

struct EvidenceEvent
{
    QDateTime at;          // UTC
    QString systemRef;     // as the file names the system: a Mandate id or an external id; may be empty
    QString credentialRef; // as the file names the credential: a Mandate id, or the credential's name
                           // (for CloudTrail, the access key id); may be empty
    QString tool;          // e.g. "kubectl", "github.create_pull_request"; may be empty
    QString target;        // the resource acted on, e.g. "prod-cluster", "s3.amazonaws.com"
    QString action;        // what was done, e.g. "read", "write", "DeleteObject"
    QString outcome;       // e.g. "success", "failure"; may be empty
    qint64 line = 0;       // where in the file, 1-based (a record's first line), for reports
};

} // namespace Mandate
