// The people table: rows follow the workspace, name, email and team edit in place as one undo step
// each, a refused edit changes nothing and says why, and the count of systems owned follows the
// owners of the systems.
#include "itemmodels/peopletablemodel.h"
#include "storage/workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Mandate;

class TestPeopleTableModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<PeopleTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    SystemId m_system = 0;
    PersonId m_amara = 0;

    QModelIndex cell(PersonId id, int column) const { return m_model->index(m_model->rowOf(id), column); }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        WorkspaceError error;
        m_workspace = Workspace::create(m_dir->filePath(QStringLiteral("people.mandate")), &error);
        QVERIFY2(m_workspace, qPrintable(error.message()));
        AiSystem prototype;
        prototype.name = QStringLiteral("Claims agent");
        m_system = m_workspace->addSystem(prototype);
        m_amara = m_workspace->addPerson(
            Person { 0, QStringLiteral("Amara Okafor"), QStringLiteral("amara@example.org"), QStringLiteral("Risk") });
        QVERIFY(m_workspace->addPerson(Person { 0, QStringLiteral("Jonas Weber"), {}, QStringLiteral("Platform") }));
        m_model = std::make_unique<PeopleTableModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
            QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setWorkspace(m_workspace.get());
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_workspace.reset();
        m_dir.reset();
    }

    void showsEveryPersonByName()
    {
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->index(0, PeopleTableModel::NameColumn).data().toString(), QStringLiteral("Amara Okafor"));
        QCOMPARE(m_model->index(0, PeopleTableModel::EmailColumn).data().toString(), QStringLiteral("amara@example.org"));
        QCOMPARE(m_model->index(1, PeopleTableModel::TeamColumn).data().toString(), QStringLiteral("Platform"));
        QVERIFY(!(m_model->flags(cell(m_amara, PeopleTableModel::SystemsOwnedColumn)) & Qt::ItemIsEditable));
        QVERIFY(m_model->flags(cell(m_amara, PeopleTableModel::EmailColumn)) & Qt::ItemIsEditable);
    }

    void anEditInPlaceIsOneUndoStep_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("value");
        QTest::addRow("a new email") << int(PeopleTableModel::EmailColumn) << QStringLiteral("a.okafor@example.org");
        QTest::addRow("a new team") << int(PeopleTableModel::TeamColumn) << QStringLiteral("Model risk");
        QTest::addRow("a corrected name") << int(PeopleTableModel::NameColumn) << QStringLiteral("Amara N. Okafor");
    }

    void anEditInPlaceIsOneUndoStep()
    {
        QFETCH(int, column);
        QFETCH(QString, value);
        const QString before = cell(m_amara, column).data().toString();
        const int steps = m_workspace->undoStack()->count();
        QVERIFY(m_model->setData(cell(m_amara, column), value));
        QCOMPARE(cell(m_amara, column).data().toString(), value);
        QCOMPARE(m_workspace->undoStack()->count(), steps + 1);
        m_workspace->undoStack()->undo();
        QCOMPARE(cell(m_amara, column).data().toString(), before);
    }

    void aRefusedEditSaysWhyAndChangesNothing()
    {
        QSignalSpy refused(m_model.get(), &PeopleTableModel::editRefused);
        const int steps = m_workspace->undoStack()->count();
        QVERIFY(!m_model->setData(cell(m_amara, PeopleTableModel::EmailColumn), QStringLiteral("amara at example")));
        QCOMPARE(refused.count(), 1);
        QVERIFY(m_model->lastError().contains(QStringLiteral("amara at example")));
        QVERIFY(!m_model->setData(cell(m_amara, PeopleTableModel::NameColumn), QStringLiteral("jonas weber")));
        QCOMPARE(refused.count(), 2);
        QCOMPARE(cell(m_amara, PeopleTableModel::NameColumn).data().toString(), QStringLiteral("Amara Okafor"));
        QCOMPARE(m_workspace->undoStack()->count(), steps);
    }

    void theSystemsOwnedFollowTheOwners()
    {
        const QModelIndex owned = cell(m_amara, PeopleTableModel::SystemsOwnedColumn);
        QCOMPARE(owned.data().toInt(), 0);
        QVERIFY(m_workspace->setSystemValue(m_system, SystemField::BusinessOwner, m_amara));
        QCOMPARE(owned.data().toInt(), 1);
        QVERIFY(owned.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Claims agent")));
        QVERIFY(m_workspace->setSystemValue(m_system, SystemField::RiskOwner, m_amara));
        QCOMPARE(owned.data().toInt(), 1); // one system, however many roles
        m_workspace->removeSystems({ m_system });
        QCOMPARE(owned.data().toInt(), 0);
        m_workspace->undoStack()->undo();
        QCOMPARE(owned.data().toInt(), 1);
    }

    void addedAndRemovedPeopleAppearAndGo()
    {
        const PersonId lena = m_workspace->addPerson(Person { 0, QStringLiteral("Lena Fischer"), {}, {} });
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->index(2, PeopleTableModel::NameColumn).data().toString(), QStringLiteral("Lena Fischer"));
        QVERIFY(m_workspace->removePerson(lena));
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->rowOf(lena), -1);
    }
};

QTEST_GUILESS_MAIN(TestPeopleTableModel)
#include "tst_peopletablemodel.moc"
