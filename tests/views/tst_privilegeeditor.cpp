// The privilege boundary editor end to end, in a real main window: an analyst adds a privilege to
// the selected system, makes it admin through the table's combo box, and the system's summary, the
// derived facts and the inventory follow; a bad date is refused on screen; the Edit menu's undo
// takes it all back. Also the Tools > Credentials dialog refusing to remove a credential in use.
#include "credentialsdialog.h"
#include "inventoryview.h"
#include "itemmodels/credentialtablemodel.h"
#include "itemmodels/privilegetablemodel.h"
#include "itemmodels/systemfilterproxymodel.h"
#include "itemmodels/systemtablemodel.h"
#include "mainwindowfixture.h"
#include "privilegeeditor.h"
#include "systemdetailspanel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>

using namespace Mandate;

class TestPrivilegeEditor : public QObject, public Test::MainWindowFixture
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

    QString inventoryText(SystemId id, int column) const
    {
        return m_window->inventory()->tableModel()->indexOf(id, column).data().toString();
    }

    // Picks a value in a cell's combo box the way a person does: open the editor, type the label.
    void chooseInCell(QTableView *table, const QModelIndex &index, const QString &labelText)
    {
        table->scrollTo(index);
        table->setCurrentIndex(index);
        table->edit(index);
        auto *combo = table->viewport()->findChild<QComboBox *>(QStringLiteral("vocabularyComboBox"));
        QVERIFY(combo);
        Test::chooseByTyping(combo, labelText);
    }

