#pragma once
// What the workspace edit tests share: a workspace on the backend under test holding one system
// ("Claims triage model", vendor Acme, uses tools: no) edited by kActor, a privilege boundary varied
// enough that a lost field would show, and field-by-field comparisons. Each test class derives
// from WorkspaceEditTest, whose init() and cleanup() QTest runs around every test.
#include "common/testworkspacelocation.h"
#include "storage/workspace.h"

#include <QTest>
#include <QUndoStack>
#include <memory>

namespace Mandate::WorkspaceEditKit {

inline const QString kActor = QStringLiteral("Test analyst");

// A privilege boundary of ten entries, varied enough that a lost field would show.
inline QVector<Privilege> tenPrivileges()
{
    QVector<Privilege> result;
    for (int i = 0; i < 10; ++i) {
        Privilege privilege;
        privilege.target = QStringLiteral("crm.accounts.%1").arg(i);
        privilege.scope = static_cast<Scope>(i % 4);
        privilege.wildcard = i == 3;
        privilege.credentialId = i % 2 ? 1 : 0; // provisional id of the first credential given
        privilege.tool = QStringLiteral("mcp-crm");
        privilege.approvalGate = i < 5 ? ApprovalGate::None : ApprovalGate::PerAction;
        privilege.logging = static_cast<Logging>(i % 3);
        privilege.expires = i == 7 ? QDate(2027, 3, 31) : QDate();
        privilege.justification = i == 3 ? QStringLiteral("Bulk merge of duplicate accounts") : QString();
        privilege.handoff = i == 9 ? HandoffPoint::DataAccess : HandoffPoint::NoHandoff;
        privilege.status = i == 8 ? PrivilegeStatus::ToNarrow : PrivilegeStatus::Active;
        result << privilege;
    }
    return result;
}

inline void comparePrivileges(const QVector<Privilege> &actual, const QVector<Privilege> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (int i = 0; i < actual.size(); ++i) {
        const Privilege &a = actual[i];
        const Privilege &e = expected[i];
        QCOMPARE(a.id, e.id);
        QCOMPARE(a.systemId, e.systemId);
        QCOMPARE(a.target, e.target);
        QCOMPARE(a.scope, e.scope);
        QCOMPARE(a.wildcard, e.wildcard);
        QCOMPARE(a.credentialId, e.credentialId);
        QCOMPARE(a.tool, e.tool);
        QCOMPARE(a.approvalGate, e.approvalGate);
        QCOMPARE(a.logging, e.logging);
        QCOMPARE(a.expires, e.expires);
        QCOMPARE(a.justification, e.justification);
        QCOMPARE(a.handoff, e.handoff);
        QCOMPARE(a.status, e.status);
    }
}

inline void compareSystems(const AiSystem &actual, const AiSystem &expected)
{
    QCOMPARE(actual.id, expected.id);
    for (SystemField field : allSystemFields())
        QVERIFY2(actual.value(field) == expected.value(field), qPrintable(fieldId(field)));
    QVERIFY(actual.privileges == expected.privileges);
}

// "action entity field" of each audit entry, for comparing sequences at a glance.
inline QStringList auditTrail(const QVector<AuditEntry> &entries)
{
    QStringList trail;
    for (const AuditEntry &entry : entries)
        trail << QStringList { entry.action, entry.entity, entry.field }.join(u' ').trimmed();
    return trail;
}

} // namespace Mandate::WorkspaceEditKit

class WorkspaceEditTest : public QObject
{
    Q_OBJECT

protected:
    qint64 auditCount() const { return m_workspace->auditEntries().size(); }
    Mandate::AuditEntry lastAudit() const
    {
        const QVector<Mandate::AuditEntry> entries = m_workspace->auditEntries();
        return entries.isEmpty() ? Mandate::AuditEntry() : entries.last();
    }
    QUndoStack *undo() const { return m_workspace->undoStack(); }

    // Closed and opened again, so that what is checked next comes from storage.
    void reopen()
    {
        const QString path = m_location->path();
        m_workspace.reset();
        Mandate::WorkspaceError error;
        m_workspace = Mandate::Workspace::open(path, &error);
        QVERIFY2(m_workspace, qPrintable(error.message()));
        m_workspace->setActor(Mandate::WorkspaceEditKit::kActor);
    }

    std::unique_ptr<Mandate::Test::WorkspaceLocation> m_location;
    std::unique_ptr<Mandate::Workspace> m_workspace;
    Mandate::SystemId m_id = 0; // "Claims triage model", vendor Acme, uses tools: no

private slots:
    void initTestCase()
    {
        const QString unavailable = Mandate::Test::backendUnavailable();
        if (!unavailable.isEmpty())
            QSKIP(qPrintable(unavailable));
    }

    void init()
    {
        using namespace Mandate;
        m_location = std::make_unique<Test::WorkspaceLocation>(QStringLiteral("edits.mandate"));
        QVERIFY2(m_location->isValid(), qPrintable(m_location->error()));
        WorkspaceError error;
        m_workspace = Workspace::create(m_location->path(), &error);
        QVERIFY2(m_workspace, qPrintable(error.message()));
        m_workspace->setActor(WorkspaceEditKit::kActor);
        AiSystem prototype;
        prototype.name = QStringLiteral("Claims triage model");
        m_id = m_workspace->addSystem(prototype);
        QVERIFY(m_id != 0);
        QVERIFY(m_workspace->setSystemValue(m_id, SystemField::Vendor, QStringLiteral("Acme")));
        QVERIFY(m_workspace->setSystemValue(m_id, SystemField::UsesTools, QStringLiteral("no")));
    }

    // The workspace closes before its location goes: a scratch database is dropped with it.
    void cleanup()
    {
        m_workspace.reset();
        m_location.reset();
    }
};
