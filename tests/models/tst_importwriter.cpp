// ImportWriter with Workspace::beginImport / finishImport and the import's undo step: what an
// import leaves in a real workspace file. The analyst notices systems or people missing after a
// reopen, an audit log that no longer verifies, a half-done import, a secret in the file, their
// own edits overwritten, or an undo that does not undo.
#include "common/testworkspacelocation.h"
#include "storage/importwriter.h"
#include "storage/workspace.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <functional>

using namespace Mandate;

namespace {

const QString kActor = QStringLiteral("Test analyst");
const QString kAwsKey = QStringLiteral("AKIAIOSFODNN7EXAMPLE");
const QString kGitHubToken = QStringLiteral("ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8");

const QByteArray kFirstFile = "external_id,name,vendor,paradigm,lifecycle_stage,uses_tools,business_owner,"
                              "technical_owner,Agency\n"
                              "A-1,Claims triage,Acme,Classical ML,Deployed,no,Alice Ng,Bob Li,DOI\n"
                              "A-2,Fraud scoring,Beta,Agentic AI,Pilot,Y,alice ng,,DOI\n"
                              "A-3,Chat helper,,Generative AI,,,,,\n";

bool holds(const QByteArray &bytes, const QString &secret)
{
    const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
    return bytes.contains(secret.toUtf8()) || bytes.contains(utf16);
}

// "action entity field" of each audit entry.
QStringList trail(const QVector<AuditEntry> &entries)
{
    QStringList out;
    for (const AuditEntry &entry : entries)
        out << QStringList { entry.action, entry.entity, entry.field }.join(QLatin1Char(' '));
    return out;
}

enum class Failure {
    BadRowNotSkipped,
    FileGainedARow,
    FileLostARow,
    FileValuesChanged,
    FileBecameUnreadable,
    CancelledWhileWriting,
};
enum class Choice { KeepMine, TakeThisField, TakeAll };

} // namespace

Q_DECLARE_METATYPE(Failure)
Q_DECLARE_METATYPE(Choice)

class TestImportWriter : public QObject
{
    Q_OBJECT

private:
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    ImportSettings settingsFor(const QString &path) const
    {
        ImportSettings settings;
        settings.path = path;
        return settings;
    }

    // The wizard's two passes: check, then (after afterCheck) write with the workspace busy.
    ImportResult import(const ImportSettings &settings, const std::function<void()> &afterCheck = {},
        const ImportControl &writeControl = {})
    {
        const WorkspaceSnapshot snapshot = m_workspace->importSnapshot();
        ImportPass check(settings, snapshot);
        const ImportReport checked = check.run({});
        if (afterCheck)
            afterCheck();
        const ImportContext context = m_workspace->beginImport();
        const ImportResult result = ImportWriter::write(context, settings, checked, writeControl);
        m_workspace->finishImport(result);
        return result;
    }

    ImportResult importFirstFile()
    {
        return import(settingsFor(writeFile(QStringLiteral("first.csv"), kFirstFile)));
    }

    const AiSystem *byExternalId(const QString &externalId) const
    {
        for (const SystemId id : m_workspace->systemIds()) {
            if (m_workspace->system(id)->externalId == externalId)
                return m_workspace->system(id);
        }
        return nullptr;
    }

    void reopen()
    {
        const QString path = m_location->path();
        m_workspace.reset();
        WorkspaceError error;
        m_workspace = Workspace::open(path, &error);
        QVERIFY2(m_workspace, qPrintable(error.message()));
        m_workspace->setActor(kActor);
    }

