// mandate-cli import end to end: the built binary on inventory files in a temporary folder, checking
// what a script sees (exit codes, the report as text and JSON) and what the workspace holds after:
// the systems, the audit chain, no secret in its bytes, and no byte changed when nothing may be.
#include "clitestsupport.h"
#include "common/testbackend.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace CliTest;

namespace {

const QByteArray kNativeCsv
    = "external_id,name,description,vendor,paradigm,lifecycle_stage,business_owner\n"
      "sys-1,Claims triage,Routes incoming claims,Acme,predictive,production,Dana Reyes\n"
      "sys-2,Support bot,Answers customers,Globex,generative,pilot,Lee Park\n"
      "sys-3,Ops agent,Restarts failed services,Initech,agentic,development,Dana Reyes\n";

const QByteArray kAwsKey = "AKIAIOSFODNN7EXAMPLE";
const QByteArray kGitHubToken = "ghp_"
                                "aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dF3hJ5";

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void helpListsTheImportCommandAndItsOptions();
    void importsANativeCsvIntoANewWorkspace();
    void importsIntoAServerWorkspaceAsIntoAFile();
    void dryRunWritesNothing();
    void reimportingTheSameFileChangesNothing();
    void aChangedValueInTheFileUpdatesTheSystem();
    void aFieldSetByHandIsAConflict_data();
    void aFieldSetByHandIsAConflict();
    void aBadRowIsSkippedAndReportedWithLineAndColumn();
    void abortOnBadRowsLeavesTheWorkspaceUnchanged();
    void unreadableFilesExitTwoNamingTheFile_data();
    void unreadableFilesExitTwoNamingTheFile();
    void secretsAreRedactedAndReportedNeverStored();
    void aMappingFileMapsANonStandardHeader();
    void unusableMappingFilesExitTwoNamingTheMappingFile_data();
    void unusableMappingFilesExitTwoNamingTheMappingFile();
    void usageErrorsExitOne_data();
    void usageErrorsExitOne();
    void jsonReportHasTheDocumentedShape();
    void federalInventoriesImportEverySystemAndColumn_data();
    void federalInventoriesImportEverySystemAndColumn();

private:
    Run cli(const QStringList &arguments) const;
    QString newWorkspace() const;
    QString writeFile(const QString &name, const QByteArray &bytes) const;
    Run import(const QString &ws, const QString &file, const QStringList &extra = {}) const;
    QJsonObject importJson(
        const QString &ws, const QString &file, const QStringList &extra = {}, int expectedExit = 0) const;
    QJsonArray listJson(const QString &ws) const;
    QJsonObject systemNamed(const QString &ws, const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCliImport::cleanup()
{
    m_dir.reset();
}

Run TestCliImport::cli(const QStringList &arguments) const
{
    return runCli(m_dir->filePath(QStringLiteral("config")), arguments);
}

QString TestCliImport::newWorkspace() const
{
    const QString path = m_dir->filePath(QStringLiteral("inventory.mandate"));
    const Run run = cli({ QStringLiteral("init"), path });
    if (run.exitCode != 0)
        qWarning() << "init failed:" << run.err;
    return path;
}

QString TestCliImport::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qWarning() << "cannot write" << path;
    return path;
}

Run TestCliImport::import(const QString &ws, const QString &file, const QStringList &extra) const
{
    return cli(QStringList { QStringLiteral("import"), ws, file } + extra);
}

QJsonObject TestCliImport::importJson(
    const QString &ws, const QString &file, const QStringList &extra, int expectedExit) const
{
    const Run run = import(ws, file, QStringList { QStringLiteral("--json") } + extra);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    if (run.exitCode != expectedExit || error.error != QJsonParseError::NoError || !document.isObject())
        qWarning() << "import --json:" << run.exitCode << error.errorString() << run.out << run.err;
    return document.object();
}

QJsonArray TestCliImport::listJson(const QString &ws) const
{
    const Run run = cli({ QStringLiteral("list"), ws, QStringLiteral("--json") });
    if (run.exitCode != 0)
        qWarning() << "list --json:" << run.err;
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

QJsonObject TestCliImport::systemNamed(const QString &ws, const QString &name) const
{
    const QJsonArray systems = listJson(ws);
    for (const QJsonValue &system : systems) {
        if (system.toObject().value(QStringLiteral("name")).toString() == name)
            return system.toObject();
    }
    return {};
}

static qint64 count(const QJsonObject &report, const char *key)
{
    return report.value(QStringLiteral("counts")).toObject().value(QLatin1String(key)).toInteger(-1);
}

static QString attribute(const QJsonObject &system, const char *key)
{
    return system.value(QStringLiteral("attributes")).toObject().value(QLatin1String(key)).toString();
}

void TestCliImport::helpListsTheImportCommandAndItsOptions()
{
    const Run run = cli({ QStringLiteral("--help") });
    QCOMPARE(run.exitCode, 0);
    for (const char *text : { "import WS FILE", "--format FORMAT", "cyclonedx", "--mapping MAP.json",
             "--key COLUMN", "--abort-on-bad-rows", "--take-file-on-conflict", "--dry-run" })
        QVERIFY2(run.out.contains(QLatin1String(text)), text);
}

void TestCliImport::importsANativeCsvIntoANewWorkspace()
{
    const QString ws = newWorkspace();
    const QString csv = writeFile(QStringLiteral("systems.csv"), kNativeCsv);

    const Run run = import(ws, csv);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("new: 3;")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("Imported into")), qPrintable(run.out));

