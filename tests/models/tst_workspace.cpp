// The one edit path: every change an analyst makes to a system's fields and owners is validated,
// undoable, audited and saved, and nothing that was refused or changed nothing leaves a trace.
// Adding, removing, importing and reopening are in tst_workspacesystems.
#include "workspaceedittest.h"

#include <QUndoStack>

using namespace Mandate;
using namespace Mandate::WorkspaceEditKit;

class TestWorkspace : public WorkspaceEditTest
{
    Q_OBJECT

private slots:
    void invalidValuesAreRefusedWithAReason_data()
    {
        QTest::addColumn<SystemField>("field");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("reasonMentions");
        QTest::addRow("a paradigm that does not exist")
            << SystemField::Paradigm << QVariant(QStringLiteral("robotic")) << QStringLiteral("robotic");
        QTest::addRow("a yes/no/unknown fact given as maybe")
            << SystemField::UsesTools << QVariant(QStringLiteral("maybe")) << QStringLiteral("maybe");
        QTest::addRow("an approval gate that does not exist")
            << SystemField::ApprovalGate << QVariant(QStringLiteral("manager")) << QStringLiteral("manager");
        QTest::addRow("a lifecycle stage that does not exist")
            << SystemField::LifecycleStage << QVariant(QStringLiteral("live")) << QStringLiteral("live");
        QTest::addRow("an empty name") << SystemField::Name << QVariant(QString()) << QStringLiteral("name");
        QTest::addRow("a name of spaces only")
            << SystemField::Name << QVariant(QStringLiteral("   ")) << QStringLiteral("name");
        QTest::addRow("a negative review cadence")
            << SystemField::ReviewCadenceDays << QVariant(-30) << QStringLiteral("-30");
        QTest::addRow("a review cadence in words")
            << SystemField::ReviewCadenceDays << QVariant(QStringLiteral("quarterly"))
            << QStringLiteral("quarterly");
        QTest::addRow("a review date that is not a date")
            << SystemField::LastReviewed << QVariant(QStringLiteral("31/12/2025"))
            << QStringLiteral("31/12/2025");
        QTest::addRow("an owner who does not exist")
            << SystemField::BusinessOwner << QVariant(4242) << QStringLiteral("4242");
    }

    void invalidValuesAreRefusedWithAReason()
    {
        QFETCH(SystemField, field);
        QFETCH(QVariant, value);
        QFETCH(QString, reasonMentions);
        const AiSystem before = *m_workspace->system(m_id);
        const int commands = undo()->count();
        const qint64 entries = auditCount();

        QVERIFY(!m_workspace->setSystemValue(m_id, field, value));

        compareSystems(*m_workspace->system(m_id), before);
        QCOMPARE(undo()->count(), commands);
        QCOMPARE(auditCount(), entries);
        QVERIFY2(m_workspace->lastError().contains(reasonMentions), qPrintable(m_workspace->lastError()));
        reopen();
        compareSystems(*m_workspace->system(m_id), before);
    }

    void editsOfAnAbsentSystemAreRefused()
    {
        const int commands = undo()->count();
        const qint64 entries = auditCount();
        QVERIFY(!m_workspace->setSystemValue(m_id + 100, SystemField::Vendor, QStringLiteral("Acme")));
        QVERIFY(!m_workspace->setSystemOwner(
            m_id + 100, SystemField::BusinessOwner, QStringLiteral("Ada Lovelace")));
        QVERIFY(!m_workspace->setSystemOwner(m_id, SystemField::Vendor, QStringLiteral("Ada Lovelace")));
        QCOMPARE(undo()->count(), commands);
        QCOMPARE(auditCount(), entries);
        QVERIFY(m_workspace->people().isEmpty());
    }

    void editsThatChangeNothingLeaveNoTrace_data()
    {
        QTest::addColumn<SystemField>("field");
        QTest::addColumn<QVariant>("value");
        QTest::addRow("the same vendor") << SystemField::Vendor << QVariant(QStringLiteral("Acme"));
        QTest::addRow("the same vendor with spaces around")
            << SystemField::Vendor << QVariant(QStringLiteral(" Acme "));
        QTest::addRow("the same name with spaces around")
            << SystemField::Name << QVariant(QStringLiteral("  Claims triage model "));
        QTest::addRow("the same fact in capitals")
            << SystemField::UsesTools << QVariant(QStringLiteral("NO"));
        QTest::addRow("the default lifecycle stage")
            << SystemField::LifecycleStage << QVariant(QStringLiteral("proposed"));
        QTest::addRow("the default cadence as text")
            << SystemField::ReviewCadenceDays << QVariant(QStringLiteral("0"));
        QTest::addRow("no owner for a system without one") << SystemField::TechnicalOwner << QVariant(0);
    }

