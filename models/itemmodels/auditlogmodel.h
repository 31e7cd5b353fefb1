#pragma once
// The workspace's audit log as a read-only table, newest entry first. A log can hold millions of
// entries, so it is read in pages as the view scrolls (canFetchMore/fetchMore), and entries written
// while it is shown are put on top as the workspace announces them (auditAppended).

#include "storage/auditentry.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QVector>

namespace Mandate {

class Workspace;

class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SequenceColumn,
        TimeColumn,
        ActorColumn,
        ActionColumn,
        EntityColumn,
        FieldColumn,
        OldValueColumn,
        NewValueColumn,
        ColumnCount
    };

    enum Role {
        SequenceRole = Qt::UserRole + 1, // qint64
        RawValueRole, // the stored text of the cell, untranslated and unshortened
    };

    static constexpr int pageSize = 500;

    explicit AuditLogModel(QObject *parent = nullptr);

    // nullptr: empty model. Loads the newest page at once; older pages come with fetchMore().
    void setWorkspace(Workspace *workspace);
    Workspace *workspace() const { return m_workspace; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // The entry shown in a row; nullptr outside the rows loaded so far.
    const AuditEntry *entry(int row) const;

private:
    void reload();
    void onAuditAppended(qint64 lastSequence);
    QVariant displayData(const AuditEntry &entry, int column) const;
    static QVariant rawData(const AuditEntry &entry, int column);

    QPointer<Workspace> m_workspace;
    // Rows are m_appended newest first (it is kept ascending, so appends are cheap), then m_older
    // (kept descending, so each older page is appended at its end).
    QVector<AuditEntry> m_appended;
    QVector<AuditEntry> m_older;
    qint64 m_newest = 0; // sequence of row 0; 0 while the log is empty
    qint64 m_oldest = 1; // sequence of the last row; 1 when everything is loaded
    bool m_changing = false; // while this model's reset or insert signals are out
};

} // namespace Mandate