    const QJsonArray systems = listJson(ws);
    QCOMPARE(systems.size(), 3);
    const QJsonObject agent = systemNamed(ws, QStringLiteral("Ops agent"));
    QCOMPARE(agent.value(QStringLiteral("external_id")).toString(), QStringLiteral("sys-3"));
    QCOMPARE(agent.value(QStringLiteral("paradigm")).toString(), QStringLiteral("agentic"));
    QCOMPARE(agent.value(QStringLiteral("lifecycle_stage")).toString(), QStringLiteral("development"));
    QCOMPARE(attribute(agent, "vendor"), QStringLiteral("Initech"));
    QCOMPARE(attribute(agent, "business_owner"), QStringLiteral("Dana Reyes"));
    QCOMPARE(cli({ QStringLiteral("verify"), ws }).exitCode, 0);
}

// A postgresql:// URI wherever a workspace path goes (issue 8): the same import, the same report.
void TestCliImport::importsIntoAServerWorkspaceAsIntoAFile()
{
    const QString unavailable = Mandate::Test::postgresUnavailable();
    if (!unavailable.isEmpty())
        QSKIP(qPrintable(unavailable));
    const Mandate::Test::ScratchDatabase database;
    QVERIFY2(database.isValid(), qPrintable(database.error()));
    const QString server = database.location();
    const Run init = cli({ QStringLiteral("init"), server });
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    const QString csv = writeFile(QStringLiteral("systems.csv"), kNativeCsv);

    const Run run = import(server, csv);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("new: 3;")), qPrintable(run.out));
    const QJsonObject agent = systemNamed(server, QStringLiteral("Ops agent"));
    QCOMPARE(attribute(agent, "vendor"), QStringLiteral("Initech"));
    QCOMPARE(attribute(agent, "business_owner"), QStringLiteral("Dana Reyes"));
    QVERIFY2(import(server, csv).out.contains(QStringLiteral("unchanged: 3")), "the same file again changes nothing");
    QCOMPARE(cli({ QStringLiteral("verify"), server }).exitCode, 0);
}

void TestCliImport::dryRunWritesNothing()
{
    const QString ws = newWorkspace();
    const QString csv = writeFile(QStringLiteral("systems.csv"), kNativeCsv);
    const QByteArray before = fileHash(ws);

    const QJsonObject report = importJson(ws, csv, { QStringLiteral("--dry-run") });
    QCOMPARE(report.value(QStringLiteral("dryRun")).toBool(), true);
    QCOMPARE(report.value(QStringLiteral("committed")).toBool(), false);
    QCOMPARE(count(report, "new"), 3);
    QCOMPARE(fileHash(ws), before);
    QCOMPARE(listJson(ws).size(), 0);

    const Run text = import(ws, csv, { QStringLiteral("--dry-run") });
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(QStringLiteral("Dry run: nothing was written.")), qPrintable(text.out));
    QCOMPARE(fileHash(ws), before);
}

