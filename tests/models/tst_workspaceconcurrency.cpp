// Two analysts on one server workspace (issue 8): an edit based on a row someone else has changed
// since is refused, saying who changed it and showing their value beside the one not saved, and
// nothing is overwritten; what one analyst changes appears in the other's open workspace through
// the same signals as their own edits. A file workspace refuses a stale record too (a dialog held a
// privilege while undo changed it). The server tests skip without a test server.
#include "common/testbackend.h"
#include "storage/workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Mandate;

class TestWorkspaceConcurrency : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::ScratchDatabase> m_server;
    std::unique_ptr<Workspace> m_alice; // made the workspace
    std::unique_ptr<Workspace> m_bob;   // opened it afterwards
    SystemId m_triage = 0;

    static Privilege readPrivilege(SystemId system, const QString &target)
    {
        Privilege privilege;
        privilege.systemId = system;
        privilege.target = target;
        privilege.scope = Scope::Read;
        return privilege;
    }

private slots:
    void initTestCase()
    {
        const QString unavailable = Test::postgresUnavailable();
        if (!unavailable.isEmpty())
            qInfo("server tests skip: %s", qPrintable(unavailable));
    }

    void init()
    {
        m_alice.reset();
        m_bob.reset();
        m_server.reset();
        if (!Test::postgresUnavailable().isEmpty())
            return;
        m_server = std::make_unique<Test::ScratchDatabase>();
        QVERIFY2(m_server->isValid(), qPrintable(m_server->error()));
        WorkspaceError error;
        m_alice = Workspace::create(m_server->location(), &error);
        QVERIFY2(m_alice, qPrintable(error.message()));
        m_alice->setActor(QStringLiteral("alice"));
        AiSystem prototype;
        prototype.name = QStringLiteral("Claims triage model");
        m_triage = m_alice->addSystem(prototype);
        QVERIFY(m_triage);
        m_bob = Workspace::open(m_server->location(), &error);
        QVERIFY2(m_bob, qPrintable(error.message()));
        m_bob->setActor(QStringLiteral("bob"));
    }

    void cleanup()
    {
        m_bob.reset();
        m_alice.reset();
        m_server.reset();
    }

    void aStaleSystemEditIsRefusedWithBothValuesAndNothingOverwritten()
    {
        if (!m_server)
            QSKIP("no test server");
        QVERIFY(m_alice->setSystemValue(m_triage, SystemField::Vendor, QStringLiteral("Acme Analytics")));
        // Bob still sees no vendor (his workspace has not heard of Alice's edit yet) and sets one.
        QVERIFY(m_bob->system(m_triage)->vendor.isEmpty());
        QSignalSpy failures(m_bob.get(), &Workspace::writeFailed);
        QVERIFY(!m_bob->setSystemValue(m_triage, SystemField::Vendor, QStringLiteral("Globex")));
        const QString message = m_bob->lastError();
        QVERIFY2(message.contains(QLatin1String("alice")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("Acme Analytics")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("Globex")), qPrintable(message));
        QCOMPARE(failures.count(), 1);
        QCOMPARE(m_bob->undoStack()->count(), 0); // nothing to undo: nothing happened
        // Bob now sees Alice's value, and the server still holds it.
        QCOMPARE(m_bob->system(m_triage)->vendor, QStringLiteral("Acme Analytics"));
        WorkspaceError error;
        auto third = Workspace::open(m_server->location(), &error);
        QVERIFY2(third, qPrintable(error.message()));
        QCOMPARE(third->system(m_triage)->vendor, QStringLiteral("Acme Analytics"));
        // Seeing the current value, Bob may change it.
        QVERIFY2(m_bob->setSystemValue(m_triage, SystemField::Vendor, QStringLiteral("Globex")), qPrintable(m_bob->lastError()));
        QVERIFY(!m_alice->setSystemValue(m_triage, SystemField::Vendor, QStringLiteral("Initech")));
        QVERIFY(m_alice->lastError().contains(QLatin1String("bob")));
        const AuditVerification audit = third->verifyAudit();
        QVERIFY2(audit.ok, qPrintable(audit.problem));
    }

    void aSystemChangedMeanwhileIsNotRemoved()
    {
        if (!m_server)
            QSKIP("no test server");
        QVERIFY(m_alice->setSystemValue(m_triage, SystemField::Description, QStringLiteral("Routes claims")));
        m_bob->removeSystems({ m_triage });
        QVERIFY2(m_bob->lastError().contains(QLatin1String("Claims triage model")), qPrintable(m_bob->lastError()));
        QVERIFY(m_bob->system(m_triage));
        QVERIFY(m_alice->system(m_triage));
        QCOMPARE(m_bob->system(m_triage)->description, QStringLiteral("Routes claims"));
    }

    void aStalePrivilegeEditIsRefusedAndKeepsTheirs()
    {
        if (!m_server)
            QSKIP("no test server");
        const PrivilegeId id = m_alice->addPrivilege(readPrivilege(m_triage, QStringLiteral("claims-db")));
        QVERIFY(id);
        // Bob opens the privilege in an editor; meanwhile Alice widens it.
        const Privilege bobsCopy = m_bob->privilege(id);
        QCOMPARE(bobsCopy.target, QStringLiteral("claims-db"));
        Privilege widened = m_alice->privilege(id);
        widened.scope = Scope::Admin;
        QVERIFY(m_alice->updatePrivilege(widened));
        Privilege bobsEdit = bobsCopy;
        bobsEdit.justification = QStringLiteral("Needed for nightly triage");
        QVERIFY(!m_bob->updatePrivilege(bobsEdit));
        const QString message = m_bob->lastError();
        QVERIFY2(message.contains(QLatin1String("alice")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("admin")), qPrintable(message)); // theirs
        QVERIFY2(message.contains(QLatin1String("read")), qPrintable(message));  // the scope in Bob's copy
        QCOMPARE(m_bob->privilege(id).scope, Scope::Admin);
        QVERIFY(m_bob->privilege(id).justification.isEmpty());
        // Edited from the current row, Bob's change is stored.
        bobsEdit = m_bob->privilege(id);
        bobsEdit.justification = QStringLiteral("Needed for nightly triage");
        QVERIFY2(m_bob->updatePrivilege(bobsEdit), qPrintable(m_bob->lastError()));
        QCOMPARE(m_alice->privilege(id).justification, QStringLiteral("Needed for nightly triage"));
        QCOMPARE(m_alice->privilege(id).scope, Scope::Admin);
    }

    void changesByOthersAppearLiveThroughTheUsualSignals()
    {
        if (!m_server)
            QSKIP("no test server");
        QSignalSpy changed(m_bob.get(), &Workspace::systemsChanged);
        QSignalSpy added(m_bob.get(), &Workspace::systemsAdded);
        QSignalSpy removed(m_bob.get(), &Workspace::systemsRemoved);
        QSignalSpy privileges(m_bob.get(), &Workspace::privilegesChanged);
        QSignalSpy people(m_bob.get(), &Workspace::peopleChanged);
        QSignalSpy audit(m_bob.get(), &Workspace::auditAppended);

        QVERIFY(m_alice->setSystemValue(m_triage, SystemField::Vendor, QStringLiteral("Acme Analytics")));
        QTRY_COMPARE(m_bob->system(m_triage)->vendor, QStringLiteral("Acme Analytics"));
        QVERIFY(!changed.isEmpty());
        QVERIFY(changed.last().at(0).value<QVector<SystemId>>().contains(m_triage));

        AiSystem prototype;
        prototype.name = QStringLiteral("Code review agent");
        const SystemId agent = m_alice->addSystem(prototype);
        QTRY_VERIFY(m_bob->system(agent));
        QCOMPARE(m_bob->systemCount(), 2);
        QVERIFY(!added.isEmpty());

        QVERIFY(m_alice->addPrivilege(readPrivilege(agent, QStringLiteral("github:org/*"))));
        QTRY_COMPARE(m_bob->system(agent)->privileges.count, 1);
        QVERIFY(!privileges.isEmpty());

        Person dana;
        dana.name = QStringLiteral("Dana Whitfield");
        const PersonId danaId = m_alice->addPerson(dana);
        QVERIFY(danaId);
        QTRY_VERIFY(m_bob->person(danaId));
        QVERIFY(!people.isEmpty());

        m_alice->removeSystems({ agent });
        QTRY_VERIFY(!m_bob->system(agent));
        QVERIFY(!removed.isEmpty());
        QCOMPARE(m_bob->systemCount(), 1);
        // The audit dock follows the chain others extend.
        QTRY_COMPARE(m_bob->auditCount(), m_alice->auditCount());
        QVERIFY(!audit.isEmpty());
        // Bob's own view is now current: his edit goes through.
        QVERIFY2(m_bob->setSystemValue(m_triage, SystemField::Vendor, QStringLiteral("Globex")), qPrintable(m_bob->lastError()));
    }

    // A file has one writer, but a dialog may hold a privilege while undo changes it underneath.
    void aFileWorkspaceRefusesAPrivilegeEditedFromAnOlderCopy()
    {
        QTemporaryDir dir;
        WorkspaceError error;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("estate.mandate")), &error);
        QVERIFY2(workspace, qPrintable(error.message()));
        AiSystem prototype;
        prototype.name = QStringLiteral("Deploy agent");
        const SystemId agent = workspace->addSystem(prototype);
        const PrivilegeId id = workspace->addPrivilege(readPrivilege(agent, QStringLiteral("k8s:prod")));
        Privilege tool = workspace->privilege(id);
        tool.tool = QStringLiteral("kubectl");
        QVERIFY(workspace->updatePrivilege(tool));
        const Privilege held = workspace->privilege(id); // the editor opens on this
        workspace->undoStack()->undo();                  // the tool goes again
        Privilege edited = held;
        edited.justification = QStringLiteral("Rollbacks");
        QVERIFY(!workspace->updatePrivilege(edited));
        QVERIFY2(workspace->lastError().contains(QLatin1String("kubectl")), qPrintable(workspace->lastError()));
        QVERIFY(workspace->privilege(id).tool.isEmpty());
        QVERIFY(workspace->privilege(id).justification.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceConcurrency)
#include "tst_workspaceconcurrency.moc"
