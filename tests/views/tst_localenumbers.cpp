// Counts and dates follow the UI language (QLocale's default, which the application sets with the
// language): with 1,235 systems a German user reads "1.235" and a French one "1 235", in the
// dashboard, on the inventory report's cover and in its charts; a date cell reads "31.03.26" but
// still edits as the ISO text every language types the same way.

#include "dashboarddock.h"
#include "itemmodels/privilegetablemodel.h"
#include "pdftext.h"
#include "report/inventoryreport.h"
#include "report/reportdocument.h"
#include "storage/workspace.h"
#include "testworkspace.h"

#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace Mandate;

class TestLocaleNumbers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void germanGroupsTheDashboardCounts();
    void frenchGroupsTheDashboardCounts();
    void germanGroupsTheReportCounts();
    void germanDateCellsReadShortAndEditAsIso();

private:
    // The dashboard's summary line once it has counted the workspace's systems.
    void readDashboardSummary(QString *summary);

    static constexpr int kAgents = 1234; // plus one sample system: 1,235 in all
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    SystemId m_sample = 0;
};

void TestLocaleNumbers::initTestCase()
{
    Test::isolate();
    WorkspaceError error;
    m_workspace = Workspace::create(m_dir.filePath(QStringLiteral("estate.mandate")), &error);
    QVERIFY2(m_workspace, qPrintable(error.message()));
    QVector<SystemSnapshot> systems;
    for (int i = 0; i < kAgents; ++i) {
        AiSystem system;
        system.name = QStringLiteral("Agent %1").arg(i);
        system.paradigm = Paradigm::Agentic;
        systems << SystemSnapshot { system, {}, {} };
    }
    QString problem;
    QVERIFY2(m_workspace->insertBulk({}, {}, systems, &problem), qPrintable(problem));
    m_sample = Test::addSample(*m_workspace, QStringLiteral("Claims triage model"), {});
    Privilege privilege;
    privilege.systemId = m_sample;
    privilege.target = QStringLiteral("claims-db");
    privilege.scope = Scope::Read;
    privilege.justification = QStringLiteral("Reads the claims it triages");
    privilege.expires = QDate(2026, 3, 31);
    QVERIFY2(m_workspace->addPrivilege(privilege), qPrintable(m_workspace->lastError()));
    QCOMPARE(m_workspace->systemCount(), kAgents + 1);
}

void TestLocaleNumbers::readDashboardSummary(QString *summary)
{
    DashboardDock dock;
    dock.setWorkspace(m_workspace.get());
    dock.show();
    auto *label = dock.findChild<QLabel *>(QStringLiteral("dashboardSummaryLabel"));
    QVERIFY(label);
    QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(QLatin1String("235")), 20000);
    *summary = label->text();
}

void TestLocaleNumbers::germanGroupsTheDashboardCounts()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QString summary;
    readDashboardSummary(&summary);
    QVERIFY2(summary.contains(QLatin1String("1.235 system")), qPrintable(summary));
}

void TestLocaleNumbers::frenchGroupsTheDashboardCounts()
{
    const QLocale french(QLocale::French, QLocale::France);
    QLocale::setDefault(french);
    QString summary;
    readDashboardSummary(&summary);
    // French separates thousands with a (narrow) no-break space, whichever CLDR gives.
    const QString expected = QLatin1String("1") + french.groupSeparator() + QLatin1String("235 system");
    QVERIFY2(summary.contains(expected), qPrintable(summary));
    QVERIFY2(!summary.contains(QLatin1String("1235")), qPrintable(summary));
}

void TestLocaleNumbers::germanGroupsTheReportCounts()
{
    if (!Test::hasPdfToText())
        QSKIP("pdftotext (poppler-utils) is not installed; scripts/test.sh installs it");
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    InventoryReport::Options options;
    options.sections = InventoryReport::Cover | InventoryReport::Summary;
    const std::unique_ptr<ReportDocument> document
        = InventoryReport::build(*m_workspace, m_workspace->systemIds(), options);
    QVERIFY(document);
    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    QString error;
    QVERIFY2(document->writeFile(path, {}, &error), qPrintable(error));
    const QString text = Test::pdfText(path).simplified();
    QVERIFY(!text.isEmpty());
    QVERIFY2(text.contains(QLatin1String("(1.235 systems)")), qPrintable(text)); // the cover's scope
    QVERIFY2(text.contains(QLatin1String("1.234")), qPrintable(text));           // the agentic bar
    const QRegularExpression ungrouped(QStringLiteral("\\b123[45]\\b"));
    QVERIFY2(!text.contains(ungrouped), qPrintable(text));
}

void TestLocaleNumbers::germanDateCellsReadShortAndEditAsIso()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    PrivilegeTableModel model;
    model.setWorkspace(m_workspace.get());
    model.setSystem(m_sample);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex expires = model.index(0, PrivilegeTableModel::ExpiresColumn);
    QCOMPARE(expires.data(Qt::DisplayRole).toString(), QStringLiteral("31.03.26"));
    QCOMPARE(expires.data(Qt::EditRole).toString(), QStringLiteral("2026-03-31"));
}

QTEST_MAIN(TestLocaleNumbers)
#include "tst_localenumbers.moc"
