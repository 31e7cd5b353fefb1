// What a system was observed doing, as the details panel's table: each access flagged undeclared
// exactly when no active privilege allows it, the declared privileges nothing used listed beside,
// and the table following an evidence import, its undo and redo, and privilege edits.
#include "itemmodels/observedaccessmodel.h"
#include "storage/workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Mandate;

namespace {

EvidenceEvent evidence(qint64 line, SystemId system, const QString &target, const QString &action)
{
    EvidenceEvent e;
    e.at = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC).addSecs(line * 60);
    e.systemRef = QString::number(system);
    e.tool = QStringLiteral("kubectl");
    e.target = target;
    e.action = action;
    e.outcome = QStringLiteral("success");
    e.line = line;
    return e;
}

} // namespace

class TestObservedAccessModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ObservedAccessModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    SystemId m_agent = 0;
    SystemId m_other = 0;

    SystemId addSystem(const QString &name)
    {
        AiSystem prototype;
        prototype.name = name;
        return m_workspace->addSystem(prototype);
    }

    PrivilegeId addPrivilege(const QString &target, Scope scope, PrivilegeStatus status = PrivilegeStatus::Active)
    {
        Privilege p;
        p.systemId = m_agent;
        p.target = target;
        p.scope = scope;
        p.status = status;
        const PrivilegeId id = m_workspace->addPrivilege(p);
        if (!id)
            qWarning("privilege refused: %s", qPrintable(m_workspace->lastError()));
        return id;
    }

    int rowOf(const QString &target, const QString &action) const
    {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->index(row, ObservedAccessModel::TargetColumn).data().toString() == target
                && m_model->index(row, ObservedAccessModel::ActionColumn).data().toString() == action)
                return row;
        }
        return -1;
    }

    QStringList unusedTargets() const
    {
        QStringList targets;
        for (const Privilege &privilege : m_model->unusedPrivileges())
            targets << privilege.target;
        return targets;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        WorkspaceError error;
        m_workspace = Workspace::create(m_dir->filePath(QStringLiteral("evidence.mandate")), &error);
        QVERIFY2(m_workspace, qPrintable(error.message()));
        m_agent = addSystem(QStringLiteral("Deploy agent"));
        m_other = addSystem(QStringLiteral("Other agent"));
        m_model = std::make_unique<ObservedAccessModel>();
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

    void undeclaredFlagFollowsTheBoundary_data()
    {
        QTest::addColumn<QString>("declaredTarget");
        QTest::addColumn<Scope>("scope");
        QTest::addColumn<PrivilegeStatus>("status");
        QTest::addColumn<QString>("observedTarget");
        QTest::addColumn<QString>("action");
        QTest::addColumn<bool>("undeclared");

        const auto active = PrivilegeStatus::Active;
        QTest::addRow("a read on a target declared for reading is declared")
            << QStringLiteral("orders-db") << Scope::Read << active << QStringLiteral("orders-db") << QStringLiteral("read") << false;
        QTest::addRow("a write on a target declared only for reading is undeclared")
            << QStringLiteral("orders-db") << Scope::Read << active << QStringLiteral("orders-db") << QStringLiteral("write") << true;
        QTest::addRow("a read under a wildcard target is declared")
            << QStringLiteral("repo:*") << Scope::Read << active << QStringLiteral("repo:payments") << QStringLiteral("GetObject") << false;
        QTest::addRow("an access on a target nothing declares is undeclared")
            << QStringLiteral("orders-db") << Scope::Admin << active << QStringLiteral("payroll-db") << QStringLiteral("read") << true;
        QTest::addRow("a policy change under write scope is undeclared")
            << QStringLiteral("prod-account") << Scope::Write << active << QStringLiteral("prod-account") << QStringLiteral("AttachRolePolicy") << true;
        QTest::addRow("a privilege pending revocation declares nothing")
            << QStringLiteral("orders-db") << Scope::Admin << PrivilegeStatus::PendingRevocation << QStringLiteral("orders-db") << QStringLiteral("read") << true;
    }

    void undeclaredFlagFollowsTheBoundary()
    {
        QFETCH(QString, declaredTarget);
        QFETCH(Scope, scope);
        QFETCH(PrivilegeStatus, status);
        QFETCH(QString, observedTarget);
        QFETCH(QString, action);
        QFETCH(bool, undeclared);

        QVERIFY(addPrivilege(declaredTarget, scope, status));
        QVERIFY(m_workspace->importEvidence({ evidence(1, m_agent, observedTarget, action) },
            QStringLiteral("run.jsonl"), QStringLiteral("jsonl")));
        QCOMPARE(m_model->rowCount(), 1);
        const QModelIndex target = m_model->index(0, ObservedAccessModel::TargetColumn);
        QCOMPARE(target.data().toString(), observedTarget);
        QCOMPARE(m_model->isUndeclared(0), undeclared);
        QCOMPARE(target.data(ObservedAccessModel::UndeclaredRole).toBool(), undeclared);
        QCOMPARE(target.data(Qt::FontRole).value<QFont>().bold(), undeclared);
        QCOMPARE(target.data(Qt::ToolTipRole).toString().contains(QLatin1String("F-UNDECLARED")), undeclared);
        QCOMPARE(m_model->undeclaredCount(), undeclared ? 1 : 0);
    }

    void rowsAggregateAndCountEvents()
    {
        QVERIFY(m_workspace->importEvidence({ evidence(1, m_agent, QStringLiteral("orders-db"), QStringLiteral("read")),
                                                evidence(2, m_agent, QStringLiteral("orders-db"), QStringLiteral("read")),
                                                evidence(3, m_agent, QStringLiteral("orders-db"), QStringLiteral("write")),
                                                evidence(4, m_other, QStringLiteral("queue"), QStringLiteral("read")) },
            QStringLiteral("run.jsonl"), QStringLiteral("jsonl")));
        QCOMPARE(m_model->rowCount(), 2);
        const int reads = rowOf(QStringLiteral("orders-db"), QStringLiteral("read"));
        QVERIFY(reads >= 0);
        QCOMPARE(m_model->index(reads, ObservedAccessModel::CountColumn).data().toString(), QStringLiteral("2"));
        QCOMPARE(m_model->index(reads, ObservedAccessModel::ToolColumn).data().toString(), QStringLiteral("kubectl"));
        QVERIFY(!m_model->index(reads, ObservedAccessModel::LastSeenColumn).data().toString().isEmpty());
        QCOMPARE(m_model->window().events, 3);
    }

    void followsAnEvidenceImportItsUndoAndRedo()
    {
        QVERIFY(addPrivilege(QStringLiteral("orders-db"), Scope::Read));
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(!m_model->window().isValid());
        QVERIFY(m_model->unusedPrivileges().isEmpty()); // no evidence, no verdict

        QSignalSpy updated(m_model.get(), &ObservedAccessModel::evidenceUpdated);
        QVERIFY(m_workspace->importEvidence({ evidence(1, m_agent, QStringLiteral("queue"), QStringLiteral("write")) },
            QStringLiteral("run.jsonl"), QStringLiteral("jsonl")));
        QCOMPARE(updated.count(), 1);
        QCOMPARE(m_model->rowCount(), 1);
        QVERIFY(m_model->isUndeclared(0));
        QCOMPARE(unusedTargets(), QStringList { QStringLiteral("orders-db") });

        m_workspace->undoStack()->undo();
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(!m_model->window().isValid());
        QVERIFY(m_model->unusedPrivileges().isEmpty());

        m_workspace->undoStack()->redo();
        QCOMPARE(m_model->rowCount(), 1);
        QVERIFY(m_model->isUndeclared(0));
    }

    void evidenceOfAnotherSystemLeavesTheRowsAlone()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QVERIFY(m_workspace->importEvidence({ evidence(1, m_other, QStringLiteral("queue"), QStringLiteral("read")) },
            QStringLiteral("run.jsonl"), QStringLiteral("jsonl")));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(m_model->rowCount(), 0);
    }

    void declaringTheAccessClearsTheFlagWithoutRereading()
    {
        QVERIFY(addPrivilege(QStringLiteral("archive"), Scope::Read));
        QVERIFY(m_workspace->importEvidence({ evidence(1, m_agent, QStringLiteral("queue"), QStringLiteral("write")) },
            QStringLiteral("run.jsonl"), QStringLiteral("jsonl")));
        QVERIFY(m_model->isUndeclared(0));
        QCOMPARE(unusedTargets(), QStringList { QStringLiteral("archive") });

        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(addPrivilege(QStringLiteral("queue"), Scope::Write));
        QCOMPARE(reset.count(), 0);
        QVERIFY(changed.count() >= 1);
        QVERIFY(!m_model->isUndeclared(0));
        QCOMPARE(unusedTargets(), QStringList { QStringLiteral("archive") });

        m_workspace->undoStack()->undo(); // the queue privilege goes again
        QVERIFY(m_model->isUndeclared(0));
    }

    void anotherSystemOrNoneEmptiesTheTable()
    {
        QVERIFY(m_workspace->importEvidence({ evidence(1, m_agent, QStringLiteral("queue"), QStringLiteral("read")) },
            QStringLiteral("run.jsonl"), QStringLiteral("jsonl")));
        QCOMPARE(m_model->rowCount(), 1);
        m_model->setSystem(m_other);
        QCOMPARE(m_model->rowCount(), 0);
        m_model->setSystem(m_agent);
        QCOMPARE(m_model->rowCount(), 1);
        m_model->setWorkspace(nullptr);
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->systemId(), 0);
    }
};

QTEST_GUILESS_MAIN(TestObservedAccessModel)
#include "tst_observedaccessmodel.moc"
