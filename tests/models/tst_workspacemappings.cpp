// Framework mappings through the workspace: each set, change or removal one undo step, audited
// field by field, kept across a reopen; bad input refused with a message and nothing changed; many
// suggestions accepted at once as one undo step.
#include "common/testworkspacelocation.h"
#include "storage/workspace.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Mandate;

Q_DECLARE_METATYPE(Mandate::Mapping)

namespace {

Mapping gap(SystemId systemId, const QString &catalogId, const QString &itemId)
{
    Mapping m;
    m.systemId = systemId;
    m.catalogId = catalogId;
    m.itemId = itemId;
    m.status = MappingStatus::Gap;
    return m;
}

const QString kAgentic = QStringLiteral("owasp-agentic-2026");
const QString kNhi = QStringLiteral("owasp-nhi-2025");

} // namespace

class TestWorkspaceMappings : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::WorkspaceLocation> m_location;
    std::unique_ptr<Workspace> m_workspace;
    SystemId m_id = 0;

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
        m_location = std::make_unique<Test::WorkspaceLocation>(QStringLiteral("mappings.mandate"));
        QVERIFY2(m_location->isValid(), qPrintable(m_location->error()));
        WorkspaceError error;
        m_workspace = Workspace::create(m_location->path(), &error);
        QVERIFY2(m_workspace, qPrintable(error.message()));
        m_workspace->setActor(QStringLiteral("Dana Analyst"));
        AiSystem prototype;
        prototype.name = QStringLiteral("Claims agent");
        m_id = m_workspace->addSystem(prototype);
        m_workspace->undoStack()->clear();
    }

    void cleanup()
    {
        m_workspace.reset();
        m_location.reset();
    }

    void aSetMappingRecordsWhoAndWhenInOneAuditedUndoStep()
    {
        QSignalSpy changed(m_workspace.get(), &Workspace::mappingsChanged);
        const qint64 auditBefore = m_workspace->auditCount();
        Mapping m = gap(m_id, kAgentic, QStringLiteral("ASI03"));
        m.controlNote = QStringLiteral("Admin scope on claims-db");
        const qint64 id = m_workspace->setMapping(m);
        QVERIFY2(id != 0, qPrintable(m_workspace->lastError()));
        QCOMPARE(m_workspace->undoStack()->count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.constFirst().constFirst().value<QVector<SystemId>>(), QVector<SystemId>{ m_id });

        const QVector<Mapping> stored = m_workspace->mappings(m_id);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.constFirst().id, id);
        QCOMPARE(stored.constFirst().controlNote, m.controlNote);
        QCOMPARE(stored.constFirst().decidedBy, QStringLiteral("Dana Analyst"));
        QVERIFY(qAbs(stored.constFirst().decidedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);

        QCOMPARE(m_workspace->auditCount(), auditBefore + 1);
        const AuditEntry entry = lastAudit();
        QCOMPARE(entry.action, QStringLiteral("create"));
        QCOMPARE(entry.entity, QStringLiteral("mapping"));
        QCOMPARE(entry.entityId, QString::number(id));
    }

    void settingTheSameItemAgainUpdatesTheOneMappingFieldByField()
    {
        const qint64 id = m_workspace->setMapping(gap(m_id, kAgentic, QStringLiteral("ASI03")));
        const qint64 auditBefore = m_workspace->auditCount();
        Mapping mitigated = gap(m_id, kAgentic, QStringLiteral("ASI03"));
        mitigated.status = MappingStatus::Mitigated;
        mitigated.evidence = QStringLiteral("Ticket SEC-42: scope narrowed to read");
        QCOMPARE(m_workspace->setMapping(mitigated), id);
        QCOMPARE(m_workspace->mappings(m_id).size(), 1);
        QCOMPARE(m_workspace->mappings(m_id).constFirst().status, MappingStatus::Mitigated);
        // Status and evidence differ: two entries, one per field.
        QCOMPARE(m_workspace->auditCount(), auditBefore + 2);
        QCOMPARE(lastAudit().action, QStringLiteral("update"));
        QCOMPARE(lastAudit().field, QStringLiteral("evidence"));
        QCOMPARE(m_workspace->undoStack()->count(), 2);

        // The same again changes nothing and adds no undo step.
        QCOMPARE(m_workspace->setMapping(mitigated), id);
        QCOMPARE(m_workspace->undoStack()->count(), 2);
        QVERIFY(m_workspace->lastError().isEmpty());
    }

    void undoAndRedoPutEachVersionBack()
    {
        const qint64 id = m_workspace->setMapping(gap(m_id, kNhi, QStringLiteral("NHI5:2025")));
        Mapping partial = gap(m_id, kNhi, QStringLiteral("NHI5:2025"));
        partial.status = MappingStatus::Partial;
        m_workspace->setMapping(partial);
        QUndoStack *stack = m_workspace->undoStack();

        stack->undo();
        QCOMPARE(m_workspace->mappings(m_id).constFirst().status, MappingStatus::Gap);
        stack->undo();
        QVERIFY(m_workspace->mappings(m_id).isEmpty());
        stack->redo();
        QCOMPARE(m_workspace->mappings(m_id).constFirst().id, id); // the same row, not a new one
        stack->redo();
        QCOMPARE(m_workspace->mappings(m_id).constFirst().status, MappingStatus::Partial);
        QCOMPARE(lastAudit().action, QStringLiteral("redo"));
    }

    void aRemovedMappingComesBackWithItsIdOnUndo()
    {
        Mapping rejected = gap(m_id, kAgentic, QStringLiteral("ASI05"));
        rejected.status = MappingStatus::NotApplicable;
        rejected.controlNote = QStringLiteral("The agent never commits code");
        const qint64 id = m_workspace->setMapping(rejected);
        QVERIFY(m_workspace->removeMapping(id));
        QVERIFY(m_workspace->mappings(m_id).isEmpty());
        QCOMPARE(lastAudit().action, QStringLiteral("delete"));
        m_workspace->undoStack()->undo();
        const QVector<Mapping> back = m_workspace->mappings(m_id);
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.constFirst().id, id);
        QCOMPARE(back.constFirst().controlNote, rejected.controlNote);
        QCOMPARE(back.constFirst().decidedBy, QStringLiteral("Dana Analyst"));
    }

    void removingASystemAndUndoingItBringsItsMappingsBack()
    {
        Mapping rejected = gap(m_id, kAgentic, QStringLiteral("ASI05"));
        rejected.status = MappingStatus::NotApplicable;
        rejected.controlNote = QStringLiteral("The agent never commits code");
        const qint64 id = m_workspace->setMapping(rejected);
        m_workspace->removeSystems({ m_id });
        QVERIFY(m_workspace->allMappings().isEmpty());
        QSignalSpy changed(m_workspace.get(), &Workspace::mappingsChanged);
        m_workspace->undoStack()->undo();
        QCOMPARE(changed.count(), 1);
        const QVector<Mapping> back = m_workspace->mappings(m_id);
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.constFirst().id, id);
        QCOMPARE(back.constFirst().status, MappingStatus::NotApplicable);
        QCOMPARE(back.constFirst().controlNote, rejected.controlNote);
        QVERIFY(m_workspace->verifyAudit().ok);
    }

    void mappingsSurviveAReopen()
    {
        Mapping m = gap(m_id, QStringLiteral("nist-csf"), QStringLiteral("PR.AA-05"));
        m.status = MappingStatus::Partial;
        m.evidence = QStringLiteral("Quarterly access review");
        const qint64 id = m_workspace->setMapping(m);
        const QDateTime decidedAt = m_workspace->mappings(m_id).constFirst().decidedAt;
        reopen();
        const QVector<Mapping> all = m_workspace->allMappings();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.constFirst().id, id);
        QCOMPARE(all.constFirst().status, MappingStatus::Partial);
        QCOMPARE(all.constFirst().evidence, m.evidence);
        QCOMPARE(all.constFirst().decidedBy, QStringLiteral("Dana Analyst"));
        QCOMPARE(all.constFirst().decidedAt, decidedAt);
        QVERIFY(m_workspace->verifyAudit().ok);
    }

    void badInputIsRefusedWithNothingChanged_data()
    {
        QTest::addColumn<Mapping>("mapping");
        QTest::addRow("a system that does not exist") << gap(9999, kAgentic, QStringLiteral("ASI03"));
        // System -1 stands for the test's own system (init() runs after this).
        QTest::addRow("a catalog that does not exist") << gap(-1, QStringLiteral("iso-42001"), QStringLiteral("A.1"));
        QTest::addRow("an item the catalog does not have") << gap(-1, kAgentic, QStringLiteral("ASI11"));
        QTest::addRow("an item cited the short way instead of by id") << gap(-1, kNhi, QStringLiteral("NHI5"));
        Mapping badStatus = gap(-1, kAgentic, QStringLiteral("ASI03"));
        badStatus.status = static_cast<MappingStatus>(17);
        QTest::addRow("a status that is not in the vocabulary") << badStatus;
    }

    void badInputIsRefusedWithNothingChanged()
    {
        QFETCH(Mapping, mapping);
        if (mapping.systemId == -1)
            mapping.systemId = m_id;
        const qint64 auditBefore = m_workspace->auditCount();
        QSignalSpy changed(m_workspace.get(), &Workspace::mappingsChanged);
        QCOMPARE(m_workspace->setMapping(mapping), qint64(0));
        QVERIFY(!m_workspace->lastError().isEmpty());
        QVERIFY(!m_workspace->setMappings({ gap(m_id, kAgentic, QStringLiteral("ASI01")), mapping }, QStringLiteral("Accept")));
        QVERIFY(!m_workspace->lastError().isEmpty());
        QVERIFY(m_workspace->allMappings().isEmpty());
        QCOMPARE(m_workspace->auditCount(), auditBefore);
        QCOMPARE(m_workspace->undoStack()->count(), 0);
        QCOMPARE(changed.count(), 0);
    }

    void removingAMappingThatIsNotThereIsRefused()
    {
        QVERIFY(!m_workspace->removeMapping(12345));
        QVERIFY(m_workspace->lastError().contains(QStringLiteral("12345")));
        QCOMPARE(m_workspace->undoStack()->count(), 0);
    }

    void removingSeveralIsOneStepAndAnUnknownIdRemovesNone()
    {
        const qint64 first = m_workspace->setMapping(gap(m_id, kAgentic, QStringLiteral("ASI03")));
        const qint64 second = m_workspace->setMapping(gap(m_id, kNhi, QStringLiteral("NHI1:2025")));
        m_workspace->undoStack()->clear();
        QVERIFY(!m_workspace->removeMappings({ first, 12345 }, QStringLiteral("Remove 2")));
        QVERIFY(m_workspace->lastError().contains(QStringLiteral("12345")));
        QCOMPARE(m_workspace->allMappings().size(), 2);
        QCOMPARE(m_workspace->undoStack()->count(), 0);

        QVERIFY(m_workspace->removeMappings({ first, second }, QStringLiteral("Remove 2")));
        QVERIFY(m_workspace->allMappings().isEmpty());
        QCOMPARE(m_workspace->undoStack()->count(), 1);
        m_workspace->undoStack()->undo();
        QCOMPARE(m_workspace->allMappings().size(), 2);
    }

    void acceptingManySuggestionsIsOneUndoStep()
    {
        AiSystem second;
        second.name = QStringLiteral("Deploy bot");
        const SystemId other = m_workspace->addSystem(second);
        m_workspace->undoStack()->clear();
        const qint64 existing = m_workspace->setMapping(gap(m_id, kAgentic, QStringLiteral("ASI03")));
        Mapping accepted = gap(m_id, kAgentic, QStringLiteral("ASI03"));
        accepted.status = MappingStatus::Partial;
        const QVector<Mapping> batch = { accepted, gap(m_id, kNhi, QStringLiteral("NHI1:2025")),
            gap(other, kNhi, QStringLiteral("NHI5:2025")), gap(other, QStringLiteral("nist-sp-800-207"), QStringLiteral("T3")) };
        QVERIFY2(m_workspace->setMappings(batch, QStringLiteral("Accept 4 suggestions")), qPrintable(m_workspace->lastError()));
        QCOMPARE(m_workspace->undoStack()->count(), 2);
        QCOMPARE(m_workspace->undoStack()->undoText(), QStringLiteral("Accept 4 suggestions"));
        QCOMPARE(m_workspace->allMappings().size(), 4);
        QCOMPARE(m_workspace->mappings(m_id).constFirst().id, existing); // updated, not duplicated

        m_workspace->undoStack()->undo();
        const QVector<Mapping> after = m_workspace->allMappings();
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.constFirst().status, MappingStatus::Gap);
        m_workspace->undoStack()->redo();
        QCOMPARE(m_workspace->allMappings().size(), 4);
        // Nothing left to change: no new undo step.
        QVERIFY(!m_workspace->setMappings(batch, QStringLiteral("Accept again")));
        QVERIFY(m_workspace->lastError().isEmpty());
        QCOMPARE(m_workspace->undoStack()->count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceMappings)
#include "tst_workspacemappings.moc"
