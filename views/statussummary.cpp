#include "statussummary.h"

#include "rules/derivedfacts.h"
#include "storage/workspace.h"

#include <QAbstractItemModel>
#include <QTimer>

namespace Mandate {

StatusSummary::StatusSummary(QAbstractItemModel *shownModel, QWidget *parent)
    : QLabel(parent)
    , m_shownModel(shownModel)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("statusSummaryLabel"));
    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &StatusSummary::recount);
    connect(shownModel, &QAbstractItemModel::rowsInserted, this, &StatusSummary::schedule);
    connect(shownModel, &QAbstractItemModel::rowsRemoved, this, &StatusSummary::schedule);
    connect(shownModel, &QAbstractItemModel::modelReset, this, &StatusSummary::schedule);
    connect(shownModel, &QAbstractItemModel::layoutChanged, this, &StatusSummary::schedule);
    recount();
}

void StatusSummary::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (workspace) {
        connect(workspace, &Workspace::systemsChanged, this, &StatusSummary::schedule);
        connect(workspace, &Workspace::privilegesChanged, this, &StatusSummary::schedule);
        connect(workspace, &Workspace::systemsAdded, this, &StatusSummary::schedule);
        connect(workspace, &Workspace::systemsRemoved, this, &StatusSummary::schedule);
    }
    schedule();
}

void StatusSummary::schedule()
{
    if (!m_timer->isActive())
        m_timer->start();
}

void StatusSummary::recount()
{
    m_timer->stop();
    if (!m_workspace) {
        setText(tr("No workspace open"));
        return;
    }
    int identitySubjects = 0;
    int nhiRisk = 0;
    for (SystemId id : m_workspace->systemIds()) {
        if (const AiSystem *system = m_workspace->system(id)) {
            identitySubjects += identitySubject(system->behaviour).value == Tristate::Yes ? 1 : 0;
            nhiRisk += Mandate::nhiRisk(system->behaviour, system->privileges).value == Tristate::Yes ? 1 : 0;
        }
    }
    // "Label: count" rather than "%n systems": correct in every language without plural forms.
    const QLocale locale;
    const QString separator = QStringLiteral("  ·  ");
    setText(tr("Systems: %1").arg(locale.toString(m_workspace->systemCount())) + separator
        + tr("Shown: %1").arg(locale.toString(m_shownModel->rowCount())) + separator
        + tr("Identity subjects: %1").arg(locale.toString(identitySubjects)) + separator
        + tr("NHI risk: %1").arg(locale.toString(nhiRisk)));
}

} // namespace Mandate
