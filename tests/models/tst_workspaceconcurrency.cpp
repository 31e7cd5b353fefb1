// Two analysts on one server workspace (issue 8): an edit based on a row someone else has changed
// since is refused, saying who changed it and showing their value beside the one not saved, and
// nothing is overwritten; what one analyst changes appears in the other's open workspace through
// the same signals as their own edits. A file workspace refuses a stale record too (a dialog held a
// privilege while undo changed it). The server tests skip without a test server.
#include "common/sharedworkspace.h"
#include "storage/workspace.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUndoStack>

#include <memory>

using namespace Mandate;

class TestWorkspaceConcurrency : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::ScratchDatabase> m_server;
    std::unique_ptr<Workspace> m_alice; // made the workspace
    std::unique_ptr<Workspace> m_bob;   // opened it afterwards
    SystemId m_triage = 0;

    static Privilege readPrivilege(SystemId system, const QString &target)
    {
        Privilege privilege;
        privilege.systemId = system;
        privilege.target = target;
        privilege.scope = Scope::Read;
        return privilege;
    }

    // A campaign over the triage model, reviewed by Alice and Bob; its items' ids are in ordinal order.
    CampaignId startCampaign()
    {
        Privilege deploy = readPrivilege(m_triage, QStringLiteral("svc-deploy"));
        deploy.scope = Scope::Write;
        if (!m_alice->addPrivilege(deploy))
            return 0;
        Campaign draft;
        draft.name = QStringLiteral("Q4 claims review");
        draft.scope = QStringLiteral("claims");
        draft.reviewers = { QStringLiteral("alice"), QStringLiteral("bob") };
        return m_alice->createCampaign(draft);
    }

    // The item of campaign about svc-deploy, as workspace reads it now.
    static ReviewItem deployItem(const Workspace &workspace, CampaignId campaign)
    {
        for (const ReviewItem &item : workspace.reviewItems(campaign)) {
            if (item.kind == ReviewItemKind::Privilege)
                return item;
        }
        return {};
    }

    static ReviewDecisionInput decision(const ReviewItem &seen, ReviewDecision decision)
    {
        return ReviewDecisionInput { seen.id, decision, {}, seen.rowVersion };
    }

