// mandate-cli export end to end, on the built binary: a filtered CSV export selects what
// `list --filter` lists and imports back into a new workspace as the same systems, a JSON export
// parses, holds the workspace and imports back too, a campaign's CSV holds its decisions; each refusal (unknown
// format, no --out, an --out that is a folder, an unknown campaign, a filter that matches nothing,
// an option export does not take) exits non-zero, says why and leaves no file.
#include "clitestsupport.h"

#include "models/exportfixture.h"
#include "views/pdftext.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace CliTest;
using namespace Mandate;

class TestCliExport : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ws;
    QString m_outDir; // where exports go; empty after every refusal
    ExportFixture::Seed m_seed;

    Run cli(const QStringList &arguments) const { return runCli(m_dir->filePath(QStringLiteral("config")), arguments); }
    QString out(const char *name) const { return m_outDir + u'/' + QLatin1String(name); }

    // Every native field of every system as text, owners by name, keyed by external id.
    static QMap<QString, QStringList> contents(const QString &path)
    {
        WorkspaceError error;
        const std::unique_ptr<Workspace> workspace = Workspace::open(path, &error);
        QMap<QString, QStringList> result;
        if (!workspace)
            return result;
        for (const SystemId id : workspace->systemIds()) {
            const AiSystem *s = workspace->system(id);
            QStringList values;
            for (const SystemField field : allSystemFields()) {
                if (field == SystemField::CustomAttributes) {
                    values << AiSystem::attributesText(s->customAttributes);
                } else if (isOwnerField(field)) {
                    const Person *person = workspace->person(s->value(field).toLongLong());
                    values << (person ? person->name : QString());
                } else {
                    values << s->value(field).toString();
                }
            }
            result.insert(s->externalId, values);
        }
        return result;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_ws = m_dir->filePath(QStringLiteral("source.mandate"));
        m_outDir = m_dir->filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(m_outDir));
        m_seed = {};
        WorkspaceError error;
        const std::unique_ptr<Workspace> workspace = Workspace::create(m_ws, &error);
        QVERIFY(workspace);
        QVERIFY(ExportFixture::seed(*workspace, &m_seed));
    }
    void cleanup() { m_dir.reset(); }

    void aFilteredCsvExportImportsBackAsTheSameSystems()
    {
        const QString file = out("agents.csv");
        const Run exported = cli({ QStringLiteral("export"), m_ws, QStringLiteral("--format"), QStringLiteral("csv"),
            QStringLiteral("--out"), file, QStringLiteral("--filter"), QStringLiteral("p") });
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        // "systems" once the English plural forms are in; until then "system(s)".
        QVERIFY2(exported.out.startsWith(QStringLiteral("Wrote 2 system")) && exported.out.contains(file),
            qPrintable(exported.out));

        // The filter keeps what list --filter lists.
        QStringList listed;
        const QJsonArray list = QJsonDocument::fromJson(cli({ QStringLiteral("list"), m_ws, QStringLiteral("--json"),
            QStringLiteral("--filter"), QStringLiteral("p") }).out.toUtf8()).array();
        for (const QJsonValue &system : list)
            listed << system.toObject().value(QStringLiteral("external_id")).toString();
        QMap<QString, QStringList> expected = contents(m_ws);
        for (const QString &key : expected.keys()) {
            if (!listed.contains(key))
                expected.remove(key);
        }
        QCOMPARE(expected.size(), 2);

        const QString copy = m_dir->filePath(QStringLiteral("copy.mandate"));
        QCOMPARE(cli({ QStringLiteral("init"), copy }).exitCode, 0);
        const Run imported = cli({ QStringLiteral("import"), copy, file });
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QCOMPARE(contents(copy), expected);
    }

    void aJsonExportHoldsTheWorkspace()
    {
        const QString file = out("workspace.json");
        const Run exported = cli({ QStringLiteral("export"), m_ws, QStringLiteral("--format"), QStringLiteral("json"),
            QStringLiteral("--out"), file });
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY2(exported.out.startsWith(QStringLiteral("Wrote 3 system")), qPrintable(exported.out));
        QFile json(file);
        QVERIFY(json.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(json.readAll(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("mandate-workspace-export"));
        QCOMPARE(root.value(QStringLiteral("systems")).toArray().size(), 3);
        QCOMPARE(root.value(QStringLiteral("campaigns")).toArray().size(), 1);
        QVERIFY(root.value(QStringLiteral("audit")).toObject().value(QStringLiteral("chain_valid")).toBool());

        // Its systems import back as they were.
        const QString copy = m_dir->filePath(QStringLiteral("copy.mandate"));
        QCOMPARE(cli({ QStringLiteral("init"), copy }).exitCode, 0);
        const Run imported = cli({ QStringLiteral("import"), copy, file });
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QCOMPARE(contents(copy), contents(m_ws));
    }

    // The report is checked in depth by tst_inventoryreport and tst_campaignreport; here, that the
    // command writes it, for the filtered systems or the campaign, under a headless application.
    void aPdfReportHoldsTheFilteredSystemsOrTheCampaign()
    {
        if (!Mandate::Test::hasPdfToText())
            QSKIP("pdftotext (poppler-utils) is not installed; scripts/test.sh installs it");
        const QString report = out("report.pdf");
        const Run exported = cli({ QStringLiteral("export"), m_ws, QStringLiteral("--format"), QStringLiteral("pdf"),
            QStringLiteral("--out"), report, QStringLiteral("--filter"), QStringLiteral("deploy") });
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY2(exported.out.startsWith(QStringLiteral("Wrote a report on 1 system")), qPrintable(exported.out));
        const QString text = Mandate::Test::pdfText(report);
        QVERIFY2(text.contains(QStringLiteral("Deploy agent")), qPrintable(text.left(1000)));
        QVERIFY(text.contains(QStringLiteral("Filter: deploy")));
        QVERIFY(!text.contains(QStringLiteral("Payroll app")));

        const QString record = out("campaign.pdf");
        const Run campaign = cli({ QStringLiteral("export"), m_ws, QStringLiteral("--format"), QStringLiteral("pdf"),
            QStringLiteral("--out"), record, QStringLiteral("--campaign"), QString::number(m_seed.campaign) });
        QVERIFY2(campaign.exitCode == 0, qPrintable(campaign.err));
        QVERIFY2(campaign.out.startsWith(QStringLiteral("Wrote the report of campaign %1").arg(m_seed.campaign)),
            qPrintable(campaign.out));
        QVERIFY(Mandate::Test::pdfText(record).contains(QStringLiteral("Q2 Überprüfung")));
    }

    void aCampaignCsvHoldsItsDecisions()
    {
        const QString file = out("campaign.csv");
        const Run exported = cli({ QStringLiteral("export"), m_ws, QStringLiteral("--format"), QStringLiteral("csv"),
            QStringLiteral("--out"), file, QStringLiteral("--campaign"), QString::number(m_seed.campaign) });
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY2(exported.out.contains(QStringLiteral("of campaign %1 to ").arg(m_seed.campaign)), qPrintable(exported.out));
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        QVERIFY(text.startsWith(QStringLiteral("campaign_id,campaign,")));
        QVERIFY2(text.contains(QStringLiteral(",keep,")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Needs it für Deployments")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Q2 Überprüfung")));
    }

    void aRefusalExitsNonZeroAndLeavesNoFile_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString file = QStringLiteral("@out/export.csv");
        QTest::addRow("an unknown format") << QStringList { QStringLiteral("--format"), QStringLiteral("xlsx"),
            QStringLiteral("--out"), file } << 1 << QStringLiteral("unknown format \"xlsx\"");
        QTest::addRow("no format") << QStringList { QStringLiteral("--out"), file } << 1 << QStringLiteral("--format is required");
        QTest::addRow("no out") << QStringList { QStringLiteral("--format"), QStringLiteral("csv") } << 1
                                << QStringLiteral("--out is required");
        QTest::addRow("an out that is a folder") << QStringList { QStringLiteral("--format"), QStringLiteral("csv"),
            QStringLiteral("--out"), QStringLiteral("@out") } << 2 << QStringLiteral("is a folder");
        QTest::addRow("an unknown campaign") << QStringList { QStringLiteral("--format"), QStringLiteral("csv"),
            QStringLiteral("--out"), file, QStringLiteral("--campaign"), QStringLiteral("999") } << 2
                                             << QStringLiteral("no review campaign with id 999");
        QTest::addRow("a campaign that is no number") << QStringList { QStringLiteral("--format"), QStringLiteral("json"),
            QStringLiteral("--out"), file, QStringLiteral("--campaign"), QStringLiteral("q2") } << 2
                                                      << QStringLiteral("no review campaign with id q2");
        QTest::addRow("a filter that matches nothing") << QStringList { QStringLiteral("--format"), QStringLiteral("json"),
            QStringLiteral("--out"), file, QStringLiteral("--filter"), QStringLiteral("zzz-nothing") } << 2
                                                       << QStringLiteral("no system matches the filter");
        QTest::addRow("a filter with a campaign csv") << QStringList { QStringLiteral("--format"), QStringLiteral("csv"),
            QStringLiteral("--out"), file, QStringLiteral("--campaign"), QStringLiteral("1"), QStringLiteral("--filter"),
            QStringLiteral("p") } << 1 << QStringLiteral("--filter does not apply");
        QTest::addRow("an option export does not take") << QStringList { QStringLiteral("--format"), QStringLiteral("csv"),
            QStringLiteral("--out"), file, QStringLiteral("--dry-run") } << 1 << QStringLiteral("--dry-run is not an option");
        QTest::addRow("json output") << QStringList { QStringLiteral("--format"), QStringLiteral("csv"),
            QStringLiteral("--out"), file, QStringLiteral("--json") } << 1 << QStringLiteral("--json is not an option");
    }

    void aRefusalExitsNonZeroAndLeavesNoFile()
    {
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        options.replaceInStrings(QStringLiteral("@out"), m_outDir);
        const QByteArray before = fileHash(m_ws);
        const Run run = cli(QStringList { QStringLiteral("export"), m_ws } + options);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(QDir(m_outDir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
        QCOMPARE(fileHash(m_ws), before);
    }

    void otherCommandsRefuseTheExportOptions()
    {
        const Run run = cli({ QStringLiteral("list"), m_ws, QStringLiteral("--out"), out("x") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("--out is not an option")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"
