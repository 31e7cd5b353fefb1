#pragma once
// The undo steps of access reviews (issue 6): creating a campaign, recording decisions, and
// changing its state (sign-off with its remediation, or closing). Each keeps both sides whole, so
// undo and redo write exactly the rows they had, under the same ids.

#include "storage/workspace.h"

#include <QUndoCommand>

namespace Mandate {

class CreateCampaignCommand : public QUndoCommand
{
public:
    // created, if given, receives the campaign's id on the first successful redo.
    CreateCampaignCommand(Workspace *workspace, const Campaign &campaign, const QVector<ReviewItem> &items,
                          CampaignId *created);
    void redo() override;
    void undo() override;

private:
    Workspace *m_workspace;
    Campaign m_campaign;
    QVector<ReviewItem> m_items;
    CampaignId *m_created;
    bool m_firstRedo = true;
};

class ReviewDecisionsCommand : public QUndoCommand
{
public:
    ReviewDecisionsCommand(Workspace *workspace, CampaignId campaign, const QVector<ReviewItem> &before,
                           const QVector<ReviewItem> &after, const QString &text, bool *stored);
    void redo() override;
    void undo() override;

private:
    Workspace *m_workspace;
    CampaignId m_campaign;
    QVector<ReviewItem> m_before;
    QVector<ReviewItem> m_after;
    bool *m_stored;
    bool m_firstRedo = true;
};

// The campaign, its items and the privileges it touches, before and after. A sign-off holds every
// item as counted (with its version), so it is not applied over a decision it has not seen; closing
// holds none.
struct CampaignState
{
    Campaign campaign;
    QVector<ReviewItem> items;
    QVector<Privilege> privileges;
};

class CampaignStateCommand : public QUndoCommand
{
public:
    CampaignStateCommand(Workspace *workspace, const CampaignState &before, const CampaignState &after,
                         const QString &text, bool *stored);
    void redo() override;
    void undo() override;

private:
    Workspace *m_workspace;
    CampaignState m_before;
    CampaignState m_after;
    bool *m_stored;
    bool m_firstRedo = true;
};

} // namespace Mandate
