// mandate-cli's reports end to end, on the built binary: findings (every rule's hits, most severe
// first) and coverage (how far the mappings cover each framework catalog), as text and as JSON.
#include "clitestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace CliTest;

class TestCliReports : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup() { m_dir.reset(); }

    void findingsListsEachFindingAsJsonOrText();
    void coverageCountsMappedPairsPerCatalog();

private:
    Run cli(const QStringList &arguments) const
    {
        return runCli(m_dir->filePath(QStringLiteral("config")), arguments);
    }

    QString newWorkspace(const QString &name = QStringLiteral("reports.mandate")) const
    {
        const QString path = m_dir->filePath(name);
        const Run run = cli({ QStringLiteral("init"), path });
        if (run.exitCode != 0)
            qWarning() << "init failed:" << run.err;
        return path;
    }

    qint64 addSystem(const QString &ws, const QString &name) const
    {
        const Run run = cli({ QStringLiteral("add"), ws, QStringLiteral("--name"), name });
        if (run.exitCode != 0)
            qWarning() << "add failed:" << run.err;
        return run.out.trimmed().toLongLong();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliReports::findingsListsEachFindingAsJsonOrText()
{
    const QString ws = newWorkspace();
    // An identity subject with no owner, plan or review, recorded as undecided: four findings of
    // its record; and a system nothing is known about, which gets none.
    const qint64 agent = addSystem(ws, QStringLiteral("Deploy agent"));
    addSystem(ws, QStringLiteral("Quiet model"));
    for (const auto &[field, value] : { std::pair { "selects_actions", "yes" }, std::pair { "uses_tools", "yes" },
             std::pair { "approval_gate", "none" } }) {
        QCOMPARE(cli({ QStringLiteral("set"), ws, QString::number(agent), QLatin1String(field), QLatin1String(value) })
                     .exitCode,
            0);
    }
    // An admin privilege without a justification, written as the privilege editor would store it.
    const qint64 privilege = sqlRows(ws,
        { QStringLiteral("INSERT INTO privileges (system_id, target, scope, logging) VALUES (%1, 'deploy-pipeline', "
                         "'admin', 'central')")
                .arg(agent),
            QStringLiteral("SELECT max(id) FROM privileges") })
                                 .value(0)
                                 .toLongLong();
    QVERIFY(privilege > 0);

    const Run json = cli({ QStringLiteral("findings"), ws, QStringLiteral("--json") });
    QCOMPARE(json.exitCode, 0);
    QJsonParseError error;
    const QJsonArray findings = QJsonDocument::fromJson(json.out.toUtf8(), &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QStringList rules;
    int previousSeverity = 3;
    const QStringList severities { QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high") };
    for (const QJsonValue &value : findings) {
        const QJsonObject object = value.toObject();
        for (const char *key :
            { "system_id", "system", "rule", "severity", "reason", "frameworks", "privilege_id", "credential_id" })
            QVERIFY2(object.contains(QLatin1String(key)), key);
        QCOMPARE(object.value(QStringLiteral("system_id")).toInteger(), agent);
        QCOMPARE(object.value(QStringLiteral("system")).toString(), QStringLiteral("Deploy agent"));
        QVERIFY(object.value(QStringLiteral("frameworks")).isArray());
        QVERIFY(object.value(QStringLiteral("credential_id")).isNull());
        const int severity = int(severities.indexOf(object.value(QStringLiteral("severity")).toString()));
        QVERIFY(severity >= 0 && severity <= previousSeverity); // most severe first
        previousSeverity = severity;
        rules << object.value(QStringLiteral("rule")).toString();
        if (rules.constLast() == QLatin1String("F-OVERPRIV")) {
            QCOMPARE(object.value(QStringLiteral("privilege_id")).toInteger(), privilege);
            QCOMPARE(object.value(QStringLiteral("severity")).toString(), QStringLiteral("high"));
            QVERIFY(object.value(QStringLiteral("frameworks")).toArray().contains(QStringLiteral("NHI5")));
            QVERIFY(object.value(QStringLiteral("reason")).toString().contains(QStringLiteral("deploy-pipeline")));
        } else {
            QVERIFY(object.value(QStringLiteral("privilege_id")).isNull());
        }
    }
    std::sort(rules.begin(), rules.end());
    QCOMPARE(rules,
        (QStringList { QStringLiteral("F-LABEL"), QStringLiteral("F-OFFBOARD"), QStringLiteral("F-OVERPRIV"),
            QStringLiteral("F-OWNER"), QStringLiteral("F-REVIEW-DUE") }));

    const Run text = cli({ QStringLiteral("findings"), ws });
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.err.isEmpty());
    const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), findings.size()); // one line per finding
    const auto overpriv = std::find_if(lines.cbegin(), lines.cend(),
        [](const QString &line) { return line.contains(QStringLiteral("F-OVERPRIV")); });
    QVERIFY(overpriv != lines.cend());
    QVERIFY(overpriv->startsWith(QStringLiteral("High"))); // the label; --json has the id
    QVERIFY(overpriv->contains(QStringLiteral("Deploy agent")));
    QVERIFY(overpriv->contains(QStringLiteral("deploy-pipeline")));

    QCOMPARE(cli({ QStringLiteral("findings"), newWorkspace(QStringLiteral("empty.mandate")), QStringLiteral("--json") }).out,
        QStringLiteral("[]\n"));
}


