#include "governanceactions.h"

#include "credentialsdialog.h"
#include "inventoryview.h"
#include "messagebox.h"
#include "peopledialog.h"
#include "reviewcampaignsdialog.h"
#include "reviewsessiondialog.h"
#include "rules/findingsengine.h"
#include "storage/workspace.h"

#include <QAction>
#include <QGuiApplication>
#include <QMenu>
#include <QSet>
#include <QWidget>

namespace Mandate {

GovernanceActions::GovernanceActions(QWidget *window, InventoryView *inventory)
    : QObject(window)
    , m_window(window)
    , m_inventory(inventory)
    , m_credentials(new QAction(tr("&Credentials…"), this))
    , m_people(new QAction(tr("&People…"), this))
    , m_acceptMappings(new QAction(tr("Accept suggested &mappings"), this))
    , m_reviewCampaigns(new QAction(tr("&Review campaigns…"), this))
{
    m_credentials->setObjectName(QStringLiteral("credentialsAction"));
    m_people->setObjectName(QStringLiteral("peopleAction"));
    m_acceptMappings->setObjectName(QStringLiteral("acceptMappingsAction"));
    m_acceptMappings->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_acceptMappings->setStatusTip(
        tr("Record as gaps the framework items that the selected systems' findings name, in one step"));

    connect(m_credentials, &QAction::triggered, this, [this] {
        auto *dialog = new CredentialsDialog(m_workspace, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_people, &QAction::triggered, this, [this] {
        auto *dialog = new PeopleDialog(m_workspace, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_acceptMappings, &QAction::triggered, this, &GovernanceActions::acceptSuggestedMappings);
    m_reviewCampaigns->setObjectName(QStringLiteral("reviewCampaignsAction"));
    m_reviewCampaigns->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_reviewCampaigns->setStatusTip(tr("List the access-review campaigns, create one, start or close one"));
    connect(m_reviewCampaigns, &QAction::triggered, this, &GovernanceActions::showReviewCampaigns);
    connect(this, &GovernanceActions::reviewSessionRequested, this, &GovernanceActions::openReviewSession);
    connect(m_inventory, &InventoryView::selectionChanged, this, &GovernanceActions::updateEnabled);
    updateEnabled();
}

void GovernanceActions::setWorkspace(Workspace *workspace)
{
    if (m_session && workspace != m_workspace)
        m_session->close();
    m_workspace = workspace;
    updateEnabled();
}

void GovernanceActions::populateToolsMenu(QMenu *menu)
{
    menu->addAction(m_credentials);
    menu->addAction(m_people);
    menu->addSeparator();
    menu->addAction(m_acceptMappings);
    menu->addSeparator();
    menu->addAction(m_reviewCampaigns);
}

void GovernanceActions::openReviewSession(CampaignId id)
{
    startSession(id, {});
}

void GovernanceActions::resumeReviewSession(const ReviewSessionDialog::SessionState &state)
{
    startSession(state.campaign, state.reviewer);
    if (m_session)
        m_session->resume(state);
}

void GovernanceActions::startSession(CampaignId id, const QString &reviewer)
{
    if (!m_workspace)
        return;
    if (m_session)
        m_session->close(); // one session at a time: its position is saved as it goes
    // Reading a campaign of hundreds of thousands of items takes seconds (bench_reviews).
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    m_session = new ReviewSessionDialog(m_workspace, id, reviewer, m_window);
    QGuiApplication::restoreOverrideCursor();
    m_session->setAttribute(Qt::WA_DeleteOnClose);
    m_session->show();
    m_session->activateWindow();
}

ReviewSessionDialog *GovernanceActions::reviewSession() const
{
    return m_session;
}

ReviewCampaignsDialog *GovernanceActions::campaignsDialog() const
{
    return m_campaignsDialog;
}

void GovernanceActions::showReviewCampaigns()
{
    if (!m_workspace)
        return;
    if (!m_campaignsDialog) {
        // Non-modal: the analyst may keep it open beside the inventory. It closes with the workspace.
        m_campaignsDialog = new ReviewCampaignsDialog(m_workspace, m_window);
        m_campaignsDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_campaignsDialog, &ReviewCampaignsDialog::sessionRequested, this,
            &GovernanceActions::reviewSessionRequested);
    }
    m_campaignsDialog->show();
    m_campaignsDialog->raise();
    m_campaignsDialog->activateWindow();
}

void GovernanceActions::updateEnabled()
{
    m_credentials->setEnabled(m_workspace);
    m_people->setEnabled(m_workspace);
    m_reviewCampaigns->setEnabled(m_workspace);
    m_acceptMappings->setEnabled(m_workspace && !m_inventory->selectedSystemIds().isEmpty());
}

void GovernanceActions::acceptSuggestedMappings()
{
    const QVector<SystemId> selected = m_inventory->selectedSystemIds();
    if (!m_workspace || selected.isEmpty())
        return;
    const QVector<MappingSuggestion> suggestions
        = pendingSuggestions(*m_workspace, QDate::currentDate(), selected, m_workspace->catalogs());
    const QString title = tr("Accept suggested mappings");
    if (suggestions.isEmpty()) {
        MessageBox::information(m_window, title,
            tr("The findings of the %Ln selected system(s) suggest no mapping that is not decided already.", nullptr,
                int(selected.size())));
        return;
    }
    QSet<SystemId> systems;
    QVector<Mapping> mappings;
    for (const MappingSuggestion &suggestion : suggestions) {
        mappings << suggestion.accepted();
        systems.insert(suggestion.mapping.systemId);
    }
    const QString question = tr("Record %Ln framework item(s) as gaps", nullptr, int(mappings.size())) + QLatin1Char(' ')
        + tr("for %Ln system(s), with the findings that name them as the reason? This is one step you can undo.",
            nullptr, int(systems.size()));
    if (MessageBox::question(m_window, title, question) != QMessageBox::Yes)
        return;
    if (!m_workspace->setMappings(mappings, tr("Accept %Ln suggested mapping(s)", nullptr, int(mappings.size()))))
        MessageBox::warning(m_window, title, m_workspace->lastError());
}

} // namespace Mandate
