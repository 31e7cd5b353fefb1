// The audit log as a table: newest entry first, each stored change appears at the top as it
// happens (undo included), and a long log is read in pages as the view asks for more.
#include "itemmodels/auditlogmodel.h"
#include "storage/workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <memory>

using namespace Mandate;

namespace {

const QString kActor = QStringLiteral("Dana Whitfield");

} // namespace

class TestAuditLogModel : public QObject
{
    Q_OBJECT

private:
    QString cell(int row, AuditLogModel::Column column) const
    {
        return m_model->index(row, column).data().toString();
    }
    qint64 sequenceAt(int row) const
    {
        return m_model->index(row, 0).data(AuditLogModel::SequenceRole).toLongLong();
    }
    // Many edits quickly: one field flipping between two values, each one a stored, audited change.
    void makeEdits(int count)
    {
        m_model->setWorkspace(nullptr); // its model tester would re-check every row after each edit
        for (int i = 0; i < count; ++i) {
            const QString vendor = i % 2 ? QStringLiteral("Acme") : QStringLiteral("Globex");
            QVERIFY(m_workspace->setSystemValue(m_id, SystemField::Vendor, vendor));
        }
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<AuditLogModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    SystemId m_id = 0;

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        WorkspaceError error;
        m_workspace = Workspace::create(m_dir->filePath(QStringLiteral("audit.mandate")), &error);
        QVERIFY2(m_workspace, qPrintable(error.message()));
        m_workspace->setActor(kActor);
        AiSystem prototype;
        prototype.name = QStringLiteral("Claims triage model");
        m_id = m_workspace->addSystem(prototype);
        QVERIFY(m_id != 0);
        QVERIFY(m_workspace->setSystemValue(m_id, SystemField::Vendor, QStringLiteral("Acme")));
        QVERIFY(m_workspace->setSystemValue(m_id, SystemField::LifecycleStage, QStringLiteral("pilot")));

        m_model = std::make_unique<AuditLogModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setWorkspace(m_workspace.get());
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_workspace.reset();
        m_dir.reset();
    }

    void showsEveryEntryNewestFirst()
    {
        // create workspace, create system, vendor, lifecycle stage
        QCOMPARE(m_workspace->auditCount(), 4);
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(m_model->columnCount(), int(AuditLogModel::ColumnCount));
        for (int row = 0; row < 4; ++row)
            QCOMPARE(sequenceAt(row), 4 - row);

        QCOMPARE(cell(0, AuditLogModel::SequenceColumn), QStringLiteral("4"));
        QCOMPARE(cell(0, AuditLogModel::ActorColumn), kActor);
        QCOMPARE(cell(0, AuditLogModel::ActionColumn), QStringLiteral("Update"));
        QCOMPARE(cell(0, AuditLogModel::EntityColumn), QStringLiteral("System #%1").arg(m_id));
        QCOMPARE(cell(0, AuditLogModel::FieldColumn), QStringLiteral("Lifecycle stage"));
        QCOMPARE(cell(0, AuditLogModel::OldValueColumn), QStringLiteral("proposed"));
        QCOMPARE(cell(0, AuditLogModel::NewValueColumn), QStringLiteral("pilot"));
        QCOMPARE(cell(2, AuditLogModel::ActionColumn), QStringLiteral("Create"));
        QCOMPARE(cell(3, AuditLogModel::EntityColumn), QStringLiteral("Workspace"));

        // The time is the local time of the edit, in the short locale format.
        const QDateTime at
            = m_model->index(0, AuditLogModel::TimeColumn).data(AuditLogModel::RawValueRole).toDateTime();
        QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(
            cell(0, AuditLogModel::TimeColumn), QLocale().toString(at.toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(m_model->headerData(AuditLogModel::OldValueColumn, Qt::Horizontal).toString(),
            QStringLiteral("Old value"));
    }

    void anEditAddsOneRowAtTheTop_data()
    {
        QTest::addColumn<SystemField>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("fieldLabel");
        QTest::addColumn<QString>("oldValue");

        QTest::addRow("changing the vendor") << SystemField::Vendor << QStringLiteral("Globex")
                                             << QStringLiteral("Vendor") << QStringLiteral("Acme");
        QTest::addRow("moving to production") << SystemField::LifecycleStage << QStringLiteral("production")
                                              << QStringLiteral("Lifecycle stage") << QStringLiteral("pilot");
        QTest::addRow("writing a description") << SystemField::Description << QStringLiteral("Scores claims")
                                               << QStringLiteral("Description") << QString();
    }

    void anEditAddsOneRowAtTheTop()
    {
        QFETCH(SystemField, field);
        QFETCH(QString, value);
        QFETCH(QString, fieldLabel);
        QFETCH(QString, oldValue);

        const int rows = m_model->rowCount();
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QVERIFY(m_workspace->setSystemValue(m_id, field, value));

        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 0);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(m_model->rowCount(), rows + 1);
        QCOMPARE(sequenceAt(0), m_workspace->auditCount());
        QCOMPARE(cell(0, AuditLogModel::FieldColumn), fieldLabel);
        QCOMPARE(cell(0, AuditLogModel::OldValueColumn), oldValue);
        QCOMPARE(cell(0, AuditLogModel::NewValueColumn), value);
        QCOMPARE(sequenceAt(1), m_workspace->auditCount() - 1); // the rest moved down, unchanged
    }

    void undoAndRedoAddTheirOwnRows()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        m_workspace->undoStack()->undo(); // takes the lifecycle stage back
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(m_model->rowCount(), 5);
        QCOMPARE(m_model->index(0, AuditLogModel::ActionColumn).data(AuditLogModel::RawValueRole).toString(),
            QStringLiteral("undo"));
        QCOMPARE(cell(0, AuditLogModel::ActionColumn), QStringLiteral("Undo"));
        QCOMPARE(cell(0, AuditLogModel::OldValueColumn), QStringLiteral("pilot"));
        QCOMPARE(cell(0, AuditLogModel::NewValueColumn), QStringLiteral("proposed"));

        m_workspace->undoStack()->redo();
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(cell(0, AuditLogModel::ActionColumn), QStringLiteral("Redo"));
        QCOMPARE(cell(1, AuditLogModel::ActionColumn), QStringLiteral("Undo"));
    }

