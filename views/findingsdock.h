#pragma once
// The findings dock: what the rules find in the whole workspace or in the systems selected in the
// inventory, most severe first, sortable by any column. Double-clicking a finding asks the window
// to select its system, whose details then show the cause. It owns its menu toggle, so MainWindow
// only places it.

#include "domain/aisystem.h"
#include "rules/findingscache.h"

#include <QDockWidget>
#include <QPointer>
#include <QVector>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace Mandate {

class FindingsModel;
class Workspace;

class FindingsDock : public QDockWidget
{
    Q_OBJECT

public:
    enum ScopeChoice { WholeWorkspace, SelectedSystems };

    explicit FindingsDock(QWidget *parent = nullptr);

    // nullptr: empty. cache: the window's findings of this workspace, shared with the other
    // docks that show findings; nullptr: the dock computes its own.
    void setWorkspace(Workspace *workspace, FindingsCache *cache = nullptr);
    // The inventory's selection; shown when the scope is SelectedSystems.
    void setSelectedSystems(const QVector<SystemId> &ids);
    void setScopeChoice(ScopeChoice choice);
    ScopeChoice scopeChoice() const;

    FindingsModel *model() const { return m_model; }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }
    QTableView *tableView() const { return m_table; }

signals:
    // The analyst asked to go to a finding's cause.
    void systemActivated(Mandate::SystemId id);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void setInitialColumnWidths();
    void applyWorkspace();
    void applyScope();
    void updateCount();
    void activate(const QModelIndex &proxyIndex);

    QPointer<Workspace> m_workspace;
    QPointer<FindingsCache> m_cache;
    QVector<SystemId> m_selected;
    FindingsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_scope;
    QLabel *m_countLabel;
    QTableView *m_table;
};

} // namespace Mandate
