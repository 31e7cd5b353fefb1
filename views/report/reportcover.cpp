#include "reportcover.h"

#include "report/reportdocument.h"
#include "report/reporttext.h"
#include "storage/serverlocation.h"
#include "storage/workspace.h"

#include <QFileInfo>

namespace Mandate {

void ReportCover::addProvenance(ReportDocument &document, const Workspace &workspace, Rows rows, const QDate &today,
    const QString &analyst, const QString &note)
{
    const AuditVerification audit = workspace.verifyAudit();
    const QString chain = audit.ok ? tr("verified, %Ln entries", nullptr, int(audit.entriesChecked))
                                   : tr("BROKEN: %1").arg(audit.problem);
    // A file by its full path; a server as "database on host:port" (its URI never holds a password).
    const QString location = workspace.filePath();
    rows.append({ tr("Workspace"),
                  ServerLocation::isUri(location) ? workspaceDisplayName(location) : QFileInfo(location).absoluteFilePath() });
    rows.append({ tr("Date"), ReportText::date(today) });
    rows.append({ tr("Analyst"), analyst.isEmpty() ? Workspace::defaultActor() : analyst });
    rows.append({ tr("Audit chain"), chain });
    document.addKeyValues(rows);
    document.addHeading(tr("Audit chain head hash"), 3);
    document.addParagraph(QString::fromLatin1(audit.headHash), ReportDocument::TextStyle::Monospace);
    document.addParagraph(note, ReportDocument::TextStyle::Small);
    document.addPageBreak();
}

} // namespace Mandate
