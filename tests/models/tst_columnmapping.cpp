// Which column feeds which field: automatic by header synonyms (the federal inventory's two
// layouts included), edited by hand, saved and applied again as a mapping file.
#include "io/columnmapping.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace Mandate;

namespace {

// Windows-1252 differs from Latin-1 only in 0x80..0x9F; enough to read a header.
QString fromWindows1252(const QByteArray &bytes)
{
    static const char16_t high[32] = { 0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                       0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
                                       0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                       0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178 };
    QString text;
    text.reserve(bytes.size());
    for (const char byte : bytes) {
        const auto b = static_cast<unsigned char>(byte);
        text.append(b >= 0x80 && b < 0xA0 ? QChar(high[b - 0x80]) : QChar(char16_t(b)));
    }
    return text;
}

// The first record of a CSV file, quoted fields included.
QStringList firstRecord(const QString &text)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field.append(c);
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field.append(c);
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            break;
        } else {
            field.append(c);
        }
    }
    fields << field;
    return fields;
}

QString federalFile(const QString &name)
{
    const QString shared = qEnvironmentVariable("MANDATE_SHARED_DIR");
    if (shared.isEmpty())
        return QString();
    const QString path = shared + QStringLiteral("/datasets/us-federal-ai-inventory-2024/") + name;
    return QFile::exists(path) ? path : QString();
}

QStringList federalHeader(const QString &path, bool windows1252)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray start = file.read(64 * 1024);
    QString text = windows1252 ? fromWindows1252(start) : QString::fromUtf8(start);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return firstRecord(text);
}

QStringList mappedFields(const ColumnMapping &mapping)
{
    QStringList mapped;
    for (int column = 0; column < mapping.columnCount(); ++column) {
        if (const auto target = mapping.target(column))
            mapped << mapping.header().at(column) + QStringLiteral(" -> ") + fieldId(*target);
    }
    return mapped;
}

} // namespace

