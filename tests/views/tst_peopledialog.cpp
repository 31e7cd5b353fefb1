// The people dialog driven as an analyst would: add a person, edit their email in place, see a bad
// email refused with a message, undo; and a person who owns systems cannot be removed.

#include "itemmodels/peopletablemodel.h"
#include "messagebox.h"
#include "peopledialog.h"
#include "storage/workspace.h"
#include "testworkspace.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Mandate;

class TestPeopleDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    Test::SampleIds m_ids;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<PeopleDialog> m_dialog;

    template<typename T> T *find(const QString &name) const
    {
        T *widget = m_dialog->findChild<T *>(name);
        if (!widget)
            qFatal("no child named %s", qPrintable(name));
        return widget;
    }

    QTableView *table() const { return m_dialog->tableView(); }

    // Types into the open editor of the current cell and commits it with Enter.
    QLineEdit *openEditor() const { return table()->viewport()->findChild<QLineEdit *>(); }

    void typeIntoEditor(const QString &text)
    {
        QLineEdit *editor = openEditor();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
    }

    QModelIndex cellOf(const QString &name, int column) const
    {
        const QModelIndexList found = table()->model()->match(
            table()->model()->index(0, PeopleTableModel::NameColumn), Qt::DisplayRole, name, 1, Qt::MatchExactly);
        return found.isEmpty() ? QModelIndex() : found.first().siblingAtColumn(column);
    }

private slots:
    void initTestCase() { Test::isolate(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        const QString path = m_dir->filePath(QStringLiteral("people.mandate"));
        m_ids = Test::createSampleWorkspace(path);
        WorkspaceError error;
        m_workspace = Workspace::open(path, &error);
        QVERIFY2(m_workspace, qPrintable(error.message()));
        m_dialog = std::make_unique<PeopleDialog>(m_workspace.get());
        m_dialog->show();
        QApplication::setActiveWindow(m_dialog.get());
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
        MessageBox::clearRecord();
    }

    void cleanup()
    {
        m_dialog.reset();
        m_workspace.reset();
        m_dir.reset();
    }

    void addAPersonEditTheirEmailInPlaceAndUndo()
    {
        QTest::mouseClick(find<QPushButton>(QStringLiteral("addPersonPushButton")), Qt::LeftButton);
        QTRY_VERIFY(openEditor());
        typeIntoEditor(QStringLiteral("Priya Raman"));
        // The delegate commits a moment after Enter (queued).
        QTRY_VERIFY(m_workspace->personIdByName(QStringLiteral("Priya Raman")));
        const PersonId priya = m_workspace->personIdByName(QStringLiteral("Priya Raman"));
        QVERIFY2(priya, "the name typed into the new row");

        const QModelIndex email = cellOf(QStringLiteral("Priya Raman"), PeopleTableModel::EmailColumn);
        QVERIFY(email.isValid());
        table()->setCurrentIndex(email);
        table()->edit(email);
        QTRY_VERIFY(openEditor());
        typeIntoEditor(QStringLiteral("priya.raman@example.org"));
        QTRY_COMPARE(m_workspace->person(priya)->email, QStringLiteral("priya.raman@example.org"));
        QCOMPARE(email.data().toString(), QStringLiteral("priya.raman@example.org"));

        m_workspace->undoStack()->undo();
        QCOMPARE(m_workspace->person(priya)->email, QString());
        QCOMPARE(email.data().toString(), QString());
    }

    void aBadEmailIsRefusedWithAMessage()
    {
        const QModelIndex email = cellOf(QStringLiteral("Dana Whitfield"), PeopleTableModel::EmailColumn);
        QVERIFY(email.isValid());
        const int steps = m_workspace->undoStack()->count();
        table()->setCurrentIndex(email);
        table()->edit(email);
        QTRY_VERIFY(openEditor());
        typeIntoEditor(QStringLiteral("dana at example"));
        QTRY_COMPARE(MessageBox::messageCount(), 1);
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("dana at example")), qPrintable(MessageBox::lastText()));
        QCOMPARE(email.data().toString(), QString());
        QCOMPARE(m_workspace->undoStack()->count(), steps);
    }

    void theFilterNarrowsTheList()
    {
        QVERIFY(m_workspace->addPerson(Person { 0, QStringLiteral("Priya Raman"), {}, QStringLiteral("Platform") }));
        QCOMPARE(table()->model()->rowCount(), 2);
        QTest::keyClicks(find<QLineEdit>(QStringLiteral("peopleFilterLineEdit")), QStringLiteral("platf"));
        QCOMPARE(table()->model()->rowCount(), 1);
        QCOMPARE(table()->model()->index(0, PeopleTableModel::NameColumn).data().toString(), QStringLiteral("Priya Raman"));
    }

    void anOwnerCannotBeRemoved()
    {
        const QModelIndex dana = cellOf(QStringLiteral("Dana Whitfield"), PeopleTableModel::NameColumn);
        table()->selectRow(dana.row());
        QTest::mouseClick(find<QPushButton>(QStringLiteral("removePersonPushButton")), Qt::LeftButton);
        QCOMPARE(MessageBox::messageCount(), 1);
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("1 system")), qPrintable(MessageBox::lastText()));
        QVERIFY(m_workspace->personIdByName(QStringLiteral("Dana Whitfield")));
    }
};

QTEST_MAIN(TestPeopleDialog)
#include "tst_peopledialog.moc"
