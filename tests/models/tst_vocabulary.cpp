// The stable ids of every vocabulary: what storage, the CLI and CSV files rely on.
#include "domain/vocabulary.h"

#include <QSet>
#include <QTest>

using namespace Mandate;

class TestVocabulary : public QObject
{
    Q_OBJECT

    template<typename E>
    void checkRoundTrip(const QStringList &expectedIds)
    {
        QCOMPARE(allIds<E>(), expectedIds);
        QCOMPARE(valueCount<E>(), int(expectedIds.size()));
        for (int i = 0; i < valueCount<E>(); ++i) {
            const E value = static_cast<E>(i);
            QCOMPARE(fromId<E>(toId(value)), std::optional<E>(value));
            QCOMPARE(fromId<E>(toId(value).toUpper()), std::optional<E>(value));
            QVERIFY2(!label(value).isEmpty(), qPrintable(toId(value)));
        }
        QCOMPARE(fromId<E>(QStringLiteral("no-such-value")), std::nullopt);
    }

private slots:
    void paradigmIdsAreTheDocumentedOnes()
    {
        checkRoundTrip<Paradigm>({ QStringLiteral("undecided"), QStringLiteral("causal"), QStringLiteral("predictive"),
                                   QStringLiteral("generative"), QStringLiteral("agentic") });
    }

    void behaviourVocabulariesRoundTrip()
    {
        checkRoundTrip<Tristate>({ QStringLiteral("unknown"), QStringLiteral("no"), QStringLiteral("yes") });
        checkRoundTrip<OutputKind>({ QStringLiteral("unknown"), QStringLiteral("explanation"),
                                     QStringLiteral("prediction"), QStringLiteral("content"), QStringLiteral("action") });
        checkRoundTrip<ApprovalGate>({ QStringLiteral("unknown"), QStringLiteral("none"), QStringLiteral("per_action"),
                                       QStringLiteral("per_session"), QStringLiteral("two_person") });
    }

    void lifecycleFollowsTheDomainOrder()
    {
        checkRoundTrip<LifecycleStage>({ QStringLiteral("proposed"), QStringLiteral("development"),
                                         QStringLiteral("pilot"), QStringLiteral("production"),
                                         QStringLiteral("retiring"), QStringLiteral("offboarded") });
        QVERIFY(LifecycleStage::Proposed < LifecycleStage::Offboarded);
    }

    void runtimeAuthorityIsOrdered()
    {
        checkRoundTrip<RuntimeAuthority>({ QStringLiteral("unknown"), QStringLiteral("informs"),
                                           QStringLiteral("generates"), QStringLiteral("gated_execution"),
                                           QStringLiteral("autonomous_execution") });
        QVERIFY(RuntimeAuthority::Informs < RuntimeAuthority::Generates);
        QVERIFY(RuntimeAuthority::Generates < RuntimeAuthority::GatedExecution);
        QVERIFY(RuntimeAuthority::GatedExecution < RuntimeAuthority::AutonomousExecution);
    }

    void privilegeAndCredentialVocabulariesRoundTrip()
    {
        checkRoundTrip<Scope>({ QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("execute"),
                                QStringLiteral("admin") });
        checkRoundTrip<CredentialKind>({ QStringLiteral("api_key"), QStringLiteral("oauth_client"),
                                         QStringLiteral("service_account"), QStringLiteral("token"),
                                         QStringLiteral("certificate"), QStringLiteral("workload_identity") });
        checkRoundTrip<CredentialStorage>({ QStringLiteral("unknown"), QStringLiteral("secrets_manager"),
                                            QStringLiteral("code"), QStringLiteral("config_file"),
                                            QStringLiteral("ci_cd"), QStringLiteral("env_var") });
        checkRoundTrip<Logging>({ QStringLiteral("none"), QStringLiteral("local"), QStringLiteral("central") });
        checkRoundTrip<HandoffPoint>({ QString(), QStringLiteral("code_commit"), QStringLiteral("ticket_closure"),
                                       QStringLiteral("infrastructure_change"), QStringLiteral("data_access"),
                                       QStringLiteral("payment"), QStringLiteral("external_message") });
        checkRoundTrip<MappingStatus>({ QStringLiteral("gap"), QStringLiteral("partial"), QStringLiteral("mitigated"),
                                        QStringLiteral("not_applicable") });
    }

    void idsAreTrimmedWhenParsed()
    {
        QCOMPARE(fromId<Tristate>(QStringLiteral("  yes ")), std::optional<Tristate>(Tristate::Yes));
    }
};

QTEST_GUILESS_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