    void editsThatChangeNothingLeaveNoTrace()
    {
        QFETCH(SystemField, field);
        QFETCH(QVariant, value);
        const int commands = undo()->count();
        const qint64 entries = auditCount();
        QVERIFY(!m_workspace->setSystemValue(m_id, field, value));
        QCOMPARE(undo()->count(), commands);
        QCOMPARE(auditCount(), entries);
    }

    void eachEditUndoAndRedoIsAudited_data()
    {
        QTest::addColumn<SystemField>("field");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("oldText");
        QTest::addColumn<QString>("newText");
        QTest::addRow("a vendor") << SystemField::Vendor << QVariant(QStringLiteral("Acme Insurance Tech"))
                                  << QStringLiteral("Acme") << QStringLiteral("Acme Insurance Tech");
        QTest::addRow("a behaviour fact") << SystemField::UsesTools << QVariant(QStringLiteral("yes"))
                                          << QStringLiteral("no") << QStringLiteral("yes");
        QTest::addRow("a name") << SystemField::Name << QVariant(QStringLiteral("Claims scorer"))
                                << QStringLiteral("Claims triage model") << QStringLiteral("Claims scorer");
        QTest::addRow("a lifecycle stage") << SystemField::LifecycleStage << QVariant(QStringLiteral("Pilot"))
                                           << QStringLiteral("proposed") << QStringLiteral("pilot");
        QTest::addRow("a review cadence")
            << SystemField::ReviewCadenceDays << QVariant(30) << QStringLiteral("0") << QStringLiteral("30");
        QTest::addRow("a review date") << SystemField::LastReviewed << QVariant(QStringLiteral("2025-11-03"))
                                       << QString() << QStringLiteral("2025-11-03");
    }

    void eachEditUndoAndRedoIsAudited()
    {
        QFETCH(SystemField, field);
        QFETCH(QVariant, value);
        QFETCH(QString, oldText);
        QFETCH(QString, newText);
        const qint64 entries = auditCount();
        const int commands = undo()->count();

        QVERIFY(m_workspace->setSystemValue(m_id, field, value));
        QCOMPARE(undo()->count(), commands + 1);
        QCOMPARE(m_workspace->system(m_id)->value(field).toString(), newText);
        QCOMPARE(auditCount(), entries + 1);
        AuditEntry entry = lastAudit();
        QCOMPARE(entry.actor, kActor);
        QCOMPARE(entry.action, QStringLiteral("update"));
        QCOMPARE(entry.entity, QStringLiteral("system"));
        QCOMPARE(entry.entityId, QString::number(m_id));
        QCOMPARE(entry.field, fieldId(field));
        QCOMPARE(entry.oldValue, oldText);
        QCOMPARE(entry.newValue, newText);
        QVERIFY(entry.at.isValid());
        QVERIFY(qAbs(entry.at.secsTo(QDateTime::currentDateTimeUtc())) < 60);

        undo()->undo();
        QCOMPARE(m_workspace->system(m_id)->value(field).toString(), oldText);
        QCOMPARE(auditCount(), entries + 2);
        entry = lastAudit();
        QCOMPARE(entry.action, QStringLiteral("undo"));
        QCOMPARE(entry.entity, QStringLiteral("system"));
        QCOMPARE(entry.field, fieldId(field));
        QCOMPARE(entry.oldValue, newText);
        QCOMPARE(entry.newValue, oldText);

        undo()->redo();
        QCOMPARE(m_workspace->system(m_id)->value(field).toString(), newText);
        QCOMPARE(auditCount(), entries + 3);
        entry = lastAudit();
        QCOMPARE(entry.action, QStringLiteral("redo"));
        QCOMPARE(entry.field, fieldId(field));
        QCOMPARE(entry.oldValue, oldText);
        QCOMPARE(entry.newValue, newText);
        QCOMPARE(entry.actor, kActor);

        reopen();
        QCOMPARE(m_workspace->system(m_id)->value(field).toString(), newText);
    }

