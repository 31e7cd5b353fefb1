#pragma once
// The guided review session (issue 6, DOMAIN.md section 9): one reviewer walks a campaign's items,
// each with its evidence beside it, and decides with one key: K keep, R reduce, X revoke, U unsure
// for a privilege; Y yes, N no, U unsure for a question; S skips. Deciding moves on to the next
// item still open for this reviewer; items of systems they own are shown greyed and left for
// another reviewer. Where the reviewer stopped is kept in the workspace, so closing the dialog or
// the workspace and coming back resumes there. Sign off… shows the summary and freezes the campaign.

#include "domain/campaign.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace Mandate {

class ReviewEvidenceView;
class ReviewItemsModel;
class Workspace;

class ReviewSessionDialog : public QDialog
{
    Q_OBJECT

public:
    // reviewer: whom to review as; empty: the workspace's actor if a reviewer, else the first reviewer.
    ReviewSessionDialog(Workspace *workspace, CampaignId campaign, const QString &reviewer = {},
                        QWidget *parent = nullptr);

    QString reviewer() const;
    ReviewItemId currentItem() const;
    // Records decision on the current item with the justification typed; false with the reason shown.
    bool decide(ReviewDecision decision);
    void skip();
    void openSignOff();

    // Where the reviewer is and what they typed, for the window that replaces this one when the
    // interface language changes; resume() puts it back in a dialog of the same campaign.
    struct SessionState
    {
        CampaignId campaign = 0;
        QString reviewer;
        ReviewItemId item = 0;
        QString justification;
        QByteArray geometry;
    };
    SessionState sessionState() const;
    void resume(const SessionState &state);

private:
    void buildDecisionButtons(QWidget *parent);
    void setReviewer(const QString &reviewer);
    void goToRow(int row);
    void showCurrent();
    void refreshProgress();
    void showError(const QString &message);

    QPointer<Workspace> m_workspace;
    CampaignId m_campaignId;
    ReviewItemsModel *m_model;
    QLabel *m_campaignLabel;
    QComboBox *m_reviewerBox;
    QProgressBar *m_progress;
    QTableView *m_table;
    QLabel *m_question;
    QLabel *m_blocked;
    ReviewEvidenceView *m_evidence;
    QLineEdit *m_justification;
    QLabel *m_error;
    QHash<ReviewDecision, QPushButton *> m_decisionButtons;
    QPushButton *m_skipButton;
    QPushButton *m_signOffButton;
    int m_row = -1;
    bool m_refreshPending = false; // the current item changed; its pane is rebuilt once, soon
};

} // namespace Mandate
