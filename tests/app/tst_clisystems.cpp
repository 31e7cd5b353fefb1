// mandate-cli on systems, end to end on the built binary: add prints the new id, set changes one
// field (audited) or refuses bad input and changes nothing, derived facts follow the behaviour,
// list as JSON and as an aligned table, the filter matches every word as the window does, and show
// prints one system as text or JSON.
#include "clitestcase.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace CliTest;

class TestCliSystems : public CliTestCase
{
    Q_OBJECT

private slots:
    void addPrintsTheNewId();
    void addRefusesAnEmptyName_data();
    void addRefusesAnEmptyName();
    void setChangesAFieldAndAuditsIt_data();
    void setChangesAFieldAndAuditsIt();
    void setRefusesBadInputAndChangesNothing_data();
    void setRefusesBadInputAndChangesNothing();
    void setToTheSameValueWritesNothing();
    void derivedFactsFollowTheBehaviour();
    void listJsonHasTheDocumentedKeys();
    void listTextIsAnAlignedTable();
    void filterMatchesEveryWordLikeTheWindow_data();
    void filterMatchesEveryWordLikeTheWindow();
    void showPrintsOneSystemAsTextOrJson();

private:
    QString filterWorkspace();

    QTemporaryDir m_shared; // for fixtures that rows only read
    QString m_filterWorkspace;
};

void TestCliSystems::addPrintsTheNewId()
{
    const QString ws = newWorkspace();
    const Run first
        = cli({ QStringLiteral("add"), ws, QStringLiteral("--name"), QStringLiteral("Claims triage") });
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(
        QRegularExpression(QStringLiteral("^\\d+\\n$")).match(first.out).hasMatch(), qPrintable(first.out));
    const qint64 second = addSystem(ws, QStringLiteral("Code review agent"));
    QVERIFY(second > 0);
    QVERIFY(second != first.out.trimmed().toLongLong());

    const QJsonArray systems = listJson(ws);
    QCOMPARE(systems.size(), 2);
    QCOMPARE(
        systems.at(0).toObject().value(QStringLiteral("id")).toInteger(), first.out.trimmed().toLongLong());
    QCOMPARE(
        systems.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Claims triage"));
    QCOMPARE(systems.at(1).toObject().value(QStringLiteral("id")).toInteger(), second);
}

void TestCliSystems::addRefusesAnEmptyName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addRow("an empty name") << QString();
    QTest::addRow("a name of blanks") << QStringLiteral("   ");
}

void TestCliSystems::addRefusesAnEmptyName()
{
    QFETCH(QString, name);
    const QString ws = newWorkspace();
    const QByteArray before = fileHash(ws);
    const Run run = cli({ QStringLiteral("add"), ws, QStringLiteral("--name"), name });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(QStringLiteral("mandate-cli: ") + ws), qPrintable(run.err));
    QCOMPARE(fileHash(ws), before);
}

void TestCliSystems::setChangesAFieldAndAuditsIt_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("key"); // in show --json; "attributes/x" for an attribute
    QTest::addColumn<QJsonValue>("expected");
    QTest::addColumn<QString>("auditField");

    const auto row = [](const char *name, const char *field, const QString &value, const char *key,
                         const QJsonValue &expected, const char *auditField) {
        QTest::addRow("%s", name) << QString::fromLatin1(field) << value << QString::fromLatin1(key)
                                  << expected << QString::fromLatin1(auditField);
    };
    row("a vendor", "vendor", QStringLiteral("Acme Analytics"), "attributes/vendor",
        QStringLiteral("Acme Analytics"), "vendor");
    row("a new name", "name", QStringLiteral("Claims triage v2"), "name", QStringLiteral("Claims triage v2"),
        "name");
    row("the recorded paradigm", "paradigm", QStringLiteral("agentic"), "paradigm", QStringLiteral("agentic"),
        "paradigm");
    row("a tristate given in capitals", "uses_tools", QStringLiteral("YES"), "attributes/uses_tools",
        QStringLiteral("yes"), "uses_tools");
    row("a tristate set to unknown", "multi_agent", QStringLiteral("unknown"), "attributes/multi_agent",
        QStringLiteral("unknown"), "");
    row("an approval gate", "approval_gate", QStringLiteral("per_action"), "attributes/approval_gate",
        QStringLiteral("per_action"), "approval_gate");
    row("a lifecycle stage", "lifecycle_stage", QStringLiteral("production"), "lifecycle_stage",
        QStringLiteral("production"), "lifecycle_stage");
    row("a review cadence", "review_cadence_days", QStringLiteral("30"), "attributes/review_cadence_days", 30,
        "review_cadence_days");
    row("a review date", "last_reviewed", QStringLiteral("2026-01-31"), "attributes/last_reviewed",
        QStringLiteral("2026-01-31"), "last_reviewed");
    row("a business owner by name", "business_owner", QStringLiteral("Dana Scully"),
        "attributes/business_owner", QStringLiteral("Dana Scully"), "business_owner");
    row("a field id in capitals", "VENDOR", QStringLiteral("Initech"), "attributes/vendor",
        QStringLiteral("Initech"), "vendor");
    row("custom attributes", "custom_attributes", QStringLiteral(R"({"cost_centre":"CC-12"})"),
        "attributes/cost_centre", QStringLiteral("CC-12"), "custom_attributes");
}