    // What kFirstFile puts in a workspace.
    void checkFirstFileImported()
    {
        QCOMPARE(m_workspace->systemCount(), 3);
        const PersonId alice = m_workspace->personIdByName(QStringLiteral("Alice Ng"));
        const PersonId bob = m_workspace->personIdByName(QStringLiteral("Bob Li"));
        QVERIFY(alice && bob);
        QCOMPARE(m_workspace->people().size(), 2); // "alice ng" is the same person
        QCOMPARE(m_workspace->person(alice)->name, QStringLiteral("Alice Ng"));

        const AiSystem *claims = byExternalId(QStringLiteral("A-1"));
        QVERIFY(claims);
        QCOMPARE(claims->name, QStringLiteral("Claims triage"));
        QCOMPARE(claims->vendor, QStringLiteral("Acme"));
        QCOMPARE(claims->paradigm, Paradigm::Predictive);
        QCOMPARE(claims->lifecycleStage, LifecycleStage::Production);
        QCOMPARE(claims->behaviour.usesTools, Tristate::No);
        QCOMPARE(claims->businessOwner, alice);
        QCOMPARE(claims->technicalOwner, bob);
        QCOMPARE(claims->customAttributes.value(QStringLiteral("Agency")).toString(), QStringLiteral("DOI"));
        QCOMPARE(claims->editedFields, 0u);

        const AiSystem *fraud = byExternalId(QStringLiteral("A-2"));
        QVERIFY(fraud);
        QCOMPARE(fraud->paradigm, Paradigm::Agentic);
        QCOMPARE(fraud->lifecycleStage, LifecycleStage::Pilot);
        QCOMPARE(fraud->behaviour.usesTools, Tristate::Yes);
        QCOMPARE(fraud->businessOwner, alice);
        QCOMPARE(fraud->technicalOwner, PersonId(0));

        const AiSystem *chat = byExternalId(QStringLiteral("A-3"));
        QVERIFY(chat);
        QCOMPARE(chat->vendor, QString());
        QCOMPARE(chat->paradigm, Paradigm::Generative);
        QCOMPARE(chat->lifecycleStage, LifecycleStage::Proposed);
        QCOMPARE(chat->behaviour.usesTools, Tristate::Unknown);
        QVERIFY(chat->customAttributes.isEmpty());
    }

    std::unique_ptr<QTemporaryDir> m_dir; // the files imported
    std::unique_ptr<Test::WorkspaceLocation> m_location;
    std::unique_ptr<Workspace> m_workspace;

private slots:
    void initTestCase()
    {
        const QString unavailable = Test::backendUnavailable();
        if (!unavailable.isEmpty())
            QSKIP(qPrintable(unavailable));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_location = std::make_unique<Test::WorkspaceLocation>(QStringLiteral("inventory.mandate"));
        QVERIFY2(m_location->isValid(), qPrintable(m_location->error()));
        WorkspaceError error;
        m_workspace = Workspace::create(m_location->path(), &error);
        QVERIFY2(m_workspace, qPrintable(error.message()));
        m_workspace->setActor(kActor);
    }
    void cleanup()
    {
        m_workspace.reset();
        m_location.reset();
        m_dir.reset();
    }

    void anImportFillsANewWorkspace()
    {
        const qint64 auditBefore = m_workspace->auditCount();
        const QByteArray storedBefore = m_location->storedBytes();
        QSignalSpy added(m_workspace.get(), &Workspace::systemsAdded);
        const ImportResult result = importFirstFile();
        QVERIFY2(m_location->storedBytes() != storedBefore,
            "an import that commits changes what is stored");
        QVERIFY2(result.committed, qPrintable(result.error));
        QVERIFY(result.error.isEmpty());
        QCOMPARE(result.addedIds.size(), 3);
        QCOMPARE(result.addedPeople.size(), 2);
        QCOMPARE(result.report.newCount, qint64(3));
        QVERIFY(!m_workspace->isImporting());
        QCOMPARE(added.count(), 1);
        checkFirstFileImported();
        if (QTest::currentTestFailed())
            return;

        const AuditVerification verified = m_workspace->verifyAudit();
        QVERIFY2(verified.ok, qPrintable(verified.problem));
        QCOMPARE(m_workspace->auditCount(), auditBefore + 6);
        const QStringList entries = trail(m_workspace->auditEntries(auditBefore + 1));
        QCOMPARE(entries.count(QStringLiteral("import system name")), 3);
        QCOMPARE(entries.count(QStringLiteral("create person name")), 2);
        QCOMPARE(entries.last(), QStringLiteral("import workspace file"));
        QCOMPARE(m_workspace->undoStack()->count(), 1);

        reopen();
        checkFirstFileImported();
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(m_workspace->auditCount(), auditBefore + 6);
        QVERIFY(m_workspace->verifyAudit().ok);
    }

    void theSameFileTwiceAddsNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("systems");
        QTest::addRow("a native file with external ids") << kFirstFile << 3;
        QTest::addRow("a file without external ids, matched by name")
            << QByteArray("name,vendor,Agency\nClaims triage,Acme,DOI\nFraud scoring,Beta,\n") << 2;
        QTest::addRow("a file whose external id is blank on one row")
            << QByteArray("external_id,name,vendor\nA-1,Claims triage,Acme\n,Chat helper,Gamma\n") << 2;
    }
    void theSameFileTwiceAddsNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, systems);
        const QString path = writeFile(QStringLiteral("twice.csv"), bytes);
        QVERIFY(import(settingsFor(path)).committed);
        QCOMPARE(m_workspace->systemCount(), systems);

        const ImportResult again = import(settingsFor(path));
        QVERIFY2(again.committed, qPrintable(again.error));
        QCOMPARE(m_workspace->systemCount(), systems);
        QCOMPARE(again.report.newCount, qint64(0));
        QCOMPARE(again.report.changedCount, qint64(0));
        QCOMPARE(again.report.unchangedCount, qint64(systems));
        QCOMPARE(m_workspace->undoStack()->count(), 1); // nothing changed: no second undo step
        QVERIFY(m_workspace->verifyAudit().ok);
    }

    void aFailedImportWritesNothing_data()
    {
        QTest::addColumn<Failure>("failure");
        QTest::addRow("a bad row when skipping was not chosen") << Failure::BadRowNotSkipped;
        QTest::addRow("a file that gained a row after the check") << Failure::FileGainedARow;
        QTest::addRow("a file that lost a row after the check") << Failure::FileLostARow;
        QTest::addRow("a file whose values changed after the check") << Failure::FileValuesChanged;
        QTest::addRow("a file that became unreadable after the check") << Failure::FileBecameUnreadable;
        QTest::addRow("a cancel while writing") << Failure::CancelledWhileWriting;
    }
    void aFailedImportWritesNothing()
    {
        QFETCH(Failure, failure);
        QVERIFY(importFirstFile().committed);

        // A-1 changes and A-4 is new, so both an update and an insert are under way when it fails.
        QByteArray second = "external_id,name,vendor,paradigm\n"
                            "A-1,Claims triage,Acme Corp,\n"
                            "A-4,Permit helper,Delta,NLP\n";
        if (failure == Failure::BadRowNotSkipped)
            second += "A-5,Quantum thing,,Quantum AI\n";
        if (failure == Failure::CancelledWhileWriting) {
            for (int i = 0; i < 1500; ++i)
                second += "B-" + QByteArray::number(i) + ",System " + QByteArray::number(i) + ",,\n";
        }
        const QString path = writeFile(QStringLiteral("second.csv"), second);
        ImportSettings settings = settingsFor(path);
        settings.skipBadRows = failure != Failure::BadRowNotSkipped;

        const QByteArray storedBefore = m_location->storedBytes();
        const qint64 auditBefore = m_workspace->auditCount();
        const int peopleBefore = m_workspace->people().size();

        std::function<void()> afterCheck;
        if (failure == Failure::FileGainedARow)
            afterCheck = [&] { writeFile(QStringLiteral("second.csv"), second + "A-6,Late arrival,,\n"); };
        if (failure == Failure::FileLostARow)
            afterCheck
                = [&] { writeFile(QStringLiteral("second.csv"), second.left(second.lastIndexOf("A-4"))); };
        if (failure == Failure::FileValuesChanged) {
            // Same rows, same kinds, same counts: only the value the analyst agreed to is different.
            afterCheck = [&] {
                QByteArray changedValues = second;
                writeFile(QStringLiteral("second.csv"), changedValues.replace("Acme Corp", "Acme Holdings"));
            };
        }
        if (failure == Failure::FileBecameUnreadable)
            afterCheck = [&] { writeFile(QStringLiteral("second.csv"), second + "A-7,\"never closed,,\n"); };
        const std::atomic<bool> cancel { failure == Failure::CancelledWhileWriting };
        ImportControl control;
        control.cancel = &cancel;

        QSignalSpy changed(m_workspace.get(), &Workspace::systemsChanged);
        const ImportResult result = import(settings, afterCheck, control);
        QVERIFY(!result.committed);
        QVERIFY(!result.error.isEmpty());
        QVERIFY(result.addedIds.isEmpty() && result.changes.isEmpty() && result.addedPeople.isEmpty());
        QVERIFY(!m_workspace->isImporting());
        QCOMPARE(changed.count(), 0);

        QCOMPARE(m_workspace->systemCount(), 3);
        QCOMPARE(byExternalId(QStringLiteral("A-1"))->vendor, QStringLiteral("Acme"));
        QCOMPARE(m_workspace->auditCount(), auditBefore);
        QVERIFY(m_workspace->verifyAudit().ok);
        QCOMPARE(m_workspace->undoStack()->count(), 1);
        QVERIFY2(m_location->storedBytes() == storedBefore, "the workspace is stored as it was (file and log, or rows)");

        reopen();
        QCOMPARE(m_workspace->systemCount(), 3);
        QCOMPARE(m_workspace->people().size(), peopleBefore);
        QCOMPARE(byExternalId(QStringLiteral("A-1"))->vendor, QStringLiteral("Acme"));
        QVERIFY(!byExternalId(QStringLiteral("A-4")));
        QCOMPARE(m_workspace->auditCount(), auditBefore);
        QVERIFY(m_workspace->verifyAudit().ok);
    }

    void aSkippedBadRowLeavesTheOthersImported()
    {
        const QString path = writeFile(QStringLiteral("skip.csv"),
            "name,paradigm\n"
            "Claims triage,NLP\n"
            "Quantum thing,Quantum AI\n");
        const ImportResult result = import(settingsFor(path));
        QVERIFY2(result.committed, qPrintable(result.error));
        QCOMPARE(result.report.badRowCount, qint64(1));
        QCOMPARE(m_workspace->systemCount(), 1);
        QVERIFY(m_workspace->verifyAudit().ok);
    }

    // The CLI's single pass: the same decisions with no check before, and still all or nothing.
    void oneWritePassWithoutACheck_data()
    {
        QTest::addColumn<bool>("skipBadRows");
        QTest::addColumn<bool>("committed");
        QTest::addColumn<int>("systems");
        QTest::addRow("bad rows skipped: the others are stored") << true << true << 1;
        QTest::addRow("bad rows abort: nothing is stored") << false << false << 0;
    }

    void oneWritePassWithoutACheck()
    {
        QFETCH(bool, skipBadRows);
        QFETCH(bool, committed);
        QFETCH(int, systems);
        const QString path = writeFile(QStringLiteral("single.csv"),
            "name,paradigm,api_key\n"
            "Claims triage,NLP,AKIAIOSFODNN7EXAMPLE\n"
            "Quantum thing,Quantum AI,\n");
        ImportSettings settings = settingsFor(path);
        settings.skipBadRows = skipBadRows;
        const qint64 auditBefore = m_workspace->auditCount();

        const ImportContext context = m_workspace->beginImport();
        const ImportResult result = ImportWriter::write(context, settings, ImportControl {});
        m_workspace->finishImport(result);

        QCOMPARE(result.committed, committed);
        // The report is complete either way: the CLI prints it.
        QCOMPARE(result.report.rowsRead, qint64(2));
        QCOMPARE(result.report.badRowCount, qint64(1));
        QCOMPARE(result.report.secrets.size(), 1);
        QCOMPARE(m_workspace->systemCount(), systems);
        if (committed) {
            QCOMPARE(result.failure, ImportResult::Failure::None);
            QCOMPARE(m_workspace->importFindings(m_workspace->systemIds().first()).size(), 1);
        } else {
            QCOMPARE(result.failure, ImportResult::Failure::File);
            QCOMPARE(m_workspace->auditCount(), auditBefore);
            reopen();
            QCOMPARE(m_workspace->systemCount(), 0);
        }
        QVERIFY(m_workspace->verifyAudit().ok);
    }

    void aSecretIsRedactedAndRecordedAsAFinding()
    {
        const QString path = writeFile(QStringLiteral("secrets.csv"),
            "external_id,name,description,api_key\n"
            "S-1,Deploy bot,\"Pushes with "
                + kGitHubToken.toUtf8() + " from CI\"," + kAwsKey.toUtf8()
                + "\n"
                  "S-2,Plain bot,Nothing to hide,\n");
        const ImportResult result = import(settingsFor(path));
        QVERIFY2(result.committed, qPrintable(result.error));
        QCOMPARE(result.findingsStored, qint64(2));
        QCOMPARE(result.report.secrets.size(), 2);

        const AiSystem *bot = byExternalId(QStringLiteral("S-1"));
        QVERIFY(bot);
        QVERIFY(!bot->description.contains(kGitHubToken));
        QVERIFY(bot->description.contains(QStringLiteral("[redacted")));
        QVERIFY(bot->customAttributes.value(QStringLiteral("api_key"))
                    .toString()
                    .contains(QStringLiteral("[redacted")));

        struct Expected
        {
            const char *column;
            const char *kind;
        };
        const QVector<Expected> expected { { "description", "GitHub token" },
            { "api_key", "AWS access key" } };
        const auto checkFindings = [&] {
            const QVector<ImportFinding> findings = m_workspace->importFindings(bot->id);
            QCOMPARE(findings.size(), expected.size());
            for (int i = 0; i < findings.size(); ++i) {
                QCOMPARE(findings[i].systemId, bot->id);
                QCOMPARE(findings[i].rule, QStringLiteral("F-SECRET-IN-INVENTORY"));
                QCOMPARE(findings[i].sourceFile, path);
                QCOMPARE(findings[i].line, qint64(2));
                QCOMPARE(findings[i].column, QString::fromUtf8(expected[i].column));
                QCOMPARE(findings[i].detail, QString::fromUtf8(expected[i].kind));
            }
            QVERIFY(m_workspace->importFindings(byExternalId(QStringLiteral("S-2"))->id).isEmpty());
        };
        checkFindings();
        if (QTest::currentTestFailed())
            return;

        for (const AuditEntry &entry : m_workspace->auditEntries()) {
            const QString entryText
                = QStringList { entry.field, entry.oldValue, entry.newValue }.join(QLatin1Char(' '));
            QVERIFY2(
                !entryText.contains(kAwsKey) && !entryText.contains(kGitHubToken), qPrintable(entryText));
        }
        QVERIFY2(!holds(m_location->storedBytes(), kAwsKey), "while open");
        QVERIFY2(!holds(m_location->storedBytes(), kGitHubToken), "while open");

        m_workspace.reset(); // closing checkpoints a file's log into the file
        const QByteArray closed = m_location->storedBytes();
        QVERIFY(!closed.isEmpty());
        QVERIFY2(!holds(closed, kAwsKey), "the AWS key is in the closed workspace");
        QVERIFY2(!holds(closed, kGitHubToken), "the GitHub token is in the closed workspace");

        reopen();
        bot = byExternalId(QStringLiteral("S-1"));
        QVERIFY(bot);
        checkFindings();
    }

    void reimportingASecretRaisesNoSecondFinding()
    {
        const QString path = writeFile(QStringLiteral("secrets.csv"),
            "external_id,name,api_key\nS-1,Deploy bot," + kAwsKey.toUtf8() + "\n");
        QVERIFY(import(settingsFor(path)).committed);
        const SystemId bot = byExternalId(QStringLiteral("S-1"))->id;
        QCOMPARE(m_workspace->importFindings(bot).size(), 1);

        // The same file again: the row is unchanged (the redacted value is what is stored).
        const ImportResult again = import(settingsFor(path));
        QVERIFY2(again.committed, qPrintable(again.error));
        QCOMPARE(again.report.unchangedCount, qint64(1));
        QCOMPARE(m_workspace->systemCount(), 1);
        QCOMPARE(m_workspace->importFindings(bot).size(), 1);
        QVERIFY(m_workspace->verifyAudit().ok);
    }

    void aReimportKeepsTheAnalystsWorkUnlessTold_data()
    {
        QTest::addColumn<Choice>("choice");
        QTest::addColumn<bool>("fileWins");
        QTest::addRow("a conflict not given to the file keeps the analyst's value")
            << Choice::KeepMine << false;
        QTest::addRow("a conflict given to the file for this field takes the file's")
            << Choice::TakeThisField << true;
        QTest::addRow("conflicts given to the file for all take the file's") << Choice::TakeAll << true;
    }
    void aReimportKeepsTheAnalystsWorkUnlessTold()
    {
        QFETCH(Choice, choice);
        QFETCH(bool, fileWins);
        QVERIFY(importFirstFile().committed);
        const SystemId claims = byExternalId(QStringLiteral("A-1"))->id;
        const SystemId fraud = byExternalId(QStringLiteral("A-2"))->id;
        QVERIFY(m_workspace->setSystemValue(fraud, SystemField::Vendor, QStringLiteral("Beta (checked)")));
        QVERIFY(
            m_workspace->setSystemValue(claims, SystemField::Description, QStringLiteral("Analyst notes")));
        QVERIFY(m_workspace->system(fraud)->isEdited(SystemField::Vendor));

        ImportSettings settings = settingsFor(writeFile(QStringLiteral("second.csv"),
            "external_id,name,vendor,Agency\n"
            "A-1,Claims triage,Acme Corp,DOI\n"
            "A-2,Fraud scoring,Beta Labs,USDA\n"
            "A-3,Chat helper,,\n"));
        if (choice == Choice::TakeThisField)
            settings.conflicts.takeFile.insert({ fraud, int(SystemField::Vendor) });
        if (choice == Choice::TakeAll)
            settings.conflicts.takeFileForAll = true;
        const ImportResult result = import(settings);
        QVERIFY2(result.committed, qPrintable(result.error));
        QCOMPARE(result.report.conflictCount, qint64(1));
        QCOMPARE(result.report.changedCount, qint64(2));
        QCOMPARE(result.report.unchangedCount, qint64(1));

        for (int pass = 0; pass < 2; ++pass) { // in memory, then as stored
            const AiSystem *a1 = m_workspace->system(claims);
            const AiSystem *a2 = m_workspace->system(fraud);
            QVERIFY(a1 && a2);
            QCOMPARE(a1->vendor, QStringLiteral("Acme Corp"));
            QVERIFY(!a1->isEdited(SystemField::Vendor));
            QCOMPARE(a1->description, QStringLiteral("Analyst notes")); // the file says nothing about it
            QVERIFY(a1->isEdited(SystemField::Description));
            QCOMPARE(a2->vendor, fileWins ? QStringLiteral("Beta Labs") : QStringLiteral("Beta (checked)"));
            QCOMPARE(
                a2->isEdited(SystemField::Vendor), !fileWins); // the file's value is no longer the analyst's
            QCOMPARE(a2->customAttributes.value(QStringLiteral("Agency")).toString(), QStringLiteral("USDA"));
            QVERIFY(m_workspace->verifyAudit().ok);
            if (pass == 0)
                reopen();
        }
    }

    void undoAndRedoAnImport()
    {
        QVERIFY(importFirstFile().committed);
        const SystemId claims = byExternalId(QStringLiteral("A-1"))->id;
        const AiSystem claimsBefore = *m_workspace->system(claims);

        const QString path = writeFile(QStringLiteral("second.csv"),
            "external_id,name,vendor,business_owner,Agency,api_key\n"
            "A-1,Claims triage,Acme Corp,Carol Diaz,USDA,\n"
            "A-4,Permit helper,Delta,Alice Ng,DOI,"
                + kAwsKey.toUtf8() + "\n");
        const ImportResult result = import(settingsFor(path));
        QVERIFY2(result.committed, qPrintable(result.error));
        QCOMPARE(result.addedIds.size(), 1);
        const SystemId permit = result.addedIds.first();
        const AiSystem permitAsImported = *m_workspace->system(permit);
        const AiSystem claimsAfter = *m_workspace->system(claims);
        QCOMPARE(claimsAfter.vendor, QStringLiteral("Acme Corp"));
        QCOMPARE(m_workspace->undoStack()->count(), 2);
        QCOMPARE(m_workspace->importFindings(permit).size(), 1);

        const auto sameSystem = [](const AiSystem &actual, const AiSystem &expected) {
            for (const SystemField field : allSystemFields()) {
                if (actual.value(field) != expected.value(field))
                    return false;
            }
            return true;
        };

        m_workspace->undoStack()->undo();
        QCOMPARE(m_workspace->systemCount(), 3);
        QVERIFY(!m_workspace->system(permit));
        QVERIFY2(sameSystem(*m_workspace->system(claims), claimsBefore), "every changed value is back");
        AuditVerification verified = m_workspace->verifyAudit();
        QVERIFY2(verified.ok, qPrintable(verified.problem));

        m_workspace->undoStack()->redo();
        QCOMPARE(m_workspace->systemCount(), 4);
        QVERIFY(m_workspace->system(permit));
        QVERIFY2(sameSystem(*m_workspace->system(permit), permitAsImported),
            "the added system is back as imported");
        QVERIFY2(sameSystem(*m_workspace->system(claims), claimsAfter), "the changes are back");
        QCOMPARE(m_workspace->importFindings(permit).size(), 1); // the finding comes back with its system
        verified = m_workspace->verifyAudit();
        QVERIFY2(verified.ok, qPrintable(verified.problem));

        // Both imports undone leave an empty inventory; both redone, the full one.
        m_workspace->undoStack()->undo();
        m_workspace->undoStack()->undo();
        QCOMPARE(m_workspace->systemCount(), 0);
        QVERIFY(m_workspace->verifyAudit().ok);
        m_workspace->undoStack()->redo();
        m_workspace->undoStack()->redo();
        QCOMPARE(m_workspace->systemCount(), 4);
        QVERIFY(m_workspace->verifyAudit().ok);

        reopen();
        QCOMPARE(m_workspace->systemCount(), 4);
        QVERIFY2(sameSystem(*m_workspace->system(permit), permitAsImported), "stored as imported");
        QVERIFY2(sameSystem(*m_workspace->system(claims), claimsAfter), "stored as changed");
        QCOMPARE(m_workspace->importFindings(permit).size(), 1);
        QVERIFY(m_workspace->verifyAudit().ok);
    }

    void undoAfterTakingAConflictGivesTheFieldBackToTheAnalyst()
    {
        QVERIFY(importFirstFile().committed);
        const SystemId fraud = byExternalId(QStringLiteral("A-2"))->id;
        QVERIFY(m_workspace->setSystemValue(fraud, SystemField::Vendor, QStringLiteral("Beta (checked)")));
        ImportSettings settings
            = settingsFor(writeFile(QStringLiteral("second.csv"), "external_id,vendor\nA-2,Beta Labs\n"));
        settings.conflicts.takeFileForAll = true;
        QVERIFY(import(settings).committed);
        QVERIFY(!m_workspace->system(fraud)->isEdited(SystemField::Vendor));

        m_workspace->undoStack()->undo();
        QCOMPARE(m_workspace->system(fraud)->vendor, QStringLiteral("Beta (checked)"));
        // The analyst's value is back, so a third import must ask again before overwriting it.
        QVERIFY(m_workspace->system(fraud)->isEdited(SystemField::Vendor));
    }

    void editsAreRefusedWhileImporting()
    {
        QVERIFY(importFirstFile().committed);
        const SystemId claims = byExternalId(QStringLiteral("A-1"))->id;
        const qint64 auditBefore = m_workspace->auditCount();

        m_workspace->beginImport();
        QVERIFY(m_workspace->isImporting());
        QVERIFY(!m_workspace->setSystemValue(claims, SystemField::Vendor, QStringLiteral("Acme Corp")));
        QVERIFY2(!m_workspace->lastError().isEmpty(), "the analyst is told why");
        QCOMPARE(m_workspace->system(claims)->vendor, QStringLiteral("Acme"));
        QCOMPARE(m_workspace->addSystem(AiSystem {}), SystemId(0));
        QCOMPARE(m_workspace->undoStack()->count(), 1);
        m_workspace->finishImport(ImportResult {}); // nothing committed

        QVERIFY(!m_workspace->isImporting());
        QCOMPARE(m_workspace->auditCount(), auditBefore);
        QVERIFY(m_workspace->setSystemValue(claims, SystemField::Vendor, QStringLiteral("Acme Corp")));
        QCOMPARE(m_workspace->system(claims)->vendor, QStringLiteral("Acme Corp"));
    }

    void undoIsRefusedWhileImporting()
    {
        // The write pass may own the connection on a worker thread; an undo from the main window
        // must not write through it meanwhile.
        QVERIFY(importFirstFile().committed);
        const SystemId claims = byExternalId(QStringLiteral("A-1"))->id;
        QVERIFY(m_workspace->setSystemValue(claims, SystemField::Vendor, QStringLiteral("Acme Corp")));

        m_workspace->beginImport();
        m_workspace->undoStack()->undo();
        const QString vendorWhileImporting = m_workspace->system(claims)->vendor;
        m_workspace->finishImport(ImportResult {});
        QCOMPARE(vendorWhileImporting, QStringLiteral("Acme Corp"));
        QVERIFY(m_workspace->verifyAudit().ok);
    }
};

QTEST_GUILESS_MAIN(TestImportWriter)
#include "tst_importwriter.moc"
