// The details panel on its own: every widget commits through the workspace (so it is audited and
// undoable), it follows changes made elsewhere, and it refuses to show stale or refused values.

#include "storage/workspace.h"
#include "systemdetailspanel.h"
#include "testworkspace.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include <algorithm>

using namespace Mandate;

class TestSystemDetailsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void disabledWithAHintWhenNothingIsShown();
    void lineEditsCommitOnEnter_data();
    void lineEditsCommitOnEnter();
    void comboBoxesCommitWhenChosen_data();
    void comboBoxesCommitWhenChosen();
    void theWheelScrollsThePanelRatherThanChangingValues();
    void textEditCommitsWhenFocusLeaves();
    void typingANewOwnerCreatesThePerson();
    void choosingNoneClearsTheOwner();
    void reviewCadenceCommits();
    void changesMadeElsewhereAreShown();
    void aRefusedEditShowsTheStoredValueAgain();
    void removingTheShownSystemClearsThePanel();
    void importedAttributesLineUpWithTheOtherCaptions();

private:
    template<typename T> T *find(const QString &name) const
    {
        T *widget = m_panel->findChild<T *>(name);
        if (!widget)
            qFatal("no child named %s", qPrintable(name));
        return widget;
    }
    void show(SystemId id);

    std::unique_ptr<QTemporaryDir> m_dir;
    Test::SampleIds m_ids;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SystemDetailsPanel> m_panel;
};

void TestSystemDetailsPanel::initTestCase()
{
    Test::isolate();
}

void TestSystemDetailsPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString path = m_dir->filePath(QStringLiteral("panel.mandate"));
    m_ids = Test::createSampleWorkspace(path);
    WorkspaceError error;
    m_workspace = Workspace::open(path, &error);
    QVERIFY2(m_workspace, qPrintable(error.message()));
    m_panel = std::make_unique<SystemDetailsPanel>();
    m_panel->resize(420, 900);
    m_panel->setWorkspace(m_workspace.get());
    m_panel->show();
    QApplication::setActiveWindow(m_panel.get());
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
}

void TestSystemDetailsPanel::cleanup()
{
    m_panel.reset();
    m_workspace.reset();
    m_dir.reset();
}

void TestSystemDetailsPanel::show(SystemId id)
{
    m_panel->setSystem(id);
    QCOMPARE(m_panel->systemId(), id);
}

void TestSystemDetailsPanel::disabledWithAHintWhenNothingIsShown()
{
    QVERIFY(find<QLabel>(QStringLiteral("detailsHintLabel"))->isVisible());
    QVERIFY(!find<QLineEdit>(QStringLiteral("nameLineEdit"))->isEnabled());
    QVERIFY(!find<QComboBox>(QStringLiteral("usesToolsComboBox"))->isEnabled());

    show(m_ids.triage);
    QVERIFY(!find<QLabel>(QStringLiteral("detailsHintLabel"))->isVisible());
    QVERIFY(find<QLineEdit>(QStringLiteral("nameLineEdit"))->isEnabled());
    QCOMPARE(find<QLineEdit>(QStringLiteral("nameLineEdit"))->text(), QStringLiteral("Claims triage model"));
    // A name longer than the field shows its beginning (imported names often are).
    QCOMPARE(find<QLineEdit>(QStringLiteral("nameLineEdit"))->cursorPosition(), 0);
    QCOMPARE(
        find<QLabel>(QStringLiteral("detailsTitleLabel"))->text(), QStringLiteral("Claims triage model"));
}

void TestSystemDetailsPanel::lineEditsCommitOnEnter_data()
{
    QTest::addColumn<QString>("widget");
    QTest::addColumn<SystemField>("field");
    QTest::addColumn<QString>("typed");
    QTest::addRow("renaming a system")
        << QStringLiteral("nameLineEdit") << SystemField::Name << QStringLiteral("Claims triage v2");
    QTest::addRow("recording its CMDB id")
        << QStringLiteral("externalIdLineEdit") << SystemField::ExternalId << QStringLiteral("CMDB-0042");
    QTest::addRow("changing its vendor")
        << QStringLiteral("vendorLineEdit") << SystemField::Vendor << QStringLiteral("Northwind AI");
}

