// Access-review campaigns through the workspace (issue 6): what a campaign covers and fixes when
// created, the rules a decision must pass (fit, justification, separation of duties, frozen after
// sign-off), sign-off's remediation, undo of each step, and a session resumed after a reopen.
#include "common/testworkspacelocation.h"
#include "review/reviewscope.h"
#include "storage/workspace.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Mandate;

class TestWorkspaceReviews : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::WorkspaceLocation> m_location;
    std::unique_ptr<Workspace> m_workspace;
    SystemId m_deployAgent = 0; // owned by Alice; an admin and a read privilege
    SystemId m_forecast = 0;    // no tools, no credential: outside the default scope
    SystemId m_supportBot = 0;  // owned by Bob; one write privilege
    PrivilegeId m_admin = 0;
    PrivilegeId m_read = 0;
    PrivilegeId m_tickets = 0;

    SystemId addSystem(const QString &name, Tristate usesTools, const QString &owner)
    {
        AiSystem prototype;
        prototype.name = name;
        prototype.behaviour.usesTools = usesTools;
        const SystemId id = m_workspace->addSystem(prototype);
        if (!owner.isEmpty())
            m_workspace->setSystemOwner(id, SystemField::BusinessOwner, owner);
        return id;
    }

    PrivilegeId addPrivilege(SystemId system, const QString &target, Scope scope, CredentialId credential)
    {
        Privilege p;
        p.systemId = system;
        p.target = target;
        p.scope = scope;
        p.credentialId = credential;
        return m_workspace->addPrivilege(p);
    }

    Campaign draft(const QStringList &reviewers = { QStringLiteral("Bob"), QStringLiteral("Alice") }) const
    {
        Campaign c;
        c.name = QStringLiteral("Q4 agent access");
        c.scope = ReviewScope::defaultText();
        c.reviewers = reviewers;
        c.due = QDate::currentDate().addDays(30);
        return c;
    }

    ReviewItem itemFor(CampaignId campaign, ReviewItemKind kind, SystemId system, PrivilegeId privilege = 0) const
    {
        for (const ReviewItem &item : m_workspace->reviewItems(campaign)) {
            if (item.kind == kind && item.systemId == system && item.privilegeId == privilege)
                return item;
        }
        return {};
    }

    ReviewDecisionInput decision(CampaignId campaign, ReviewItemKind kind, SystemId system, ReviewDecision d,
                                 PrivilegeId privilege = 0, const QString &justification = {}) const
    {
        return { itemFor(campaign, kind, system, privilege).id, d, justification };
    }

    // Everything in the campaign decided as a reviewer may: Bob the deploy agent's, Alice the bot's.
    void decideAll(CampaignId id)
    {
        const QVector<ReviewDecisionInput> bobs {
            decision(id, ReviewItemKind::Owner, m_deployAgent, ReviewDecision::Yes),
            decision(id, ReviewItemKind::Privilege, m_deployAgent, ReviewDecision::Revoke, m_admin),
            decision(id, ReviewItemKind::Privilege, m_deployAgent, ReviewDecision::Reduce, m_read),
            decision(id, ReviewItemKind::ApprovalGate, m_deployAgent, ReviewDecision::No),
            decision(id, ReviewItemKind::Logging, m_deployAgent, ReviewDecision::Yes),
            decision(id, ReviewItemKind::Offboarding, m_deployAgent, ReviewDecision::Yes),
        };
        QVERIFY2(m_workspace->decideReviewItems(id, QStringLiteral("Bob"), bobs), qPrintable(m_workspace->lastError()));
        const QVector<ReviewDecisionInput> alices {
            decision(id, ReviewItemKind::Owner, m_supportBot, ReviewDecision::Yes),
            decision(id, ReviewItemKind::Privilege, m_supportBot, ReviewDecision::Keep, m_tickets),
            decision(id, ReviewItemKind::ApprovalGate, m_supportBot, ReviewDecision::Yes),
            decision(id, ReviewItemKind::Logging, m_supportBot, ReviewDecision::Yes),
            decision(id, ReviewItemKind::Offboarding, m_supportBot, ReviewDecision::Yes),
        };
        QVERIFY2(m_workspace->decideReviewItems(id, QStringLiteral("alice"), alices), qPrintable(m_workspace->lastError()));
    }

    void reopen()
    {
        const QString path = m_location->path();
        m_workspace.reset();
        WorkspaceError error;
        m_workspace = Workspace::open(path, &error);
        QVERIFY2(m_workspace, qPrintable(error.message()));
    }

