// The native CSV export: what an import of the file gives back is what was exported (owners by
// name, custom attributes, text with commas, quotes, line breaks and CJK), formula cells are made
// inert, and a device that fails mid-way makes the export fail with the reason.
#include "io/csvinventorywriter.h"
#include "models/failingdevice.h"
#include "storage/importwriter.h"
#include "storage/workspace.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Mandate;

class TestCsvInventoryWriter : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;

    std::unique_ptr<Workspace> createWorkspace(const QString &name) const
    {
        WorkspaceError error;
        return Workspace::create(m_dir->filePath(name), &error);
    }

    // Every native field of every system as text, owners by name, keyed by external id.
    static QMap<QString, QStringList> contents(const Workspace &workspace)
    {
        QMap<QString, QStringList> result;
        for (const SystemId id : workspace.systemIds()) {
            const AiSystem *s = workspace.system(id);
            QStringList values;
            for (const SystemField field : allSystemFields()) {
                if (field == SystemField::CustomAttributes)
                    values << AiSystem::attributesText(s->customAttributes);
                else if (isOwnerField(field))
                    values << (workspace.person(s->value(field).toLongLong()) ? workspace.person(s->value(field).toLongLong())->name : QString());
                else
                    values << s->value(field).toString();
            }
            result.insert(s->externalId, values);
        }
        return result;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_workspace = createWorkspace(QStringLiteral("source.mandate"));
        QVERIFY(m_workspace);
        AiSystem agent;
        agent.externalId = QStringLiteral("SYS-1");
        agent.name = QStringLiteral("Deploy agent");
        agent.description = QStringLiteral("Deploys, merges \"hotfixes\"\nand rolls back");
        agent.paradigm = Paradigm::Agentic;
        agent.behaviour.usesTools = Tristate::Yes;
        agent.behaviour.approvalGate = ApprovalGate::PerAction;
        agent.lifecycleStage = LifecycleStage::Production;
        agent.offboardingPlan = QStringLiteral("Revoke the deploy token");
        agent.reviewCadenceDays = 90;
        agent.lastReviewed = QDate(2026, 10, 1);
        agent.offboardLogsRetained = true;
        agent.customAttributes = QJsonObject { { QStringLiteral("cost_centre"), QStringLiteral("CC-42") } };
        const SystemId a = m_workspace->addSystem(agent);
        QVERIFY(m_workspace->setSystemOwner(a, SystemField::BusinessOwner, QStringLiteral("Jürgen Müller")));
        QVERIFY(m_workspace->setSystemOwner(a, SystemField::TechnicalOwner, QStringLiteral("佐藤 健")));
        AiSystem forecast;
        forecast.externalId = QStringLiteral("SYS-2");
        forecast.name = QStringLiteral("需要予測");
        forecast.vendor = QStringLiteral("Acme, Inc.");
        forecast.paradigm = Paradigm::Predictive;
        QVERIFY(m_workspace->addSystem(forecast));
    }

    void anImportOfTheExportGivesTheSameSystems()
    {
        const QString path = m_dir->filePath(QStringLiteral("export.csv"));
        QString error;
        QVERIFY2(CsvInventoryWriter::writeFile(*m_workspace, m_workspace->systemIds(), path, &error), qPrintable(error));

        std::unique_ptr<Workspace> copy = createWorkspace(QStringLiteral("copy.mandate"));
        QVERIFY(copy);
        ImportSettings settings;
        settings.path = path;
        const ImportContext context = copy->beginImport();
        const ImportResult result = ImportWriter::write(context, settings, ImportControl {});
        copy->finishImport(result);
        QVERIFY2(result.committed, qPrintable(result.error));
        QCOMPARE(contents(*copy), contents(*m_workspace));
    }

    void formulaCellsAreMadeInert_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("written");
        QTest::addRow("equals") << QStringLiteral("=HYPERLINK(\"x\")") << QStringLiteral("'=HYPERLINK(\"x\")");
        QTest::addRow("plus") << QStringLiteral("+1") << QStringLiteral("'+1");
        QTest::addRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::addRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::addRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::addRow("carriage return") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
        QTest::addRow("an equals sign inside") << QStringLiteral("a=b") << QStringLiteral("a=b");
        QTest::addRow("empty") << QString() << QString();
    }

    void formulaCellsAreMadeInert()
    {
        QFETCH(QString, cell);
        QFETCH(QString, written);
        QCOMPARE(CsvInventoryWriter::neutralised(cell), written);
    }

    void aSystemNamedLikeAFormulaIsWrittenInert()
    {
        QVERIFY(m_workspace->setSystemValue(m_workspace->systemIds().first(), SystemField::Name, QStringLiteral("=cmd|' /C calc'!A0")));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY(CsvInventoryWriter::write(*m_workspace, m_workspace->systemIds(), buffer, &error));
        QVERIFY(buffer.data().contains("'=cmd|' /C calc'!A0"));
        QVERIFY(!buffer.data().contains(",=cmd"));
    }

    void aDeviceThatFailsMakesTheExportFailWithTheReason()
    {
        Test::FailingDevice device(100);
        QString error;
        QVERIFY(!CsvInventoryWriter::write(*m_workspace, m_workspace->systemIds(), device, &error));
        QVERIFY2(error.contains(QStringLiteral("No space left on device")), qPrintable(error));
    }

    void aFileThatCannotBeWrittenLeavesNothingAndNamesThePath()
    {
        const QString path = m_dir->filePath(QStringLiteral("missing/folder/export.csv"));
        QString error;
        QVERIFY(!CsvInventoryWriter::writeFile(*m_workspace, m_workspace->systemIds(), path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestCsvInventoryWriter)
#include "tst_csvinventorywriter.moc"
