#pragma once
// Tools > Review campaigns…: the workspace's access-review campaigns with their progress, and what
// can be done with one: create a new one, start (or resume) a guided review session on an open one,
// close an open one without sign-off (asked first, one undo step). Non-modal, so the analyst can keep
// it beside the inventory; it closes with the workspace it shows. Starting a session is only a
// request (sessionRequested): the main window owns the guided session.

#include "domain/campaign.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTableView;

namespace Mandate {

class CampaignTableModel;
class Workspace;

class ReviewCampaignsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReviewCampaignsDialog(Workspace *workspace, QWidget *parent = nullptr);

    QTableView *tableView() const { return m_table; }
    CampaignTableModel *model() const { return m_model; }
    CampaignId selectedCampaign() const; // 0: none
    void selectCampaign(CampaignId id);

    // The actions behind the buttons, for the shortcuts and tests.
    void newCampaign();
    void startReview();
    void closeSelectedCampaign();
    // Opens the export dialog on the selected campaign's report.
    void exportReport();

signals:
    void sessionRequested(Mandate::CampaignId id);

private:
    void updateButtons();

    QPointer<Workspace> m_workspace;
    CampaignTableModel *m_model;
    QTableView *m_table;
    QPushButton *m_new;
    QPushButton *m_start;
    QPushButton *m_closeCampaign;
    QPushButton *m_exportReport;
    QLabel *m_error;
    CampaignId m_keepSelected = 0; // across a model reset
};

} // namespace Mandate
