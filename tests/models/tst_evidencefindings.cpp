// F-UNDECLARED and F-UNUSED: what runtime evidence says against the declared privilege boundary.
// Table-driven: each row a boundary, what was observed, and the findings an analyst should see.
#include "rules/evidencefindings.h"
#include "rules/frameworkcatalog.h"

#include "findingsfixtures.h"

#include <QLocale>
#include <QTest>

using namespace Mandate;

namespace {

const QDateTime start(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);

Privilege declared(PrivilegeId id, const QString &target, Scope scope,
                   PrivilegeStatus status = PrivilegeStatus::Active)
{
    Privilege p;
    p.id = id;
    p.systemId = 1;
    p.target = target;
    p.scope = scope;
    p.wildcard = target.endsWith(u'*');
    p.status = status;
    return p;
}

ObservedAccess seen(const QString &target, const QString &action, qint64 count = 1)
{
    return ObservedAccess { target, QStringLiteral("tool"), action, count, start, start.addDays(6) };
}

using Privileges = QVector<Privilege>;
using Observed = QVector<ObservedAccess>;

} // namespace

class TestEvidenceFindings : public QObject
{
    Q_OBJECT

private slots:
    void actionsAreClassifiedByTheirVerb_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("expected");
        const int read = int(ActionClass::Read);
        const int write = int(ActionClass::Write);
        const int admin = int(ActionClass::Admin);
        QTest::addRow("a plain read is read-like") << QStringLiteral("read") << read;
        QTest::addRow("CloudTrail GetObject is read-like") << QStringLiteral("GetObject") << read;
        QTest::addRow("listing is read-like") << QStringLiteral("ListBuckets") << read;
        QTest::addRow("reading a policy is still read-like") << QStringLiteral("GetBucketPolicy") << read;
        QTest::addRow("an SQL select is read-like") << QStringLiteral("SELECT") << read;
        QTest::addRow("a push is write-like") << QStringLiteral("push") << write;
        QTest::addRow("CloudTrail DeleteObject is write-like") << QStringLiteral("DeleteObject") << write;
        QTest::addRow("an unknown action counts as write") << QStringLiteral("frobnicate") << write;
        QTest::addRow("an empty action counts as write") << QString() << write;
        QTest::addRow("attaching a policy is admin-like") << QStringLiteral("AttachRolePolicy") << admin;
        QTest::addRow("attach policy in words is admin-like") << QStringLiteral("attach policy") << admin;
        QTest::addRow("set IAM policy is admin-like") << QStringLiteral("setIamPolicy") << admin;
        QTest::addRow("a grant is admin-like") << QStringLiteral("GRANT") << admin;
    }

    void actionsAreClassifiedByTheirVerb()
    {
        QFETCH(QString, action);
        QFETCH(int, expected);
        QCOMPARE(int(classifyAction(action)), expected);
    }

    void undeclaredAccess_data()
    {
        QTest::addColumn<Privileges>("privileges");
        QTest::addColumn<Observed>("observed");
        QTest::addColumn<QStringList>("targets"); // the reasons name these, in order
        QTest::addColumn<QStringList>("reasonParts");

        QTest::addRow("a target no privilege names fires")
            << Privileges { declared(1, QStringLiteral("repo:payments"), Scope::Write) }
            << Observed { seen(QStringLiteral("prod-cluster"), QStringLiteral("delete"), 3) }
            << QStringList { QStringLiteral("prod-cluster") }
            << QStringList { QStringLiteral("\"delete\""), QStringLiteral("3 times"), QStringLiteral("no declared") };
        QTest::addRow("an access within the declared target and scope does not fire")
            << Privileges { declared(1, QStringLiteral("repo:payments"), Scope::Write) }
            << Observed { seen(QStringLiteral("repo:payments"), QStringLiteral("push")) }
            << QStringList {} << QStringList {};
        QTest::addRow("the target is compared without case")
            << Privileges { declared(1, QStringLiteral("Prod-Cluster"), Scope::Read) }
            << Observed { seen(QStringLiteral("prod-cluster"), QStringLiteral("get")) }
            << QStringList {} << QStringList {};
        QTest::addRow("a wildcard privilege covers targets with its prefix")
            << Privileges { declared(1, QStringLiteral("repo:*"), Scope::Write) }
            << Observed { seen(QStringLiteral("repo:payments"), QStringLiteral("push")) }
            << QStringList {} << QStringList {};
        QTest::addRow("a wildcard privilege does not cover other prefixes")
            << Privileges { declared(1, QStringLiteral("repo:*"), Scope::Write) }
            << Observed { seen(QStringLiteral("bucket:logs"), QStringLiteral("push")) }
            << QStringList { QStringLiteral("bucket:logs") } << QStringList { QStringLiteral("no declared") };
        QTest::addRow("a write on a read-only target fires as beyond scope")
            << Privileges { declared(1, QStringLiteral("s3.amazonaws.com"), Scope::Read) }
            << Observed { seen(QStringLiteral("s3.amazonaws.com"), QStringLiteral("GetObject"), 10),
                          seen(QStringLiteral("s3.amazonaws.com"), QStringLiteral("DeleteObject"), 2) }
            << QStringList { QStringLiteral("s3.amazonaws.com") }
            << QStringList { QStringLiteral("\"DeleteObject\""), QStringLiteral("2 times"), QStringLiteral("beyond") };
        QTest::addRow("an admin action needs admin scope")
            << Privileges { declared(1, QStringLiteral("iam"), Scope::Write) }
            << Observed { seen(QStringLiteral("iam"), QStringLiteral("AttachRolePolicy")) }
            << QStringList { QStringLiteral("iam") } << QStringList { QStringLiteral("beyond") };
        QTest::addRow("admin scope allows everything")
            << Privileges { declared(1, QStringLiteral("iam"), Scope::Admin) }
            << Observed { seen(QStringLiteral("iam"), QStringLiteral("AttachRolePolicy")) }
            << QStringList {} << QStringList {};
        QTest::addRow("a privilege pending revocation is not declared any more")
            << Privileges { declared(1, QStringLiteral("prod-cluster"), Scope::Write, PrivilegeStatus::PendingRevocation) }
            << Observed { seen(QStringLiteral("prod-cluster"), QStringLiteral("write")) }
            << QStringList { QStringLiteral("prod-cluster") } << QStringList { QStringLiteral("no declared") };
        QTest::addRow("one finding per target, counts added up")
            << Privileges {}
            << Observed { seen(QStringLiteral("db"), QStringLiteral("insert"), 4), seen(QStringLiteral("DB"), QStringLiteral("update"), 5) }
            << QStringList { QStringLiteral("db") } << QStringList { QStringLiteral("9 times") };
        QTest::addRow("no observations, no findings")
            << Privileges { declared(1, QStringLiteral("db"), Scope::Read) } << Observed {} << QStringList {} << QStringList {};
    }

    void undeclaredAccess()
    {
        QFETCH(Privileges, privileges);
        QFETCH(Observed, observed);
        QFETCH(QStringList, targets);
        QFETCH(QStringList, reasonParts);
        const QVector<Finding> findings = undeclaredAccessFindings(privileges, observed);
        QCOMPARE(findings.size(), targets.size());
        for (int i = 0; i < findings.size(); ++i) {
            const Finding &f = findings[i];
            QCOMPARE(f.rule, QStringLiteral("F-UNDECLARED"));
            QCOMPARE(f.severity, Severity::High);
            QCOMPARE(f.frameworks, QStringList({ QStringLiteral("ASI03"), QStringLiteral("NHI5"),
                                                QStringLiteral("800-207 T4"), QStringLiteral("800-207 T6") }));
            QVERIFY2(f.reason.contains(targets[i]), qPrintable(f.reason));
            for (const QString &part : reasonParts)
                QVERIFY2(f.reason.contains(part), qPrintable(f.reason));
        }
    }

    void unusedPrivileges_data()
    {
        QTest::addColumn<Privileges>("privileges");
        QTest::addColumn<Observed>("observed");
        QTest::addColumn<QList<qint64>>("unused");

        QTest::addRow("a privilege nothing touched fires")
            << Privileges { declared(1, QStringLiteral("db"), Scope::Read), declared(2, QStringLiteral("queue"), Scope::Write) }
            << Observed { seen(QStringLiteral("db"), QStringLiteral("select")) } << QList<qint64> { 2 };
        QTest::addRow("a privilege that was used does not fire")
            << Privileges { declared(1, QStringLiteral("db"), Scope::Read) }
            << Observed { seen(QStringLiteral("DB"), QStringLiteral("select")) } << QList<qint64> {};
        QTest::addRow("no evidence gives no verdict")
            << Privileges { declared(1, QStringLiteral("db"), Scope::Read) } << Observed {} << QList<qint64> {};
        QTest::addRow("a wildcard privilege is used by any target under it")
            << Privileges { declared(1, QStringLiteral("repo:*"), Scope::Write) }
            << Observed { seen(QStringLiteral("repo:web"), QStringLiteral("push")) } << QList<qint64> {};
        QTest::addRow("use beyond scope still counts as use")
            << Privileges { declared(1, QStringLiteral("db"), Scope::Read) }
            << Observed { seen(QStringLiteral("db"), QStringLiteral("delete")) } << QList<qint64> {};
        QTest::addRow("a privilege already marked for revocation is not reported")
            << Privileges { declared(1, QStringLiteral("db"), Scope::Read, PrivilegeStatus::PendingRevocation) }
            << Observed { seen(QStringLiteral("queue"), QStringLiteral("read")) } << QList<qint64> {};
    }

    void unusedPrivileges()
    {
        QFETCH(Privileges, privileges);
        QFETCH(Observed, observed);
        QFETCH(QList<qint64>, unused);
        const QVector<Finding> findings = unusedPrivilegeFindings(privileges, observed);
        QCOMPARE(findings.size(), unused.size());
        for (int i = 0; i < findings.size(); ++i) {
            QCOMPARE(findings[i].rule, QStringLiteral("F-UNUSED"));
            QCOMPARE(findings[i].severity, Severity::Low);
            QCOMPARE(findings[i].frameworks, QStringList { QStringLiteral("NHI5") });
            QCOMPARE(findings[i].privilegeId, unused[i]);
            // The reason names the evidence window it was judged over, in UTC, written as the UI locale does.
            for (const QDateTime &end : { start, start.addDays(6) }) {
                QVERIFY2(findings[i].reason.contains(QLocale().toString(end, QLocale::ShortFormat) + QStringLiteral(" UTC")),
                    qPrintable(findings[i].reason));
            }
        }
    }

    void everyFrameworkItemTheyNameIsInABuiltInCatalog()
    {
        // Otherwise the finding could not suggest a mapping for an analyst to confirm.
        const QVector<FrameworkCatalog> catalogs = FrameworkCatalog::builtIn();
        QVector<Finding> findings = undeclaredAccessFindings({}, { seen(QStringLiteral("db"), QStringLiteral("read")) });
        findings += unusedPrivilegeFindings({ declared(1, QStringLiteral("queue"), Scope::Read) },
                                            { seen(QStringLiteral("db"), QStringLiteral("read")) });
        QCOMPARE(findings.size(), 2);
        for (const Finding &finding : findings) {
            for (const QString &reference : finding.frameworks)
                QVERIFY2(resolveFrameworkReference(catalogs, reference), qPrintable(reference));
        }
    }

    void systemFindingsReportEvidenceOnlyWhenGiven()
    {
        using FindingsFixtures::rulesOf;
        const FindingsFixtures::Case c = FindingsFixtures::governed();
        SystemFindingInputs inputs = FindingsFixtures::inputsOf(c);
        const QStringList without = rulesOf(systemFindings(inputs));
        QVERIFY(!without.contains(QStringLiteral("F-UNDECLARED")));
        QVERIFY(!without.contains(QStringLiteral("F-UNUSED")));

        const Observed observed { seen(QStringLiteral("prod-cluster"), QStringLiteral("delete")) };
        inputs.observed = &observed;
        const QStringList with = rulesOf(systemFindings(inputs));
        QVERIFY(with.contains(QStringLiteral("F-UNDECLARED")));
        QVERIFY(with.contains(QStringLiteral("F-UNUSED")));
        QCOMPARE(highestSystemSeverity(inputs), highestSeverity(systemFindings(inputs)));
    }
};

QTEST_GUILESS_MAIN(TestEvidenceFindings)
#include "tst_evidencefindings.moc"
