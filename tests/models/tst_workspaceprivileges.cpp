// Editing privilege boundaries and credentials through the workspace (its privilege half): every
// edit one undo step, audited field by field, surviving a reopen, and bad values refused with a
// message and nothing changed.
#include "common/testworkspacelocation.h"
#include "storage/workspace.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Mandate;

namespace {

Privilege adminPrivilege(SystemId systemId)
{
    Privilege p;
    p.systemId = systemId;
    p.target = QStringLiteral("claims-db");
    p.scope = Scope::Admin;
    p.tool = QStringLiteral("sql-runner");
    p.logging = Logging::None;
    return p;
}

Credential serviceAccount()
{
    Credential c;
    c.name = QStringLiteral("svc-claims-agent");
    c.kind = CredentialKind::ServiceAccount;
    c.storage = CredentialStorage::SecretsManager;
    c.created = QDate(2025, 1, 10);
    c.expires = QDate(2026, 1, 10);
    c.environments = { QStringLiteral("production") };
    return c;
}

} // namespace

class TestWorkspacePrivileges : public QObject
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
        m_location = std::make_unique<Test::WorkspaceLocation>(QStringLiteral("privileges.mandate"));
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

    void anAddedPrivilegeChangesTheDerivedFactsInOneUndoStep()
    {
        QSignalSpy changed(m_workspace.get(), &Workspace::privilegesChanged);
        const PrivilegeId id = m_workspace->addPrivilege(adminPrivilege(m_id));
        QVERIFY(id != 0);
        QCOMPARE(m_workspace->undoStack()->count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().value<QVector<SystemId>>(), QVector<SystemId> { m_id });
        const PrivilegeSummary summary = m_workspace->system(m_id)->privileges;
        QCOMPARE(summary.count, 1);
        QVERIFY(summary.anyPrivilegeOnWildcardOrAdmin);
        QVERIFY(summary.anyPrivilegeUnlogged);
        QCOMPARE(lastAudit().entity, QStringLiteral("privilege"));
        QCOMPARE(lastAudit().action, QStringLiteral("create"));
        QCOMPARE(lastAudit().newValue, QStringLiteral("claims-db (admin) for system #%1").arg(m_id));

        m_workspace->undoStack()->undo();
        QCOMPARE(m_workspace->system(m_id)->privileges.count, 0);
        QCOMPARE(m_workspace->privilege(id).id, PrivilegeId(0));
        QCOMPARE(lastAudit().action, QStringLiteral("undo"));
        m_workspace->undoStack()->redo();
        QCOMPARE(m_workspace->privilege(id).target, QStringLiteral("claims-db")); // the same row, same id
        reopen();
        QCOMPARE(m_workspace->privileges(m_id).size(), 1);
        QCOMPARE(m_workspace->system(m_id)->privileges.highestScope, Scope::Admin);
        QVERIFY(m_workspace->verifyAudit().ok);
    }

    void aChangedPrivilegeIsAuditedFieldByField()
    {
        const PrivilegeId id = m_workspace->addPrivilege(adminPrivilege(m_id));
        Privilege narrowed = m_workspace->privilege(id);
        narrowed.scope = Scope::Read;
        narrowed.logging = Logging::Central;
        const qint64 before = m_workspace->auditCount();
        QVERIFY(m_workspace->updatePrivilege(narrowed));
        QCOMPARE(m_workspace->auditCount(), before + 2);
        const QVector<AuditEntry> entries = m_workspace->auditEntries(before + 1);
        QCOMPARE(entries.size(), 2);
        QSet<QString> fields { entries[0].field, entries[1].field };
        QCOMPARE(fields, (QSet<QString> { QStringLiteral("scope"), QStringLiteral("logging") }));
        QVERIFY(!m_workspace->system(m_id)->privileges.anyPrivilegeOnWildcardOrAdmin);
        QVERIFY(!m_workspace->updatePrivilege(narrowed)); // nothing left to change
        QVERIFY(m_workspace->lastError().isEmpty());
        m_workspace->undoStack()->undo();
        QCOMPARE(m_workspace->privilege(id).scope, Scope::Admin);
    }

    void badPrivilegesAreRefusedAndChangeNothing_data()
    {
        QTest::addColumn<int>("what");
        QTest::addColumn<QString>("problem");
        QTest::addRow("no target") << 0 << QStringLiteral("needs a target");
        QTest::addRow("a system that does not exist") << 1 << QStringLiteral("no system with id 999");
        QTest::addRow("a credential that does not exist") << 2 << QStringLiteral("no credential with id 77");
    }

    void badPrivilegesAreRefusedAndChangeNothing()
    {
        QFETCH(int, what);
        QFETCH(QString, problem);
        Privilege p = adminPrivilege(m_id);
        if (what == 0)
            p.target = QStringLiteral("  ");
        if (what == 1)
            p.systemId = 999;
        if (what == 2)
            p.credentialId = 77;
        const qint64 audit = m_workspace->auditCount();
        QCOMPARE(m_workspace->addPrivilege(p), PrivilegeId(0));
        QVERIFY2(m_workspace->lastError().contains(problem), qPrintable(m_workspace->lastError()));
        QCOMPARE(m_workspace->auditCount(), audit);
        QCOMPARE(m_workspace->undoStack()->count(), 0);
        QVERIFY(m_workspace->privileges(m_id).isEmpty());
    }

    void removingPrivilegesIsOneStepAndUndoBringsThemBack()
    {
        const PrivilegeId first = m_workspace->addPrivilege(adminPrivilege(m_id));
        Privilege second = adminPrivilege(m_id);
        second.target = QStringLiteral("claims-api");
        const PrivilegeId secondId = m_workspace->addPrivilege(second);
        const int steps = m_workspace->undoStack()->count();
        QVERIFY(m_workspace->removePrivileges({ first, secondId }));
        QCOMPARE(m_workspace->undoStack()->count(), steps + 1);
        QVERIFY(m_workspace->privileges(m_id).isEmpty());
        QCOMPARE(m_workspace->system(m_id)->privileges.count, 0);
        m_workspace->undoStack()->undo();
        QCOMPARE(m_workspace->privilege(first).target, QStringLiteral("claims-db"));
        QCOMPARE(m_workspace->privilege(secondId).target, QStringLiteral("claims-api"));
        QCOMPARE(m_workspace->system(m_id)->privileges.count, 2);
        QVERIFY(!m_workspace->removePrivileges({ 4242 }));
        QVERIFY(m_workspace->lastError().contains(QStringLiteral("4242")));
    }

    void credentialsAreAddedChangedAndRemovedUndoably()
    {
        const CredentialId id = m_workspace->addCredential(serviceAccount());
        QVERIFY(id != 0);
        QCOMPARE(m_workspace->credential(id).name, QStringLiteral("svc-claims-agent"));
        Credential rotated = m_workspace->credential(id);
        rotated.lastRotated = QDate(2025, 6, 1);
        QVERIFY(m_workspace->updateCredential(rotated));
        QCOMPARE(lastAudit().field, QStringLiteral("last_rotated"));
        QCOMPARE(lastAudit().newValue, QStringLiteral("2025-06-01"));

        Privilege p = adminPrivilege(m_id);
        p.credentialId = id;
        const PrivilegeId privilegeId = m_workspace->addPrivilege(p);
        QVERIFY(m_workspace->system(m_id)->privileges.anyCredential);
        QVERIFY(!m_workspace->removeCredential(id)); // still in use
        QVERIFY2(m_workspace->lastError().contains(QStringLiteral("svc-claims-agent")), qPrintable(m_workspace->lastError()));
        QVERIFY(m_workspace->removePrivileges({ privilegeId }));
        QVERIFY(m_workspace->removeCredential(id));
        QCOMPARE(m_workspace->credential(id).id, CredentialId(0));
        m_workspace->undoStack()->undo();
        QCOMPARE(m_workspace->credential(id).lastRotated, QDate(2025, 6, 1));
        reopen();
        QCOMPARE(m_workspace->credential(id).name, QStringLiteral("svc-claims-agent"));
        QVERIFY(m_workspace->verifyAudit().ok);
    }

    void badCredentialsAreRefusedAndChangeNothing_data()
    {
        QTest::addColumn<int>("what");
        QTest::addColumn<QString>("problem");
        QTest::addRow("no name") << 0 << QStringLiteral("needs a name");
        QTest::addRow("an expiry before its creation") << 1 << QStringLiteral("expire (2024-12-31) before it was created (2025-01-10)");
        QTest::addRow("a rotation before its creation") << 2 << QStringLiteral("rotated (2024-01-01) before it was created");
    }

    void badCredentialsAreRefusedAndChangeNothing()
    {
        QFETCH(int, what);
        QFETCH(QString, problem);
        const CredentialId id = m_workspace->addCredential(serviceAccount());
        Credential c = m_workspace->credential(id);
        if (what == 0)
            c.name.clear();
        if (what == 1)
            c.expires = QDate(2024, 12, 31);
        if (what == 2)
            c.lastRotated = QDate(2024, 1, 1);
        const qint64 audit = m_workspace->auditCount();
        QVERIFY(!m_workspace->updateCredential(c));
        QVERIFY2(m_workspace->lastError().contains(problem), qPrintable(m_workspace->lastError()));
        QCOMPARE(m_workspace->addCredential(c), CredentialId(0));
        QCOMPARE(m_workspace->auditCount(), audit);
        QCOMPARE(m_workspace->credential(id).expires, QDate(2026, 1, 10));
        QCOMPARE(m_workspace->credentials().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestWorkspacePrivileges)
#include "tst_workspaceprivileges.moc"
