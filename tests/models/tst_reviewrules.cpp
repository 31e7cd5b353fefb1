// The review rules the GUI and the CLI share: which privileges are high-risk (keeping one needs a
// justification), which decisions fit which item, and who counts as a reviewer or an owner.
#include "review/reviewrules.h"

#include <QTest>

using namespace Mandate;

class TestReviewRules : public QObject
{
    Q_OBJECT

private slots:
    void highRisk_data()
    {
        QTest::addColumn<int>("scope");
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("storage"); // -1: no credential
        QTest::addColumn<int>("handoff");
        QTest::addColumn<int>("gate");
        QTest::addColumn<QStringList>("reasons");
        const int none = int(HandoffPoint::NoHandoff);
        const int vault = int(CredentialStorage::SecretsManager);
        const int gateNone = int(ApprovalGate::None);
        QTest::addRow("a read in a vault is not") << int(Scope::Read) << QStringLiteral("db") << vault << none << gateNone << QStringList();
        QTest::addRow("no credential is not") << int(Scope::Write) << QStringLiteral("db") << -1 << none << gateNone << QStringList();
        QTest::addRow("admin scope") << int(Scope::Admin) << QStringLiteral("db") << vault << none << gateNone
                                     << QStringList { QStringLiteral("admin_scope") };
        QTest::addRow("a wildcard target") << int(Scope::Read) << QStringLiteral("repo:*") << vault << none << gateNone
                                           << QStringList { QStringLiteral("wildcard_scope") };
        QTest::addRow("a key in an env var") << int(Scope::Read) << QStringLiteral("db") << int(CredentialStorage::EnvVar) << none
                                             << gateNone << QStringList { QStringLiteral("credential_outside_secrets_manager") };
        QTest::addRow("storage unknown counts as outside") << int(Scope::Read) << QStringLiteral("db")
                                                           << int(CredentialStorage::Unknown) << none << gateNone
                                                           << QStringList { QStringLiteral("credential_outside_secrets_manager") };
        QTest::addRow("a payment handoff without a gate") << int(Scope::Write) << QStringLiteral("pay") << vault
                                                          << int(HandoffPoint::Payment) << gateNone
                                                          << QStringList { QStringLiteral("handoff_without_gate") };
        QTest::addRow("a payment handoff with a two-person gate") << int(Scope::Write) << QStringLiteral("pay") << vault
                                                                  << int(HandoffPoint::Payment) << int(ApprovalGate::TwoPerson)
                                                                  << QStringList();
    }

    void highRisk()
    {
        QFETCH(int, scope);
        QFETCH(QString, target);
        QFETCH(int, storage);
        QFETCH(int, handoff);
        QFETCH(int, gate);
        QFETCH(QStringList, reasons);
        Privilege p;
        p.scope = Scope(scope);
        p.target = target;
        p.handoff = HandoffPoint(handoff);
        p.approvalGate = ApprovalGate(gate);
        Credential c;
        c.storage = CredentialStorage(storage < 0 ? 0 : storage);
        QCOMPARE(ReviewRules::highRiskReasons(p, storage < 0 ? nullptr : &c), reasons);
        for (const QString &reason : reasons)
            QVERIFY(ReviewRules::highRiskReasonText(reason) != reason);
    }

    void decisionsFitTheirItems()
    {
        QVERIFY(ReviewRules::decisionFits(ReviewItemKind::Privilege, ReviewDecision::Reduce));
        QVERIFY(!ReviewRules::decisionFits(ReviewItemKind::Privilege, ReviewDecision::Yes));
        QVERIFY(ReviewRules::decisionFits(ReviewItemKind::Logging, ReviewDecision::No));
        QVERIFY(!ReviewRules::decisionFits(ReviewItemKind::Owner, ReviewDecision::Revoke));
        QVERIFY(!ReviewRules::decisionFits(ReviewItemKind::Owner, ReviewDecision::Undecided));
        QVERIFY(ReviewRules::decisionFits(ReviewItemKind::Offboarding, ReviewDecision::Unsure));
    }

    void onlyKeepingAHighRiskPrivilegeNeedsAJustification()
    {
        ReviewItem item;
        item.kind = ReviewItemKind::Privilege;
        QVERIFY(!ReviewRules::needsJustification(item, ReviewDecision::Keep));
        item.highRisk = QStringList { QStringLiteral("admin_scope") };
        QVERIFY(ReviewRules::needsJustification(item, ReviewDecision::Keep));
        QVERIFY(!ReviewRules::needsJustification(item, ReviewDecision::Revoke));
        QVERIFY(!ReviewRules::needsJustification(item, ReviewDecision::Unsure));
    }

    void namesCompareAsPeopleDo()
    {
        Campaign c;
        c.reviewers = { QStringLiteral("Bob Smith"), QStringLiteral("Alice") };
        QVERIFY(ReviewRules::isReviewer(c, QStringLiteral(" bob SMITH ")));
        QVERIFY(!ReviewRules::isReviewer(c, QStringLiteral("Bob")));
        QVERIFY(!ReviewRules::isReviewer(c, QStringLiteral("  ")));
        QVERIFY(ReviewRules::ownsSystem({ QStringLiteral("ALICE") }, QStringLiteral("alice")));
    }
};

QTEST_GUILESS_MAIN(TestReviewRules)
#include "tst_reviewrules.moc"
