// The guided review session, driven through its widgets offscreen: letter keys decide and move on,
// a high-risk keep waits for a justification, items of the reviewer's own system are left for
// another reviewer, sign-off from its screen freezes the campaign with its remediation, and a
// session reopened after the workspace was closed resumes where it stopped. On a server (skipped
// without one) a decision another reviewer made meanwhile is not overwritten: the session says so
// and shows theirs, and their later decisions appear as they are made.
#include "../common/testbackend.h"
#include "itemmodels/reviewitemsmodel.h"
#include "reviewsessiondialog.h"
#include "review/reviewscope.h"
#include "testworkspace.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

using namespace Mandate;

class TestReviewSessionDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    SystemId m_agent = 0; // owned by Alice: an admin privilege (high-risk) and a read one
    SystemId m_bot = 0;   // owned by Bob: one write privilege
    PrivilegeId m_admin = 0;
    PrivilegeId m_read = 0;
    CampaignId m_campaign = 0;

    SystemId addSystem(const QString &name, const QString &owner)
    {
        AiSystem prototype;
        prototype.name = name;
        prototype.behaviour.usesTools = Tristate::Yes;
        const SystemId id = m_workspace->addSystem(prototype);
        m_workspace->setSystemOwner(id, SystemField::BusinessOwner, owner);
        return id;
    }

    PrivilegeId addPrivilege(SystemId system, const QString &target, Scope scope)
    {
        Privilege p;
        p.systemId = system;
        p.target = target;
        p.scope = scope;
        return m_workspace->addPrivilege(p);
    }

    static QString question(const ReviewSessionDialog &dialog)
    {
        return dialog.findChild<QLabel *>(QStringLiteral("reviewQuestionLabel"))->text();
    }

    ReviewItem current(const ReviewSessionDialog &dialog) const
    {
        for (const ReviewItem &item : m_workspace->reviewItems(m_campaign)) {
            if (item.id == dialog.currentItem())
                return item;
        }
        return {};
    }

    static void showActive(ReviewSessionDialog &dialog)
    {
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
    }

    // Presses a key and lets the button it clicks react.
    static void pressAndSettle(Qt::Key key)
    {
        QVERIFY(QApplication::focusWidget());
        QTest::keyClick(QApplication::focusWidget(), key);
        QTest::qWait(250);
    }

    // Presses a decision's key and checks the session moved on from the item it decided.
    void press(ReviewSessionDialog &dialog, Qt::Key key)
    {
        const ReviewItemId before = dialog.currentItem();
        QVERIFY2(QApplication::focusWidget(), qPrintable(QString::number(before)));
        QTest::keyClick(QApplication::focusWidget(), key);
        // A button's shortcut clicks it after its pressed look has shown.
        QTRY_VERIFY2(dialog.currentItem() != before,
            qPrintable(dialog.findChild<QLabel *>(QStringLiteral("reviewErrorLabel"))->text()));
    }

