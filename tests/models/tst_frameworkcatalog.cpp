// The framework catalogs an analyst maps systems against: the shipped ones are complete and say
// what the sources say, and every framework item DOMAIN.md's findings name can be found. Catalogs
// an analyst loads from a file are in tst_frameworkcatalogfile.

#include "rules/frameworkcatalog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>

using namespace Mandate;

namespace {

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList numbered(const char *prefix, int count, const char *suffix = "")
{
    QStringList ids;
    for (int i = 1; i <= count; ++i)
        ids << str(prefix) + QString::number(i) + str(suffix);
    return ids;
}

QStringList itemIds(const FrameworkCatalog &catalog, const QString &kind = QString())
{
    QStringList ids;
    for (const CatalogItem &item : catalog.items()) {
        if (kind.isEmpty() || item.kind == kind)
            ids << item.itemId;
    }
    return ids;
}

const FrameworkCatalog *builtInCatalog(const QVector<FrameworkCatalog> &catalogs, const QString &id)
{
    for (const FrameworkCatalog &catalog : catalogs) {
        if (catalog.id() == id)
            return &catalog;
    }
    return nullptr;
}

} // namespace

class TestFrameworkCatalog : public QObject
{
    Q_OBJECT

private slots:
    void builtInCatalogsLoadInAFixedOrder();
    void builtInCatalogsHoldTheirItems_data();
    void builtInCatalogsHoldTheirItems();
    void zeroTrustItemsAreTenetsComponentsAndThreats();
    void everyItemIsDescribed();
    void everyDescriptionIsTranslated();
    void descriptionFollowsTheUiLanguage_data();
    void descriptionFollowsTheUiLanguage();
    void csfSaysWherePrAc4WentAndWhereItBelongs();
    void titlesAndSourcesMatchTheReference();
    void domainReferencesResolve_data();
    void domainReferencesResolve();
    void referencesToOtherListsResolveToNothing_data();
    void referencesToOtherListsResolveToNothing();
};

void TestFrameworkCatalog::builtInCatalogsLoadInAFixedOrder()
{
    const QVector<FrameworkCatalog> catalogs = FrameworkCatalog::builtIn();
    QStringList ids;
    for (const FrameworkCatalog &catalog : catalogs)
        ids << catalog.id();
    QCOMPARE(ids,
        QStringList(
            { str("owasp-agentic-2026"), str("owasp-nhi-2025"), str("nist-sp-800-207"), str("nist-csf") }));
    QCOMPARE(catalogs.at(0).version(), str("2026 (December 2025)"));
    QCOMPARE(catalogs.at(1).version(), str("2025"));
    QCOMPARE(catalogs.at(2).version(), str("Final (August 2020)"));
    QCOMPARE(catalogs.at(3).version(), str("1.1 (April 2018) and 2.0 (February 2024)"));
    QVERIFY(catalogs.at(0).source().contains(
        str("https://genai.owasp.org/resource/owasp-top-10-for-agentic-applications-for-2026/")));
    QVERIFY(catalogs.at(1).source().contains(
        str("https://owasp.org/www-project-non-human-identities-top-10/2025/top-10-2025/")));
    QVERIFY(catalogs.at(2).source().contains(str("https://doi.org/10.6028/NIST.SP.800-207")));
    QVERIFY(catalogs.at(3).source().contains(str("https://doi.org/10.6028/NIST.CSWP.29")));
    QVERIFY(catalogs.at(3).source().contains(str("https://doi.org/10.6028/NIST.CSWP.04162018")));
    for (const FrameworkCatalog &catalog : catalogs)
        QVERIFY2(!catalog.name().isEmpty(), qPrintable(catalog.id()));
}

void TestFrameworkCatalog::builtInCatalogsHoldTheirItems_data()
{
    QTest::addColumn<QString>("catalogId");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("the agentic top 10 is ASI01 to ASI10")
        << str("owasp-agentic-2026") << (numbered("ASI0", 9) << str("ASI10"));
    QTest::addRow("the NHI top 10 is NHI1:2025 to NHI10:2025")
        << str("owasp-nhi-2025") << numbered("NHI", 10, ":2025");
    QTest::addRow("the CSF catalog holds PR.AC-4 and its successors PR.AA-01 and PR.AA-05")
        << str("nist-csf") << QStringList({ str("PR.AC-4"), str("PR.AA-01"), str("PR.AA-05") });
}

