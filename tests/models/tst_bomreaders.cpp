// BomReaders: AI bills of materials (CycloneDX 1.6/1.7, SPDX 3.0.1 AI profile) become inventory
// records that keep every field, with native field ids where the standard says what a value means,
// and documents that are not what they claim are refused naming the value or element at fault.
#include "io/bomreaders.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Mandate;

class TestBomReaders : public QObject
{
    Q_OBJECT

private slots:
    void detectsTheFormat_data();
    void detectsTheFormat();
    void readsTheCycloneDxExample();
    void cycloneDxFields_data();
    void cycloneDxFields();
    void findsNestedModelsInDocumentOrder();
    void refusesBadCycloneDx_data();
    void refusesBadCycloneDx();
    void readsTheSpdxExample();
    void spdxFields_data();
    void spdxFields();
    void refusesBadSpdx_data();
    void refusesBadSpdx();
};

namespace {

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        qFatal("test document does not parse: %s", qPrintable(parseError.errorString()));
    return doc.object();
}

// A null QString when the record lacks the field, so "absent" and "empty" differ in failures.
QString field(const InventoryRecord &record, const QString &name)
{
    for (const auto &pair : record.fields) {
        if (pair.first == name)
            return pair.second;
    }
    return QString();
}

QJsonObject sharedExample(const QString &name)
{
    const QString shared = qEnvironmentVariable("MANDATE_SHARED_DIR");
    QFile file(shared + QStringLiteral("/reference/examples/") + name);
    if (shared.isEmpty() || !file.open(QIODevice::ReadOnly))
        return QJsonObject();
    return parse(file.readAll());
}

QByteArray cdx(const QByteArray &components, const QByteArray &extra = QByteArray())
{
    return R"({"bomFormat": "CycloneDX", "specVersion": "1.6", "components": )" + components + extra + "}";
}

// An ai_AIPackage with every field SPDX requires, plus what `extra` adds; `drop` removes one.
QByteArray spdx(const QByteArray &extra = QByteArray(), const QString &drop = QString(),
                const QByteArray &moreElements = QByteArray())
{
    QJsonObject package = parse(R"({"type": "ai_AIPackage", "spdxId": "urn:pkg:1", "name": "scorer",
        "creationInfo": "_:ci", "suppliedBy": "urn:org:1", "releaseTime": "2026-01-01T00:00:00Z",
        "software_downloadLocation": "https://example.com/m", "software_packageVersion": "1.0",
        "software_primaryPurpose": "model"})");
    const QJsonObject additions = parse("{" + extra + "}");
    for (auto it = additions.begin(); it != additions.end(); ++it)
        package.insert(it.key(), it.value());
    if (!drop.isEmpty())
        package.remove(drop);
    return R"({"@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld", "@graph": [
        {"type": "CreationInfo", "@id": "_:ci", "specVersion": "3.0.1", "created": "2026-01-01T00:00:00Z"},
        {"type": "Organization", "spdxId": "urn:org:1", "creationInfo": "_:ci", "name": "Acme"},
        )" + QJsonDocument(package).toJson(QJsonDocument::Compact) + moreElements + "]}";
}

} // namespace

void TestBomReaders::detectsTheFormat_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("cycloneDx");
    QTest::addColumn<bool>("spdx");
    QTest::addRow("a CycloneDX bom is CycloneDX") << cdx("[]") << true << false;
    QTest::addRow("an SPDX 3 graph is SPDX") << spdx() << false << true;
    QTest::addRow("an SPDX context in a list is SPDX")
        << QByteArray(R"({"@context": ["https://spdx.org/rdf/3.0.1/spdx-context.jsonld"], "@graph": []})") << false
        << true;
    QTest::addRow("a plain systems list is neither") << QByteArray(R"({"systems": []})") << false << false;
}

void TestBomReaders::detectsTheFormat()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, cycloneDx);
    QFETCH(bool, spdx);
    QCOMPARE(BomReaders::looksLikeCycloneDx(parse(json)), cycloneDx);
    QCOMPARE(BomReaders::looksLikeSpdx(parse(json)), spdx);
}

