#pragma once
// The details dock: a scrollable form for the current system (profile, behaviour, derived facts,
// lifecycle and owners, privilege boundary, runtime evidence, framework mappings, imported attributes). It follows the workspace's change
// announcements for the shown system, so an undo or an edit elsewhere updates the widgets, and it
// shows a hint when nothing is selected.

#include "domain/aisystem.h"

#include <QDockWidget>
#include <QPointer>

class QLabel;

namespace Mandate {

class BehaviourEditor;
class CustomAttributesView;
class DerivedFactsView;
class EvidenceView;
class LifecycleEditor;
class MappingsEditor;
class PrivilegeEditor;
class ProfileEditor;
class SystemEditorGroup;
class Workspace;

class SystemDetailsPanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit SystemDetailsPanel(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    void setSystem(SystemId id); // 0: none
    SystemId systemId() const { return m_systemId; }
    EvidenceView *evidence() const { return m_evidence; }
    // Puts the cursor in the name field, for a system just added.
    void focusName();
    // The dock width at which the form needs no sideways scrolling, in the current language.
    int contentWidth() const;

private:
    void onSystemsChanged(const QVector<SystemId> &ids);
    void onSystemsRemoved(const QVector<SystemId> &ids);
    void commitPendingEdit();
    void updateState();

    QPointer<Workspace> m_workspace;
    SystemId m_systemId = 0;
    QWidget *m_content;
    QLabel *m_hint;
    QLabel *m_title;
    ProfileEditor *m_profile;
    BehaviourEditor *m_behaviour;
    DerivedFactsView *m_derivedFacts;
    LifecycleEditor *m_lifecycle;
    PrivilegeEditor *m_privileges;
    EvidenceView *m_evidence;
    MappingsEditor *m_mappings;
    CustomAttributesView *m_customAttributes;
    QVector<SystemEditorGroup *> m_groups;
};

} // namespace Mandate
