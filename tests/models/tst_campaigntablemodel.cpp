// The campaigns table: a campaign appears when created, its progress follows decisions, its status
// follows closing, undoing the creation takes the row away, and an open campaign past its due date
// says it is overdue.
#include "itemmodels/campaigntablemodel.h"
#include "storage/workspace.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Mandate;

class TestCampaignTableModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<CampaignTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QString cell(CampaignId id, int column, int role = Qt::DisplayRole) const
    {
        return m_model->index(m_model->rowOf(id), column).data(role).toString();
    }

    CampaignId create(const QString &name)
    {
        Campaign draft;
        draft.name = name;
        draft.scope = QStringLiteral("claims");
        draft.reviewers = { QStringLiteral("Amara Okafor"), QStringLiteral("Jonas Weber") };
        draft.due = QDate::currentDate().addDays(30);
        const CampaignId id = m_workspace->createCampaign(draft);
        if (!id)
            qWarning("refused: %s", qPrintable(m_workspace->lastError()));
        return id;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        WorkspaceError error;
        m_workspace = Workspace::create(m_dir->filePath(QStringLiteral("campaigns.mandate")), &error);
        QVERIFY2(m_workspace, qPrintable(error.message()));
        AiSystem prototype;
        prototype.name = QStringLiteral("Claims agent");
        const SystemId system = m_workspace->addSystem(prototype);
        Privilege read;
        read.systemId = system;
        read.target = QStringLiteral("claims-db");
        read.scope = Scope::Read;
        read.logging = Logging::Central;
        QVERIFY(m_workspace->addPrivilege(read));
        m_model = std::make_unique<CampaignTableModel>();
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

    void aCreatedCampaignIsARowWithNoProgress()
    {
        QCOMPARE(m_model->rowCount(), 0);
        const CampaignId id = create(QStringLiteral("Q3 claims review"));
        QVERIFY(id);
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(cell(id, CampaignTableModel::NameColumn), QStringLiteral("Q3 claims review"));
        QCOMPARE(cell(id, CampaignTableModel::StatusColumn), label(CampaignStatus::Open));
        QCOMPARE(cell(id, CampaignTableModel::ReviewersColumn), QStringLiteral("Amara Okafor, Jonas Weber"));
        // One owners question, one privilege, then gate, logging and offboarding: five items.
        QCOMPARE(cell(id, CampaignTableModel::ProgressColumn), QStringLiteral("0 of 5"));
        QCOMPARE(m_model->index(0, CampaignTableModel::ProgressColumn).data(Qt::UserRole).toInt(), 0);
        QVERIFY(!cell(id, CampaignTableModel::DueColumn).isEmpty());
        QVERIFY(cell(id, CampaignTableModel::DueColumn, Qt::ToolTipRole).isEmpty()); // not overdue

        const CampaignId second = create(QStringLiteral("Q4 claims review"));
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->rowOf(second), 0); // newest first
    }

    void progressFollowsDecisions()
    {
        const CampaignId id = create(QStringLiteral("Q3 claims review"));
        const QVector<ReviewItem> items = m_workspace->reviewItems(id);
        QCOMPARE(items.size(), 5);
        QVector<ReviewDecisionInput> decisions;
        for (const ReviewItem &item : items) {
            if (item.kind == ReviewItemKind::Privilege)
                decisions << ReviewDecisionInput { item.id, ReviewDecision::Keep, QStringLiteral("Needed for triage") };
            else if (item.kind == ReviewItemKind::Owner)
                decisions << ReviewDecisionInput { item.id, ReviewDecision::Yes, {} };
        }
        QVERIFY2(m_workspace->decideReviewItems(id, QStringLiteral("Amara Okafor"), decisions),
            qPrintable(m_workspace->lastError()));
        QCOMPARE(cell(id, CampaignTableModel::ProgressColumn), QStringLiteral("2 of 5"));
        QCOMPARE(m_model->index(m_model->rowOf(id), CampaignTableModel::ProgressColumn).data(Qt::UserRole).toInt(), 40);

        m_workspace->undoStack()->undo();
        QCOMPARE(cell(id, CampaignTableModel::ProgressColumn), QStringLiteral("0 of 5"));
    }

    void closingShowsClosedAndUndoReopens()
    {
        const CampaignId id = create(QStringLiteral("Q3 claims review"));
        QVERIFY2(m_workspace->closeCampaign(id), qPrintable(m_workspace->lastError()));
        QCOMPARE(cell(id, CampaignTableModel::StatusColumn), label(CampaignStatus::Closed));
        m_workspace->undoStack()->undo();
        QCOMPARE(cell(id, CampaignTableModel::StatusColumn), label(CampaignStatus::Open));
    }

    void undoingTheCreationRemovesTheRow()
    {
        create(QStringLiteral("Q3 claims review"));
        QCOMPARE(m_model->rowCount(), 1);
        m_workspace->undoStack()->undo();
        QCOMPARE(m_model->rowCount(), 0);
        m_workspace->undoStack()->redo();
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->index(0, CampaignTableModel::NameColumn).data().toString(), QStringLiteral("Q3 claims review"));
    }

    void overdueIsOnlyForOpenCampaignsPastTheirDueDate_data()
    {
        QTest::addColumn<int>("daysFromToday");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("overdue");
        QTest::addRow("an open campaign due yesterday") << -1 << int(CampaignStatus::Open) << true;
        QTest::addRow("an open campaign due today") << 0 << int(CampaignStatus::Open) << false;
        QTest::addRow("a closed campaign due yesterday") << -1 << int(CampaignStatus::Closed) << false;
        QTest::addRow("a signed-off campaign due last month") << -30 << int(CampaignStatus::SignedOff) << false;
    }

    void overdueIsOnlyForOpenCampaignsPastTheirDueDate()
    {
        QFETCH(int, daysFromToday);
        QFETCH(int, status);
        QFETCH(bool, overdue);
        // The workspace refuses a due date in the past, so time moves instead: "today" is later.
        Campaign campaign;
        campaign.status = static_cast<CampaignStatus>(status);
        const QDate today = QDate(2026, 6, 15);
        campaign.due = today.addDays(daysFromToday);
        QCOMPARE(CampaignTableModel::isOverdue(campaign, today), overdue);
        campaign.due = QDate();
        QVERIFY(!CampaignTableModel::isOverdue(campaign, today)); // no due date, never overdue
    }

    void closingTheWorkspaceEmptiesTheModel()
    {
        create(QStringLiteral("Q3 claims review"));
        m_workspace.reset();
        QCOMPARE(m_model->rowCount(), 0);
    }
};

QTEST_MAIN(TestCampaignTableModel)
#include "tst_campaigntablemodel.moc"
