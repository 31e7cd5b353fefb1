// A server workspace in the main window, with another analyst at work on the same database (issue 8):
// their edits, new systems and removals appear in the inventory table without anyone reloading; an
// edit typed into the table on a row they changed a moment before is refused with a message naming
// them and both values, and the cell then shows theirs. Skips without the test server.
#include "common/sharedworkspace.h"
#include "inventoryview.h"
#include "itemmodels/systemfilterproxymodel.h"
#include "itemmodels/systemtablemodel.h"
#include "mainwindowfixture.h"
#include "storage/workspace.h"

#include <QTableView>

#include <memory>

using namespace Mandate;

class TestServerWorkspaceWindow : public QObject, public Test::MainWindowFixture
{
    Q_OBJECT

    std::unique_ptr<Test::ScratchDatabase> m_server;
    std::unique_ptr<Workspace> m_alice; // the other analyst, on her own connection

    // The inventory row showing the system called name, -1 when none does.
    int rowOf(const QString &name) const
    {
        const QAbstractItemModel *model = m_window->inventory()->proxyModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, SystemTableModel::NameColumn).data().toString() == name)
                return row;
        }
        return -1;
    }

    QString vendorShown(const QString &name) const
    {
        const int row = rowOf(name);
        return row < 0 ? QString()
                       : m_window->inventory()->proxyModel()->index(row, SystemTableModel::VendorColumn).data().toString();
    }

private slots:
    void initTestCase() { Test::isolate(); }

    void init()
    {
        if (const QString why = Test::postgresUnavailable(); !why.isEmpty())
            QSKIP(qPrintable(why));
        QString error;
        QVERIFY2(Test::startSharedWorkspace(&m_server, &m_alice, &error), qPrintable(error));
        MessageBox::setTestAnswer(QMessageBox::Ok);
        openMainWindow(QStringLiteral("inventory.mandate"));
        QVERIFY(m_window->controller()->openWorkspace(m_server->location()));
        workspace()->setActor(QStringLiteral("bob"));
        QCOMPARE(rowOf(QStringLiteral("Claims triage model")), 0);
    }

    void cleanup()
    {
        closeMainWindow();
        m_alice.reset();
        m_server.reset();
    }

    void anotherAnalystsChangesAppearInTheTable()
    {
        QVERIFY(m_alice->setSystemValue(m_alice->systemIds().constFirst(), SystemField::Vendor, QStringLiteral("Acme Analytics")));
        QTRY_COMPARE(vendorShown(QStringLiteral("Claims triage model")), QStringLiteral("Acme Analytics"));

        AiSystem prototype;
        prototype.name = QStringLiteral("Code review agent");
        const SystemId agent = m_alice->addSystem(prototype);
        QTRY_VERIFY(rowOf(QStringLiteral("Code review agent")) >= 0);
        m_window->grab().save(QStringLiteral("/tmp/server-live.png"));

        m_alice->removeSystems({ agent });
        QTRY_COMPARE(rowOf(QStringLiteral("Code review agent")), -1);
        QCOMPARE(MessageBox::messageCount(), 0);
    }

    void aStaleEditInTheTableIsRefusedAndShowsTheirs()
    {
        const SystemId triage = m_alice->systemIds().constFirst();
        // Alice's edit lands; Bob types into the cell before his window has heard of it.
        QVERIFY(m_alice->setSystemValue(triage, SystemField::Vendor, QStringLiteral("Acme Analytics")));
        QAbstractItemModel *model = m_window->inventory()->proxyModel();
        const QModelIndex cell = model->index(rowOf(QStringLiteral("Claims triage model")), SystemTableModel::VendorColumn);
        model->setData(cell, QStringLiteral("Globex"), Qt::EditRole);

        QTRY_COMPARE(MessageBox::messageCount(), 1);
        QCOMPARE(MessageBox::lastIcon(), QMessageBox::Warning);
        const QString text = MessageBox::lastText();
        QVERIFY2(text.contains(QLatin1String("alice")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Acme Analytics")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Globex")), qPrintable(text));
        QCOMPARE(vendorShown(QStringLiteral("Claims triage model")), QStringLiteral("Acme Analytics"));
        QCOMPARE(m_alice->system(triage)->vendor, QStringLiteral("Acme Analytics"));
        QVERIFY(!workspace()->undoStack()->canUndo());
    }
};

QTEST_MAIN(TestServerWorkspaceWindow)
#include "tst_serverworkspacewindow.moc"