void TestFrameworkCatalog::builtInCatalogsHoldTheirItems()
{
    QFETCH(QString, catalogId);
    QFETCH(QStringList, expected);
    const QVector<FrameworkCatalog> catalogs = FrameworkCatalog::builtIn();
    const FrameworkCatalog *catalog = builtInCatalog(catalogs, catalogId);
    QVERIFY(catalog);
    QCOMPARE(itemIds(*catalog), expected);
}

void TestFrameworkCatalog::zeroTrustItemsAreTenetsComponentsAndThreats()
{
    const QVector<FrameworkCatalog> catalogs = FrameworkCatalog::builtIn();
    const FrameworkCatalog *catalog = builtInCatalog(catalogs, str("nist-sp-800-207"));
    QVERIFY(catalog);
    QCOMPARE(itemIds(*catalog, str("tenet")), numbered("T", 7));
    QCOMPARE(itemIds(*catalog, str("threat")), numbered("5.", 7));
    QCOMPARE(itemIds(*catalog, str("component")),
        QStringList({ str("PE"), str("PA"), str("PEP"), str("PDP"), str("CDM"), str("COMPLIANCE"),
            str("THREAT_INTEL"), str("ACTIVITY_LOGS"), str("DATA_ACCESS_POLICIES"), str("PKI"),
            str("ID_MGMT"), str("SIEM") }));
    QCOMPARE(itemIds(*catalog).size(), 7 + 7 + 12); // nothing without a kind
    QCOMPARE(catalog->item(str("5.7"))->title, str("Use of Non-person Entities (NPE) in ZTA Administration"));
}

void TestFrameworkCatalog::everyItemIsDescribed()
{
    for (const FrameworkCatalog &catalog : FrameworkCatalog::builtIn()) {
        for (const CatalogItem &item : catalog.items()) {
            const QByteArray where = (catalog.id() + u' ' + item.itemId).toUtf8();
            QCOMPARE(item.catalogId, catalog.id());
            QVERIFY2(!item.title.isEmpty(), where.constData());
            QVERIFY2(item.description.size() > 40, where.constData());
            QVERIFY2(item.description.endsWith(u'.'), where.constData());
        }
    }
}

void TestFrameworkCatalog::everyDescriptionIsTranslated()
{
    const QRegularExpression frenchSpaceBeforePunctuation(str(" [:;?!]|« | »"));
    for (const FrameworkCatalog &catalog : FrameworkCatalog::builtIn()) {
        for (const CatalogItem &item : catalog.items()) {
            const QByteArray where = (catalog.id() + u' ' + item.itemId).toUtf8();
            QCOMPARE(item.translatedDescriptions.keys().size(), 2);
            for (const char *language : { "de", "fr" }) {
                const QString text = item.translatedDescriptions.value(str(language));
                QVERIFY2(text.size() > 40 && text.endsWith(u'.') && text != item.description, where.constData());
            }
            const QString french = item.translatedDescriptions.value(str("fr"));
            QVERIFY2(!french.contains(frenchSpaceBeforePunctuation), where.constData());
            QVERIFY2(!french.contains(u'\''), where.constData()); // the typographic apostrophe
        }
    }
}

void TestFrameworkCatalog::descriptionFollowsTheUiLanguage_data()
{
    QTest::addColumn<QString>("itemId");
    QTest::addColumn<QString>("localeName");
    QTest::addColumn<QString>("description");
    QTest::addRow("German in Austria") << str("AC-1") << str("de_AT") << str("Jeder Agent hat eine.");
    QTest::addRow("Brazilian Portuguese before Portuguese") << str("AC-1") << str("pt_BR") << str("Cada um tem um.");
    QTest::addRow("Portuguese without a translation of its own")
        << str("AC-1") << str("pt_PT") << str("Cada agente tem um.");
    QTest::addRow("English") << str("AC-1") << str("en_GB") << str("Each agent has one.");
    QTest::addRow("a language with no translation falls back to English")
        << str("AC-1") << str("fr_FR") << str("Each agent has one.");
    QTest::addRow("an untranslated item under German") << str("AC-2") << str("de_DE") << str("Logged.");
    QTest::addRow("a blank translation counts as none") << str("AC-2") << str("fr_FR") << str("Logged.");
}

