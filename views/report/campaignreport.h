#pragma once
// The campaign report (issue 7): the record of one access-review campaign that an auditor files.
// A cover (scope, reviewers, dates, the audit chain's head hash), a summary of the decisions, every
// decision per system with its justification and the evidence it rested on (the item's snapshot),
// the separation-of-duties exceptions, the sign-off and the remediation list. An open campaign gives
// a draft that lists its undecided items. Read with one reviewItems() call, so that a campaign of
// 40,000 items builds in seconds.

#include "domain/campaign.h"
#include "report/reportdocument.h"

#include <QCoreApplication>
#include <QDate>
#include <memory>

namespace Mandate {

class Workspace;

class CampaignReport
{
    Q_DECLARE_TR_FUNCTIONS(CampaignReport)

public:
    struct Options
    {
        QString analyst; // empty: Workspace::defaultActor()
        QDate today = QDate::currentDate();
    };

    // The report on the campaign; nullptr when the campaign is unknown (error says so) or progress
    // asked to cancel. Progress covers reading and building; writing the document reports its own.
    static std::unique_ptr<ReportDocument> build(const Workspace &workspace, CampaignId id, const Options &options,
        const ReportDocument::Progress &progress = {}, QString *error = nullptr);

private:
    struct Record; // the campaign, its items and what they add up to, read once

    static void addCover(ReportDocument &document, const Workspace &workspace, const Record &record,
        const Options &options);
    static void addSummary(ReportDocument &document, const Record &record);
    static bool addDecisions(ReportDocument &document, const Record &record, const Options &options,
        const ReportDocument::Progress &progress);
    static void addSeparationOfDuties(ReportDocument &document, const Record &record);
    static void addSignOff(ReportDocument &document, const Record &record);
    static void addRemediation(ReportDocument &document, const Record &record);
};

} // namespace Mandate
