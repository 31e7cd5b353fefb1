// The inventory table over a real workspace: edits made anywhere reach the table as precise
// signals (a view repaints only what changed), and edits made in the table go through undo.
#include "itemmodels/systemtablemodel.h"
#include "rules/derivedfacts.h"
#include "storage/workspace.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <memory>

using namespace Mandate;

namespace {

using Values = QVector<QPair<SystemField, QString>>;

} // namespace

class TestSystemTableModel : public QObject
{
    Q_OBJECT

private:
    // Adds a system the way an analyst would: a new row, then field edits. Returns 0 on failure.
    SystemId addSystem(const QString &name, const Values &values = {})
    {
        AiSystem prototype;
        prototype.name = name;
        const SystemId id = m_workspace->addSystem(prototype);
        for (const auto &[field, value] : values) {
            if (!m_workspace->setSystemValue(id, field, value))
                return 0;
        }
        return id;
    }

    QString display(SystemId id, int column) const
    {
        return m_model->indexOf(id, column).data(Qt::DisplayRole).toString();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SystemTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QVector<SystemId> m_ids; // the five systems of the fixture, in row order

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        WorkspaceError error;
        m_workspace = Workspace::create(m_dir->filePath(QStringLiteral("table.mandate")), &error);
        QVERIFY2(m_workspace, qPrintable(error.message()));
        m_workspace->setActor(QStringLiteral("Test analyst"));

        m_model = std::make_unique<SystemTableModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setWorkspace(m_workspace.get());

        // Added after setWorkspace, so the table follows the workspace from the first row on.
        m_ids.clear();
        m_ids << addSystem(QStringLiteral("Claims triage model"),
            { { SystemField::Vendor, QStringLiteral("Acme Analytics") },
                { SystemField::Paradigm, QStringLiteral("predictive") },
                { SystemField::OutputKind, QStringLiteral("prediction") },
                { SystemField::LifecycleStage, QStringLiteral("production") } });
        m_ids << addSystem(QStringLiteral("Code review agent"),
            { { SystemField::Vendor, QStringLiteral("Octo Labs") },
                { SystemField::Paradigm, QStringLiteral("agentic") },
                { SystemField::OutputKind, QStringLiteral("action") },
                { SystemField::SelectsActions, QStringLiteral("yes") },
                { SystemField::UsesTools, QStringLiteral("yes") },
                { SystemField::ApprovalGate, QStringLiteral("none") },
                { SystemField::LifecycleStage, QStringLiteral("pilot") } });
        m_ids << addSystem(QStringLiteral("Churn explainer"),
            { { SystemField::Vendor, QStringLiteral("Acme Analytics") },
                { SystemField::Paradigm, QStringLiteral("causal") },
                { SystemField::OutputKind, QStringLiteral("explanation") },
                { SystemField::LifecycleStage, QStringLiteral("development") } });
        // Acts, but has no tools yet: generative by behaviour, not an identity subject.
        m_ids << addSystem(QStringLiteral("Release notes writer"),
            { { SystemField::Vendor, QStringLiteral("Wordsmith") },
                { SystemField::Paradigm, QStringLiteral("generative") },
                { SystemField::OutputKind, QStringLiteral("content") },
                { SystemField::SelectsActions, QStringLiteral("yes") },
                { SystemField::UsesTools, QStringLiteral("no") },
                { SystemField::ApprovalGate, QStringLiteral("none") },
                { SystemField::AccessesCredentials, QStringLiteral("no") },
                { SystemField::AffectsExternalSystems, QStringLiteral("no") },
                { SystemField::OutputFeedsExecution, QStringLiteral("no") },
                { SystemField::LifecycleStage, QStringLiteral("retiring") } });
        m_ids << addSystem(QStringLiteral("Unprofiled chatbot"));
        QVERIFY(!m_ids.contains(0));
        QCOMPARE(m_model->rowCount(), 5);
        for (int row = 0; row < m_ids.size(); ++row)
            QCOMPARE(m_model->systemId(row), m_ids[row]);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_workspace.reset();
        m_dir.reset();
    }

