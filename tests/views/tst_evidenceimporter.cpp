// Importing runtime evidence end to end, in a real main window: File > Import runtime evidence
// reads a JSON Lines file on a worker, reports what matched, and the details panel shows what the
// selected system was observed doing, with the accesses its privileges do not allow flagged; Undo
// takes the whole import away. A file that is not valid, or a cancelled read, stores nothing.
#include "evidenceimporter.h"
#include "evidenceview.h"
#include "inventoryview.h"
#include "itemmodels/observedaccessmodel.h"
#include "itemmodels/systemfilterproxymodel.h"
#include "itemmodels/systemtablemodel.h"
#include "mainwindowfixture.h"
#include "systemdetailspanel.h"

#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>

using namespace Mandate;

class TestEvidenceImporter : public QObject, public Test::MainWindowFixture
{
    Q_OBJECT

    void selectSystem(SystemId id)
    {
        auto *table = find<QTableView>("inventoryTableView");
        const QModelIndex index
            = m_window->inventory()->proxyModel()->mapFromSource(m_window->inventory()->tableModel()->indexOf(id));
        QVERIFY(index.isValid());
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
        QTRY_COMPARE(m_window->details()->systemId(), id);
    }

    QString writeFile(const QString &name, const QStringList &lines) const
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        for (const QString &line : lines)
            file.write(line.toUtf8() + '\n');
        return path;
    }

    QString line(int minute, const QString &system, const QString &target, const QString &action) const
    {
        return QStringLiteral(R"({"time": "2026-03-01T08:%1:00Z", "system_id": "%2", "tool": "gh", "target": "%3", "action": "%4"})")
            .arg(minute, 2, 10, QLatin1Char('0'))
            .arg(system, target, action);
    }

    // Runs the import the action would run after its file dialog; the result of finished().
    bool runImport(const QString &path)
    {
        QSignalSpy finished(m_window->evidenceImporter(), &EvidenceImporter::finished);
        if (!m_window->evidenceImporter()->importFile(path))
            return false;
        if (!finished.wait(10000))
            qWarning("the import did not finish");
        return !finished.isEmpty() && finished.constFirst().constFirst().toBool();
    }

    QString windowText() const { return find<QLabel>("evidenceWindowLabel")->text(); }