void TestCliSystems::setChangesAFieldAndAuditsIt()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, key);
    QFETCH(QJsonValue, expected);
    QFETCH(QString, auditField);

    const QString ws = newWorkspace();
    const qint64 id = addSystem(ws, QStringLiteral("Claims triage"));
    const int entriesBefore = auditCount(ws);

    const Run run = cli({ QStringLiteral("set"), ws, QString::number(id), field, value });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));

    QJsonObject object = showJson(ws, id);
    const QStringList path = key.split(QLatin1Char('/'));
    if (path.size() == 2)
        object = object.value(path.first()).toObject();
    QCOMPARE(object.value(path.last()), expected);

    if (auditField.isEmpty()) { // the value it already had: nothing to record
        QCOMPARE(auditCount(ws), entriesBefore);
        return;
    }
    QVERIFY(auditCount(ws) > entriesBefore);
    const QVariantList last = sqlRows(ws,
        { QStringLiteral("SELECT field || '|' || actor || '|' || entity_id FROM audit_log "
                         "ORDER BY sequence DESC LIMIT 1") });
    QCOMPARE(last.value(0).toString(), QStringLiteral("%1|%2|%3").arg(auditField, kActor).arg(id));
    QCOMPARE(cli({ QStringLiteral("verify"), ws }).exitCode, 0);
}

void TestCliSystems::setRefusesBadInputAndChangesNothing_data()
{
    QTest::addColumn<QStringList>("arguments"); // after "set WS"; "ID" stands for the system's id
    QTest::addColumn<QString>("message"); // what the one error line must name

    const auto row = [](const char *name, const QStringList &arguments, const QString &message) {
        QTest::addRow("%s", name) << arguments << message;
    };
    row("a tristate that is not yes, no or unknown",
        { QStringLiteral("ID"), QStringLiteral("uses_tools"), QStringLiteral("maybe") },
        QStringLiteral("uses_tools"));
    row("an approval gate that does not exist",
        { QStringLiteral("ID"), QStringLiteral("approval_gate"), QStringLiteral("sometimes") },
        QStringLiteral("approval_gate"));
    row("a paradigm label instead of its id",
        { QStringLiteral("ID"), QStringLiteral("paradigm"), QStringLiteral("Agentic AI") },
        QStringLiteral("paradigm"));
    row("a lifecycle stage that does not exist",
        { QStringLiteral("ID"), QStringLiteral("lifecycle_stage"), QStringLiteral("live") },
        QStringLiteral("lifecycle_stage"));
    row("a negative review cadence",
        { QStringLiteral("ID"), QStringLiteral("review_cadence_days"), QStringLiteral("--"),
            QStringLiteral("-1") },
        QStringLiteral("review_cadence_days"));
    row("a review cadence in words",
        { QStringLiteral("ID"), QStringLiteral("review_cadence_days"), QStringLiteral("ninety") },
        QStringLiteral("review_cadence_days"));
    row("a date in another format",
        { QStringLiteral("ID"), QStringLiteral("last_reviewed"), QStringLiteral("31/01/2026") },
        QStringLiteral("last_reviewed"));
    row("a date that does not exist",
        { QStringLiteral("ID"), QStringLiteral("last_reviewed"), QStringLiteral("2026-02-30") },
        QStringLiteral("last_reviewed"));
    row("an empty name", { QStringLiteral("ID"), QStringLiteral("name"), QString() }, QStringLiteral("name"));
    row("a name of blanks", { QStringLiteral("ID"), QStringLiteral("name"), QStringLiteral("  ") },
        QStringLiteral("name"));
    row("custom attributes that are not an object",
        { QStringLiteral("ID"), QStringLiteral("custom_attributes"), QStringLiteral("[1, 2]") },
        QStringLiteral("custom_attributes"));
    row("an unknown field", { QStringLiteral("ID"), QStringLiteral("colour"), QStringLiteral("blue") },
        QStringLiteral("colour"));
    row("an unknown system id", { QStringLiteral("999"), QStringLiteral("vendor"), QStringLiteral("Acme") },
        QStringLiteral("no system with id 999"));
    row("a system id that is not a number",
        { QStringLiteral("abc"), QStringLiteral("vendor"), QStringLiteral("Acme") },
        QStringLiteral("no system with id abc"));
}