private slots:
    void initTestCase() { Test::isolate(); }
    void init() { openMainWindow(QStringLiteral("privileges.mandate")); }
    void cleanup() { closeMainWindow(); }

    void anAdminPrivilegeAddedInTheEditorReachesTheSummaryAndUndoes()
    {
        Credential credential;
        credential.name = QStringLiteral("svc-writer");
        QVERIFY(workspace()->addCredential(credential));
        selectSystem(m_ids.writer);
        auto *editor = find<PrivilegeEditor>("privilegeEditorGroupBox");
        auto *table = find<QTableView>("privilegeTableView");
        QAbstractItemModel *model = table->model();
        QCOMPARE(model->rowCount(), 0);
        const QString nhiBefore = inventoryText(m_ids.writer, SystemTableModel::NhiRiskColumn);
        QVERIFY(nhiBefore != label(Tristate::Yes));
        const int steps = workspace()->undoStack()->count();

        // Add opens the new row's target for typing.
        QTest::mouseClick(find<QPushButton>("addPrivilegePushButton"), Qt::LeftButton);
        QCOMPARE(model->rowCount(), 1);
        auto *targetEdit = table->viewport()->findChild<QLineEdit *>();
        QVERIFY(targetEdit);
        targetEdit->selectAll();
        QTest::keyClicks(targetEdit, QStringLiteral("cms-publishing-api"));
        QTest::keyClick(targetEdit, Qt::Key_Return);
        QTRY_COMPARE(model->index(0, PrivilegeTableModel::TargetColumn).data().toString(),
            QStringLiteral("cms-publishing-api"));

        chooseInCell(table, model->index(0, PrivilegeTableModel::ScopeColumn), label(Scope::Admin));
        QTRY_COMPARE(model->index(0, PrivilegeTableModel::ScopeColumn).data(Qt::EditRole).toString(),
            QStringLiteral("admin"));
        const PrivilegeSummary summary = workspace()->system(m_ids.writer)->privileges;
        QVERIFY(summary.anyPrivilegeOnWildcardOrAdmin);
        QCOMPARE(summary.highestScope, Scope::Admin);
        QCOMPARE(find<QLabel>("accessFootprintValueLabel")->text(), label(AccessFootprint::AdminOrSecrets));

        // Through the view's model: a credential the system now holds makes it an NHI risk.
        QVERIFY(model->setData(model->index(0, PrivilegeTableModel::CredentialColumn), QStringLiteral("svc-writer")));
        QCOMPARE(inventoryText(m_ids.writer, SystemTableModel::NhiRiskColumn), label(Tristate::Yes));
        QCOMPARE(workspace()->undoStack()->count(), steps + 4); // add, target, scope, credential

        // A date that does not parse is refused on screen and changes nothing.
        auto *error = find<QLabel>("privilegeErrorLabel");
        QVERIFY(!model->setData(model->index(0, PrivilegeTableModel::ExpiresColumn), QStringLiteral("31.12.2026")));
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("31.12.2026")));
        QCOMPARE(workspace()->undoStack()->count(), steps + 4);

        if (qEnvironmentVariableIsSet("MANDATE_GRAB_DETAILS")) { // a look at the panel, for people
            m_window->resize(1400, 900);
            m_window->resizeDocks({ m_window->details() }, { 460 }, Qt::Horizontal);
            QTest::qWait(50);
            m_window->details()->grab().save(qEnvironmentVariable("MANDATE_GRAB_DETAILS"));
            editor->grab().save(qEnvironmentVariable("MANDATE_GRAB_DETAILS") + QStringLiteral(".group.png"));
        }

        QAction *undo = menuAction("editMenu", "undoAction");
        QVERIFY(undo);
        for (int i = 0; i < 4; ++i)
            undo->trigger();
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(workspace()->system(m_ids.writer)->privileges.count, 0);
        QVERIFY(!workspace()->system(m_ids.writer)->privileges.anyPrivilegeOnWildcardOrAdmin);
        QCOMPARE(inventoryText(m_ids.writer, SystemTableModel::NhiRiskColumn), nhiBefore);
        QVERIFY(editor->isEnabled());
    }

    void removeTakesTheSelectedRowsInOneStep()
    {
        for (const QString &target : { QStringLiteral("ci"), QStringLiteral("repos"), QStringLiteral("tickets") }) {
            Privilege privilege;
            privilege.systemId = m_ids.agent;
            privilege.target = target;
            QVERIFY(workspace()->addPrivilege(privilege));
        }
        selectSystem(m_ids.agent);
        auto *table = find<QTableView>("privilegeTableView");
        auto *remove = find<QPushButton>("removePrivilegesPushButton");
        QVERIFY(!remove->isEnabled());
        QCOMPARE(table->model()->rowCount(), 3);
        table->selectionModel()->select(table->model()->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        table->selectionModel()->select(table->model()->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(remove->isEnabled());
        const int steps = workspace()->undoStack()->count();
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, PrivilegeTableModel::TargetColumn).data().toString(), QStringLiteral("repos"));
        QCOMPARE(workspace()->undoStack()->count(), steps + 1);
        menuAction("editMenu", "undoAction")->trigger();
        QCOMPARE(table->model()->rowCount(), 3);

        // Another system shows its own, empty boundary.
        selectSystem(m_ids.triage);
        QCOMPARE(table->model()->rowCount(), 0);
    }

    void theCredentialsDialogRefusesToRemoveOneInUse()
    {
        Credential credential;
        credential.name = QStringLiteral("svc-review-bot");
        const CredentialId id = workspace()->addCredential(credential);
        Privilege privilege;
        privilege.systemId = m_ids.agent;
        privilege.target = QStringLiteral("repos");
        privilege.credentialId = id;
        QVERIFY(workspace()->addPrivilege(privilege));

        QAction *open = menuAction("toolsMenu", "credentialsAction");
        QVERIFY(open);
        QVERIFY(open->isEnabled());
        open->trigger();
        auto *dialog = m_window->findChild<CredentialsDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QApplication::setActiveWindow(dialog);
        QTableView *table = dialog->tableView();
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, CredentialTableModel::SharedWithColumn).data().toInt(), 1);

        table->selectRow(0);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("removeCredentialPushButton")), Qt::LeftButton);
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("credentialErrorLabel"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("svc-review-bot")), qPrintable(error->text()));
        QCOMPARE(workspace()->credential(id).name, QStringLiteral("svc-review-bot"));

        // Add makes a row whose name is open for typing.
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addCredentialPushButton")), Qt::LeftButton);
        QCOMPARE(table->model()->rowCount(), 2);
        auto *nameEdit = table->viewport()->findChild<QLineEdit *>();
        QVERIFY(nameEdit);
        nameEdit->selectAll();
        QTest::keyClicks(nameEdit, QStringLiteral("svc-deploy-bot"));
        QTest::keyClick(nameEdit, Qt::Key_Return);
        QCOMPARE(workspace()->credentials().size(), 2);
        QTRY_VERIFY(!table->viewport()->findChild<QLineEdit *>());
        QStringList names;
        for (const Credential &c : workspace()->credentials())
            names << c.name;
        QVERIFY2(names.contains(QStringLiteral("svc-deploy-bot")), qPrintable(names.join(u',')));
        dialog->reject();
    }
};

QTEST_MAIN(TestPrivilegeEditor)
#include "tst_privilegeeditor.moc"