private slots:
    void initTestCase()
    {
        const QString unavailable = Test::postgresUnavailable();
        if (!unavailable.isEmpty())
            qInfo("server tests skip: %s", qPrintable(unavailable));
    }

    void init()
    {
        m_alice.reset();
        m_bob.reset();
        m_server.reset();
        if (!Test::postgresUnavailable().isEmpty())
            return;
        QString error;
        m_triage = Test::startSharedWorkspace(&m_server, &m_alice, &error);
        QVERIFY2(m_triage, qPrintable(error));
        m_bob = Test::openSharedWorkspace(*m_server, QStringLiteral("bob"), &error);
        QVERIFY2(m_bob, qPrintable(error));
    }

    void cleanup()
    {
        m_bob.reset();
        m_alice.reset();
        m_server.reset();
    }

    void aStaleSystemEditIsRefusedWithBothValuesAndNothingOverwritten()
    {
        if (!m_server)
            QSKIP("no test server");
        QVERIFY(m_alice->setSystemValue(m_triage, SystemField::Vendor, QStringLiteral("Acme Analytics")));
        // Bob still sees no vendor (his workspace has not heard of Alice's edit yet) and sets one.
        QVERIFY(m_bob->system(m_triage)->vendor.isEmpty());
        QSignalSpy failures(m_bob.get(), &Workspace::writeFailed);
        QVERIFY(!m_bob->setSystemValue(m_triage, SystemField::Vendor, QStringLiteral("Globex")));
        const QString message = m_bob->lastError();
        QVERIFY2(message.contains(QLatin1String("alice")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("Acme Analytics")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("Globex")), qPrintable(message));
        QCOMPARE(failures.count(), 1);
        QCOMPARE(m_bob->undoStack()->count(), 0); // nothing to undo: nothing happened
        // Bob now sees Alice's value, and the server still holds it.
        QCOMPARE(m_bob->system(m_triage)->vendor, QStringLiteral("Acme Analytics"));
        WorkspaceError error;
        auto third = Workspace::open(m_server->location(), &error);
        QVERIFY2(third, qPrintable(error.message()));
        QCOMPARE(third->system(m_triage)->vendor, QStringLiteral("Acme Analytics"));
        // Seeing the current value, Bob may change it.
        QVERIFY2(m_bob->setSystemValue(m_triage, SystemField::Vendor, QStringLiteral("Globex")), qPrintable(m_bob->lastError()));
        QVERIFY(!m_alice->setSystemValue(m_triage, SystemField::Vendor, QStringLiteral("Initech")));
        QVERIFY(m_alice->lastError().contains(QLatin1String("bob")));
        const AuditVerification audit = third->verifyAudit();
        QVERIFY2(audit.ok, qPrintable(audit.problem));
    }

    void aSystemChangedMeanwhileIsNotRemoved()
    {
        if (!m_server)
            QSKIP("no test server");
        QVERIFY(m_alice->setSystemValue(m_triage, SystemField::Description, QStringLiteral("Routes claims")));
        m_bob->removeSystems({ m_triage });
        QVERIFY2(m_bob->lastError().contains(QLatin1String("Claims triage model")), qPrintable(m_bob->lastError()));
        QVERIFY(m_bob->system(m_triage));
        QVERIFY(m_alice->system(m_triage));
        QCOMPARE(m_bob->system(m_triage)->description, QStringLiteral("Routes claims"));
    }

    void aStalePrivilegeEditIsRefusedAndKeepsTheirs()
    {
        if (!m_server)
            QSKIP("no test server");
        const PrivilegeId id = m_alice->addPrivilege(readPrivilege(m_triage, QStringLiteral("claims-db")));
        QVERIFY(id);
        // Bob opens the privilege in an editor; meanwhile Alice widens it.
        const Privilege bobsCopy = m_bob->privilege(id);
        QCOMPARE(bobsCopy.target, QStringLiteral("claims-db"));
        Privilege widened = m_alice->privilege(id);
        widened.scope = Scope::Admin;
        QVERIFY(m_alice->updatePrivilege(widened));
        Privilege bobsEdit = bobsCopy;
        bobsEdit.justification = QStringLiteral("Needed for nightly triage");
        QVERIFY(!m_bob->updatePrivilege(bobsEdit));
        const QString message = m_bob->lastError();
        QVERIFY2(message.contains(QLatin1String("alice")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("admin")), qPrintable(message)); // theirs
        QVERIFY2(message.contains(QLatin1String("read")), qPrintable(message));  // the scope in Bob's copy
        QCOMPARE(m_bob->privilege(id).scope, Scope::Admin);
        QVERIFY(m_bob->privilege(id).justification.isEmpty());
        // Edited from the current row, Bob's change is stored.
        bobsEdit = m_bob->privilege(id);
        bobsEdit.justification = QStringLiteral("Needed for nightly triage");
        QVERIFY2(m_bob->updatePrivilege(bobsEdit), qPrintable(m_bob->lastError()));
        QCOMPARE(m_alice->privilege(id).justification, QStringLiteral("Needed for nightly triage"));
        QCOMPARE(m_alice->privilege(id).scope, Scope::Admin);
    }

    void changesByOthersAppearLiveThroughTheUsualSignals()
    {
        if (!m_server)
            QSKIP("no test server");
        QSignalSpy changed(m_bob.get(), &Workspace::systemsChanged);
        QSignalSpy added(m_bob.get(), &Workspace::systemsAdded);
        QSignalSpy removed(m_bob.get(), &Workspace::systemsRemoved);
        QSignalSpy privileges(m_bob.get(), &Workspace::privilegesChanged);
        QSignalSpy people(m_bob.get(), &Workspace::peopleChanged);
        QSignalSpy audit(m_bob.get(), &Workspace::auditAppended);

        QVERIFY(m_alice->setSystemValue(m_triage, SystemField::Vendor, QStringLiteral("Acme Analytics")));
        QTRY_COMPARE(m_bob->system(m_triage)->vendor, QStringLiteral("Acme Analytics"));
        QVERIFY(!changed.isEmpty());
        QVERIFY(changed.last().at(0).value<QVector<SystemId>>().contains(m_triage));

        AiSystem prototype;
        prototype.name = QStringLiteral("Code review agent");
        const SystemId agent = m_alice->addSystem(prototype);
        QTRY_VERIFY(m_bob->system(agent));
        QCOMPARE(m_bob->systemCount(), 2);
        QVERIFY(!added.isEmpty());

        QVERIFY(m_alice->addPrivilege(readPrivilege(agent, QStringLiteral("github:org/*"))));
        QTRY_COMPARE(m_bob->system(agent)->privileges.count, 1);
        QVERIFY(!privileges.isEmpty());

        Person dana;
        dana.name = QStringLiteral("Dana Whitfield");
        const PersonId danaId = m_alice->addPerson(dana);
        QVERIFY(danaId);
        QTRY_VERIFY(m_bob->person(danaId));
        QVERIFY(!people.isEmpty());

        m_alice->removeSystems({ agent });
        QTRY_VERIFY(!m_bob->system(agent));
        QVERIFY(!removed.isEmpty());
        QCOMPARE(m_bob->systemCount(), 1);
        // The audit dock follows the chain others extend.
        QTRY_COMPARE(m_bob->auditCount(), m_alice->auditCount());
        QVERIFY(!audit.isEmpty());
        // Bob's own view is now current: his edit goes through.
        QVERIFY2(m_bob->setSystemValue(m_triage, SystemField::Vendor, QStringLiteral("Globex")), qPrintable(m_bob->lastError()));
    }

    void aStaleReviewDecisionIsRefusedNamingTheOtherReviewer()
    {
        if (!m_server)
            QSKIP("no test server");
        const CampaignId campaign = startCampaign();
        QVERIFY2(campaign, qPrintable(m_alice->lastError()));
        // Both open the item; Alice revokes it while Bob is still reading.
        const ReviewItem bobSaw = deployItem(*m_bob, campaign);
        QVERIFY(bobSaw.id);
        QVERIFY(bobSaw.rowVersion > 0);
        const ReviewItem aliceSaw = deployItem(*m_alice, campaign);
        QVERIFY2(m_alice->decideReviewItems(campaign, QStringLiteral("alice"), { decision(aliceSaw, ReviewDecision::Revoke) }),
            qPrintable(m_alice->lastError()));
        QSignalSpy reread(m_bob.get(), &Workspace::reviewItemsChanged);
        QVERIFY(!m_bob->decideReviewItems(campaign, QStringLiteral("bob"), { decision(bobSaw, ReviewDecision::Keep) }));
        const QString message = m_bob->lastError();
        QVERIFY2(message.contains(QStringLiteral("Item %1 (svc-deploy on Claims triage model)").arg(bobSaw.id)), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("“Revoke” by alice")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("your “Keep” was not stored")), qPrintable(message));
        QCOMPARE(m_bob->undoStack()->count(), 0);
        QVERIFY(!reread.isEmpty()); // an open session reads the item again and shows Alice's decision
        // Nothing overwritten: the server holds Alice's decision, and the log says only hers.
        const ReviewItem stored = deployItem(*m_bob, campaign);
        QCOMPARE(stored.decision, ReviewDecision::Revoke);
        QCOMPARE(stored.decidedBy, QStringLiteral("alice"));
        const AuditVerification audit = m_bob->verifyAudit();
        QVERIFY2(audit.ok, qPrintable(audit.problem));
        // Seeing her decision, Bob may change it.
        QVERIFY2(m_bob->decideReviewItems(campaign, QStringLiteral("bob"), { decision(stored, ReviewDecision::Keep) }),
            qPrintable(m_bob->lastError()));
        QCOMPARE(deployItem(*m_alice, campaign).decidedBy, QStringLiteral("bob"));
        // A batch with one stale item stores none of it.
        const QVector<ReviewItem> items = m_alice->reviewItems(campaign);
        QVERIFY(!m_alice->decideReviewItems(campaign, QStringLiteral("alice"),
            { decision(items.first(), ReviewDecision::Yes), decision(stored, ReviewDecision::Reduce) }));
        QVERIFY2(m_alice->lastError().contains(QStringLiteral("“Keep” by bob")), qPrintable(m_alice->lastError()));
        QCOMPARE(m_alice->reviewItems(campaign).first().decision, ReviewDecision::Undecided);
    }

    void twoReviewersDecidingFromOneVersionHaveOneWinner()
    {
        if (!m_server)
            QSKIP("no test server");
        const CampaignId campaign = startCampaign();
        QVERIFY2(campaign, qPrintable(m_alice->lastError()));
        const ReviewItem seen = deployItem(*m_bob, campaign);
        const bool alice = m_alice->decideReviewItems(campaign, QStringLiteral("alice"), { decision(seen, ReviewDecision::Revoke) });
        const bool bob = m_bob->decideReviewItems(campaign, QStringLiteral("bob"), { decision(seen, ReviewDecision::Keep) });
        QVERIFY(alice != bob);
        QCOMPARE(deployItem(*m_bob, campaign).decision, ReviewDecision::Revoke);

        // A third reviewer's write still in flight when Bob's is stored: Bob's read cannot see it
        // yet, so his write itself must wait for it and then find the row moved on.
        const ReviewItem now = deployItem(*m_bob, campaign);
        QSemaphore written;
        QString updateError;
        QString commitError;
        std::unique_ptr<QThread> carol(QThread::create([this, &written, &updateError, &commitError, &now] {
            const QString name = Test::uniqueConnectionName(QStringLiteral("carol"));
            {
                QSqlDatabase db = Test::addPostgresConnection(name);
                db.setDatabaseName(m_server->name());
                if (!db.open() || !db.transaction()) {
                    updateError = db.lastError().text();
                } else {
                    QSqlQuery query(db);
                    if (!query.exec(QStringLiteral("UPDATE review_items SET decision = 'reduce', decided_by = 'carol', "
                                                   "row_version = row_version + 1 WHERE id = %1").arg(now.id)))
                        updateError = query.lastError().text();
                }
                written.release();
                QThread::msleep(400); // Bob's write starts meanwhile and waits for this one
                if (updateError.isEmpty() && !db.commit())
                    commitError = db.lastError().text();
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }));
        carol->start();
        written.acquire();
        const bool stored = updateError.isEmpty()
            && m_bob->decideReviewItems(campaign, QStringLiteral("bob"), { decision(now, ReviewDecision::Keep) });
        carol->wait();
        QVERIFY2(updateError.isEmpty() && commitError.isEmpty(), qPrintable(updateError + commitError));
        QVERIFY(!stored);
        QVERIFY2(m_bob->lastError().contains(QStringLiteral("“Reduce” by carol")), qPrintable(m_bob->lastError()));
        const ReviewItem after = deployItem(*m_alice, campaign);
        QCOMPARE(after.decision, ReviewDecision::Reduce);
        QCOMPARE(after.rowVersion, now.rowVersion + 1);
        const AuditVerification audit = m_alice->verifyAudit();
        QVERIFY2(audit.ok, qPrintable(audit.problem));
    }

    void undoingADecisionAnotherReviewerHasSinceChangedIsRefused()
    {
        if (!m_server)
            QSKIP("no test server");
        const CampaignId campaign = startCampaign();
        QVERIFY2(campaign, qPrintable(m_alice->lastError()));
        // Bob's own steps undo in turn, over the versions his later steps wrote.
        QVERIFY(m_bob->decideReviewItems(campaign, QStringLiteral("bob"), { decision(deployItem(*m_bob, campaign), ReviewDecision::Keep) }));
        QVERIFY(m_bob->decideReviewItems(campaign, QStringLiteral("bob"), { decision(deployItem(*m_bob, campaign), ReviewDecision::Reduce) }));
        m_bob->undoStack()->undo();
        QCOMPARE(deployItem(*m_bob, campaign).decision, ReviewDecision::Keep);
        m_bob->undoStack()->undo();
        QCOMPARE(deployItem(*m_bob, campaign).decision, ReviewDecision::Undecided);
        m_bob->undoStack()->redo();
        QCOMPARE(deployItem(*m_bob, campaign).decision, ReviewDecision::Keep);

        // Alice revokes it; Bob's undo would put back undecided over her decision.
        QVERIFY(m_alice->decideReviewItems(campaign, QStringLiteral("alice"), { decision(deployItem(*m_alice, campaign), ReviewDecision::Revoke) }));
        QSignalSpy failures(m_bob.get(), &Workspace::writeFailed);
        m_bob->undoStack()->undo();
        QCOMPARE(failures.count(), 1);
        const QString message = m_bob->lastError();
        QVERIFY2(message.contains(QStringLiteral("changed by alice (now “Revoke”)")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("not undone")), qPrintable(message));
        const ReviewItem stored = deployItem(*m_alice, campaign);
        QCOMPARE(stored.decision, ReviewDecision::Revoke);
        QCOMPARE(stored.decidedBy, QStringLiteral("alice"));
        const AuditVerification audit = m_alice->verifyAudit();
        QVERIFY2(audit.ok, qPrintable(audit.problem));
    }

    void aSignOffOverADecisionItHasNotSeenIsRefused()
    {
        if (!m_server)
            QSKIP("no test server");
        const CampaignId campaign = startCampaign();
        QVERIFY2(campaign, qPrintable(m_alice->lastError()));
        QVector<ReviewDecisionInput> all;
        for (const ReviewItem &item : m_bob->reviewItems(campaign))
            all << decision(item, item.kind == ReviewItemKind::Privilege ? ReviewDecision::Keep : ReviewDecision::Yes);
        QVERIFY2(m_bob->decideReviewItems(campaign, QStringLiteral("bob"), all), qPrintable(m_bob->lastError()));
        QVERIFY2(m_bob->signOffCampaign(campaign, QStringLiteral("bob")), qPrintable(m_bob->lastError()));
        m_bob->undoStack()->undo(); // open again
        QCOMPARE(m_alice->campaign(campaign).status, CampaignStatus::Open);
        // Alice revokes the privilege; Bob's redo would sign off the keep he counted.
        const ReviewItem seen = deployItem(*m_alice, campaign);
        QVERIFY(m_alice->decideReviewItems(campaign, QStringLiteral("alice"), { decision(seen, ReviewDecision::Revoke) }));
        m_bob->undoStack()->redo();
        const QString message = m_bob->lastError();
        QVERIFY2(message.contains(QLatin1String("was not signed off")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("svc-deploy on Claims triage model")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("changed by alice")), qPrintable(message));
        QCOMPARE(m_alice->campaign(campaign).status, CampaignStatus::Open);
        QCOMPARE(m_alice->privilege(seen.privilegeId).status, PrivilegeStatus::Active);
        // Alice confirms the owners too. Signed off afresh, the sign-off counts her revoke and marks the privilege.
        const ReviewItem owners = m_alice->reviewItems(campaign).first();
        QVERIFY(m_alice->decideReviewItems(campaign, QStringLiteral("alice"), { decision(owners, ReviewDecision::Yes) }));
        QVERIFY2(m_bob->signOffCampaign(campaign, QStringLiteral("bob")), qPrintable(m_bob->lastError()));
        QCOMPARE(m_alice->privilege(seen.privilegeId).status, PrivilegeStatus::PendingRevocation);
        // Frozen now: undoing her confirmation would change a signed-off decision.
        m_alice->undoStack()->undo();
        QVERIFY2(m_alice->lastError().contains(QLatin1String("is signed off")), qPrintable(m_alice->lastError()));
        QCOMPARE(m_alice->reviewItems(campaign).first().decidedBy, QStringLiteral("alice"));
        const AuditVerification audit = m_alice->verifyAudit();
        QVERIFY2(audit.ok, qPrintable(audit.problem));
    }

    void aDecisionByOneReviewerAppearsAtTheOther()
    {
        if (!m_server)
            QSKIP("no test server");
        const CampaignId campaign = startCampaign();
        QVERIFY2(campaign, qPrintable(m_alice->lastError()));
        QSignalSpy items(m_alice.get(), &Workspace::reviewItemsChanged);
        QSignalSpy campaigns(m_alice.get(), &Workspace::campaignsChanged);
        const ReviewItem seen = deployItem(*m_bob, campaign);
        QVERIFY(m_bob->decideReviewItems(campaign, QStringLiteral("bob"), { decision(seen, ReviewDecision::Reduce) }));
        QTRY_VERIFY(!items.isEmpty());
        QCOMPARE(items.last().at(0).value<CampaignId>(), campaign);
        QVERIFY(items.last().at(1).value<QVector<ReviewItemId>>().contains(seen.id));
        QVERIFY(!campaigns.isEmpty());
        const ReviewItem shown = deployItem(*m_alice, campaign);
        QCOMPARE(shown.decision, ReviewDecision::Reduce);
        // Alice decides from what the notice brought her: no conflict.
        QVERIFY2(m_alice->decideReviewItems(campaign, QStringLiteral("alice"), { decision(shown, ReviewDecision::Keep) }),
            qPrintable(m_alice->lastError()));
    }

    // A file has one writer, but a dialog may hold a privilege while undo changes it underneath.
    void aFileWorkspaceRefusesAPrivilegeEditedFromAnOlderCopy()
    {
        QTemporaryDir dir;
        WorkspaceError error;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("estate.mandate")), &error);
        QVERIFY2(workspace, qPrintable(error.message()));
        AiSystem prototype;
        prototype.name = QStringLiteral("Deploy agent");
        const SystemId agent = workspace->addSystem(prototype);
        const PrivilegeId id = workspace->addPrivilege(readPrivilege(agent, QStringLiteral("k8s:prod")));
        Privilege tool = workspace->privilege(id);
        tool.tool = QStringLiteral("kubectl");
        QVERIFY(workspace->updatePrivilege(tool));
        const Privilege held = workspace->privilege(id); // the editor opens on this
        workspace->undoStack()->undo();                  // the tool goes again
        Privilege edited = held;
        edited.justification = QStringLiteral("Rollbacks");
        QVERIFY(!workspace->updatePrivilege(edited));
        QVERIFY2(workspace->lastError().contains(QLatin1String("kubectl")), qPrintable(workspace->lastError()));
        QVERIFY(workspace->privilege(id).tool.isEmpty());
        QVERIFY(workspace->privilege(id).justification.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceConcurrency)
#include "tst_workspaceconcurrency.moc"
