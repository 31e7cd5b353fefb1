// The shared findings cache: after every kind of edit an analyst makes (a system field, a
// privilege, a credential shared or unshared, a credential's storage, a removal) and after undoing
// and redoing it, the cache holds exactly what computing every finding from scratch gives, while
// recomputing only the systems the edit can affect, once per burst.
#include "rules/findingscache.h"
#include "storage/workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <algorithm>
#include <memory>

using namespace Mandate;

namespace {

const QDate kToday(2026, 6, 1);

enum class Edit { SystemField, AdminPrivilege, ShareCredential, UnshareCredential, ThirdUser, CredentialStorage, RemoveSystem };

// "rule system: reason" per finding, sorted: what the equivalence compares.
QStringList lines(const QVector<SystemFinding> &findings)
{
    QStringList result;
    for (const SystemFinding &f : findings)
        result << f.finding.rule + u' ' + f.systemName + QStringLiteral(": ") + f.finding.reason;
    std::sort(result.begin(), result.end());
    return result;
}

} // namespace

class TestFindingsCache : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<FindingsCache> m_cache;
    SystemId m_agent = 0;
    SystemId m_writer = 0;
    SystemId m_bot = 0;
    CredentialId m_key = 0;
    PrivilegeId m_writerKeyPrivilege = 0;

    Privilege privilege(SystemId system, const QString &target, CredentialId credential = 0) const
    {
        Privilege p;
        p.systemId = system;
        p.target = target;
        p.scope = Scope::Read;
        p.logging = Logging::Central;
        p.credentialId = credential;
        return p;
    }

    // Lets the cache's timer run, then compares it with a computation over the whole workspace.
    void verifyEqualsFromScratch()
    {
        QTRY_VERIFY(!m_cache->isPending());
        QCOMPARE(lines(m_cache->findings()), lines(computeFindings(*m_workspace, kToday)));
        QCOMPARE(m_cache->count(), int(computeFindings(*m_workspace, kToday).size()));
    }

    QStringList systemsWith(const QString &rule)
    {
        QStringList result;
        for (const SystemFinding &f : m_cache->findings()) {
            if (f.finding.rule == rule && !result.contains(f.systemName))
                result << f.systemName;
        }
        std::sort(result.begin(), result.end());
        return result;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        WorkspaceError error;
        m_workspace = Workspace::create(m_dir->filePath(QStringLiteral("cache.mandate")), &error);
        QVERIFY2(m_workspace, qPrintable(error.message()));
        for (auto [id, name] : { std::pair<SystemId *, const char *> { &m_agent, "Claims agent" },
                 { &m_writer, "Copy writer" }, { &m_bot, "Deploy bot" } }) {
            AiSystem system;
            system.name = QString::fromLatin1(name);
            *id = m_workspace->addSystem(system);
        }
        QVERIFY(m_workspace->setSystemValue(m_writer, SystemField::OutputKind, QStringLiteral("content")));
        Credential key;
        key.name = QStringLiteral("svc-claims");
        key.storage = CredentialStorage::SecretsManager;
        m_key = m_workspace->addCredential(key);
        QVERIFY(m_key != 0);
        QVERIFY(m_workspace->addPrivilege(privilege(m_agent, QStringLiteral("claims-db"), m_key)) != 0);
        m_workspace->undoStack()->clear();

        m_cache = std::make_unique<FindingsCache>(m_workspace.get());
        m_cache->setToday(kToday);
        verifyEqualsFromScratch();
    }

    void cleanup()
    {
        m_cache.reset();
        m_workspace.reset();
        m_dir.reset();
    }

    void equalsAFullComputationAfterEachEditAndItsUndo_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QStringList>("before");
        QTest::addColumn<QStringList>("after");
        const QStringList none;
        const QStringList agent { QStringLiteral("Claims agent") };
        const QStringList agentAndWriter { QStringLiteral("Claims agent"), QStringLiteral("Copy writer") };
        const QStringList all { QStringLiteral("Claims agent"), QStringLiteral("Copy writer"), QStringLiteral("Deploy bot") };
        QTest::addRow("a content writer recorded as generative loses F-LABEL")
            << Edit::SystemField << QStringLiteral("F-LABEL") << QStringList { QStringLiteral("Copy writer") } << none;
        QTest::addRow("an admin privilege without justification gets F-OVERPRIV")
            << Edit::AdminPrivilege << QStringLiteral("F-OVERPRIV") << none << agent;
        QTest::addRow("a credential made shared flags F-REUSE on both systems")
            << Edit::ShareCredential << QStringLiteral("F-REUSE") << none << agentAndWriter;
        QTest::addRow("a shared credential unshared clears F-REUSE on both systems")
            << Edit::UnshareCredential << QStringLiteral("F-REUSE") << agentAndWriter << none;
        QTest::addRow("a third user of a shared credential flags all three")
            << Edit::ThirdUser << QStringLiteral("F-REUSE") << agentAndWriter << all;
        QTest::addRow("a credential kept in code flags F-SECRET-STORE on its user")
            << Edit::CredentialStorage << QStringLiteral("F-SECRET-STORE") << none << agent;
        QTest::addRow("removing one of two users of a credential clears F-REUSE on the other")
            << Edit::RemoveSystem << QStringLiteral("F-REUSE") << agentAndWriter << none;
    }

    void equalsAFullComputationAfterEachEditAndItsUndo()
    {
        QFETCH(Edit, edit);
        QFETCH(QString, rule);
        QFETCH(QStringList, before);
        QFETCH(QStringList, after);

        if (edit == Edit::UnshareCredential || edit == Edit::ThirdUser || edit == Edit::RemoveSystem) {
            m_writerKeyPrivilege = m_workspace->addPrivilege(privilege(m_writer, QStringLiteral("claims-api"), m_key));
            QVERIFY(m_writerKeyPrivilege != 0);
            m_workspace->undoStack()->clear();
        }
        verifyEqualsFromScratch();
        QCOMPARE(systemsWith(rule), before);

        switch (edit) {
        case Edit::SystemField:
            QVERIFY(m_workspace->setSystemValue(m_writer, SystemField::Paradigm, QStringLiteral("generative")));
            break;
        case Edit::AdminPrivilege: {
            Privilege admin = privilege(m_agent, QStringLiteral("admin-console"));
            admin.scope = Scope::Admin;
            QVERIFY(m_workspace->addPrivilege(admin) != 0);
            break;
        }
        case Edit::ShareCredential:
            QVERIFY(m_workspace->addPrivilege(privilege(m_writer, QStringLiteral("claims-api"), m_key)) != 0);
            break;
        case Edit::UnshareCredential: {
            Privilege changed = m_workspace->privilege(m_writerKeyPrivilege);
            changed.credentialId = 0;
            QVERIFY(m_workspace->updatePrivilege(changed));
            break;
        }
        case Edit::ThirdUser:
            QVERIFY(m_workspace->addPrivilege(privilege(m_bot, QStringLiteral("claims-api"), m_key)) != 0);
            break;
        case Edit::CredentialStorage: {
            Credential changed = m_workspace->credential(m_key);
            changed.storage = CredentialStorage::Code;
            QVERIFY(m_workspace->updateCredential(changed));
            break;
        }
        case Edit::RemoveSystem:
            m_workspace->removeSystems({ m_writer });
            break;
        }
        QVERIFY(m_cache->isPending()); // coalesced: worked in when the event loop runs
        verifyEqualsFromScratch();
        QCOMPARE(systemsWith(rule), after);

        m_workspace->undoStack()->undo();
        verifyEqualsFromScratch();
        QCOMPARE(systemsWith(rule), before);

        m_workspace->undoStack()->redo();
        verifyEqualsFromScratch();
        QCOMPARE(systemsWith(rule), after);
    }

    void sharingACredentialAnnouncesBothSystemsOnce()
    {
        QSignalSpy changed(m_cache.get(), &FindingsCache::changed);
        QVERIFY(m_workspace->addPrivilege(privilege(m_writer, QStringLiteral("claims-api"), m_key)) != 0);
        QVERIFY(changed.wait(1000));
        QTest::qWait(20);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().value<QVector<SystemId>>(), (QVector<SystemId> { m_agent, m_writer }));
    }

    void aBurstOfEditsIsWorkedInOnce()
    {
        QSignalSpy changed(m_cache.get(), &FindingsCache::changed);
        for (const SystemId id : { m_agent, m_writer, m_bot })
            QVERIFY(m_workspace->setSystemValue(id, SystemField::Paradigm, QStringLiteral("predictive")));
        QVERIFY(changed.wait(1000));
        QTest::qWait(20);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().value<QVector<SystemId>>(), (QVector<SystemId> { m_agent, m_writer, m_bot }));
        verifyEqualsFromScratch();
    }

    void mappingsAndCatalogsLeaveTheFindingsAlone()
    {
        QSignalSpy changed(m_cache.get(), &FindingsCache::changed);
        emit m_workspace->mappingsChanged({ m_agent });
        emit m_workspace->catalogsChanged();
        QVERIFY(!m_cache->isPending());
        QTest::qWait(20);
        QCOMPARE(changed.size(), 0);
    }

    void aScopeGivesOnlyItsSystemsInOrder()
    {
        QVERIFY(m_workspace->setSystemValue(m_writer, SystemField::Paradigm, QStringLiteral("predictive")));
        const QVector<SystemId> scope { m_writer, m_bot, m_writer };
        const QVector<SystemFinding> cached = m_cache->findings(scope); // takes in the pending edit
        QCOMPARE(lines(cached), lines(computeFindings(*m_workspace, kToday, scope)));
        QVERIFY(std::is_sorted(cached.cbegin(), cached.cend(), findingsOrder));
    }

    void anEvidenceImportBringsUndeclaredAccessAndItsUndoTakesItAway()
    {
        QCOMPARE(systemsWith(QStringLiteral("F-UNDECLARED")), QStringList());
        // The agent's credential was seen deleting from a database its boundary does not name.
        EvidenceEvent seen;
        seen.at = QDateTime(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC);
        seen.credentialRef = QStringLiteral("svc-claims");
        seen.target = QStringLiteral("payments-db");
        seen.action = QStringLiteral("delete");
        seen.line = 1;
        QSignalSpy changed(m_cache.get(), &FindingsCache::changed);
        QVERIFY2(m_workspace->importEvidence({ seen }, QStringLiteral("events.jsonl"), QStringLiteral("jsonl")),
                 qPrintable(m_workspace->lastError()));
        QVERIFY(changed.wait(1000));
        QCOMPARE(changed.first().first().value<QVector<SystemId>>(), QVector<SystemId> { m_agent });
        QCOMPARE(systemsWith(QStringLiteral("F-UNDECLARED")), QStringList { QStringLiteral("Claims agent") });
        // Its declared claims-db privilege was not used over the evidence window.
        QCOMPARE(systemsWith(QStringLiteral("F-UNUSED")), QStringList { QStringLiteral("Claims agent") });
        verifyEqualsFromScratch();

        m_workspace->undoStack()->undo();
        QTRY_VERIFY(!m_cache->isPending());
        QCOMPARE(systemsWith(QStringLiteral("F-UNDECLARED")), QStringList());
        QCOMPARE(systemsWith(QStringLiteral("F-UNUSED")), QStringList());
        verifyEqualsFromScratch();
    }
};

QTEST_GUILESS_MAIN(TestFindingsCache)
#include "tst_findingscache.moc"