void TestFrameworkCatalog::descriptionFollowsTheUiLanguage()
{
    QFETCH(QString, itemId);
    QFETCH(QString, localeName);
    QFETCH(QString, description);
    QString error;
    const std::optional<FrameworkCatalog> catalog = FrameworkCatalog::fromJson(QByteArray(R"({"catalog": "acme", "items": [
        {"id": "AC-1", "title": "Agents have owners", "description": "Each agent has one.",
         "description_de": "Jeder Agent hat eine.", "description_pt": "Cada agente tem um.",
         "description_pt_BR": "Cada um tem um."},
        {"id": "AC-2", "title": "Agents are logged", "description": "Logged.", "description_fr": "  "}]})"),
        str("acme.json"), &error);
    QVERIFY2(catalog, qPrintable(error));
    QCOMPARE(catalog->item(itemId)->descriptionFor(QLocale(localeName)), description);
}

void TestFrameworkCatalog::csfSaysWherePrAc4WentAndWhereItBelongs()
{
    const QVector<FrameworkCatalog> catalogs = FrameworkCatalog::builtIn();
    const CatalogItem *item = builtInCatalog(catalogs, str("nist-csf"))->item(str("PR.AC-4"));
    QVERIFY(item);
    QVERIFY(item->description.contains(str("PR.AA-05")));
    QVERIFY(item->description.contains(str("CSF subcategory")));
    QVERIFY(item->description.contains(str("800-207")));
    QVERIFY(!builtInCatalog(catalogs, str("nist-sp-800-207"))->itemByReference(str("PR.AC-4")));
}

void TestFrameworkCatalog::titlesAndSourcesMatchTheReference()
{
    const QString shared = qEnvironmentVariable("MANDATE_SHARED_DIR");
    if (shared.isEmpty())
        QSKIP("MANDATE_SHARED_DIR is not set: the framework reference is not available");
    QFile file(QDir(shared).filePath(str("reference/frameworks-reference.json")));
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("the framework reference cannot be read");
    const QJsonObject reference = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(!reference.isEmpty());

    const QVector<FrameworkCatalog> catalogs = FrameworkCatalog::builtIn();
    const struct
    {
        const char *referenceKey;
        const char *catalogId;
        bool allEntries; // every entry of the reference list is in the catalog
    } lists[] = {
        { "owasp_agentic_top10", "owasp-agentic-2026", true },
        { "owasp_nhi_top10", "owasp-nhi-2025", true },
        { "nist_800_207_tenets", "nist-sp-800-207", true },
        { "nist_800_207_components", "nist-sp-800-207", true },
        { "nist_800_207_threats", "nist-sp-800-207", true },
        { "nist_csf", "nist-csf", false },
    };
    int compared = 0;
    for (const auto &list : lists) {
        const FrameworkCatalog *catalog = builtInCatalog(catalogs, str(list.catalogId));
        QVERIFY(catalog);
        const QJsonValue url = reference.value(str("sources"))
                                   .toObject()
                                   .value(str(list.referenceKey))
                                   .toObject()
                                   .value(str("url"));
        const QString firstUrl = url.isArray() ? url.toArray().first().toString() : url.toString();
        QVERIFY2(!firstUrl.isEmpty() && catalog->source().contains(firstUrl), list.referenceKey);

        for (const QJsonValue &value : reference.value(str(list.referenceKey)).toArray()) {
            const QJsonObject entry = value.toObject();
            const QString id = entry.value(str("id")).toString();
            const QByteArray where = (str(list.catalogId) + u' ' + id).toUtf8();
            const CatalogItem *item = catalog->item(id);
            if (!item) {
                QVERIFY2(!list.allEntries, where.constData());
                continue;
            }
            if (entry.contains(str("title"))) {
                QCOMPARE(item->title, entry.value(str("title")).toString());
                ++compared;
            }
            // Descriptions are our own words, not the reference's paraphrase.
            const QString shortText = entry.value(str("short")).toString();
            QVERIFY2(!shortText.isEmpty() && !item->description.contains(shortText, Qt::CaseInsensitive),
                where.constData());
        }
    }
    QCOMPARE(compared, 10 + 10 + 12 + 7);
    // Every shipped CSF item is one the reference knows.
    QStringList csfIds;
    for (const QJsonValue &value : reference.value(str("nist_csf")).toArray())
        csfIds << value.toObject().value(str("id")).toString();
    for (const QString &id : itemIds(*builtInCatalog(catalogs, str("nist-csf"))))
        QVERIFY2(csfIds.contains(id), qPrintable(id));
}

