#pragma once
// The dashboard's figures (issue 5, item 7): systems per recorded paradigm, identity subjects and
// NHI risk, findings by severity and by rule, framework coverage per catalog, lifecycle stages.
// Computed here, headless and tested, so the charts in views/ only draw what they are given. Each
// bar carries a filter that names the systems it stands for, so clicking it can narrow the
// inventory to exactly those systems.

#include "domain/aisystem.h"
#include "rules/findingsengine.h"

#include <QDate>
#include <QSet>
#include <QString>
#include <QVector>
#include <optional>

namespace Mandate {

class Workspace;

// Which systems a bar stands for: a kind and the id of its value (a vocabulary id, a rule, a
// catalog id).
struct DashboardFilter
{
    enum class Kind {
        None,            // no systems
        Paradigm,        // recorded paradigm; value: Paradigm id
        IdentitySubject, // value "yes": derived identity subjects; "no": all the others
        NhiRisk,         // derived NHI risk; value: Tristate id
        Severity,        // systems with at least one finding of this severity; value: Severity id
        Rule,            // systems with at least one finding of this rule; value: rule, "F-OWNER"
        CatalogOpen,     // systems with a gap or partial mapping in this catalog; value: catalog id
        Lifecycle,       // value: LifecycleStage id
    };
    Kind kind = Kind::None;
    QString value;

    bool operator==(const DashboardFilter &o) const { return kind == o.kind && value == o.value; }
    bool operator!=(const DashboardFilter &o) const { return !(*this == o); }
};

// One bar or slice.
struct DashboardBar
{
    QString label; // translated
    int count = 0; // what is drawn: systems, findings, or (coverage) covered pairs
    int total = 0; // coverage only: the mapped pairs count is a share of; 0 elsewhere
    int systems = 0; // how many systems the filter stands for
    DashboardFilter filter;

    // The coverage bars' figure, 0 to 100; 0 when nothing is mapped.
    double percent() const { return total == 0 ? 0.0 : 100.0 * count / total; }
};

struct DashboardData
{
    int systemCount = 0;
    int findingCount = 0;
    QVector<DashboardBar> paradigms;        // every paradigm, Undecided first (counts: systems)
    QVector<DashboardBar> identitySubjects; // identity subjects, then the others (systems)
    QVector<DashboardBar> nhiRisk;          // yes, unknown, no (systems)
    QVector<DashboardBar> severities;       // high, medium, low (findings)
    QVector<DashboardBar> rules;            // rules that fired, most findings first (findings)
    QVector<DashboardBar> coverage;         // per catalog, in catalog order (covered of mapped)
    QVector<DashboardBar> lifecycle;        // every stage in lifecycle order (systems)

    // The bar of rule in rules; null when it did not fire.
    const DashboardBar *ruleBar(const QString &rule) const;
};

// Empty data while an import holds the workspace. Coverage is over FrameworkCatalog::builtIn().
DashboardData computeDashboard(const Workspace &workspace, const QDate &today);
// The same with the workspace's findings already known (a FindingsCache keeps them): the
// findings bars count these rather than computing them again. With a scope (a report on part of
// the estate), the systems and coverage bars count only those systems; findings should match it.
DashboardData computeDashboard(const Workspace &workspace, const QVector<SystemFinding> &findings,
    const std::optional<QVector<SystemId>> &scope = std::nullopt);

// The bar's label for a filter, in the current language ("High", "NHI risk unknown", a catalog's
// name).
QString filterLabel(const Workspace &workspace, const DashboardFilter &filter);
// What the systems of a filter have in common ("High severity findings", "OWASP Agentic Top 10
// gaps"): the inventory's notice, written again in the new language after a switch.
QString describeFilter(const Workspace &workspace, const DashboardFilter &filter);

// The systems a filter stands for, as the bar it came from counted them.
QSet<SystemId> systemsMatching(const Workspace &workspace, const DashboardFilter &filter, const QDate &today);
// The same with the workspace's findings already known.
QSet<SystemId> systemsMatching(
    const Workspace &workspace, const DashboardFilter &filter, const QVector<SystemFinding> &findings);

} // namespace Mandate
