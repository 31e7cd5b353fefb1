#pragma once
// The details panel's Behaviour group: one combo box per behaviour attribute of DOMAIN.md section 3,
// the facts the classifier decides from. "Unknown" is offered everywhere because it is a real answer.

#include "systemeditorgroup.h"

namespace Mandate {

class BehaviourEditor : public SystemEditorGroup
{
    Q_OBJECT

public:
    explicit BehaviourEditor(QWidget *parent = nullptr);
};

} // namespace Mandate
