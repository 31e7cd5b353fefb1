// One campaign's decisions as CSV: a header and a row per review item with the system, what was
// asked, the decision, its justification, who decided and when; text survives quoting; an unknown
// campaign and a failing device are refused with the reason and leave no file.
#include "exportfixture.h"
#include "io/campaigncsvwriter.h"
#include "io/csvreader.h"
#include "models/failingdevice.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Mandate;

class TestCampaignCsvWriter : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    ExportFixture::Seed m_seed;

    // The rows as a CSV reader gives them back, header first.
    QVector<QStringList> rows()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        if (!CampaignCsvWriter::write(*m_workspace, m_seed.campaign, buffer, &error))
            qWarning("%s", qPrintable(error));
        buffer.close();
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, QStringLiteral("campaign.csv"));
        QVector<QStringList> result;
        if (!reader.open())
            return result;
        result << reader.header();
        QStringList fields;
        qint64 line = 0;
        while (reader.readRecord(&fields, &line))
            result << fields;
        return result;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        WorkspaceError error;
        m_workspace = Workspace::create(m_dir->filePath(QStringLiteral("source.mandate")), &error);
        QVERIFY(m_workspace);
        m_seed = {};
        QVERIFY(ExportFixture::seed(*m_workspace, &m_seed));
    }
    void cleanup()
    {
        m_workspace.reset();
        m_dir.reset();
    }

    void aRowPerItemWithTheDecisionAndWhoMadeIt()
    {
        const QVector<QStringList> all = rows();
        QVERIFY(!all.isEmpty());
        const QStringList header = all.first();
        QCOMPARE(header,
            QStringList({ QStringLiteral("campaign_id"), QStringLiteral("campaign"), QStringLiteral("campaign_status"),
                QStringLiteral("item_id"), QStringLiteral("system_id"), QStringLiteral("system"), QStringLiteral("kind"),
                QStringLiteral("subject"), QStringLiteral("high_risk"), QStringLiteral("decision"),
                QStringLiteral("justification"), QStringLiteral("reviewer"), QStringLiteral("decided_at"),
                QStringLiteral("remediation") }));
        QCOMPARE(all.size() - 1, m_workspace->reviewItems(m_seed.campaign).size());
        const auto column = [&](const char *name) { return header.indexOf(QLatin1String(name)); };
        bool found = false;
        for (const QStringList &row : all.mid(1)) {
            QCOMPARE(row.value(column("campaign")), QStringLiteral("Q2 Überprüfung"));
            QCOMPARE(row.value(column("campaign_status")), QStringLiteral("open"));
            QCOMPARE(row.value(column("system")), QStringLiteral("Deploy agent"));
            if (row.value(column("item_id")).toLongLong() != m_seed.privilegeItem) {
                QCOMPARE(row.value(column("decision")), QStringLiteral("undecided"));
                QVERIFY(!row.value(column("subject")).isEmpty()); // the question
                continue;
            }
            found = true;
            QCOMPARE(row.value(column("kind")), QStringLiteral("privilege"));
            QCOMPARE(row.value(column("subject")), QStringLiteral("prod-cluster (admin)"));
            // Every reason, joined: here the admin scope and a credential kept outside a secrets manager.
            QCOMPARE(row.value(column("high_risk")), QStringLiteral("admin_scope; credential_outside_secrets_manager"));
            QCOMPARE(row.value(column("decision")), QStringLiteral("keep"));
            QCOMPARE(row.value(column("justification")), ExportFixture::kJustification);
            QCOMPARE(row.value(column("reviewer")), QStringLiteral("Rita"));
            QVERIFY(QDateTime::fromString(row.value(column("decided_at")), Qt::ISODate).isValid());
        }
        QVERIFY(found);
    }

    void aJustificationLikeAFormulaIsWrittenInert()
    {
        QVERIFY(m_workspace->decideReviewItems(m_seed.campaign, QStringLiteral("Rita"),
            { { m_seed.privilegeItem, ReviewDecision::Keep, QStringLiteral("=HYPERLINK(\"x\")") } }));
        bool found = false;
        const QVector<QStringList> all = rows();
        for (const QStringList &row : all)
            found = found || row.contains(QStringLiteral("'=HYPERLINK(\"x\")"));
        QVERIFY(found);
    }

    void anUnknownCampaignIsRefusedAndLeavesNoFile()
    {
        const QString path = m_dir->filePath(QStringLiteral("campaign.csv"));
        QString error;
        QVERIFY(!CampaignCsvWriter::writeFile(*m_workspace, 999999, path, &error));
        QVERIFY2(error.contains(QStringLiteral("999999")), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }

    void aDeviceThatFailsMidWayFailsWithTheReason()
    {
        Test::FailingDevice device(100);
        QString error;
        QVERIFY(!CampaignCsvWriter::write(*m_workspace, m_seed.campaign, device, &error));
        QVERIFY2(error.contains(QStringLiteral("No space left on device")), qPrintable(error));
    }

    void aPathThatCannotBeWrittenLeavesNothing()
    {
        const QString path = m_dir->filePath(QStringLiteral("missing/campaign.csv"));
        QString error;
        QVERIFY(!CampaignCsvWriter::writeFile(*m_workspace, m_seed.campaign, path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestCampaignCsvWriter)
#include "tst_campaigncsvwriter.moc"
