// Finding systems in the inventory: free text over what an analyst remembers about a system
// (name, vendor, owners, description), paradigm and lifecycle filters, and rows that follow edits.
#include "itemmodels/systemfilterproxymodel.h"
#include "itemmodels/systemtablemodel.h"
#include "storage/workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <memory>
#include <optional>

using namespace Mandate;

namespace {

struct Fixture
{
    const char *name;
    const char *vendor;
    const char *paradigm;
    const char *lifecycle;
    const char *description;
    SystemField ownerField;
    const char *owner;
};

const Fixture kSystems[] = {
    { "Claims triage model", "Acme Analytics", "predictive", "production", "Scores incoming insurance claims",
        SystemField::BusinessOwner, "Ada Lovelace" },
    { "Code review agent", "Octo Labs", "agentic", "pilot", "Opens pull requests and merges fixes",
        SystemField::TechnicalOwner, "Grace Hopper" },
    { "Churn explainer", "Acme Analytics", "causal", "development", "Explains why customers leave",
        SystemField::RiskOwner, "Alan Turing" },
    { "Marketing copy writer", "Wordsmith", "generative", "production", "Drafts campaign text",
        SystemField::BusinessOwner, "Grace Hopper" },
    { "Payment agent", "Fintools", "agentic", "production", "Pays supplier invoices",
        SystemField::TechnicalOwner, "Ada Lovelace" },
};

QStringList names(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *name : list)
        result << QString::fromUtf8(name);
    result.sort();
    return result;
}

} // namespace

class TestSystemFilterProxyModel : public QObject
{
    Q_OBJECT

private:
    // The names the proxy shows, sorted (so the filter is checked independently of the order).
    QStringList shown() const
    {
        QStringList result = shownInOrder();
        result.sort();
        return result;
    }

    QStringList shownInOrder() const
    {
        QStringList result;
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            result << m_proxy->index(row, SystemTableModel::NameColumn).data().toString();
        return result;
    }

