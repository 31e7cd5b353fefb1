#pragma once
// The details panel's Derived facts group: identity subject, NHI risk, runtime authority, suggested
// paradigm and access footprint of the shown system, each with the rationale that decided it, and a
// warning when the behaviour contradicts the recorded paradigm. Read-only; it refreshes whenever the
// workspace announces a change to the system, so it follows every edit and every undo live.

#include "systemeditorgroup.h"

class QLabel;

namespace Mandate {

class DerivedFactsView : public SystemEditorGroup
{
    Q_OBJECT

public:
    explicit DerivedFactsView(QWidget *parent = nullptr);

    void refresh() override;

private:
    struct FactLabels
    {
        QLabel *value;
        QLabel *rationale;
    };

    FactLabels addFact(const QString &caption, const QString &objectNamePrefix, const QString &toolTip);
    static void show(const FactLabels &labels, const QString &value, const QStringList &rationale);

    FactLabels m_identitySubject;
    FactLabels m_nhiRisk;
    FactLabels m_runtimeAuthority;
    FactLabels m_suggestedParadigm;
    FactLabels m_accessFootprint;
    QWidget *m_warning;
    QLabel *m_warningText;
};

} // namespace Mandate