void TestCliSystems::setRefusesBadInputAndChangesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString ws = newWorkspace();
    const qint64 id = addSystem(ws, QStringLiteral("Claims triage"));
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^ID$")), QString::number(id));
    const QByteArray before = fileHash(ws);

    const Run run = cli(QStringList { QStringLiteral("set"), ws } + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(
        run.err.startsWith(QStringLiteral("mandate-cli: ") + ws + QStringLiteral(": ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QCOMPARE(fileHash(ws), before);
}

void TestCliSystems::setToTheSameValueWritesNothing()
{
    const QString ws = newWorkspace();
    const qint64 id = addSystem(ws, QStringLiteral("Claims triage"));
    const QStringList setVendor { QStringLiteral("set"), ws, QString::number(id), QStringLiteral("vendor"),
        QStringLiteral("Acme") };
    const QStringList setOwner { QStringLiteral("set"), ws, QString::number(id), QStringLiteral("risk_owner"),
        QStringLiteral("Dana Scully") };
    QCOMPARE(cli(setVendor).exitCode, 0);
    QCOMPARE(cli(setOwner).exitCode, 0);
    const int entries = auditCount(ws);

    QCOMPARE(cli(setVendor).exitCode, 0);
    QCOMPARE(cli(setOwner).exitCode, 0);
    QCOMPARE(cli({ QStringLiteral("set"), ws, QString::number(id), QStringLiteral("risk_owner"),
                     QStringLiteral("dana scully") })
                 .exitCode,
        0);
    QCOMPARE(auditCount(ws), entries);
}

void TestCliSystems::derivedFactsFollowTheBehaviour()
{
    const QString ws = newWorkspace();
    const qint64 id = addSystem(ws, QStringLiteral("Deploy agent"));
    for (const char *field : { "selects_actions", "uses_tools" })
        QCOMPARE(cli({ QStringLiteral("set"), ws, QString::number(id), QLatin1String(field),
                         QStringLiteral("yes") })
                     .exitCode,
            0);
    QCOMPARE(cli({ QStringLiteral("set"), ws, QString::number(id), QStringLiteral("approval_gate"),
                     QStringLiteral("none") })
                 .exitCode,
        0);

    const QJsonObject object = showJson(ws, id);
    QCOMPARE(object.value(QStringLiteral("identity_subject")).toString(), QStringLiteral("yes"));
    QCOMPARE(object.value(QStringLiteral("nhi_risk")).toString(), QStringLiteral("yes"));
    QCOMPARE(object.value(QStringLiteral("suggested_paradigm")).toString(), QStringLiteral("agentic"));
    QCOMPARE(object.value(QStringLiteral("paradigm")).toString(), QStringLiteral("undecided"));
    const QJsonObject rationale = object.value(QStringLiteral("rationale")).toObject();
    QVERIFY(!rationale.value(QStringLiteral("identity_subject")).toArray().isEmpty());
}

void TestCliSystems::listJsonHasTheDocumentedKeys()
{
    const QString ws = newWorkspace();
    const qint64 first = addSystem(ws, QStringLiteral("Claims triage"));
    const qint64 second = addSystem(ws, QStringLiteral("Code review agent"));
    const QJsonArray systems = listJson(ws);
    QCOMPARE(systems.size(), 2);
    for (const QJsonValue &value : systems) {
        const QJsonObject object = value.toObject();
        for (const char *key : { "id", "name", "paradigm", "suggested_paradigm", "runtime_authority",
                 "identity_subject", "nhi_risk", "lifecycle_stage" }) {
            QVERIFY2(object.contains(QLatin1String(key)), key);
        }
        QVERIFY(object.value(QStringLiteral("attributes")).toObject().contains(QStringLiteral("vendor")));
    }
    QCOMPARE(systems.at(0).toObject().value(QStringLiteral("id")).toInteger(), first);
    QCOMPARE(systems.at(1).toObject().value(QStringLiteral("id")).toInteger(), second);
    QCOMPARE(systems.at(1).toObject().value(QStringLiteral("lifecycle_stage")).toString(),
        QStringLiteral("proposed"));
}

void TestCliSystems::listTextIsAnAlignedTable()
{
    const QString ws = newWorkspace();
    addSystem(ws, QStringLiteral("Claims triage"));
    addSystem(ws, QStringLiteral("A much longer system name for alignment"));
    const Run run = cli({ QStringLiteral("list"), ws });
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(1).contains(QStringLiteral("Claims triage")));
    const int paradigmColumn = lines.at(0).indexOf(QStringLiteral("Paradigm"));
    const int lifecycleColumn = lines.at(0).indexOf(QStringLiteral("Lifecycle"));
    QVERIFY(paradigmColumn > 0 && lifecycleColumn > paradigmColumn);
    for (int i = 1; i < lines.size(); ++i) {
        // Labels, as in the window (English here); --json keeps the ids.
        QCOMPARE(lines.at(i).indexOf(QStringLiteral("Undecided")), paradigmColumn);
        QCOMPARE(lines.at(i).indexOf(QStringLiteral("Proposed")), lifecycleColumn);
    }
}

void TestCliSystems::filterMatchesEveryWordLikeTheWindow_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("names");
    const QString claims = QStringLiteral("Claims triage model");
    const QString review = QStringLiteral("Code review agent");
    const QString copy = QStringLiteral("Marketing copy writer");
    QTest::addRow("a vendor in other case") << QStringLiteral("ACME") << QStringList { claims };
    QTest::addRow("part of an owner's name") << QStringLiteral("scull") << QStringList { review };
    QTest::addRow("every word must match") << QStringLiteral("review dana") << QStringList { review };
    QTest::addRow("words may match different fields")
        << QStringLiteral("globex agent") << QStringList { review };
    QTest::addRow("a word from a description") << QStringLiteral("campaign") << QStringList { copy };
    QTest::addRow("a word found in several systems")
        << QStringLiteral("review") << QStringList { review, copy };
    QTest::addRow("words that no one system has") << QStringLiteral("claims globex") << QStringList {};
    QTest::addRow("an empty filter") << QString() << QStringList { claims, review, copy };
}

QString TestCliSystems::filterWorkspace()
{
    // Built once for all rows: the rows only read it.
    if (!m_filterWorkspace.isEmpty())
        return m_filterWorkspace;
    const QString ws = m_shared.filePath(QStringLiteral("filter.mandate"));
    if (cli({ QStringLiteral("init"), ws }).exitCode != 0)
        return {};
    const auto set = [&](qint64 id, const char *field, const QString &value) {
        return cli({ QStringLiteral("set"), ws, QString::number(id), QLatin1String(field), value }).exitCode
            == 0;
    };
    const qint64 claims = addSystem(ws, QStringLiteral("Claims triage model"));
    const qint64 review = addSystem(ws, QStringLiteral("Code review agent"));
    const qint64 copy = addSystem(ws, QStringLiteral("Marketing copy writer"));
    if (set(claims, "vendor", QStringLiteral("Acme Analytics"))
        && set(claims, "description", QStringLiteral("Scores incoming insurance claims"))
        && set(review, "vendor", QStringLiteral("Globex"))
        && set(review, "business_owner", QStringLiteral("Dana Scully"))
        && set(copy, "vendor", QStringLiteral("Initech"))
        && set(copy, "description", QStringLiteral("Drafts campaign text for human review")))
        m_filterWorkspace = ws;
    return m_filterWorkspace;
}

void TestCliSystems::filterMatchesEveryWordLikeTheWindow()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, names);
    const QString ws = filterWorkspace();
    QVERIFY(!ws.isEmpty());

    QStringList found;
    for (const QJsonValue &value : listJson(ws, { QStringLiteral("--filter"), filter }))
        found << value.toObject().value(QStringLiteral("name")).toString();
    QCOMPARE(found, names);

    const Run text = cli({ QStringLiteral("list"), ws, QStringLiteral("--filter"), filter });
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), names.size() + 1);
}

