#include "dashboarddata.h"

#include "itemmodels/coveragemodel.h"
#include "rules/derivedfacts.h"
#include "rules/findingsengine.h"
#include "rules/frameworkcatalog.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace Mandate {
namespace {

DashboardBar bar(const Workspace &workspace, DashboardFilter::Kind kind, const QString &value)
{
    DashboardBar b;
    b.filter = { kind, value };
    b.label = filterLabel(workspace, b.filter);
    return b;
}

// One bar per value of a vocabulary, in its order.
template<typename E> QVector<DashboardBar> vocabularyBars(const Workspace &workspace, DashboardFilter::Kind kind)
{
    QVector<DashboardBar> bars;
    for (int i = 0; i < valueCount<E>(); ++i)
        bars << bar(workspace, kind, toId(static_cast<E>(i)));
    return bars;
}

// A vocabulary value's label, or the id itself when it is not one.
template<typename E> QString vocabularyLabel(const QString &id)
{
    const std::optional<E> value = fromId<E>(id);
    return value ? label(*value) : id;
}

bool isOpen(MappingStatus status)
{
    return status == MappingStatus::Gap || status == MappingStatus::Partial;
}

// Severities from the most severe down, as a findings list reads.
constexpr Severity severityOrder[] = { Severity::High, Severity::Medium, Severity::Low };

} // namespace

QString filterLabel(const Workspace &workspace, const DashboardFilter &filter)
{
    switch (filter.kind) {
    case DashboardFilter::Kind::None:
        return {};
    case DashboardFilter::Kind::Paradigm:
        return vocabularyLabel<Paradigm>(filter.value);
    case DashboardFilter::Kind::IdentitySubject:
        return filter.value == QLatin1String("yes")
            ? QCoreApplication::translate("DashboardData", "Identity subjects")
            : QCoreApplication::translate("DashboardData", "Not identity subjects");
    case DashboardFilter::Kind::NhiRisk:
        switch (fromId<Tristate>(filter.value).value_or(Tristate::Unknown)) {
        case Tristate::Yes:
            return QCoreApplication::translate("DashboardData", "NHI risk");
        case Tristate::No:
            return QCoreApplication::translate("DashboardData", "No NHI risk");
        case Tristate::Unknown:
            break;
        }
        return QCoreApplication::translate("DashboardData", "NHI risk unknown");
    case DashboardFilter::Kind::Severity:
        return vocabularyLabel<Severity>(filter.value);
    case DashboardFilter::Kind::Rule:
        return filter.value; // rule ids ("F-OWNER") are the same in every language
    case DashboardFilter::Kind::CatalogOpen:
        for (const FrameworkCatalog &catalog : workspace.catalogs()) {
            if (catalog.id() == filter.value)
                return catalog.name();
        }
        return filter.value;
    case DashboardFilter::Kind::Lifecycle:
        return vocabularyLabel<LifecycleStage>(filter.value);
    }
    return filter.value;
}

QString describeFilter(const Workspace &workspace, const DashboardFilter &filter)
{
    const QString label = filterLabel(workspace, filter);
    if (filter.kind == DashboardFilter::Kind::Severity)
        return QCoreApplication::translate("DashboardData", "%1 severity findings").arg(label);
    if (filter.kind == DashboardFilter::Kind::CatalogOpen)
        return QCoreApplication::translate("DashboardData", "%1 gaps").arg(label);
    return label;
}

const DashboardBar *DashboardData::ruleBar(const QString &rule) const
{
    for (const DashboardBar &b : rules) {
        if (b.filter.value == rule)
            return &b;
    }
    return nullptr;
}

DashboardData computeDashboard(const Workspace &workspace, const QDate &today)
{
    if (workspace.isImporting())
        return {};
    return computeDashboard(workspace, computeFindings(workspace, today));
}

