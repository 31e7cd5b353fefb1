// ImportPass: one pass over a real file on disk, as the wizard's check and the write pass run it.
// The analyst notices wrong counts, a saved mapping ignored, a file refused for a harmless repeated
// question column (or taken although two columns both claim to be the name), a Cancel that does
// not cancel, and a progress bar that never fills.
#include "io/importpass.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Mandate;

namespace {

QJsonObject json(const char *source)
{
    return QJsonDocument::fromJson(QByteArray(source)).object();
}

// The workspace the files are compared with: A-1 "Claims triage" by Acme, with an inventory
// reference kept as a custom attribute.
WorkspaceSnapshot workspace()
{
    WorkspaceSnapshot snapshot;
    AiSystem claims;
    claims.id = 1;
    claims.externalId = QStringLiteral("A-1");
    claims.name = QStringLiteral("Claims triage");
    claims.vendor = QStringLiteral("Acme");
    claims.customAttributes = json(R"({"Inventory ref": "INV-1"})");
    snapshot.systems.insert(claims.id, claims);
    snapshot.order.append(claims.id);
    return snapshot;
}

// A native CSV of n new systems, for cancel and progress.
QByteArray manyRows(int count)
{
    QByteArray csv = "external_id,name,vendor,uses_tools\n";
    for (int i = 0; i < count; ++i)
        csv += "B-" + QByteArray::number(i) + ",System " + QByteArray::number(i) + ",Acme,yes\n";
    return csv;
}

struct Seen
{
    qint64 line;
    RowOutcome::Kind kind;
    ConvertedRow row;
};

} // namespace

class TestImportPass : public QObject
{
    Q_OBJECT

private:
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    ImportReport run(
        const ImportSettings &settings, QVector<Seen> *seen = nullptr, const ImportControl &control = {})
    {
        ImportPass pass(settings, m_workspace);
        return pass.run(control, [seen](const ConvertedRow &row, const RowOutcome &outcome) {
            if (seen)
                seen->append(Seen { outcome.line, outcome.kind, row });
            return true;
        });
    }

    ImportSettings settingsFor(const QString &path)
    {
        ImportSettings settings;
        settings.path = path;
        return settings;
    }

    QTemporaryDir m_dir;
    WorkspaceSnapshot m_workspace = workspace();

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void filesAreReadEndToEnd_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("describedAs");
        QTest::addColumn<qint64>("rows");
        QTest::addColumn<qint64>("added");
        QTest::addColumn<qint64>("changed");
        QTest::addColumn<qint64>("unchanged");
        QTest::addColumn<qint64>("bad");

