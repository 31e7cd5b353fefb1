// The findings table: edits made through the workspace (privileges, credentials, systems) show up
// as findings, undo takes them away again, a scope narrows the table to some systems, and the
// table sorts by severity.
#include "itemmodels/findingsmodel.h"
#include "storage/workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
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
    p.logging = Logging::Central;
    return p;
}

} // namespace

class TestFindingsModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<FindingsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    SystemId m_agent = 0;
    SystemId m_writer = 0;

    // "F-RULE system" per row, in the model's order.
    QStringList rows() const
    {
        QStringList result;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            result << m_model->index(row, FindingsModel::RuleColumn).data().toString() + u' '
                    + m_model->index(row, FindingsModel::SystemColumn).data().toString();
        }
        return result;
    }

    int rowOf(const QString &rule) const
    {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->index(row, FindingsModel::RuleColumn).data().toString() == rule)
                return row;
        }
        return -1;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        WorkspaceError error;
        m_workspace = Workspace::create(m_dir->filePath(QStringLiteral("findings.mandate")), &error);
        QVERIFY2(m_workspace, qPrintable(error.message()));
        AiSystem agent; // nothing known about its behaviour: no rule fires yet
        agent.name = QStringLiteral("Claims agent");
        m_agent = m_workspace->addSystem(agent);
        AiSystem writer;
        writer.name = QStringLiteral("Copy writer");
        m_writer = m_workspace->addSystem(writer);
        // Writes content but is recorded as predictive: F-LABEL.
        QVERIFY(m_workspace->setSystemValue(m_writer, SystemField::OutputKind, QStringLiteral("content")));
        QVERIFY(m_workspace->setSystemValue(m_writer, SystemField::Paradigm, QStringLiteral("predictive")));
        m_workspace->undoStack()->clear();

        m_model = std::make_unique<FindingsModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setWorkspace(m_workspace.get());
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_workspace.reset();
        m_dir.reset();
    }

    void anUnjustifiedAdminPrivilegeShowsAsOverprivilegeUntilUndone()
    {
        QCOMPARE(rows(), QStringList { QStringLiteral("F-LABEL Copy writer") });
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);

        const PrivilegeId id = m_workspace->addPrivilege(adminPrivilege(m_agent));
        QVERIFY(id != 0);
        QTRY_VERIFY(rowOf(QStringLiteral("F-OVERPRIV")) >= 0);
        QCOMPARE(resets.count(), 1); // the workspace's signals for one edit make one recomputation
        const int row = rowOf(QStringLiteral("F-OVERPRIV"));
        QCOMPARE(row, 0); // high before the medium label finding
        const QModelIndex index = m_model->index(row, FindingsModel::SeverityColumn);
        QCOMPARE(index.data(FindingsModel::SystemIdRole).value<SystemId>(), m_agent);
        QCOMPARE(index.data(FindingsModel::PrivilegeIdRole).value<PrivilegeId>(), id);
        QCOMPARE(index.data(FindingsModel::CredentialIdRole).value<CredentialId>(), CredentialId(0));
        QCOMPARE(m_model->index(row, FindingsModel::SystemColumn).data().toString(),
            QStringLiteral("Claims agent"));
        QVERIFY(m_model->index(row, FindingsModel::ReasonColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("claims-db")));
        QVERIFY(m_model->index(row, FindingsModel::FrameworksColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("NHI5")));

        m_workspace->undoStack()->undo();
        QTRY_COMPARE(rows(), QStringList { QStringLiteral("F-LABEL Copy writer") });
        m_workspace->undoStack()->redo();
        QTRY_VERIFY(rowOf(QStringLiteral("F-OVERPRIV")) >= 0);
    }

    void aCredentialMovedIntoCodeShowsUp()
    {
        Credential credential;
        credential.name = QStringLiteral("svc-claims");
        credential.kind = CredentialKind::ServiceAccount;
        credential.storage = CredentialStorage::SecretsManager;
        credential.created = QDate::currentDate();
        credential.expires = QDate::currentDate().addDays(30);
        const CredentialId credentialId = m_workspace->addCredential(credential);
        QVERIFY(credentialId != 0);
        Privilege read = adminPrivilege(m_agent);
        read.scope = Scope::Read;
        read.credentialId = credentialId;
        QVERIFY(m_workspace->addPrivilege(read) != 0);
        QTest::qWait(0);
        QCOMPARE(rowOf(QStringLiteral("F-SECRET-STORE")), -1);

        credential.id = credentialId;
        credential.storage = CredentialStorage::Code;
        QVERIFY(m_workspace->updateCredential(credential));
        QTRY_VERIFY(rowOf(QStringLiteral("F-SECRET-STORE")) >= 0);
        const QModelIndex index = m_model->index(rowOf(QStringLiteral("F-SECRET-STORE")), 0);
        QCOMPARE(index.data(FindingsModel::CredentialIdRole).value<CredentialId>(), credentialId);
        QCOMPARE(index.data(FindingsModel::SystemIdRole).value<SystemId>(), m_agent);
    }

    void aScopeShowsOnlyItsSystems()
    {
        QVERIFY(m_workspace->addPrivilege(adminPrivilege(m_agent)) != 0);
        QTRY_COMPARE(m_model->rowCount(), 2);

        m_model->setScope(QVector<SystemId> { m_agent });
        QCOMPARE(rows(), QStringList { QStringLiteral("F-OVERPRIV Claims agent") });
        m_model->setScope(QVector<SystemId> { m_writer });
        QCOMPARE(rows(), QStringList { QStringLiteral("F-LABEL Copy writer") });
        // An edit elsewhere leaves the scoped table as it is.
        QVERIFY(m_workspace->addPrivilege(adminPrivilege(m_agent)) != 0);
        QTest::qWait(0);
        QCOMPARE(rows(), QStringList { QStringLiteral("F-LABEL Copy writer") });
        m_model->setScope(QVector<SystemId>());
        QCOMPARE(m_model->rowCount(), 0);
        m_model->setScope(std::nullopt);
        QCOMPARE(m_model->rowCount(), 3);
    }

    void aRemovedSystemTakesItsFindingsAlong()
    {
        m_workspace->removeSystems({ m_writer });
        QTRY_COMPARE(m_model->rowCount(), 0);
        m_workspace->undoStack()->undo();
        QTRY_COMPARE(rows(), QStringList { QStringLiteral("F-LABEL Copy writer") });
    }

    void sortsBySeverity_data()
    {
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::addRow("descending puts the high finding first")
            << Qt::DescendingOrder << QStringLiteral("High") << QStringLiteral("Medium");
        QTest::addRow("ascending puts the medium finding first")
            << Qt::AscendingOrder << QStringLiteral("Medium") << QStringLiteral("High");
    }

    void sortsBySeverity()
    {
        QFETCH(Qt::SortOrder, order);
        QFETCH(QString, first);
        QFETCH(QString, last);
        QVERIFY(m_workspace->addPrivilege(adminPrivilege(m_agent)) != 0);
        QTRY_COMPARE(m_model->rowCount(), 2);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(m_model.get());
        proxy.setSortRole(FindingsModel::SortRole);
        proxy.sort(FindingsModel::SeverityColumn, order);
        QCOMPARE(proxy.index(0, FindingsModel::SeverityColumn).data().toString(), first);
        QCOMPARE(proxy.index(1, FindingsModel::SeverityColumn).data().toString(), last);
    }
};

QTEST_GUILESS_MAIN(TestFindingsModel)
#include "tst_findingsmodel.moc"
