// The Lifecycle and owners group on its own: the offboarding checklist commits each tick as one undo
// step, Offboarded is refused with a message until the checklist is complete (and the stage shown
// goes back), "Mark reviewed today" records today, and the cadence names its default.

#include "lifecycleeditor.h"
#include "messagebox.h"
#include "storage/workspace.h"
#include "testworkspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Mandate;

class TestLifecycleEditor : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    Test::SampleIds m_ids;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<LifecycleEditor> m_editor;

    template<typename T> T *find(const QString &name) const
    {
        T *widget = m_editor->findChild<T *>(name);
        if (!widget)
            qFatal("no child named %s", qPrintable(name));
        return widget;
    }

    void chooseStage(LifecycleStage stage)
    {
        auto *combo = find<QComboBox>(QStringLiteral("lifecycleComboBox"));
        const int index = combo->findData(toId(stage));
        combo->setCurrentIndex(index);
        emit combo->activated(index);
    }

private slots:
    void initTestCase() { Test::isolate(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        const QString path = m_dir->filePath(QStringLiteral("lifecycle.mandate"));
        m_ids = Test::createSampleWorkspace(path);
        WorkspaceError error;
        m_workspace = Workspace::open(path, &error);
        QVERIFY2(m_workspace, qPrintable(error.message()));
        m_editor = std::make_unique<LifecycleEditor>();
        m_editor->setWorkspace(m_workspace.get());
        m_editor->reloadPeople();
        m_editor->setSystemId(m_ids.triage);
        connect(m_workspace.get(), &Workspace::systemsChanged, m_editor.get(), [this] { m_editor->refresh(); });
        m_editor->show();
        MessageBox::clearRecord();
    }

    void cleanup()
    {
        m_editor.reset();
        m_workspace.reset();
        m_dir.reset();
    }

    void eachTickIsOneUndoStep_data()
    {
        QTest::addColumn<QString>("box");
        QTest::addColumn<SystemField>("field");
        QTest::addRow("credentials revoked") << QStringLiteral("offboardCredentialsRevokedCheckBox")
                                             << SystemField::OffboardCredentialsRevoked;
        QTest::addRow("tools detached") << QStringLiteral("offboardToolsDetachedCheckBox")
                                        << SystemField::OffboardToolsDetached;
        QTest::addRow("owners released") << QStringLiteral("offboardOwnersReleasedCheckBox")
                                         << SystemField::OffboardOwnersReleased;
        QTest::addRow("logs retained") << QStringLiteral("offboardLogsRetainedCheckBox")
                                       << SystemField::OffboardLogsRetained;
    }

    void eachTickIsOneUndoStep()
    {
        QFETCH(QString, box);
        QFETCH(SystemField, field);
        auto *check = find<QCheckBox>(box);
        QVERIFY(!check->isChecked());
        QTest::mouseClick(check, Qt::LeftButton, {}, check->rect().bottomLeft() + QPoint(6, -check->height() / 2));
        QVERIFY(m_workspace->system(m_ids.triage)->value(field).toBool());
        QCOMPARE(m_workspace->undoStack()->count(), 1);
        m_workspace->undoStack()->undo();
        QVERIFY(!m_workspace->system(m_ids.triage)->value(field).toBool());
        QVERIFY(!check->isChecked());
    }

    void offboardedIsRefusedUntilTheChecklistIsComplete()
    {
        chooseStage(LifecycleStage::Offboarded);
        QCOMPARE(m_workspace->system(m_ids.triage)->lifecycleStage, LifecycleStage::Production);
        QCOMPARE(find<QComboBox>(QStringLiteral("lifecycleComboBox"))->currentData().toString(),
            toId(LifecycleStage::Production));
        QCOMPARE(MessageBox::messageCount(), 1);
        QVERIFY2(MessageBox::lastText().contains(fieldLabel(SystemField::OffboardLogsRetained)),
            qPrintable(MessageBox::lastText()));

        for (const SystemField field : offboardingChecklistFields())
            QVERIFY(m_workspace->setSystemValue(m_ids.triage, field, true));
        MessageBox::clearRecord();
        chooseStage(LifecycleStage::Offboarded);
        QCOMPARE(m_workspace->system(m_ids.triage)->lifecycleStage, LifecycleStage::Offboarded);
        QCOMPARE(MessageBox::messageCount(), 0);
    }

    void markReviewedTodayRecordsTodayAsOneStep()
    {
        auto *label = find<QLabel>(QStringLiteral("lastReviewedLabel"));
        auto *button = find<QPushButton>(QStringLiteral("markReviewedPushButton"));
        QCOMPARE(label->text(), LifecycleEditor::tr("Never"));
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(m_workspace->system(m_ids.triage)->lastReviewed, QDate::currentDate());
        QCOMPARE(m_workspace->undoStack()->count(), 1);
        QVERIFY(!button->isEnabled()); // reviewed today already
        QVERIFY(label->text() != LifecycleEditor::tr("Never"));
        m_workspace->undoStack()->undo();
        QVERIFY(!m_workspace->system(m_ids.triage)->lastReviewed.isValid());
        QCOMPARE(label->text(), LifecycleEditor::tr("Never"));
    }

    void theCadenceNamesItsDefault()
    {
        auto *cadence = find<QSpinBox>(QStringLiteral("reviewCadenceSpinBox"));
        QCOMPARE(cadence->value(), 0);
        QVERIFY(cadence->text().contains(QStringLiteral("90")));
    }
};

QTEST_MAIN(TestLifecycleEditor)
#include "tst_lifecycleeditor.moc"
