// mandate-cli review end to end, on the built binary: a whole campaign from creation to sign-off
// driven by scripts (create, list, show --json, decide from files, sign-off and its remediation),
// and the refusals a scripted review meets, each leaving the workspace byte for byte as it was.
// The inventory is seeded through the Workspace API, since the CLI does not edit privileges.
#include "clitestsupport.h"

#include "domain/evidenceevent.h"
#include "storage/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace CliTest;
using namespace Mandate;

class TestCliReview : public QObject
{
    Q_OBJECT

    // The seeded workspace: Dana owns the deploy agent, Erin the support agent; the payroll app is
    // outside the campaign's scope ("agent").
    struct Seed
    {
        QString ws;
        qint64 deployAgent = 0;
        qint64 supportAgent = 0;
        qint64 adminPrivilege = 0; // deploy agent, prod-cluster, admin: high-risk
        qint64 repoPrivilege = 0;  // deploy agent, repo:payments, write
        qint64 crmPrivilege = 0;   // support agent, crm, read
        qint64 campaign = 0;
        QHash<QString, qint64> items; // "<system id>/<kind>" or "privilege/<privilege id>" -> item id
    };

    std::unique_ptr<QTemporaryDir> m_dir;

    Run cli(const QStringList &arguments) const { return runCli(m_dir->filePath(QStringLiteral("config")), arguments); }

