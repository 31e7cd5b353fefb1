// One system's mappings with the suggestions its findings make: accepting, editing, rejecting and
// removing, each one undo step, and suggestions that follow the privilege boundary live.
#include "itemmodels/systemmappingsmodel.h"
#include "storage/workspace.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Mandate;

class TestSystemMappingsModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SystemMappingsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    SystemId m_deploy = 0;
    PrivilegeId m_admin = 0;

    // The row whose item column starts with itemId, -1 if none.
    int rowOf(const QString &itemId) const
    {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QString item = m_model->index(row, SystemMappingsModel::ItemColumn).data().toString();
            if (item == itemId || item.startsWith(itemId + QLatin1Char(' ')))
                return row;
        }
        return -1;
    }

    QString cell(const QString &itemId, int column) const
    {
        const int row = rowOf(itemId);
        return row < 0 ? QStringLiteral("(no row)") : m_model->index(row, column).data().toString();
    }

    QStringList suggestedItems() const
    {
        QStringList items;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->isSuggestion(row))
                items << m_model->index(row, SystemMappingsModel::ItemColumn).data().toString().section(QLatin1Char(' '), 0, 0);
        }
        return items;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        WorkspaceError error;
        m_workspace = Workspace::create(m_dir->filePath(QStringLiteral("mappings.mandate")), &error);
        QVERIFY2(m_workspace, qPrintable(error.message()));
        m_workspace->setActor(QStringLiteral("Ines Duarte"));
        AiSystem prototype;
        prototype.name = QStringLiteral("Deploy bot");
        m_deploy = m_workspace->addSystem(prototype);
        Privilege admin;
        admin.systemId = m_deploy;
        admin.target = QStringLiteral("prod-cluster");
        admin.scope = Scope::Admin;
        admin.logging = Logging::Central;
        m_admin = m_workspace->addPrivilege(admin);
        QVERIFY2(m_admin, qPrintable(m_workspace->lastError()));
        m_workspace->undoStack()->clear();

        m_model = std::make_unique<SystemMappingsModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setWorkspace(m_workspace.get());
        m_model->setToday(QDate(2026, 11, 30));
        m_model->setSystem(m_deploy);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_workspace.reset();
        m_dir.reset();
    }

    void anUnjustifiedAdminPrivilegeSuggestsItsFrameworkItems()
    {
        const QStringList suggested = suggestedItems();
        for (const char *item : { "NHI5:2025", "ASI03", "PR.AC-4", "PR.AA-05", "T3" })
            QVERIFY2(suggested.contains(QString::fromLatin1(item)), item);
        QCOMPARE(m_model->decidedCount(), 0);
        QCOMPARE(cell(QStringLiteral("ASI03"), SystemMappingsModel::StatusColumn), QStringLiteral("Suggested: Gap"));
        QVERIFY(cell(QStringLiteral("ASI03"), SystemMappingsModel::DecidedColumn).contains(QStringLiteral("F-OVERPRIV")));
        QVERIFY(m_model->index(rowOf(QStringLiteral("ASI03")), 0).data(SystemMappingsModel::IsSuggestionRole).toBool());
    }

    void justifyingThePrivilegeWithdrawsItsSuggestionsAfterTheBurst()
    {
        Privilege justified = m_workspace->privilege(m_admin);
        justified.justification = QStringLiteral("Break-glass deploys, approved by CAB-112");
        QVERIFY(m_workspace->updatePrivilege(justified));
        QVERIFY(suggestedItems().contains(QStringLiteral("ASI03"))); // coalesced: not yet
        QTRY_VERIFY(!suggestedItems().contains(QStringLiteral("ASI03")));
        m_workspace->undoStack()->undo();
        QTRY_VERIFY(suggestedItems().contains(QStringLiteral("ASI03")));
    }

    void acceptingStoresAGapWithTheReasonAsOneUndoStep()
    {
        const int before = m_model->suggestionCount();
        QVERIFY(m_model->acceptSuggestions({ rowOf(QStringLiteral("ASI03")), rowOf(QStringLiteral("NHI5:2025")) }));
        QCOMPARE(m_model->decidedCount(), 2);
        QCOMPARE(m_model->suggestionCount(), before - 2);
        QCOMPARE(cell(QStringLiteral("ASI03"), SystemMappingsModel::StatusColumn), QStringLiteral("Gap"));
        QCOMPARE(cell(QStringLiteral("ASI03"), SystemMappingsModel::NoteColumn), QStringLiteral("Suggested by F-OVERPRIV"));
        QVERIFY(cell(QStringLiteral("ASI03"), SystemMappingsModel::DecidedColumn).startsWith(QStringLiteral("Ines Duarte, ")));
        QCOMPARE(m_workspace->mappings(m_deploy).size(), 2);

        QCOMPARE(m_workspace->undoStack()->count(), 1);
        m_workspace->undoStack()->undo();
        QTRY_COMPARE(m_model->suggestionCount(), before);
        QCOMPARE(m_model->decidedCount(), 0);
    }

    void pickingAStatusForASuggestionAcceptsItWithThatStatus()
    {
        const QModelIndex status = m_model->index(rowOf(QStringLiteral("ASI03")), SystemMappingsModel::StatusColumn);
        QVERIFY(m_model->flags(status) & Qt::ItemIsEditable);
        QVERIFY(!(m_model->flags(status.siblingAtColumn(SystemMappingsModel::NoteColumn)) & Qt::ItemIsEditable));
        QVERIFY(m_model->setData(status, QStringLiteral("mitigated")));
        QTRY_COMPARE(cell(QStringLiteral("ASI03"), SystemMappingsModel::StatusColumn), QStringLiteral("Mitigated"));
        QVERIFY(!m_model->index(rowOf(QStringLiteral("ASI03")), 0).data(SystemMappingsModel::IsSuggestionRole).toBool());
    }

    void aDecidedMappingsNoteAndEvidenceEditInPlace()
    {
        QVERIFY(m_model->acceptSuggestions({ rowOf(QStringLiteral("ASI03")) }));
        const QModelIndex note = m_model->index(rowOf(QStringLiteral("ASI03")), SystemMappingsModel::NoteColumn);
        QVERIFY(m_model->setData(note, QStringLiteral("  Admin scope kept for the break-glass path  ")));
        QTRY_COMPARE(cell(QStringLiteral("ASI03"), SystemMappingsModel::NoteColumn),
            QStringLiteral("Admin scope kept for the break-glass path"));
        QVERIFY(m_model->setData(note.siblingAtColumn(SystemMappingsModel::EvidenceColumn), QStringLiteral("CAB-112")));
        const Mapping stored = m_workspace->mappings(m_deploy).constFirst();
        QCOMPARE(stored.controlNote, QStringLiteral("Admin scope kept for the break-glass path"));
        QCOMPARE(stored.evidence, QStringLiteral("CAB-112"));
    }

    void aStatusThatIsNotOneIsRefusedAndNothingChanges()
    {
        QVERIFY(m_model->acceptSuggestions({ rowOf(QStringLiteral("ASI03")) }));
        const int steps = m_workspace->undoStack()->count();
        QSignalSpy refused(m_model.get(), &SystemMappingsModel::editRefused);
        const QModelIndex status = m_model->index(rowOf(QStringLiteral("ASI03")), SystemMappingsModel::StatusColumn);
        QVERIFY(!m_model->setData(status, QStringLiteral("solved")));
        QCOMPARE(refused.count(), 1);
        QVERIFY(m_model->lastError().contains(QStringLiteral("solved")));
        QCOMPARE(m_workspace->undoStack()->count(), steps);
        QCOMPARE(m_workspace->mappings(m_deploy).constFirst().status, MappingStatus::Gap);
    }

    void aRejectedSuggestionIsNotApplicableAndDoesNotComeBack()
    {
        QVERIFY(m_model->rejectSuggestions({ rowOf(QStringLiteral("T3")) }));
        QCOMPARE(cell(QStringLiteral("T3"), SystemMappingsModel::StatusColumn), QStringLiteral("Not applicable"));
        QVERIFY(cell(QStringLiteral("T3"), SystemMappingsModel::NoteColumn).contains(QStringLiteral("F-OVERPRIV")));
        // Another edit makes the model recompute; the rejection holds.
        m_model->refresh();
        QCOMPARE(suggestedItems().count(QStringLiteral("T3")), 0);
    }

    void removingADecidedMappingReopensItsSuggestion()
    {
        QVERIFY(m_model->acceptSuggestions({ rowOf(QStringLiteral("ASI03")), rowOf(QStringLiteral("T3")) }));
        QVERIFY(!m_model->removeMappings({ m_model->rowCount() - 1 })); // a suggestion: nothing to remove
        QVERIFY(m_model->removeMappings({ 0, 1 }));
        QCOMPARE(m_model->decidedCount(), 0);
        QVERIFY(suggestedItems().contains(QStringLiteral("ASI03")));
        m_workspace->undoStack()->undo(); // both removals at once
        QTRY_COMPARE(m_model->decidedCount(), 2);
    }

    void anItemsTooltipDescribesItInTheLanguageOfTheInterface()
    {
        const QModelIndex item = m_model->index(rowOf(QStringLiteral("ASI03")), SystemMappingsModel::ItemColumn);
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        const QString english = item.data(Qt::ToolTipRole).toString();
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QString german = item.data(Qt::ToolTipRole).toString();
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        const QString french = item.data(Qt::ToolTipRole).toString();
        QLocale::setDefault(before);
        QVERIFY2(english.startsWith(QStringLiteral("The agent's own credentials")), qPrintable(english));
        QVERIFY2(german.startsWith(QStringLiteral("Die eigenen Zugangsdaten des Agenten")), qPrintable(german));
        QVERIFY2(french.startsWith(QStringLiteral("Les identifiants propres de l\u2019agent")), qPrintable(french));
        QVERIFY(item.data().toString().endsWith(QStringLiteral("Identity and Privilege Abuse"))); // the title is a name
    }

    void removingTheSystemEmptiesTheModel()
    {
        m_workspace->removeSystems({ m_deploy });
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->systemId(), SystemId(0));
    }
};

QTEST_GUILESS_MAIN(TestSystemMappingsModel)
#include "tst_systemmappingsmodel.moc"