void TestBomReaders::readsTheCycloneDxExample()
{
    const QJsonObject document = sharedExample(QStringLiteral("cyclonedx-1.6-mlbom-minimal.json"));
    if (document.isEmpty())
        QSKIP("The CycloneDX example is not here (set MANDATE_SHARED_DIR to the shared folder)");
    QVector<InventoryRecord> records;
    ReadError error;
    QVERIFY2(BomReaders::readCycloneDx(document, &records, &error), qPrintable(error.reason));
    QCOMPARE(records.size(), 1); // the application and the data set are not AI systems of their own
    const InventoryRecord &model = records.first();
    QCOMPARE(model.line, 2); // after the application in metadata
    const QList<QPair<QString, QString>> expected = {
        { QStringLiteral("external_id"), QStringLiteral("model-triage-classifier") },
        { QStringLiteral("name"), QStringLiteral("triage-classifier") },
        { QStringLiteral("vendor"), QStringLiteral("Example Corp") },
        { QStringLiteral("output_kind"), QStringLiteral("prediction") },
        { QStringLiteral("paradigm"), QStringLiteral("predictive") },
        { QStringLiteral("depended_on_by"), QStringLiteral("support-triage-agent") },
        { QStringLiteral("depends_on"), QStringLiteral("support-tickets-2025") },
        { QStringLiteral("version"), QStringLiteral("1.4.0") },
        { QStringLiteral("licenses.0.license.id"), QStringLiteral("Apache-2.0") },
        { QStringLiteral("modelCard.modelParameters.approach.type"), QStringLiteral("supervised") },
        { QStringLiteral("modelCard.modelParameters.task"), QStringLiteral("text-classification") },
        { QStringLiteral("modelCard.considerations.technicalLimitations"), QStringLiteral("English-only") },
        { QStringLiteral("modelCard.considerations.ethicalConsiderations.0.mitigationStrategy"),
          QStringLiteral("human review of low-confidence results") },
        { QStringLiteral("modelCard.quantitativeAnalysis.performanceMetrics.0.value"), QStringLiteral("0.91") },
        { QStringLiteral("property.example:autonomy"), QStringLiteral("human-in-the-loop") },
    };
    for (const auto &pair : expected)
        QCOMPARE(field(model, pair.first), pair.second);
    QVERIFY(field(model, QStringLiteral("supplier.name")).isNull()); // it is the vendor, not kept twice
}

