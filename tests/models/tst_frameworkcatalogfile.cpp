// A catalog an analyst loads from a file: it is read whole with its items and resolves references
// beside the built-in ones, and a bad or unreadable file is refused whole with a message that says
// which file and what is wrong.

#include "rules/frameworkcatalog.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Mandate;

namespace {

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestFrameworkCatalogFile : public QObject
{
    Q_OBJECT

private slots:
    void anExtraCatalogLoadsFromAFile();
    void anIdWithRunsOfSpacesIsFoundByItself();
    void badCatalogIsRefusedWhole_data();
    void badCatalogIsRefusedWhole();
    void unreadableFileIsNamed();
};

void TestFrameworkCatalogFile::anIdWithRunsOfSpacesIsFoundByItself()
{
    // Found by the fuzzer: references are tidied of runs of spaces, ids are not.
    QString error;
    const std::optional<FrameworkCatalog> catalog = FrameworkCatalog::fromJson(
        R"({"catalog": "odd", "name": "Odd", "version": "1", "source": "fuzz",
            "items": [{"id": "NHI7   5", "title": "Spaced"}, {"id": "NHI7 5", "title": "Single"}]})",
        str("odd.json"), &error);
    QVERIFY2(catalog, qPrintable(error));
    QCOMPARE(catalog->itemByReference(str("NHI7   5"))->title, str("Spaced"));
    QCOMPARE(catalog->itemByReference(str("NHI7 5"))->title, str("Single"));
}

void TestFrameworkCatalogFile::anExtraCatalogLoadsFromAFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(str("acme-ai-standard.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"catalog": "acme-ai-2027", "name": "ACME AI standard", "version": "3",
        "source": "ACME security office", "prefixes": ["ACME"],
        "items": [{"id": "AC-1", "title": "Agents have owners", "description": "Each agent has one."},
                  {"id": "AC-2", "title": "Agents are logged", "kind": "control"}]})");
    file.close();

    QString error;
    const std::optional<FrameworkCatalog> catalog = FrameworkCatalog::fromFile(path, &error);
    QVERIFY2(catalog, qPrintable(error));
    QCOMPARE(catalog->id(), str("acme-ai-2027"));
    QCOMPARE(catalog->name(), str("ACME AI standard"));
    QCOMPARE(catalog->version(), str("3"));
    QCOMPARE(catalog->source(), str("ACME security office"));
    QCOMPARE(catalog->items().size(), 2);
    QCOMPARE(catalog->items().at(0).itemId, str("AC-1"));
    QCOMPARE(catalog->items().at(1).itemId, str("AC-2"));
    QCOMPARE(catalog->item(str("AC-2"))->kind, str("control"));
    QCOMPARE(catalog->item(str("AC-2"))->catalogId, str("acme-ai-2027"));
    QVERIFY(!catalog->item(str("AC-3")));

    QVector<FrameworkCatalog> all = FrameworkCatalog::builtIn();
    all << *catalog;
    const auto resolved = resolveFrameworkReference(all, str("ACME AC-2"));
    QVERIFY(resolved);
    QCOMPARE(*resolved, qMakePair(str("acme-ai-2027"), str("AC-2")));
}

void TestFrameworkCatalogFile::badCatalogIsRefusedWhole_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem");
    const QByteArray item = R"({"id": "A", "title": "First"})";
    QTest::addRow("not JSON, with the line and column of the missing comma")
        << QByteArray(
               "{\n  \"catalog\": \"x\",\n  \"items\": [\n    {\"id\": \"A\" \"title\": \"B\"}\n  ]\n}")
        << str("extra-catalog.json, line 4, column 16: this is not valid JSON");
    QTest::addRow("not JSON on the first line, counted in characters")
        << QByteArray("{\"catalog\": \"\xc3\xa9t\xc3\xa9\" ]")
        << str("extra-catalog.json, line 1, column 19: this is not valid JSON");
    QTest::addRow("a list instead of an object")
        << QByteArray("[" + item + "]") << str("extra-catalog.json: a catalog is a JSON object");
    QTest::addRow("no catalog id") << QByteArray(R"({"name": "X", "items": [)" + item + "]}")
                                   << str("extra-catalog.json: the catalog has no id in \"catalog\"");
    QTest::addRow("a blank catalog id") << QByteArray(R"({"catalog": "  ", "items": [)" + item + "]}")
                                        << str("extra-catalog.json: the catalog has no id in \"catalog\"");
    QTest::addRow("no items") << QByteArray(R"({"catalog": "x"})")
                              << str("extra-catalog.json: \"items\" is missing");
    QTest::addRow("items not a list")
        << QByteArray(R"({"catalog": "x", "items": )" + item + "}")
        << str("extra-catalog.json: \"items\" is missing or is not a list of items");
    QTest::addRow("an empty list of items") << QByteArray(R"({"catalog": "x", "items": []})")
                                            << str("extra-catalog.json: the catalog has no items");
    QTest::addRow("the second item without an id")
        << QByteArray(R"({"catalog": "x", "items": [)" + item + R"(, {"title": "Second"}]})")
        << str("extra-catalog.json: item 2 has no \"id\"");
    QTest::addRow("an item that is not an object") << QByteArray(R"({"catalog": "x", "items": ["A"]})")
                                                   << str("extra-catalog.json: item 1 has no \"id\"");
    QTest::addRow("an item without a title")
        << QByteArray(R"({"catalog": "x", "items": [{"id": "B", "title": ""}]})")
        << str("extra-catalog.json: item 1 (B) has no \"title\"");
    QTest::addRow("an id repeated, naming both positions") << QByteArray(R"({"catalog": "x", "items": [)"
        + item + R"(, {"id": "B", "title": "Second"}, )" + item
        + "]}") << str("extra-catalog.json: the id \"A\" is used twice, by items 1 and 3");
    QTest::addRow("a translated description that is not text")
        << QByteArray(R"({"catalog": "x", "items": [{"id": "B", "title": "T", "description_de": 5}]})")
        << str("extra-catalog.json: item 1 (B): \"description_de\" is not text");
    QTest::addRow("prefixes that are not names")
        << QByteArray(R"({"catalog": "x", "prefixes": "CSF", "items": [)" + item + "]}")
        << str("extra-catalog.json: \"prefixes\" is not a list of names");
}

void TestFrameworkCatalogFile::badCatalogIsRefusedWhole()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    QString error;
    const std::optional<FrameworkCatalog> catalog
        = FrameworkCatalog::fromJson(json, str("extra-catalog.json"), &error);
    QVERIFY(!catalog);
    QVERIFY2(error.startsWith(problem), qPrintable(error));
}

void TestFrameworkCatalogFile::unreadableFileIsNamed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(str("missing-catalog.json"));
    QString error;
    QVERIFY(!FrameworkCatalog::fromFile(path, &error));
    QVERIFY2(error.startsWith(path + str(": the file cannot be read: ")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestFrameworkCatalogFile)
#include "tst_frameworkcatalogfile.moc"
