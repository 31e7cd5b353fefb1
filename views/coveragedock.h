#pragma once
// The coverage matrix dock (issue 5, item 6): systems by the items of one framework catalog, each
// cell the mapping's status in words and colour, with the catalog's coverage as a percentage over
// the rows shown. Rows narrow by a name filter and to the inventory's selection. It also owns the
// action that loads an extra catalog file into the workspace, since the catalogs are what it shows.
// Double-clicking a cell asks the window to select its system.

#include "domain/aisystem.h"

#include <QDockWidget>
#include <QPointer>
#include <QVector>

class QAction;
class QCheckBox;
class QComboBox;
class QIdentityProxyModel;
class QLabel;
class QLineEdit;
class QTableView;

namespace Mandate {

class CoverageModel;
class Workspace;

class CoverageDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit CoverageDock(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace); // nullptr: empty
    // The inventory's selection; the rows when "Selected systems only" is on.
    void setSelectedSystems(const QVector<SystemId> &ids);
    // Loads a catalog file into the workspace; a refusal is shown naming the file. False if refused.
    bool loadCatalogFile(const QString &path);
    // Asks for a *.json file, then loadCatalogFile(); in the Tools menu.
    QAction *loadCatalogAction() const { return m_loadAction; }

    CoverageModel *model() const { return m_model; }
    QComboBox *catalogComboBox() const { return m_catalog; }
    QLineEdit *filterEdit() const { return m_filter; }
    QCheckBox *selectedOnlyCheckBox() const { return m_selectedOnly; }
    QTableView *tableView() const { return m_table; }
    QLabel *coverageLabel() const { return m_coverageLabel; }

signals:
    // The analyst asked to go to a cell's system.
    void systemActivated(Mandate::SystemId id);

private:
    void fillCatalogs();
    void applyCatalog();
    void applyFilter();
    void updateCoverage();
    void chooseCatalogFile();

    QPointer<Workspace> m_workspace;
    QVector<SystemId> m_selected;
    CoverageModel *m_model;
    QIdentityProxyModel *m_colours;
    QComboBox *m_catalog;
    QLineEdit *m_filter;
    QCheckBox *m_selectedOnly;
    QLabel *m_coverageLabel;
    QTableView *m_table;
    QAction *m_loadAction;
};

} // namespace Mandate