void TestBomReaders::cycloneDxFields_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected"); // a null QString: the field is absent

    const QByteArray model = R"({"type": "machine-learning-model", "name": "m")";
    QTest::addRow("the vendor falls back to the manufacturer")
        << cdx("[" + model + R"(, "manufacturer": {"name": "Maker"}}])") << "vendor" << "Maker";
    QTest::addRow("the vendor falls back to the first author")
        << cdx("[" + model + R"(, "authors": [{"name": "Ann"}, {"name": "Bo"}]}])") << "vendor" << "Ann";
    QTest::addRow("the vendor falls back to the publisher")
        << cdx("[" + model + R"(, "publisher": "Pub"}])") << "vendor" << "Pub";
    QTest::addRow("without a bom-ref the external id is name@version")
        << cdx("[" + model + R"(, "version": "2.0"}])") << "external_id" << "m@2.0";
    QTest::addRow("the description is kept") << cdx("[" + model + R"(, "description": "Scores"}])")
                                             << "description" << "Scores";
    QTest::addRow("a text generation task hints content")
        << cdx("[" + model + R"(, "modelCard": {"modelParameters": {"task": "text-generation"}}}])")
        << "output_kind" << "content";
    QTest::addRow("a text generation task hints the generative paradigm")
        << cdx("[" + model + R"(, "modelCard": {"modelParameters": {"task": "text-generation"}}}])")
        << "paradigm" << "generative";
    QTest::addRow("a regression task hints prediction")
        << cdx("[" + model + R"(, "modelCard": {"modelParameters": {"task": "regression"}}}])")
        << "output_kind" << "prediction";
    QTest::addRow("an unclear task gives no hint")
        << cdx("[" + model + R"(, "modelCard": {"modelParameters": {"task": "question-answering"}}}])")
        << "output_kind" << QString();
    QTest::addRow("a mandate-prefixed property sets the native field")
        << cdx("[" + model + R"(, "properties": [{"name": "mandate:uses_tools", "value": "yes"}]}])")
        << "uses_tools" << "yes";
    QTest::addRow("a property named like a field sets it")
        << cdx("[" + model + R"(, "properties": [{"name": "approval_gate", "value": "per_action"}]}])")
        << "approval_gate" << "per_action";
    QTest::addRow("a model card property sets the native field")
        << cdx("[" + model + R"(, "modelCard": {"properties": [{"name": "mandate:selects_actions", "value": "no"}]}}])")
        << "selects_actions" << "no";
    QTest::addRow("an explicit property wins over the task hint")
        << cdx("[" + model
               + R"(, "modelCard": {"modelParameters": {"task": "text-generation"}},
                   "properties": [{"name": "mandate:output_kind", "value": "action"}]}])")
        << "output_kind" << "action";
    QTest::addRow("other properties are kept by name")
        << cdx("[" + model + R"(, "properties": [{"name": "team", "value": "ops"}]}])") << "property.team" << "ops";
    QTest::addRow("repeated properties are joined")
        << cdx("[" + model + R"(, "properties": [{"name": "tag", "value": "a"}, {"name": "tag", "value": "b"}]}])")
        << "property.tag" << "a; b";
    QTest::addRow("a property cannot rename the component")
        << cdx("[" + model + R"(, "properties": [{"name": "mandate:name", "value": "other"}]}])")
        << "property.mandate:name" << "other";
    QTest::addRow("model card considerations are flattened")
        << cdx("[" + model + R"(, "modelCard": {"considerations": {"useCases": ["a", "b"]}}}])")
        << "modelCard.considerations.useCases" << "a; b";
    QTest::addRow("a member with an empty name is kept under a name (found by fuzzing)")
        << cdx("[" + model + R"(, "": "odd"}])") << "unnamed" << "odd";
    const QByteArray dependent = R"(, "bom-ref": "m1"}, {"type": "application", "bom-ref": "app", "name": "Portal"}],
        "services": [{"bom-ref": "svc", "name": "Scoring API"}],
        "dependencies": [{"ref": "svc", "dependsOn": ["m1"]}, {"ref": "app", "dependsOn": ["svc"]}])";
    QTest::addRow("services and the applications using them depend on the model")
        << QByteArray(R"({"bomFormat": "CycloneDX", "specVersion": "1.7", "components": [)" + model + dependent + "}")
        << "depended_on_by" << "Scoring API; Portal";
}

void TestBomReaders::cycloneDxFields()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QVector<InventoryRecord> records;
    ReadError error;
    QVERIFY2(BomReaders::readCycloneDx(parse(json), &records, &error), qPrintable(error.reason));
    QCOMPARE(records.size(), 1);
    QCOMPARE(field(records.first(), name), expected);
    QCOMPARE(field(records.first(), QStringLiteral("name")), QStringLiteral("m"));
}

void TestBomReaders::findsNestedModelsInDocumentOrder()
{
    const QByteArray json = cdx(R"([
        {"type": "application", "name": "suite", "components": [
            {"type": "machine-learning-model", "name": "inner", "components": [
                {"type": "machine-learning-model", "name": "innermost"}]}]},
        {"type": "library", "name": "lib"},
        {"type": "machine-learning-model", "name": "outer"}])");
    QVector<InventoryRecord> records;
    ReadError error;
    QVERIFY2(BomReaders::readCycloneDx(parse(json), &records, &error), qPrintable(error.reason));
    QCOMPARE(records.size(), 3);
    QCOMPARE(field(records.at(0), QStringLiteral("name")), QStringLiteral("inner"));
    QCOMPARE(records.at(0).line, 2);
    QCOMPARE(field(records.at(1), QStringLiteral("name")), QStringLiteral("innermost"));
    QCOMPARE(records.at(1).line, 3);
    QCOMPARE(field(records.at(2), QStringLiteral("name")), QStringLiteral("outer"));
    QCOMPARE(records.at(2).line, 5);
    QVERIFY(field(records.at(0), QStringLiteral("components.0.name")).isNull()); // a record of its own
}