private slots:
    void initTestCase()
    {
        Test::isolate();
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        WorkspaceError error;
        m_workspace = Workspace::create(m_dir->filePath(QStringLiteral("session.mandate")), &error);
        QVERIFY(m_workspace);
        m_agent = addSystem(QStringLiteral("Deploy agent"), QStringLiteral("Alice"));
        m_bot = addSystem(QStringLiteral("Support bot"), QStringLiteral("Bob"));
        m_admin = addPrivilege(m_agent, QStringLiteral("prod-cluster"), Scope::Admin);
        m_read = addPrivilege(m_agent, QStringLiteral("build-logs"), Scope::Read);
        QVERIFY(addPrivilege(m_bot, QStringLiteral("tickets"), Scope::Write));
        Campaign draft;
        draft.name = QStringLiteral("Q4 agents");
        draft.scope = ReviewScope::defaultText();
        draft.reviewers = { QStringLiteral("Bob"), QStringLiteral("Alice") };
        m_campaign = m_workspace->createCampaign(draft);
        QVERIFY2(m_campaign, qPrintable(m_workspace->lastError()));
    }

    void aWholeCampaignIsDecidedWithKeysAndSignedOff()
    {
        ReviewSessionDialog dialog(m_workspace.get(), m_campaign, QStringLiteral("Bob"));
        showActive(dialog);
        QCOMPARE(dialog.reviewer(), QStringLiteral("Bob"));
        QVERIFY(question(dialog).contains(QStringLiteral("Deploy agent")));
        QCOMPARE(current(dialog).kind, ReviewItemKind::Owner);

        press(dialog, Qt::Key_Y); // owners still right
        QCOMPARE(current(dialog).privilegeId, m_admin);
        // Keeping the admin privilege needs a reason: refused, shown, nothing stored.
        pressAndSettle(Qt::Key_K);
        QCOMPARE(current(dialog).privilegeId, m_admin);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("reviewErrorLabel"))->text().contains(QStringLiteral("justification")));
        QCOMPARE(m_workspace->campaign(m_campaign).decided, 1);
        auto *justification = dialog.findChild<QLineEdit *>(QStringLiteral("reviewJustificationEdit"));
        QVERIFY(justification->hasFocus());
        QTest::keyClicks(justification, QStringLiteral("Deploys to production nightly"));
        // Letters typed into the justification are text, not decisions.
        QCOMPARE(current(dialog).decision, ReviewDecision::Undecided);
        dialog.findChild<QPushButton *>(QStringLiteral("decide_keep"))->click();
        QCOMPARE(m_workspace->reviewItems(m_campaign).at(1).justification, QStringLiteral("Deploys to production nightly"));
        QCOMPARE(current(dialog).privilegeId, m_read);
        press(dialog, Qt::Key_R);  // reduce the read privilege
        press(dialog, Qt::Key_N);  // approval gate not adequate
        press(dialog, Qt::Key_Y);  // logging
        pressAndSettle(Qt::Key_Y); // offboarding: nothing open is left for Bob

        // The bot is Bob's: its items are shown as such, and its buttons are off.
        auto *table = dialog.findChild<QTableView *>(QStringLiteral("reviewItemsTable"));
        const QModelIndex botOwner = table->model()->index(6, ReviewItemsModel::QuestionColumn);
        QVERIFY(table->model()->data(botOwner, ReviewItemsModel::BlockedRole).toString().contains(QStringLiteral("separation of duties")));
        table->setCurrentIndex(botOwner);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("reviewBlockedLabel"))->isVisible());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("decide_yes"))->isEnabled());
        pressAndSettle(Qt::Key_Y);
        QCOMPARE(current(dialog).decision, ReviewDecision::Undecided);

        // Alice decides the bot; revoking its privilege.
        dialog.findChild<QComboBox *>(QStringLiteral("reviewerBox"))->setCurrentText(QStringLiteral("Alice"));
        QCOMPARE(current(dialog).systemId, m_bot);
        press(dialog, Qt::Key_Y);
        press(dialog, Qt::Key_X);
        press(dialog, Qt::Key_Y);
        press(dialog, Qt::Key_Y);
        pressAndSettle(Qt::Key_U); // offboarding unsure
        QCOMPARE(m_workspace->campaign(m_campaign).decided, 11);

        // Not ready while one is unsure: the screen says so and offers no sign-off.
        bool checkedNotReady = false;
        QTimer::singleShot(0, this, [&] {
            auto *signOff = QApplication::activeModalWidget();
            QVERIFY(signOff);
            signOff->close(); // first, so that a failed check below cannot leave the test waiting
            checkedNotReady = !signOff->findChild<QPushButton *>(QStringLiteral("confirmSignOffButton"))->isEnabled()
                && signOff->findChild<QLabel *>(QStringLiteral("signOffStateLabel"))->text().contains(QStringLiteral("1 unsure"));
        });
        dialog.openSignOff();
        QVERIFY(checkedNotReady);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));

        table->setCurrentIndex(table->model()->index(10, 0));
        pressAndSettle(Qt::Key_Y);
        QTimer::singleShot(0, this, [&] {
            auto *signOff = QApplication::activeModalWidget();
            QVERIFY(signOff);
            auto *confirm = signOff->findChild<QPushButton *>(QStringLiteral("confirmSignOffButton"));
            if (confirm->isEnabled())
                confirm->click();
            else
                signOff->close();
        });
        dialog.openSignOff();
        QCOMPARE(m_workspace->campaign(m_campaign).status, CampaignStatus::SignedOff);
        QCOMPARE(m_workspace->campaign(m_campaign).finishedBy, QStringLiteral("Alice"));
        QCOMPARE(m_workspace->privilege(m_admin).status, PrivilegeStatus::Active);
        QCOMPARE(m_workspace->privilege(m_read).status, PrivilegeStatus::ToNarrow);
        // Frozen: every button is off now.
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("decide_yes"))->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("signOffButton"))->isEnabled());
    }

    void skippingLeavesAnItemOpenToComeBackTo()
    {
        ReviewSessionDialog dialog(m_workspace.get(), m_campaign, QStringLiteral("Bob"));
        showActive(dialog);
        const ReviewItemId first = dialog.currentItem();
        pressAndSettle(Qt::Key_S);
        QVERIFY(dialog.currentItem() != first);
        press(dialog, Qt::Key_X);
        press(dialog, Qt::Key_R);
        press(dialog, Qt::Key_Y);
        press(dialog, Qt::Key_Y);
        press(dialog, Qt::Key_Y);
        QCOMPARE(dialog.currentItem(), first); // back to the skipped one, the only one left for Bob
    }

    void aSessionResumesWhereItStoppedAfterTheWorkspaceIsReopened()
    {
        ReviewItemId stoppedAt = 0;
        {
            ReviewSessionDialog dialog(m_workspace.get(), m_campaign, QStringLiteral("Bob"));
            showActive(dialog);
            press(dialog, Qt::Key_Y);
            pressAndSettle(Qt::Key_S);
            stoppedAt = dialog.currentItem();
        }
        const QString path = m_workspace->filePath();
        m_workspace.reset();
        WorkspaceError error;
        m_workspace = Workspace::open(path, &error);
        QVERIFY(m_workspace);
        ReviewSessionDialog dialog(m_workspace.get(), m_campaign, QStringLiteral("Bob"));
        QCOMPARE(dialog.currentItem(), stoppedAt);
        QCOMPARE(m_workspace->campaign(m_campaign).decided, 1);
    }

    void aDecisionAnotherReviewerMadeMeanwhileIsShownNotOverwritten()
    {
        if (const QString why = Test::postgresUnavailable(); !why.isEmpty())
            QSKIP(qPrintable(why));
        Test::ScratchDatabase server;
        QVERIFY2(server.isValid(), qPrintable(server.error()));
        WorkspaceError error;
        auto alice = Workspace::create(server.location(), &error);
        QVERIFY2(alice, qPrintable(error.message()));
        alice->setActor(QStringLiteral("Alice"));
        AiSystem prototype;
        prototype.name = QStringLiteral("Claims agent");
        prototype.behaviour.usesTools = Tristate::Yes;
        const SystemId agent = alice->addSystem(prototype);
        Privilege deploy;
        deploy.systemId = agent;
        deploy.target = QStringLiteral("svc-deploy");
        deploy.scope = Scope::Write;
        QVERIFY(alice->addPrivilege(deploy));
        Campaign draft;
        draft.name = QStringLiteral("Q4 claims");
        draft.scope = QStringLiteral("claims");
        draft.reviewers = { QStringLiteral("Bob"), QStringLiteral("Alice") };
        const CampaignId campaign = alice->createCampaign(draft);
        QVERIFY2(campaign, qPrintable(alice->lastError()));
        auto bob = Workspace::open(server.location(), &error);
        QVERIFY2(bob, qPrintable(error.message()));
        bob->setActor(QStringLiteral("Bob"));

        {
            ReviewSessionDialog dialog(bob.get(), campaign, QStringLiteral("Bob"));
            showActive(dialog);
            auto *table = dialog.findChild<QTableView *>(QStringLiteral("reviewItemsTable"));
            table->setCurrentIndex(table->model()->index(1, 0)); // svc-deploy
            const ReviewItem shown = alice->reviewItems(campaign).at(1);
            QCOMPARE(dialog.currentItem(), shown.id);
            // Alice revokes it while Bob reads; before her notice arrives, Bob keeps it.
            QVERIFY(alice->decideReviewItems(campaign, QStringLiteral("Alice"),
                { ReviewDecisionInput { shown.id, ReviewDecision::Revoke, {}, shown.rowVersion } }));
            dialog.findChild<QPushButton *>(QStringLiteral("decide_keep"))->click();
            auto *message = dialog.findChild<QLabel *>(QStringLiteral("reviewErrorLabel"));
            QVERIFY2(message->text().contains(QStringLiteral("was decided “Revoke” by Alice")), qPrintable(message->text()));
            QVERIFY(message->text().contains(QStringLiteral("your “Keep” was not stored")));
            QCOMPARE(dialog.currentItem(), shown.id); // stays on the item, now showing hers
            QTRY_VERIFY(dialog.findChild<QPushButton *>(QStringLiteral("decide_revoke"))->isChecked());
            QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("decide_keep"))->isChecked());
            QCOMPARE(table->model()->index(1, ReviewItemsModel::DecidedByColumn).data().toString(), QStringLiteral("Alice"));
            QCOMPARE(alice->reviewItems(campaign).at(1).decision, ReviewDecision::Revoke);
            dialog.grab().save(QStringLiteral("/tmp/review-session-conflict.png"));
            QVERIFY(message->isVisible());

            // Seeing hers, Bob may decide again; and Alice's next decision appears without a reload.
            dialog.findChild<QPushButton *>(QStringLiteral("decide_reduce"))->click();
            QCOMPARE(alice->reviewItems(campaign).at(1).decision, ReviewDecision::Reduce);
            const ReviewItem gate = alice->reviewItems(campaign).at(2);
            QVERIFY(alice->decideReviewItems(campaign, QStringLiteral("Alice"),
                { ReviewDecisionInput { gate.id, ReviewDecision::No, {}, gate.rowVersion } }));
            QTRY_COMPARE(table->model()->index(2, ReviewItemsModel::DecidedByColumn).data().toString(), QStringLiteral("Alice"));
            QCOMPARE(table->model()->index(2, ReviewItemsModel::DecisionColumn).data().toString(), label(ReviewDecision::No));
        }
        bob.reset();
        alice.reset();
    }
};

QTEST_MAIN(TestReviewSessionDialog)
#include "tst_reviewsessiondialog.moc"
