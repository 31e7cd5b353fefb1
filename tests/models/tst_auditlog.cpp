// The audit log is evidence: verify() must notice any entry edited, deleted, reordered or cut off
// by someone with direct access to the file, and the database itself refuses to rewrite it.
#include "storage/auditentry.h"
#include "storage/workspace.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <functional>
#include <memory>

using namespace Mandate;

namespace {

const QString kColumns = QStringLiteral("at, actor, action, entity, entity_id, field, old_value, new_value, "
                                        "previous_hash, hash");

// A plain SQLite connection to a closed workspace, as a tamperer (or another tool) would open it.
class DirectConnection
{
public:
    explicit DirectConnection(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name());
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~DirectConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(name(), false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name());
    }
    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(name(), false); }
    bool exec(const QString &sql, const QVariantList &values = {}, QString *error = nullptr) const
    {
        QSqlQuery query(db());
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (query.exec())
            return true;
        if (error)
            *error = query.lastError().text();
        return false;
    }
    bool dropTriggers() const
    {
        return exec(QStringLiteral("DROP TRIGGER audit_log_no_update"))
            && exec(QStringLiteral("DROP TRIGGER audit_log_no_delete"));
    }

private:
    static QString name() { return QStringLiteral("tamper"); }
    bool m_open = false;
};

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private:
    // A workspace with a few edits, closed; returns its entries as they were written.
    QVector<AuditEntry> makeEditedWorkspace(const QString &path)
    {
        WorkspaceError error;
        auto workspace = Workspace::create(path, &error);
        if (!workspace)
            return {};
        workspace->setActor(QStringLiteral("Test analyst"));
        AiSystem prototype;
        prototype.name = QStringLiteral("Claims triage model");
        const SystemId first = workspace->addSystem(prototype);
        prototype.name = QStringLiteral("Code review agent");
        const SystemId second = workspace->addSystem(prototype);
        workspace->setSystemValue(first, SystemField::Vendor, QStringLiteral("Acme"));
        workspace->setSystemValue(second, SystemField::UsesTools, QStringLiteral("yes"));
        workspace->undoStack()->undo();
        workspace->setSystemOwner(first, SystemField::BusinessOwner, QStringLiteral("Ada Lovelace"));
        workspace->setSystemValue(first, SystemField::Vendor, QStringLiteral("Acme Insurance Tech"));
        return workspace->auditEntries();
    }

    AuditVerification verifyFile(const QString &path)
    {
        WorkspaceError error;
        auto workspace = Workspace::open(path, &error);
        if (!workspace) {
            AuditVerification failed;
            failed.ok = false;
            failed.problem = error.message();
            return failed;
        }
        return workspace->verifyAudit();
    }

