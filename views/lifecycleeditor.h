#pragma once
// The details panel's Lifecycle and owners group: lifecycle stage, the three owners (picked from
// the workspace's people or typed as a new name, which creates the person in the same undo step),
// the offboarding plan and the review cadence.

#include "systemeditorgroup.h"

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

    struct OwnerCombo
    {
        SystemField field;
        QComboBox *combo;
    };
    QVector<OwnerCombo> m_owners;
    QSpinBox *m_reviewCadence;
};

} // namespace Mandate
