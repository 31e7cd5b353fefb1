// Runtime evidence through the workspace: events matched to systems by system id, external id or
// the credential they used (a shared credential counts for every system using it); unknown names
// counted and reported, never fatal; one import one audited undo step; kept across a reopen.
#include "common/testworkspacelocation.h"
#include "storage/workspace.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Mandate;

namespace {

const QDateTime start(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);

EvidenceEvent evidence(qint64 line, const QString &systemRef, const QString &credentialRef, const QString &target,
                    const QString &action)
{
    EvidenceEvent e;
    e.at = start.addSecs(line * 60);
    e.systemRef = systemRef;
    e.credentialRef = credentialRef;
    e.tool = QStringLiteral("kubectl");
    e.target = target;
    e.action = action;
    e.outcome = QStringLiteral("success");
    e.line = line;
    return e;
}

} // namespace

class TestWorkspaceEvidence : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::WorkspaceLocation> m_location;
    std::unique_ptr<Workspace> m_workspace;
    SystemId m_a = 0;
    SystemId m_b = 0;
    SystemId m_c = 0;
    CredentialId m_shared = 0;
    CredentialId m_own = 0;

    SystemId addSystem(const QString &name, const QString &externalId)
    {
        AiSystem prototype;
        prototype.name = name;
        prototype.externalId = externalId;
        return m_workspace->addSystem(prototype);
    }

    void addPrivilege(SystemId system, const QString &target, CredentialId credential)
    {
        Privilege p;
        p.systemId = system;
        p.target = target;
        p.scope = Scope::Read;
        p.credentialId = credential;
        QVERIFY2(m_workspace->addPrivilege(p) != 0, qPrintable(m_workspace->lastError()));
    }

    // Lines 1-4 name known systems or credentials, 5 and 6 do not.
    QVector<EvidenceEvent> sampleEvents() const
    {
        return {
            evidence(1, QString::number(m_a), {}, QStringLiteral("db"), QStringLiteral("read")),
            evidence(2, QStringLiteral("INV-B"), {}, QStringLiteral("db"), QStringLiteral("read")),
            evidence(3, {}, QStringLiteral("svc-shared"), QStringLiteral("queue"), QStringLiteral("write")),
            evidence(4, {}, QString::number(m_own), QStringLiteral("bucket"), QStringLiteral("GetObject")),
            evidence(5, QStringLiteral("INV-404"), {}, QStringLiteral("db"), QStringLiteral("read")),
            evidence(6, {}, QStringLiteral("AKIAUNKNOWN"), QStringLiteral("s3"), QStringLiteral("GetObject")),
        };
    }

    void reopen()
    {
        const QString path = m_location->path();
        m_workspace.reset();
        WorkspaceError error;
        m_workspace = Workspace::open(path, &error);
        QVERIFY2(m_workspace, qPrintable(error.message()));
    }

    AuditEntry lastAudit() const { return m_workspace->auditEntries(m_workspace->auditCount()).constFirst(); }

