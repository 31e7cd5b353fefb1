// One system's privilege boundary as a table: rows follow the workspace, edits made in the table go
// through the workspace as one undo step each, and refused values change nothing.
#include "itemmodels/privilegetablemodel.h"
#include "storage/workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Mandate;

class TestPrivilegeTableModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<PrivilegeTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    SystemId m_agent = 0;
    SystemId m_writer = 0;
    CredentialId m_credential = 0;

    SystemId addSystem(const QString &name)
    {
        AiSystem prototype;
        prototype.name = name;
        return m_workspace->addSystem(prototype);
    }

    PrivilegeId addPrivilege(SystemId systemId, const QString &target, Scope scope)
    {
        Privilege p;
        p.systemId = systemId;
        p.target = target;
        p.scope = scope;
        p.logging = Logging::Central;
        p.justification = QStringLiteral("Needed to do its job");
        return m_workspace->addPrivilege(p);
    }

    QModelIndex cell(int row, int column) const { return m_model->index(row, column); }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        WorkspaceError error;
        m_workspace = Workspace::create(m_dir->filePath(QStringLiteral("boundary.mandate")), &error);
        QVERIFY2(m_workspace, qPrintable(error.message()));
        m_agent = addSystem(QStringLiteral("Code review agent"));
        m_writer = addSystem(QStringLiteral("Copy writer"));
        Credential credential;
        credential.name = QStringLiteral("svc-review-bot");
        m_credential = m_workspace->addCredential(credential);
        QVERIFY(addPrivilege(m_agent, QStringLiteral("git-repos"), Scope::Write));
        QVERIFY(addPrivilege(m_agent, QStringLiteral("ci-pipeline"), Scope::Execute));
        QVERIFY(addPrivilege(m_writer, QStringLiteral("cms"), Scope::Read));
        m_workspace->undoStack()->clear();

        m_model = std::make_unique<PrivilegeTableModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setWorkspace(m_workspace.get());
        m_model->setSystem(m_agent);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_workspace.reset();
        m_dir.reset();
    }

    void theRowsAreTheSystemsPrivileges()
    {
        const QVector<Privilege> privileges = m_workspace->privileges(m_agent);
        QCOMPARE(m_model->rowCount(), privileges.size());
        for (int row = 0; row < privileges.size(); ++row) {
            QCOMPARE(m_model->privilegeId(row), privileges[row].id);
            QCOMPARE(cell(row, PrivilegeTableModel::TargetColumn).data().toString(), privileges[row].target);
            QCOMPARE(cell(row, PrivilegeTableModel::ScopeColumn).data(Qt::EditRole).toString(), toId(privileges[row].scope));
            QCOMPARE(cell(row, PrivilegeTableModel::ScopeColumn).data().toString(), label(privileges[row].scope));
        }
    }

    void editingTheScopeToAdminIsOneUndoStepAndUpdatesTheSummary()
    {
        QVERIFY(!m_workspace->system(m_agent)->privileges.anyPrivilegeOnWildcardOrAdmin);
        QVERIFY(m_model->setData(cell(0, PrivilegeTableModel::ScopeColumn), QStringLiteral("admin")));
        QCOMPARE(m_workspace->undoStack()->count(), 1);
        QCOMPARE(cell(0, PrivilegeTableModel::ScopeColumn).data(Qt::EditRole).toString(), QStringLiteral("admin"));
        const PrivilegeSummary summary = m_workspace->system(m_agent)->privileges;
        QVERIFY(summary.anyPrivilegeOnWildcardOrAdmin);
        QCOMPARE(summary.highestScope, Scope::Admin);

        m_workspace->undoStack()->undo();
        QCOMPARE(cell(0, PrivilegeTableModel::ScopeColumn).data(Qt::EditRole).toString(), QStringLiteral("write"));
        QVERIFY(!m_workspace->system(m_agent)->privileges.anyPrivilegeOnWildcardOrAdmin);
    }

    void eachColumnEditsItsField_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("shown"); // EditRole afterwards
        QTest::addRow("a new target") << int(PrivilegeTableModel::TargetColumn) << QVariant(QStringLiteral("git-org")) << QStringLiteral("git-org");
        QTest::addRow("wildcard ticked") << int(PrivilegeTableModel::WildcardColumn) << QVariant(true) << QStringLiteral("true");
        QTest::addRow("a credential by name") << int(PrivilegeTableModel::CredentialColumn) << QVariant(QStringLiteral("svc-review-bot")) << QStringLiteral("svc-review-bot");
        QTest::addRow("a tool") << int(PrivilegeTableModel::ToolColumn) << QVariant(QStringLiteral("gh-cli")) << QStringLiteral("gh-cli");
        QTest::addRow("a two-person gate") << int(PrivilegeTableModel::ApprovalGateColumn) << QVariant(QStringLiteral("two_person")) << QStringLiteral("two_person");
        QTest::addRow("no logging") << int(PrivilegeTableModel::LoggingColumn) << QVariant(QStringLiteral("none")) << QStringLiteral("none");
        QTest::addRow("a code commit handoff") << int(PrivilegeTableModel::HandoffColumn) << QVariant(QStringLiteral("code_commit")) << QStringLiteral("code_commit");
        QTest::addRow("an expiry date") << int(PrivilegeTableModel::ExpiresColumn) << QVariant(QStringLiteral(" 2026-03-31 ")) << QStringLiteral("2026-03-31");
        QTest::addRow("a justification") << int(PrivilegeTableModel::JustificationColumn) << QVariant(QStringLiteral("Reviews pull requests")) << QStringLiteral("Reviews pull requests");
        QTest::addRow("to narrow") << int(PrivilegeTableModel::StatusColumn) << QVariant(QStringLiteral("to_narrow")) << QStringLiteral("to_narrow");
    }

    void eachColumnEditsItsField()
    {
        QFETCH(int, column);
        QFETCH(QVariant, value);
        QFETCH(QString, shown);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(m_model->setData(cell(0, column), value));
        QCOMPARE(m_workspace->undoStack()->count(), 1);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(cell(0, column).data(Qt::EditRole).toString(), shown);
        QVERIFY(m_model->lastError().isEmpty());
    }

    void refusedValuesChangeNothing_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("value");
        QTest::addRow("a date in another format") << int(PrivilegeTableModel::ExpiresColumn) << QStringLiteral("31/03/2026");
        QTest::addRow("a date that does not exist") << int(PrivilegeTableModel::ExpiresColumn) << QStringLiteral("2026-02-30");
        QTest::addRow("words for a date") << int(PrivilegeTableModel::ExpiresColumn) << QStringLiteral("next spring");
        QTest::addRow("a scope that is no scope") << int(PrivilegeTableModel::ScopeColumn) << QStringLiteral("superuser");
        QTest::addRow("an empty target") << int(PrivilegeTableModel::TargetColumn) << QStringLiteral("   ");
        QTest::addRow("a credential nobody added") << int(PrivilegeTableModel::CredentialColumn) << QStringLiteral("svc-ghost");
    }

    void refusedValuesChangeNothing()
    {
        QFETCH(int, column);
        QFETCH(QString, value);
        const Privilege before = m_workspace->privilege(m_model->privilegeId(0));
        const qint64 audit = m_workspace->auditCount();
        QSignalSpy refused(m_model.get(), &PrivilegeTableModel::editRefused);
        QVERIFY(!m_model->setData(cell(0, column), value));
        QCOMPARE(refused.count(), 1);
        QVERIFY(!m_model->lastError().isEmpty());
        QCOMPARE(m_workspace->undoStack()->count(), 0);
        QCOMPARE(m_workspace->auditCount(), audit);
        const Privilege after = m_workspace->privilege(before.id);
        QCOMPARE(after.target, before.target);
        QCOMPARE(after.scope, before.scope);
        QCOMPARE(after.expires, before.expires);
        QCOMPARE(after.credentialId, before.credentialId);
    }

    void anEmptyDateClearsTheExpiry()
    {
        QVERIFY(m_model->setData(cell(0, PrivilegeTableModel::ExpiresColumn), QStringLiteral("2026-03-31")));
        QVERIFY(m_model->setData(cell(0, PrivilegeTableModel::ExpiresColumn), QString()));
        QVERIFY(!m_workspace->privilege(m_model->privilegeId(0)).expires.isValid());
        QCOMPARE(m_workspace->undoStack()->count(), 2);
    }

    void renamingTheCredentialRenamesItsCells()
    {
        QVERIFY(m_model->setData(cell(1, PrivilegeTableModel::CredentialColumn), QStringLiteral("svc-review-bot")));
        Credential renamed = m_workspace->credential(m_credential);
        renamed.name = QStringLiteral("svc-review-agent");
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(m_workspace->updateCredential(renamed));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(cell(1, PrivilegeTableModel::CredentialColumn).data().toString(), QStringLiteral("svc-review-agent"));
        const QVariantList choices = cell(1, PrivilegeTableModel::CredentialColumn).data(PrivilegeTableModel::ChoicesRole).toList();
        QCOMPARE(choices.size(), 2); // none, and the one credential
        QCOMPARE(choices.last().toStringList().first(), QStringLiteral("svc-review-agent"));
    }

    void addingAndUndoingElsewhereReachesTheTable()
    {
        const PrivilegeId added = addPrivilege(m_agent, QStringLiteral("secrets-vault"), Scope::Admin);
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->rowOf(added), 2);
        m_workspace->undoStack()->undo();
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->rowOf(added), -1);
    }

    void switchingSystemShowsTheOtherBoundary()
    {
        m_model->setSystem(m_writer);
        QCOMPARE(m_model->systemId(), m_writer);
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(cell(0, PrivilegeTableModel::TargetColumn).data().toString(), QStringLiteral("cms"));
        // Another system's boundary changing leaves this table alone.
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QVERIFY(addPrivilege(m_agent, QStringLiteral("secrets-vault"), Scope::Admin));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(m_model->rowCount(), 1);
        m_model->setSystem(0);
        QCOMPARE(m_model->rowCount(), 0);
        m_model->setSystem(4242); // no such system
        QCOMPARE(m_model->rowCount(), 0);
    }

    void removingTheSystemEmptiesTheTable()
    {
        m_workspace->removeSystems({ m_agent });
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->systemId(), SystemId(0));
    }
};

QTEST_GUILESS_MAIN(TestPrivilegeTableModel)
#include "tst_privilegetablemodel.moc"