void TestBomReaders::refusesBadCycloneDx_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("mentions");
    QTest::addRow("a wrong bomFormat is named")
        << QByteArray(R"({"bomFormat": "SPDX", "specVersion": "1.6", "components": []})")
        << QStringList { QStringLiteral("“SPDX”"), QStringLiteral("CycloneDX") };
    QTest::addRow("a missing bomFormat is said") << QByteArray(R"({"specVersion": "1.6"})")
                                                 << QStringList { QStringLiteral("bomFormat") };
    QTest::addRow("an older specVersion is named")
        << QByteArray(R"({"bomFormat": "CycloneDX", "specVersion": "1.5", "components": []})")
        << QStringList { QStringLiteral("“1.5”"), QStringLiteral("1.6"), QStringLiteral("1.7") };
    QTest::addRow("a future specVersion is named")
        << QByteArray(R"({"bomFormat": "CycloneDX", "specVersion": "2.0"})") << QStringList { QStringLiteral("“2.0”") };
    QTest::addRow("a missing specVersion is said")
        << QByteArray(R"({"bomFormat": "CycloneDX"})") << QStringList { QStringLiteral("specVersion") };
    QTest::addRow("a model without a name is located")
        << cdx(R"([{"type": "library", "name": "lib", "components": [
                  {"type": "machine-learning-model", "bom-ref": "anon", "version": "1"}]}])")
        << QStringList { QStringLiteral("component 2"), QStringLiteral("components[0].components[0]"),
                         QStringLiteral("“anon”"), QStringLiteral("no name") };
    QTest::addRow("components that are not a list are refused")
        << cdx(R"({"type": "machine-learning-model"})") << QStringList { QStringLiteral("components") };
}

void TestBomReaders::refusesBadCycloneDx()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, mentions);
    QVector<InventoryRecord> records { InventoryRecord() };
    ReadError error;
    QVERIFY(!BomReaders::readCycloneDx(parse(json), &records, &error));
    QVERIFY(error.isError());
    for (const QString &mention : mentions)
        QVERIFY2(error.reason.contains(mention), qPrintable(error.reason));
    QCOMPARE(records.size(), 1); // nothing half-read is handed back
}

void TestBomReaders::readsTheSpdxExample()
{
    const QJsonObject document = sharedExample(QStringLiteral("spdx-3.0.1-ai-minimal.jsonld"));
    if (document.isEmpty())
        QSKIP("The SPDX example is not here (set MANDATE_SHARED_DIR to the shared folder)");
    QVector<InventoryRecord> records;
    ReadError error;
    QVERIFY2(BomReaders::readSpdx(document, &records, &error), qPrintable(error.reason));
    QCOMPARE(records.size(), 1);
    const InventoryRecord &model = records.first();
    QCOMPARE(model.line, 4);
    const QList<QPair<QString, QString>> expected = {
        { QStringLiteral("external_id"), QStringLiteral("https://example.com/spdx/AIPackage/triage-classifier-1.4.0") },
        { QStringLiteral("name"), QStringLiteral("triage-classifier") },
        { QStringLiteral("vendor"), QStringLiteral("Example Corp") },
        { QStringLiteral("selects_actions"), QStringLiteral("no") },
        { QStringLiteral("ai_autonomyType"), QStringLiteral("no") },
        { QStringLiteral("ai_domain"), QStringLiteral("customer support") },
        { QStringLiteral("ai_limitation"), QStringLiteral("English-only.") },
        { QStringLiteral("ai_typeOfModel"), QStringLiteral("transformer encoder (text classification)") },
        { QStringLiteral("ai_metric.f1"), QStringLiteral("0.91") },
        { QStringLiteral("ai_hyperparameter.epochs"), QStringLiteral("3") },
        { QStringLiteral("ai_useSensitivePersonalInformation"), QStringLiteral("yes") },
        { QStringLiteral("software_packageVersion"), QStringLiteral("1.4.0") },
        { QStringLiteral("creationInfo.created"), QStringLiteral("2026-01-15T10:00:00Z") },
    };
    for (const auto &pair : expected)
        QCOMPARE(field(model, pair.first), pair.second);
    QVERIFY(field(model, QStringLiteral("ai_informationAboutApplication")).startsWith(QStringLiteral("Routes")));
}

