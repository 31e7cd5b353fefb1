// RowConverter: one record of a file becomes the values of one system. What an analyst would see
// go wrong: a "Y" that is not yes, a blank cell that wipes a value, a column silently dropped, a
// problem that does not say where, or a secret that ends up stored.
#include "io/rowconverter.h"

#include <QJsonDocument>
#include <QTest>

using namespace Mandate;

namespace {

InventoryRecord record(qint64 line, const QStringList &columns, const QStringList &values)
{
    InventoryRecord out;
    out.line = line;
    for (int i = 0; i < columns.size(); ++i)
        out.fields.append({ columns.at(i), values.value(i) });
    return out;
}

ConvertedRow convert(
    const QStringList &columns, const QStringList &values, int keyColumn = -1, qint64 line = 7)
{
    const RowConverter converter(columns, ColumnMapping::automatic(columns), keyColumn);
    return converter.convert(record(line, columns, values));
}

std::optional<QVariant> valueOf(const ConvertedRow &row, SystemField field)
{
    for (const auto &value : row.values) {
        if (value.first == field)
            return value.second;
    }
    return std::nullopt;
}

// Everything a converted row carries, as one text, to prove a secret is nowhere in it.
QString everything(const ConvertedRow &row)
{
    QStringList parts { row.key, row.name,
        QString::fromUtf8(QJsonDocument(row.customAttributes).toJson(QJsonDocument::Compact)) };
    for (const auto &value : row.values)
        parts << value.second.toString();
    for (const RowProblem &problem : row.problems)
        parts << problem.column << problem.message;
    for (const SecretHit &secret : row.secrets)
        parts << secret.column << secret.kind;
    return parts.join(QLatin1Char('\n'));
}

const QString kAwsKey = QStringLiteral("AKIAIOSFODNN7EXAMPLE");
const QString kGitHubToken = QStringLiteral("ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8");

} // namespace

class TestRowConverter : public QObject
{
    Q_OBJECT

private slots:
    void mappedValuesAreNormalised_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("raw");
        QTest::addColumn<SystemField>("field");
        QTest::addColumn<QVariant>("expected");

