// Editing people through the workspace, and the lifecycle rule that goes with owning a system:
// every edit one undo step audited field by field, bad input refused with a message and nothing
// changed, and a system only offboarded once its offboarding checklist is complete.
#include "common/testworkspacelocation.h"
#include "storage/workspace.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Mandate;

namespace {

Person amara()
{
    return Person { 0, QStringLiteral("Amara Okafor"), QStringLiteral("amara@example.org"), QStringLiteral("Risk") };
}

} // namespace

class TestWorkspacePeople : public QObject
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

    QVector<AuditEntry> auditSince(qint64 count) const { return m_workspace->auditEntries(count + 1); }

private slots:
    void initTestCase()
    {
        const QString unavailable = Test::backendUnavailable();
        if (!unavailable.isEmpty())
            QSKIP(qPrintable(unavailable));
    }

    void init()
    {
        m_location = std::make_unique<Test::WorkspaceLocation>(QStringLiteral("people.mandate"));
        QVERIFY2(m_location->isValid(), qPrintable(m_location->error()));
        WorkspaceError error;
        m_workspace = Workspace::create(m_location->path(), &error);
        QVERIFY2(m_workspace, qPrintable(error.message()));
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

    void anAddedPersonIsOneUndoStepAndSurvivesAReopen()
    {
        QSignalSpy people(m_workspace.get(), &Workspace::peopleChanged);
        const qint64 before = m_workspace->auditCount();
        const PersonId id = m_workspace->addPerson(amara());
        QVERIFY2(id != 0, qPrintable(m_workspace->lastError()));
        QCOMPARE(people.count(), 1);
        QCOMPARE(m_workspace->undoStack()->count(), 1);
        const QVector<AuditEntry> audit = auditSince(before);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().action, QStringLiteral("create"));
        QCOMPARE(audit.first().entity, QStringLiteral("person"));

        m_workspace->undoStack()->undo();
        QVERIFY(!m_workspace->person(id));
        m_workspace->undoStack()->redo();
        QVERIFY(m_workspace->person(id));
        QCOMPARE(m_workspace->person(id)->email, QStringLiteral("amara@example.org"));

        reopen();
        QCOMPARE(m_workspace->personIdByName(QStringLiteral(" amara okafor")), id);
        QCOMPARE(m_workspace->person(id)->team, QStringLiteral("Risk"));
    }

    void anEditIsAuditedFieldByFieldAndUndoesAsOne()
    {
        const PersonId id = m_workspace->addPerson(amara());
        const qint64 before = m_workspace->auditCount();
        Person changed = *m_workspace->person(id);
        changed.email = QStringLiteral("a.okafor@example.org");
        changed.team = QStringLiteral("Model risk");
        QVERIFY(m_workspace->updatePerson(changed));
        const QVector<AuditEntry> audit = auditSince(before);
        QCOMPARE(audit.size(), 2);
        QCOMPARE(audit[0].field, QStringLiteral("email"));
        QCOMPARE(audit[0].oldValue, QStringLiteral("amara@example.org"));
        QCOMPARE(audit[0].newValue, QStringLiteral("a.okafor@example.org"));
        QCOMPARE(audit[1].field, QStringLiteral("team"));

        QVERIFY(!m_workspace->updatePerson(changed)); // nothing changes: no step
        QVERIFY(m_workspace->lastError().isEmpty());
        QCOMPARE(m_workspace->undoStack()->count(), 2);

        m_workspace->undoStack()->undo();
        QCOMPARE(m_workspace->person(id)->email, QStringLiteral("amara@example.org"));
        QCOMPARE(m_workspace->person(id)->team, QStringLiteral("Risk"));
        reopen();
        QCOMPARE(m_workspace->person(id)->email, QStringLiteral("amara@example.org"));
    }

    void renamingAnOwnerRefreshesTheSystemsTheyOwn()
    {
        const PersonId id = m_workspace->addPerson(amara());
        QVERIFY(m_workspace->setSystemValue(m_id, SystemField::RiskOwner, id));
        QSignalSpy systems(m_workspace.get(), &Workspace::systemsChanged);
        Person changed = *m_workspace->person(id);
        changed.name = QStringLiteral("Amara Okafor-Reyes");
        QVERIFY(m_workspace->updatePerson(changed));
        QCOMPARE(systems.count(), 1);
        QCOMPARE(systems.first().at(0).value<QVector<SystemId>>(), QVector<SystemId> { m_id });
        QCOMPARE(systems.first().at(1).value<SystemFields>(), SystemFields { SystemField::RiskOwner });
    }

    void aRemovedPersonComesBackWithTheSameIdOnUndo()
    {
        const PersonId id = m_workspace->addPerson(amara());
        const qint64 before = m_workspace->auditCount();
        QVERIFY(m_workspace->removePerson(id));
        QVERIFY(!m_workspace->person(id));
        QCOMPARE(auditSince(before).size(), 1);
        QCOMPARE(auditSince(before).first().action, QStringLiteral("delete"));
        m_workspace->undoStack()->undo();
        QVERIFY(m_workspace->person(id));
        QCOMPARE(m_workspace->person(id)->name, QStringLiteral("Amara Okafor"));
        reopen();
        QVERIFY(m_workspace->person(id));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("message");
        QTest::addRow("a person without a name") << QStringLiteral("  ") << QString() << QStringLiteral("name");
        QTest::addRow("a name someone else has, in other case")
            << QStringLiteral("JONAS WEBER ") << QString() << QStringLiteral("Jonas Weber");
        QTest::addRow("an email without an at sign")
            << QStringLiteral("Lena") << QStringLiteral("lena.example.org") << QStringLiteral("lena.example.org");
        QTest::addRow("an email with two at signs")
            << QStringLiteral("Lena") << QStringLiteral("lena@@example.org") << QStringLiteral("email");
        QTest::addRow("an email with nothing before the at sign")
            << QStringLiteral("Lena") << QStringLiteral("@example.org") << QStringLiteral("email");
        QTest::addRow("an email whose domain has no dot")
            << QStringLiteral("Lena") << QStringLiteral("lena@localhost") << QStringLiteral("email");
    }

    void refusals()
    {
        QFETCH(QString, name);
        QFETCH(QString, email);
        QFETCH(QString, message);
        const PersonId jonas = m_workspace->addPerson(Person { 0, QStringLiteral("Jonas Weber"), {}, {} });
        QVERIFY(jonas);
        const QVector<Person> before = m_workspace->people();
        const qint64 audit = m_workspace->auditCount();
        const int steps = m_workspace->undoStack()->count();

        QCOMPARE(m_workspace->addPerson(Person { 0, name, email, {} }), PersonId(0));
        QVERIFY2(m_workspace->lastError().contains(message), qPrintable(m_workspace->lastError()));

        // The same values as an edit of an existing person are refused too.
        const PersonId other = m_workspace->addPerson(Person { 0, QStringLiteral("Ravi Patel"), {}, {} });
        const qint64 auditAfterAdd = m_workspace->auditCount();
        QVERIFY(!m_workspace->updatePerson(Person { other, name, email, {} }));
        QVERIFY2(m_workspace->lastError().contains(message), qPrintable(m_workspace->lastError()));
        QCOMPARE(m_workspace->person(other)->name, QStringLiteral("Ravi Patel"));
        QCOMPARE(m_workspace->auditCount(), auditAfterAdd);
        m_workspace->undoStack()->undo(); // Ravi

        QCOMPARE(m_workspace->people().size(), before.size());
        QCOMPARE(m_workspace->auditCount(), audit + 2); // Ravi's addition and its undo only
        QCOMPARE(m_workspace->undoStack()->index(), steps);
    }

    void anOwnerCannotBeRemovedAndTheMessageCountsTheirSystems()
    {
        const PersonId id = m_workspace->addPerson(amara());
        AiSystem second;
        second.name = QStringLiteral("Triage bot");
        const SystemId other = m_workspace->addSystem(second);
        QVERIFY(m_workspace->setSystemValue(m_id, SystemField::BusinessOwner, id));
        QVERIFY(m_workspace->setSystemValue(other, SystemField::TechnicalOwner, id));
        const qint64 audit = m_workspace->auditCount();
        QVERIFY(!m_workspace->removePerson(id));
        QVERIFY2(m_workspace->lastError().contains(QStringLiteral("2 system")), qPrintable(m_workspace->lastError()));
        QVERIFY(m_workspace->person(id));
        QCOMPARE(m_workspace->auditCount(), audit);
        QCOMPARE(m_workspace->systemsOwnedBy(id), (QVector<SystemId> { m_id, other }));
    }

    void offboardingNeedsTheWholeChecklist()
    {
        QVERIFY(m_workspace->setSystemValue(m_id, SystemField::OffboardCredentialsRevoked, true));
        QVERIFY(m_workspace->setSystemValue(m_id, SystemField::OffboardLogsRetained, QStringLiteral("yes")));
        const qint64 audit = m_workspace->auditCount();
        QVERIFY(!m_workspace->setSystemValue(m_id, SystemField::LifecycleStage, QStringLiteral("offboarded")));
        const QString error = m_workspace->lastError();
        QVERIFY2(error.contains(QStringLiteral("Tools detached")) && error.contains(QStringLiteral("Owners released"))
                     && !error.contains(QStringLiteral("Logs retained")),
            qPrintable(error));
        QCOMPARE(m_workspace->system(m_id)->lifecycleStage, LifecycleStage::Proposed);
        QCOMPARE(m_workspace->auditCount(), audit);

        QVERIFY(m_workspace->setSystemValue(m_id, SystemField::OffboardToolsDetached, true));
        QVERIFY(m_workspace->setSystemValue(m_id, SystemField::OffboardOwnersReleased, true));
        QVERIFY2(m_workspace->setSystemValue(m_id, SystemField::LifecycleStage, QStringLiteral("offboarded")),
            qPrintable(m_workspace->lastError()));
        QCOMPARE(m_workspace->system(m_id)->lifecycleStage, LifecycleStage::Offboarded);
        // Other stages never needed the checklist.
        QVERIFY(m_workspace->setSystemValue(m_id, SystemField::LifecycleStage, QStringLiteral("retiring")));
    }

    void theChecklistIsStoredAndMarkedAsTheAnalysts()
    {
        QVERIFY(m_workspace->setSystemValue(m_id, SystemField::OffboardToolsDetached, true));
        QVERIFY(m_workspace->system(m_id)->isEdited(SystemField::OffboardToolsDetached));
        QVERIFY(!m_workspace->setSystemValue(m_id, SystemField::OffboardToolsDetached, QStringLiteral("maybe")));
        QVERIFY(!m_workspace->lastError().isEmpty());
        reopen();
        QVERIFY(m_workspace->system(m_id)->offboardToolsDetached);
        QVERIFY(!m_workspace->system(m_id)->offboardLogsRetained);
        QVERIFY(m_workspace->system(m_id)->isEdited(SystemField::OffboardToolsDetached));
        QVERIFY(!m_workspace->system(m_id)->isEdited(SystemField::LifecycleStage));
    }
};

QTEST_GUILESS_MAIN(TestWorkspacePeople)
#include "tst_workspacepeople.moc"