void TestSystemDetailsPanel::lineEditsCommitOnEnter()
{
    QFETCH(QString, widget);
    QFETCH(SystemField, field);
    QFETCH(QString, typed);
    show(m_ids.triage);
    const QString before = m_workspace->system(m_ids.triage)->value(field).toString();
    auto *edit = find<QLineEdit>(widget);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, typed);
    QCOMPARE(m_workspace->system(m_ids.triage)->value(field).toString(), before); // not while typing
    QTest::keyClick(edit, Qt::Key_Return);

    QCOMPARE(m_workspace->system(m_ids.triage)->value(field).toString(), typed);
    const AuditEntry last = m_workspace->auditEntries().constLast();
    QCOMPARE(last.field, fieldId(field));
    QCOMPARE(last.oldValue, before);
    QCOMPARE(last.newValue, typed);
    QCOMPARE(m_workspace->undoStack()->count(), 1);
}

void TestSystemDetailsPanel::comboBoxesCommitWhenChosen_data()
{
    QTest::addColumn<QString>("widget");
    QTest::addColumn<SystemField>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("stored");
    QTest::addRow("it turns out to use tools")
        << QStringLiteral("usesToolsComboBox") << SystemField::UsesTools << label(Tristate::Yes)
        << QStringLiteral("yes");
    QTest::addRow("a person approves each action")
        << QStringLiteral("approvalGateComboBox") << SystemField::ApprovalGate
        << label(ApprovalGate::TwoPerson) << QStringLiteral("two_person");
    QTest::addRow("its output is content") << QStringLiteral("outputKindComboBox") << SystemField::OutputKind
                                           << label(OutputKind::Content) << QStringLiteral("content");
    QTest::addRow("it is recorded as causal") << QStringLiteral("paradigmComboBox") << SystemField::Paradigm
                                              << label(Paradigm::Causal) << QStringLiteral("causal");
    QTest::addRow("it moves to retiring")
        << QStringLiteral("lifecycleComboBox") << SystemField::LifecycleStage
        << label(LifecycleStage::Retiring) << QStringLiteral("retiring");
    QTest::addRow("the vendor runs it")
        << QStringLiteral("vendorOperatedComboBox") << SystemField::VendorOperated << label(Tristate::Yes)
        << QStringLiteral("yes");
}

void TestSystemDetailsPanel::comboBoxesCommitWhenChosen()
{
    QFETCH(QString, widget);
    QFETCH(SystemField, field);
    QFETCH(QString, typed);
    QFETCH(QString, stored);
    show(m_ids.triage);
    Test::chooseByTyping(find<QComboBox>(widget), typed);
    QCOMPARE(m_workspace->system(m_ids.triage)->value(field).toString(), stored);
    QCOMPARE(m_workspace->auditEntries().constLast().field, fieldId(field));

    m_workspace->undoStack()->undo();
    QVERIFY(find<QComboBox>(widget)->currentData().toString() != stored);
}