void TestFrameworkCatalog::domainReferencesResolve_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("catalogId");
    QTest::addColumn<QString>("itemId");
    const struct
    {
        const char *rule, *reference, *catalogId, *itemId;
    } rows[] = {
        { "F-OWNER", "NHI1", "owasp-nhi-2025", "NHI1:2025" },
        { "F-OWNER", "ASI03", "owasp-agentic-2026", "ASI03" },
        { "F-OWNER", "CSF PR.AA-01", "nist-csf", "PR.AA-01" },
        { "F-LOGGING", "800-207 T7", "nist-sp-800-207", "T7" },
        { "F-LOGGING", "ASI08", "owasp-agentic-2026", "ASI08" },
        { "F-OVERPRIV", "NHI5", "owasp-nhi-2025", "NHI5:2025" },
        { "F-OVERPRIV", "CSF PR.AC-4", "nist-csf", "PR.AC-4" },
        { "F-OVERPRIV", "CSF PR.AA-05", "nist-csf", "PR.AA-05" },
        { "F-OVERPRIV", "800-207 T3", "nist-sp-800-207", "T3" },
        { "F-SECRET-STORE", "NHI2", "owasp-nhi-2025", "NHI2:2025" },
        { "F-LONG-LIVED", "NHI7", "owasp-nhi-2025", "NHI7:2025" },
        { "F-REUSE", "NHI9", "owasp-nhi-2025", "NHI9:2025" },
        { "F-ENV", "NHI8", "owasp-nhi-2025", "NHI8:2025" },
        { "F-HUMAN-USE", "NHI10", "owasp-nhi-2025", "NHI10:2025" },
        { "F-HANDOFF", "ASI02", "owasp-agentic-2026", "ASI02" },
        { "F-HANDOFF", "ASI05", "owasp-agentic-2026", "ASI05" },
        { "F-HANDOFF", "800-207 T6", "nist-sp-800-207", "T6" },
        { "F-UNDECLARED", "800-207 T4", "nist-sp-800-207", "T4" },
        { "F-THIRD-PARTY", "NHI3", "owasp-nhi-2025", "NHI3:2025" },
        { "F-WEAK-AUTHN", "NHI4", "owasp-nhi-2025", "NHI4:2025" },
        { "F-WEAK-AUTHN", "800-207 section 5.7", "nist-sp-800-207", "5.7" },
    };
    for (const auto &row : rows) {
        QTest::addRow("%s names %s", row.rule, row.reference)
            << str(row.reference) << str(row.catalogId) << str(row.itemId);
    }
    QTest::addRow("a full id is its own reference")
        << str("NHI10:2025") << str("owasp-nhi-2025") << str("NHI10:2025");
    QTest::addRow("the full name of the publication works as a prefix")
        << str("NIST SP 800-207 T3") << str("nist-sp-800-207") << str("T3");
}

void TestFrameworkCatalog::domainReferencesResolve()
{
    QFETCH(QString, reference);
    QFETCH(QString, catalogId);
    QFETCH(QString, itemId);
    const QVector<FrameworkCatalog> catalogs = FrameworkCatalog::builtIn();
    const auto resolved = resolveFrameworkReference(catalogs, reference);
    QVERIFY(resolved);
    QCOMPARE(resolved->first, catalogId);
    QCOMPARE(resolved->second, itemId);
    const CatalogItem *item = builtInCatalog(catalogs, catalogId)->itemByReference(reference);
    QVERIFY(item);
    QCOMPARE(item->itemId, itemId);
}

void TestFrameworkCatalog::referencesToOtherListsResolveToNothing_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addRow("an OWASP agentic threat, a list not shipped") << str("threat T8");
    QTest::addRow("an NHI risk cited under 800-207") << str("800-207 NHI1");
    QTest::addRow("a tenet cited under the CSF") << str("CSF T7");
    QTest::addRow("an eleventh NHI risk") << str("NHI11");
    QTest::addRow("a prefix alone") << str("CSF");
    QTest::addRow("nothing") << QString();
}

void TestFrameworkCatalog::referencesToOtherListsResolveToNothing()
{
    QFETCH(QString, reference);
    QVERIFY(!resolveFrameworkReference(FrameworkCatalog::builtIn(), reference));
}

QTEST_GUILESS_MAIN(TestFrameworkCatalog)
#include "tst_frameworkcatalog.moc"