void TestCliImport::reimportingTheSameFileChangesNothing()
{
    const QString ws = newWorkspace();
    const QString csv = writeFile(QStringLiteral("systems.csv"), kNativeCsv);
    QCOMPARE(import(ws, csv).exitCode, 0);

    const QJsonObject again = importJson(ws, csv);
    QCOMPARE(count(again, "rows"), 3);
    QCOMPARE(count(again, "new"), 0);
    QCOMPARE(count(again, "changed"), 0);
    QCOMPARE(count(again, "unchanged"), 3);
    QCOMPARE(listJson(ws).size(), 3);
    QCOMPARE(cli({ QStringLiteral("verify"), ws }).exitCode, 0);
}

void TestCliImport::aChangedValueInTheFileUpdatesTheSystem()
{
    const QString ws = newWorkspace();
    QCOMPARE(import(ws, writeFile(QStringLiteral("systems.csv"), kNativeCsv)).exitCode, 0);
    QByteArray changed = kNativeCsv;
    changed.replace("Globex,generative,pilot", "Globex,generative,production");
    const QString csv = writeFile(QStringLiteral("systems-v2.csv"), changed);

    const QJsonObject report = importJson(ws, csv);
    QCOMPARE(count(report, "changed"), 1);
    QCOMPARE(count(report, "unchanged"), 2);
    QCOMPARE(count(report, "conflicts"), 0);
    QCOMPARE(report.value(QStringLiteral("committed")).toBool(), true);
    QCOMPARE(
        systemNamed(ws, QStringLiteral("Support bot")).value(QStringLiteral("lifecycle_stage")).toString(),
        QStringLiteral("production"));
    QCOMPARE(listJson(ws).size(), 3);
}

void TestCliImport::aFieldSetByHandIsAConflict_data()
{
    QTest::addColumn<bool>("takeFile");
    QTest::addColumn<QString>("expectedVendor");
    QTest::addRow("the analyst's value is kept by default") << false << QStringLiteral("Globex Holdings");
    QTest::addRow("the file's value is taken when asked") << true << QStringLiteral("Globex");
}

void TestCliImport::aFieldSetByHandIsAConflict()
{
    QFETCH(bool, takeFile);
    QFETCH(QString, expectedVendor);
    const QString ws = newWorkspace();
    const QString csv = writeFile(QStringLiteral("systems.csv"), kNativeCsv);
    QCOMPARE(import(ws, csv).exitCode, 0);
    const qint64 id = systemNamed(ws, QStringLiteral("Support bot")).value(QStringLiteral("id")).toInteger();
    QCOMPARE(cli({ QStringLiteral("set"), ws, QString::number(id), QStringLiteral("vendor"),
                     QStringLiteral("Globex Holdings") })
                 .exitCode,
        0);

    const QStringList extra
        = takeFile ? QStringList { QStringLiteral("--take-file-on-conflict") } : QStringList {};
    const QJsonObject report = importJson(ws, csv, extra);
    QCOMPARE(count(report, "conflicts"), 1);
    QCOMPARE(count(report, "conflictsKept"), takeFile ? 0 : 1);
    const QJsonArray conflicts = report.value(QStringLiteral("conflicts")).toArray();
    QCOMPARE(conflicts.size(), 1);
    const QJsonObject conflict = conflicts.at(0).toObject();
    QCOMPARE(conflict.value(QStringLiteral("name")).toString(), QStringLiteral("Support bot"));
    QCOMPARE(conflict.value(QStringLiteral("field")).toString(), QStringLiteral("vendor"));
    QCOMPARE(conflict.value(QStringLiteral("workspaceValue")).toString(), QStringLiteral("Globex Holdings"));
    QCOMPARE(conflict.value(QStringLiteral("fileValue")).toString(), QStringLiteral("Globex"));
    QCOMPARE(conflict.value(QStringLiteral("kept")).toBool(), !takeFile);
    QCOMPARE(attribute(systemNamed(ws, QStringLiteral("Support bot")), "vendor"), expectedVendor);
    QCOMPARE(cli({ QStringLiteral("verify"), ws }).exitCode, 0);

    // The text report lists it too, saying what happened to it.
    const Run text = import(ws, csv, QStringList { QStringLiteral("--dry-run") });
    if (!takeFile) {
        QVERIFY2(
            text.out.contains(QStringLiteral("Conflict: Support bot, vendor: workspace \"Globex Holdings\", "
                                             "file \"Globex\"; the workspace value is kept.")),
            qPrintable(text.out));
    }
}

