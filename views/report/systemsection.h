#pragma once
// One system's section of the inventory review report (issue 7): its classification with the
// rationale, runtime authority, owners and lifecycle, the privilege boundary, the credentials it
// uses, its findings with their framework items, its mappings and the latest review decisions.

#include "domain/aisystem.h"

#include <QCoreApplication>

namespace Mandate {

class ReportDocument;
class Workspace;
struct ReportEstate;

class SystemSection
{
    Q_DECLARE_TR_FUNCTIONS(SystemSection)

public:
    static void add(ReportDocument &document, const Workspace &workspace, const AiSystem &system,
        const ReportEstate &estate);

private:
    static void addProfile(ReportDocument &document, const Workspace &workspace, const AiSystem &system);
    static void addPrivileges(ReportDocument &document, const AiSystem &system, const ReportEstate &estate);
    static void addFindings(ReportDocument &document, const AiSystem &system, const ReportEstate &estate);
    static void addMappings(ReportDocument &document, const AiSystem &system, const ReportEstate &estate);
    static void addDecisions(ReportDocument &document, const AiSystem &system, const ReportEstate &estate);
};

} // namespace Mandate