private slots:
    void initTestCase()
    {
        const QString unavailable = Test::backendUnavailable();
        if (!unavailable.isEmpty())
            QSKIP(qPrintable(unavailable));
    }

    void init()
    {
        m_location = std::make_unique<Test::WorkspaceLocation>(QStringLiteral("reviews.mandate"));
        QVERIFY2(m_location->isValid(), qPrintable(m_location->error()));
        WorkspaceError error;
        m_workspace = Workspace::create(m_location->path(), &error);
        QVERIFY2(m_workspace, qPrintable(error.message()));
        Credential vaulted;
        vaulted.name = QStringLiteral("svc-deploy");
        vaulted.storage = CredentialStorage::SecretsManager;
        const CredentialId credential = m_workspace->addCredential(vaulted);
        m_deployAgent = addSystem(QStringLiteral("Deploy agent"), Tristate::Yes, QStringLiteral("Alice"));
        m_forecast = addSystem(QStringLiteral("Demand forecast"), Tristate::No, QStringLiteral("Carol"));
        m_supportBot = addSystem(QStringLiteral("Support bot"), Tristate::Yes, QStringLiteral("Bob"));
        m_admin = addPrivilege(m_deployAgent, QStringLiteral("prod-cluster"), Scope::Admin, credential);
        m_read = addPrivilege(m_deployAgent, QStringLiteral("build-logs"), Scope::Read, credential);
        m_tickets = addPrivilege(m_supportBot, QStringLiteral("tickets"), Scope::Write, 0);
        QVERIFY(m_admin && m_read && m_tickets);
        m_workspace->undoStack()->clear();
    }

    // The workspace closes before its location goes: a scratch database is dropped with it.
    void cleanup()
    {
        m_workspace.reset();
        m_location.reset();
    }

    void theDefaultScopeFixesOneItemPerPrivilegeAndFourQuestionsPerSystem()
    {
        const CampaignId id = m_workspace->createCampaign(draft());
        QVERIFY2(id != 0, qPrintable(m_workspace->lastError()));
        const QVector<ReviewItem> items = m_workspace->reviewItems(id);
        QCOMPARE(items.size(), 11); // the forecast is neither identity subject nor NHI risk
        QVector<ReviewItemKind> kinds;
        for (const ReviewItem &item : items) {
            QVERIFY(item.systemId != m_forecast);
            if (item.systemId == m_deployAgent)
                kinds << item.kind;
        }
        QCOMPARE(kinds, (QVector<ReviewItemKind> { ReviewItemKind::Owner, ReviewItemKind::Privilege, ReviewItemKind::Privilege,
                            ReviewItemKind::ApprovalGate, ReviewItemKind::Logging, ReviewItemKind::Offboarding }));
        QCOMPARE(itemFor(id, ReviewItemKind::Privilege, m_deployAgent, m_admin).highRisk, QStringList { QStringLiteral("admin_scope") });
        QVERIFY(!itemFor(id, ReviewItemKind::Privilege, m_deployAgent, m_read).isHighRisk());
        // The bot's privilege has no credential at all: not a credential outside a secrets manager.
        QVERIFY(!itemFor(id, ReviewItemKind::Privilege, m_supportBot, m_tickets).isHighRisk());
        const Campaign c = m_workspace->campaign(id);
        QCOMPARE(c.status, CampaignStatus::Open);
        QCOMPARE(c.items, 11);
        QCOMPARE(c.decided, 0);
        QCOMPARE(c.reviewers, (QStringList { QStringLiteral("Bob"), QStringLiteral("Alice") }));
    }

    void aCampaignKeepsWhatItAskedAboutWhenTheInventoryChanges()
    {
        const CampaignId id = m_workspace->createCampaign(draft());
        Privilege changed = m_workspace->privilege(m_admin);
        changed.target = QStringLiteral("staging-cluster");
        QVERIFY(m_workspace->updatePrivilege(changed));
        QVERIFY(m_workspace->setSystemValue(m_deployAgent, SystemField::Name, QStringLiteral("Renamed agent")));
        const ReviewItem item = itemFor(id, ReviewItemKind::Privilege, m_deployAgent, m_admin);
        QCOMPARE(item.subject.value(QStringLiteral("privilege")).toObject().value(QStringLiteral("target")).toString(),
            QStringLiteral("prod-cluster"));
        QCOMPARE(item.subject.value(QStringLiteral("system")).toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("Deploy agent"));
        QCOMPARE(m_workspace->reviewItems(id).size(), 11);
    }

    void badCampaignsAreRefusedAndChangeNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QStringList>("reviewers");
        QTest::addColumn<int>("dueInDays");
        QTest::addColumn<QString>("message");
        const QStringList bob { QStringLiteral("Bob") };
        QTest::addRow("no name") << QStringLiteral("  ") << QString() << bob << 30 << QStringLiteral("name");
        QTest::addRow("no reviewer") << QStringLiteral("Q4") << QString() << QStringList { QStringLiteral(" ") } << 30
                                     << QStringLiteral("reviewer");
        QTest::addRow("an unknown scope term") << QStringLiteral("Q4") << QStringLiteral("owner:bob") << bob << 30
                                               << QStringLiteral("owner:bob");
        QTest::addRow("an unknown paradigm") << QStringLiteral("Q4") << QStringLiteral("paradigm:magic") << bob << 30
                                             << QStringLiteral("magic");
        QTest::addRow("a scope covering nothing") << QStringLiteral("Q4") << QStringLiteral("stage:retiring") << bob << 30
                                                  << QStringLiteral("covers no system");
        QTest::addRow("a due date passed") << QStringLiteral("Q4") << QString() << bob << -1 << QStringLiteral("passed");
    }

    void badCampaignsAreRefusedAndChangeNothing()
    {
        QFETCH(QString, name);
        QFETCH(QString, scope);
        QFETCH(QStringList, reviewers);
        QFETCH(int, dueInDays);
        QFETCH(QString, message);
        const qint64 audit = m_workspace->auditCount();
        Campaign c = draft(reviewers);
        c.name = name;
        c.scope = scope.isNull() ? c.scope : scope;
        c.due = QDate::currentDate().addDays(dueInDays);
        QCOMPARE(m_workspace->createCampaign(c), CampaignId(0));
        QVERIFY2(m_workspace->lastError().contains(message), qPrintable(m_workspace->lastError()));
        QVERIFY(m_workspace->campaigns().isEmpty());
        QCOMPARE(m_workspace->auditCount(), audit);
        QCOMPARE(m_workspace->undoStack()->count(), 0);
    }

    void scopeTermsNarrowTheCampaign()
    {
        Campaign c = draft();
        c.scope = QStringLiteral("support");
        const CampaignId id = m_workspace->createCampaign(c);
        QVERIFY(id);
        for (const ReviewItem &item : m_workspace->reviewItems(id))
            QCOMPARE(item.systemId, m_supportBot);
        c.scope.clear(); // every system
        QCOMPARE(m_workspace->reviewItems(m_workspace->createCampaign(c)).size(), 11 + 4);
    }

    void badDecisionsAreRefusedWholeAndChangeNothing_data()
    {
        QTest::addColumn<QString>("reviewer");
        QTest::addColumn<int>("which"); // the bad decision, with a good one before it
        QTest::addColumn<QString>("message");
        QTest::addRow("keeping a high-risk privilege without justification") << QStringLiteral("Bob") << 0 << QStringLiteral("justification");
        QTest::addRow("a privilege answered yes") << QStringLiteral("Bob") << 1 << QStringLiteral("not a decision");
        QTest::addRow("a question answered keep") << QStringLiteral("Bob") << 2 << QStringLiteral("not a decision");
        QTest::addRow("an item of the reviewer's own system") << QStringLiteral("Bob") << 3 << QStringLiteral("separation of duties");
        QTest::addRow("an item that does not exist") << QStringLiteral("Bob") << 4 << QStringLiteral("not an item");
        QTest::addRow("someone who is not a reviewer") << QStringLiteral("Carol") << 5 << QStringLiteral("not a reviewer");
    }

    void badDecisionsAreRefusedWholeAndChangeNothing()
    {
        QFETCH(QString, reviewer);
        QFETCH(int, which);
        QFETCH(QString, message);
        const CampaignId id = m_workspace->createCampaign(draft());
        const ReviewDecisionInput bad[] = {
            decision(id, ReviewItemKind::Privilege, m_deployAgent, ReviewDecision::Keep, m_admin, QStringLiteral("  ")),
            decision(id, ReviewItemKind::Privilege, m_deployAgent, ReviewDecision::Yes, m_read),
            decision(id, ReviewItemKind::Logging, m_deployAgent, ReviewDecision::Keep),
            decision(id, ReviewItemKind::Owner, m_supportBot, ReviewDecision::Yes),
            ReviewDecisionInput { 999999, ReviewDecision::Yes, {} },
            decision(id, ReviewItemKind::Owner, m_deployAgent, ReviewDecision::Yes),
        };
        const qint64 audit = m_workspace->auditCount();
        const int steps = m_workspace->undoStack()->count();
        const QVector<ReviewDecisionInput> decisions { decision(id, ReviewItemKind::Offboarding, m_deployAgent, ReviewDecision::Yes),
            bad[which] };
        QVERIFY(!m_workspace->decideReviewItems(id, reviewer, decisions));
        QVERIFY2(m_workspace->lastError().contains(message), qPrintable(m_workspace->lastError()));
        QCOMPARE(m_workspace->campaign(id).decided, 0);
        QCOMPARE(m_workspace->auditCount(), audit);
        QCOMPARE(m_workspace->undoStack()->count(), steps);
    }

    void aJustifiedKeepIsRecordedWithWhoAndWhenAndUndoes()
    {
        const CampaignId id = m_workspace->createCampaign(draft());
        QSignalSpy changed(m_workspace.get(), &Workspace::campaignsChanged);
        const qint64 audit = m_workspace->auditCount();
        QVERIFY(m_workspace->decideReviewItems(id, QStringLiteral("Bob"),
            { decision(id, ReviewItemKind::Privilege, m_deployAgent, ReviewDecision::Keep, m_admin,
                QStringLiteral("Nightly deploys need it")) }));
        ReviewItem item = itemFor(id, ReviewItemKind::Privilege, m_deployAgent, m_admin);
        QCOMPARE(item.decision, ReviewDecision::Keep);
        QCOMPARE(item.justification, QStringLiteral("Nightly deploys need it"));
        QCOMPARE(item.decidedBy, QStringLiteral("Bob"));
        QVERIFY(qAbs(item.decidedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(m_workspace->campaign(id).decided, 1);
        QCOMPARE(m_workspace->auditCount(), audit + 1);
        QCOMPARE(m_workspace->auditEntries(audit + 1).first().newValue, QStringLiteral("keep: Nightly deploys need it"));
        QCOMPARE(changed.count(), 1);

        m_workspace->undoStack()->undo();
        QCOMPARE(itemFor(id, ReviewItemKind::Privilege, m_deployAgent, m_admin).decision, ReviewDecision::Undecided);
        QCOMPARE(m_workspace->campaign(id).decided, 0);
        m_workspace->undoStack()->redo();
        QCOMPARE(itemFor(id, ReviewItemKind::Privilege, m_deployAgent, m_admin).decision, ReviewDecision::Keep);
    }

    void aBatchLargerThanOneReadIsRecordedWholeAndUndoesWhole()
    {
        // 250 privileges: the batch is read back in chunks of a hundred, the last one padded.
        for (int i = 0; i < 248; ++i)
            QVERIFY(addPrivilege(m_deployAgent, QStringLiteral("bucket-%1").arg(i), Scope::Read, 0));
        const CampaignId id = m_workspace->createCampaign(draft());
        QVector<ReviewDecisionInput> revocations;
        for (const ReviewItem &item : m_workspace->reviewItems(id)) {
            if (item.kind == ReviewItemKind::Privilege && item.systemId == m_deployAgent)
                revocations.append({ item.id, ReviewDecision::Revoke, {} });
        }
        QCOMPARE(revocations.size(), 250);
        const qint64 audit = m_workspace->auditCount();
        QVERIFY2(m_workspace->decideReviewItems(id, QStringLiteral("Bob"), revocations),
            qPrintable(m_workspace->lastError()));
        const auto decidedCount = [&] {
            int decided = 0;
            for (const ReviewItem &item : m_workspace->reviewItems(id))
                decided += item.decision == ReviewDecision::Revoke && item.decidedBy == QLatin1String("Bob");
            return decided;
        };
        QCOMPARE(decidedCount(), 250);
        QCOMPARE(m_workspace->auditCount(), audit + 250);

        m_workspace->undoStack()->undo();
        QCOMPARE(decidedCount(), 0);
        m_workspace->undoStack()->redo(); // each item's version as the undo left it
        QCOMPARE(decidedCount(), 250);
    }

    void signOffNeedsEveryItemDecidedAndNoneUnsure()
    {
        const CampaignId id = m_workspace->createCampaign(draft());
        QVERIFY(!m_workspace->signOffCampaign(id, QStringLiteral("Bob")));
        QVERIFY2(m_workspace->lastError().contains(QStringLiteral("11 undecided")), qPrintable(m_workspace->lastError()));
        decideAll(id);
        QVERIFY(m_workspace->decideReviewItems(id, QStringLiteral("Bob"),
            { decision(id, ReviewItemKind::Logging, m_deployAgent, ReviewDecision::Unsure) }));
        QVERIFY(!m_workspace->signOffCampaign(id, QStringLiteral("Bob")));
        QVERIFY2(m_workspace->lastError().contains(QStringLiteral("1 unsure")), qPrintable(m_workspace->lastError()));
        QVERIFY(!m_workspace->signOffCampaign(id, QStringLiteral("Carol")));
        QCOMPARE(m_workspace->campaign(id).status, CampaignStatus::Open);
    }

    void signOffFreezesTheCampaignAndMarksTheRemediation()
    {
        const CampaignId id = m_workspace->createCampaign(draft());
        decideAll(id);
        QSignalSpy privileges(m_workspace.get(), &Workspace::privilegesChanged);
        QVERIFY2(m_workspace->signOffCampaign(id, QStringLiteral("Alice")), qPrintable(m_workspace->lastError()));
        const Campaign c = m_workspace->campaign(id);
        QCOMPARE(c.status, CampaignStatus::SignedOff);
        QCOMPARE(c.finishedBy, QStringLiteral("Alice"));
        QCOMPARE(m_workspace->privilege(m_admin).status, PrivilegeStatus::PendingRevocation);
        QCOMPARE(m_workspace->privilege(m_read).status, PrivilegeStatus::ToNarrow);
        QCOMPARE(m_workspace->privilege(m_tickets).status, PrivilegeStatus::Active); // kept
        QCOMPARE(itemFor(id, ReviewItemKind::Privilege, m_deployAgent, m_admin).remediation, QStringLiteral("pending_revocation"));
        QCOMPARE(privileges.count(), 1);

        // Frozen: no decision, no second sign-off, no closing.
        QVERIFY(!m_workspace->decideReviewItems(id, QStringLiteral("Bob"),
            { decision(id, ReviewItemKind::Logging, m_deployAgent, ReviewDecision::No) }));
        QVERIFY2(m_workspace->lastError().contains(QStringLiteral("frozen")), qPrintable(m_workspace->lastError()));
        QVERIFY(!m_workspace->signOffCampaign(id, QStringLiteral("Bob")));
        QVERIFY(!m_workspace->closeCampaign(id));

        m_workspace->undoStack()->undo();
        QCOMPARE(m_workspace->campaign(id).status, CampaignStatus::Open);
        QCOMPARE(m_workspace->privilege(m_admin).status, PrivilegeStatus::Active);
        QCOMPARE(m_workspace->privilege(m_read).status, PrivilegeStatus::Active);
        QVERIFY(itemFor(id, ReviewItemKind::Privilege, m_deployAgent, m_admin).remediation.isEmpty());
        m_workspace->undoStack()->redo();
        QCOMPARE(m_workspace->privilege(m_admin).status, PrivilegeStatus::PendingRevocation);
        QCOMPARE(m_workspace->campaign(id).status, CampaignStatus::SignedOff);
    }

    void closingFreezesWithoutRemediationAndUndoes()
    {
        const CampaignId id = m_workspace->createCampaign(draft());
        QVERIFY(m_workspace->decideReviewItems(id, QStringLiteral("Bob"),
            { decision(id, ReviewItemKind::Privilege, m_deployAgent, ReviewDecision::Revoke, m_admin) }));
        QVERIFY(m_workspace->closeCampaign(id));
        QCOMPARE(m_workspace->campaign(id).status, CampaignStatus::Closed);
        QCOMPARE(m_workspace->privilege(m_admin).status, PrivilegeStatus::Active);
        m_workspace->undoStack()->undo();
        QCOMPARE(m_workspace->campaign(id).status, CampaignStatus::Open);
    }

    void undoingTheCreationRemovesTheCampaignAndRedoBringsItBackWithTheSameIds()
    {
        const CampaignId id = m_workspace->createCampaign(draft());
        const QVector<ReviewItem> items = m_workspace->reviewItems(id);
        m_workspace->undoStack()->undo();
        QVERIFY(m_workspace->campaigns().isEmpty());
        QVERIFY(m_workspace->reviewItems(id).isEmpty());
        m_workspace->undoStack()->redo();
        QCOMPARE(m_workspace->campaign(id).id, id);
        QCOMPARE(m_workspace->reviewItems(id).first().id, items.first().id);
        QCOMPARE(m_workspace->reviewItems(id).last().id, items.last().id);
    }

    void aSessionResumesAfterTheWorkspaceIsReopened()
    {
        const CampaignId id = m_workspace->createCampaign(draft());
        QVERIFY(m_workspace->decideReviewItems(id, QStringLiteral("Bob"),
            { decision(id, ReviewItemKind::Owner, m_deployAgent, ReviewDecision::No) }));
        const ReviewItemId where = itemFor(id, ReviewItemKind::Privilege, m_deployAgent, m_read).id;
        QCOMPARE(m_workspace->reviewPosition(id, QStringLiteral("Bob")), ReviewItemId(0));
        m_workspace->setReviewPosition(id, QStringLiteral("Bob"), where);
        reopen();
        QCOMPARE(m_workspace->reviewPosition(id, QStringLiteral("bob")), where);
        QCOMPARE(m_workspace->reviewPosition(id, QStringLiteral("Alice")), ReviewItemId(0));
        QCOMPARE(itemFor(id, ReviewItemKind::Owner, m_deployAgent).decision, ReviewDecision::No);
        QCOMPARE(m_workspace->campaign(id).decided, 1);
    }

    void separationOfDutiesFollowsAnOwnerChangeDuringTheCampaign()
    {
        const CampaignId id = m_workspace->createCampaign(draft());
        const ReviewItem owner = itemFor(id, ReviewItemKind::Owner, m_deployAgent);
        QVERIFY(m_workspace->reviewBlock(m_workspace->campaign(id), owner, QStringLiteral("Bob")).isEmpty());
        QVERIFY(m_workspace->setSystemOwner(m_deployAgent, SystemField::TechnicalOwner, QStringLiteral("Bob")));
        QVERIFY(m_workspace->reviewBlock(m_workspace->campaign(id), owner, QStringLiteral("Bob"))
                    .contains(QStringLiteral("separation of duties")));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceReviews)
#include "tst_workspacereviews.moc"
