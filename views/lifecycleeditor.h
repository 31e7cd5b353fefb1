#pragma once
// The details panel's Lifecycle and owners group: lifecycle stage, the three owners (picked from
// the workspace's people or typed as a new name, which creates the person in the same undo step),
// the offboarding plan with its checklist (all four ticked before the stage may be Offboarded), the
// review cadence and when the system was last reviewed.

#include "systemeditorgroup.h"

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace Mandate {

class LifecycleEditor : public SystemEditorGroup
{
    Q_OBJECT

public:
    explicit LifecycleEditor(QWidget *parent = nullptr);

    void refresh() override;
    // Refills the owner lists from the workspace's people.
    void reloadPeople();

private:
    QComboBox *addOwnerCombo(SystemField field, const QString &objectName);
    void commitOwner(SystemField field, const QString &name);
    QString ownerName(SystemField field) const;
    void addChecklist();
    void addReviewRows();
    // After a stage was chosen: when the workspace refused it, says why (the combo is back already).
    void reportRefusedStage(const QString &chosen);

    struct OwnerCombo
    {
        SystemField field;
        QComboBox *combo;
    };
    QVector<OwnerCombo> m_owners;
    QSpinBox *m_reviewCadence;
    struct ChecklistBox
    {
        SystemField field;
        QCheckBox *box;
    };
    QVector<ChecklistBox> m_checklist;
    QLabel *m_lastReviewed = nullptr;
    QPushButton *m_markReviewed = nullptr;
};

} // namespace Mandate