    void aLabelThatDisagreesWithTheBehaviourIsEmphasised()
    {
        const SystemId id = m_ids[0];
        const QModelIndex suggested = m_model->indexOf(id, SystemTableModel::SuggestedParadigmColumn);
        const Paradigm derived = static_cast<Paradigm>(suggested.data(SystemTableModel::SortRole).toInt());
        QVERIFY(derived != Paradigm::Undecided);
        const Paradigm other = derived == Paradigm::Causal ? Paradigm::Predictive : Paradigm::Causal;

        QVERIFY(m_workspace->setSystemValue(id, SystemField::Paradigm, toId(other)));
        QVERIFY(suggested.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(suggested.data(Qt::ToolTipRole).toString().startsWith(
            QStringLiteral("Recorded as %1, but the behaviour suggests %2.").arg(label(other), label(derived))));

        QVERIFY(m_workspace->setSystemValue(id, SystemField::Paradigm, toId(derived)));
        QVERIFY(!suggested.data(Qt::FontRole).isValid());
        QVERIFY(!suggested.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Recorded as")));
    }

    void directFieldEditRepaintsOnlyItsCell_data()
    {
        QTest::addColumn<int>("system");
        QTest::addColumn<SystemField>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("lastColumn");
        QTest::addColumn<QString>("shown");
        QTest::addRow("a new vendor repaints the vendor cell")
            << 1 << SystemField::Vendor << QStringLiteral("GitHub") << int(SystemTableModel::VendorColumn)
            << int(SystemTableModel::VendorColumn) << QStringLiteral("GitHub");
        QTest::addRow("a new name repaints the name cell")
            << 2 << SystemField::Name << QStringLiteral("Churn driver explainer")
            << int(SystemTableModel::NameColumn) << int(SystemTableModel::NameColumn)
            << QStringLiteral("Churn driver explainer");
        QTest::addRow("a new lifecycle stage repaints the lifecycle cell")
            << 0 << SystemField::LifecycleStage << QStringLiteral("retiring")
            << int(SystemTableModel::LifecycleColumn) << int(SystemTableModel::LifecycleColumn)
            << label(LifecycleStage::Retiring);
        QTest::addRow("a new recorded paradigm repaints it and the suggestion it is compared with")
            << 4 << SystemField::Paradigm << QStringLiteral("generative")
            << int(SystemTableModel::ParadigmColumn) << int(SystemTableModel::SuggestedParadigmColumn)
            << label(Paradigm::Generative);
    }

    void directFieldEditRepaintsOnlyItsCell()
    {
        QFETCH(int, system);
        QFETCH(SystemField, field);
        QFETCH(QString, value);
        QFETCH(int, column);
        QFETCH(int, lastColumn);
        QFETCH(QString, shown);
        const SystemId id = m_ids[system];
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);

        QVERIFY(m_workspace->setSystemValue(id, field, value));

        QCOMPARE(changed.count(), 1);
        const auto topLeft = changed.first().at(0).value<QModelIndex>();
        const auto bottomRight = changed.first().at(1).value<QModelIndex>();
        QCOMPARE(topLeft.row(), system);
        QCOMPARE(bottomRight.row(), system);
        QCOMPARE(topLeft.column(), column);
        QCOMPARE(bottomRight.column(), lastColumn);
        QCOMPARE(display(id, column), shown);
        QCOMPARE(inserted.count() + removed.count() + reset.count() + layout.count(), 0);
    }

    void behaviourEditRepaintsTheDerivedFacts()
    {
        const int row = 3;
        const SystemId id = m_ids[row];
        QCOMPARE(display(id, SystemTableModel::SuggestedParadigmColumn), label(Paradigm::Generative));
        QCOMPARE(display(id, SystemTableModel::RuntimeAuthorityColumn), label(RuntimeAuthority::Generates));
        QCOMPARE(display(id, SystemTableModel::IdentitySubjectColumn), label(Tristate::No));
        QCOMPARE(display(id, SystemTableModel::NhiRiskColumn), label(Tristate::No));
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

        // Giving it tools makes it an autonomous agent: every derived column must follow.
        QVERIFY(m_workspace->setSystemValue(id, SystemField::UsesTools, QStringLiteral("yes")));

        QCOMPARE(changed.count(), 1);
        const auto topLeft = changed.first().at(0).value<QModelIndex>();
        const auto bottomRight = changed.first().at(1).value<QModelIndex>();
        QCOMPARE(topLeft.row(), row);
        QCOMPARE(bottomRight.row(), row);
        for (int column :
            { SystemTableModel::SuggestedParadigmColumn, SystemTableModel::RuntimeAuthorityColumn,
                SystemTableModel::IdentitySubjectColumn, SystemTableModel::NhiRiskColumn }) {
            QVERIFY2(topLeft.column() <= column && column <= bottomRight.column(),
                qPrintable(QStringLiteral("column %1 not repainted").arg(column)));
        }
        QCOMPARE(display(id, SystemTableModel::SuggestedParadigmColumn), label(Paradigm::Agentic));
        QCOMPARE(display(id, SystemTableModel::RuntimeAuthorityColumn),
            label(RuntimeAuthority::AutonomousExecution));
        QCOMPARE(display(id, SystemTableModel::IdentitySubjectColumn), label(Tristate::Yes));
        QCOMPARE(display(id, SystemTableModel::NhiRiskColumn), label(Tristate::Yes));
        // The recorded paradigm is the analyst's label and does not follow the behaviour.
        QCOMPARE(display(id, SystemTableModel::ParadigmColumn), label(Paradigm::Generative));
        // The tooltip explains the new value.
        const QString why
            = m_model->indexOf(id, SystemTableModel::IdentitySubjectColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(why.contains(fieldLabel(SystemField::UsesTools)), qPrintable(why));

        changed.clear();
        m_workspace->undoStack()->undo();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(display(id, SystemTableModel::SuggestedParadigmColumn), label(Paradigm::Generative));
        QCOMPARE(display(id, SystemTableModel::IdentitySubjectColumn), label(Tristate::No));
    }

    void addedSystemAppearsAsTheLastRow()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        AiSystem prototype;
        prototype.name = QStringLiteral("Invoice payment agent");
        const SystemId id = m_workspace->addSystem(prototype);
        QVERIFY(id != 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 5);
        QCOMPARE(inserted.first().at(2).toInt(), 5);
        QCOMPARE(m_model->rowCount(), 6);
        QCOMPARE(m_model->systemId(5), id);
        QCOMPARE(m_model->rowOf(id), 5);
        QCOMPARE(display(id, SystemTableModel::NameColumn), QStringLiteral("Invoice payment agent"));
    }

    void removedRowsComeBackInPlaceOnUndo()
    {
        const QStringList namesBefore = [this] {
            QStringList names;
            for (int row = 0; row < m_model->rowCount(); ++row)
                names << m_model->index(row, SystemTableModel::NameColumn).data().toString();
            return names;
        }();
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);

        m_workspace->removeSystems({ m_ids[1], m_ids[3] });

        QCOMPARE(removed.count(), 2); // two runs, as they are not adjacent
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->systemId(0), m_ids[0]);
        QCOMPARE(m_model->systemId(1), m_ids[2]);
        QCOMPARE(m_model->systemId(2), m_ids[4]);
        QCOMPARE(m_model->rowOf(m_ids[1]), -1);
        QCOMPARE(m_model->rowOf(m_ids[4]), 2);

