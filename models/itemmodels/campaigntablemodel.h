#pragma once
// The workspace's review campaigns as a read-only table, for the Review campaigns dialog: what each
// covers at a glance (status, reviewers, due date, how far the review has got). Campaigns are few, so
// the model simply reloads whenever the workspace says campaigns changed (an edit or its undo).

#include "domain/campaign.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QVector>

namespace Mandate {

class Workspace;

class CampaignTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        StatusColumn,
        ReviewersColumn,
        DueColumn,
        ProgressColumn, // display "12 of 40"; Qt::UserRole the percent decided (0..100), for a progress bar
        CreatedColumn,
        ColumnCount
    };

    enum Role {
        CampaignIdRole = Qt::UserRole + 1, // qint64, any column
    };

    explicit CampaignTableModel(QObject *parent = nullptr);

    void setWorkspace(Workspace *workspace); // nullptr: empty model

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Campaign campaignAt(int row) const; // id 0 when out of range
    int rowOf(CampaignId id) const;     // -1 if absent
    // An open campaign whose due date has passed.
    static bool isOverdue(const Campaign &campaign, const QDate &today);

private:
    void reload();

    QPointer<Workspace> m_workspace;
    QVector<Campaign> m_rows; // as Workspace::campaigns() orders them: newest first
};

} // namespace Mandate
