#pragma once
// The details panel's Profile group: name, external id, vendor, who operates it, description and
// the paradigm as recorded (the label, which the derived facts may contradict).

#include "systemeditorgroup.h"

namespace Mandate {

class ProfileEditor : public SystemEditorGroup
{
    Q_OBJECT

public:
    explicit ProfileEditor(QWidget *parent = nullptr);

    void focusName();

private:
    QLineEdit *m_name;
};

} // namespace Mandate
