#pragma once
// How every report's cover ends: where the workspace is, when and for whom the report was made, and
// the state and head hash of the audit chain, which fix what the report shows. One place, so that
// an auditor finds the same provenance on an inventory report and on a campaign report.

#include <QCoreApplication>
#include <QDate>
#include <QPair>
#include <QVector>

namespace Mandate {

class ReportDocument;
class Workspace;

class ReportCover
{
    Q_DECLARE_TR_FUNCTIONS(ReportCover)

public:
    using Rows = QVector<QPair<QString, QString>>;

    // The report's own rows, then Workspace, Date, Analyst (empty: Workspace::defaultActor()) and
    // Audit chain; then the head hash and note, which says what the hash vouches for; a page break.
    static void addProvenance(ReportDocument &document, const Workspace &workspace, Rows rows, const QDate &today,
        const QString &analyst, const QString &note);
};

} // namespace Mandate
