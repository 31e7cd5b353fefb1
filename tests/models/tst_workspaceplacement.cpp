// Moving systems on the four-paradigm map through the workspace (its map half): placements are one
// audited undo step, survive a reopen, and announce exactly what changed.
#include "common/testworkspacelocation.h"
#include "storage/workspace.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <memory>
#include <optional>

using namespace Mandate;

namespace {

const QString kActor = QStringLiteral("Test analyst");

// "action entity field" of each audit entry, for comparing sequences at a glance.
QStringList auditTrail(const QVector<AuditEntry> &entries)
{
    QStringList trail;
    for (const AuditEntry &entry : entries)
        trail << QStringList { entry.action, entry.entity, entry.field }.join(u' ').trimmed();
    return trail;
}

} // namespace

class TestWorkspacePlacement : public QObject
{
    Q_OBJECT

    qint64 auditCount() const { return m_workspace->auditCount(); }
    AuditEntry lastAudit() const
    {
        const QVector<AuditEntry> entries = m_workspace->auditEntries(m_workspace->auditCount());
        return entries.isEmpty() ? AuditEntry() : entries.last();
    }
    QUndoStack *undo() const { return m_workspace->undoStack(); }

    SystemId addPredictiveSystem(const QString &name)
    {
        AiSystem prototype;
        prototype.name = name;
        prototype.paradigm = Paradigm::Predictive;
        return m_workspace->addSystem(prototype);
    }

    void reopen()
    {
        const QString path = m_location->path();
        m_workspace.reset();
        WorkspaceError error;
        m_workspace = Workspace::open(path, &error);
        QVERIFY2(m_workspace, qPrintable(error.message()));
        m_workspace->setActor(kActor);
    }

    std::unique_ptr<Test::WorkspaceLocation> m_location;
    std::unique_ptr<Workspace> m_workspace;
    SystemId m_id = 0; // "Claims triage model"

private slots:
    void initTestCase()
    {
        const QString unavailable = Test::backendUnavailable();
        if (!unavailable.isEmpty())
            QSKIP(qPrintable(unavailable));
    }

    void init()
    {
        m_location = std::make_unique<Test::WorkspaceLocation>(QStringLiteral("placements.mandate"));
        QVERIFY2(m_location->isValid(), qPrintable(m_location->error()));
        WorkspaceError error;
        m_workspace = Workspace::create(m_location->path(), &error);
        QVERIFY2(m_workspace, qPrintable(error.message()));
        m_workspace->setActor(kActor);
        AiSystem prototype;
        prototype.name = QStringLiteral("Claims triage model");
        m_id = m_workspace->addSystem(prototype);
        QVERIFY(m_id != 0);
    }

    void cleanup()
    {
        m_workspace.reset();
        m_location.reset();
    }


    void placingSystemsIsOneAuditedUndoStepThatIsSaved()
    {
        const SystemId agent = addPredictiveSystem(QStringLiteral("Code review agent"));
        const int commands = undo()->count();
        const qint64 entries = auditCount();
        const MapPlacement triageTo { m_id, Paradigm::Generative, QPointF(2500.5, 800) };
        const MapPlacement agentTo { agent, Paradigm::Agentic, QPointF(3500, 100) };

        QVERIFY(m_workspace->placeSystems({ triageTo, agentTo }, QStringLiteral("Move 2 systems")));

        QCOMPARE(undo()->count(), commands + 1);
        QCOMPARE(undo()->text(undo()->count() - 1), QStringLiteral("Move 2 systems"));
        QCOMPARE(m_workspace->system(m_id)->paradigm, Paradigm::Generative);
        QCOMPARE(m_workspace->system(m_id)->mapPosition, std::optional<QPointF>(QPointF(2500.5, 800)));
        QCOMPARE(m_workspace->system(agent)->paradigm, Paradigm::Agentic);
        QCOMPARE(m_workspace->system(agent)->mapPosition, std::optional<QPointF>(QPointF(3500, 100)));
        QVERIFY(m_workspace->placement(m_id) == triageTo);
        QVERIFY(m_workspace->placement(agent) == agentTo);

        const QVector<AuditEntry> added = m_workspace->auditEntries(entries + 1);
        QCOMPARE(auditTrail(added),
            (QStringList { QStringLiteral("update system paradigm"),
                QStringLiteral("update system map_position"), QStringLiteral("update system paradigm"),
                QStringLiteral("update system map_position") }));
        QCOMPARE(added[0].entityId, QString::number(m_id));
        QCOMPARE(added[0].oldValue, QStringLiteral("undecided"));
        QCOMPARE(added[0].newValue, QStringLiteral("generative"));
        QCOMPARE(added[1].oldValue, QStringLiteral("auto"));
        QCOMPARE(added[1].newValue, QStringLiteral("2500.5,800.0"));
        QCOMPARE(added[2].entityId, QString::number(agent));
        QCOMPARE(added[2].oldValue, QStringLiteral("predictive"));
        QCOMPARE(added[2].newValue, QStringLiteral("agentic"));
        QCOMPARE(added[3].newValue, QStringLiteral("3500.0,100.0"));
        for (const AuditEntry &entry : added)
            QCOMPARE(entry.actor, kActor);

        reopen();
        QVERIFY(m_workspace->placement(m_id) == triageTo);
        QVERIFY(m_workspace->placement(agent) == agentTo);
        QCOMPARE(m_workspace->system(m_id)->mapPosition->x(), 2500.5);
        QVERIFY(m_workspace->verifyAudit().ok);
    }

