// The rows behind systems: which fields an analyst edited by hand (so a re-import asks before
// overwriting them) and the secret findings of imports, kept with their system.
#include "storage/database.h"
#include "storage/systemrepository.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Mandate;

namespace {

ImportFinding secretFinding(SystemId systemId, qint64 line, const char *column, const char *kind)
{
    ImportFinding finding;
    finding.systemId = systemId;
    finding.rule = QStringLiteral("F-SECRET-IN-INVENTORY");
    finding.sourceFile = QStringLiteral("/data/inventory.csv");
    finding.line = line;
    finding.column = QString::fromUtf8(column);
    finding.detail = QString::fromUtf8(kind);
    finding.foundAt = QDateTime(QDate(2025, 3, 14), QTime(9, 30, 5, 250), Qt::UTC);
    return finding;
}

} // namespace

class TestSystemRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SystemRepository> m_repository;
    int m_files = 0;

    SystemId addSystem(const QString &name, quint32 editedFields = 0)
    {
        AiSystem system;
        system.name = name;
        system.editedFields = editedFields;
        return m_repository->insertSystem(system);
    }

    AiSystem reloaded(SystemId id) const
    {
        QHash<SystemId, AiSystem> systems;
        QVector<SystemId> order;
        if (!m_repository->loadSystems(&systems, &order))
            return {};
        return systems.value(id);
    }

private slots:
    void init()
    {
        m_repository.reset();
        m_database.reset();
        WorkspaceError error;
        m_database = Database::create(m_dir.filePath(QStringLiteral("w%1.mandate").arg(++m_files)), &error);
        QVERIFY2(m_database, qPrintable(error.message()));
        m_repository = std::make_unique<SystemRepository>(*m_database);
    }

    void cleanup()
    {
        m_repository.reset();
        m_database.reset();
    }

    void everyFieldHasItsOwnBitInTheEditedMask()
    {
        quint32 all = 0;
        for (SystemField field : allSystemFields()) {
            QVERIFY2(int(field) < 32, qPrintable(fieldId(field)));
            QVERIFY(!(all & AiSystem::editedBit(field)));
            all |= AiSystem::editedBit(field);
        }
        AiSystem system;
        system.markEdited(SystemField::Vendor);
        system.markEdited(SystemField::RiskOwner);
        system.markEdited(SystemField::Vendor, false);
        QVERIFY(!system.isEdited(SystemField::Vendor));
        QVERIFY(system.isEdited(SystemField::RiskOwner));
    }

    void editedFieldsSurviveAReload()
    {
        AiSystem system;
        system.markEdited(SystemField::Paradigm);
        system.markEdited(SystemField::CustomAttributes); // the highest bit in use
        const SystemId id = addSystem(QStringLiteral("Code review agent"), system.editedFields);
        QVERIFY2(id != 0, qPrintable(m_repository->lastError()));
        QCOMPARE(reloaded(id).editedFields, system.editedFields);
    }

    void updatingAFieldMarksItOnlyForHandEdits_data()
    {
        QTest::addColumn<bool>("byHand");
        QTest::addRow("an analyst's edit marks the field") << true;
        QTest::addRow("a write that is not a hand edit leaves the mask alone") << false;
    }

    void updatingAFieldMarksItOnlyForHandEdits()
    {
        QFETCH(bool, byHand);
        const quint32 nameEdited = AiSystem::editedBit(SystemField::Name);
        const SystemId id = addSystem(QStringLiteral("Claims triage"), nameEdited);
        QVERIFY(m_repository->updateSystemField(id, SystemField::UsesTools, QStringLiteral("yes"), byHand));
        const AiSystem system = reloaded(id);
        QCOMPARE(system.behaviour.usesTools, Tristate::Yes);
        QCOMPARE(system.isEdited(SystemField::UsesTools), byHand);
        QVERIFY(system.isEdited(SystemField::Name)); // earlier edits stay marked
    }

    void updatingAMissingSystemFails()
    {
        QVERIFY(!m_repository->updateSystemField(404, SystemField::Name, QStringLiteral("x"), true));
        QVERIFY(!m_repository->setEditedFields(404, 0));
    }

    void setEditedFieldsReplacesTheMask()
    {
        const SystemId id = addSystem(QStringLiteral("Chatbot"), AiSystem::editedBit(SystemField::Vendor));
        const quint32 mask = AiSystem::editedBit(SystemField::LifecycleStage);
        QVERIFY(m_repository->setEditedFields(id, mask));
        QCOMPARE(reloaded(id).editedFields, mask);
        QVERIFY(m_repository->setEditedFields(id, 0));
        QCOMPARE(reloaded(id).editedFields, 0u);
    }

    void importFindingsComeBackPerSystemInTheOrderFound()
    {
        const SystemId agent = addSystem(QStringLiteral("Deploy agent"));
        const SystemId other = addSystem(QStringLiteral("Chatbot"));
        const ImportFinding first = secretFinding(agent, 7, "notes", "AWS access key");
        const qint64 firstId = m_repository->insertImportFinding(first);
        QVERIFY2(firstId != 0, qPrintable(m_repository->lastError()));
        QVERIFY(m_repository->insertImportFinding(secretFinding(other, 8, "api", "JWT")));
        QVERIFY(m_repository->insertImportFinding(secretFinding(agent, 3, "key", "Private key")));

        const QVector<ImportFinding> findings = m_repository->importFindings(agent);
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings[0].id, firstId);
        QCOMPARE(findings[0].systemId, agent);
        QCOMPARE(findings[0].rule, first.rule);
        QCOMPARE(findings[0].sourceFile, first.sourceFile);
        QCOMPARE(findings[0].line, qint64(7));
        QCOMPARE(findings[0].column, QStringLiteral("notes"));
        QCOMPARE(findings[0].detail, QStringLiteral("AWS access key"));
        QCOMPARE(findings[0].foundAt, first.foundAt);
        QCOMPARE(findings[1].line, qint64(3));
        QCOMPARE(m_repository->importFindings(other).size(), 1);
    }

    void importFindingsGoWithTheirSystem()
    {
        const SystemId id = addSystem(QStringLiteral("Retired agent"));
        QVERIFY(m_repository->insertImportFinding(secretFinding(id, 2, "token", "GitHub token")));
        QVERIFY(m_repository->removeSystem(id));
        QVERIFY(m_repository->importFindings(id).isEmpty());
    }

    void aFindingForAnUnknownSystemIsRefused()
    {
        QCOMPARE(m_repository->insertImportFinding(secretFinding(404, 1, "key", "JWT")), qint64(0));
        QVERIFY(!m_repository->lastError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSystemRepository)
#include "tst_systemrepository.moc"