void TestCliImport::aBadRowIsSkippedAndReportedWithLineAndColumn()
{
    const QString ws = newWorkspace();
    QByteArray bad = kNativeCsv;
    bad.replace("Globex,generative", "Globex,quantum");
    const QString csv = writeFile(QStringLiteral("systems.csv"), bad);

    const QJsonObject report = importJson(ws, csv);
    QCOMPARE(count(report, "badRows"), 1);
    QCOMPARE(count(report, "new"), 2);
    const QJsonArray problems = report.value(QStringLiteral("problems")).toArray();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.at(0).toObject().value(QStringLiteral("line")).toInteger(), 3);
    QCOMPARE(
        problems.at(0).toObject().value(QStringLiteral("column")).toString(), QStringLiteral("paradigm"));
    QCOMPARE(listJson(ws).size(), 2);
    QVERIFY(systemNamed(ws, QStringLiteral("Support bot")).isEmpty());

    const Run text = import(ws, csv, { QStringLiteral("--dry-run") });
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(
        text.out.contains(csv + QStringLiteral(", line 3, column \"paradigm\": ")), qPrintable(text.out));
}

void TestCliImport::abortOnBadRowsLeavesTheWorkspaceUnchanged()
{
    const QString ws = newWorkspace();
    QCOMPARE(cli({ QStringLiteral("add"), ws, QStringLiteral("--name"), QStringLiteral("Legacy scorer") })
                 .exitCode,
        0);
    QByteArray bad = kNativeCsv;
    bad.replace("Globex,generative", "Globex,quantum");
    const QString csv = writeFile(QStringLiteral("systems.csv"), bad);
    const QByteArray before = fileHash(ws);

    for (const bool dryRun : { false, true }) {
        QStringList arguments { QStringLiteral("--abort-on-bad-rows") };
        if (dryRun)
            arguments << QStringLiteral("--dry-run");
        const Run run = import(ws, csv, arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(
            run.out.contains(csv + QStringLiteral(", line 3, column \"paradigm\": ")), qPrintable(run.out));
        QVERIFY2(run.err.startsWith(QStringLiteral("mandate-cli: ") + csv), qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(fileHash(ws), before);
    }
    QVERIFY(
        !QFile::exists(ws + QStringLiteral("-wal")) || QFileInfo(ws + QStringLiteral("-wal")).size() == 0);
    QCOMPARE(listJson(ws).size(), 1);
}

void TestCliImport::unreadableFilesExitTwoNamingTheFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("exists");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("reason"); // part of the message, where it names the place
    QTest::addRow("an empty file") << QByteArray() << true << QStringList() << QString();
    QByteArray garbage;
    for (int i = 0; i < 4096; ++i)
        garbage.append(char((i * 7919 + 13) % 256));
    QTest::addRow("binary garbage") << garbage << true << QStringList() << QString();
    QTest::addRow("a missing file") << QByteArray() << false << QStringList() << QString();
    QTest::addRow("truncated JSON") << QByteArray("[{\"name\": \"Claims triage\", \"vendor\": \"Ac") << true
                                    << QStringList() << QString();
    QTest::addRow("an unterminated quote names the line the field starts on")
        << QByteArray("name,vendor\nClaims triage,Acme\n\"Fraud scorer,Initech\nSupport bot,Globex\n") << true
        << QStringList() << QStringLiteral(", line 3");
    QTest::addRow("a byte undefined in Windows-1252")
        << QByteArray("name,vendor\nClaims triage,Ac\x81me\n") << true << QStringList() << QStringLiteral(", line 2");
    QTest::addRow("a NUL byte") << QByteArray("name,vendor\nClaims triage,Ac") + '\0' + QByteArray("me\n") << true
                                << QStringList() << QStringLiteral(", line 2");
    QTest::addRow("UTF-16 with an unpaired surrogate")
        << QByteArray("\xff\xfen\0a\0m\0e\0\n\0C\0\x00\xd8x\0\n\0", 20) << true << QStringList()
        << QStringLiteral(", line 2");
    QTest::addRow("one 50 MB field")
        << (QByteArray("name,description\nClaims triage,\"") + QByteArray(50 * 1024 * 1024, 'a') + "\"\n") << true
        << QStringList() << QStringLiteral(", line 2");
    QByteArray wide;
    for (int i = 0; i < 10000; ++i)
        wide += (i ? "," : "") + QByteArray::number(i);
    QTest::addRow("10,000 columns") << wide + "\n" << true << QStringList() << QStringLiteral(", line 1");
    QTest::addRow("two columns that both give the name")
        << QByteArray("name,vendor,Name\nClaims triage,Acme,Claims\n") << true << QStringList()
        << QStringLiteral("both called");
    QTest::addRow("JSON nested 10,000 deep")
        << (QByteArray(10000, '[') + QByteArray(10000, ']')) << true << QStringList() << QString();
    QTest::addRow("CycloneDX with the wrong bomFormat")
        << QByteArray(R"({"bomFormat": "SPDX", "specVersion": "1.6", "components": []})") << true
        << QStringList { QStringLiteral("--format"), QStringLiteral("cyclonedx") } << QStringLiteral("bomFormat");
    QTest::addRow("CycloneDX with an unsupported specVersion")
        << QByteArray(R"({"bomFormat": "CycloneDX", "specVersion": "1.2", "components": []})") << true
        << QStringList() << QStringLiteral("1.2");
    QTest::addRow("SPDX missing required fields")
        << QByteArray(R"({"@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld", "@graph": [
               {"type": "CreationInfo", "@id": "_:ci", "specVersion": "3.0.1", "created": "2026-01-01T00:00:00Z"},
               {"type": "ai_AIPackage", "spdxId": "urn:pkg:1", "creationInfo": "_:ci"}]})")
        << true << QStringList() << QStringLiteral("required");
}

