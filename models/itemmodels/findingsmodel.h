#pragma once
// The findings of the whole workspace or of some systems as a read-only table, most severe first.
// Findings follow from many tables at once (systems, privileges, credentials), so rather than
// patch rows the model recomputes its list once after each burst of changes the workspace
// announces, coalesced into one pass by a zero-time timer.

#include "rules/findingsengine.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimer>
#include <QVector>
#include <optional>

namespace Mandate {

class Workspace;

class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, RuleColumn, SystemColumn, ReasonColumn, FrameworksColumn, ColumnCount };

    enum Role {
        SystemIdRole = Qt::UserRole + 1, // SystemId
        PrivilegeIdRole, // PrivilegeId, 0 when the finding is about the system's record
        CredentialIdRole, // CredentialId, 0 unless the finding is about a credential
        SortRole, // severity as a number (higher is more severe), other columns case-folded text
    };

    explicit FindingsModel(QObject *parent = nullptr);

    // nullptr: empty. Computes at once; later changes arrive through the workspace's signals.
    void setWorkspace(Workspace *workspace);
    Workspace *workspace() const { return m_workspace; }

    // nullopt: the whole workspace; otherwise only these systems. Recomputes at once.
    void setScope(const std::optional<QVector<SystemId>> &systems);
    const std::optional<QVector<SystemId>> &scope() const { return m_scope; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QVector<SystemFinding> &findings() const { return m_findings; }

    // Recomputes now rather than after the pending changes; the timer makes this unnecessary
    // outside tests and callers that need the list at once.
    void refresh();

private:
    void scheduleRefresh();
    QVariant displayData(const SystemFinding &row, int column) const;

    QPointer<Workspace> m_workspace;
    std::optional<QVector<SystemId>> m_scope;
    QVector<SystemFinding> m_findings;
    QTimer m_refreshTimer;
};

} // namespace Mandate
