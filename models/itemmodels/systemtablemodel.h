#pragma once
// The inventory as a table: one row per system, over the workspace's in-memory systems. It never
// owns or edits data itself: it observes the workspace's change notifications and turns them into
// precise row and dataChanged signals, and setData() pushes an undo command through the workspace.

#include "storage/workspace.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

namespace Mandate {


class SystemTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        VendorColumn,
        ParadigmColumn,
        SuggestedParadigmColumn,
        RuntimeAuthorityColumn,
        IdentitySubjectColumn,
        NhiRiskColumn,
        LifecycleColumn,
        BusinessOwnerColumn,
        TechnicalOwnerColumn,
        ColumnCount
    };

    enum Role {
        SystemIdRole = Qt::UserRole + 1, // qint64
        SortRole,                        // a value that sorts naturally (enums by rank)
        SearchTextRole,                  // name, vendor, owners and description, lower-cased
        ParadigmRole,                    // int(Paradigm), recorded
        LifecycleRole,                   // int(LifecycleStage)
    };

    explicit SystemTableModel(QObject *parent = nullptr);

    void setWorkspace(Workspace *workspace); // nullptr: empty model
    Workspace *workspace() const { return m_workspace; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    SystemId systemId(int row) const;
    int rowOf(SystemId id) const; // -1 if absent
    QModelIndex indexOf(SystemId id, int column = NameColumn) const;

    // Which columns show a field, directly or through a derived fact. A paradigm change also
    // touches the suggested column, which is emphasised while the two disagree.
    static QVector<int> columnsShowing(SystemField field);

private:
    // What the table shows and sorts by that costs more than a field read: computed on first use,
    // dropped when the system or one of its owners changes. Sorting or filtering 100k rows would
    // otherwise rebuild strings and derived facts on every comparison.
    struct RowFacts
    {
        QString searchText;
        Paradigm suggestedParadigm = Paradigm::Undecided;
        RuntimeAuthority runtimeAuthority = RuntimeAuthority::Unknown;
        Tristate identitySubject = Tristate::Unknown;
        Tristate nhiRisk = Tristate::Unknown;
    };
    const RowFacts &rowFacts(const AiSystem &system) const;
    QVariant derivedData(const AiSystem &system, int column, int role) const;
    void onPeopleChanged(const QVector<PersonId> &ids);
    void onSystemsChanged(const QVector<SystemId> &ids, const SystemFields &fields);
    void onSystemsAdded(const QVector<SystemId> &ids);
    void onSystemsRemoved(const QVector<SystemId> &ids);
    void rebuildRowIndex();
    QString personName(PersonId id) const;

    QPointer<Workspace> m_workspace;
    QVector<SystemId> m_rows;
    QHash<SystemId, int> m_rowOf;
    mutable QHash<SystemId, RowFacts> m_facts;
};

} // namespace Mandate