void TestCliImport::unreadableFilesExitTwoNamingTheFile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, exists);
    QFETCH(QStringList, options);
    QFETCH(QString, reason);
    const QString ws = newWorkspace();
    const QString file = exists ? writeFile(QStringLiteral("suspect.csv"), bytes)
                                : m_dir->filePath(QStringLiteral("suspect.csv"));
    const QByteArray before = fileHash(ws);

    for (const bool dryRun : { false, true }) {
        const Run run = import(ws, file, dryRun ? options + QStringList { QStringLiteral("--dry-run") } : options);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
        QVERIFY2(run.err.startsWith(QStringLiteral("mandate-cli: ") + file), qPrintable(run.err));
        QVERIFY2(run.err.contains(reason), qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(fileHash(ws), before);
    }
    const QJsonObject report = importJson(ws, file, options, 2);
    QCOMPARE(report.value(QStringLiteral("committed")).toBool(), false);
    QVERIFY(report.value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .contains(file));
    QCOMPARE(fileHash(ws), before);
}

void TestCliImport::secretsAreRedactedAndReportedNeverStored()
{
    const QString ws = newWorkspace();
    const QByteArray csv = "name,vendor,api_key,description\n"
                           "Claims triage,Acme,"
        + kAwsKey
        + ",Routes claims\n"
          "Support bot,Globex,,Answers customers; uses "
        + kGitHubToken + " to open issues\n";
    const QString file = writeFile(QStringLiteral("secrets.csv"), csv);

    const Run run = import(ws, file);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(file + QStringLiteral(", line 2, column \"api_key\": ")), qPrintable(run.out));
    QVERIFY2(
        run.out.contains(file + QStringLiteral(", line 3, column \"description\": ")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("redacted (F-SECRET-IN-INVENTORY)")), qPrintable(run.out));
    QVERIFY(!run.out.toUtf8().contains(kAwsKey) && !run.err.toUtf8().contains(kAwsKey));
    QVERIFY(!run.out.toUtf8().contains(kGitHubToken) && !run.err.toUtf8().contains(kGitHubToken));

    for (const QString &path : QStringList { ws, ws + QStringLiteral("-wal") }) {
        QFile stored(path);
        if (!stored.open(QIODevice::ReadOnly))
            continue; // no -wal file left behind: nothing to leak
        const QByteArray bytes = stored.readAll();
        QVERIFY2(!bytes.contains(kAwsKey), qPrintable(path));
        QVERIFY2(!bytes.contains(kGitHubToken), qPrintable(path));
    }
    QCOMPARE(listJson(ws).size(), 2);
    const QJsonObject bot = systemNamed(ws, QStringLiteral("Support bot"));
    QVERIFY2(attribute(bot, "description").contains(QStringLiteral("to open issues")),
        qPrintable(attribute(bot, "description")));

    const QJsonObject report = importJson(ws, file, { QStringLiteral("--dry-run") });
    const QJsonArray secrets = report.value(QStringLiteral("secrets")).toArray();
    QCOMPARE(secrets.size(), 2);
    QCOMPARE(secrets.at(0).toObject().value(QStringLiteral("line")).toInteger(), 2);
    QCOMPARE(secrets.at(0).toObject().value(QStringLiteral("column")).toString(), QStringLiteral("api_key"));
    QCOMPARE(secrets.at(1).toObject().value(QStringLiteral("line")).toInteger(), 3);
    QCOMPARE(
        secrets.at(1).toObject().value(QStringLiteral("column")).toString(), QStringLiteral("description"));
}

