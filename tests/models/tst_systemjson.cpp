// SystemJson: the shape `mandate-cli list --json` and `show --json` promise to scripts.
#include "io/systemjson.h"
#include "rules/derivedfacts.h"
#include "storage/workspace.h"

#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Mandate;

class TestSystemJson : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void carriesTheKeysScriptsRelyOn();
    void derivedFactsFollowTheBehaviour_data();
    void derivedFactsFollowTheBehaviour();
    void attributesHoldEveryOtherFieldByItsColumnName();
    void ownersAppearByNameAndAbsentOwnersAsNull();
    void datesAndCadenceKeepTheirTypes();
    void customAttributesAreKeptButNeverHideANativeField();

private:
    QJsonObject json() const { return SystemJson::toJson(*m_workspace, *m_workspace->system(m_id)); }
    void set(SystemField field, const QString &value)
    {
        QVERIFY2(m_workspace->setSystemValue(m_id, field, value), qPrintable(m_workspace->lastError()));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    SystemId m_id = 0;
};

void TestSystemJson::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    WorkspaceError error;
    m_workspace = Workspace::create(m_dir->filePath(QStringLiteral("json.mandate")), &error);
    QVERIFY2(m_workspace, qPrintable(error.message()));
    AiSystem prototype;
    prototype.name = QStringLiteral("Claims triage");
    m_id = m_workspace->addSystem(prototype);
    QVERIFY(m_id > 0);
}

void TestSystemJson::cleanup()
{
    m_workspace.reset();
    m_dir.reset();
}

void TestSystemJson::carriesTheKeysScriptsRelyOn()
{
    set(SystemField::ExternalId, QStringLiteral("CMDB-0042"));
    const QJsonObject object = json();
    for (const char *key : { "id", "external_id", "name", "paradigm", "suggested_paradigm",
             "runtime_authority", "identity_subject", "nhi_risk", "access_footprint", "lifecycle_stage" }) {
        QVERIFY2(object.contains(QLatin1String(key)), key);
    }
    QVERIFY(object.value(QStringLiteral("attributes")).isObject());
    QVERIFY(object.value(QStringLiteral("rationale")).isObject());
    QCOMPARE(object.value(QStringLiteral("id")).toInteger(), m_id);
    QCOMPARE(object.value(QStringLiteral("name")).toString(), QStringLiteral("Claims triage"));
    QCOMPARE(object.value(QStringLiteral("external_id")).toString(), QStringLiteral("CMDB-0042"));
    QCOMPARE(object.value(QStringLiteral("paradigm")).toString(), QStringLiteral("undecided"));
    QCOMPARE(object.value(QStringLiteral("lifecycle_stage")).toString(), QStringLiteral("proposed"));
}

void TestSystemJson::derivedFactsFollowTheBehaviour_data()
{
    QTest::addColumn<QStringList>("behaviour"); // field=value pairs
    QTest::addColumn<QString>("identitySubject");
    QTest::addColumn<QString>("suggestedParadigm");

    QTest::addRow("an agent that picks tools with no approval gate is an identity subject")
        << QStringList { QStringLiteral("selects_actions=yes"), QStringLiteral("uses_tools=yes"),
               QStringLiteral("approval_gate=none") }
        << QStringLiteral("yes") << QStringLiteral("agentic");
    QTest::addRow("a content generator that selects no actions is generative and no identity subject")
        << QStringList { QStringLiteral("output_kind=content"), QStringLiteral("selects_actions=no"),
               QStringLiteral("uses_tools=no") }
        << QStringLiteral("no") << QStringLiteral("generative");
    QTest::addRow("a scoring model is predictive")
        << QStringList { QStringLiteral("output_kind=prediction"), QStringLiteral("selects_actions=no") }
        << QStringLiteral("no") << QStringLiteral("predictive");
}

