// The review scope filter: which systems a campaign covers, from the text an analyst types or the
// CLI's --scope gives; unknown terms are refused with the term named.
#include "review/reviewscope.h"

#include <QTest>

using namespace Mandate;

class TestReviewScope : public QObject
{
    Q_OBJECT

    static AiSystem agent()
    {
        AiSystem s;
        s.name = QStringLiteral("Deploy agent");
        s.vendor = QStringLiteral("Acme");
        s.paradigm = Paradigm::Agentic;
        s.lifecycleStage = LifecycleStage::Production;
        s.behaviour.selectsActions = Tristate::Yes;
        s.behaviour.usesTools = Tristate::Yes;
        s.behaviour.approvalGate = ApprovalGate::None; // identity subject and NHI risk
        return s;
    }

    static AiSystem forecaster()
    {
        AiSystem s;
        s.name = QStringLiteral("Demand forecast");
        s.paradigm = Paradigm::Predictive;
        s.lifecycleStage = LifecycleStage::Pilot;
        s.behaviour.usesTools = Tristate::No;
        s.behaviour.accessesCredentials = Tristate::No;
        s.behaviour.affectsExternalSystems = Tristate::No;
        return s;
    }

private slots:
    void matches_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<bool>("agent");
        QTest::addColumn<bool>("forecaster");
        QTest::addRow("empty covers everything") << QString() << true << true;
        QTest::addRow("the default takes identity subjects and NHI risks") << ReviewScope::defaultText() << true << false;
        QTest::addRow("a paradigm") << QStringLiteral("paradigm:predictive") << false << true;
        QTest::addRow("two paradigms are alternatives") << QStringLiteral("paradigm:predictive paradigm:AGENTIC") << true << true;
        QTest::addRow("kinds must all hold") << QStringLiteral("paradigm:agentic stage:pilot") << false << false;
        QTest::addRow("a stage") << QStringLiteral("stage:pilot") << false << true;
        QTest::addRow("a word in the vendor") << QStringLiteral("acme") << true << false;
        QTest::addRow("a word in an owner's name") << QStringLiteral("dana") << true << false;
        QTest::addRow("every word must be found") << QStringLiteral("deploy forecast") << false << false;
    }

    void matches()
    {
        QFETCH(QString, scope);
        QFETCH(bool, agent);
        QFETCH(bool, forecaster);
        QString error;
        const std::optional<ReviewScope> parsed = ReviewScope::parse(scope, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->matches(TestReviewScope::agent(), { QStringLiteral("Dana Scully") }), agent);
        QCOMPARE(parsed->matches(TestReviewScope::forecaster(), { QStringLiteral("Carol") }), forecaster);
    }

    void unknownTermsAreRefusedByName_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("named");
        QTest::addRow("an unknown key") << QStringLiteral("is:nhi-risk owner:bob") << QStringLiteral("owner:bob");
        QTest::addRow("an unknown fact") << QStringLiteral("is:agent") << QStringLiteral("agent");
        QTest::addRow("an unknown stage") << QStringLiteral("stage:live") << QStringLiteral("live");
    }

    void unknownTermsAreRefusedByName()
    {
        QFETCH(QString, scope);
        QFETCH(QString, named);
        QString error;
        QVERIFY(!ReviewScope::parse(scope, &error));
        QVERIFY2(error.contains(named), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestReviewScope)
#include "tst_reviewscope.moc"