void TestCliImport::aMappingFileMapsANonStandardHeader()
{
    const QString ws = newWorkspace();
    const QString csv = writeFile(QStringLiteral("tools.csv"),
        "Tool title,Maker,Notes\n"
        "Claims triage,Acme,first\n"
        "Support bot,Globex,second\n");
    // Without the mapping, "Tool title" is not recognised as the name: every row lacks one.
    QCOMPARE(count(importJson(ws, csv, { QStringLiteral("--dry-run") }), "badRows"), 2);

    const QString map = writeFile(QStringLiteral("tools-map.json"),
        R"({"format": "mandate-mapping", "version": 1,
                                      "columns": {"Tool title": "name", "Maker": "vendor", "Notes": null}})");
    const QJsonObject report = importJson(ws, csv, { QStringLiteral("--mapping"), map });
    QCOMPARE(count(report, "new"), 2);
    QCOMPARE(count(report, "badRows"), 0);
    const QJsonObject bot = systemNamed(ws, QStringLiteral("Support bot"));
    QCOMPARE(attribute(bot, "vendor"), QStringLiteral("Globex"));
    QCOMPARE(attribute(bot, "Notes"), QStringLiteral("second"));
}

void TestCliImport::unusableMappingFilesExitTwoNamingTheMappingFile_data()
{
    QTest::addColumn<QByteArray>("mapping");
    QTest::addColumn<bool>("exists");
    QTest::addRow("a missing mapping file") << QByteArray() << false;
    QTest::addRow("a mapping file that is not JSON") << QByteArray("{\n  \"format\": mandate\n}") << true;
    QTest::addRow("JSON that is no mapping") << QByteArray(R"({"columns": {"Tool title": "name"}})") << true;
    QTest::addRow("a mapping to an unknown field")
        << QByteArray(R"({"format": "mandate-mapping", "version": 1, "columns": {"Tool title": "title"}})")
        << true;
}