    void longValuesShowOnOneLineAndInFullInTheTooltip()
    {
        const QString description
            = QStringLiteral("Scores incoming claims.\nRoutes the risky ones to a person. ").repeated(20);
        QVERIFY(m_workspace->setSystemValue(m_id, SystemField::Description, description));
        const QString shown = cell(0, AuditLogModel::NewValueColumn);
        QVERIFY(!shown.contains(u'\n'));
        QVERIFY(shown.size() <= 301);
        QVERIFY(shown.endsWith(QChar(0x2026)));
        const QString tip = m_model->index(0, AuditLogModel::NewValueColumn).data(Qt::ToolTipRole).toString();
        QVERIFY(tip.contains(description.trimmed()));
        QCOMPARE(
            m_model->index(0, AuditLogModel::NewValueColumn).data(AuditLogModel::RawValueRole).toString(),
            description);
    }

    void aValueThatLooksLikeMarkupIsShownAsWritten()
    {
        QVERIFY(m_workspace->setSystemValue(m_id, SystemField::Vendor, QStringLiteral("<b>Acme</b> & Co")));
        QCOMPARE(cell(0, AuditLogModel::NewValueColumn), QStringLiteral("<b>Acme</b> & Co"));
        const QString tip = m_model->index(0, AuditLogModel::NewValueColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("&lt;b&gt;Acme&lt;/b&gt; &amp; Co")), qPrintable(tip));
    }

    void aLongLogIsReadInPages()
    {
        makeEdits(1200);
        const qint64 count = m_workspace->auditCount();
        QCOMPARE(count, 1204);

        AuditLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(m_workspace.get());
        QCOMPARE(model.rowCount(), AuditLogModel::pageSize);
        QVERIFY(model.canFetchMore({}));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * AuditLogModel::pageSize);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), AuditLogModel::pageSize);
        QVERIFY(model.canFetchMore({}));

        model.fetchMore({});
        QCOMPARE(model.rowCount(), int(count));
        QVERIFY(!model.canFetchMore({}));
        model.fetchMore({}); // nothing left: no change
        QCOMPARE(model.rowCount(), int(count));

        // Pages join without a gap or an overlap.
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, 0).data(AuditLogModel::SequenceRole).toLongLong(), count - row);
        QCOMPARE(model.index(model.rowCount() - 1, AuditLogModel::EntityColumn).data().toString(),
            QStringLiteral("Workspace"));
    }

    void editsAfterPagingStillGoOnTop()
    {
        makeEdits(700);
        AuditLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(m_workspace.get());
        model.fetchMore({});
        QVERIFY(!model.canFetchMore({}));
        const int rows = model.rowCount();

        QVERIFY(m_workspace->setSystemValue(m_id, SystemField::Vendor, QStringLiteral("Initech")));
        QCOMPARE(model.rowCount(), rows + 1);
        QCOMPARE(model.index(0, AuditLogModel::NewValueColumn).data().toString(), QStringLiteral("Initech"));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, 0).data(AuditLogModel::SequenceRole).toLongLong(),
                m_workspace->auditCount() - row);
    }

    void aBulkWriteStartsAgainFromTheNewestPage()
    {
        QVector<SystemSnapshot> systems;
        for (int i = 0; i < 600; ++i) {
            AiSystem system;
            system.name = QStringLiteral("Imported system %1").arg(i);
            systems << SystemSnapshot { system, {}, {} };
        }
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QString problem;
        QVERIFY2(m_workspace->insertBulk({}, {}, systems, &problem), qPrintable(problem));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(m_model->rowCount(), AuditLogModel::pageSize);
        QCOMPARE(sequenceAt(0), m_workspace->auditCount());
        QVERIFY(m_model->canFetchMore({}));
    }

    void followsTheWorkspaceItIsGiven()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->setWorkspace(nullptr);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(!m_model->canFetchMore({}));
        QVERIFY(m_workspace->setSystemValue(m_id, SystemField::Vendor, QStringLiteral("Globex")));
        QCOMPARE(m_model->rowCount(), 0); // no longer listening

        m_model->setWorkspace(m_workspace.get());
        QCOMPARE(m_model->rowCount(), 5);
        m_workspace.reset(); // closing the workspace empties the table
        QCOMPARE(m_model->rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAuditLogModel)
#include "tst_auditlogmodel.moc"