private slots:
    void initTestCase()
    {
        const QString unavailable = Test::backendUnavailable();
        if (!unavailable.isEmpty())
            QSKIP(qPrintable(unavailable));
    }

    void init()
    {
        m_location = std::make_unique<Test::WorkspaceLocation>(QStringLiteral("evidence.mandate"));
        QVERIFY2(m_location->isValid(), qPrintable(m_location->error()));
        WorkspaceError error;
        m_workspace = Workspace::create(m_location->path(), &error);
        QVERIFY2(m_workspace, qPrintable(error.message()));
        m_workspace->setActor(QStringLiteral("Dana Analyst"));
        m_a = addSystem(QStringLiteral("Deploy agent"), QStringLiteral("INV-A"));
        m_b = addSystem(QStringLiteral("Release agent"), QStringLiteral("INV-B"));
        m_c = addSystem(QStringLiteral("Report agent"), QStringLiteral("INV-C"));
        Credential shared;
        shared.name = QStringLiteral("svc-shared");
        m_shared = m_workspace->addCredential(shared);
        Credential own;
        own.name = QStringLiteral("svc-report");
        m_own = m_workspace->addCredential(own);
        QVERIFY(m_shared != 0 && m_own != 0);
        addPrivilege(m_a, QStringLiteral("db"), m_shared);
        addPrivilege(m_b, QStringLiteral("db"), m_shared);
        addPrivilege(m_c, QStringLiteral("bucket"), m_own);
        m_workspace->undoStack()->clear();
    }

    void cleanup()
    {
        m_workspace.reset();
        m_location.reset();
    }

    void eventsAreMatchedBySystemIdExternalIdOrCredential()
    {
        QSignalSpy changed(m_workspace.get(), &Workspace::evidenceChanged);
        EvidenceImportReport report;
        QVERIFY2(m_workspace->importEvidence(sampleEvents(), QStringLiteral("/logs/events.jsonl"),
                                             QStringLiteral("jsonl"), &report),
                 qPrintable(m_workspace->lastError()));
        QCOMPARE(report.events, 6);
        QCOMPARE(report.matched, 4);
        QCOMPARE(report.unmatched, 2);
        QCOMPARE(report.stored, 5); // the shared credential's event counts for both its systems
        QVERIFY(report.batchId != 0);

        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().value<QVector<SystemId>>(), QVector<SystemId>({ m_a, m_b, m_c }));
        QCOMPARE(m_workspace->systemsWithEvidence(), QSet<SystemId>({ m_a, m_b, m_c }));

        // System A: its own read of db (by id) and the shared credential's write on queue.
        const QVector<ObservedAccess> a = m_workspace->observedAccess(m_a);
        QCOMPARE(a.size(), 2);
        QCOMPARE(a[0].target, QStringLiteral("db"));
        QCOMPARE(a[0].action, QStringLiteral("read"));
        QCOMPARE(a[0].count, 1);
        QCOMPARE(a[0].first, start.addSecs(60));
        QCOMPARE(a[1].target, QStringLiteral("queue"));
        QCOMPARE(a[1].tool, QStringLiteral("kubectl"));
        // System B by external id, and the shared credential.
        QCOMPARE(m_workspace->observedAccess(m_b).size(), 2);
        // System C through its own credential, named by id.
        const QVector<ObservedAccess> c = m_workspace->observedAccess(m_c);
        QCOMPARE(c.size(), 1);
        QCOMPARE(c[0].action, QStringLiteral("GetObject"));

        const EvidenceWindow window = m_workspace->evidenceWindow(m_a);
        QCOMPARE(window.events, 2);
        QCOMPARE(window.first, start.addSecs(60));
        QCOMPARE(window.last, start.addSecs(180));
        QVERIFY(!m_workspace->evidenceWindow(9999).isValid());

        const QHash<SystemId, QVector<ObservedAccess>> all = m_workspace->allObservedAccess();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.value(m_a).size(), 2);
    }

    void aggregatesCountRepeatedAccesses()
    {
        QVector<EvidenceEvent> events;
        for (int i = 1; i <= 50; ++i)
            events << evidence(i, QStringLiteral("INV-A"), {}, QStringLiteral("db"), QStringLiteral("read"));
        QVERIFY(m_workspace->importEvidence(events, QStringLiteral("events.jsonl"), QStringLiteral("jsonl")));
        const QVector<ObservedAccess> a = m_workspace->observedAccess(m_a);
        QCOMPARE(a.size(), 1);
        QCOMPARE(a[0].count, 50);
        QCOMPARE(a[0].first, start.addSecs(60));
        QCOMPARE(a[0].last, start.addSecs(50 * 60));
    }

    void unknownSystemsAndCredentialsAreReportedNotFatal()
    {
        EvidenceImportReport report;
        QVERIFY(m_workspace->importEvidence(sampleEvents(), QStringLiteral("events.jsonl"), QStringLiteral("jsonl"), &report));
        QCOMPARE(report.unmatchedExamples.size(), 2);
        QCOMPARE(report.unmatchedExamples[0].line, 5);
        QCOMPARE(report.unmatchedExamples[0].systemRef, QStringLiteral("INV-404"));
        QCOMPARE(report.unmatchedExamples[1].line, 6);
        QCOMPARE(report.unmatchedExamples[1].credentialRef, QStringLiteral("AKIAUNKNOWN"));

        // A file that names nothing known still imports (and says so), storing no events.
        const QVector<EvidenceEvent> strangers { evidence(1, QStringLiteral("nobody"), QStringLiteral("nothing"),
                                                       QStringLiteral("db"), QStringLiteral("read")) };
        QVERIFY(m_workspace->importEvidence(strangers, QStringLiteral("other.jsonl"), QStringLiteral("jsonl"), &report));
        QCOMPARE(report.matched, 0);
        QCOMPARE(report.unmatched, 1);
        QCOMPARE(m_workspace->observedAccess(m_a).size(), 2); // unchanged
    }

    void undoRemovesTheBatchAndRedoRestoresIt()
    {
        QVERIFY(m_workspace->importEvidence(sampleEvents(), QStringLiteral("events.jsonl"), QStringLiteral("jsonl")));
        QUndoStack *stack = m_workspace->undoStack();
        QCOMPARE(stack->count(), 1);
        QCOMPARE(stack->undoText(), QStringLiteral("Import evidence from events.jsonl"));

        QSignalSpy changed(m_workspace.get(), &Workspace::evidenceChanged);
        stack->undo();
        QVERIFY(m_workspace->systemsWithEvidence().isEmpty());
        QVERIFY(m_workspace->observedAccess(m_a).isEmpty());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().value<QVector<SystemId>>(), QVector<SystemId>({ m_a, m_b, m_c }));
        QCOMPARE(lastAudit().action, QStringLiteral("undo"));
        QCOMPARE(lastAudit().entity, QStringLiteral("evidence_batch"));

        stack->redo();
        QCOMPARE(m_workspace->systemsWithEvidence(), QSet<SystemId>({ m_a, m_b, m_c }));
        QCOMPARE(m_workspace->observedAccess(m_a).size(), 2);
        QCOMPARE(lastAudit().action, QStringLiteral("redo"));
        QVERIFY(m_workspace->verifyAudit().ok);
    }

    void oneAuditEntryForTheBatch()
    {
        const qint64 before = m_workspace->auditCount();
        EvidenceImportReport report;
        QVERIFY(m_workspace->importEvidence(sampleEvents(), QStringLiteral("/logs/events.jsonl"), QStringLiteral("jsonl"), &report));
        QCOMPARE(m_workspace->auditCount(), before + 1);
        const AuditEntry entry = lastAudit();
        QCOMPARE(entry.action, QStringLiteral("import"));
        QCOMPARE(entry.entity, QStringLiteral("evidence_batch"));
        QCOMPARE(entry.entityId, QString::number(report.batchId));
        QCOMPARE(entry.actor, QStringLiteral("Dana Analyst"));
        QVERIFY2(entry.newValue.contains(QStringLiteral("events.jsonl")), qPrintable(entry.newValue));
        QVERIFY2(entry.newValue.contains(QStringLiteral("6 events, 2 unmatched")), qPrintable(entry.newValue));
        QVERIFY(m_workspace->verifyAudit().ok);
    }

    void evidenceSurvivesReopening()
    {
        QVERIFY(m_workspace->importEvidence(sampleEvents(), QStringLiteral("events.jsonl"), QStringLiteral("jsonl")));
        reopen();
        QCOMPARE(m_workspace->systemsWithEvidence(), QSet<SystemId>({ m_a, m_b, m_c }));
        QCOMPARE(m_workspace->observedAccess(m_b).size(), 2);
        QCOMPARE(m_workspace->evidenceWindow(m_c).events, 1);
    }

    void aRemovedSystemsEvidenceReturnsWithTheUndo()
    {
        QVERIFY(m_workspace->importEvidence(sampleEvents(), QStringLiteral("events.jsonl"), QStringLiteral("jsonl")));
        m_workspace->removeSystems({ m_c });
        QCOMPARE(m_workspace->systemsWithEvidence(), QSet<SystemId>({ m_a, m_b }));
        m_workspace->undoStack()->undo();
        QCOMPARE(m_workspace->systemsWithEvidence(), QSet<SystemId>({ m_a, m_b, m_c }));
        QCOMPARE(m_workspace->evidenceWindow(m_c).events, 1);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceEvidence)
#include "tst_workspaceevidence.moc"
