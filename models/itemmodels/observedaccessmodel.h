#pragma once
// What one system was observed doing at runtime (issue 6), as a read-only table for the details
// panel: one row per (target, tool, action) from Workspace::observedAccess, with how often and when
// last. A row no active privilege allows is flagged undeclared (the F-UNDECLARED rule, per access
// rather than per target), and the declared privileges nothing used (F-UNUSED) are kept beside it.
// Aggregating a system's evidence is a database query over possibly millions of events, so the
// model reads it only when the shown system or its evidence changes; a privilege edit only
// re-judges the rows it already has.

#include "domain/aisystem.h"
#include "domain/observedaccess.h"
#include "domain/privilege.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QPointer>

namespace Mandate {

class Workspace;

class ObservedAccessModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TargetColumn, ToolColumn, ActionColumn, CountColumn, LastSeenColumn, ColumnCount };
    enum Role {
        UndeclaredRole = Qt::UserRole + 1, // bool: no active privilege allows this access
    };

    explicit ObservedAccessModel(QObject *parent = nullptr);

    void setWorkspace(Workspace *workspace); // nullptr: empty model
    void setSystem(SystemId id);             // 0: empty model
    SystemId systemId() const { return m_systemId; }
    // Shown beside an undeclared access's target (the views pick a style's icon; models have none).
    void setWarningIcon(const QIcon &icon);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    bool isUndeclared(int row) const;
    int undeclaredCount() const;
    const EvidenceWindow &window() const { return m_window; }
    // Active privileges whose target no observed access touches; empty without evidence.
    const QVector<Privilege> &unusedPrivileges() const { return m_unused; }

    // Reads the system's evidence again now.
    void reload();

signals:
    // The rows, the window or the unused privileges may differ (after a reload or a privilege edit).
    void evidenceUpdated();

private:
    void judge(); // the undeclared flags and the unused privileges, from the privileges now
    QString undeclaredTip(int row) const;

    QPointer<Workspace> m_workspace;
    SystemId m_systemId = 0;
    QVector<ObservedAccess> m_rows;
    QVector<bool> m_undeclared;
    QVector<Privilege> m_unused;
    EvidenceWindow m_window;
    QIcon m_warningIcon;
};

} // namespace Mandate