        QTest::addRow("a native CSV")
            << QStringLiteral("native.csv")
            << QByteArray("external_id,name,vendor,paradigm,lifecycle_stage\n"
                          "A-1,Claims triage,Acme,,\n"
                          "A-2,Fraud scoring,Beta,Classical ML,Deployed\n"
                          "A-3,Chat helper,Gamma,Agentic AI,Pilot\n")
            << QStringLiteral("CSV") << qint64(3) << qint64(2) << qint64(0) << qint64(1) << qint64(0);
        QTest::addRow("a semicolon CSV with a change and a bad row")
            << QStringLiteral("semicolon.csv")
            << QByteArray("Use case ID;Use case name;Vendor;Stage\r\n"
                          "A-1;Claims triage;Acme Corp;\r\n"
                          "A-2;Fraud scoring;Beta;Frozen\r\n"
                          "A-3;\"Chat\nhelper\";Gamma;Retired\r\n")
            << QStringLiteral("semicolon") << qint64(3) << qint64(1) << qint64(1) << qint64(0) << qint64(1);
        QTest::addRow("a JSON array")
            << QStringLiteral("array.json")
            << QByteArray(R"([{"external_id": "A-1", "name": "Claims triage", "vendor": "Acme"},
                              {"external_id": "A-2", "name": "Fraud scoring", "uses_tools": "Y"}])")
            << QStringLiteral("JSON") << qint64(2) << qint64(1) << qint64(0) << qint64(1) << qint64(0);
        QTest::addRow("a JSON object holding the systems")
            << QStringLiteral("object.json")
            << QByteArray(R"({"systems": [{"id": "A-1", "name": "Claims triage", "vendor": "Acme Corp"},
                                          {"id": "A-2", "name": "Fraud scoring", "Agency": "DOI"},
                                          {"id": "A-2", "name": "Fraud scoring again"}]})")
            << QStringLiteral("JSON") << qint64(3) << qint64(1) << qint64(1) << qint64(0) << qint64(1);
    }
    void filesAreReadEndToEnd()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, describedAs);
        QFETCH(qint64, rows);
        QFETCH(qint64, added);
        QFETCH(qint64, changed);
        QFETCH(qint64, unchanged);
        QFETCH(qint64, bad);

        QVector<Seen> seen;
        const ImportReport report = run(settingsFor(write(fileName, bytes)), &seen);
        QVERIFY2(report.canImport(), qPrintable(report.fatal.message()));
        QVERIFY2(report.sourceDescription.contains(describedAs), qPrintable(report.sourceDescription));
        QCOMPARE(report.file, m_dir.filePath(fileName));
        QCOMPARE(report.rowsRead, rows);
        QCOMPARE(report.newCount, added);
        QCOMPARE(report.changedCount, changed);
        QCOMPARE(report.unchangedCount, unchanged);
        QCOMPARE(report.badRowCount, bad);
        QCOMPARE(report.problems.isEmpty(), bad == 0);
        QCOMPARE(report.newRows.size(), int(added));
        QCOMPARE(report.changedRows.size(), int(changed));
        QCOMPARE(seen.size(), int(rows - bad)); // every good row, and only those
        for (int i = 1; i < seen.size(); ++i)
            QVERIFY2(seen[i - 1].line < seen[i].line, "rows come in file order");
        QVERIFY2(report.missing.isEmpty(), "the only system is named by every file");
    }

    void problemsNameTheFileLine()
    {
        const ImportReport report = run(settingsFor(write(QStringLiteral("lines.csv"),
            "name,paradigm\n"
            "\"Two\nlines\",predictive\n"
            "Quantum thing,Quantum AI\n")));
        QCOMPARE(report.badRowCount, qint64(1));
        QCOMPARE(report.problems.size(), 1);
        QCOMPARE(report.problems.first().line, qint64(4)); // the record starts on line 4 of the file
        QCOMPARE(report.problems.first().column, QStringLiteral("paradigm"));
    }

    void aSavedMappingIsHonoured()
    {
        // Automatic mapping would take "Title" as the name and leave "Code" and "Label" as attributes.
        const QString path = write(QStringLiteral("mapped.csv"),
            "Code,Label,Title,Kind\n"
            "A-1,Claims triage,Dr,Agentic AI\n"
            "A-7,Permit helper,Ms,Classical ML\n");
        ImportSettings settings = settingsFor(path);
        ColumnMapping mapping(QStringList { QStringLiteral("Code"), QStringLiteral("Label"),
            QStringLiteral("Title"), QStringLiteral("Kind") });
        mapping.setTarget(0, SystemField::ExternalId);
        mapping.setTarget(1, SystemField::Name);
        mapping.setTarget(3, SystemField::Paradigm);
        settings.mapping = mapping.toJson(); // as the wizard saves it for the CLI

        QVector<Seen> seen;
        ImportPass pass(settings, m_workspace);
        const ImportReport report = pass.run({}, [&seen](const ConvertedRow &row, const RowOutcome &outcome) {
            seen.append(Seen { outcome.line, outcome.kind, row });
            return true;
        });
        QVERIFY2(report.canImport(), qPrintable(report.fatal.message()));
        // The report says which mapping was used, as a mapping file.
        const QJsonObject used = report.mapping.value(QStringLiteral("columns")).toObject();
        QCOMPARE(used.value(QStringLiteral("Code")).toString(), QStringLiteral("external_id"));
        QVERIFY(used.value(QStringLiteral("Title")).isNull());
        QCOMPARE(seen.size(), 2);
        QCOMPARE(seen[0].kind, RowOutcome::Kind::Changed); // matched by the mapped external id
        QCOMPARE(seen[0].row.key, QStringLiteral("A-1"));
        QCOMPARE(seen[1].kind, RowOutcome::Kind::New);
        QCOMPARE(seen[1].row.name, QStringLiteral("Permit helper"));
        QCOMPARE(
            seen[1].row.customAttributes.value(QStringLiteral("Title")).toString(), QStringLiteral("Ms"));
        QCOMPARE(report.newCount, qint64(1));
        QCOMPARE(report.changedCount, qint64(1));
    }

    void aBrokenMappingIsFatal_data()
    {
        QTest::addColumn<QJsonObject>("mapping");
        QTest::addRow("not a mapping file")
            << json(R"({"format": "something else", "version": 1, "columns": {}})");
        QTest::addRow("a version from the future")
            << json(R"({"format": "mandate-mapping", "version": 7, "columns": {}})");
        QTest::addRow("no columns") << json(R"({"format": "mandate-mapping", "version": 1})");
        QTest::addRow("a field that does not exist")
            << json(R"({"format": "mandate-mapping", "version": 1, "columns": {"Code": "serial_number"}})");
        QTest::addRow("two columns for one field") << json(
            R"({"format": "mandate-mapping", "version": 1, "columns": {"Code": "name", "Label": "name"}})");
    }
    void aBrokenMappingIsFatal()
    {
        QFETCH(QJsonObject, mapping);
        ImportSettings settings
            = settingsFor(write(QStringLiteral("broken-mapping.csv"), "Code,Label\nA-1,Claims\n"));
        settings.mapping = mapping;
        QVector<Seen> seen;
        const ImportReport report = run(settings, &seen);
        QVERIFY(report.fatal.isError());
        QVERIFY(!report.canImport());
        QCOMPARE(report.fatal.file, settings.path);
        QVERIFY(!report.fatal.reason.isEmpty());
        QCOMPARE(report.rowsRead, qint64(0));
        QVERIFY(seen.isEmpty());
    }

    void aRepeatedHeaderOfAFieldIsFatal()
    {
        const ImportReport report = run(settingsFor(
            write(QStringLiteral("two-names.csv"), "name,vendor,name\nClaims triage,Acme,Claims\n")));
        QVERIFY(report.fatal.isError());
        QCOMPARE(report.fatal.line, qint64(1));
        QCOMPARE(report.fatal.column, 3);
        // Both columns are named so the analyst can find them.
        QVERIFY2(report.fatal.reason.contains(QStringLiteral("1"))
                && report.fatal.reason.contains(QStringLiteral("3"))
                && report.fatal.reason.contains(QStringLiteral("\"name\"")),
            qPrintable(report.fatal.reason));
        QCOMPARE(report.rowsRead, qint64(0));
    }

    void aRepeatedQuestionColumnIsANote()
    {
        QVector<Seen> seen;
        const ImportReport report = run(settingsFor(write(QStringLiteral("questionnaire.csv"),
                                            "name,\"If Other, please explain.\",Type of AI,"
                                            "\"If Other, please explain.\"\n"
                                            "Claims triage,hand-written rules,Other,a vendor model\n")),
            &seen);
        QVERIFY2(report.canImport(), qPrintable(report.fatal.message()));
        QCOMPARE(report.notes.size(), 1);
        QVERIFY2(report.notes.first().contains(QStringLiteral("If Other, please explain.")),
            qPrintable(report.notes.first()));
        QCOMPARE(report.rowsRead, qint64(1));
        // "Other" is no paradigm: the row is bad, yet the note still came and both answers are read.
        QCOMPARE(report.badRowCount, qint64(1));

        const ImportReport clean = run(settingsFor(write(QStringLiteral("questionnaire2.csv"),
                                           "name,\"If Other, please explain.\",Type of AI,"
                                           "\"If Other, please explain.\"\n"
                                           "Claims triage,hand-written rules,NLP,a vendor model\n")),
            &seen);
        QVERIFY2(clean.canImport(), qPrintable(clean.fatal.message()));
        QCOMPARE(seen.size(), 1);
        const QJsonObject attributes = seen.first().row.customAttributes;
        QCOMPARE(attributes.size(), 2);
        QCOMPARE(attributes.value(QStringLiteral("If Other, please explain.")).toString(),
            QStringLiteral("hand-written rules"));
        QCOMPARE(attributes.value(QStringLiteral("If Other, please explain. (2)")).toString(),
            QStringLiteral("a vendor model"));
    }

    void aKeyColumnTheFileLacksIsFatal()
    {
        ImportSettings settings
            = settingsFor(write(QStringLiteral("no-key.csv"), "name,vendor\nClaims triage,Acme\n"));
        settings.keyColumn = QStringLiteral("Inventory ref");
        const ImportReport report = run(settings);
        QVERIFY(report.fatal.isError());
        QVERIFY2(
            report.fatal.reason.contains(QStringLiteral("Inventory ref")), qPrintable(report.fatal.reason));
        QCOMPARE(report.rowsRead, qint64(0));
    }

    void theKeyColumnMatchesRows_data()
    {
        QTest::addColumn<QString>("keyColumn");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qint64>("added");
        QTest::addColumn<qint64>("unchanged");

        QTest::addRow("by default the external id")
            << QString() << QByteArray("external_id,name\nA-1,Claims triage renamed\n") << qint64(0)
            << qint64(0);
        QTest::addRow("by default the name when there is no external id")
            << QString() << QByteArray("name,vendor\nClaims triage,Acme\n") << qint64(0) << qint64(1);
        QTest::addRow("a custom attribute the analyst picked")
            << QStringLiteral("Inventory ref")
            << QByteArray("Inventory ref,name,vendor\nINV-1,Claims triage,Acme\n") << qint64(0) << qint64(1);
        QTest::addRow("the name the analyst picked over the external id")
            << QStringLiteral("name") << QByteArray("external_id,name\nZ-9,Claims triage\n") << qint64(0)
            << qint64(0);
        QTest::addRow("a name the workspace does not have")
            << QStringLiteral("name") << QByteArray("external_id,name\nA-1,Other system\n") << qint64(1)
            << qint64(0);
    }
    void theKeyColumnMatchesRows()
    {
        QFETCH(QString, keyColumn);
        QFETCH(QByteArray, bytes);
        QFETCH(qint64, added);
        QFETCH(qint64, unchanged);

        ImportSettings settings = settingsFor(write(QStringLiteral("key.csv"), bytes));
        settings.keyColumn = keyColumn;
        const ImportReport report = run(settings);
        QVERIFY2(report.canImport(), qPrintable(report.fatal.message()));
        QCOMPARE(report.badRowCount, qint64(0));
        QCOMPARE(report.newCount, added);
        QCOMPARE(report.unchangedCount, unchanged);
        QCOMPARE(report.changedCount, 1 - added - unchanged);
        QCOMPARE(report.missing.size(), int(added)); // matched by the same key: unmatched A-1 is missing
    }

    void aFileThatCannotBeReadIsFatal_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addRow("an empty file") << QByteArray();
        QTest::addRow("truncated JSON") << QByteArray(R"([{"name": "Claims triage", "vendor": )");
        QTest::addRow("an unterminated quote") << QByteArray("name,vendor\n\"Claims triage,Acme\n");
    }
    void aFileThatCannotBeReadIsFatal()
    {
        QFETCH(QByteArray, bytes);
        QVector<Seen> seen;
        const ImportReport report = run(settingsFor(write(QStringLiteral("unreadable.txt"), bytes)), &seen);
        QVERIFY(report.fatal.isError());
        QVERIFY(!report.canImport());
        QVERIFY(seen.isEmpty());
    }

    void cancelStopsThePass()
    {
        const std::atomic<bool> cancel { true };
        ImportControl control;
        control.cancel = &cancel;
        QVector<Seen> seen;
        const ImportReport report
            = run(settingsFor(write(QStringLiteral("cancel.csv"), manyRows(2500))), &seen, control);
        QVERIFY(report.cancelled);
        QVERIFY(!report.canImport());
        QVERIFY2(report.rowsRead < 2500, "the pass stops at its first look at the flag");
        QVERIFY(seen.size() < 2500);
    }

    void progressReachesTheTotal_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addRow("a CSV of 2500 rows") << QStringLiteral("progress.csv") << manyRows(2500);
        QByteArray array = "[";
        for (int i = 0; i < 2500; ++i)
            array += (i ? ",\n" : "") + QByteArray(R"({"external_id": "J-)") + QByteArray::number(i)
                + R"(", "name": "System )" + QByteArray::number(i) + "\"}";
        array += "]";
        QTest::addRow("a JSON array of 2500 records") << QStringLiteral("progress.json") << array;
        QTest::addRow("a CSV of one row") << QStringLiteral("one.csv") << QByteArray("name\nClaims triage\n");
    }
    void progressReachesTheTotal()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, bytes);

        QVector<QPair<qint64, qint64>> calls;
        const std::atomic<bool> cancel { false };
        ImportControl control;
        control.cancel = &cancel;
        control.progress = [&calls](qint64 done, qint64 total) { calls.append({ done, total }); };
        const ImportReport report = run(settingsFor(write(fileName, bytes)), nullptr, control);
        QVERIFY2(report.canImport(), qPrintable(report.fatal.message()));
        QVERIFY(!calls.isEmpty());
        QVERIFY2(calls.size() < 10, "progress is reported now and then, never per row");
        QVERIFY(calls.last().second > 0);
        QCOMPARE(calls.last().first, calls.last().second);
        for (int i = 1; i < calls.size(); ++i)
            QVERIFY2(calls[i - 1].first <= calls[i].first, "the bar never goes back");
    }
};

QTEST_GUILESS_MAIN(TestImportPass)
#include "tst_importpass.moc"