private slots:
    void aFreshWorkspaceVerifies()
    {
        QTemporaryDir dir;
        WorkspaceError error;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("fresh.mandate")), &error);
        QVERIFY2(workspace, qPrintable(error.message()));
        const QVector<AuditEntry> entries = workspace->auditEntries();
        QCOMPARE(entries.size(), 1);
        const AuditVerification verification = workspace->verifyAudit();
        QVERIFY2(verification.ok, qPrintable(verification.problem));
        QCOMPARE(verification.entriesChecked, qint64(1));
        QCOMPARE(verification.firstBadSequence, qint64(0));
        QVERIFY(verification.problem.isEmpty());
        QCOMPARE(verification.headHash, entries.last().hash);
        QCOMPARE(entries.first().previousHash, QByteArray(64, '0'));
    }

    void anEditedWorkspaceVerifies()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("edited.mandate"));
        const QVector<AuditEntry> entries = makeEditedWorkspace(path);
        QVERIFY(entries.size() >= 8);
        QByteArray previous(64, '0');
        for (const AuditEntry &entry : entries) {
            QCOMPARE(entry.previousHash, previous);
            QCOMPARE(entry.computeHash(), entry.hash);
            QCOMPARE(entry.hash.size(), 64);
            previous = entry.hash;
        }
        const AuditVerification verification = verifyFile(path);
        QVERIFY2(verification.ok, qPrintable(verification.problem));
        QCOMPARE(verification.entriesChecked, qint64(entries.size()));
        QCOMPARE(verification.headHash, entries.last().hash);
    }

    // Logs written by earlier versions must keep verifying: the hash input (escaping, separators,
    // encoding) is a file format. The expected value was computed by the first implementation.
    void theHashOfAKnownEntryNeverChanges()
    {
        AuditEntry entry;
        entry.sequence = 42;
        entry.at = QDateTime(QDate(2026, 11, 29), QTime(21, 17, 2, 345), Qt::UTC);
        entry.actor = QStringLiteral("J\u00fcrgen M\u00fcller");
        entry.action = QStringLiteral("update");
        entry.entity = QStringLiteral("system");
        entry.entityId = QStringLiteral("7");
        entry.field = QStringLiteral("description");
        entry.oldValue = QStringLiteral("C:\\path\\to ") + QChar(0x1f) + QStringLiteral(" \u6771\u4eac \U0001F600");
        entry.previousHash = QByteArray(64, 'a');
        const QByteArray expected("bd92acb0f89908b40acd3aa96f95c9fa9aa3137a93d78721d9c3f62f88a6a682");
        QCOMPARE(entry.computeHash(), expected);
        QCOMPARE(entry.computeHash(QStringLiteral("2026-11-29T21:17:02.345Z")), expected);
    }

    void theHashCoversEveryField_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addRow("actor") << QStringLiteral("actor");
        QTest::addRow("action") << QStringLiteral("action");
        QTest::addRow("entity") << QStringLiteral("entity");
        QTest::addRow("entity id") << QStringLiteral("entityId");
        QTest::addRow("field") << QStringLiteral("field");
        QTest::addRow("old value") << QStringLiteral("oldValue");
        QTest::addRow("new value") << QStringLiteral("newValue");
        QTest::addRow("time") << QStringLiteral("at");
        QTest::addRow("sequence") << QStringLiteral("sequence");
        QTest::addRow("previous hash") << QStringLiteral("previousHash");
        QTest::addRow("a separator moved between fields") << QStringLiteral("shift");
    }

    void theHashCoversEveryField()
    {
        QFETCH(QString, what);
        AuditEntry entry;
        entry.sequence = 7;
        entry.at = QDateTime(QDate(2025, 11, 3), QTime(9, 30, 0, 125), Qt::UTC);
        entry.actor = QStringLiteral("Test analyst");
        entry.action = QStringLiteral("update");
        entry.entity = QStringLiteral("system");
        entry.entityId = QStringLiteral("12");
        entry.field = QStringLiteral("vendor");
        entry.oldValue = QStringLiteral("Acme");
        entry.newValue = QStringLiteral("Acme Insurance Tech");
        entry.previousHash = QByteArray(64, 'a');
        const QByteArray original = entry.computeHash();
        QCOMPARE(entry.computeHash(), original); // deterministic
        if (what == QLatin1String("actor"))
            entry.actor += u'x';
        else if (what == QLatin1String("action"))
            entry.action = QStringLiteral("undo");
        else if (what == QLatin1String("entity"))
            entry.entity = QStringLiteral("person");
        else if (what == QLatin1String("entityId"))
            entry.entityId = QStringLiteral("13");
        else if (what == QLatin1String("field"))
            entry.field = QStringLiteral("name");
        else if (what == QLatin1String("oldValue"))
            entry.oldValue.clear();
        else if (what == QLatin1String("newValue"))
            entry.newValue = QStringLiteral("Acme");
        else if (what == QLatin1String("at"))
            entry.at = entry.at.addMSecs(1);
        else if (what == QLatin1String("sequence"))
            entry.sequence = 8;
        else if (what == QLatin1String("previousHash"))
            entry.previousHash[0] = 'b';
        else if (what == QLatin1String("shift")) {
            entry.oldValue = QStringLiteral("Acme") + QChar(0x1f) + QStringLiteral("Acme Insurance Tech");
            entry.newValue.clear();
            entry.field = QStringLiteral("vendor");
        }
        QVERIFY(entry.computeHash() != original);
    }

    void tamperingIsDetected_data()
    {
        // Each tamper gets a connection and the entries as written, and returns the sequence verify()
        // must name as the first bad one, or -1 if the tampering itself failed.
        using Tamper = std::function<qint64(const DirectConnection &, const QVector<AuditEntry> &)>;
        QTest::addColumn<Tamper>("tamper");

        QTest::addRow("an entry's new value edited") << Tamper(
            [](const DirectConnection &db, const QVector<AuditEntry> &) {
                const qint64 sequence = 4;
                if (!db.exec(QStringLiteral("UPDATE audit_log SET new_value = 'Nobody' WHERE sequence = ?"),
                        { sequence }))
                    return qint64(-1);
                return sequence;
            });
        QTest::addRow("an entry's actor edited") << Tamper(
            [](const DirectConnection &db, const QVector<AuditEntry> &) {
                const qint64 sequence = 2;
                if (!db.exec(QStringLiteral("UPDATE audit_log SET actor = 'Someone else' WHERE sequence = ?"),
                        { sequence }))
                    return qint64(-1);
                return sequence;
            });
        QTest::addRow("a middle entry deleted")
            << Tamper([](const DirectConnection &db, const QVector<AuditEntry> &) {
                   const qint64 sequence = 4;
                   if (!db.exec(QStringLiteral("DELETE FROM audit_log WHERE sequence = ?"), { sequence }))
                       return qint64(-1);
                   return sequence;
               });
        QTest::addRow("the first entry deleted")
            << Tamper([](const DirectConnection &db, const QVector<AuditEntry> &) {
                   if (!db.exec(QStringLiteral("DELETE FROM audit_log WHERE sequence = 1")))
                       return qint64(-1);
                   return qint64(1);
               });
        QTest::addRow("two entries swapped") << Tamper([](const DirectConnection &db,
                                                           const QVector<AuditEntry> &) {
            // Swap everything but the sequence numbers, so that the order of events changes.
            const QString copy
                = QStringLiteral("UPDATE audit_log SET (%1) = (SELECT %1 FROM audit_log WHERE sequence = ?) "
                                 "WHERE sequence = ?")
                      .arg(kColumns);
            const bool ok = db.exec(QStringLiteral(
                                "CREATE TEMP TABLE saved AS SELECT * FROM audit_log WHERE sequence = 3"))
                && db.exec(copy, { 5, 3 })
                && db.exec(
                    QStringLiteral("UPDATE audit_log SET (%1) = (SELECT %1 FROM saved) WHERE sequence = 5")
                        .arg(kColumns));
            return ok ? qint64(3) : qint64(-1);
        });
        QTest::addRow("two entries renumbered")
            << Tamper([](const DirectConnection &db, const QVector<AuditEntry> &) {
                   const bool ok
                       = db.exec(QStringLiteral("UPDATE audit_log SET sequence = -1 WHERE sequence = 3"))
                       && db.exec(QStringLiteral("UPDATE audit_log SET sequence = 3 WHERE sequence = 5"))
                       && db.exec(QStringLiteral("UPDATE audit_log SET sequence = 5 WHERE sequence = -1"));
                   return ok ? qint64(3) : qint64(-1);
               });
        QTest::addRow("the last entry deleted")
            << Tamper([](const DirectConnection &db, const QVector<AuditEntry> &entries) {
                   const qint64 last = entries.last().sequence;
                   if (!db.exec(QStringLiteral("DELETE FROM audit_log WHERE sequence = ?"), { last }))
                       return qint64(-1);
                   return last;
               });
        QTest::addRow("an edited entry given a fresh hash")
            << Tamper([](const DirectConnection &db, const QVector<AuditEntry> &entries) {
                   AuditEntry entry = entries.at(3); // sequence 4
                   entry.newValue = QStringLiteral("Nobody");
                   if (!db.exec(
                           QStringLiteral("UPDATE audit_log SET new_value = ?, hash = ? WHERE sequence = ?"),
                           { entry.newValue, QString::fromLatin1(entry.computeHash()), entry.sequence }))
                       return qint64(-1);
                   return entry.sequence + 1; // it now passes itself; the next entry no longer follows it
               });
        QTest::addRow("the whole tail rehashed after an edit")
            << Tamper([](const DirectConnection &db, const QVector<AuditEntry> &entries) {
                   // A thorough tamperer recomputes every later hash, but not the head kept in meta.
                   QVector<AuditEntry> rewritten = entries;
                   rewritten[3].newValue = QStringLiteral("Nobody");
                   for (int i = 3; i < rewritten.size(); ++i) {
                       rewritten[i].previousHash = rewritten[i - 1].hash;
                       rewritten[i].hash = rewritten[i].computeHash();
                       if (!db.exec(QStringLiteral("UPDATE audit_log SET new_value = ?, previous_hash = ?, "
                                                   "hash = ? WHERE sequence = ?"),
                               { rewritten[i].newValue, QString::fromLatin1(rewritten[i].previousHash),
                                   QString::fromLatin1(rewritten[i].hash), rewritten[i].sequence }))
                           return qint64(-1);
                   }
                   // Only the head kept in meta catches it: the last entry no longer is the one written last.
                   return rewritten.last().sequence;
               });
        QTest::addRow("an entry appended without the head") << Tamper(
            [](const DirectConnection &db, const QVector<AuditEntry> &entries) {
                AuditEntry forged = entries.last();
                forged.sequence += 1;
                forged.previousHash = entries.last().hash;
                forged.newValue = QStringLiteral("Forged");
                forged.hash = forged.computeHash();
                if (!db.exec(
                        QStringLiteral(
                            "INSERT INTO audit_log (sequence, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                            .arg(kColumns),
                        { forged.sequence, forged.at.toString(Qt::ISODateWithMs), forged.actor, forged.action,
                            forged.entity, forged.entityId, forged.field, forged.oldValue, forged.newValue,
                            QString::fromLatin1(forged.previousHash), QString::fromLatin1(forged.hash) }))
                    return qint64(-1);
                return forged.sequence; // one entry more than the workspace ever wrote
            });
    }

    void tamperingIsDetected()
    {
        using Tamper = std::function<qint64(const DirectConnection &, const QVector<AuditEntry> &)>;
        QFETCH(Tamper, tamper);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tampered.mandate"));
        const QVector<AuditEntry> entries = makeEditedWorkspace(path);
        QVERIFY(entries.size() >= 8);
        QVERIFY(verifyFile(path).ok);

        qint64 expectedBad = -1;
        {
            DirectConnection db(path);
            QVERIFY(db.isOpen());
            QVERIFY(db.dropTriggers());
            expectedBad = tamper(db, entries);
        }
        QVERIFY2(expectedBad > 0, "the tampering itself failed");

        const AuditVerification verification = verifyFile(path);
        QVERIFY(!verification.ok);
        QCOMPARE(verification.firstBadSequence, expectedBad);
        QVERIFY2(
            verification.problem.contains(QString::number(expectedBad)), qPrintable(verification.problem));
    }

    void theDatabaseRefusesToRewriteTheLog()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("guarded.mandate"));
        const QVector<AuditEntry> entries = makeEditedWorkspace(path);
        QVERIFY(!entries.isEmpty());
        {
            DirectConnection db(path);
            QVERIFY(db.isOpen());
            QString error;
            QVERIFY(!db.exec(
                QStringLiteral("UPDATE audit_log SET new_value = 'Nobody' WHERE sequence = 2"), {}, &error));
            QVERIFY2(error.contains(QStringLiteral("append-only")), qPrintable(error));
            QVERIFY(!db.exec(QStringLiteral("DELETE FROM audit_log WHERE sequence = 2"), {}, &error));
            QVERIFY2(error.contains(QStringLiteral("append-only")), qPrintable(error));
            QVERIFY(!db.exec(QStringLiteral("DELETE FROM audit_log"), {}, &error));
            QVERIFY(!db.exec(QStringLiteral("UPDATE audit_log SET sequence = sequence + 100"), {}, &error));
            QSqlQuery count(db.db());
            QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM audit_log")));
            QVERIFY(count.next());
            QCOMPARE(count.value(0).toLongLong(), qint64(entries.size()));
        }
        const AuditVerification verification = verifyFile(path);
        QVERIFY2(verification.ok, qPrintable(verification.problem));
        QCOMPARE(verification.headHash, entries.last().hash);
    }

    void verificationSurvivesReopeningAndMoreEdits()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("continued.mandate"));
        const QVector<AuditEntry> entries = makeEditedWorkspace(path);
        WorkspaceError error;
        auto workspace = Workspace::open(path, &error);
        QVERIFY2(workspace, qPrintable(error.message()));
        const SystemId id = workspace->systemIds().first();
        QVERIFY(workspace->setSystemValue(id, SystemField::Vendor, QStringLiteral("Acme")));
        const QVector<AuditEntry> after = workspace->auditEntries();
        QCOMPARE(after.size(), entries.size() + 1);
        QCOMPARE(after.last().previousHash, entries.last().hash); // the chain continues across sessions
        const AuditVerification verification = workspace->verifyAudit();
        QVERIFY2(verification.ok, qPrintable(verification.problem));
        QCOMPARE(verification.headHash, after.last().hash);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
