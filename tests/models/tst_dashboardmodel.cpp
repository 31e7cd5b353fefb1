// The dashboard follows edits: an edit, a privilege, an undo change the counts once the event loop
// has run, and a burst of edits is recomputed once, not once per edit.
#include "itemmodels/dashboardmodel.h"
#include "storage/workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <memory>

using namespace Mandate;

namespace {

int countOf(const QVector<DashboardBar> &bars, const QString &value)
{
    for (const DashboardBar &b : bars) {
        if (b.filter.value == value)
            return b.count;
    }
    return 0;
}

} // namespace

class TestDashboardModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    QVector<SystemId> m_ids;

    int agentic(const DashboardModel &model) const
    {
        return countOf(model.data().paradigms, QStringLiteral("agentic"));
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        WorkspaceError error;
        m_workspace = Workspace::create(m_dir->filePath(QStringLiteral("model.mandate")), &error);
        QVERIFY2(m_workspace, qPrintable(error.message()));
        m_ids.clear();
        for (int i = 0; i < 3; ++i) {
            AiSystem prototype;
            prototype.name = QStringLiteral("System %1").arg(i);
            prototype.paradigm = Paradigm::Predictive;
            m_ids << m_workspace->addSystem(prototype);
        }
        m_workspace->undoStack()->clear();
    }

    void cleanup()
    {
        m_workspace.reset();
        m_dir.reset();
    }

    void computesAtOnceWhenGivenAWorkspace()
    {
        DashboardModel model;
        QSignalSpy changed(&model, &DashboardModel::changed);
        model.setWorkspace(m_workspace.get());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.data().systemCount, 3);
        QCOMPARE(countOf(model.data().paradigms, QStringLiteral("predictive")), 3);
        model.setWorkspace(nullptr);
        QCOMPARE(model.data().systemCount, 0);
    }

    void anEditChangesTheCountsAfterTheEventLoopRuns()
    {
        DashboardModel model;
        model.setWorkspace(m_workspace.get());
        QSignalSpy changed(&model, &DashboardModel::changed);
        QVERIFY(m_workspace->setSystemValue(m_ids[0], SystemField::Paradigm, QStringLiteral("agentic")));
        QVERIFY(model.isRecomputePending());
        QCOMPARE(agentic(model), 0); // not yet: coalesced
        QVERIFY(changed.wait(1000));
        QCOMPARE(agentic(model), 1);
        m_workspace->undoStack()->undo();
        QVERIFY(changed.wait(1000));
        QCOMPARE(agentic(model), 0);
    }

    void aBurstOfEditsRecomputesOnce()
    {
        DashboardModel model;
        model.setWorkspace(m_workspace.get());
        QSignalSpy changed(&model, &DashboardModel::changed);
        for (const SystemId id : m_ids)
            QVERIFY(m_workspace->setSystemValue(id, SystemField::Paradigm, QStringLiteral("agentic")));
        AiSystem added;
        added.name = QStringLiteral("Added");
        m_workspace->addSystem(added);
        QVERIFY(changed.wait(1000));
        QTest::qWait(20);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(agentic(model), 3);
        QCOMPARE(model.data().systemCount, 4);
    }

    void privilegesAndRemovalsAreFollowed_data()
    {
        QTest::addColumn<bool>("remove");
        QTest::addRow("an admin privilege without justification adds F-OVERPRIV") << false;
        QTest::addRow("removing a system takes it out of the counts") << true;
    }

    void privilegesAndRemovalsAreFollowed()
    {
        QFETCH(bool, remove);
        DashboardModel model;
        model.setToday(QDate(2026, 6, 1));
        model.setWorkspace(m_workspace.get());
        QSignalSpy changed(&model, &DashboardModel::changed);
        if (remove) {
            m_workspace->removeSystems({ m_ids[0] });
            QVERIFY(changed.wait(1000));
            QCOMPARE(model.data().systemCount, 2);
        } else {
            QVERIFY(!model.data().ruleBar(QStringLiteral("F-OVERPRIV")));
            Privilege admin;
            admin.systemId = m_ids[1];
            admin.target = QStringLiteral("admin-console");
            admin.scope = Scope::Admin;
            admin.logging = Logging::Central;
            QVERIFY(m_workspace->addPrivilege(admin) != 0);
            QVERIFY(changed.wait(1000));
            QVERIFY(model.data().ruleBar(QStringLiteral("F-OVERPRIV")));
            QCOMPARE(model.data().ruleBar(QStringLiteral("F-OVERPRIV"))->count, 1);
            QCOMPARE(model.systemsMatching(model.data().ruleBar(QStringLiteral("F-OVERPRIV"))->filter),
                QSet<SystemId> { m_ids[1] });
        }
        m_workspace->undoStack()->undo();
        QVERIFY(changed.wait(1000));
        QCOMPARE(model.data().systemCount, 3);
        QVERIFY(!model.data().ruleBar(QStringLiteral("F-OVERPRIV")));
    }

    void aDestroyedWorkspaceLeavesEmptyData()
    {
        DashboardModel model;
        model.setWorkspace(m_workspace.get());
        m_workspace.reset();
        model.setToday(QDate(2030, 1, 1)); // recomputes without the workspace
        QCOMPARE(model.data().systemCount, 0);
    }
};

QTEST_GUILESS_MAIN(TestDashboardModel)
#include "tst_dashboardmodel.moc"
