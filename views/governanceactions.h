#pragma once
// The Tools menu's governance entries: the credentials and people lists, accepting in bulk the
// framework mappings that the selected systems' findings suggest (issue 5, item 5), and the review
// campaigns (issue 6). Each needs an open workspace; the bulk acceptance asks first and is one undo
// step. A guided review session is the main window's: this only passes the campaigns dialog's request on.

#include "domain/campaign.h"
#include "reviewsessiondialog.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace Mandate {

class InventoryView;
class ReviewCampaignsDialog;
class Workspace;

class GovernanceActions : public QObject
{
    Q_OBJECT

public:
    GovernanceActions(QWidget *window, InventoryView *inventory);

    void setWorkspace(Workspace *workspace);
    void populateToolsMenu(QMenu *menu);

    QAction *credentialsAction() const { return m_credentials; }
    QAction *peopleAction() const { return m_people; }
    QAction *acceptMappingsAction() const { return m_acceptMappings; }
    QAction *reviewCampaignsAction() const { return m_reviewCampaigns; }
    // The open Review campaigns dialog, nullptr while it is not open.
    ReviewCampaignsDialog *campaignsDialog() const;

    // Accepts every pending suggestion of the inventory's selected systems, after asking.
    void acceptSuggestedMappings();
    // Opens the Review campaigns dialog, or raises it when it is open already.
    void showReviewCampaigns();
    // Opens the guided session of a campaign (one at a time), as the analyst if a reviewer.
    void openReviewSession(Mandate::CampaignId id);
    // Opens a session where another window's session was, with what its reviewer had typed.
    void resumeReviewSession(const ReviewSessionDialog::SessionState &state);
    ReviewSessionDialog *reviewSession() const; // nullptr while none is open

signals:
    // Start review in the campaigns dialog; openReviewSession() answers it.
    void reviewSessionRequested(Mandate::CampaignId id);

private:
    void updateEnabled();
    void startSession(CampaignId id, const QString &reviewer);

    QWidget *m_window;
    InventoryView *m_inventory;
    QPointer<Workspace> m_workspace;
    QAction *m_credentials;
    QAction *m_people;
    QAction *m_acceptMappings;
    QAction *m_reviewCampaigns;
    QPointer<ReviewCampaignsDialog> m_campaignsDialog;
    QPointer<ReviewSessionDialog> m_session;
};

} // namespace Mandate
