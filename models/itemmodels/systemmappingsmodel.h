#pragma once
// One system's framework mappings and the mappings its findings suggest, as one table for the
// details panel (issue 5, item 5). Decided mappings come first, then the suggestions nobody has
// decided yet, each with the rules behind it. The model only observes and asks: editing a decided
// row hands a changed copy to the workspace; editing a suggestion's status accepts it with that
// status; accepting, rejecting and removing go through the workspace too, so each is one undo step.
// Suggestions follow from the findings, which follow from many tables, so the model recomputes
// after each burst of announced changes, coalesced by a zero-time timer.

#include "rules/frameworkcatalog.h"
#include "rules/mappingsuggestions.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QPointer>
#include <QTimer>

namespace Mandate {

class Workspace;

class SystemMappingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The catalog comes last and by id: the item id mostly says it, and the panel is narrow.
    enum Column { ItemColumn, StatusColumn, NoteColumn, EvidenceColumn, DecidedColumn, FrameworkColumn, ColumnCount };

    enum Role {
        MappingIdRole = Qt::UserRole + 1, // qint64, 0 on a suggestion
        IsSuggestionRole,                 // bool
        // For the status column: a QVariantList of QStringList{ id, label } pairs (VocabularyDelegate).
        ChoicesRole,
    };

    explicit SystemMappingsModel(QObject *parent = nullptr);

    void setWorkspace(Workspace *workspace); // nullptr: empty model
    void setSystem(SystemId id);             // 0: empty model
    SystemId systemId() const { return m_systemId; }
    // The day findings are judged on (review due, credential age); today unless a test says otherwise.
    void setToday(const QDate &today);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // False when the workspace refuses (lastError() says why) or nothing changes.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    bool isSuggestion(int row) const;
    int suggestionCount() const { return int(m_suggestions.size()); }
    int decidedCount() const { return int(m_decided.size()); }

    // Each is one undo step over the rows that apply (suggestions for the first two, decided
    // mappings for the last); false when none applies or the workspace refuses.
    bool acceptSuggestions(const QList<int> &rows);
    // Stored as not applicable, with a note naming the rules, so the suggestion does not come back.
    bool rejectSuggestions(const QList<int> &rows);
    bool removeMappings(const QList<int> &rows);

    // Recomputes now instead of after the pending changes (tests, and callers that need it at once).
    void refresh();

    QString lastError() const { return m_lastError; }

signals:
    void editRefused(const QString &message);

private:
    void scheduleRefresh();
    const Mapping &mappingAt(int row) const;
    const CatalogItem *catalogItem(const Mapping &mapping) const;
    const FrameworkCatalog *catalog(const QString &catalogId) const;
    QVariant displayData(int row, int column) const;
    bool refuse(const QString &message);

    QPointer<Workspace> m_workspace;
    SystemId m_systemId = 0;
    QDate m_today;
    QVector<FrameworkCatalog> m_catalogs;
    QVector<Mapping> m_decided;
    QVector<MappingSuggestion> m_suggestions;
    QTimer m_refreshTimer;
    QString m_lastError;
};

} // namespace Mandate
