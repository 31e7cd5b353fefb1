#include "systemdetailspanel.h"

#include "behavioureditor.h"
#include "customattributesview.h"
#include "derivedfactsview.h"
#include "evidenceview.h"
#include "lifecycleeditor.h"
#include "mappingseditor.h"
#include "privilegeeditor.h"
#include "profileeditor.h"
#include "storage/workspace.h"

#include <QApplication>
#include <QLabel>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>
#include <algorithm>

namespace Mandate {

SystemDetailsPanel::SystemDetailsPanel(QWidget *parent)
    : QDockWidget(tr("System details"), parent)
{
    setObjectName(QStringLiteral("detailsDock"));
    setFeatures(
        QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);

    auto *content = new QWidget;
    m_content = content;
    auto *layout = new QVBoxLayout(content);

    m_title = new QLabel(content);
    m_title->setObjectName(QStringLiteral("detailsTitleLabel"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    m_hint = new QLabel(tr("Select a system in the inventory to see and edit its details."), content);
    m_hint->setObjectName(QStringLiteral("detailsHintLabel"));
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setMargin(12);
    layout->addWidget(m_hint);

    m_profile = new ProfileEditor(content);
    m_behaviour = new BehaviourEditor(content);
    m_derivedFacts = new DerivedFactsView(content);
    m_lifecycle = new LifecycleEditor(content);
    m_privileges = new PrivilegeEditor(content);
    m_evidence = new EvidenceView(content);
    m_mappings = new MappingsEditor(content);
    m_customAttributes = new CustomAttributesView(content);
    m_groups = { m_profile, m_behaviour, m_derivedFacts, m_lifecycle, m_privileges, m_evidence, m_mappings,
        m_customAttributes };
    int captionWidth = 0;
    for (SystemEditorGroup *group : std::as_const(m_groups)) {
        layout->addWidget(group);
        captionWidth = std::max(captionWidth, group->captionWidth());
    }
    for (SystemEditorGroup *group : std::as_const(m_groups))
        group->setCaptionWidth(captionWidth);
    m_customAttributes->setKeyWidth(captionWidth);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("detailsScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // A panel squeezed below what its captions and editors need (long German or French captions)
    // scrolls sideways rather than cutting them off.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    scroll->setWidget(content);
    setWidget(scroll);

    updateState();
}

void SystemDetailsPanel::setWorkspace(Workspace *workspace)
{
    commitPendingEdit();
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_systemId = 0;
    for (SystemEditorGroup *group : std::as_const(m_groups))
        group->setWorkspace(workspace);
    if (workspace) {
        connect(workspace, &Workspace::systemsChanged, this,
            [this](const QVector<SystemId> &ids) { onSystemsChanged(ids); });
        connect(workspace, &Workspace::privilegesChanged, this,
            [this](const QVector<SystemId> &ids) { onSystemsChanged(ids); });
        connect(workspace, &Workspace::systemsRemoved, this, &SystemDetailsPanel::onSystemsRemoved);
        connect(workspace, &Workspace::peopleChanged, m_lifecycle, &LifecycleEditor::reloadPeople);
    }
    m_lifecycle->reloadPeople();
    setSystem(0);
}

void SystemDetailsPanel::setSystem(SystemId id)
{
    if (id == m_systemId && id != 0)
        return;
    commitPendingEdit();
    m_systemId = m_workspace && m_workspace->system(id) ? id : 0;
    for (SystemEditorGroup *group : std::as_const(m_groups))
        group->setSystemId(m_systemId);
    updateState();
}

void SystemDetailsPanel::focusName()
{
    if (m_systemId)
        m_profile->focusName();
}

int SystemDetailsPanel::contentWidth() const
{
    // Measured on the groups rather than the scroll area's content: with no system selected the
    // groups are hidden, and the content would report only the hint's width.
    int groups = 0;
    for (const SystemEditorGroup *group : std::as_const(m_groups))
        groups = std::max(groups, group->minimumSizeHint().width());
    const QMargins margins = m_content->layout()->contentsMargins();
    return groups + margins.left() + margins.right() + style()->pixelMetric(QStyle::PM_ScrollBarExtent)
        + 2 * style()->pixelMetric(QStyle::PM_DockWidgetFrameWidth);
}

void SystemDetailsPanel::commitPendingEdit()
{
    // Line and text edits commit when they lose focus: make that happen while the system and the
    // workspace they edit are still the ones shown.
    QWidget *focused = QApplication::focusWidget();
    if (focused && widget() && widget()->isAncestorOf(focused))
        focused->clearFocus();
}

void SystemDetailsPanel::onSystemsChanged(const QVector<SystemId> &ids)
{
    if (!m_systemId || !ids.contains(m_systemId))
        return;
    for (SystemEditorGroup *group : std::as_const(m_groups))
        group->refresh();
    updateState();
}

void SystemDetailsPanel::onSystemsRemoved(const QVector<SystemId> &ids)
{
    if (m_systemId && ids.contains(m_systemId))
        setSystem(0);
}

void SystemDetailsPanel::updateState()
{
    const AiSystem *shown = m_workspace && m_systemId ? m_workspace->system(m_systemId) : nullptr;
    m_hint->setText(m_workspace ? tr("Select a system in the inventory to see and edit its details.")
                                : tr("Open or create a workspace to see its systems."));
    const bool hasSystem = shown != nullptr;
    m_hint->setVisible(!hasSystem);
    m_title->setVisible(hasSystem);
    m_title->setText(hasSystem ? shown->name : QString());
    for (SystemEditorGroup *group : std::as_const(m_groups))
        group->setEnabled(hasSystem);
}

} // namespace Mandate
