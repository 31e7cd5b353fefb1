#pragma once
// The details panel's Runtime evidence group (issue 6): the span of the shown system's imported
// evidence, what it was observed doing (undeclared accesses, F-UNDECLARED, in bold with a warning),
// and the declared privileges nothing used (F-UNUSED). Read-only: evidence comes in through
// File > Import runtime evidence and goes with its undo. The model follows the workspace itself.

#include "systemeditorgroup.h"

#include <QPointer>

class QLabel;
class QTableView;

namespace Mandate {

class ObservedAccessModel;

class EvidenceView : public SystemEditorGroup
{
    Q_OBJECT

public:
    explicit EvidenceView(QWidget *parent = nullptr);

    void refresh() override;

    QTableView *tableView() const { return m_table; }
    ObservedAccessModel *model() const { return m_model; }

private:
    void updateLabels();

    ObservedAccessModel *m_model;
    QPointer<Workspace> m_modelWorkspace; // the workspace the model was last given
    QLabel *m_window;
    QTableView *m_table;
    QLabel *m_unused;
};

} // namespace Mandate
