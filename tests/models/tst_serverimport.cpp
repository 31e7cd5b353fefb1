// Inventory and evidence imports into a server workspace (issue 8): the server's import store
// (importstoreserver.cpp) and the evidence path, which send many rows to a statement. What an
// analyst notices: every row of the file there after a reopen, with its owners and secret
// findings; one undo step; a chain that verifies though another analyst wrote meanwhile; nothing
// stored when someone changed a system the import would overwrite; the other analyst's window
// showing the import on its own, and the importing one not reading it all back. Skips without a
// test server.
#include "common/sharedworkspace.h"
#include "storage/importwriter.h"
#include "storage/workspace.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUndoStack>

#include <memory>

using namespace Mandate;

namespace {

const QString kAwsKey = QStringLiteral("AKIAIOSFODNN7EXAMPLE");

// rows systems "Agent 1" … with two owners among three people, more rows than one statement holds.
QByteArray inventory(int rows, const QString &vendorOfTriage = QStringLiteral("Acme"))
{
    QByteArray csv = "name,vendor,business_owner,notes\n";
    csv += QStringLiteral("Claims triage model,%1,Dana Scully,\n").arg(vendorOfTriage).toUtf8();
    for (int i = 1; i <= rows; ++i)
        csv += QStringLiteral("Agent %1,Vendor %2,%3,%4\n")
                   .arg(i)
                   .arg(i % 7)
                   .arg(i % 2 ? QStringLiteral("Fox Mulder") : QStringLiteral("Walter Skinner"))
                   .arg(i == 3 ? QStringLiteral("key ") + kAwsKey : QString())
                   .toUtf8();
    return csv;
}

} // namespace