void TestCliSystems::showPrintsOneSystemAsTextOrJson()
{
    const QString ws = newWorkspace();
    const qint64 id = addSystem(ws, QStringLiteral("Claims triage"));
    QCOMPARE(cli({ QStringLiteral("set"), ws, QString::number(id), QStringLiteral("vendor"),
                     QStringLiteral("Acme Analytics") })
                 .exitCode,
        0);

    const Run text = cli({ QStringLiteral("show"), ws, QString::number(id) });
    QCOMPARE(text.exitCode, 0);
    for (const char *expected :
        { "Claims triage", "Acme Analytics", "approval_gate", "identity_subject", "suggested_paradigm" }) {
        QVERIFY2(text.out.contains(QLatin1String(expected)), expected);
    }

    const QJsonObject object = showJson(ws, id);
    QCOMPARE(object.value(QStringLiteral("id")).toInteger(), id);
    QCOMPARE(object.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("vendor")).toString(),
        QStringLiteral("Acme Analytics"));
    QVERIFY(object.value(QStringLiteral("rationale")).isObject());

    const Run unknown = cli({ QStringLiteral("show"), ws, QStringLiteral("4711") });
    QCOMPARE(unknown.exitCode, 2);
    QCOMPARE(unknown.err, QStringLiteral("mandate-cli: %1: no system with id 4711\n").arg(ws));
}

QTEST_GUILESS_MAIN(TestCliSystems)
#include "tst_clisystems.moc"
