// The credentials table: rows follow the workspace, edits go through it as one undo step each, an
// expiry before creation or a date that does not parse is refused with nothing changed, and the
// number of systems sharing a credential follows the privileges.
#include "itemmodels/credentialtablemodel.h"
#include "storage/workspace.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Mandate;

class TestCredentialTableModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<CredentialTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QVector<SystemId> m_systems;
    CredentialId m_deployBot = 0;

    QModelIndex cell(int column) const { return m_model->index(m_model->rowOf(m_deployBot), column); }

    void usePrivilege(SystemId systemId)
    {
        Privilege p;
        p.systemId = systemId;
        p.target = QStringLiteral("deploy-pipeline");
        p.credentialId = m_deployBot;
        QVERIFY(m_workspace->addPrivilege(p));
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        WorkspaceError error;
        m_workspace = Workspace::create(m_dir->filePath(QStringLiteral("credentials.mandate")), &error);
        QVERIFY2(m_workspace, qPrintable(error.message()));
        m_systems.clear();
        for (const QString &name : { QStringLiteral("Release agent"), QStringLiteral("Test runner") }) {
            AiSystem prototype;
            prototype.name = name;
            m_systems << m_workspace->addSystem(prototype);
        }
        Credential bot;
        bot.name = QStringLiteral("svc-deploy-bot");
        bot.kind = CredentialKind::ServiceAccount;
        bot.storage = CredentialStorage::SecretsManager;
        bot.created = QDate(2025, 1, 10);
        bot.environments = { QStringLiteral("production") };
        m_deployBot = m_workspace->addCredential(bot);
        Credential key;
        key.name = QStringLiteral("openai-key");
        QVERIFY(m_workspace->addCredential(key));
        m_workspace->undoStack()->clear();

        m_model = std::make_unique<CredentialTableModel>();
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

    void theRowsAreTheWorkspacesCredentials()
    {
        const QVector<Credential> credentials = m_workspace->credentials();
        QCOMPARE(m_model->rowCount(), credentials.size());
        for (int row = 0; row < credentials.size(); ++row) {
            QCOMPARE(m_model->credentialId(row), credentials[row].id);
            QCOMPARE(m_model->index(row, CredentialTableModel::NameColumn).data().toString(), credentials[row].name);
        }
        QCOMPARE(cell(CredentialTableModel::KindColumn).data().toString(), label(CredentialKind::ServiceAccount));
        QCOMPARE(cell(CredentialTableModel::KindColumn).data(Qt::EditRole).toString(), QStringLiteral("service_account"));
        // A date reads in the UI language's short format and edits as ISO text.
        QCOMPARE(cell(CredentialTableModel::CreatedColumn).data().toString(),
            QLocale().toString(QDate(2025, 1, 10), QLocale::ShortFormat));
        QCOMPARE(cell(CredentialTableModel::CreatedColumn).data(Qt::EditRole).toString(), QStringLiteral("2025-01-10"));
        QVERIFY(!(cell(CredentialTableModel::SharedWithColumn).flags() & Qt::ItemIsEditable));
    }

    void eachColumnEditsItsField_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("shown"); // EditRole afterwards
        QTest::addRow("a new name") << int(CredentialTableModel::NameColumn) << QStringLiteral("svc-release-bot") << QStringLiteral("svc-release-bot");
        QTest::addRow("a token") << int(CredentialTableModel::KindColumn) << QStringLiteral("token") << QStringLiteral("token");
        QTest::addRow("kept in an env var") << int(CredentialTableModel::StorageColumn) << QStringLiteral("env_var") << QStringLiteral("env_var");
        QTest::addRow("an expiry") << int(CredentialTableModel::ExpiresColumn) << QStringLiteral("2026-01-10") << QStringLiteral("2026-01-10");
        QTest::addRow("a rotation") << int(CredentialTableModel::LastRotatedColumn) << QStringLiteral("2025-06-01") << QStringLiteral("2025-06-01");
        QTest::addRow("a last use") << int(CredentialTableModel::LastUsedColumn) << QStringLiteral("2025-11-30") << QStringLiteral("2025-11-30");
        QTest::addRow("environments, tidied") << int(CredentialTableModel::EnvironmentsColumn) << QStringLiteral(" production,staging , ,staging") << QStringLiteral("production, staging");
        QTest::addRow("used by people") << int(CredentialTableModel::UsedByPeopleColumn) << QStringLiteral("yes") << QStringLiteral("yes");
    }

    void eachColumnEditsItsField()
    {
        QFETCH(int, column);
        QFETCH(QString, value);
        QFETCH(QString, shown);
        QVERIFY(m_model->setData(cell(column), value));
        QCOMPARE(m_workspace->undoStack()->count(), 1);
        QCOMPARE(cell(column).data(Qt::EditRole).toString(), shown);
        m_workspace->undoStack()->undo();
        QCOMPARE(m_workspace->credential(m_deployBot).name, QStringLiteral("svc-deploy-bot"));
        QCOMPARE(m_workspace->credential(m_deployBot).kind, CredentialKind::ServiceAccount);
    }

    void refusedValuesChangeNothing_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("problem");
        QTest::addRow("an expiry before creation") << int(CredentialTableModel::ExpiresColumn) << QStringLiteral("2024-12-31") << QStringLiteral("before it was created");
        QTest::addRow("a rotation before creation") << int(CredentialTableModel::LastRotatedColumn) << QStringLiteral("2024-12-31") << QStringLiteral("before it was created");
        QTest::addRow("a date that does not parse") << int(CredentialTableModel::CreatedColumn) << QStringLiteral("10.01.2025") << QStringLiteral("10.01.2025");
        QTest::addRow("an empty name") << int(CredentialTableModel::NameColumn) << QString() << QStringLiteral("needs a name");
        QTest::addRow("a kind that is no kind") << int(CredentialTableModel::KindColumn) << QStringLiteral("password") << QStringLiteral("password");
    }

    void refusedValuesChangeNothing()
    {
        QFETCH(int, column);
        QFETCH(QString, value);
        QFETCH(QString, problem);
        const qint64 audit = m_workspace->auditCount();
        QSignalSpy refused(m_model.get(), &CredentialTableModel::editRefused);
        QVERIFY(!m_model->setData(cell(column), value));
        QCOMPARE(refused.count(), 1);
        QVERIFY2(m_model->lastError().contains(problem), qPrintable(m_model->lastError()));
        QCOMPARE(m_workspace->undoStack()->count(), 0);
        QCOMPARE(m_workspace->auditCount(), audit);
        const Credential after = m_workspace->credential(m_deployBot);
        QCOMPARE(after.name, QStringLiteral("svc-deploy-bot"));
        QCOMPARE(after.created, QDate(2025, 1, 10));
        QVERIFY(!after.expires.isValid());
        QVERIFY(!after.lastRotated.isValid());
    }

    void sharedWithCountsTheSystemsUsingIt()
    {
        QCOMPARE(cell(CredentialTableModel::SharedWithColumn).data().toInt(), 0);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        usePrivilege(m_systems[0]);
        usePrivilege(m_systems[1]);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(cell(CredentialTableModel::SharedWithColumn).data().toInt(), 2);
        QVERIFY(cell(CredentialTableModel::SharedWithColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Test runner")));
        m_workspace->undoStack()->undo();
        QCOMPARE(cell(CredentialTableModel::SharedWithColumn).data().toInt(), 1);
    }

    void addingAndRemovingFollowTheWorkspace()
    {
        Credential cert;
        cert.name = QStringLiteral("mtls-cert");
        const CredentialId id = m_workspace->addCredential(cert);
        QCOMPARE(m_model->rowCount(), 3);
        QVERIFY(m_model->rowOf(id) >= 0);
        QVERIFY(m_workspace->removeCredential(id));
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->rowOf(id), -1);
        m_workspace->undoStack()->undo();
        QCOMPARE(m_model->rowCount(), 3);
    }
};

QTEST_GUILESS_MAIN(TestCredentialTableModel)
#include "tst_credentialtablemodel.moc"
