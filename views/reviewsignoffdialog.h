#pragma once
// The sign-off screen of a review campaign (issue 6): what the decisions add up to, the remediation
// sign-off will create (revoke: pending revocation, reduce: to be narrowed), and the sign-off
// itself, offered only once every item is decided and none is unsure.

#include "domain/campaign.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;

namespace Mandate {

class Workspace;

class ReviewSignOffDialog : public QDialog
{
    Q_OBJECT

public:
    ReviewSignOffDialog(Workspace *workspace, CampaignId campaign, const QString &reviewer, QWidget *parent = nullptr);

    // Signs off as the reviewer; false with the workspace's reason shown.
    bool signOff();

private:
    QPointer<Workspace> m_workspace;
    CampaignId m_campaignId;
    QString m_reviewer;
    QLabel *m_error;
    QPushButton *m_signOffButton;
};

} // namespace Mandate
