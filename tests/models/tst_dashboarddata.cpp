// The dashboard's figures over a small workspace: every bar counts what its chart says (systems
// per paradigm and stage, identity subjects, NHI risk, findings by rule and severity, coverage per
// catalog), and every bar's filter stands for exactly the systems the bar counted, so clicking it
// shows the analyst those systems and no others, under the bar's own words.
#include "dashboard/dashboarddata.h"
#include "rules/findingsengine.h"
#include "rules/frameworkcatalog.h"
#include "storage/workspace.h"

#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <memory>

using namespace Mandate;

namespace {

const QDate kToday(2026, 6, 1);

Behaviour behaviour(Tristate selects, Tristate tools, ApprovalGate gate, Tristate credentials)
{
    Behaviour b;
    b.selectsActions = selects;
    b.usesTools = tools;
    b.approvalGate = gate;
    b.accessesCredentials = credentials;
    if (selects == Tristate::No) {
        b.outputKind = OutputKind::Prediction;
        b.affectsExternalSystems = Tristate::No;
        b.outputFeedsExecution = Tristate::No;
    }
    return b;
}

} // namespace

class TestDashboardData : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    QHash<QString, SystemId> m_ids;
    DashboardData m_data;

    SystemId add(const QString &name, Paradigm paradigm, LifecycleStage stage, const Behaviour &b)
    {
        AiSystem prototype;
        prototype.name = name;
        prototype.paradigm = paradigm;
        prototype.lifecycleStage = stage;
        prototype.behaviour = b;
        const SystemId id = m_workspace->addSystem(prototype);
        m_ids.insert(name, id);
        return id;
    }

    QSet<SystemId> idsOf(const QStringList &names) const
    {
        QSet<SystemId> ids;
        for (const QString &name : names)
            ids.insert(m_ids.value(name));
        return ids;
    }

    const QVector<DashboardBar> &chart(const QString &name) const
    {
        if (name == QLatin1String("paradigms"))
            return m_data.paradigms;
        if (name == QLatin1String("lifecycle"))
            return m_data.lifecycle;
        if (name == QLatin1String("identity"))
            return m_data.identitySubjects;
        if (name == QLatin1String("nhi"))
            return m_data.nhiRisk;
        if (name == QLatin1String("severities"))
            return m_data.severities;
        if (name == QLatin1String("rules"))
            return m_data.rules;
        return m_data.coverage;
    }

    static const FrameworkCatalog &nhiCatalog()
    {
        static const FrameworkCatalog catalog = FrameworkCatalog::builtIn().at(1);
        return catalog;
    }