    QString writeFile(const QString &name, const QByteArray &bytes) const
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return path;
    }

    static QByteArray decisionsFile(const QVector<std::tuple<qint64, const char *, const char *>> &decisions, bool bare = false)
    {
        QJsonArray array;
        for (const auto &[item, decision, justification] : decisions) {
            QJsonObject entry { { QStringLiteral("item"), item }, { QStringLiteral("decision"), QLatin1String(decision) } };
            if (justification)
                entry.insert(QStringLiteral("justification"), QString::fromUtf8(justification));
            array.append(entry);
        }
        const QJsonDocument document = bare ? QJsonDocument(array) : QJsonDocument(QJsonObject { { QStringLiteral("decisions"), array } });
        return document.toJson(QJsonDocument::Indented);
    }

    // Builds the inventory, imports evidence and creates the campaign through the CLI.
    bool seed(Seed *s)
    {
        s->ws = m_dir->filePath(QStringLiteral("review.mandate"));
        {
            WorkspaceError error;
            const std::unique_ptr<Workspace> workspace = Workspace::create(s->ws, &error);
            if (!workspace)
                return false;
            auto addSystem = [&](const char *name, SystemField ownerField, const char *owner) {
                AiSystem prototype;
                prototype.name = QLatin1String(name);
                const SystemId id = workspace->addSystem(prototype);
                workspace->setSystemOwner(id, ownerField, QLatin1String(owner));
                return id;
            };
            s->deployAgent = addSystem("Deploy agent", SystemField::TechnicalOwner, "Dana");
            s->supportAgent = addSystem("Support agent", SystemField::BusinessOwner, "Erin");
            addSystem("Payroll app", SystemField::BusinessOwner, "Frank");
            auto addPrivilege = [&](SystemId system, const char *target, Scope scope) {
                Privilege privilege;
                privilege.systemId = system;
                privilege.target = QLatin1String(target);
                privilege.scope = scope;
                return workspace->addPrivilege(privilege);
            };
            s->adminPrivilege = addPrivilege(s->deployAgent, "prod-cluster", Scope::Admin);
            s->repoPrivilege = addPrivilege(s->deployAgent, "repo:payments", Scope::Write);
            s->crmPrivilege = addPrivilege(s->supportAgent, "crm", Scope::Read);
            // The deploy agent used the cluster and read billing, which nothing declares.
            QVector<EvidenceEvent> events;
            for (const char *target : { "prod-cluster", "billing" }) {
                EvidenceEvent event;
                event.at = QDateTime(QDate(2026, 5, 1), QTime(10, 0), Qt::UTC);
                event.systemRef = QString::number(s->deployAgent);
                event.target = QLatin1String(target);
                event.action = QStringLiteral("read");
                events << event;
            }
            if (!s->adminPrivilege || !s->repoPrivilege || !s->crmPrivilege
                || !workspace->importEvidence(events, QStringLiteral("events.jsonl"), QStringLiteral("jsonl")))
                return false;
        }
        const Run created = cli({ QStringLiteral("review"), QStringLiteral("create"), s->ws, QStringLiteral("--name"),
            QStringLiteral("Q2 agents"), QStringLiteral("--reviewer"), QStringLiteral("Dana"), QStringLiteral("--reviewer"),
            QStringLiteral("Erin"), QStringLiteral("--scope"), QStringLiteral("agent"), QStringLiteral("--due"),
            QDate::currentDate().addDays(30).toString(Qt::ISODate) });
        bool ok = false;
        s->campaign = created.out.trimmed().toLongLong(&ok);
        if (created.exitCode != 0 || !ok) {
            qWarning() << created.err;
            return false;
        }
        const QJsonArray items = QJsonDocument::fromJson(cli({ QStringLiteral("review"), QStringLiteral("show"), s->ws,
            QString::number(s->campaign), QStringLiteral("--json") }).out.toUtf8()).object().value(QStringLiteral("items")).toArray();
        for (const QJsonValue &value : items) {
            const QJsonObject item = value.toObject();
            const QString kind = item.value(QStringLiteral("kind")).toString();
            const QString key = kind == QLatin1String("privilege")
                ? QStringLiteral("privilege/%1").arg(item.value(QStringLiteral("subject")).toObject()
                      .value(QStringLiteral("privilege")).toObject().value(QStringLiteral("id")).toInteger())
                : QStringLiteral("%1/%2").arg(item.value(QStringLiteral("system_id")).toInteger()).arg(kind);
            s->items.insert(key, item.value(QStringLiteral("id")).toInteger());
        }
        return s->items.size() == 11;
    }

    qint64 item(const Seed &s, qint64 system, const char *kind) const
    {
        return s.items.value(QStringLiteral("%1/%2").arg(system).arg(QLatin1String(kind)));
    }
    qint64 privilegeItem(const Seed &s, qint64 privilege) const
    {
        return s.items.value(QStringLiteral("privilege/%1").arg(privilege));
    }

    Run decide(const Seed &s, const QString &reviewer, const QByteArray &file) const
    {
        return cli({ QStringLiteral("review"), QStringLiteral("decide"), s.ws, QString::number(s.campaign),
            QStringLiteral("--reviewer"), reviewer, QStringLiteral("--decisions"), writeFile(QStringLiteral("decisions.json"), file) });
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup() { m_dir.reset(); }

    void aWholeCampaignRunsFromCreationToSignOff()
    {
        Seed s;
        QVERIFY(seed(&s));

        const QJsonArray list = QJsonDocument::fromJson(
            cli({ QStringLiteral("review"), QStringLiteral("list"), s.ws, QStringLiteral("--json") }).out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        const QJsonObject listed = list.at(0).toObject();
        QCOMPARE(listed.value(QStringLiteral("id")).toInteger(), s.campaign);
        QCOMPARE(listed.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        QCOMPARE(listed.value(QStringLiteral("reviewers")).toArray(), QJsonArray({ QStringLiteral("Dana"), QStringLiteral("Erin") }));
        QCOMPARE(listed.value(QStringLiteral("items")).toInt(), 11); // payroll app is out of scope
        QCOMPARE(listed.value(QStringLiteral("decided")).toInt(), 0);
        const Run text = cli({ QStringLiteral("review"), QStringLiteral("list"), s.ws });
        QVERIFY2(text.out.contains(QStringLiteral("Q2 agents")) && text.out.contains(QStringLiteral("0/11")), qPrintable(text.out));

        // show --json: the high-risk privilege says why, and the evidence its system's findings.
        const QJsonObject shown = QJsonDocument::fromJson(cli({ QStringLiteral("review"), QStringLiteral("show"), s.ws,
            QString::number(s.campaign), QStringLiteral("--json") }).out.toUtf8()).object();
        for (const QJsonValue &value : shown.value(QStringLiteral("items")).toArray()) {
            const QJsonObject shownItem = value.toObject();
            if (shownItem.value(QStringLiteral("id")).toInteger() == privilegeItem(s, s.adminPrivilege)) {
                QCOMPARE(shownItem.value(QStringLiteral("high_risk")).toArray(), QJsonArray({ QStringLiteral("admin_scope") }));
                QCOMPARE(shownItem.value(QStringLiteral("subject")).toObject().value(QStringLiteral("privilege")).toObject()
                             .value(QStringLiteral("target")).toString(), QStringLiteral("prod-cluster"));
            }
        }
        const QJsonObject evidence = shown.value(QStringLiteral("evidence")).toObject().value(QString::number(s.deployAgent)).toObject();
        QCOMPARE(evidence.value(QStringLiteral("window")).toObject().value(QStringLiteral("events")).toInt(), 2);
        QStringList rules;
        for (const QJsonValue &finding : evidence.value(QStringLiteral("findings")).toArray())
            rules << finding.toObject().value(QStringLiteral("rule")).toString();
        QCOMPARE(rules, QStringList({ QStringLiteral("F-UNDECLARED"), QStringLiteral("F-UNUSED") }));
        const Run shownText = cli({ QStringLiteral("review"), QStringLiteral("show"), s.ws, QString::number(s.campaign) });
        QVERIFY2(shownText.out.contains(QStringLiteral("admin scope")) && shownText.out.contains(QStringLiteral("billing")),
            qPrintable(shownText.out));

        // Erin decides the deploy agent (Dana owns it), Dana the support agent, from a bare array.
        const Run erin = decide(s, QStringLiteral("Erin"),
            decisionsFile({ { privilegeItem(s, s.adminPrivilege), "keep", "Deploys need it; break-glass reviewed monthly." },
                { privilegeItem(s, s.repoPrivilege), "revoke", nullptr }, { item(s, s.deployAgent, "owner"), "yes", nullptr },
                { item(s, s.deployAgent, "approval_gate"), "no", nullptr }, { item(s, s.deployAgent, "logging"), "yes", nullptr },
                { item(s, s.deployAgent, "offboarding"), "yes", nullptr } }));
        QCOMPARE(erin.exitCode, 0);
        QVERIFY2(erin.out.contains(QStringLiteral("Decisions recorded: 6")), qPrintable(erin.out));
        const Run dana = decide(s, QStringLiteral("Dana"),
            decisionsFile({ { privilegeItem(s, s.crmPrivilege), "reduce", nullptr }, { item(s, s.supportAgent, "owner"), "yes", nullptr },
                              { item(s, s.supportAgent, "approval_gate"), "yes", nullptr },
                              { item(s, s.supportAgent, "logging"), "no", nullptr },
                              { item(s, s.supportAgent, "offboarding"), "yes", nullptr } },
                true));
        QCOMPARE(dana.exitCode, 0);

        const Run signedOff = cli({ QStringLiteral("review"), QStringLiteral("signoff"), s.ws, QString::number(s.campaign),
            QStringLiteral("--reviewer"), QStringLiteral("Erin") });
        QCOMPARE(signedOff.exitCode, 0);
        QVERIFY2(signedOff.out.contains(QStringLiteral("pending revocation: 1, to be narrowed: 1")), qPrintable(signedOff.out));

        {
            WorkspaceError error;
            const std::unique_ptr<Workspace> workspace = Workspace::open(s.ws, &error);
            QVERIFY(workspace);
            QCOMPARE(workspace->privilege(s.repoPrivilege).status, PrivilegeStatus::PendingRevocation);
            QCOMPARE(workspace->privilege(s.crmPrivilege).status, PrivilegeStatus::ToNarrow);
            QCOMPARE(workspace->privilege(s.adminPrivilege).status, PrivilegeStatus::Active);
            const Campaign campaign = workspace->campaign(s.campaign);
            QCOMPARE(campaign.status, CampaignStatus::SignedOff);
            QCOMPARE(campaign.decided, 11);
            QCOMPARE(campaign.finishedBy, QStringLiteral("Erin"));
            // The audit log names the reviewers who decided.
            QStringList actors;
            for (const AuditEntry &entry : workspace->auditEntries())
                actors << entry.actor;
            QVERIFY2(actors.contains(QStringLiteral("Erin")) && actors.contains(QStringLiteral("Dana")), qPrintable(actors.join(u',')));
            QVERIFY(workspace->verifyAudit().ok);
        }

        // Frozen: a further decision is refused and changes nothing.
        const QByteArray before = fileHash(s.ws);
        const Run late = decide(s, QStringLiteral("Erin"), decisionsFile({ { item(s, s.deployAgent, "logging"), "no", nullptr } }));
        QCOMPARE(late.exitCode, 2);
        QVERIFY2(late.err.contains(QStringLiteral("frozen")), qPrintable(late.err));
        QCOMPARE(fileHash(s.ws), before);
    }

    void refusalsChangeNothing_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("reviewer");
        QTest::addColumn<QString>("decisions"); // placeholders: ADMIN, CRM (privilege items), SUPPORT_OWNER
        QTest::addColumn<QString>("expected");

        QTest::addRow("keeping a high-risk privilege without justification")
            << QStringLiteral("decide") << QStringLiteral("Erin") << QStringLiteral(R"({"decisions":[{"item":ADMIN,"decision":"keep"}]})") << QStringLiteral("needs a justification");
        QTest::addRow("a reviewer deciding an item of a system they own")
            << QStringLiteral("decide") << QStringLiteral("Dana") << QStringLiteral(R"({"decisions":[{"item":ADMIN,"decision":"revoke"}]})") << QStringLiteral("separation of duties");
        QTest::addRow("one bad entry refuses the whole file")
            << QStringLiteral("decide") << QStringLiteral("Dana") << QStringLiteral(R"([{"item":CRM,"decision":"keep"},{"item":999999,"decision":"revoke"}])") << QStringLiteral("999999");
        QTest::addRow("invalid JSON names the line")
            << QStringLiteral("decide") << QStringLiteral("Dana") << QStringLiteral("{\"decisions\": [\n  {\"item\": CRM,\n   \"decision\": keep}\n]}") << QStringLiteral("decisions.json: line 3");
        QTest::addRow("an unknown decision names the entry and the allowed ones")
            << QStringLiteral("decide") << QStringLiteral("Dana") << QStringLiteral(R"([{"item":CRM,"decision":"keep"},{"item":CRM,"decision":"maybe"}])")
            << QStringLiteral("decisions[1]: unknown decision \"maybe\"; use keep, reduce, revoke, unsure, yes, no");
        QTest::addRow("an entry without an item")
            << QStringLiteral("decide") << QStringLiteral("Dana") << QStringLiteral(R"([{"decision":"keep"}])") << QStringLiteral("decisions[0]: \"item\"");
        QTest::addRow("a question answered with keep")
            << QStringLiteral("decide") << QStringLiteral("Dana") << QStringLiteral(R"([{"item":SUPPORT_OWNER,"decision":"keep"}])") << QStringLiteral("is not a decision for it");
        QTest::addRow("a reviewer not of the campaign deciding")
            << QStringLiteral("decide") << QStringLiteral("Mallory") << QStringLiteral(R"([{"item":CRM,"decision":"keep"}])") << QStringLiteral("not a reviewer");
        QTest::addRow("a non-reviewer signing off") << QStringLiteral("signoff") << QStringLiteral("Mallory") << QStringLiteral("") << QStringLiteral("not a reviewer");
        QTest::addRow("sign-off with undecided items") << QStringLiteral("signoff") << QStringLiteral("Erin") << QStringLiteral("") << QStringLiteral("11 undecided");
    }

    void refusalsChangeNothing()
    {
        QFETCH(QString, action);
        QFETCH(QString, reviewer);
        QFETCH(QString, decisions);
        QFETCH(QString, expected);
        Seed s;
        QVERIFY(seed(&s));
        decisions.replace(QStringLiteral("ADMIN"), QString::number(privilegeItem(s, s.adminPrivilege)))
            .replace(QStringLiteral("CRM"), QString::number(privilegeItem(s, s.crmPrivilege)))
            .replace(QStringLiteral("SUPPORT_OWNER"), QString::number(item(s, s.supportAgent, "owner")));
        const QByteArray before = fileHash(s.ws);
        const Run run = action == QLatin1String("decide")
            ? decide(s, reviewer, decisions.toUtf8())
            : cli({ QStringLiteral("review"), action, s.ws, QString::number(s.campaign), QStringLiteral("--reviewer"), reviewer });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QCOMPARE(fileHash(s.ws), before);
    }

    void theCommandLineIsChecked_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addRow("create without a reviewer") << QStringList { QStringLiteral("create"), QStringLiteral("WS"), QStringLiteral("--name"), QStringLiteral("Q3") };
        QTest::addRow("create without a name") << QStringList { QStringLiteral("create"), QStringLiteral("WS"), QStringLiteral("--reviewer"), QStringLiteral("Dana") };
        QTest::addRow("decide without a decisions file") << QStringList { QStringLiteral("decide"), QStringLiteral("WS"), QStringLiteral("1"), QStringLiteral("--reviewer"), QStringLiteral("Dana") };
        QTest::addRow("signoff by two reviewers")
            << QStringList { QStringLiteral("signoff"), QStringLiteral("WS"), QStringLiteral("1"), QStringLiteral("--reviewer"), QStringLiteral("Dana"), QStringLiteral("--reviewer"), QStringLiteral("Erin") };
        QTest::addRow("an unknown action") << QStringList { QStringLiteral("reopen"), QStringLiteral("WS"), QStringLiteral("1") };
        QTest::addRow("show without a campaign") << QStringList { QStringLiteral("show"), QStringLiteral("WS") };
        QTest::addRow("a review option on another command") << QStringList { QStringLiteral("--reviewer"), QStringLiteral("Dana") };
    }

    void theCommandLineIsChecked()
    {
        QFETCH(QStringList, arguments);
        const QString ws = m_dir->filePath(QStringLiteral("usage.mandate"));
        QCOMPARE(cli({ QStringLiteral("init"), ws }).exitCode, 0);
        arguments.replaceInStrings(QStringLiteral("WS"), ws);
        const QStringList command = arguments.first() == QLatin1String("--reviewer")
            ? QStringList { QStringLiteral("list"), ws } + arguments
            : QStringList { QStringLiteral("review") } + arguments;
        const Run run = cli(command);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("usage:")), qPrintable(run.err));
    }

    void createRefusalsNameTheProblem()
    {
        Seed s;
        QVERIFY(seed(&s));
        const QByteArray before = fileHash(s.ws);
        const Run nothing = cli({ QStringLiteral("review"), QStringLiteral("create"), s.ws, QStringLiteral("--name"),
            QStringLiteral("Nobody"), QStringLiteral("--reviewer"), QStringLiteral("Dana"), QStringLiteral("--scope"),
            QStringLiteral("stage:production") });
        QCOMPARE(nothing.exitCode, 2);
        QVERIFY2(nothing.err.contains(QStringLiteral("covers no system")), qPrintable(nothing.err));
        const Run badDate = cli({ QStringLiteral("review"), QStringLiteral("create"), s.ws, QStringLiteral("--name"),
            QStringLiteral("Q3"), QStringLiteral("--reviewer"), QStringLiteral("Dana"), QStringLiteral("--due"), QStringLiteral("31.12.2026") });
        QCOMPARE(badDate.exitCode, 2);
        QVERIFY2(badDate.err.contains(QStringLiteral("YYYY-MM-DD")), qPrintable(badDate.err));
        const Run unknown = cli({ QStringLiteral("review"), QStringLiteral("show"), s.ws, QStringLiteral("42") });
        QCOMPARE(unknown.exitCode, 2);
        QCOMPARE(fileHash(s.ws), before);

        // close freezes without sign-off and remediates nothing.
        QCOMPARE(cli({ QStringLiteral("review"), QStringLiteral("close"), s.ws, QString::number(s.campaign) }).exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(
            cli({ QStringLiteral("review"), QStringLiteral("list"), s.ws, QStringLiteral("--json") }).out.toUtf8()).array();
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
    }
};

QTEST_GUILESS_MAIN(TestCliReview)
#include "tst_clireview.moc"
