// The JSON export of a whole workspace: read back with QJsonDocument it holds each system with its
// privileges, mappings, owners and placement, the people, credentials, catalogs, campaigns with
// their decisions and the audit head; umlauts and CJK survive; the scope limits the systems only;
// a device that fails mid-way and a path that cannot be written fail with the reason and leave
// nothing behind; the systems array imports back as the same systems.
#include "exportfixture.h"
#include "io/workspacejsonwriter.h"
#include "models/failingdevice.h"
#include "storage/importwriter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Mandate;

namespace {

QJsonObject byName(const QJsonArray &array, const QString &name)
{
    for (const QJsonValue &value : array) {
        if (value.toObject().value(QStringLiteral("name")).toString() == name)
            return value.toObject();
    }
    return {};
}

} // namespace

class TestWorkspaceJsonWriter : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    ExportFixture::Seed m_seed;

    QJsonObject exported(const QVector<SystemId> &ids, const WorkspaceJsonWriter::Options &options = {})
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        if (!WorkspaceJsonWriter::write(*m_workspace, ids, buffer, &error, options))
            qWarning("%s", qPrintable(error));
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(buffer.data(), &parseError);
        if (parseError.error != QJsonParseError::NoError)
            qWarning("%s at %d", qPrintable(parseError.errorString()), parseError.offset);
        return document.object();
    }

    // Every native field of every system as text, owners by name, keyed by external id.
    static QMap<QString, QStringList> contents(const Workspace &workspace)
    {
        QMap<QString, QStringList> result;
        for (const SystemId id : workspace.systemIds()) {
            const AiSystem *s = workspace.system(id);
            QStringList values;
            for (const SystemField field : allSystemFields()) {
                if (field == SystemField::CustomAttributes) {
                    values << AiSystem::attributesText(s->customAttributes);
                } else if (isOwnerField(field)) {
                    const Person *person = workspace.person(s->value(field).toLongLong());
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
        WorkspaceError error;
        m_workspace = Workspace::create(m_dir->filePath(QStringLiteral("source.mandate")), &error);
        QVERIFY(m_workspace);
        m_seed = {};
        QVERIFY(ExportFixture::seed(*m_workspace, &m_seed));
    }
    void cleanup()
    {
        m_workspace.reset();
        m_dir.reset();
    }

    void theExportSaysWhatItIsAndWhereTheAuditChainEnds()
    {
        const QJsonObject root = exported(m_workspace->systemIds());
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("mandate-workspace-export"));
        QCOMPARE(root.value(QStringLiteral("format_version")).toInt(), 1);
        QCOMPARE(root.value(QStringLiteral("schema_version")).toInt(), m_workspace->schemaVersion());
        const QDateTime at = QDateTime::fromString(root.value(QStringLiteral("exported_at")).toString(), Qt::ISODate);
        QVERIFY(at.isValid());
        QCOMPARE(at.timeSpec(), Qt::UTC);
        const AuditVerification audit = m_workspace->verifyAudit();
        const QJsonObject auditJson = root.value(QStringLiteral("audit")).toObject();
        QCOMPARE(auditJson.value(QStringLiteral("entries")).toInteger(), audit.entriesChecked);
        QCOMPARE(auditJson.value(QStringLiteral("head_hash")).toString(), QString::fromLatin1(audit.headHash));
        QCOMPARE(auditJson.value(QStringLiteral("chain_valid")).toBool(), true);
        QVERIFY(!root.contains(QStringLiteral("audit_entries")));
    }

    void aSystemCarriesItsPrivilegesMappingsOwnersAndPlacement()
    {
        const QJsonObject root = exported(m_workspace->systemIds());
        const QJsonArray systems = root.value(QStringLiteral("systems")).toArray();
        QCOMPARE(systems.size(), 3);
        const QJsonObject agent = byName(systems, QStringLiteral("Deploy agent"));
        QCOMPARE(agent.value(QStringLiteral("id")).toInteger(), m_seed.agent);
        QCOMPARE(agent.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("business_owner")).toString(),
            QStringLiteral("Jürgen Müller"));
        const QJsonArray privileges = agent.value(QStringLiteral("privileges")).toArray();
        QCOMPARE(privileges.size(), 1);
        const QJsonObject privilege = privileges.at(0).toObject();
        QCOMPARE(privilege.value(QStringLiteral("target")).toString(), QStringLiteral("prod-cluster"));
        QCOMPARE(privilege.value(QStringLiteral("scope")).toString(), QStringLiteral("admin"));
        QCOMPARE(privilege.value(QStringLiteral("credential_id")).toInteger(), m_seed.credential);
        const QJsonArray mappings = agent.value(QStringLiteral("mappings")).toArray();
        QCOMPARE(mappings.size(), 1);
        QCOMPARE(mappings.at(0).toObject().value(QStringLiteral("item")).toString(), QStringLiteral("ASI03"));
        QCOMPARE(mappings.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("partial"));
        QCOMPARE(agent.value(QStringLiteral("placement")).toObject().value(QStringLiteral("paradigm")).toString(),
            QStringLiteral("agentic"));
        // Systems without privileges or mappings say so with empty arrays.
        const QJsonObject payroll = byName(systems, QStringLiteral("Payroll app"));
        QCOMPARE(payroll.value(QStringLiteral("privileges")).toArray().size(), 0);
        QCOMPARE(payroll.value(QStringLiteral("mappings")).toArray().size(), 0);
    }

    void peopleCredentialsAndCatalogsAreThereWhole()
    {
        const QJsonObject root = exported({ m_seed.forecast });
        QVERIFY(!byName(root.value(QStringLiteral("people")).toArray(), QStringLiteral("Jürgen Müller")).isEmpty());
        const QJsonObject credential = byName(root.value(QStringLiteral("credentials")).toArray(), QStringLiteral("svc-deploy"));
        QCOMPARE(credential.value(QStringLiteral("kind")).toString(), QStringLiteral("token"));
        QCOMPARE(credential.value(QStringLiteral("created")).toString(), QStringLiteral("2026-01-05"));
        QCOMPARE(credential.value(QStringLiteral("environments")).toArray(), QJsonArray { QStringLiteral("production") });
        QVERIFY(credential.value(QStringLiteral("expires")).isNull());
        QStringList catalogs;
        for (const QJsonValue &catalog : root.value(QStringLiteral("catalogs")).toArray())
            catalogs << catalog.toObject().value(QStringLiteral("id")).toString();
        QVERIFY2(catalogs.contains(QStringLiteral("owasp-agentic-2026")), qPrintable(catalogs.join(u' ')));
    }

    void campaignsCarryEachDecisionWithItsJustification()
    {
        const QJsonObject root = exported(m_workspace->systemIds());
        const QJsonArray campaigns = root.value(QStringLiteral("campaigns")).toArray();
        QCOMPARE(campaigns.size(), 1);
        const QJsonObject campaign = campaigns.at(0).toObject();
        QCOMPARE(campaign.value(QStringLiteral("name")).toString(), QStringLiteral("Q2 Überprüfung"));
        QCOMPARE(campaign.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        const QJsonArray items = campaign.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), m_workspace->reviewItems(m_seed.campaign).size());
        bool found = false;
        for (const QJsonValue &value : items) {
            const QJsonObject item = value.toObject();
            if (item.value(QStringLiteral("id")).toInteger() != m_seed.privilegeItem)
                continue;
            found = true;
            QCOMPARE(item.value(QStringLiteral("decision")).toString(), QStringLiteral("keep"));
            QCOMPARE(item.value(QStringLiteral("justification")).toString(), ExportFixture::kJustification);
            QCOMPARE(item.value(QStringLiteral("decided_by")).toString(), QStringLiteral("Rita"));
            QVERIFY(QDateTime::fromString(item.value(QStringLiteral("decided_at")).toString(), Qt::ISODate).isValid());
            QCOMPARE(item.value(QStringLiteral("system_name")).toString(), QStringLiteral("Deploy agent"));
            QCOMPARE(item.value(QStringLiteral("subject")).toObject().value(QStringLiteral("privilege")).toObject()
                         .value(QStringLiteral("target")).toString(), QStringLiteral("prod-cluster"));
        }
        QVERIFY(found);
    }

    void umlautsAndCjkSurvive()
    {
        const QJsonObject root = exported(m_workspace->systemIds());
        const QJsonArray systems = root.value(QStringLiteral("systems")).toArray();
        QVERIFY(!byName(systems, QStringLiteral("需要予測")).isEmpty());
        const QJsonObject agent = byName(systems, QStringLiteral("Deploy agent"));
        QCOMPARE(agent.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("description")).toString(),
            QStringLiteral("Rolls out Größenänderungen"));
        QCOMPARE(agent.value(QStringLiteral("mappings")).toArray().at(0).toObject().value(QStringLiteral("control_note")).toString(),
            QStringLiteral("Vault-Tokens, 日次ローテーション"));
    }

    void theScopeLimitsTheSystemsOnly()
    {
        const QJsonObject root = exported({ m_seed.payroll, m_seed.forecast, 999999 });
        const QJsonArray systems = root.value(QStringLiteral("systems")).toArray();
        QCOMPARE(systems.size(), 2); // in the order given, the unknown id skipped
        QCOMPARE(systems.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Payroll app"));
        QCOMPARE(systems.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("需要予測"));
        QCOMPARE(root.value(QStringLiteral("campaigns")).toArray().size(), 1);
        QCOMPARE(root.value(QStringLiteral("credentials")).toArray().size(), 1);
        QVERIFY(exported({}).value(QStringLiteral("systems")).isArray());
    }

    void oneCampaignAndTheAuditEntriesOnRequest()
    {
        WorkspaceJsonWriter::Options options;
        options.auditEntries = true;
        options.campaign = 999999;
        const QJsonObject root = exported(m_workspace->systemIds(), options);
        QCOMPARE(root.value(QStringLiteral("campaigns")).toArray().size(), 0);
        const QJsonArray entries = root.value(QStringLiteral("audit_entries")).toArray();
        QCOMPARE(entries.size(), m_workspace->auditCount());
        QCOMPARE(entries.last().toObject().value(QStringLiteral("hash")).toString(),
            QString::fromLatin1(m_workspace->verifyAudit().headHash));
    }

    void anImportOfTheExportGivesTheSameSystems()
    {
        QVERIFY(m_workspace->setSystemValue(m_seed.forecast, SystemField::LastReviewed, QDate(2026, 3, 1)));
        QVERIFY(m_workspace->setSystemValue(m_seed.forecast, SystemField::ReviewCadenceDays, 30));
        QVERIFY(m_workspace->setSystemValue(m_seed.forecast, SystemField::OffboardLogsRetained, true));
        const QString path = m_dir->filePath(QStringLiteral("export.json"));
        QString error;
        QVERIFY2(WorkspaceJsonWriter::writeFile(*m_workspace, m_workspace->systemIds(), path, &error), qPrintable(error));

        WorkspaceError openError;
        const std::unique_ptr<Workspace> copy = Workspace::create(m_dir->filePath(QStringLiteral("copy.mandate")), &openError);
        QVERIFY(copy);
        ImportSettings settings;
        settings.path = path;
        const ImportContext context = copy->beginImport();
        const ImportResult result = ImportWriter::write(context, settings, ImportControl {});
        copy->finishImport(result);
        QVERIFY2(result.committed, qPrintable(result.error));
        QCOMPARE(contents(*copy), contents(*m_workspace));
    }

    void aDeviceThatFailsMidWayFailsTheExportWithTheReason()
    {
        Test::FailingDevice device(200);
        QString error;
        QVERIFY(!WorkspaceJsonWriter::write(*m_workspace, m_workspace->systemIds(), device, &error));
        QVERIFY2(error.contains(QStringLiteral("No space left on device")), qPrintable(error));
    }

    void aPathThatCannotBeWrittenLeavesNothing()
    {
        const QString path = m_dir->filePath(QStringLiteral("missing/folder/export.json"));
        QString error;
        QVERIFY(!WorkspaceJsonWriter::writeFile(*m_workspace, m_workspace->systemIds(), path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QDir(m_dir->filePath(QStringLiteral("missing"))).exists());
    }

    void aFileIsWrittenWhole()
    {
        const QString path = m_dir->filePath(QStringLiteral("export.json"));
        QString error;
        QVERIFY2(WorkspaceJsonWriter::writeFile(*m_workspace, m_workspace->systemIds(), path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("systems")).toArray().size(), 3);
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).filter(QStringLiteral("export")),
            QStringList { QStringLiteral("export.json") });
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceJsonWriter)
#include "tst_workspacejsonwriter.moc"