    void aNewOwnerIsCreatedAndAssignedInOneUndoStep()
    {
        const int commands = undo()->count();
        const qint64 entries = auditCount();

        QVERIFY(
            m_workspace->setSystemOwner(m_id, SystemField::TechnicalOwner, QStringLiteral(" Grace Hopper ")));

        const PersonId grace = m_workspace->personIdByName(QStringLiteral("Grace Hopper"));
        QVERIFY(grace != 0);
        QCOMPARE(m_workspace->person(grace)->name, QStringLiteral("Grace Hopper"));
        QCOMPARE(m_workspace->system(m_id)->technicalOwner, grace);
        QCOMPARE(undo()->count(), commands + 1);
        const QVector<AuditEntry> added = m_workspace->auditEntries(entries + 1);
        QCOMPARE(auditTrail(added),
            (QStringList {
                QStringLiteral("create person name"), QStringLiteral("update system technical_owner") }));
        QCOMPARE(added[0].newValue, QStringLiteral("Grace Hopper"));
        QVERIFY2(added[1].newValue.contains(QStringLiteral("Grace Hopper")), qPrintable(added[1].newValue));

        undo()->undo(); // one step takes both back
        QCOMPARE(m_workspace->system(m_id)->technicalOwner, PersonId(0));
        QCOMPARE(m_workspace->personIdByName(QStringLiteral("Grace Hopper")), PersonId(0));
        QVERIFY(m_workspace->people().isEmpty());

        undo()->redo();
        QCOMPARE(m_workspace->personIdByName(QStringLiteral("Grace Hopper")), grace);
        QCOMPARE(m_workspace->system(m_id)->technicalOwner, grace);

        reopen();
        QCOMPARE(m_workspace->people().size(), 1);
        QCOMPARE(m_workspace->system(m_id)->technicalOwner, grace);
        QCOMPARE(m_workspace->person(grace)->name, QStringLiteral("Grace Hopper"));
    }

    void anExistingOwnerIsReusedWhateverTheCase()
    {
        QVERIFY(
            m_workspace->setSystemOwner(m_id, SystemField::TechnicalOwner, QStringLiteral("Grace Hopper")));
        const PersonId grace = m_workspace->personIdByName(QStringLiteral("Grace Hopper"));
        const int commands = undo()->count();
        const qint64 entries = auditCount();

        QVERIFY(
            m_workspace->setSystemOwner(m_id, SystemField::BusinessOwner, QStringLiteral("grace HOPPER ")));

        QCOMPARE(m_workspace->people().size(), 1);
        QCOMPARE(m_workspace->system(m_id)->businessOwner, grace);
        QCOMPARE(undo()->count(), commands + 1);
        QCOMPARE(auditTrail(m_workspace->auditEntries(entries + 1)),
            QStringList { QStringLiteral("update system business_owner") });

        // Setting the same owner again changes nothing.
        QVERIFY(
            !m_workspace->setSystemOwner(m_id, SystemField::BusinessOwner, QStringLiteral("Grace Hopper")));
        QCOMPARE(undo()->count(), commands + 1);

        undo()->undo();
        QCOMPARE(m_workspace->system(m_id)->businessOwner, PersonId(0));
        QCOMPARE(
            m_workspace->personIdByName(QStringLiteral("Grace Hopper")), grace); // still owns the other role
        QCOMPARE(m_workspace->system(m_id)->technicalOwner, grace);
    }

    void clearingAnOwnerByEmptyName()
    {
        QVERIFY(m_workspace->setSystemOwner(m_id, SystemField::RiskOwner, QStringLiteral("Alan Turing")));
        QVERIFY(m_workspace->setSystemOwner(m_id, SystemField::RiskOwner, QStringLiteral("  ")));
        QCOMPARE(m_workspace->system(m_id)->riskOwner, PersonId(0));
        QCOMPARE(m_workspace->people().size(), 1); // the person stays, only the role is released
        QCOMPARE(lastAudit().field, QStringLiteral("risk_owner"));
        QCOMPARE(lastAudit().newValue, QString());
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
