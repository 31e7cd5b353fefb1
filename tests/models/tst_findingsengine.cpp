// The findings of a whole workspace: each system gets exactly the rules its record, privileges and
// credentials fire, a credential counts as shared across the whole estate even when only one
// system is asked about, and the list reads most severe first.
#include "rules/findingsengine.h"
#include "storage/workspace.h"

#include <QTemporaryDir>
#include <QUndoStack>
#include <QTest>
#include <algorithm>
#include <memory>

using namespace Mandate;

namespace {

const QDate kToday(2026, 6, 1);

Credential credential(const QString &name, CredentialStorage storage)
{
    Credential c;
    c.name = name;
    c.kind = CredentialKind::ServiceAccount;
    c.storage = storage;
    c.created = QDate(2026, 5, 1);
    c.expires = QDate(2026, 12, 1);
    c.environments = { QStringLiteral("production") };
    c.usedByHumans = Tristate::No;
    return c;
}

Privilege privilege(const QString &target, Scope scope, CredentialId credentialId, Logging logging)
{
    Privilege p;
    p.target = target;
    p.scope = scope;
    p.credentialId = credentialId;
    p.logging = logging;
    return p;
}

Behaviour quietBehaviour(OutputKind output)
{
    Behaviour b;
    b.outputKind = output;
    b.selectsActions = Tristate::No;
    b.usesTools = Tristate::No;
    b.accessesCredentials = Tristate::No;
    b.affectsExternalSystems = Tristate::No;
    b.outputFeedsExecution = Tristate::No;
    return b;
}

QStringList rulesOf(const QVector<SystemFinding> &findings, SystemId id)
{
    QStringList rules;
    for (const SystemFinding &f : findings) {
        if (f.systemId == id)
            rules << f.finding.rule;
    }
    std::sort(rules.begin(), rules.end());
    return rules;
}

} // namespace

class TestFindingsEngine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    QHash<QString, SystemId> m_ids;

    SystemId idOf(const QString &name) const { return m_ids.value(name); }

