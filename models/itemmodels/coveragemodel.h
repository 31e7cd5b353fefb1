#pragma once
// The coverage matrix (issue 5, item 6): systems (rows) by the items of one framework catalog
// (columns), each cell the mapping's status. It observes the workspace and never edits: mappings
// are set through Workspace::setMapping(). A set of system ids narrows the rows, and coverage()
// follows the rows shown, so a filtered matrix and its percentage always agree.

#include "rules/frameworkcatalog.h"
#include "storage/workspace.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <optional>

namespace Mandate {

class CoverageModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        SystemIdRole = Qt::UserRole + 1, // qint64, on every cell and on the vertical header
        StatusRole,                      // int(MappingStatus), invalid for an unmapped cell
        MappingIdRole,                   // qint64, 0 for an unmapped cell
        ItemIdRole,                      // QString, on every cell and on the horizontal header
    };

    // How far a set of systems is covered against one catalog. Coverage counts only pairs an
    // analyst has mapped: of the (system, item) pairs with a mapping, the share that is mitigated
    // or not applicable. A gap or partial mapping counts against it; an unmapped pair does not
    // count at all, since nobody has said whether the item applies.
    struct Coverage
    {
        int mapped = 0;  // (system, item) pairs with a mapping
        int covered = 0; // of those, mitigated or not applicable
        // 0 to 100; nullopt when nothing is mapped (no figure rather than a misleading 0 %).
        std::optional<double> percent() const
        {
            return mapped == 0 ? std::nullopt : std::optional<double>(100.0 * covered / mapped);
        }
    };
    // The same figure without a model, for the dashboard and the CLI: mappings of other catalogs,
    // and of systems outside systems when it is given, are left out.
    static Coverage coverageOf(const QVector<Mapping> &mappings, const QString &catalogId,
                               const std::optional<QSet<SystemId>> &systems = std::nullopt);

    explicit CoverageModel(QObject *parent = nullptr);

    void setWorkspace(Workspace *workspace); // nullptr: empty model
    Workspace *workspace() const { return m_workspace; }
    void setCatalog(const FrameworkCatalog &catalog);
    const FrameworkCatalog &catalog() const { return m_catalog; }
    // Only these systems as rows (in ascending id order, those that exist); nullopt: every system.
    void setSystemFilter(const std::optional<QSet<SystemId>> &systems);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    SystemId systemId(int row) const;
    // Over the rows shown and the catalog's items (see Coverage).
    Coverage coverage() const;

signals:
    // The cells changed, so coverage() may have too.
    void coverageChanged();

private:
    void reload();
    void reloadSystems(const QVector<SystemId> &ids);
    const Mapping *mappingAt(int row, int column) const;

    QPointer<Workspace> m_workspace;
    FrameworkCatalog m_catalog;
    std::optional<QSet<SystemId>> m_filter;
    QVector<SystemId> m_rows;
    QHash<SystemId, int> m_rowOf;
    // This catalog's mappings by system, then by item id; systems without one are absent.
    QHash<SystemId, QHash<QString, Mapping>> m_mappings;
};

} // namespace Mandate