    void undoAndRedoRestorePlacements()
    {
        const SystemId agent = addPredictiveSystem(QStringLiteral("Code review agent"));
        // The agent was placed by hand before; the triage model is laid out automatically.
        QVERIFY(m_workspace->placeSystems(
            { { agent, Paradigm::Predictive, QPointF(1500, 900) } }, QStringLiteral("Move")));
        const MapPlacement triageBefore = m_workspace->placement(m_id);
        const MapPlacement agentBefore = m_workspace->placement(agent);
        QVERIFY(!triageBefore.position);
        const MapPlacement triageTo { m_id, Paradigm::Causal, QPointF(400, 700) };
        const MapPlacement agentTo { agent, Paradigm::Agentic, std::nullopt };
        QVERIFY(m_workspace->placeSystems({ triageTo, agentTo }, QStringLiteral("Move 2 systems")));
        const qint64 entries = auditCount();

        undo()->undo();
        QVERIFY(m_workspace->placement(m_id) == triageBefore);
        QVERIFY(m_workspace->placement(agent) == agentBefore);
        QVERIFY(!m_workspace->system(m_id)->mapPosition); // automatic again
        QCOMPARE(m_workspace->system(agent)->paradigm, Paradigm::Predictive);
        QCOMPARE(auditTrail(m_workspace->auditEntries(entries + 1)),
            (QStringList { QStringLiteral("undo system paradigm"), QStringLiteral("undo system map_position"),
                QStringLiteral("undo system paradigm"), QStringLiteral("undo system map_position") }));
        AuditEntry entry = m_workspace->auditEntries(entries + 2).first();
        QCOMPARE(entry.oldValue, QStringLiteral("400.0,700.0"));
        QCOMPARE(entry.newValue, QStringLiteral("auto"));
        entry = lastAudit();
        QCOMPARE(entry.oldValue, QStringLiteral("auto"));
        QCOMPARE(entry.newValue, QStringLiteral("1500.0,900.0"));

        undo()->redo();
        QVERIFY(m_workspace->placement(m_id) == triageTo);
        QVERIFY(m_workspace->placement(agent) == agentTo);
        QCOMPARE(auditTrail(m_workspace->auditEntries(entries + 5)),
            (QStringList { QStringLiteral("redo system paradigm"), QStringLiteral("redo system map_position"),
                QStringLiteral("redo system paradigm"), QStringLiteral("redo system map_position") }));

        // Undone once more, the file holds the placements from before.
        undo()->undo();
        reopen();
        QVERIFY(m_workspace->placement(m_id) == triageBefore);
        QVERIFY(m_workspace->placement(agent) == agentBefore);
        QVERIFY(m_workspace->verifyAudit().ok);
    }