private slots:
    void initTestCase()
    {
        WorkspaceError error;
        m_workspace = Workspace::create(m_dir.filePath(QStringLiteral("dashboard.mandate")), &error);
        QVERIFY2(m_workspace, qPrintable(error.message()));
        // An autonomous agent with credentials: identity subject, NHI risk.
        const SystemId payer = add(QStringLiteral("Payment agent"), Paradigm::Agentic, LifecycleStage::Production,
            behaviour(Tristate::Yes, Tristate::Yes, ApprovalGate::None, Tristate::Yes));
        // A gated agent: not an identity subject, but it uses tools, so NHI risk.
        const SystemId release = add(QStringLiteral("Release agent"), Paradigm::Agentic, LifecycleStage::Pilot,
            behaviour(Tristate::Yes, Tristate::Yes, ApprovalGate::PerAction, Tristate::No));
        add(QStringLiteral("Claims triage"), Paradigm::Predictive, LifecycleStage::Production,
            behaviour(Tristate::No, Tristate::No, ApprovalGate::None, Tristate::No));
        add(QStringLiteral("Unsorted idea"), Paradigm::Undecided, LifecycleStage::Proposed, Behaviour());

        Privilege admin; // admin scope, no justification: F-OVERPRIV
        admin.systemId = payer;
        admin.target = QStringLiteral("payments-admin");
        admin.scope = Scope::Admin;
        admin.logging = Logging::Central;
        QVERIFY(m_workspace->addPrivilege(admin) != 0);

        Mapping mitigated;
        mitigated.systemId = payer;
        mitigated.catalogId = nhiCatalog().id();
        mitigated.itemId = nhiCatalog().items().at(0).itemId;
        mitigated.status = MappingStatus::Mitigated;
        QVERIFY(m_workspace->setMapping(mitigated) != 0);
        Mapping gap = mitigated;
        gap.systemId = release;
        gap.status = MappingStatus::Gap;
        QVERIFY(m_workspace->setMapping(gap) != 0);

        m_data = computeDashboard(*m_workspace, kToday);
    }

    void barsCountTheirSystems_data()
    {
        QTest::addColumn<QString>("chartName");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("count");
        QTest::addColumn<QStringList>("systems");
        const QString agent = QStringLiteral("Payment agent");
        const QString release = QStringLiteral("Release agent");
        const QString triage = QStringLiteral("Claims triage");
        const QString idea = QStringLiteral("Unsorted idea");
        QTest::addRow("two systems are recorded agentic")
            << QStringLiteral("paradigms") << QStringLiteral("agentic") << 2 << QStringList { agent, release };
        QTest::addRow("one is predictive") << QStringLiteral("paradigms") << QStringLiteral("predictive") << 1
                                           << QStringList { triage };
        QTest::addRow("undecided systems have a bar too")
            << QStringLiteral("paradigms") << QStringLiteral("undecided") << 1 << QStringList { idea };
        QTest::addRow("a paradigm nobody has shows zero")
            << QStringLiteral("paradigms") << QStringLiteral("causal") << 0 << QStringList {};
        QTest::addRow("two systems are in production")
            << QStringLiteral("lifecycle") << QStringLiteral("production") << 2 << QStringList { agent, triage };
        QTest::addRow("one is proposed") << QStringLiteral("lifecycle") << QStringLiteral("proposed") << 1
                                         << QStringList { idea };
        QTest::addRow("only the ungated agent is an identity subject")
            << QStringLiteral("identity") << QStringLiteral("yes") << 1 << QStringList { agent };
        QTest::addRow("the rest, undecided included, are not")
            << QStringLiteral("identity") << QStringLiteral("no") << 3 << QStringList { release, triage, idea };
        QTest::addRow("both agents carry NHI risk")
            << QStringLiteral("nhi") << QStringLiteral("yes") << 2 << QStringList { agent, release };
        QTest::addRow("NHI risk unknown where behaviour is")
            << QStringLiteral("nhi") << QStringLiteral("unknown") << 1 << QStringList { idea };
        QTest::addRow("no NHI risk for the quiet model")
            << QStringLiteral("nhi") << QStringLiteral("no") << 1 << QStringList { triage };
        QTest::addRow("the unjustified admin privilege is one F-OVERPRIV")
            << QStringLiteral("rules") << QStringLiteral("F-OVERPRIV") << 1 << QStringList { agent };
        QTest::addRow("coverage counts the mitigated mapping; the gap's system is open")
            << QStringLiteral("coverage") << nhiCatalog().id() << 1 << QStringList { release };
    }

    void barsCountTheirSystems()
    {
        QFETCH(QString, chartName);
        QFETCH(QString, value);
        QFETCH(int, count);
        QFETCH(QStringList, systems);
        const QVector<DashboardBar> &bars = chart(chartName);
        const auto bar = std::find_if(
            bars.cbegin(), bars.cend(), [&](const DashboardBar &b) { return b.filter.value == value; });
        QVERIFY2(bar != bars.cend(), qPrintable(value));
        QVERIFY(!bar->label.isEmpty());
        QCOMPARE(bar->count, count);
        QCOMPARE(bar->systems, int(systems.size()));
        QCOMPARE(systemsMatching(*m_workspace, bar->filter, kToday), idsOf(systems));
    }

    void everyParadigmAndStageHasABarAndTheyAddUp()
    {
        QCOMPARE(m_data.systemCount, 4);
        QCOMPARE(m_data.paradigms.size(), valueCount<Paradigm>());
        QCOMPARE(m_data.lifecycle.size(), valueCount<LifecycleStage>());
        for (const QVector<DashboardBar> *bars :
            { &m_data.paradigms, &m_data.lifecycle, &m_data.identitySubjects, &m_data.nhiRisk }) {
            int sum = 0;
            for (const DashboardBar &b : *bars)
                sum += b.count;
            QCOMPARE(sum, m_data.systemCount);
        }
    }

    void findingsBarsAgreeWithTheFindingsList()
    {
        const QVector<SystemFinding> findings = computeFindings(*m_workspace, kToday);
        QCOMPARE(m_data.findingCount, int(findings.size()));
        QVERIFY(m_data.findingCount > 0);
        QCOMPARE(m_data.severities.size(), 3);
        QCOMPARE(m_data.severities.first().filter.value, toId(Severity::High)); // most severe first
        int bySeverity = 0;
        for (const DashboardBar &b : m_data.severities)
            bySeverity += b.count;
        QCOMPARE(bySeverity, m_data.findingCount);
        int byRule = 0;
        for (int i = 0; i < m_data.rules.size(); ++i) {
            const DashboardBar &b = m_data.rules.at(i);
            QVERIFY(b.count > 0); // only rules that fired
            if (i > 0) // most findings first
                QVERIFY(m_data.rules.at(i - 1).count >= b.count);
            const int expected = int(std::count_if(findings.cbegin(), findings.cend(),
                [&](const SystemFinding &f) { return f.finding.rule == b.filter.value; }));
            QCOMPARE(b.count, expected);
            QCOMPARE(int(systemsMatching(*m_workspace, b.filter, kToday).size()), b.systems);
            byRule += b.count;
        }
        QCOMPARE(byRule, m_data.findingCount);
        QCOMPARE(m_data.ruleBar(QStringLiteral("F-OVERPRIV"))->count, 1);
        QVERIFY(!m_data.ruleBar(QStringLiteral("F-NOT-A-RULE")));
    }

    void coverageIsPerBuiltInCatalog()
    {
        QCOMPARE(m_data.coverage.size(), FrameworkCatalog::builtIn().size());
        const DashboardBar &nhi = m_data.coverage.at(1);
        QCOMPARE(nhi.label, nhiCatalog().name());
        QCOMPARE(nhi.total, 2);
        QCOMPARE(nhi.percent(), 50.0);
        const DashboardBar &unmapped = m_data.coverage.at(0);
        QCOMPARE(unmapped.total, 0);
        QCOMPARE(unmapped.percent(), 0.0);
        QCOMPARE(unmapped.systems, 0);
    }

    void aFilterIsDescribedWithItsBarsWords()
    {
        // Every bar's filter gives back the bar's own label, so the inventory's notice (written
        // again from the filter after a language switch) names what was clicked.
        for (const QVector<DashboardBar> *bars : { &m_data.paradigms, &m_data.identitySubjects, &m_data.nhiRisk,
                 &m_data.severities, &m_data.rules, &m_data.coverage, &m_data.lifecycle }) {
            for (const DashboardBar &bar : *bars)
                QCOMPARE(filterLabel(*m_workspace, bar.filter), bar.label);
        }
        QCOMPARE(describeFilter(*m_workspace, m_data.severities.first().filter),
            m_data.severities.first().label + QStringLiteral(" severity findings"));
        QCOMPARE(describeFilter(*m_workspace, { DashboardFilter::Kind::CatalogOpen, nhiCatalog().id() }),
            nhiCatalog().name() + QStringLiteral(" gaps"));
        QCOMPARE(describeFilter(*m_workspace, { DashboardFilter::Kind::NhiRisk, toId(Tristate::No) }),
            QStringLiteral("No NHI risk"));
        // A value that names nothing known is shown as it is.
        QCOMPARE(describeFilter(*m_workspace, { DashboardFilter::Kind::Paradigm, QStringLiteral("oracular") }),
            QStringLiteral("oracular"));
    }

    void anEmptyWorkspaceHasZeroBarsAndNoRules()
    {
        QTemporaryDir dir;
        WorkspaceError error;
        auto empty = Workspace::create(dir.filePath(QStringLiteral("empty.mandate")), &error);
        QVERIFY(empty);
        const DashboardData data = computeDashboard(*empty, kToday);
        QCOMPARE(data.systemCount, 0);
        QCOMPARE(data.paradigms.size(), valueCount<Paradigm>());
        QVERIFY(data.rules.isEmpty());
        QCOMPARE(systemsMatching(*empty, data.paradigms.first().filter, kToday), QSet<SystemId>());
        QCOMPARE(systemsMatching(*m_workspace, DashboardFilter(), kToday), QSet<SystemId>());
    }
};

QTEST_GUILESS_MAIN(TestDashboardData)
#include "tst_dashboarddata.moc"