void TestCliImport::unusableMappingFilesExitTwoNamingTheMappingFile()
{
    QFETCH(QByteArray, mapping);
    QFETCH(bool, exists);
    const QString ws = newWorkspace();
    const QString csv = writeFile(QStringLiteral("systems.csv"), kNativeCsv);
    const QString map = exists ? writeFile(QStringLiteral("map.json"), mapping)
                               : m_dir->filePath(QStringLiteral("map.json"));
    const QByteArray before = fileHash(ws);

    const Run run = import(ws, csv, { QStringLiteral("--mapping"), map });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(QStringLiteral("mandate-cli: ") + map), qPrintable(run.err));
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QCOMPARE(fileHash(ws), before);
    if (qstrcmp(QTest::currentDataTag(), "a mapping file that is not JSON") == 0)
        QVERIFY2(run.err.contains(QStringLiteral(", line 2, column ")), qPrintable(run.err));
}

void TestCliImport::usageErrorsExitOne_data()
{
    QTest::addColumn<QStringList>("arguments"); // WS and FILE stand for a workspace and a good CSV
    QTest::addRow("an unknown format") << QStringList { QStringLiteral("import"), QStringLiteral("WS"),
        QStringLiteral("FILE"), QStringLiteral("--format"), QStringLiteral("xlsx") };
    QTest::addRow("no file") << QStringList { QStringLiteral("import"), QStringLiteral("WS") };
    QTest::addRow("a mapping option without its file") << QStringList { QStringLiteral("import"),
        QStringLiteral("WS"), QStringLiteral("FILE"), QStringLiteral("--mapping") };
    QTest::addRow("an import option given to list")
        << QStringList { QStringLiteral("list"), QStringLiteral("WS"), QStringLiteral("--dry-run") };
}

void TestCliImport::usageErrorsExitOne()
{
    QFETCH(QStringList, arguments);
    const QString ws = newWorkspace();
    const QString csv = writeFile(QStringLiteral("systems.csv"), kNativeCsv);
    const QByteArray before = fileHash(ws);
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^WS$")), ws);
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^FILE$")), csv);

    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith(QStringLiteral("mandate-cli: ")), qPrintable(run.err));
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QCOMPARE(fileHash(ws), before);
}

void TestCliImport::jsonReportHasTheDocumentedShape()
{
    const QString ws = newWorkspace();
    const QString csv = writeFile(QStringLiteral("systems.csv"), kNativeCsv);
    const QJsonObject report = importJson(ws, csv);
    for (const char *key : { "workspace", "file", "format", "source", "dryRun", "committed", "counts",
             "problems", "secrets", "conflicts", "missing", "newPeople", "notes", "mapping", "error" })
        QVERIFY2(report.contains(QLatin1String(key)), key);
    for (const char *key : { "rows", "new", "changed", "unchanged", "badRows", "conflicts", "conflictsKept",
             "missing", "secrets" })
        QVERIFY2(count(report, key) >= 0, key);
    QCOMPARE(report.value(QStringLiteral("file")).toString(), csv);
    QCOMPARE(report.value(QStringLiteral("format")).toString(), QStringLiteral("auto"));
    QVERIFY2(report.value(QStringLiteral("source")).toString().startsWith(QStringLiteral("CSV")),
        qPrintable(report.value(QStringLiteral("source")).toString()));
    QCOMPARE(report.value(QStringLiteral("committed")).toBool(), true);
    QCOMPARE(count(report, "rows"), 3);
    QCOMPARE(count(report, "new"), 3);
    QVERIFY(report.value(QStringLiteral("error")).isNull());
    QCOMPARE(report.value(QStringLiteral("newPeople")).toArray().size(), 2);

    // The mapping it prints is a mapping file: feeding it back reads the file the same way.
    const QJsonObject mapping = report.value(QStringLiteral("mapping")).toObject();
    QCOMPARE(mapping.value(QStringLiteral("columns")).toObject().value(QStringLiteral("vendor")).toString(),
        QStringLiteral("vendor"));
    const QString map = writeFile(QStringLiteral("map.json"), QJsonDocument(mapping).toJson());
    const QJsonObject again = importJson(ws, csv, { QStringLiteral("--mapping"), map });
    QCOMPARE(count(again, "unchanged"), 3);

    // Systems the file no longer names are counted and listed by id.
    const QString shorter
        = writeFile(QStringLiteral("two.csv"), kNativeCsv.left(kNativeCsv.lastIndexOf("sys-3")));
    const QJsonObject partial = importJson(ws, shorter, { QStringLiteral("--dry-run") });
    QCOMPARE(count(partial, "missing"), 1);
    QCOMPARE(partial.value(QStringLiteral("missing")).toArray().at(0).toInteger(),
        systemNamed(ws, QStringLiteral("Ops agent")).value(QStringLiteral("id")).toInteger());
}

