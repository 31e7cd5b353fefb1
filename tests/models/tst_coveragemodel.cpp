// The coverage matrix: systems by one catalog's items with each mapping's status, following edits
// and undo live, narrowed to a set of systems, with the share of mapped pairs that are covered.
#include "itemmodels/coveragemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Mandate;

namespace {

Mapping mapping(SystemId systemId, const char *catalogId, const char *itemId, MappingStatus status)
{
    Mapping m;
    m.systemId = systemId;
    m.catalogId = QString::fromLatin1(catalogId);
    m.itemId = QString::fromLatin1(itemId);
    m.status = status;
    return m;
}

FrameworkCatalog catalogById(const QString &id)
{
    for (const FrameworkCatalog &catalog : FrameworkCatalog::builtIn()) {
        if (catalog.id() == id)
            return catalog;
    }
    return {};
}

} // namespace

class TestCoverageModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<CoverageModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    SystemId m_claims = 0;
    SystemId m_deploy = 0;

    int columnOf(const QString &itemId) const
    {
        for (int column = 0; column < m_model->columnCount(); ++column) {
            if (m_model->headerData(column, Qt::Horizontal).toString() == itemId)
                return column;
        }
        return -1;
    }

    QString cell(SystemId id, const char *itemId) const
    {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->systemId(row) == id)
                return m_model->index(row, columnOf(QString::fromLatin1(itemId))).data().toString();
        }
        return QStringLiteral("(no row)");
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        WorkspaceError error;
        m_workspace = Workspace::create(m_dir->filePath(QStringLiteral("coverage.mandate")), &error);
        QVERIFY2(m_workspace, qPrintable(error.message()));
        AiSystem prototype;
        prototype.name = QStringLiteral("Claims agent");
        m_claims = m_workspace->addSystem(prototype);
        prototype.name = QStringLiteral("Deploy bot");
        m_deploy = m_workspace->addSystem(prototype);
        m_workspace->undoStack()->clear();

        m_model = std::make_unique<CoverageModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setWorkspace(m_workspace.get());
        m_model->setCatalog(catalogById(QStringLiteral("owasp-agentic-2026")));
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_workspace.reset();
        m_dir.reset();
    }

    void systemsAreRowsAndTheCatalogsItemsAreColumns()
    {
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->columnCount(), 10);
        QCOMPARE(m_model->headerData(0, Qt::Vertical).toString(), QStringLiteral("Claims agent"));
        QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("ASI01"));
        QVERIFY(!m_model->headerData(0, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(cell(m_claims, "ASI03"), QString());
        QVERIFY(!m_model->coverage().percent());

        m_model->setCatalog(catalogById(QStringLiteral("nist-csf")));
        QCOMPARE(m_model->columnCount(), 3);
    }

    void aCellShowsTheStatusAndFollowsEditsAndUndo()
    {
        QSignalSpy coverageChanged(m_model.get(), &CoverageModel::coverageChanged);
        QVERIFY(m_workspace->setMapping(mapping(m_claims, "owasp-agentic-2026", "ASI03", MappingStatus::Partial)));
        QCOMPARE(cell(m_claims, "ASI03"), QStringLiteral("Partial"));
        QCOMPARE(cell(m_deploy, "ASI03"), QString());
        QVERIFY(coverageChanged.count() > 0);
        const int row = 0;
        QCOMPARE(m_model->index(row, columnOf(QStringLiteral("ASI03"))).data(CoverageModel::StatusRole).toInt(),
            int(MappingStatus::Partial));

        // A mapping of another catalog is not a cell here.
        QVERIFY(m_workspace->setMapping(mapping(m_claims, "owasp-nhi-2025", "NHI1:2025", MappingStatus::Gap)));
        QCOMPARE(m_model->coverage().mapped, 1);

        m_workspace->undoStack()->undo();
        m_workspace->undoStack()->undo();
        QCOMPARE(cell(m_claims, "ASI03"), QString());
    }

    void rowsFollowSystemsAddedAndRemoved()
    {
        QVERIFY(m_workspace->setMapping(mapping(m_deploy, "owasp-agentic-2026", "ASI02", MappingStatus::Mitigated)));
        m_workspace->removeSystems({ m_deploy });
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->coverage().mapped, 0);
        AiSystem prototype;
        prototype.name = QStringLiteral("Research assistant");
        m_workspace->addSystem(prototype);
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->headerData(1, Qt::Vertical).toString(), QStringLiteral("Research assistant"));
    }

    void coverageIsTheShareOfMappedPairsThatAreMitigatedOrNotApplicable_data()
    {
        QTest::addColumn<QVector<int>>("claimsStatuses"); // ASI01, ASI02, ... in order; -1 unmapped
        QTest::addColumn<QVector<int>>("deployStatuses");
        QTest::addColumn<double>("percent");
        const int gap = int(MappingStatus::Gap);
        const int partial = int(MappingStatus::Partial);
        const int mitigated = int(MappingStatus::Mitigated);
        const int notApplicable = int(MappingStatus::NotApplicable);
        QTest::addRow("all mitigated is full coverage") << QVector<int> { mitigated, mitigated } << QVector<int> { mitigated } << 100.0;
        QTest::addRow("not applicable counts as covered") << QVector<int> { notApplicable } << QVector<int> { mitigated } << 100.0;
        QTest::addRow("a gap and a partial count against it")
            << QVector<int> { mitigated, gap } << QVector<int> { partial, notApplicable } << 50.0;
        QTest::addRow("unmapped items do not count") << QVector<int> { -1, -1, mitigated } << QVector<int> { -1, gap } << 50.0;
    }

    void coverageIsTheShareOfMappedPairsThatAreMitigatedOrNotApplicable()
    {
        QFETCH(QVector<int>, claimsStatuses);
        QFETCH(QVector<int>, deployStatuses);
        QFETCH(double, percent);
        QVector<Mapping> batch;
        for (const auto &[system, statuses] : { std::pair { m_claims, claimsStatuses }, std::pair { m_deploy, deployStatuses } }) {
            for (int i = 0; i < statuses.size(); ++i) {
                if (statuses[i] >= 0) {
                    const QByteArray item = QByteArrayLiteral("ASI0") + QByteArray::number(i + 1);
                    batch << mapping(system, "owasp-agentic-2026", item.constData(), static_cast<MappingStatus>(statuses[i]));
                }
            }
        }
        QVERIFY(m_workspace->setMappings(batch, QStringLiteral("Accept")));
        QVERIFY(m_model->coverage().percent());
        QCOMPARE(*m_model->coverage().percent(), percent);
        QCOMPARE(*CoverageModel::coverageOf(m_workspace->allMappings(), QStringLiteral("owasp-agentic-2026")).percent(),
            percent);
    }

    void aFilterNarrowsTheRowsAndTheCoverage()
    {
        QVERIFY(m_workspace->setMappings({ mapping(m_claims, "owasp-agentic-2026", "ASI03", MappingStatus::Mitigated),
                                             mapping(m_deploy, "owasp-agentic-2026", "ASI03", MappingStatus::Gap) },
            QStringLiteral("Accept")));
        QCOMPARE(*m_model->coverage().percent(), 50.0);
        m_model->setSystemFilter(QSet<SystemId> { m_deploy, 4242 });
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->systemId(0), m_deploy);
        QCOMPARE(*m_model->coverage().percent(), 0.0);
        // An edit to a system outside the filter leaves the rows alone.
        QVERIFY(m_workspace->setMapping(mapping(m_claims, "owasp-agentic-2026", "ASI04", MappingStatus::Gap)));
        QCOMPARE(m_model->coverage().mapped, 1);
        m_model->setSystemFilter(std::nullopt);
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->coverage().mapped, 3);
    }
};

QTEST_GUILESS_MAIN(TestCoverageModel)
#include "tst_coveragemodel.moc"