void TestBomReaders::spdxFields_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::addRow("autonomy yes means it selects actions") << spdx(R"("ai_autonomyType": "yes")")
                                                            << "selects_actions" << "yes";
    QTest::addRow("autonomy noAssertion leaves it unknown") << spdx(R"("ai_autonomyType": "noAssertion")")
                                                             << "selects_actions" << "unknown";
    QTest::addRow("no autonomy statement sets nothing") << spdx() << "selects_actions" << QString();
    QTest::addRow("the supplier is resolved to its name") << spdx() << "vendor" << "Acme";
    QTest::addRow("the supplier's id is kept") << spdx() << "suppliedBy" << "urn:org:1";
    QTest::addRow("an inline supplier gives its name")
        << spdx(R"("suppliedBy": {"type": "Organization", "name": "Inline Ltd"})") << "vendor" << "Inline Ltd";
    QTest::addRow("the summary stands in for a description") << spdx(R"("summary": "Short")") << "description"
                                                             << "Short";
    QTest::addRow("the description wins over the summary")
        << spdx(R"("summary": "Short", "description": "Long")") << "description" << "Long";
    QTest::addRow("dictionary entries are kept by key")
        << spdx(R"("ai_metricDecisionThreshold": [{"type": "DictionaryEntry", "key": "recall", "value": "0.8"}])")
        << "ai_metricDecisionThreshold.recall" << "0.8";
    QTest::addRow("a dependsOn relationship names the dependent")
        << spdx(QByteArray(), QString(),
                R"(, {"type": "software_Package", "spdxId": "urn:app", "name": "Claims portal"},
                   {"type": "Relationship", "spdxId": "urn:rel", "from": "urn:app", "to": ["urn:pkg:1"],
                    "relationshipType": "dependsOn"})")
        << "depended_on_by" << "Claims portal";
}

void TestBomReaders::spdxFields()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QVector<InventoryRecord> records;
    ReadError error;
    QVERIFY2(BomReaders::readSpdx(parse(json), &records, &error), qPrintable(error.reason));
    QCOMPARE(records.size(), 1);
    QCOMPARE(field(records.first(), name), expected);
}

void TestBomReaders::refusesBadSpdx_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("mentions");
    for (const char *required : { "name", "creationInfo", "suppliedBy", "releaseTime", "software_downloadLocation",
                                  "software_packageVersion", "software_primaryPurpose" }) {
        QTest::addRow("a package without %s is refused naming it", required)
            << spdx(QByteArray(), QLatin1String(required))
            << QStringList { QLatin1String(required), QStringLiteral("“urn:pkg:1”") };
    }
    QTest::addRow("a package without an id is located by position")
        << spdx(QByteArray(), QStringLiteral("spdxId")) << QStringList { QStringLiteral("spdxId"),
                                                                           QStringLiteral("position 3") };
    QTest::addRow("an empty required value counts as missing")
        << spdx(R"("releaseTime": "")") << QStringList { QStringLiteral("releaseTime") };
    QTest::addRow("every missing field of every package is named")
        << spdx(R"("releaseTime": "")", QStringLiteral("suppliedBy"),
                R"(, {"type": "ai_AIPackage", "spdxId": "urn:pkg:2", "name": "b", "creationInfo": "_:ci"})")
        << QStringList { QStringLiteral("“urn:pkg:1” lacks the required suppliedBy, releaseTime"),
                         QStringLiteral("“urn:pkg:2” lacks the required suppliedBy, releaseTime, "
                                        "software_downloadLocation, software_packageVersion, software_primaryPurpose") };
    QTest::addRow("a non-SPDX context is named")
        << QByteArray(R"({"@context": "https://schema.org/", "@graph": []})")
        << QStringList { QStringLiteral("https://schema.org/") };
    QTest::addRow("an SPDX 2 document is refused") << QByteArray(R"({"spdxVersion": "SPDX-2.3"})")
                                                   << QStringList { QStringLiteral("@context") };
    QTest::addRow("another SPDX 3 minor version is named")
        << QByteArray(R"({"@context": "https://spdx.org/rdf/3.1/spdx-context.jsonld", "@graph": []})")
        << QStringList { QStringLiteral("3.1") };
    QTest::addRow("a graph that is not a list is refused")
        << QByteArray(R"({"@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld", "@graph": {}})")
        << QStringList { QStringLiteral("@graph") };
}

void TestBomReaders::refusesBadSpdx()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, mentions);
    QVector<InventoryRecord> records;
    ReadError error;
    QVERIFY(!BomReaders::readSpdx(parse(json), &records, &error));
    for (const QString &mention : mentions)
        QVERIFY2(error.reason.contains(mention), qPrintable(error.reason));
    QVERIFY(records.isEmpty());
}

QTEST_GUILESS_MAIN(TestBomReaders)
#include "tst_bomreaders.moc"
