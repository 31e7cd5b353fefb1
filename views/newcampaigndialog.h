#pragma once
// Review campaigns > New campaign…: name, scope, reviewers and due date of a new access-review
// campaign (DOMAIN.md section 9). The scope says live how many systems it covers, or why it does not
// parse, so the analyst sees what the campaign will hold before creating it. OK hands the draft to
// Workspace::createCampaign (one undo step); a refusal is shown in the dialog, which stays open.

#include "domain/campaign.h"

#include <QDialog>
#include <QPointer>

class QCompleter;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace Mandate {

class Workspace;

class NewCampaignDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewCampaignDialog(Workspace *workspace, QWidget *parent = nullptr);

    CampaignId createdCampaign() const { return m_created; } // 0 until OK went through
    // The draft as the widgets say it now.
    Campaign draft() const;

    void accept() override;

private:
    void updateCoverage();
    // Completes the name after the last comma, so that several reviewers can be typed in one line.
    void completeReviewer(const QString &text);
    void insertReviewer(const QString &name);

    QPointer<Workspace> m_workspace;
    QLineEdit *m_name;
    QLineEdit *m_scope;
    QLabel *m_coverage;
    QLabel *m_scopeError;
    QLineEdit *m_reviewers;
    QCompleter *m_completer;
    QDateEdit *m_due;
    QLabel *m_error;
    CampaignId m_created = 0;
};

} // namespace Mandate
