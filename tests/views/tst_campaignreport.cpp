// CampaignReport on the demo workspace, read back with pdftotext: what an auditor filing the record of
// an access review would find in it. MANDATE_KEEP_REPORTS=1 keeps the files (their folder is printed)
// for looking at the pages with pdftoppm.
#include "io/demoworkspace.h"
#include "report/campaignreport.h"
#include "storage/workspace.h"
#include "pdftext.h"
#include "testworkspace.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Mandate;

namespace {

const QString kOwnerReviewer = QStringLiteral("Sofia Lindqvist"); // risk owner of most demo agents
const QString kIndependent = QStringLiteral("Independent Reviewer");
const QString kKeepWhy = QStringLiteral("Needed for the nightly settlement run");
const QString kReduceWhy = QStringLiteral("Read access to the claims queue is enough");

QString glued(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("\\s")));
}

} // namespace

class TestCampaignReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aSignedOffCampaignRecordsEveryDecisionItsSignOffAndRemediation();
    void anOpenCampaignGivesADraftWithItsUndecidedItems();
    void aClosedCampaignSaysItWasNotSignedOffAndRemediatesNothing();
    void anUnknownCampaignBuildsNothingAndSaysWhy();
    void cancellingBuildsNothing();

private:
    CampaignId createCampaign(const QString &name, const QString &scope);
    QString write(CampaignId id, const QString &name, int *pages = nullptr);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

void TestCampaignReport::initTestCase()
{
    Test::isolate();
    if (!Test::hasPdfToText())
        QSKIP("pdftotext (poppler-utils) is not installed; scripts/test.sh installs it");
    if (qEnvironmentVariableIsSet("MANDATE_KEEP_REPORTS")) {
        m_dir.setAutoRemove(false);
        qInfo() << "reports in" << m_dir.path();
    }
    WorkspaceError error;
    m_workspace = DemoWorkspace::create(m_dir.filePath(QStringLiteral("demo.mandate")), &error);
    QVERIFY(m_workspace);
}

CampaignId TestCampaignReport::createCampaign(const QString &name, const QString &scope)
{
    Campaign draft;
    draft.name = name;
    draft.scope = scope;
    draft.reviewers = { kOwnerReviewer, kIndependent };
    draft.due = QDate::currentDate().addDays(30);
    const CampaignId id = m_workspace->createCampaign(draft);
    if (!id)
        qWarning() << m_workspace->lastError();
    return id;
}

QString TestCampaignReport::write(CampaignId id, const QString &name, int *pages)
{
    QString error;
    const std::unique_ptr<ReportDocument> document = CampaignReport::build(*m_workspace, id, {}, {}, &error);
    if (!document) {
        qWarning() << error;
        return {};
    }
    const QString path = m_dir.filePath(name);
    if (!document->writeFile(path, {}, &error)) {
        qWarning() << error;
        return {};
    }
    if (pages)
        *pages = document->pageCount();
    // -raw keeps the lines of a table cell together, in the order they were drawn.
    return Test::pdfText(path, { QStringLiteral("-raw") });
}

void TestCampaignReport::aSignedOffCampaignRecordsEveryDecisionItsSignOffAndRemediation()
{
    const CampaignId id = createCampaign(QStringLiteral("Agent access review Q4"), QStringLiteral("paradigm:agentic"));
    QVERIFY(id);
    const Campaign campaign = m_workspace->campaign(id);
    const QVector<ReviewItem> items = m_workspace->reviewItems(id);
    // The owner decides what she may; the independent reviewer decides the systems she owns.
    QHash<QString, QVector<ReviewDecisionInput>> byReviewer;
    QString revoked;
    QString reduced;
    int blocked = 0;
    for (const ReviewItem &item : items) {
        ReviewDecisionInput input { item.id, ReviewDecision::Yes, {} };
        if (item.kind == ReviewItemKind::Privilege) {
            const QString target = item.subject.value(QStringLiteral("privilege")).toObject().value(QStringLiteral("target")).toString();
            if (revoked.isEmpty()) {
                input.decision = ReviewDecision::Revoke;
                revoked = target;
            } else if (reduced.isEmpty()) {
                input = { item.id, ReviewDecision::Reduce, kReduceWhy };
                reduced = target;
            } else {
                input = { item.id, ReviewDecision::Keep, kKeepWhy };
            }
        }
        const bool mayDecide = m_workspace->reviewBlock(campaign, item, kOwnerReviewer).isEmpty();
        blocked += mayDecide ? 0 : 1;
        byReviewer[mayDecide ? kOwnerReviewer : kIndependent].append(input);
    }
    QVERIFY(blocked > 0);
    QVERIFY(byReviewer.contains(kOwnerReviewer));
    for (auto it = byReviewer.cbegin(); it != byReviewer.cend(); ++it)
        QVERIFY2(m_workspace->decideReviewItems(id, it.key(), it.value()), qPrintable(m_workspace->lastError()));
    QVERIFY2(m_workspace->signOffCampaign(id, kIndependent), qPrintable(m_workspace->lastError()));

    int pages = 0;
    const QString text = write(id, QStringLiteral("signed-off.pdf"), &pages);
    QVERIFY(!text.isEmpty());
    const QString all = glued(text);
    QVERIFY(text.contains(QStringLiteral("Agent access review Q4")));
    QVERIFY(!text.contains(QStringLiteral("Draft: the campaign is still open")));
    for (const QString &decision : { QStringLiteral("Keep"), QStringLiteral("Reduce"), QStringLiteral("Revoke"), QStringLiteral("Yes") })
        QVERIFY2(text.contains(decision), qPrintable(decision));
    QVERIFY(all.contains(glued(kKeepWhy)));
    QVERIFY(all.contains(glued(kReduceWhy)));
    QVERIFY(all.contains(glued(kOwnerReviewer)));
    QVERIFY(all.contains(glued(kIndependent)));
    // Every system of the campaign has its decisions, the remediation names both privileges.
    for (const ReviewItem &item : items) {
        const QString system = item.subject.value(QStringLiteral("system")).toObject().value(QStringLiteral("name")).toString();
        QVERIFY2(all.contains(glued(system)), qPrintable(system));
    }
    QVERIFY(all.contains(glued(QStringLiteral("Revoke the privilege; marked “Pending revocation”"))));
    QVERIFY(all.contains(glued(QStringLiteral("Narrow the privilege to what is needed; marked “To be narrowed”"))));
    QVERIFY(all.count(glued(revoked)) >= 2); // its decision and its remediation
    QVERIFY(all.count(glued(reduced)) >= 2);
    // Separation of duties: the owner was blocked and someone else decided.
    QVERIFY(text.contains(QStringLiteral("Separation-of-duties exceptions")));
    QVERIFY(!text.contains(QStringLiteral("None: no reviewer owns a system")));
    QVERIFY(all.contains(glued(QStringLiteral("Signed off by %1").arg(kIndependent))));
    const QByteArray head = m_workspace->verifyAudit().headHash;
    QVERIFY(!head.isEmpty());
    QVERIFY(all.contains(QString::fromLatin1(head)));
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    QVERIFY2(pages >= 3 && pages <= 30, qPrintable(QString::number(pages)));
}

