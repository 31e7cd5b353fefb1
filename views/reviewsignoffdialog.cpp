#include "reviewsignoffdialog.h"

#include "itemmodels/reviewitemsmodel.h"
#include "review/reviewrules.h"
#include "storage/workspace.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Mandate {

ReviewSignOffDialog::ReviewSignOffDialog(Workspace *workspace, CampaignId campaign, const QString &reviewer,
                                         QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_campaignId(campaign)
    , m_reviewer(reviewer)
{
    setObjectName(QStringLiteral("reviewSignOffDialog"));
    const Campaign c = workspace->campaign(campaign);
    setWindowTitle(tr("Sign off %1").arg(c.name));
    resize(560, 460);
    const ReviewRules::ReviewTally tally = ReviewRules::tally(workspace->reviewItems(campaign));

    auto *layout = new QVBoxLayout(this);
    QStringList counts;
    for (int i = 1; i < valueCount<ReviewDecision>(); ++i) { // every decision but undecided
        const auto decision = static_cast<ReviewDecision>(i);
        counts << tr("%1: %L2").arg(label(decision)).arg(tally.counts.value(decision));
    }
    auto *summary = new QLabel(tr("%Ln item(s) in the campaign.", nullptr, c.items) + QLatin1Char('\n') + counts.join(QStringLiteral(" · ")), this);
    summary->setObjectName(QStringLiteral("signOffSummaryLabel"));
    summary->setWordWrap(true);
    layout->addWidget(summary);

    layout->addWidget(new QLabel(tr("Remediation sign-off creates:"), this));
    auto *remediation = new QListWidget(this);
    remediation->setObjectName(QStringLiteral("signOffRemediationList"));
    for (const ReviewItem &item : tally.remediation) {
        const QString system =
            item.subject.value(QStringLiteral("system")).toObject().value(QStringLiteral("name")).toString();
        const QString target =
            item.subject.value(QStringLiteral("privilege")).toObject().value(QStringLiteral("target")).toString();
        remediation->addItem(item.decision == ReviewDecision::Revoke
                ? tr("%1 — %2: mark pending revocation").arg(system, target)
                : tr("%1 — %2: mark to be narrowed").arg(system, target));
    }
    if (tally.remediation.isEmpty())
        remediation->addItem(tr("Nothing: no privilege is decided revoke or reduce."));
    layout->addWidget(remediation, 1);

    auto *state = new QLabel(this);
    state->setObjectName(QStringLiteral("signOffStateLabel"));
    state->setWordWrap(true);
    if (c.isFrozen())
        state->setText(c.status == CampaignStatus::SignedOff ? tr("This campaign is signed off already.")
                                                             : tr("This campaign is closed; it cannot be signed off."));
    else if (!tally.complete())
        state->setText(tr("Not ready: %L1 undecided and %L2 unsure. Decide them first; items of a reviewer's own "
                          "systems need another reviewer.")
                           .arg(tally.undecided())
                           .arg(tally.unsure()));
    else
        state->setText(tr("Signing off as %1 freezes the campaign: no decision can change afterwards.").arg(reviewer));
    layout->addWidget(state);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    m_error->setWordWrap(true);
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signOffButton = buttons->addButton(tr("Sign off"), QDialogButtonBox::AcceptRole);
    m_signOffButton->setObjectName(QStringLiteral("confirmSignOffButton"));
    m_signOffButton->setEnabled(!c.isFrozen() && tally.complete());
    connect(m_signOffButton, &QPushButton::clicked, this, [this] {
        if (signOff())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

bool ReviewSignOffDialog::signOff()
{
    if (m_workspace && m_workspace->signOffCampaign(m_campaignId, m_reviewer))
        return true;
    m_error->setText(m_workspace ? m_workspace->lastError() : QString());
    return false;
}

} // namespace Mandate
