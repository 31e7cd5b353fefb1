#pragma once
// The findings of DOMAIN.md section 6 for one system: from its own record, and, when they are
// given, from each of its privileges and the credentials they use. Pure functions, the clock passed
// in, so a finding is the same wherever and whenever it is computed. F-UNDECLARED and F-UNUSED
// need runtime evidence: they fire only when the inputs carry the system's observed accesses.

#include "domain/aisystem.h"
#include "domain/credential.h"
#include "domain/observedaccess.h"
#include "domain/privilege.h"
#include "domain/vocabulary.h"
#include "rules/derivedfacts.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace Mandate {

struct Finding
{
    QString rule; // "F-OWNER"
    Severity severity;
    QString reason; // translated, one sentence naming the facts that fired it
    QStringList frameworks; // framework item ids as in DOMAIN.md's "maps to" column, e.g. "CSF PR.AA-01"
    // The cause, so a findings panel can go to it: set by the rules about one privilege or one
    // credential, 0 for the rules about the system's own record.
    PrivilegeId privilegeId = 0;
    CredentialId credentialId = 0;
};

// What the rules look at for one system; today is passed in so tests are exact.
struct SystemFindingInputs
{
    const AiSystem &system;
    const DerivedValues &derived;
    QDate today;
    bool hasImportFinding; // an F-SECRET-IN-INVENTORY was stored for it at import
    // The system's privileges; the credentials by id (other systems' may be there too); how many
    // systems use each credential (see countSystemsPerCredential). Null means not known: the rules
    // that need it stay silent rather than guess. The map gives none of them.
    const QVector<Privilege> *privileges = nullptr;
    const QHash<CredentialId, Credential> *credentials = nullptr;
    const QHash<CredentialId, int> *systemsPerCredential = nullptr;
    // What runtime evidence shows the system doing (Workspace::observedAccess); null or empty: no
    // evidence, so F-UNDECLARED and F-UNUSED give no verdict. They also need privileges.
    const QVector<ObservedAccess> *observed = nullptr;
};

// The findings that fire, in the order of DOMAIN.md's table. A rule about privileges or credentials
// gives one finding per offending privilege (in the given order) or credential (in order of first use).
QVector<Finding> systemFindings(const SystemFindingInputs &inputs);

// How many distinct systems use each credential, from the privileges of the whole workspace: what
// F-REUSE counts. Privileges without a credential are left out.
QHash<CredentialId, int> countSystemsPerCredential(const QVector<Privilege> &privileges);

std::optional<Severity> highestSeverity(const QVector<Finding> &findings);

// The same as highestSeverity(systemFindings(inputs)) without building the reasons: the map asks
// this of 100k systems at once. A test holds the two equal.
std::optional<Severity> highestSystemSeverity(const SystemFindingInputs &inputs);

} // namespace Mandate