void TestSystemJson::derivedFactsFollowTheBehaviour()
{
    QFETCH(QStringList, behaviour);
    QFETCH(QString, identitySubject);
    QFETCH(QString, suggestedParadigm);

    for (const QString &pair : behaviour) {
        const QStringList parts = pair.split(QLatin1Char('='));
        set(*fieldFromId(parts.at(0)), parts.at(1));
    }
    const QJsonObject object = json();
    QCOMPARE(object.value(QStringLiteral("identity_subject")).toString(), identitySubject);
    QCOMPARE(object.value(QStringLiteral("suggested_paradigm")).toString(), suggestedParadigm);

    // Every fact and its rationale is exactly what the rules say, so the CLI never disagrees with the window.
    const DerivedFacts facts = deriveFacts(*m_workspace->system(m_id));
    QCOMPARE(
        object.value(QStringLiteral("runtime_authority")).toString(), toId(facts.runtimeAuthority.value));
    QCOMPARE(object.value(QStringLiteral("nhi_risk")).toString(), toId(facts.nhiRisk.value));
    QCOMPARE(object.value(QStringLiteral("access_footprint")).toString(), toId(facts.accessFootprint.value));
    const QJsonObject rationale = object.value(QStringLiteral("rationale")).toObject();
    QCOMPARE(rationale.value(QStringLiteral("identity_subject")).toArray(),
        QJsonArray::fromStringList(facts.identitySubject.rationale));
    QCOMPARE(rationale.value(QStringLiteral("suggested_paradigm")).toArray(),
        QJsonArray::fromStringList(facts.suggestedParadigm.rationale));
    QCOMPARE(rationale.value(QStringLiteral("runtime_authority")).toArray(),
        QJsonArray::fromStringList(facts.runtimeAuthority.rationale));
    QVERIFY(!rationale.value(QStringLiteral("suggested_paradigm")).toArray().isEmpty());
}

void TestSystemJson::attributesHoldEveryOtherFieldByItsColumnName()
{
    set(SystemField::Vendor, QStringLiteral("Acme Analytics"));
    set(SystemField::ApprovalGate, QStringLiteral("per_action"));
    const QJsonObject attributes = json().value(QStringLiteral("attributes")).toObject();

    QSet<QString> expected;
    for (SystemField field : allSystemFields())
        expected << fieldId(field);
    for (const char *topLevel : { "external_id", "name", "paradigm", "lifecycle_stage", "custom_attributes" })
        expected.remove(QLatin1String(topLevel));
    const QStringList keys = attributes.keys();
    QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()), expected);
    QCOMPARE(attributes.value(QStringLiteral("vendor")).toString(), QStringLiteral("Acme Analytics"));
    QCOMPARE(attributes.value(QStringLiteral("approval_gate")).toString(), QStringLiteral("per_action"));
    QCOMPARE(attributes.value(QStringLiteral("uses_tools")).toString(), QStringLiteral("unknown"));
}

void TestSystemJson::ownersAppearByNameAndAbsentOwnersAsNull()
{
    QVERIFY(m_workspace->setSystemOwner(m_id, SystemField::BusinessOwner, QStringLiteral("Dana Scully")));
    const QJsonObject attributes = json().value(QStringLiteral("attributes")).toObject();
    QCOMPARE(attributes.value(QStringLiteral("business_owner")).toString(), QStringLiteral("Dana Scully"));
    QVERIFY(attributes.value(QStringLiteral("technical_owner")).isNull());
    QVERIFY(attributes.value(QStringLiteral("risk_owner")).isNull());
}

void TestSystemJson::datesAndCadenceKeepTheirTypes()
{
    QJsonObject attributes = json().value(QStringLiteral("attributes")).toObject();
    QVERIFY(attributes.value(QStringLiteral("last_reviewed")).isNull());
    QCOMPARE(attributes.value(QStringLiteral("review_cadence_days")).toInt(-1), 0);

    set(SystemField::LastReviewed, QStringLiteral("2026-01-31"));
    set(SystemField::ReviewCadenceDays, QStringLiteral("30"));
    attributes = json().value(QStringLiteral("attributes")).toObject();
    QCOMPARE(attributes.value(QStringLiteral("last_reviewed")).toString(), QStringLiteral("2026-01-31"));
    QVERIFY(attributes.value(QStringLiteral("review_cadence_days")).isDouble());
    QCOMPARE(attributes.value(QStringLiteral("review_cadence_days")).toInt(), 30);
}

void TestSystemJson::customAttributesAreKeptButNeverHideANativeField()
{
    set(SystemField::Vendor, QStringLiteral("Acme Analytics"));
    set(SystemField::CustomAttributes,
        QStringLiteral(R"({"cost_centre":"CC-12","vendor":"imported vendor"})"));
    const QJsonObject attributes = json().value(QStringLiteral("attributes")).toObject();
    QCOMPARE(attributes.value(QStringLiteral("cost_centre")).toString(), QStringLiteral("CC-12"));
    QCOMPARE(attributes.value(QStringLiteral("vendor")).toString(), QStringLiteral("Acme Analytics"));
}

QTEST_GUILESS_MAIN(TestSystemJson)
#include "tst_systemjson.moc"
