#pragma once
// The findings of DOMAIN.md section 6 that a system's own record decides, without the details of
// its privileges and credentials: enough for the map to colour markers by their highest severity.
// Pure functions, the clock passed in, so a finding is the same wherever and whenever it is computed.
// The privilege- and credential-level rules join the same table later (issue 5).

#include "domain/aisystem.h"
#include "domain/vocabulary.h"
#include "rules/derivedfacts.h"

#include <QDate>
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
};

// What a system's own record says, without its privileges' details: today is passed in so tests are exact.
struct SystemFindingInputs
{
    const AiSystem &system;
    const DerivedValues &derived;
    QDate today;
    bool hasImportFinding; // an F-SECRET-IN-INVENTORY was stored for it at import
};

// The findings that fire, in the order of DOMAIN.md's table.
QVector<Finding> systemFindings(const SystemFindingInputs &inputs);

std::optional<Severity> highestSeverity(const QVector<Finding> &findings);

// The same as highestSeverity(systemFindings(inputs)) without building the reasons: the map asks
// this of 100k systems at once. A test holds the two equal.
std::optional<Severity> highestSystemSeverity(const SystemFindingInputs &inputs);

} // namespace Mandate
