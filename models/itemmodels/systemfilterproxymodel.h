#pragma once
// Filters the inventory by free text (name, vendor, owners, description), recorded paradigm,
// lifecycle stage and, optionally, a set of system ids (what a dashboard bar stands for). Each filter change invalidates once: QSortFilterProxyModel's incremental path is
// quadratic on scattered changes at 100k rows.

#include "domain/aisystem.h"
#include "domain/vocabulary.h"

#include <QSet>

#include <QSortFilterProxyModel>

#include <optional>

namespace Mandate {

class SystemFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SystemFilterProxyModel(QObject *parent = nullptr);

    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    std::optional<Paradigm> paradigmFilter() const { return m_paradigm; }
    void setParadigmFilter(std::optional<Paradigm> paradigm);
    std::optional<LifecycleStage> lifecycleFilter() const { return m_lifecycle; }
    void setLifecycleFilter(std::optional<LifecycleStage> stage);
    // Only these systems (nullopt: no such filter); combined with the others.
    const std::optional<QSet<SystemId>> &systemIdFilter() const { return m_systemIds; }
    void setSystemIdFilter(const std::optional<QSet<SystemId>> &ids);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_searchText;
    QStringList m_terms; // lower-cased words; a row matches when it contains all of them
    std::optional<Paradigm> m_paradigm;
    std::optional<LifecycleStage> m_lifecycle;
    std::optional<QSet<SystemId>> m_systemIds;
};

} // namespace Mandate