    void placementsThatChangeNothingLeaveNoTrace()
    {
        const SystemId agent = addPredictiveSystem(QStringLiteral("Code review agent"));
        QVERIFY(m_workspace->placeSystems(
            { { agent, Paradigm::Agentic, QPointF(3500, 100) } }, QStringLiteral("Move")));
        const int commands = undo()->count();
        const qint64 entries = auditCount();

        QVERIFY(!m_workspace->placeSystems(
            { m_workspace->placement(m_id), m_workspace->placement(agent) }, QStringLiteral("Move")));
        QVERIFY(!m_workspace->placeSystems({}, QStringLiteral("Move")));

        QVERIFY(m_workspace->lastError().isEmpty());
        QCOMPARE(undo()->count(), commands);
        QCOMPARE(auditCount(), entries);
    }

    void placingAnAbsentSystemIsRefusedByItsId()
    {
        const int commands = undo()->count();
        const qint64 entries = auditCount();
        const SystemId absent = m_id + 100;

        QVERIFY(!m_workspace->placeSystems({ { m_id, Paradigm::Generative, QPointF(2500, 800) },
                                               { absent, Paradigm::Agentic, std::nullopt } },
            QStringLiteral("Move")));

        QVERIFY2(
            m_workspace->lastError().contains(QString::number(absent)), qPrintable(m_workspace->lastError()));
        // All or nothing: the system that exists was not moved either.
        QCOMPARE(m_workspace->system(m_id)->paradigm, Paradigm::Undecided);
        QVERIFY(!m_workspace->system(m_id)->mapPosition);
        QCOMPARE(undo()->count(), commands);
        QCOMPARE(auditCount(), entries);
    }

    void aNewRegionCountsAsTheAnalystsEdit()
    {
        QVERIFY(!m_workspace->system(m_id)->isEdited(SystemField::Paradigm));
        // Moving within its region is not a reclassification.
        QVERIFY(m_workspace->placeSystems(
            { { m_id, Paradigm::Undecided, QPointF(-250, 800) } }, QStringLiteral("Move")));
        QVERIFY(!m_workspace->system(m_id)->isEdited(SystemField::Paradigm));

        QVERIFY(m_workspace->placeSystems(
            { { m_id, Paradigm::Predictive, QPointF(1500, 800) } }, QStringLiteral("Move")));
        QVERIFY(m_workspace->system(m_id)->isEdited(SystemField::Paradigm));
        reopen();
        QVERIFY(m_workspace->system(m_id)->isEdited(SystemField::Paradigm));
    }

    void placementSignalsNameWhatChanged()
    {
        const SystemId agent = addPredictiveSystem(QStringLiteral("Code review agent"));
        const SystemId writer = addPredictiveSystem(QStringLiteral("Marketing copy writer"));
        QVector<QPair<QVector<SystemId>, SystemFields>> changed;
        QVector<QVector<SystemId>> placed;
        QObject listener; // the connections end with this test
        connect(m_workspace.get(), &Workspace::systemsChanged, &listener,
            [&changed](const QVector<SystemId> &ids, const SystemFields &fields) {
                changed.append({ ids, fields });
            });
        connect(m_workspace.get(), &Workspace::placementsChanged, &listener,
            [&placed](const QVector<SystemId> &ids) { placed << ids; });

        // The triage model and the agent are reclassified; the writer only moves within Predictive.
        QVERIFY(m_workspace->placeSystems(
            { { m_id, Paradigm::Causal, QPointF(500, 800) }, { agent, Paradigm::Agentic, std::nullopt },
                { writer, Paradigm::Predictive, QPointF(1500, 900) } },
            QStringLiteral("Move 3 systems")));

        auto sorted = [](QVector<SystemId> ids) {
            std::sort(ids.begin(), ids.end());
            return ids;
        };
        QCOMPARE(changed.size(), 1);
        QCOMPARE(sorted(changed[0].first), sorted({ m_id, agent }));
        QCOMPARE(changed[0].second, SystemFields { SystemField::Paradigm });
        QCOMPARE(placed.size(), 1);
        QCOMPARE(sorted(placed[0]), sorted({ m_id, agent, writer }));

        changed.clear();
        placed.clear();
        undo()->undo();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(sorted(changed[0].first), sorted({ m_id, agent }));
        QCOMPARE(changed[0].second, SystemFields { SystemField::Paradigm });
        QCOMPARE(placed.size(), 1);
        QCOMPARE(sorted(placed[0]), sorted({ m_id, agent, writer }));
    }
};

QTEST_GUILESS_MAIN(TestWorkspacePlacement)
#include "tst_workspaceplacement.moc"