class TestColumnMapping : public QObject
{
    Q_OBJECT

private slots:
    void headersAreComparedWithoutCaseSpacingPunctuationOrQuestionNumber_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("normalized");
        QTest::addRow("words with capitals and spaces") << "Use Case Name" << "usecasename";
        QTest::addRow("snake case") << "use_case_name" << "usecasename";
        QTest::addRow("a federal question number") << "2_use_case_name" << "usecasename";
        QTest::addRow("a two-digit question number") << "16_dev_stage" << "devstage";
        QTest::addRow("a numbered questionnaire item") << "3) Vendor" << "vendor";
        QTest::addRow("a byte-order mark and spaces") << "\xEF\xBB\xBF  System-ID " << "systemid";
        QTest::addRow("punctuation inside") << "Describe the AI system\xE2\x80\x99s outputs." << "describetheaisystemsoutputs";
        QTest::addRow("a year is not a question number") << "2024 budget" << "2024budget";
        QTest::addRow("a number alone stays") << "16_" << "16";
        QTest::addRow("letters beyond ASCII stay") << "Système" << "système";
    }

    void headersAreComparedWithoutCaseSpacingPunctuationOrQuestionNumber()
    {
        QFETCH(QString, header);
        QFETCH(QString, normalized);
        QCOMPARE(ColumnMapping::normalizedHeader(header), normalized);
    }

    void everyNativeColumnMapsToItsOwnField()
    {
        QStringList header;
        for (SystemField f : allSystemFields())
            header << fieldId(f);
        const ColumnMapping mapping = ColumnMapping::automatic(header);
        for (int column = 0; column < header.size(); ++column)
            QCOMPARE(mapping.target(column), std::optional<SystemField>(allSystemFields().at(column)));
    }

    void synonymsMapAutomatically_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("field"); // empty: stays a custom attribute
        QTest::addRow("System name is the name") << "System name" << "name";
        QTest::addRow("TITLE is the name") << "TITLE" << "name";
        QTest::addRow("AI System is the name") << "AI System" << "name";
        QTest::addRow("usecase is the name") << "usecase" << "name";
        QTest::addRow("Summary is the description") << "Summary" << "description";
        QTest::addRow("Use case purpose is the description") << "Use case purpose" << "description";
        QTest::addRow("Supplier is the vendor") << "Supplier" << "vendor";
        QTest::addRow("Provider is the vendor") << "provider" << "vendor";
        QTest::addRow("Manufacturer is the vendor") << "Manufacturer" << "vendor";
        QTest::addRow("ID is the external id") << "ID" << "external_id";
        QTest::addRow("Asset-ID is the external id") << "Asset-ID" << "external_id";
        QTest::addRow("Use case ID is the external id") << "Use Case ID" << "external_id";
        QTest::addRow("Inventory id is the external id") << "inventory_id" << "external_id";
        QTest::addRow("Status is the lifecycle stage") << "Status" << "lifecycle_stage";
        QTest::addRow("Dev stage is the lifecycle stage") << "Dev. Stage" << "lifecycle_stage";
        QTest::addRow("Lifecycle is the lifecycle stage") << "Lifecycle" << "lifecycle_stage";
        QTest::addRow("AI type is the paradigm") << "AI Type" << "paradigm";
        QTest::addRow("Category is the paradigm") << "category" << "paradigm";
        QTest::addRow("Techniques is the paradigm") << "Technique(s)" << "paradigm";
        QTest::addRow("Classification is the paradigm") << "Classification" << "paradigm";
        QTest::addRow("Product owner is the business owner") << "Product Owner" << "business_owner";
        QTest::addRow("Accountable official is the business owner") << "Accountable official" << "business_owner";
        QTest::addRow("System owner is the technical owner") << "System owner" << "technical_owner";
        QTest::addRow("Risk owner is the risk owner") << "Risk Owner" << "risk_owner";
        QTest::addRow("Human in the loop is the approval gate") << "Human-in-the-loop" << "approval_gate";
        QTest::addRow("Last review date is the last review") << "Last review date" << "last_reviewed";
        QTest::addRow("Review cadence (days), our own label") << "Review cadence (days)" << "review_cadence_days";
        QTest::addRow("Operated by vendor, our own label") << "Operated by vendor" << "vendor_operated";
        QTest::addRow("a long question about the stage of development")
            << "What is the current stage of development of the system?" << "lifecycle_stage";
        QTest::addRow("a long question about the intended purpose")
            << "What is the intended purpose and expected benefits of the AI?" << "description";
        QTest::addRow("a long question naming the AI technique") << "Which AI techniques are used?" << "paradigm";
        QTest::addRow("a yes/no question about the vendor stays custom")
            << "Is it operated by the vendor?" << "";
        QTest::addRow("a short header is not matched by a keyword") << "Purpose code" << "";
        QTest::addRow("an agency stays custom") << "Agency" << "";
        QTest::addRow("a bureau stays custom") << "4_bureau" << "";
        QTest::addRow("a question type stays custom") << "8_question_type" << "";
    }

    void synonymsMapAutomatically()
    {
        QFETCH(QString, header);
        QFETCH(QString, field);
        const ColumnMapping mapping = ColumnMapping::automatic({ QStringLiteral("Notes"), header });
        QCOMPARE(mapping.target(0), std::nullopt);
        QCOMPARE(mapping.target(1), field.isEmpty() ? std::nullopt : fieldFromId(field));
    }

    void theBestMatchWinsAndTheOtherColumnStaysCustom_data()
    {
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<int>("winner");
        QTest::addColumn<QString>("field");
        QTest::addRow("use case name beats a later system name")
            << QStringList{ QStringLiteral("Use Case Name"), QStringLiteral("System Name") } << 0 << "name";
        QTest::addRow("use case name beats an earlier system name")
            << QStringList{ QStringLiteral("System Name"), QStringLiteral("Use Case Name") } << 1 << "name";
        QTest::addRow("the native id beats a synonym")
            << QStringList{ QStringLiteral("Supplier"), QStringLiteral("vendor") } << 1 << "vendor";
        QTest::addRow("an exact header beats a keyword")
            << QStringList{ QStringLiteral("What is the intended purpose of it?"), QStringLiteral("Summary") } << 1
            << "description";
        QTest::addRow("of two equal synonyms the first column wins")
            << QStringList{ QStringLiteral("Vendor"), QStringLiteral("VENDOR") } << 0 << "vendor";
    }

    void theBestMatchWinsAndTheOtherColumnStaysCustom()
    {
        QFETCH(QStringList, header);
        QFETCH(int, winner);
        QFETCH(QString, field);
        const ColumnMapping mapping = ColumnMapping::automatic(header);
        QCOMPARE(mapping.columnFor(*fieldFromId(field)), winner);
        QCOMPARE(mapping.target(1 - winner), std::nullopt);
    }

    void aFieldSetByHandMovesFromTheColumnThatHadIt()
    {
        ColumnMapping mapping = ColumnMapping::automatic(
            { QStringLiteral("Name"), QStringLiteral("Title"), QStringLiteral("Vendor") });
        QCOMPARE(mapping.columnFor(SystemField::Name), 0);
        mapping.setTarget(1, SystemField::Name);
        QCOMPARE(mapping.columnFor(SystemField::Name), 1);
        QCOMPARE(mapping.target(0), std::nullopt);
        mapping.setTarget(2, std::nullopt);
        QCOMPARE(mapping.columnFor(SystemField::Vendor), -1);
        mapping.setTarget(7, SystemField::Vendor); // no such column: nothing happens
        QCOMPARE(mapping.columnFor(SystemField::Vendor), -1);
        QCOMPARE(mapping.target(-1), std::nullopt);
    }

    void aSavedMappingAppliesAgainToTheSameHeader()
    {
        const QStringList header = { QStringLiteral("Name"), QStringLiteral("Cost centre"),
                                     QStringLiteral("Supplier"), QStringLiteral("Stage") };
        ColumnMapping edited = ColumnMapping::automatic(header);
        edited.setTarget(1, SystemField::ExternalId);
        edited.setTarget(2, std::nullopt);
        const QJsonObject json = edited.toJson();
        QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("mandate-mapping"));
        QCOMPARE(json.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("columns")).toObject().value(QStringLiteral("Supplier")),
                 QJsonValue(QJsonValue::Null));

        QString error;
        const auto again = ColumnMapping::fromJson(json, header, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(mappedFields(*again), mappedFields(edited));
        QCOMPARE(again->target(2), std::nullopt); // unmapped on purpose, though a synonym of vendor
    }

    void headersTheMappingFileDoesNotNameMapAutomatically()
    {
        const QJsonObject json{ { QStringLiteral("format"), QStringLiteral("mandate-mapping") },
                                { QStringLiteral("version"), 1 },
                                { QStringLiteral("columns"),
                                  QJsonObject{ { QStringLiteral("Tool"), QStringLiteral("name") },
                                               { QStringLiteral("Owner"), QJsonValue() },
                                               { QStringLiteral("Left out of this file"), QStringLiteral("vendor") } } } };
        const QStringList header = { QStringLiteral("Title"), QStringLiteral("tool"), QStringLiteral("OWNER"),
                                     QStringLiteral("Stage"), QStringLiteral("Supplier") };
        QString error;
        const auto mapping = ColumnMapping::fromJson(json, header, &error);
        QVERIFY2(mapping, qPrintable(error));
        QCOMPARE(mapping->columnFor(SystemField::Name), 1);          // named, matched as normalised
        QCOMPARE(mapping->target(0), std::nullopt);                  // "Title": name is taken by the file
        QCOMPARE(mapping->target(2), std::nullopt);                  // named as unmapped
        QCOMPARE(mapping->columnFor(SystemField::LifecycleStage), 3); // not named: automatic
        QCOMPARE(mapping->columnFor(SystemField::Vendor), 4);        // the file's vendor column is absent
    }

    void aBrokenMappingFileIsRefusedWithAReason_data()
    {
        const auto mappingWith = [](const QJsonValue &columns) {
            return QJsonObject{ { QStringLiteral("format"), QStringLiteral("mandate-mapping") },
                                { QStringLiteral("version"), 1 },
                                { QStringLiteral("columns"), columns } };
        };
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("another format")
            << QJsonObject{ { QStringLiteral("format"), QStringLiteral("cyclonedx") } } << "mapping file";
        QTest::addRow("a later version")
            << QJsonObject{ { QStringLiteral("format"), QStringLiteral("mandate-mapping") },
                            { QStringLiteral("version"), 2 } }
            << "2";
        QTest::addRow("columns that are not an object") << mappingWith(QJsonArray{ 1, 2 }) << "columns";
        QTest::addRow("an unknown field id")
            << mappingWith(QJsonObject{ { QStringLiteral("Colour"), QStringLiteral("colour") } }) << "colour";
        QTest::addRow("a field given as a number")
            << mappingWith(QJsonObject{ { QStringLiteral("Name"), 3 } }) << "Name";
        QTest::addRow("two columns mapped to one field")
            << mappingWith(QJsonObject{ { QStringLiteral("Name"), QStringLiteral("name") },
                                        { QStringLiteral("Title"), QStringLiteral("name") } })
            << "Title";
    }

    void aBrokenMappingFileIsRefusedWithAReason()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!ColumnMapping::fromJson(json, { QStringLiteral("Name") }, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void theFederalInventoryLayoutsMapTheirNameDescriptionAndStage_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("windows1252");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("short coded headers, UTF-8 with a byte-order mark")
            << "2024_consolidated_ai_inventory_raw.csv" << false
            << QStringList{ QStringLiteral("2_use_case_name -> name"),
                            QStringLiteral("11_purpose_benefits -> description"),
                            QStringLiteral("16_dev_stage -> lifecycle_stage") };
        QTest::addRow("question-text headers, Windows-1252")
            << "2024_consolidated_ai_inventory_raw_v2.csv" << true
            << QStringList{ QStringLiteral("Use Case Name -> name"),
                            QStringLiteral("What is the intended purpose and expected benefits of the AI? -> description"),
                            QStringLiteral("Stage of Development -> lifecycle_stage") };
    }

    void theFederalInventoryLayoutsMapTheirNameDescriptionAndStage()
    {
        QFETCH(QString, file);
        QFETCH(bool, windows1252);
        QFETCH(QStringList, expected);
        const QString path = federalFile(file);
        if (path.isEmpty())
            QSKIP("The federal AI use case inventory is not here (set MANDATE_SHARED_DIR to ../shared).");
        const QStringList header = federalHeader(path, windows1252);
        QCOMPARE(header.size(), 62);
        const ColumnMapping mapping = ColumnMapping::automatic(header);
        // Everything else (agency, bureau, the ATO system name, outputs, ...) stays a custom
        // attribute: the file has no vendor, technique or id column.
        QCOMPARE(mappedFields(mapping), expected);
    }
};

QTEST_GUILESS_MAIN(TestColumnMapping)
#include "tst_columnmapping.moc"
