#pragma once
// The details panel's Framework mappings group (issue 5, item 5): the shown system's mappings to
// catalog items, and below them in italics what its findings suggest, with the rules as reason.
// The analyst accepts, rejects or edits each suggestion, alone or several at once; decided rows
// edit in place and can be removed. Every change is one undo step through the workspace.

#include "systemeditorgroup.h"

#include <QPointer>

class QAction;
class QLabel;
class QPushButton;
class QTableView;

namespace Mandate {

class SystemMappingsModel;

class MappingsEditor : public SystemEditorGroup
{
    Q_OBJECT

public:
    explicit MappingsEditor(QWidget *parent = nullptr);

    void refresh() override;

    QTableView *tableView() const { return m_table; }
    SystemMappingsModel *model() const { return m_model; }

private:
    QList<int> selectedRows() const;
    void acceptSelected();
    void acceptAll();
    void rejectSelected();
    void removeSelected();
    void updateState();

    SystemMappingsModel *m_model;
    QPointer<Workspace> m_modelWorkspace; // the workspace the model was last given
    QTableView *m_table;
    QLabel *m_summary;
    QPushButton *m_accept;
    QPushButton *m_reject;
    QPushButton *m_acceptAll;
    QPushButton *m_remove;
    QLabel *m_error;
};

} // namespace Mandate