DashboardData computeDashboard(const Workspace &workspace, const QVector<SystemFinding> &findings,
    const std::optional<QVector<SystemId>> &scope)
{
    DashboardData data;
    if (workspace.isImporting())
        return data;

    data.paradigms = vocabularyBars<Paradigm>(workspace, DashboardFilter::Kind::Paradigm);
    data.lifecycle = vocabularyBars<LifecycleStage>(workspace, DashboardFilter::Kind::Lifecycle);
    data.identitySubjects = { bar(workspace, DashboardFilter::Kind::IdentitySubject, QStringLiteral("yes")),
        bar(workspace, DashboardFilter::Kind::IdentitySubject, QStringLiteral("no")) };
    const Tristate riskOrder[] = { Tristate::Yes, Tristate::Unknown, Tristate::No };
    for (const Tristate risk : riskOrder)
        data.nhiRisk << bar(workspace, DashboardFilter::Kind::NhiRisk, toId(risk));

    // One pass over the systems for everything that is per system.
    const QVector<SystemId> systems = scope ? *scope : workspace.systemIds();
    for (const SystemId id : systems) {
        const AiSystem *system = workspace.system(id);
        if (!system)
            continue;
        ++data.systemCount;
        ++data.paradigms[int(system->paradigm)].count;
        ++data.lifecycle[int(system->lifecycleStage)].count;
        const DerivedValues derived = deriveValues(*system);
        ++data.identitySubjects[derived.identitySubject == Tristate::Yes ? 0 : 1].count;
        for (int i = 0; i < 3; ++i) {
            if (derived.nhiRisk == riskOrder[i])
                ++data.nhiRisk[i].count;
        }
    }
    for (QVector<DashboardBar> *bars :
        { &data.paradigms, &data.lifecycle, &data.identitySubjects, &data.nhiRisk }) {
        for (DashboardBar &b : *bars)
            b.systems = b.count;
    }

    // Findings: counted as findings, with the systems they are about.
    data.findingCount = int(findings.size());
    QSet<SystemId> systemsBySeverity[3];
    int severityCounts[3] = { 0, 0, 0 };
    QHash<QString, DashboardBar> byRule;
    QHash<QString, QSet<SystemId>> systemsByRule;
    for (const SystemFinding &f : findings) {
        const int s = int(f.finding.severity);
        ++severityCounts[s];
        systemsBySeverity[s].insert(f.systemId);
        ++byRule[f.finding.rule].count;
        systemsByRule[f.finding.rule].insert(f.systemId);
    }
    for (const Severity severity : severityOrder) {
        DashboardBar b = bar(workspace, DashboardFilter::Kind::Severity, toId(severity));
        b.count = severityCounts[int(severity)];
        b.systems = int(systemsBySeverity[int(severity)].size());
        data.severities << b;
    }
    for (auto it = byRule.begin(); it != byRule.end(); ++it) {
        DashboardBar b = bar(workspace, DashboardFilter::Kind::Rule, it.key());
        b.count = it->count;
        b.systems = int(systemsByRule.value(it.key()).size());
        data.rules << b;
    }
    std::sort(data.rules.begin(), data.rules.end(), [](const DashboardBar &a, const DashboardBar &b) {
        return a.count != b.count ? a.count > b.count : a.filter.value < b.filter.value;
    });

    // Coverage per catalog, the built-in ones and those loaded into the workspace.
    const QVector<Mapping> mappings = workspace.allMappings();
    const std::optional<QSet<SystemId>> inScope
        = scope ? std::optional<QSet<SystemId>>(QSet<SystemId>(scope->begin(), scope->end())) : std::nullopt;
    QHash<QString, QSet<SystemId>> openSystems;
    for (const Mapping &m : mappings) {
        if (isOpen(m.status) && (!inScope || inScope->contains(m.systemId)))
            openSystems[m.catalogId].insert(m.systemId);
    }
    for (const FrameworkCatalog &catalog : workspace.catalogs()) {
        const CoverageModel::Coverage coverage = CoverageModel::coverageOf(mappings, catalog.id(), inScope);
        DashboardBar b;
        b.label = catalog.name();
        b.filter = { DashboardFilter::Kind::CatalogOpen, catalog.id() };
        b.count = coverage.covered;
        b.total = coverage.mapped;
        b.systems = int(openSystems.value(catalog.id()).size());
        data.coverage << b;
    }
    return data;
}

QSet<SystemId> systemsMatching(const Workspace &workspace, const DashboardFilter &filter, const QDate &today)
{
    using Kind = DashboardFilter::Kind;
    // Only the findings bars need the findings: the others are not worth computing them for.
    const bool needsFindings = filter.kind == Kind::Severity || filter.kind == Kind::Rule;
    return systemsMatching(workspace, filter,
        needsFindings && !workspace.isImporting() ? computeFindings(workspace, today) : QVector<SystemFinding>());
}

QSet<SystemId> systemsMatching(
    const Workspace &workspace, const DashboardFilter &filter, const QVector<SystemFinding> &findings)
{
    QSet<SystemId> ids;
    if (workspace.isImporting())
        return ids;
    using Kind = DashboardFilter::Kind;
    switch (filter.kind) {
    case Kind::None:
        break;
    case Kind::Paradigm:
    case Kind::IdentitySubject:
    case Kind::NhiRisk:
    case Kind::Lifecycle: {
        const std::optional<Paradigm> paradigm = fromId<Paradigm>(filter.value);
        const std::optional<LifecycleStage> stage = fromId<LifecycleStage>(filter.value);
        const std::optional<Tristate> risk = fromId<Tristate>(filter.value);
        const bool wantSubjects = filter.value == QLatin1String("yes");
        for (const SystemId id : workspace.systemIds()) {
            const AiSystem *system = workspace.system(id);
            if (!system)
                continue;
            bool match = false;
            if (filter.kind == Kind::Paradigm)
                match = paradigm && system->paradigm == *paradigm;
            else if (filter.kind == Kind::Lifecycle)
                match = stage && system->lifecycleStage == *stage;
            else if (filter.kind == Kind::IdentitySubject)
                match = (deriveValues(*system).identitySubject == Tristate::Yes) == wantSubjects;
            else
                match = risk && deriveValues(*system).nhiRisk == *risk;
            if (match)
                ids.insert(id);
        }
        break;
    }
    case Kind::Severity:
    case Kind::Rule: {
        const std::optional<Severity> severity = fromId<Severity>(filter.value);
        for (const SystemFinding &f : findings) {
            if (filter.kind == Kind::Rule ? f.finding.rule == filter.value
                                          : severity && f.finding.severity == *severity)
                ids.insert(f.systemId);
        }
        break;
    }
    case Kind::CatalogOpen:
        for (const Mapping &m : workspace.allMappings()) {
            if (m.catalogId == filter.value && isOpen(m.status))
                ids.insert(m.systemId);
        }
        break;
    }
    return ids;
}

} // namespace Mandate