void TestCampaignReport::anOpenCampaignGivesADraftWithItsUndecidedItems()
{
    const CampaignId id = createCampaign(QStringLiteral("Causal models review"), QStringLiteral("paradigm:causal"));
    QVERIFY(id);
    const QVector<ReviewItem> items = m_workspace->reviewItems(id);
    QVERIFY(items.size() > 2);
    QVERIFY2(m_workspace->decideReviewItems(id, kIndependent, { { items.first().id, ReviewDecision::Yes, {} } }),
        qPrintable(m_workspace->lastError()));

    const QString text = write(id, QStringLiteral("draft.pdf"));
    QVERIFY(!text.isEmpty());
    QVERIFY(text.contains(QStringLiteral("Draft: the campaign is still open")));
    QVERIFY(text.contains(QStringLiteral("Not signed off: the campaign is still open.")));
    QVERIFY(glued(text).contains(glued(QStringLiteral("%1 items are still undecided").arg(items.size() - 1))));
    QVERIFY(text.count(QStringLiteral("Undecided")) >= int(items.size()) - 1);
}

void TestCampaignReport::aClosedCampaignSaysItWasNotSignedOffAndRemediatesNothing()
{
    const CampaignId id = createCampaign(QStringLiteral("Generative tools review"), QStringLiteral("paradigm:generative"));
    QVERIFY(id);
    const QVector<ReviewItem> items = m_workspace->reviewItems(id);
    const auto privilege = std::find_if(items.cbegin(), items.cend(), [](const ReviewItem &item) {
        return item.kind == ReviewItemKind::Privilege;
    });
    QVERIFY(privilege != items.cend());
    // A revoke decision, then the campaign is closed: nothing is remediated.
    QVERIFY2(m_workspace->decideReviewItems(id, kIndependent, { { privilege->id, ReviewDecision::Revoke, {} } }),
        qPrintable(m_workspace->lastError()));
    QVERIFY2(m_workspace->closeCampaign(id), qPrintable(m_workspace->lastError()));

    const QString text = write(id, QStringLiteral("closed.pdf"));
    QVERIFY(!text.isEmpty());
    QVERIFY(!text.contains(QStringLiteral("Draft: the campaign is still open")));
    QVERIFY(glued(text).contains(glued(QStringLiteral("Closed without sign-off by"))));
    QVERIFY(glued(text).contains(glued(QStringLiteral("None: the campaign was closed without sign-off."))));
    QVERIFY(!glued(text).contains(glued(QStringLiteral("Revoke the privilege;"))));
}

void TestCampaignReport::anUnknownCampaignBuildsNothingAndSaysWhy()
{
    QString error;
    QVERIFY(!CampaignReport::build(*m_workspace, 987654, {}, {}, &error));
    QVERIFY2(error.contains(QStringLiteral("987654")), qPrintable(error));
}

void TestCampaignReport::cancellingBuildsNothing()
{
    const QVector<Campaign> campaigns = m_workspace->campaigns();
    QVERIFY(!campaigns.isEmpty());
    int calls = 0;
    QString error;
    const auto document = CampaignReport::build(*m_workspace, campaigns.first().id, {}, [&](int) {
        return ++calls < 2;
    }, &error);
    QVERIFY(!document);
    QCOMPARE(calls, 2);
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(TestCampaignReport)
#include "tst_campaignreport.moc"