private slots:
    void initTestCase()
    {
        WorkspaceError error;
        m_workspace = Workspace::create(m_dir.filePath(QStringLiteral("findings.mandate")), &error);
        QVERIFY2(m_workspace, qPrintable(error.message()));

        Person dana;
        dana.name = QStringLiteral("Dana Whitfield");
        // Provisional ids 1 and 2: the credential in code is used by two systems, the vault one by one.
        const QVector<Credential> credentials { credential(
                                                    QStringLiteral("svc-shared"), CredentialStorage::Code),
            credential(QStringLiteral("vault-key"), CredentialStorage::SecretsManager) };

        SystemSnapshot ingest; // owned, planned, quiet: only its credential is a problem
        ingest.system.name = QStringLiteral("Alpha ingest");
        ingest.system.paradigm = Paradigm::Predictive;
        ingest.system.behaviour = quietBehaviour(OutputKind::Prediction);
        ingest.system.vendorOperated = Tristate::No;
        ingest.system.technicalOwner = 1;
        ingest.system.offboardingPlan = QStringLiteral("Revoke svc-shared");
        ingest.privileges = { privilege(QStringLiteral("crm"), Scope::Read, 1, Logging::Central) };

        SystemSnapshot agent; // an ungoverned identity subject with admin rights and no logging
        agent.system.name = QStringLiteral("Beta agent");
        agent.system.paradigm = Paradigm::Agentic;
        agent.system.behaviour.outputKind = OutputKind::Action;
        agent.system.behaviour.selectsActions = Tristate::Yes;
        agent.system.behaviour.usesTools = Tristate::Yes;
        agent.system.behaviour.approvalGate = ApprovalGate::None;
        agent.privileges = { privilege(QStringLiteral("prod-db"), Scope::Admin, 1, Logging::None),
            privilege(QStringLiteral("wiki"), Scope::Read, 2, Logging::Central) };

        SystemSnapshot writer; // recorded as predictive, but writes content
        writer.system.name = QStringLiteral("Gamma writer");
        writer.system.paradigm = Paradigm::Predictive;
        writer.system.behaviour = quietBehaviour(OutputKind::Content);

        SystemSnapshot clean;
        clean.system.name = QStringLiteral("Delta forecaster");
        clean.system.paradigm = Paradigm::Predictive;
        clean.system.behaviour = quietBehaviour(OutputKind::Prediction);

        QString problem;
        QVERIFY2(m_workspace->insertBulk({ dana }, credentials, { ingest, agent, writer, clean }, &problem),
            qPrintable(problem));
        for (const SystemId id : m_workspace->systemIds())
            m_ids.insert(m_workspace->system(id)->name, id);
        QCOMPARE(m_ids.size(), 4);
    }

    void eachSystemGetsExactlyItsRules_data()
    {
        QTest::addColumn<QString>("system");
        QTest::addColumn<QStringList>("rules");
        QTest::addRow("a system using a credential kept in code and shared gets the credential's findings")
            << QStringLiteral("Alpha ingest")
            << QStringList { QStringLiteral("F-REUSE"), QStringLiteral("F-SECRET-STORE") };
        QTest::addRow("an ungoverned agent with unlogged admin rights gets the identity findings")
            << QStringLiteral("Beta agent")
            << QStringList { QStringLiteral("F-LOGGING"), QStringLiteral("F-OFFBOARD"),
                   QStringLiteral("F-OVERPRIV"), QStringLiteral("F-OWNER"), QStringLiteral("F-REUSE"),
                   QStringLiteral("F-REVIEW-DUE"), QStringLiteral("F-SECRET-STORE") };
        QTest::addRow("a content writer recorded as predictive gets the label finding")
            << QStringLiteral("Gamma writer") << QStringList { QStringLiteral("F-LABEL") };
        QTest::addRow("a well-kept system gets none") << QStringLiteral("Delta forecaster") << QStringList();
    }

    void eachSystemGetsExactlyItsRules()
    {
        QFETCH(QString, system);
        QFETCH(QStringList, rules);
        QCOMPARE(rulesOf(computeFindings(*m_workspace, kToday), idOf(system)), rules);
    }

    void aFindingNamesItsCause()
    {
        const QVector<SystemFinding> findings = computeFindings(*m_workspace, kToday);
        const SystemId agent = idOf(QStringLiteral("Beta agent"));
        const QVector<Privilege> privileges = m_workspace->privileges(agent);
        const auto overpriv = std::find_if(findings.cbegin(), findings.cend(),
            [](const SystemFinding &f) { return f.finding.rule == QLatin1String("F-OVERPRIV"); });
        QVERIFY(overpriv != findings.cend());
        QCOMPARE(overpriv->systemId, agent);
        QCOMPARE(overpriv->systemName, QStringLiteral("Beta agent"));
        QCOMPARE(overpriv->finding.privilegeId, privileges.constFirst().id);
        QCOMPARE(overpriv->finding.credentialId, CredentialId(0));
        QVERIFY(overpriv->finding.frameworks.contains(QStringLiteral("NHI5")));

        const auto store = std::find_if(findings.cbegin(), findings.cend(),
            [](const SystemFinding &f) { return f.finding.rule == QLatin1String("F-SECRET-STORE"); });
        QVERIFY(store != findings.cend());
        QCOMPARE(store->finding.credentialId, privileges.constFirst().credentialId);
    }

    void theListReadsMostSevereFirstThenBySystemThenRule()
    {
        const QVector<SystemFinding> findings = computeFindings(*m_workspace, kToday);
        QCOMPARE(findings.size(), 10);
        QCOMPARE(findings.constFirst().finding.severity, Severity::High);
        QCOMPARE(findings.constLast().finding.severity, Severity::Medium);
        // The high ones: Alpha's stored secret, then Beta's four in rule order.
        QStringList high;
        for (const SystemFinding &f : findings) {
            if (f.finding.severity == Severity::High)
                high << f.systemName + u' ' + f.finding.rule;
        }
        QCOMPARE(high,
            (QStringList { QStringLiteral("Alpha ingest F-SECRET-STORE"),
                QStringLiteral("Beta agent F-LOGGING"), QStringLiteral("Beta agent F-OVERPRIV"),
                QStringLiteral("Beta agent F-OWNER"), QStringLiteral("Beta agent F-SECRET-STORE") }));
        QVERIFY(std::is_sorted(findings.cbegin(), findings.cend(), findingsOrder));
    }

    void aScopeGivesOnlyItsSystemsButCountsSharingAcrossTheWorkspace()
    {
        const SystemId ingest = idOf(QStringLiteral("Alpha ingest"));
        const QVector<SystemFinding> findings
            = computeFindings(*m_workspace, kToday, QVector<SystemId> { ingest, ingest, 999999 });
        QCOMPARE(findings.size(), 2);
        QCOMPARE(rulesOf(findings, ingest),
            (QStringList { QStringLiteral("F-REUSE"), QStringLiteral("F-SECRET-STORE") }));
        QVERIFY(computeFindings(*m_workspace, kToday, QVector<SystemId>()).isEmpty());
    }

    void aSystemAloneGetsWhatTheWholeWorkspaceGivesIt()
    {
        // A small scope reads only its own boundaries; it must agree with the whole-estate pass.
        const QVector<SystemFinding> all = computeFindings(*m_workspace, kToday);
        for (const SystemId id : m_workspace->systemIds()) {
            QStringList alone;
            for (const SystemFinding &f : computeFindings(*m_workspace, kToday, QVector<SystemId> { id }))
                alone << f.finding.rule + u' ' + f.finding.reason;
            QStringList fromAll;
            for (const SystemFinding &f : all) {
                if (f.systemId == id)
                    fromAll << f.finding.rule + u' ' + f.finding.reason;
            }
            QCOMPARE(alone, fromAll);
        }
    }

    void pendingSuggestionsSkipDecidedItemsAndSystemsWithoutFindings()
    {
        const SystemId ingest = idOf(QStringLiteral("Alpha ingest"));
        const SystemId writer = idOf(QStringLiteral("Gamma writer")); // F-LABEL names no catalog item
        const SystemId clean = idOf(QStringLiteral("Delta forecaster"));
        const QVector<FrameworkCatalog> catalogs = FrameworkCatalog::builtIn();
        const auto items = [&](const QVector<MappingSuggestion> &suggestions) {
            QStringList list;
            for (const MappingSuggestion &s : suggestions)
                list << QString::number(s.mapping.systemId) + u' ' + s.mapping.itemId + u' ' + s.reason();
            return list;
        };
        const QString prefix = QString::number(ingest) + u' ';
        QCOMPARE(items(pendingSuggestions(*m_workspace, kToday, { clean, writer, ingest, ingest }, catalogs)),
            (QStringList { prefix + QStringLiteral("NHI2:2025 F-SECRET-STORE"), prefix + QStringLiteral("NHI9:2025 F-REUSE") }));

        Mapping decided;
        decided.systemId = ingest;
        decided.catalogId = QStringLiteral("owasp-nhi-2025");
        decided.itemId = QStringLiteral("NHI2:2025");
        decided.status = MappingStatus::Partial;
        QVERIFY(m_workspace->setMapping(decided));
        QCOMPARE(items(pendingSuggestions(*m_workspace, kToday, { ingest }, catalogs)),
            QStringList { prefix + QStringLiteral("NHI9:2025 F-REUSE") });
        m_workspace->undoStack()->undo();
    }
};

QTEST_GUILESS_MAIN(TestFindingsEngine)
#include "tst_findingsengine.moc"
