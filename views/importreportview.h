#pragma once
// What the check pass found, in tabs an analyst can work through before importing: problems and
// secrets by line and column (never the secret), new systems, changed systems with each field's
// old and new value, conflicts with the analyst's own work (one checkbox each: "use the file's
// value"), systems the file no longer names, and notes.

#include "io/importanalyzer.h"

#include <QTabWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace Mandate {

class ImportReportView : public QTabWidget
{
    Q_OBJECT

public:
    enum Tab { ProblemsTab, SecretsTab, NewTab, ChangedTab, ConflictsTab, MissingTab, NotesTab };

    explicit ImportReportView(QWidget *parent = nullptr);

    void showReport(const ImportReport &report, const WorkspaceSnapshot &workspace);
    void clearReport();

    // The conflicts ticked "use the file's value"; the others keep the workspace value.
    ConflictChoices conflictChoices() const;
    void setAllConflicts(bool takeFile);
    QTreeWidget *conflictList() const { return m_conflicts; }

private:
    QTreeWidget *addList(Tab tab, const QString &objectName, const QStringList &headers);
    QWidget *conflictsPage();
    void finishTab(Tab tab, const QString &title, qint64 count);

    QTreeWidget *m_problems;
    QTreeWidget *m_secrets;
    QTreeWidget *m_new;
    QTreeWidget *m_changed;
    QTreeWidget *m_conflicts;
    QTreeWidget *m_missing;
    QTreeWidget *m_notes;
};

} // namespace Mandate
