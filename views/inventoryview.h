#pragma once
// The inventory: a filter bar (free text, paradigm, lifecycle stage, and a notice while a dashboard
// bar narrows it) over a table of systems. It
// owns the table model and its filter proxy, maps the view's selection back to system ids, and
// tells the window which system is current.

#include "dashboard/dashboarddata.h"
#include "domain/aisystem.h"

#include <QSet>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace Mandate {

class SystemFilterProxyModel;
class SystemTableModel;
class Workspace;

class InventoryView : public QWidget
{
    Q_OBJECT

public:
    explicit InventoryView(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);

    SystemTableModel *tableModel() const { return m_model; }
    SystemFilterProxyModel *proxyModel() const { return m_proxy; }
    QTableView *tableView() const { return m_table; }

    SystemId currentSystemId() const { return m_currentId; }
    QVector<SystemId> selectedSystemIds() const;
    // Makes the system current and selected, clearing the filters if they hide it.
    void selectSystem(SystemId id);
    // Selects exactly these systems (those the filter shows) and makes current the current one,
    // without touching the filters: the map shows only what the filter lets through anyway.
    void selectSystems(const QVector<SystemId> &ids, SystemId current);
    void focusSearch();
    // Shows only these systems, with a notice naming what filter stands for and a button to clear
    // it: what a click on a dashboard bar asks for. The set is taken as it is; later edits do not
    // change it.
    void setDashboardFilter(const DashboardFilter &filter, const QSet<SystemId> &ids);
    void clearDashboardFilter();
    bool hasDashboardFilter() const;

    // What the analyst has narrowed and selected, for the window that replaces this one when the
    // language changes. Filters by index: the entries are the same in every language.
    struct ViewState
    {
        QString search;
        int paradigmFilter = 0;
        int lifecycleFilter = 0;
        DashboardFilter dashboardFilter; // described anew in the language of the view restored into
        std::optional<QSet<SystemId>> dashboardIds;
        QVector<SystemId> selected;
        SystemId current = 0;
    };
    ViewState viewState() const;
    // Call after setWorkspace: the filters first, then the selection among the rows they show.
    void restoreViewState(const ViewState &state);

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

signals:
    void currentSystemChanged(Mandate::SystemId id); // 0: none
    void selectionChanged();

private:
    QWidget *createFilterBar();
    void setupTable();
    void applySensibleColumnWidths();
    void applySearchText();
    void applyParadigmFilter();
    void applyLifecycleFilter();
    void syncCurrent();

    SystemTableModel *m_model;
    SystemFilterProxyModel *m_proxy;
    QLineEdit *m_search = nullptr;
    QComboBox *m_paradigmFilter = nullptr;
    QComboBox *m_lifecycleFilter = nullptr;
    QWidget *m_dashboardNotice = nullptr;
    QLabel *m_dashboardNoticeLabel = nullptr;
    DashboardFilter m_dashboardFilter;
    QTableView *m_table = nullptr;
    QTimer *m_searchTimer = nullptr;
    SystemId m_currentId = 0;
};

} // namespace Mandate
