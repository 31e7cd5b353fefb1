#include "reviewcommands.h"

namespace Mandate {
namespace {

Workspace::Origin originOf(bool *firstRedo)
{
    const bool first = *firstRedo;
    *firstRedo = false;
    return first ? Workspace::Origin::Edit : Workspace::Origin::Redo;
}

} // namespace

CreateCampaignCommand::CreateCampaignCommand(
    Workspace *workspace, const Campaign &campaign, const QVector<ReviewItem> &items, CampaignId *created)
    : QUndoCommand(Workspace::tr("Create review campaign %1").arg(campaign.name))
    , m_workspace(workspace)
    , m_campaign(campaign)
    , m_items(items)
    , m_created(created)
{
}

void CreateCampaignCommand::redo()
{
    // The first redo writes the ids the database chose back into m_campaign and m_items, so a
    // later redo brings the campaign back under the same ones.
    if (!m_workspace->applyCampaignInsert(&m_campaign, &m_items, originOf(&m_firstRedo)))
        setObsolete(true);
    else if (m_created)
        *m_created = m_campaign.id;
    m_created = nullptr;
}

void CreateCampaignCommand::undo()
{
    if (!m_workspace->applyCampaignRemove(m_campaign.id, Workspace::Origin::Undo))
        setObsolete(true);
}

ReviewDecisionsCommand::ReviewDecisionsCommand(Workspace *workspace, CampaignId campaign,
    const QVector<ReviewItem> &before, const QVector<ReviewItem> &after, const QString &text, bool *stored)
    : QUndoCommand(text)
    , m_workspace(workspace)
    , m_campaign(campaign)
    , m_before(before)
    , m_after(after)
    , m_stored(stored)
{
}

void ReviewDecisionsCommand::redo()
{
    const bool ok = m_workspace->applyReviewDecisions(m_campaign, m_before, &m_after, originOf(&m_firstRedo));
    if (!ok)
        setObsolete(true);
    if (m_stored)
        *m_stored = ok;
    m_stored = nullptr;
}

void ReviewDecisionsCommand::undo()
{
    if (!m_workspace->applyReviewDecisions(m_campaign, m_after, &m_before, Workspace::Origin::Undo))
        setObsolete(true);
}

CampaignStateCommand::CampaignStateCommand(Workspace *workspace, const CampaignState &before,
    const CampaignState &after, const QString &text, bool *stored)
    : QUndoCommand(text)
    , m_workspace(workspace)
    , m_before(before)
    , m_after(after)
    , m_stored(stored)
{
}

void CampaignStateCommand::redo()
{
    const bool ok = m_workspace->applyCampaignState(m_before, &m_after, originOf(&m_firstRedo));
    if (!ok)
        setObsolete(true);
    if (m_stored)
        *m_stored = ok;
    m_stored = nullptr;
}

void CampaignStateCommand::undo()
{
    if (!m_workspace->applyCampaignState(m_after, &m_before, Workspace::Origin::Undo))
        setObsolete(true);
}

} // namespace Mandate