void TestSystemDetailsPanel::theWheelScrollsThePanelRatherThanChangingValues()
{
    show(m_ids.triage);
    m_panel->resize(420, 300); // so that the form scrolls
    auto *combo = find<QComboBox>(QStringLiteral("multiAgentComboBox"));
    find<QLineEdit>(QStringLiteral("nameLineEdit"))->setFocus();
    const QString before = combo->currentData().toString();
    const QPoint centre = combo->rect().center();
    QWheelEvent wheel(centre, combo->mapToGlobal(centre), QPoint(), QPoint(0, -120), Qt::NoButton,
        Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(combo, &wheel);
    QCOMPARE(combo->currentData().toString(), before);
    QCOMPARE(m_workspace->undoStack()->count(), 0);
}

void TestSystemDetailsPanel::textEditCommitsWhenFocusLeaves()
{
    show(m_ids.agent);
    auto *plan = find<QPlainTextEdit>(QStringLiteral("offboardingPlanTextEdit"));
    plan->setFocus();
    QTest::keyClicks(plan, QStringLiteral("Revoke the GitHub app token"));
    QCOMPARE(m_workspace->system(m_ids.agent)->offboardingPlan, QString());
    find<QLineEdit>(QStringLiteral("vendorLineEdit"))->setFocus();
    QTRY_COMPARE(
        m_workspace->system(m_ids.agent)->offboardingPlan, QStringLiteral("Revoke the GitHub app token"));
    QCOMPARE(m_workspace->auditEntries().constLast().field, QStringLiteral("offboarding_plan"));
}

void TestSystemDetailsPanel::typingANewOwnerCreatesThePerson()
{
    show(m_ids.agent);
    auto *owner = find<QComboBox>(QStringLiteral("technicalOwnerComboBox"));
    QCOMPARE(owner->currentText(), QStringLiteral("(none)"));
    owner->setFocus();
    owner->lineEdit()->selectAll();
    QTest::keyClicks(owner, QStringLiteral("Priya Raman"));
    QTest::keyClick(owner, Qt::Key_Return);

    const PersonId id = m_workspace->personIdByName(QStringLiteral("Priya Raman"));
    QVERIFY(id != 0);
    QCOMPARE(m_workspace->system(m_ids.agent)->technicalOwner, id);
    // The new person is offered in every owner list.
    QVERIFY(
        find<QComboBox>(QStringLiteral("riskOwnerComboBox"))->findText(QStringLiteral("Priya Raman")) > 0);
    // One step for the analyst, so one undo step.
    m_workspace->undoStack()->undo();
    QCOMPARE(m_workspace->system(m_ids.agent)->technicalOwner, PersonId(0));
    QCOMPARE(owner->currentText(), QStringLiteral("(none)"));
}

void TestSystemDetailsPanel::choosingNoneClearsTheOwner()
{
    show(m_ids.triage);
    auto *owner = find<QComboBox>(QStringLiteral("businessOwnerComboBox"));
    QCOMPARE(owner->currentText(), QStringLiteral("Dana Whitfield"));
    owner->setFocus();
    QTest::keyClick(owner, Qt::Key_Up); // "(none)" is first, just above the only person
    QCOMPARE(m_workspace->system(m_ids.triage)->businessOwner, PersonId(0));
    QVERIFY(m_workspace->auditEntries().constLast().oldValue.contains(QStringLiteral("Dana Whitfield")));
}

void TestSystemDetailsPanel::reviewCadenceCommits()
{
    show(m_ids.agent);
    auto *cadence = find<QSpinBox>(QStringLiteral("reviewCadenceSpinBox"));
    cadence->setFocus();
    cadence->selectAll();
    QTest::keyClicks(cadence, QStringLiteral("30"));
    QTest::keyClick(cadence, Qt::Key_Return);
    QCOMPARE(m_workspace->system(m_ids.agent)->reviewCadenceDays, 30);
}

void TestSystemDetailsPanel::changesMadeElsewhereAreShown()
{
    show(m_ids.agent);
    QCOMPARE(find<QLabel>(QStringLiteral("identitySubjectValueLabel"))->text(), label(Tristate::Yes));
    // The CLI, the table or another dialog edits the same workspace: the panel follows.
    QVERIFY(
        m_workspace->setSystemValue(m_ids.agent, SystemField::ApprovalGate, QStringLiteral("per_action")));
    QCOMPARE(find<QComboBox>(QStringLiteral("approvalGateComboBox"))->currentData().toString(),
        QStringLiteral("per_action"));
    QCOMPARE(find<QLabel>(QStringLiteral("identitySubjectValueLabel"))->text(), label(Tristate::No));
    QVERIFY(!find<QLabel>(QStringLiteral("identitySubjectRationaleLabel"))->text().isEmpty());
    QVERIFY(m_workspace->setSystemValue(m_ids.agent, SystemField::Name, QStringLiteral("Review bot")));
    QCOMPARE(find<QLineEdit>(QStringLiteral("nameLineEdit"))->text(), QStringLiteral("Review bot"));
    QCOMPARE(find<QLabel>(QStringLiteral("detailsTitleLabel"))->text(), QStringLiteral("Review bot"));
}

void TestSystemDetailsPanel::aRefusedEditShowsTheStoredValueAgain()
{
    show(m_ids.writer);
    auto *name = find<QLineEdit>(QStringLiteral("nameLineEdit"));
    name->setFocus();
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Delete);
    QTest::keyClick(name, Qt::Key_Return);
    // A system needs a name: nothing is stored and the field shows the name it still has.
    QCOMPARE(m_workspace->system(m_ids.writer)->name, QStringLiteral("Marketing copy writer"));
    QCOMPARE(name->text(), QStringLiteral("Marketing copy writer"));
    QCOMPARE(m_workspace->undoStack()->count(), 0);
}