private slots:
    void initTestCase() { Test::isolate(); }
    void init() { openMainWindow(QStringLiteral("evidence.mandate")); }
    void cleanup() { closeMainWindow(); }

    void importShowsTheEvidenceAndUndoTakesItAway()
    {
        QAction *action = menuAction("fileMenu", "importEvidenceAction");
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));

        Privilege declared;
        declared.systemId = m_ids.agent;
        declared.target = QStringLiteral("repo:*");
        declared.scope = Scope::Read;
        QVERIFY(workspace()->addPrivilege(declared));
        Privilege idle = declared;
        idle.target = QStringLiteral("wiki");
        QVERIFY(workspace()->addPrivilege(idle));

        selectSystem(m_ids.agent);
        auto *view = m_window->details()->evidence();
        auto *table = find<QTableView>("evidenceTableView");
        QCOMPARE(windowText(), QStringLiteral("No runtime evidence imported for this system."));
        QVERIFY(!table->isVisible());

        const QString agent = QString::number(m_ids.agent);
        const QString path = writeFile(QStringLiteral("agent.jsonl"),
            { line(1, agent, QStringLiteral("repo:payments"), QStringLiteral("read")),
                line(2, agent, QStringLiteral("repo:payments"), QStringLiteral("read")),
                line(3, agent, QStringLiteral("repo:payments"), QStringLiteral("push")),
                line(4, QStringLiteral("INV-404"), QStringLiteral("prod-cluster"), QStringLiteral("read")) });
        const int undoSteps = workspace()->undoStack()->count();
        MessageBox::clearRecord();
        QVERIFY(runImport(path));

        QCOMPARE(MessageBox::messageCount(), 1);
        QCOMPARE(MessageBox::lastIcon(), QMessageBox::Information);
        QVERIFY2(MessageBox::lastText().contains(QLatin1String("Line 4: system \"INV-404\"")), qPrintable(MessageBox::lastText()));
        QCOMPARE(workspace()->undoStack()->count(), undoSteps + 1);

        ObservedAccessModel *model = view->model();
        QTRY_COMPARE(model->rowCount(), 2);
        QVERIFY(table->isVisible());
        QVERIFY2(windowText().contains(QLatin1String("3 event")), qPrintable(windowText()));
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, ObservedAccessModel::TargetColumn);
            const bool push = model->index(row, ObservedAccessModel::ActionColumn).data() == QStringLiteral("push");
            QCOMPARE(index.data(ObservedAccessModel::UndeclaredRole).toBool(), push);
            QCOMPARE(index.data(Qt::FontRole).value<QFont>().bold(), push);
        }
        const QString unused = find<QLabel>("unusedPrivilegesLabel")->text();
        QVERIFY2(unused.contains(QLatin1String("F-UNUSED")) && unused.contains(QLatin1String("wiki"))
                && !unused.contains(QLatin1String("repo:*")),
            qPrintable(unused));

        // Undo from the Edit menu takes the whole import away.
        QAction *undo = menuAction("editMenu", "undoAction");
        QVERIFY(undo && undo->isEnabled());
        undo->trigger();
        QTRY_COMPARE(model->rowCount(), 0);
        QCOMPARE(windowText(), QStringLiteral("No runtime evidence imported for this system."));
        QVERIFY(!table->isVisible());
        QVERIFY(workspace()->systemsWithEvidence().isEmpty());
    }

    void aBadFileIsReportedAndChangesNothing()
    {
        const QString agent = QString::number(m_ids.agent);
        const QString path = writeFile(QStringLiteral("broken.jsonl"),
            { line(5, agent, QStringLiteral("repo:payments"), QStringLiteral("read")),
                line(1, agent, QStringLiteral("repo:payments"), QStringLiteral("read")) }); // out of time order
        const QSet<SystemId> before = workspace()->systemsWithEvidence();
        const int undoSteps = workspace()->undoStack()->count();
        MessageBox::clearRecord();
        QVERIFY(!runImport(path));
        QCOMPARE(MessageBox::messageCount(), 1);
        QCOMPARE(MessageBox::lastIcon(), QMessageBox::Critical);
        QVERIFY2(MessageBox::lastText().contains(QLatin1String("broken.jsonl"))
                && MessageBox::lastText().contains(QLatin1String("2")),
            qPrintable(MessageBox::lastText()));
        QCOMPARE(workspace()->systemsWithEvidence(), before);
        QCOMPARE(workspace()->undoStack()->count(), undoSteps);
        QVERIFY(menuAction("fileMenu", "importEvidenceAction")->isEnabled());
    }

    void aCancelledReadStoresNothing()
    {
        const QString agent = QString::number(m_ids.agent);
        QStringList lines;
        for (int i = 0; i < 2000; ++i)
            lines << line(i / 40, agent, QStringLiteral("repo:payments"), QStringLiteral("read"));
        const QString path = writeFile(QStringLiteral("long.jsonl"), lines);
        QSignalSpy finished(m_window->evidenceImporter(), &EvidenceImporter::finished);
        MessageBox::clearRecord();
        QVERIFY(m_window->evidenceImporter()->importFile(path));
        QAction *action = menuAction("fileMenu", "importEvidenceAction");
        QVERIFY(!action->isEnabled()); // one import at a time
        auto *progress = m_window->findChild<QProgressDialog *>(QStringLiteral("evidenceProgressDialog"));
        QVERIFY(progress);
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancel->click();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.constFirst().constFirst().toBool(), false);
        QVERIFY(!m_window->statusBar()->currentMessage().isEmpty());
        QVERIFY2(MessageBox::messageCount() == 0, qPrintable(MessageBox::lastText()));
        QVERIFY(workspace()->systemsWithEvidence().isEmpty());
        QVERIFY(action->isEnabled());
    }

    void theActionNeedsAWorkspace()
    {
        QAction *action = menuAction("fileMenu", "importEvidenceAction");
        QVERIFY(action->isEnabled());
        m_window->controller()->closeWorkspace();
        QVERIFY(!action->isEnabled());
        QVERIFY(!m_window->evidenceImporter()->importFile(m_dir->filePath(QStringLiteral("any.jsonl"))));
    }
};

QTEST_MAIN(TestEvidenceImporter)
#include "tst_evidenceimporter.moc"