void TestCliImport::federalInventoriesImportEverySystemAndColumn_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("systems");
    QTest::addRow("the 2024 inventory with coded headers (UTF-8)")
        << QStringLiteral("2024_consolidated_ai_inventory_raw.csv") << 1757;
    QTest::addRow("the 2024 inventory headed by question text (Windows-1252)")
        << QStringLiteral("2024_consolidated_ai_inventory_raw_v2.csv") << 2133;
}

void TestCliImport::federalInventoriesImportEverySystemAndColumn()
{
    QFETCH(QString, file);
    QFETCH(int, systems);
    const QString shared = qEnvironmentVariable("MANDATE_SHARED_DIR");
    const QString path
        = QDir(shared).filePath(QStringLiteral("datasets/us-federal-ai-inventory-2024/") + file);
    if (shared.isEmpty() || !QFile::exists(path))
        QSKIP("The federal AI inventory is not present (set MANDATE_SHARED_DIR to the shared folder).");
    const QString ws = newWorkspace();

    // The files have no id column, and a use case name recurs across agencies (different systems):
    // matched by name, the repeats are reported as bad rows with the line of the first.
    const QJsonObject byName = importJson(ws, path, { QStringLiteral("--dry-run") });
    QVERIFY(count(byName, "badRows") > 0);
    QVERIFY(byName.value(QStringLiteral("problems")).toArray().first().toObject().value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("also on line")));

    // A first import that matches nothing takes every row as a system.
    const QJsonObject report = importJson(ws, path, { QStringLiteral("--all-new") });
    QCOMPARE(report.value(QStringLiteral("committed")).toBool(), true);
    QCOMPARE(count(report, "rows"), systems);
    QCOMPARE(count(report, "new"), systems);
    const QJsonArray stored = listJson(ws);
    QCOMPARE(stored.size(), count(report, "new"));

    // Every column the mapping leaves unmapped is kept as a custom attribute (each column of these
    // files has a value in some row), and the label vocabularies became lifecycle stages.
    QSet<QString> attributeKeys;
    bool someStage = false;
    for (const QJsonValue &system : stored) {
        const QJsonObject attributes = system.toObject().value(QStringLiteral("attributes")).toObject();
        for (auto it = attributes.begin(); it != attributes.end(); ++it)
            attributeKeys.insert(it.key());
        someStage = someStage
            || system.toObject().value(QStringLiteral("lifecycle_stage")).toString()
                == QLatin1String("production");
    }
    const QJsonObject columns
        = report.value(QStringLiteral("mapping")).toObject().value(QStringLiteral("columns")).toObject();
    QCOMPARE(columns.size(), 62);
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        if (it.value().isNull())
            QVERIFY2(attributeKeys.contains(it.key()), qPrintable(it.key()));
    }
    QVERIFY(someStage);
    const QJsonObject first = QJsonDocument::fromJson(
        cli({ QStringLiteral("show"), ws,
                QString::number(stored.at(0).toObject().value(QStringLiteral("id")).toInteger()),
                QStringLiteral("--json") })
            .out.toUtf8())
                                  .object();
    QVERIFY(first.value(QStringLiteral("attributes")).toObject().size() > 20);
    QCOMPARE(cli({ QStringLiteral("verify"), ws }).exitCode, 0);

}

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cliimport.moc"