void TestCliReports::coverageCountsMappedPairsPerCatalog()
{
    const QString ws = newWorkspace();
    const qint64 agent = addSystem(ws, QStringLiteral("Deploy agent"));
    const qint64 bot = addSystem(ws, QStringLiteral("Support bot"));
    // Three analyst decisions on the agentic list, one on the NHI list, as the mappings panel stores them.
    sqlRows(ws,
        { QStringLiteral("INSERT INTO mappings (system_id, catalog_id, item_id, status) VALUES "
                         "(%1, 'owasp-agentic-2026', 'ASI03', 'mitigated'), "
                         "(%1, 'owasp-agentic-2026', 'ASI02', 'gap'), "
                         "(%2, 'owasp-agentic-2026', 'ASI03', 'not_applicable'), "
                         "(%2, 'owasp-nhi-2025', 'NHI1:2025', 'partial')")
                .arg(agent)
                .arg(bot) });

    const Run json = cli({ QStringLiteral("coverage"), ws, QStringLiteral("--json") });
    QCOMPARE(json.exitCode, 0);
    QJsonParseError error;
    const QJsonArray catalogs = QJsonDocument::fromJson(json.out.toUtf8(), &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(catalogs.size(), 4); // the four built-in catalogs, mapped or not
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &value : catalogs)
        byId.insert(value.toObject().value(QStringLiteral("catalog")).toString(), value.toObject());

    const QJsonObject agentic = byId.value(QStringLiteral("owasp-agentic-2026"));
    QCOMPARE(agentic.value(QStringLiteral("items")).toInt(), 10);
    QCOMPARE(agentic.value(QStringLiteral("mapped")).toInt(), 3);
    QCOMPARE(agentic.value(QStringLiteral("covered")).toInt(), 2);
    QCOMPARE(agentic.value(QStringLiteral("percent")).toDouble(), 66.7);
    QCOMPARE(agentic.value(QStringLiteral("gap")).toInt(), 1);
    QCOMPARE(agentic.value(QStringLiteral("mitigated")).toInt(), 1);
    QCOMPARE(agentic.value(QStringLiteral("not_applicable")).toInt(), 1);
    QVERIFY(!agentic.value(QStringLiteral("version")).toString().isEmpty());

    const QJsonObject nhi = byId.value(QStringLiteral("owasp-nhi-2025"));
    QCOMPARE(nhi.value(QStringLiteral("percent")).toDouble(), 0.0);
    QCOMPARE(nhi.value(QStringLiteral("partial")).toInt(), 1);
    // Nothing mapped is no figure at all, not 0 %.
    QVERIFY(byId.value(QStringLiteral("nist-csf")).value(QStringLiteral("percent")).isNull());

    const Run text = cli({ QStringLiteral("coverage"), ws });
    QCOMPARE(text.exitCode, 0);
    const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    const auto agenticLine = std::find_if(lines.cbegin(), lines.cend(),
        [](const QString &line) { return line.startsWith(QStringLiteral("owasp-agentic-2026")); });
    QVERIFY(agenticLine != lines.cend());
    QVERIFY2(agenticLine->contains(QStringLiteral("66.7 %")), qPrintable(*agenticLine));
    QVERIFY(agenticLine->contains(QStringLiteral("2 of 3 covered")));
    QVERIFY(text.out.contains(QStringLiteral("not mapped")));

    const Run missing = cli({ QStringLiteral("coverage"), m_dir->filePath(QStringLiteral("absent.mandate")) });
    QVERIFY(missing.exitCode != 0);
    QVERIFY(missing.err.contains(QStringLiteral("absent.mandate")));
}

QTEST_GUILESS_MAIN(TestCliReports)
#include "tst_clireports.moc"