        QTest::addRow("Y in a yes/no column is yes")
            << QStringLiteral("uses_tools") << QStringLiteral("Y") << SystemField::UsesTools
            << QVariant(QStringLiteral("yes"));
        QTest::addRow("true under a spoken header is yes")
            << QStringLiteral("Uses tools") << QStringLiteral("true") << SystemField::UsesTools
            << QVariant(QStringLiteral("yes"));
        QTest::addRow("0 is no") << QStringLiteral("persistent_memory") << QStringLiteral("0")
                                 << SystemField::PersistentMemory << QVariant(QStringLiteral("no"));
        QTest::addRow("N/A is unknown") << QStringLiteral("multi_agent") << QStringLiteral("N/A")
                                        << SystemField::MultiAgent << QVariant(QStringLiteral("unknown"));
        QTest::addRow("Agentic AI is the agentic paradigm")
            << QStringLiteral("Type of AI") << QStringLiteral("Agentic AI") << SystemField::Paradigm
            << QVariant(QStringLiteral("agentic"));
        QTest::addRow("Generative AI is the generative paradigm")
            << QStringLiteral("paradigm") << QStringLiteral("Generative AI") << SystemField::Paradigm
            << QVariant(QStringLiteral("generative"));
        QTest::addRow("Classical ML is the predictive paradigm")
            << QStringLiteral("AI category") << QStringLiteral("Classical ML") << SystemField::Paradigm
            << QVariant(QStringLiteral("predictive"));
        QTest::addRow("Deployed is in production")
            << QStringLiteral("Stage") << QStringLiteral("Deployed") << SystemField::LifecycleStage
            << QVariant(QStringLiteral("production"));
        QTest::addRow("Pre-deployment is proposed")
            << QStringLiteral("lifecycle_stage") << QStringLiteral("Pre-deployment")
            << SystemField::LifecycleStage << QVariant(QStringLiteral("proposed"));
        QTest::addRow("Retired is offboarded")
            << QStringLiteral("Status") << QStringLiteral("Retired") << SystemField::LifecycleStage
            << QVariant(QStringLiteral("offboarded"));
        QTest::addRow("a US date is an ISO date")
            << QStringLiteral("Last reviewed") << QStringLiteral("01/31/2026") << SystemField::LastReviewed
            << QVariant(QStringLiteral("2026-01-31"));
        QTest::addRow("quarterly is 90 days")
            << QStringLiteral("Review cadence") << QStringLiteral("quarterly")
            << SystemField::ReviewCadenceDays << QVariant(90);
        QTest::addRow("an owner is a trimmed name")
            << QStringLiteral("Business owner") << QStringLiteral("  Alice Ng ") << SystemField::BusinessOwner
            << QVariant(QStringLiteral("Alice Ng"));
        QTest::addRow("an owner given as TBD is nobody")
            << QStringLiteral("technical_owner") << QStringLiteral("TBD") << SystemField::TechnicalOwner
            << QVariant(QString());
        QTest::addRow("a vendor is trimmed") << QStringLiteral("Vendor") << QStringLiteral(" Acme ")
                                             << SystemField::Vendor << QVariant(QStringLiteral("Acme"));
    }
    void mappedValuesAreNormalised()
    {
        QFETCH(QString, header);
        QFETCH(QString, raw);
        QFETCH(SystemField, field);
        QFETCH(QVariant, expected);

        const ConvertedRow row
            = convert({ QStringLiteral("name"), header }, { QStringLiteral("Claims triage"), raw });
        QVERIFY2(row.problems.isEmpty(), qPrintable(row.problems.value(0).message));
        QCOMPARE(row.name, QStringLiteral("Claims triage"));
        const std::optional<QVariant> value = valueOf(row, field);
        QVERIFY2(value, "the mapped column gives its field");
        QCOMPARE(value->toString(), expected.toString());
        QVERIFY2(row.customAttributes.isEmpty(), "a mapped column is not also kept as an attribute");
    }

    void blankCellsAreNotGiven_data()
    {
        QTest::addColumn<QString>("blank");
        QTest::addRow("an empty cell") << QString();
        QTest::addRow("a cell of spaces") << QStringLiteral("   ");
        QTest::addRow("a cell of a tab and a newline") << QStringLiteral("\t\n");
    }
    void blankCellsAreNotGiven()
    {
        QFETCH(QString, blank);
        const QStringList columns { QStringLiteral("name"), QStringLiteral("vendor"),
            QStringLiteral("uses_tools"), QStringLiteral("lifecycle_stage"), QStringLiteral("business_owner"),
            QStringLiteral("Agency") };
        const ConvertedRow row
            = convert(columns, { QStringLiteral("Claims triage"), blank, blank, blank, blank, blank });
        QVERIFY(!row.isBad());
        QCOMPARE(row.values.size(), 1); // the name only: nothing else may be cleared by the file
        QVERIFY(valueOf(row, SystemField::Name));
        QVERIFY2(row.customAttributes.isEmpty(), "a blank unmapped cell is no attribute");
    }

    void unmappedColumnsAreKeptAsCustomAttributes()
    {
        const QStringList columns { QStringLiteral("name"), QStringLiteral("Agency"),
            QStringLiteral("If Other, please explain."), QStringLiteral("Bureau"),
            QStringLiteral("custom_attributes") };
        const ConvertedRow row = convert(columns,
            { QStringLiteral("Claims triage"), QStringLiteral("DOI"), QStringLiteral("  Spoken as written  "),
                QString(), QStringLiteral("{\"a\": 1}") });
        QVERIFY(!row.isBad());
        QCOMPARE(row.customAttributes.value(QStringLiteral("Agency")).toString(), QStringLiteral("DOI"));
        QCOMPARE(row.customAttributes.value(QStringLiteral("If Other, please explain.")).toString(),
            QStringLiteral("  Spoken as written  "));
        QVERIFY2(
            !row.customAttributes.contains(QStringLiteral("Bureau")), "a blank cell is not an attribute");
        // A file may not replace every attribute at once through a custom_attributes column.
        QCOMPARE(row.customAttributes.value(QStringLiteral("custom_attributes")).toString(),
            QStringLiteral("{\"a\": 1}"));
        QVERIFY(!valueOf(row, SystemField::CustomAttributes));
        QCOMPARE(row.values.size(), 1);
    }

    void recordsWithSomeColumnsAreReadByName()
    {
        // JSON records hold only the fields they have, so positions do not line up with columns.
        const QStringList columns { QStringLiteral("external_id"), QStringLiteral("name"),
            QStringLiteral("vendor"), QStringLiteral("Agency") };
        const RowConverter converter(columns, ColumnMapping::automatic(columns), 0);
        InventoryRecord json;
        json.line = 4;
        json.fields = { { QStringLiteral("vendor"), QStringLiteral("Acme") },
            { QStringLiteral("Agency"), QStringLiteral("DOI") } };
        const ConvertedRow row = converter.convert(json);
        QCOMPARE(valueOf(row, SystemField::Vendor).value_or(QVariant()).toString(), QStringLiteral("Acme"));
        QCOMPARE(row.customAttributes.value(QStringLiteral("Agency")).toString(), QStringLiteral("DOI"));
        QVERIFY(row.key.isEmpty());
        QVERIFY(row.name.isEmpty());
    }

    void unknownValuesAreProblemsNamingLineAndColumn_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("raw");
        QTest::addColumn<SystemField>("field");

        QTest::addRow("a paradigm nobody knows")
            << QStringLiteral("Type of AI") << QStringLiteral("Quantum AI") << SystemField::Paradigm;
        QTest::addRow("labels of two paradigms")
            << QStringLiteral("paradigm") << QStringLiteral("Agentic AI; Classical ML")
            << SystemField::Paradigm;
        QTest::addRow("maybe for a yes/no fact")
            << QStringLiteral("Uses tools") << QStringLiteral("maybe") << SystemField::UsesTools;
        QTest::addRow("a stage nobody knows")
            << QStringLiteral("Stage") << QStringLiteral("Frozen") << SystemField::LifecycleStage;
        QTest::addRow("a review date in words")
            << QStringLiteral("Last reviewed") << QStringLiteral("last spring") << SystemField::LastReviewed;
        QTest::addRow("a cadence of minus ten days")
            << QStringLiteral("review_cadence_days") << QStringLiteral("-10")
            << SystemField::ReviewCadenceDays;
    }
    void unknownValuesAreProblemsNamingLineAndColumn()
    {
        QFETCH(QString, header);
        QFETCH(QString, raw);
        QFETCH(SystemField, field);

        const ConvertedRow row
            = convert({ QStringLiteral("name"), header }, { QStringLiteral("Claims triage"), raw }, -1, 12);
        QVERIFY(row.isBad());
        QCOMPARE(row.problems.size(), 1);
        QCOMPARE(row.problems.first().line, qint64(12));
        QCOMPARE(row.problems.first().column, header); // as the file names it, not the field id
        QVERIFY(!row.problems.first().message.isEmpty());
        QVERIFY2(!valueOf(row, field), "a value not understood is never guessed");
        QCOMPARE(row.name, QStringLiteral("Claims triage"));
    }

    void secretsAreRedactedAndReported_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("mapped");

        QTest::addRow("an AWS key in an unmapped api_key column")
            << QStringLiteral("api_key") << kAwsKey << kAwsKey << QStringLiteral("AWS access key") << false;
        QTest::addRow("a GitHub token inside a description")
            << QStringLiteral("description") << QStringLiteral("Pushes with %1 from CI").arg(kGitHubToken)
            << kGitHubToken << QStringLiteral("GitHub token") << true;
        QTest::addRow("a GitHub token as a vendor") << QStringLiteral("vendor") << kGitHubToken
                                                    << kGitHubToken << QStringLiteral("GitHub token") << true;
    }
    void secretsAreRedactedAndReported()
    {
        QFETCH(QString, header);
        QFETCH(QString, raw);
        QFETCH(QString, secret);
        QFETCH(QString, kind);
        QFETCH(bool, mapped);

        const ConvertedRow row
            = convert({ QStringLiteral("name"), header }, { QStringLiteral("Claims triage"), raw }, -1, 9);
        QCOMPARE(row.secrets.size(), 1);
        QCOMPARE(row.secrets.first().line, qint64(9));
        QCOMPARE(row.secrets.first().column, header);
        QCOMPARE(row.secrets.first().kind, kind);
        QVERIFY2(!everything(row).contains(secret), qPrintable(everything(row)));

        const QString stored = mapped
            ? valueOf(row, *ColumnMapping::automatic({ header }).target(0)).value_or(QVariant()).toString()
            : row.customAttributes.value(header).toString();
        QVERIFY2(stored.contains(QStringLiteral("[redacted")), qPrintable(stored));
        QVERIFY2(!row.isBad(), "a redacted secret is not a problem: the row is still imported");
    }

    void aSecretInTheKeyColumnIsNotTheKey()
    {
        const QStringList columns { QStringLiteral("Token ref"), QStringLiteral("name") };
        const ConvertedRow row = convert(columns, { kAwsKey, QStringLiteral("Claims triage") }, 0);
        QCOMPARE(row.secrets.size(), 1);
        QVERIFY(!row.key.contains(kAwsKey));
        QVERIFY(!everything(row).contains(kAwsKey));
    }

    void theKeyIsReadFromTheKeyColumn_data()
    {
        QTest::addColumn<int>("keyColumn");
        QTest::addColumn<QString>("expected");
        QTest::addRow("the external id, trimmed") << 0 << QStringLiteral("A-17");
        QTest::addRow("the name") << 1 << QStringLiteral("Claims triage");
        QTest::addRow("an unmapped column") << 2 << QStringLiteral("INV 0042");
        QTest::addRow("no key column") << -1 << QString();
        QTest::addRow("a key column left blank on this row") << 3 << QString();
    }
    void theKeyIsReadFromTheKeyColumn()
    {
        QFETCH(int, keyColumn);
        QFETCH(QString, expected);
        const QStringList columns { QStringLiteral("external_id"), QStringLiteral("name"),
            QStringLiteral("Inventory ref"), QStringLiteral("Other ref") };
        const ConvertedRow row = convert(columns,
            { QStringLiteral("  A-17 "), QStringLiteral("Claims triage"), QStringLiteral("INV 0042"),
                QString() },
            keyColumn);
        QCOMPARE(row.key, expected);
        QCOMPARE(row.line, qint64(7));
    }

    void aBlankNameIsNotGiven()
    {
        const ConvertedRow row = convert({ QStringLiteral("external_id"), QStringLiteral("name") },
            { QStringLiteral("A-1"), QStringLiteral("  ") }, 0);
        QVERIFY(row.name.isEmpty());
        QVERIFY2(!row.isBad(), "a missing name is the analyzer's call: the row may match a system");
        QCOMPARE(row.key, QStringLiteral("A-1"));
    }
};

QTEST_GUILESS_MAIN(TestRowConverter)
#include "tst_rowconverter.moc"