void TestSystemDetailsPanel::removingTheShownSystemClearsThePanel()
{
    show(m_ids.writer);
    m_workspace->removeSystems({ m_ids.writer });
    QCOMPARE(m_panel->systemId(), SystemId(0));
    QVERIFY(find<QLabel>(QStringLiteral("detailsHintLabel"))->isVisible());
    m_workspace->undoStack()->undo();
    show(m_ids.writer);
}

void TestSystemDetailsPanel::importedAttributesLineUpWithTheOtherCaptions()
{
    AiSystem prototype;
    prototype.name = QStringLiteral("Benefits eligibility screener");
    prototype.customAttributes = { { QStringLiteral("Agency"), QStringLiteral("Department of Labor") } };
    const SystemId id = m_workspace->addSystem(prototype);
    show(id);
    auto *group = find<QWidget>(QStringLiteral("customAttributesGroupBox"));
    QVERIFY(group->isVisible());
    QVERIFY(group->isEnabled());
    auto *key = find<QLabel>(QStringLiteral("customAttributeKeyLabel"));
    auto *value = find<QLabel>(QStringLiteral("customAttributeValueLabel"));
    auto *name = find<QLineEdit>(QStringLiteral("nameLineEdit"));
    QTRY_VERIFY(key->isVisible());
    QCOMPARE(key->text(), QStringLiteral("Agency"));
    QCOMPARE(value->text(), QStringLiteral("Department of Labor"));
    // The name column and the value column start where the captions and fields above start.
    const auto x = [this](const QWidget *widget) { return widget->mapTo(m_panel.get(), QPoint()).x(); };
    const QList<QLabel *> labels = m_panel->findChildren<QLabel *>();
    const auto caption = std::find_if(
        labels.begin(), labels.end(), [name](const QLabel *label) { return label->buddy() == name; });
    QVERIFY(caption != labels.end());
    QCOMPARE(x(key), x(*caption));
    QCOMPARE(x(value), x(name));

    // A change made elsewhere (a re-import, the CLI) is shown.
    QVERIFY(m_workspace->setSystemValue(
        id, SystemField::CustomAttributes, QStringLiteral(R"({"Agency":"Department of Energy"})")));
    QTRY_COMPARE(find<QLabel>(QStringLiteral("customAttributeValueLabel"))->text(),
        QStringLiteral("Department of Energy"));

    // Another system: its own attributes, or none.
    show(m_ids.triage);
    QVERIFY(find<QLabel>(QStringLiteral("customAttributesNoneLabel"))->isVisible());
    QVERIFY(m_panel->findChildren<QLabel *>(QStringLiteral("customAttributeKeyLabel")).isEmpty());
}

QTEST_MAIN(TestSystemDetailsPanel)
#include "tst_systemdetailspanel.moc"
