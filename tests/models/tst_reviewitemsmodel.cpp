// The guided session's table of review items: one row per item in the campaign's order, what each
// asks, its decision, the items a reviewer may not decide (separation of duties, a frozen
// campaign), and a decision repainting only its row.
#include "itemmodels/reviewitemsmodel.h"
#include "review/reviewscope.h"
#include "storage/workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Mandate;

class TestReviewItemsModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ReviewItemsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    CampaignId m_campaign = 0;

    SystemId addSystem(const QString &name, const QString &owner, const QString &target)
    {
        AiSystem prototype;
        prototype.name = name;
        prototype.behaviour.usesTools = Tristate::Yes;
        const SystemId id = m_workspace->addSystem(prototype);
        m_workspace->setSystemOwner(id, SystemField::BusinessOwner, owner);
        Privilege p;
        p.systemId = id;
        p.target = target;
        p.scope = Scope::Admin;
        m_workspace->addPrivilege(p);
        return id;
    }

    QString cell(int row, int column) const
    {
        return m_model->data(m_model->index(row, column)).toString();
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        WorkspaceError error;
        m_workspace = Workspace::create(m_dir->filePath(QStringLiteral("items.mandate")), &error);
        QVERIFY(m_workspace);
        addSystem(QStringLiteral("Deploy agent"), QStringLiteral("Alice"), QStringLiteral("prod-cluster"));
        addSystem(QStringLiteral("Support bot"), QStringLiteral("Bob"), QStringLiteral("tickets"));
        Campaign draft;
        draft.name = QStringLiteral("Q4");
        draft.scope = ReviewScope::defaultText();
        draft.reviewers = { QStringLiteral("Bob"), QStringLiteral("Alice") };
        m_campaign = m_workspace->createCampaign(draft);
        QVERIFY(m_campaign);
        m_model = std::make_unique<ReviewItemsModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get());
        m_model->setCampaign(m_workspace.get(), m_campaign);
        m_model->setReviewer(QStringLiteral("Bob"));
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_workspace.reset();
    }

    void rowsAreTheItemsInTheirOrder()
    {
        QCOMPARE(m_model->rowCount(), 10); // per system: owners, the privilege, gate, logging, offboarding
        QCOMPARE(cell(0, ReviewItemsModel::SystemColumn), QStringLiteral("Deploy agent"));
        QCOMPARE(cell(0, ReviewItemsModel::QuestionColumn), QStringLiteral("Owners still right?"));
        QCOMPARE(cell(1, ReviewItemsModel::QuestionColumn), QStringLiteral("Privilege: prod-cluster (admin)"));
        QVERIFY(m_model->data(m_model->index(1, 0), ReviewItemsModel::HighRiskRole).toBool());
        QVERIFY(m_model->data(m_model->index(1, ReviewItemsModel::QuestionColumn), Qt::FontRole).value<QFont>().bold());
        QCOMPARE(cell(5, ReviewItemsModel::SystemColumn), QStringLiteral("Support bot"));
    }

    void theReviewersOwnSystemIsBlockedAndSkippedWhenLookingForOpenItems()
    {
        QVERIFY(m_model->blockedReason(0).isEmpty());
        QVERIFY(m_model->blockedReason(5).contains(QStringLiteral("separation of duties")));
        QCOMPARE(m_model->data(m_model->index(5, 0), Qt::ToolTipRole).toString(), m_model->blockedReason(5));
        QCOMPARE(m_model->nextOpenRow(5), 0); // wraps past Bob's own bot to the start
        m_model->setReviewer(QStringLiteral("Alice"));
        QVERIFY(m_model->blockedReason(0).contains(QStringLiteral("separation of duties")));
        QCOMPARE(m_model->nextOpenRow(0), 5);
    }

    void aDecisionRepaintsOnlyItsRow()
    {
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        const ReviewItemId item = m_model->item(3).id;
        QVERIFY(m_workspace->decideReviewItems(m_campaign, QStringLiteral("Bob"), { { item, ReviewDecision::No, {} } }));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 3);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 3);
        QCOMPARE(cell(3, ReviewItemsModel::DecisionColumn), QStringLiteral("No"));
        QCOMPARE(cell(3, ReviewItemsModel::DecidedByColumn), QStringLiteral("Bob"));
        QCOMPARE(m_model->decidedCount(), 1);
        QCOMPARE(m_model->nextOpenRow(3), 4);
        m_workspace->undoStack()->undo();
        QCOMPARE(cell(3, ReviewItemsModel::DecisionColumn), QString());
        QCOMPARE(m_model->decidedCount(), 0);
    }

    void closingTheCampaignBlocksEveryItemAndUndoOpensThemAgain()
    {
        QVERIFY(m_workspace->closeCampaign(m_campaign));
        for (int row = 0; row < m_model->rowCount(); ++row)
            QVERIFY(m_model->blockedReason(row).contains(QStringLiteral("frozen")));
        QCOMPARE(m_model->nextOpenRow(0), -1);
        m_workspace->undoStack()->undo();
        QVERIFY(m_model->blockedReason(0).isEmpty());
    }

    void undoingTheCampaignEmptiesTheTableAndRedoRefillsIt()
    {
        m_workspace->undoStack()->undo();
        QCOMPARE(m_model->rowCount(), 0);
        m_workspace->undoStack()->redo();
        QCOMPARE(m_model->rowCount(), 10);
    }
};

QTEST_GUILESS_MAIN(TestReviewItemsModel)
#include "tst_reviewitemsmodel.moc"