        m_workspace->undoStack()->undo();

        QCOMPARE(inserted.count(), 2);
        QCOMPARE(m_model->rowCount(), 5);
        for (int row = 0; row < m_ids.size(); ++row) {
            QCOMPARE(m_model->systemId(row), m_ids[row]);
            QCOMPARE(m_model->rowOf(m_ids[row]), row);
            QCOMPARE(m_model->index(row, SystemTableModel::NameColumn).data().toString(), namesBefore[row]);
        }
        // Restored completely, derived facts included.
        QCOMPARE(display(m_ids[1], SystemTableModel::IdentitySubjectColumn), label(Tristate::Yes));

        m_workspace->undoStack()->redo();
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->systemId(1), m_ids[2]);
    }

    void editingANameInTheTableIsUndoable()
    {
        const QModelIndex index = m_model->index(2, SystemTableModel::NameColumn);
        QVERIFY(index.flags() & Qt::ItemIsEditable);
        const int commandsBefore = m_workspace->undoStack()->count();
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

        QVERIFY(m_model->setData(index, QStringLiteral("Customer churn explainer")));

        QCOMPARE(m_workspace->undoStack()->count(), commandsBefore + 1);
        QCOMPARE(index.data().toString(), QStringLiteral("Customer churn explainer"));
        QCOMPARE(m_workspace->system(m_ids[2])->name, QStringLiteral("Customer churn explainer"));
        QCOMPARE(changed.count(), 1);

        m_workspace->undoStack()->undo();
        QCOMPARE(index.data().toString(), QStringLiteral("Churn explainer"));
        QCOMPARE(m_workspace->system(m_ids[2])->name, QStringLiteral("Churn explainer"));
        QCOMPARE(changed.count(), 2);
    }

    void editingTheTableRefusesWhatTheWorkspaceRefuses()
    {
        const QModelIndex index = m_model->index(2, SystemTableModel::NameColumn);
        const int commandsBefore = m_workspace->undoStack()->count();
        QVERIFY(!m_model->setData(index, QStringLiteral("   "))); // a system needs a name
        QVERIFY(!m_model->setData(index, QStringLiteral("Churn explainer"))); // nothing would change
        QVERIFY(!m_model->setData(index, QStringLiteral("x"), Qt::DisplayRole)); // not an edit
        QCOMPARE(m_workspace->undoStack()->count(), commandsBefore);
        QCOMPARE(index.data().toString(), QStringLiteral("Churn explainer"));
    }

    void derivedColumnsAreNotEditable_data()
    {
        QTest::addColumn<int>("column");
        QTest::addRow("the suggested paradigm is derived") << int(SystemTableModel::SuggestedParadigmColumn);
        QTest::addRow("the runtime authority is derived") << int(SystemTableModel::RuntimeAuthorityColumn);
        QTest::addRow("identity subject is derived") << int(SystemTableModel::IdentitySubjectColumn);
        QTest::addRow("NHI risk is derived") << int(SystemTableModel::NhiRiskColumn);
    }

    void derivedColumnsAreNotEditable()
    {
        QFETCH(int, column);
        const QModelIndex index = m_model->index(1, column);
        const QString before = index.data().toString();
        const int commandsBefore = m_workspace->undoStack()->count();
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(!(index.flags() & Qt::ItemIsEditable));
        QVERIFY(!m_model->setData(index, label(Tristate::No)));
        QVERIFY(!m_model->setData(index, QStringLiteral("no")));
        QCOMPARE(m_workspace->undoStack()->count(), commandsBefore);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(index.data().toString(), before);
    }

    void sortRoleRanksValuesNaturally()
    {
        auto sortValue = [this](int row, int column) {
            return m_model->index(row, column).data(SystemTableModel::SortRole);
        };
        // Names sort as text, not as their display form.
        QCOMPARE(
            sortValue(0, SystemTableModel::NameColumn).toString(), QStringLiteral("Claims triage model"));
        // Vocabularies by rank, so that "Agentic" does not sort before "Causal" by spelling only.
        QCOMPARE(sortValue(0, SystemTableModel::ParadigmColumn).toInt(), int(Paradigm::Predictive));
        QCOMPARE(sortValue(1, SystemTableModel::ParadigmColumn).toInt(), int(Paradigm::Agentic));
        QCOMPARE(sortValue(2, SystemTableModel::ParadigmColumn).toInt(), int(Paradigm::Causal));
        QVERIFY(sortValue(2, SystemTableModel::ParadigmColumn).toInt()
            < sortValue(0, SystemTableModel::ParadigmColumn).toInt());
        // Lifecycle in its order of stages: development < pilot < production < retiring.
        QVERIFY(sortValue(2, SystemTableModel::LifecycleColumn).toInt()
            < sortValue(1, SystemTableModel::LifecycleColumn).toInt());
        QVERIFY(sortValue(1, SystemTableModel::LifecycleColumn).toInt()
            < sortValue(0, SystemTableModel::LifecycleColumn).toInt());
        QVERIFY(sortValue(0, SystemTableModel::LifecycleColumn).toInt()
            < sortValue(3, SystemTableModel::LifecycleColumn).toInt());
        // Runtime authority by level: informs < generates < autonomous execution.
        QVERIFY(sortValue(0, SystemTableModel::RuntimeAuthorityColumn).toInt()
            < sortValue(3, SystemTableModel::RuntimeAuthorityColumn).toInt());
        QVERIFY(sortValue(3, SystemTableModel::RuntimeAuthorityColumn).toInt()
            < sortValue(1, SystemTableModel::RuntimeAuthorityColumn).toInt());
        // Yes/no/unknown facts: yes first, unknown last (row 1 yes, row 3 no, row 4 unknown).
        for (int column : { SystemTableModel::IdentitySubjectColumn, SystemTableModel::NhiRiskColumn }) {
            QVERIFY(sortValue(1, column).toInt() < sortValue(3, column).toInt());
            QVERIFY(sortValue(3, column).toInt() < sortValue(4, column).toInt());
        }
    }

    void searchTextCoversNameVendorOwnersAndDescription()
    {
        const SystemId id = m_ids[0];
        QVERIFY(m_workspace->setSystemOwner(id, SystemField::BusinessOwner, QStringLiteral("Ada Lovelace")));
        QVERIFY(m_workspace->setSystemOwner(id, SystemField::TechnicalOwner, QStringLiteral("Grace Hopper")));
        QVERIFY(m_workspace->setSystemOwner(id, SystemField::RiskOwner, QStringLiteral("Alan Turing")));
        QVERIFY(m_workspace->setSystemValue(
            id, SystemField::Description, QStringLiteral("Scores incoming insurance CLAIMS by urgency")));
        const QString text = m_model->indexOf(id).data(SystemTableModel::SearchTextRole).toString();
        for (const char *expected : { "claims triage model", "acme analytics", "ada lovelace", "grace hopper",
                 "alan turing", "scores incoming insurance claims by urgency" }) {
            QVERIFY2(text.contains(QLatin1String(expected)), qPrintable(text));
        }
        QCOMPARE(text, text.toLower());
        QCOMPARE(display(id, SystemTableModel::BusinessOwnerColumn), QStringLiteral("Ada Lovelace"));
        QCOMPARE(display(id, SystemTableModel::TechnicalOwnerColumn), QStringLiteral("Grace Hopper"));
    }

    void ownerEditRepaintsTheOwnerCell()
    {
        QVERIFY(m_workspace->setSystemOwner(
            m_ids[0], SystemField::TechnicalOwner, QStringLiteral("Grace Hopper")));
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        // An existing person: no new record, one cell.
        QVERIFY(m_workspace->setSystemOwner(
            m_ids[2], SystemField::TechnicalOwner, QStringLiteral("grace hopper")));
        QCOMPARE(changed.count(), 1);
        const auto topLeft = changed.first().at(0).value<QModelIndex>();
        QCOMPARE(topLeft.row(), 2);
        QCOMPARE(topLeft.column(), int(SystemTableModel::TechnicalOwnerColumn));
        QCOMPARE(display(m_ids[2], SystemTableModel::TechnicalOwnerColumn), QStringLiteral("Grace Hopper"));
    }

    void headerNamesEveryColumn_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("header");
        QTest::addRow("name") << int(SystemTableModel::NameColumn) << QStringLiteral("Name");
        QTest::addRow("vendor") << int(SystemTableModel::VendorColumn) << QStringLiteral("Vendor");
        QTest::addRow("recorded paradigm")
            << int(SystemTableModel::ParadigmColumn) << QStringLiteral("Paradigm");
        QTest::addRow("suggested paradigm")
            << int(SystemTableModel::SuggestedParadigmColumn) << QStringLiteral("Suggested");
        QTest::addRow("runtime authority")
            << int(SystemTableModel::RuntimeAuthorityColumn) << QStringLiteral("Runtime authority");
        QTest::addRow("identity subject")
            << int(SystemTableModel::IdentitySubjectColumn) << QStringLiteral("Identity subject");
        QTest::addRow("NHI risk") << int(SystemTableModel::NhiRiskColumn) << QStringLiteral("NHI risk");
        QTest::addRow("lifecycle") << int(SystemTableModel::LifecycleColumn) << QStringLiteral("Lifecycle");
        QTest::addRow("business owner")
            << int(SystemTableModel::BusinessOwnerColumn) << QStringLiteral("Business owner");
        QTest::addRow("technical owner")
            << int(SystemTableModel::TechnicalOwnerColumn) << QStringLiteral("Technical owner");
    }

    void headerNamesEveryColumn()
    {
        QFETCH(int, column);
        QFETCH(QString, header);
        QCOMPARE(m_model->columnCount(), int(SystemTableModel::ColumnCount));
        QCOMPARE(m_model->headerData(column, Qt::Horizontal).toString(), header);
    }

    void everyColumnHasItsOwnHeader()
    {
        QStringList headers;
        for (int column = 0; column < m_model->columnCount(); ++column) {
            const QString header = m_model->headerData(column, Qt::Horizontal).toString();
            QVERIFY2(!header.isEmpty(), qPrintable(QStringLiteral("column %1").arg(column)));
            QVERIFY2(!headers.contains(header), qPrintable(header));
            headers << header;
        }
    }

    void closingTheWorkspaceEmptiesTheTable()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_workspace.reset();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->workspace(), nullptr);
    }
};

QTEST_GUILESS_MAIN(TestSystemTableModel)
#include "tst_systemtablemodel.moc"