    SystemId idOf(const QString &name) const
    {
        for (SystemId id : m_workspace->systemIds()) {
            if (m_workspace->system(id)->name == name)
                return id;
        }
        return 0;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SystemTableModel> m_model;
    std::unique_ptr<SystemFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        WorkspaceError error;
        m_workspace = Workspace::create(m_dir->filePath(QStringLiteral("filter.mandate")), &error);
        QVERIFY2(m_workspace, qPrintable(error.message()));
        for (const Fixture &fixture : kSystems) {
            AiSystem prototype;
            prototype.name = QString::fromUtf8(fixture.name);
            const SystemId id = m_workspace->addSystem(prototype);
            QVERIFY(m_workspace->setSystemValue(id, SystemField::Vendor, QString::fromUtf8(fixture.vendor)));
            QVERIFY(
                m_workspace->setSystemValue(id, SystemField::Paradigm, QString::fromUtf8(fixture.paradigm)));
            QVERIFY(m_workspace->setSystemValue(
                id, SystemField::LifecycleStage, QString::fromUtf8(fixture.lifecycle)));
            QVERIFY(m_workspace->setSystemValue(
                id, SystemField::Description, QString::fromUtf8(fixture.description)));
            QVERIFY(m_workspace->setSystemOwner(id, fixture.ownerField, QString::fromUtf8(fixture.owner)));
        }
        m_model = std::make_unique<SystemTableModel>();
        m_model->setWorkspace(m_workspace.get());
        m_proxy = std::make_unique<SystemFilterProxyModel>();
        m_proxy->setSourceModel(m_model.get());
        m_modelTester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m_proxy->rowCount(), 5);
    }

    void cleanup()
    {
        m_proxyTester.reset();
        m_modelTester.reset();
        m_proxy.reset();
        m_model.reset();
        m_workspace.reset();
        m_dir.reset();
    }

    void freeTextFindsSystems_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("a word of the name") << QStringLiteral("triage") << names({ "Claims triage model" });
        QTest::addRow("the vendor") << QStringLiteral("acme")
                                    << names({ "Claims triage model", "Churn explainer" });
        QTest::addRow("a business or technical owner")
            << QStringLiteral("lovelace") << names({ "Claims triage model", "Payment agent" });
        QTest::addRow("an owner in another role")
            << QStringLiteral("hopper") << names({ "Code review agent", "Marketing copy writer" });
        QTest::addRow("the risk owner") << QStringLiteral("turing") << names({ "Churn explainer" });
        QTest::addRow("a word of the description")
            << QStringLiteral("invoices") << names({ "Payment agent" });
        QTest::addRow("any case") << QStringLiteral("ACME Analytics")
                                  << names({ "Claims triage model", "Churn explainer" });
        QTest::addRow("every word must match")
            << QStringLiteral("acme claims") << names({ "Claims triage model" });
        QTest::addRow("words from different fields")
            << QStringLiteral("lovelace agent") << names({ "Payment agent" });
        QTest::addRow("one word missing hides it") << QStringLiteral("acme invoices") << names({});
        QTest::addRow("extra spaces do not matter")
            << QStringLiteral("  triage    model ") << names({ "Claims triage model" });
        QTest::addRow("part of a word") << QStringLiteral("explain") << names({ "Churn explainer" });
        QTest::addRow("nothing matches") << QStringLiteral("zebra") << names({});
        QTest::addRow("blank text shows everything")
            << QStringLiteral("   ")
            << names({ "Claims triage model", "Code review agent", "Churn explainer", "Marketing copy writer",
                   "Payment agent" });
    }

    void freeTextFindsSystems()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        m_proxy->setSearchText(text);
        QCOMPARE(m_proxy->searchText(), text);
        QCOMPARE(shown(), expected);
    }

    void paradigmAndLifecycleFilters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<std::optional<Paradigm>>("paradigm");
        QTest::addColumn<std::optional<LifecycleStage>>("lifecycle");
        QTest::addColumn<QStringList>("expected");
        const std::optional<Paradigm> anyParadigm;
        const std::optional<LifecycleStage> anyStage;
        QTest::addRow("agentic only") << QString() << std::optional(Paradigm::Agentic) << anyStage
                                      << names({ "Code review agent", "Payment agent" });
        QTest::addRow("causal only") << QString() << std::optional(Paradigm::Causal) << anyStage
                                     << names({ "Churn explainer" });
        QTest::addRow("undecided matches none here")
            << QString() << std::optional(Paradigm::Undecided) << anyStage << names({});
        QTest::addRow("in production")
            << QString() << anyParadigm << std::optional(LifecycleStage::Production)
            << names({ "Claims triage model", "Marketing copy writer", "Payment agent" });
        QTest::addRow("in pilot") << QString() << anyParadigm << std::optional(LifecycleStage::Pilot)
                                  << names({ "Code review agent" });
        QTest::addRow("agentic in production")
            << QString() << std::optional(Paradigm::Agentic) << std::optional(LifecycleStage::Production)
            << names({ "Payment agent" });
        QTest::addRow("in production and matching a vendor")
            << QStringLiteral("acme") << anyParadigm << std::optional(LifecycleStage::Production)
            << names({ "Claims triage model" });
        QTest::addRow("agentic and matching an owner")
            << QStringLiteral("hopper") << std::optional(Paradigm::Agentic) << anyStage
            << names({ "Code review agent" });
        QTest::addRow("all three, no system fits")
            << QStringLiteral("hopper") << std::optional(Paradigm::Agentic)
            << std::optional(LifecycleStage::Production) << names({});
    }

    void paradigmAndLifecycleFilters()
    {
        QFETCH(QString, text);
        QFETCH(std::optional<Paradigm>, paradigm);
        QFETCH(std::optional<LifecycleStage>, lifecycle);
        QFETCH(QStringList, expected);
        m_proxy->setSearchText(text);
        m_proxy->setParadigmFilter(paradigm);
        m_proxy->setLifecycleFilter(lifecycle);
        QCOMPARE(m_proxy->paradigmFilter(), paradigm);
        QCOMPARE(m_proxy->lifecycleFilter(), lifecycle);
        QCOMPARE(shown(), expected);

        // Clearing every filter brings every system back.
        m_proxy->setSearchText(QString());
        m_proxy->setParadigmFilter(std::nullopt);
        m_proxy->setLifecycleFilter(std::nullopt);
        QCOMPARE(m_proxy->rowCount(), 5);
    }

    void clearingOneFilterKeepsTheOthers()
    {
        m_proxy->setSearchText(QStringLiteral("agent"));
        m_proxy->setLifecycleFilter(LifecycleStage::Production);
        QCOMPARE(shown(), names({ "Payment agent" }));
        m_proxy->setLifecycleFilter(std::nullopt);
        QCOMPARE(shown(), names({ "Code review agent", "Payment agent" }));
        m_proxy->setSearchText(QString());
        QCOMPARE(m_proxy->rowCount(), 5);
    }

    void editsMoveRowsInAndOutOfTheFilter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<std::optional<Paradigm>>("paradigm");
        QTest::addColumn<QString>("system");
        QTest::addColumn<SystemField>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("before");
        QTest::addColumn<QStringList>("after");
        const std::optional<Paradigm> anyParadigm;
        QTest::addRow("a new vendor stops matching")
            << QStringLiteral("acme") << anyParadigm << QStringLiteral("Claims triage model")
            << SystemField::Vendor << QStringLiteral("Beta Insurance Tech")
            << names({ "Claims triage model", "Churn explainer" }) << names({ "Churn explainer" });
        QTest::addRow("a new vendor starts matching")
            << QStringLiteral("acme") << anyParadigm << QStringLiteral("Payment agent") << SystemField::Vendor
            << QStringLiteral("Acme Payments") << names({ "Claims triage model", "Churn explainer" })
            << names({ "Claims triage model", "Churn explainer", "Payment agent" });
        QTest::addRow("a renamed system stops matching")
            << QStringLiteral("triage") << anyParadigm << QStringLiteral("Claims triage model")
            << SystemField::Name << QStringLiteral("Claims scorer") << names({ "Claims triage model" })
            << names({});
        QTest::addRow("a new description starts matching")
            << QStringLiteral("refunds") << anyParadigm << QStringLiteral("Payment agent")
            << SystemField::Description << QStringLiteral("Pays supplier invoices and refunds") << names({})
            << names({ "Payment agent" });
        QTest::addRow("a relabelled system leaves the paradigm filter")
            << QString() << std::optional(Paradigm::Agentic) << QStringLiteral("Code review agent")
            << SystemField::Paradigm << QStringLiteral("generative")
            << names({ "Code review agent", "Payment agent" }) << names({ "Payment agent" });
    }

    void editsMoveRowsInAndOutOfTheFilter()
    {
        QFETCH(QString, text);
        QFETCH(std::optional<Paradigm>, paradigm);
        QFETCH(QString, system);
        QFETCH(SystemField, field);
        QFETCH(QString, value);
        QFETCH(QStringList, before);
        QFETCH(QStringList, after);
        m_proxy->setSearchText(text);
        m_proxy->setParadigmFilter(paradigm);
        QCOMPARE(shown(), before);
        QVERIFY(m_workspace->setSystemValue(idOf(system), field, value));
        QCOMPARE(shown(), after);
        m_workspace->undoStack()->undo();
        QCOMPARE(shown(), before);
    }

    void ownerChangesMoveRowsInAndOutOfTheFilter()
    {
        m_proxy->setSearchText(QStringLiteral("knuth"));
        QCOMPARE(shown(), names({}));
        // A new person, created on the fly, as risk owner (shown in no column, found by search).
        QVERIFY(m_workspace->setSystemOwner(
            idOf(QStringLiteral("Churn explainer")), SystemField::RiskOwner, QStringLiteral("Donald Knuth")));
        QCOMPARE(shown(), names({ "Churn explainer" }));
        QVERIFY(m_workspace->setSystemOwner(idOf(QStringLiteral("Payment agent")),
            SystemField::TechnicalOwner, QStringLiteral("donald knuth")));
        QCOMPARE(shown(), names({ "Churn explainer", "Payment agent" }));
        m_workspace->undoStack()->undo();
        m_workspace->undoStack()->undo();
        QCOMPARE(shown(), names({}));
    }

    void addedAndRemovedSystemsFollowTheFilter()
    {
        m_proxy->setSearchText(QStringLiteral("agent"));
        QCOMPARE(m_proxy->rowCount(), 2);
        AiSystem prototype;
        prototype.name = QStringLiteral("Ticket closing agent");
        const SystemId id = m_workspace->addSystem(prototype);
        QCOMPARE(shown(), names({ "Code review agent", "Payment agent", "Ticket closing agent" }));
        prototype.name = QStringLiteral("Forecast model");
        m_workspace->addSystem(prototype);
        QCOMPARE(m_proxy->rowCount(), 3);
        m_workspace->removeSystems({ id, idOf(QStringLiteral("Code review agent")) });
        QCOMPARE(shown(), names({ "Payment agent" }));
        m_workspace->undoStack()->undo();
        QCOMPARE(shown(), names({ "Code review agent", "Payment agent", "Ticket closing agent" }));
    }

    void sortsBySortRole_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("by name, A to Z")
            << int(SystemTableModel::NameColumn) << Qt::AscendingOrder
            << QStringList { QStringLiteral("Churn explainer"), QStringLiteral("Claims triage model"),
                   QStringLiteral("Code review agent"), QStringLiteral("Marketing copy writer"),
                   QStringLiteral("Payment agent") };
        QTest::addRow("by name, Z to A")
            << int(SystemTableModel::NameColumn) << Qt::DescendingOrder
            << QStringList { QStringLiteral("Payment agent"), QStringLiteral("Marketing copy writer"),
                   QStringLiteral("Code review agent"), QStringLiteral("Claims triage model"),
                   QStringLiteral("Churn explainer") };
        // By paradigm rank (causal, predictive, generative, agentic), not by the labels' spelling;
        // equal ranks keep the source order.
        QTest::addRow("by paradigm, explaining to acting")
            << int(SystemTableModel::ParadigmColumn) << Qt::AscendingOrder
            << QStringList { QStringLiteral("Churn explainer"), QStringLiteral("Claims triage model"),
                   QStringLiteral("Marketing copy writer"), QStringLiteral("Code review agent"),
                   QStringLiteral("Payment agent") };
        QTest::addRow("by lifecycle stage, in stage order")
            << int(SystemTableModel::LifecycleColumn) << Qt::AscendingOrder
            << QStringList { QStringLiteral("Churn explainer"), QStringLiteral("Code review agent"),
                   QStringLiteral("Claims triage model"), QStringLiteral("Marketing copy writer"),
                   QStringLiteral("Payment agent") };
    }

    void sortsBySortRole()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QStringList, expected);
        QCOMPARE(m_proxy->sortRole(), int(SystemTableModel::SortRole));
        m_proxy->sort(column, order);
        QCOMPARE(shownInOrder(), expected);
    }

    void sortedRowsFollowEditsAndFilters()
    {
        m_proxy->sort(SystemTableModel::NameColumn, Qt::AscendingOrder);
        QVERIFY(m_workspace->setSystemValue(idOf(QStringLiteral("Churn explainer")), SystemField::Name,
            QStringLiteral("Retention explainer")));
        QCOMPARE(shownInOrder(),
            (QStringList { QStringLiteral("Claims triage model"), QStringLiteral("Code review agent"),
                QStringLiteral("Marketing copy writer"), QStringLiteral("Payment agent"),
                QStringLiteral("Retention explainer") }));
        m_proxy->setSearchText(QStringLiteral("agent"));
        QCOMPARE(shownInOrder(),
            (QStringList { QStringLiteral("Code review agent"), QStringLiteral("Payment agent") }));
        AiSystem prototype;
        prototype.name = QStringLiteral("Deploy agent");
        m_workspace->addSystem(prototype);
        QCOMPARE(shownInOrder(),
            (QStringList { QStringLiteral("Code review agent"), QStringLiteral("Deploy agent"),
                QStringLiteral("Payment agent") }));
    }
    // What a dashboard bar asks for: exactly a set of systems, combined with the other filters,
    // undone by clearing it; an empty set shows nothing rather than everything.
    void systemIdFilter_data()
    {
        QTest::addColumn<QStringList>("inSet");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("only the systems of the set")
            << names({ "Code review agent", "Payment agent" }) << QString()
            << names({ "Code review agent", "Payment agent" });
        QTest::addRow("combined with free text")
            << names({ "Code review agent", "Payment agent" }) << QStringLiteral("invoices")
            << names({ "Payment agent" });
        QTest::addRow("free text outside the set shows nothing")
            << names({ "Code review agent" }) << QStringLiteral("acme") << names({});
        QTest::addRow("an empty set shows nothing") << names({}) << QString() << names({});
    }

    void systemIdFilter()
    {
        QFETCH(QStringList, inSet);
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QSet<SystemId> ids;
        for (const QString &name : inSet)
            ids.insert(idOf(name));
        m_proxy->setSearchText(text);
        m_proxy->setSystemIdFilter(ids);
        QCOMPARE(m_proxy->systemIdFilter(), std::optional<QSet<SystemId>>(ids));
        QCOMPARE(shown(), expected);
        m_proxy->setSystemIdFilter(std::nullopt);
        m_proxy->setSearchText(QString());
        QCOMPARE(m_proxy->rowCount(), 5);
    }

    void idFilterInvalidatesOnceAndIgnoresTheSameSet()
    {
        const QSet<SystemId> ids { idOf(QStringLiteral("Churn explainer")) };
        QSignalSpy removed(m_proxy.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy layout(m_proxy.get(), &QAbstractItemModel::layoutChanged);
        m_proxy->setSystemIdFilter(ids);
        QCOMPARE(m_proxy->rowCount(), 1);
        const int signals_ = int(removed.size() + layout.size());
        m_proxy->setSystemIdFilter(ids);
        QCOMPARE(int(removed.size() + layout.size()), signals_);
    }
};

QTEST_GUILESS_MAIN(TestSystemFilterProxyModel)
#include "tst_systemfilterproxymodel.moc"