class TestServerImport : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::ScratchDatabase> m_server;
    std::unique_ptr<Workspace> m_alice; // imports
    std::unique_ptr<Workspace> m_bob;   // works on the same database meanwhile
    std::unique_ptr<QTemporaryDir> m_dir;
    SystemId m_triage = 0;

    QString writeFile(const QByteArray &bytes)
    {
        const QString path = m_dir->filePath(QStringLiteral("inventory.csv"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // The wizard's passes: check against Alice's workspace, between() (another analyst's moment),
    // then write on a worker thread with her workspace busy, as the import page does.
    ImportResult import(const QByteArray &csv, const std::function<void()> &between = {})
    {
        ImportSettings settings;
        settings.path = writeFile(csv);
        const ImportReport checked = ImportPass(settings, m_alice->importSnapshot()).run({});
        if (between)
            between();
        const ImportContext context = m_alice->beginImport();
        ImportResult result;
        QThread *worker = QThread::create([&] { result = ImportWriter::write(context, settings, checked, {}); });
        worker->start();
        worker->wait();
        delete worker;
        m_alice->finishImport(result);
        return result;
    }

    std::unique_ptr<Workspace> reopen()
    {
        WorkspaceError error;
        auto workspace = Workspace::open(m_server->location(), &error);
        if (!workspace)
            qWarning("%s", qPrintable(error.message()));
        return workspace;
    }

    static const AiSystem *named(const Workspace &workspace, const QString &name)
    {
        for (const SystemId id : workspace.systemIds()) {
            if (workspace.system(id)->name == name)
                return workspace.system(id);
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        const QString unavailable = Test::postgresUnavailable();
        if (!unavailable.isEmpty())
            QSKIP(qPrintable(unavailable));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        AiSystem prototype;
        prototype.vendor = QStringLiteral("Initech");
        QString error;
        m_triage = Test::startSharedWorkspace(&m_server, &m_alice, &error, prototype);
        QVERIFY2(m_triage, qPrintable(error));
        m_bob = Test::openSharedWorkspace(*m_server, QStringLiteral("bob"), &error);
        QVERIFY2(m_bob, qPrintable(error));
    }

    void cleanup()
    {
        m_bob.reset();
        m_alice.reset();
        m_server.reset();
        m_dir.reset();
    }

    void everyRowIsStoredWithItsOwnersFindingsAndOneUndoStep()
    {
        const qint64 entriesBefore = m_alice->auditCount();
        const ImportResult result = import(inventory(600)); // three statements' worth, and a tail
        QVERIFY2(result.committed, qPrintable(result.error));
        QCOMPARE(result.report.newCount, 600);
        QCOMPARE(result.report.changedCount, 1);
        QCOMPARE(result.findingsStored, 1);
        QCOMPARE(m_alice->systemCount(), 601);
        QCOMPARE(m_alice->system(m_triage)->vendor, QStringLiteral("Acme"));

        auto reopened = reopen();
        QVERIFY(reopened);
        QCOMPARE(reopened->systemCount(), 601);
        QCOMPARE(reopened->systemIds(), m_alice->systemIds()); // the same ids, in the same order
        QCOMPARE(reopened->system(m_triage)->vendor, QStringLiteral("Acme"));
        const AiSystem *agent = named(*reopened, QStringLiteral("Agent 599"));
        QVERIFY(agent);
        QCOMPARE(agent->vendor, QStringLiteral("Vendor 4"));
        QVERIFY(reopened->person(agent->businessOwner));
        QCOMPARE(reopened->person(agent->businessOwner)->name, QStringLiteral("Fox Mulder"));
        QCOMPARE(reopened->people().size(), 3);
        const AiSystem *third = named(*reopened, QStringLiteral("Agent 3"));
        const QVector<ImportFinding> findings = reopened->importFindings(third->id);
        QCOMPARE(findings.size(), 1);
        QVERIFY(!findings.first().detail.contains(kAwsKey));
        const AuditVerification audit = reopened->verifyAudit();
        QVERIFY2(audit.ok, qPrintable(audit.problem));
        // 600 systems, 3 people, the triage model's vendor and owner, 1 finding and the summary.
        QCOMPARE(reopened->auditCount(), entriesBefore + 607);
        reopened.reset();

        QCOMPARE(m_alice->undoStack()->count(), 2); // the added system, the import
        m_alice->undoStack()->undo();
        QCOMPARE(m_alice->systemCount(), 1);
        QCOMPARE(m_alice->system(m_triage)->vendor, QStringLiteral("Initech"));
        QCOMPARE(reopen()->systemCount(), 1);
    }

    // Bob edits after Alice's workspace read the chain's head: the import appends after his entries.
    void theChainStaysWholeWhenAnotherAnalystWroteMeanwhile()
    {
        const ImportResult result = import(inventory(300), [this] {
            AiSystem prototype;
            prototype.name = QStringLiteral("Bob's agent");
            QVERIFY(m_bob->addSystem(prototype));
        });
        QVERIFY2(result.committed, qPrintable(result.error));
        auto reopened = reopen();
        QCOMPARE(reopened->systemCount(), 302);
        const AuditVerification audit = reopened->verifyAudit();
        QVERIFY2(audit.ok, qPrintable(audit.problem));
    }

    // Bob changes the triage model after Alice checked a file that changes it: the file would
    // overwrite his value unseen, so nothing of it is stored and she is told which system.
    void aSystemChangedSinceTheCheckRefusesTheWholeImport()
    {
        const qint64 entriesBefore = m_alice->auditCount();
        const ImportResult result = import(inventory(300), [this] {
            QVERIFY(m_bob->setSystemValue(m_triage, SystemField::Vendor, QStringLiteral("Globex")));
        });
        QVERIFY(!result.committed);
        QCOMPARE(result.failure, ImportResult::Failure::Workspace);
        QVERIFY2(result.error.contains(QLatin1String("Claims triage model")), qPrintable(result.error));
        QVERIFY2(result.error.contains(QLatin1String("nothing was imported")), qPrintable(result.error));
        QCOMPARE(m_alice->undoStack()->count(), 1);
        auto reopened = reopen();
        QCOMPARE(reopened->systemCount(), 1);
        QCOMPARE(reopened->system(m_triage)->vendor, QStringLiteral("Globex"));
        QCOMPARE(reopened->people().size(), 0);
        QCOMPARE(reopened->auditCount(), entriesBefore + 1); // Bob's edit only
        // Checked again, the same file goes in (and sets the vendor back to the file's, audited).
        QTRY_COMPARE(m_alice->system(m_triage)->vendor, QStringLiteral("Globex"));
        const ImportResult again = import(inventory(300));
        QVERIFY2(again.committed, qPrintable(again.error));
        QCOMPARE(m_alice->systemCount(), 301);
    }

    void theOtherAnalystSeesTheImportAndTheImporterDoesNotReadItBack()
    {
        QSignalSpy bobAdded(m_bob.get(), &Workspace::systemsAdded);
        QSignalSpy aliceAdded(m_alice.get(), &Workspace::systemsAdded);
        QSignalSpy aliceChanged(m_alice.get(), &Workspace::systemsChanged);
        const ImportResult result = import(inventory(400));
        QVERIFY2(result.committed, qPrintable(result.error));
        QCOMPARE(aliceAdded.count(), 1);
        QCOMPARE(aliceChanged.count(), 1); // the triage model's vendor, from finishImport
        QTRY_COMPARE(m_bob->systemCount(), 401);
        QVERIFY(bobAdded.count() >= 1);
        QCOMPARE(m_bob->system(m_triage)->vendor, QStringLiteral("Acme"));
        QVERIFY(named(*m_bob, QStringLiteral("Agent 400")));
        QTest::qWait(300); // her own notices have arrived by now, and must not be read as Bob's
        QCOMPARE(aliceAdded.count(), 1);
        QCOMPARE(aliceChanged.count(), 1);
        // Her workspace holds the rows' versions: she can edit an imported system straight away.
        const SystemId agent = named(*m_alice, QStringLiteral("Agent 1"))->id;
        QVERIFY2(m_alice->setSystemValue(agent, SystemField::Vendor, QStringLiteral("Umbrella")),
                 qPrintable(m_alice->lastError()));
    }

    void evidenceIsStoredManyEventsAStatementAndUndone()
    {
        AiSystem prototype;
        prototype.name = QStringLiteral("Deploy agent");
        const SystemId deploy = m_alice->addSystem(prototype);
        QVector<EvidenceEvent> events;
        const QDateTime start = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
        for (int i = 0; i < 700; ++i) {
            EvidenceEvent event;
            event.line = i + 1;
            event.at = start.addSecs(i);
            event.systemRef = QString::number(i % 2 ? deploy : m_triage);
            event.tool = QStringLiteral("git");
            event.target = QStringLiteral("github:org/repo-%1").arg(i % 3);
            event.action = QStringLiteral("write");
            events << event;
        }
        EvidenceEvent stranger = events.first();
        stranger.systemRef = QStringLiteral("no-such-system");
        events << stranger;
        QSignalSpy bobEvidence(m_bob.get(), &Workspace::evidenceChanged);
        EvidenceImportReport report;
        QVERIFY2(m_alice->importEvidence(events, QStringLiteral("events.jsonl"), QStringLiteral("jsonl"), &report),
                 qPrintable(m_alice->lastError()));
        QCOMPARE(report.stored, 700);
        QCOMPARE(report.unmatched, 1);
        const QVector<ObservedAccess> observed = m_alice->observedAccess(deploy);
        QCOMPARE(observed.size(), 3);
        qint64 total = 0;
        for (const ObservedAccess &access : observed)
            total += access.count;
        QCOMPARE(total, 350);
        QCOMPARE(m_alice->evidenceWindow(deploy).last, start.addSecs(699));
        QTRY_VERIFY(bobEvidence.count() >= 1);
        QCOMPARE(m_bob->systemsWithEvidence(), (QSet<SystemId> { deploy, m_triage }));

        m_alice->undoStack()->undo();
        QVERIFY(m_alice->systemsWithEvidence().isEmpty());
        const AuditVerification audit = reopen()->verifyAudit();
        QVERIFY2(audit.ok, qPrintable(audit.problem));
    }
};

QTEST_GUILESS_MAIN(TestServerImport)
#include "tst_serverimport.moc"
