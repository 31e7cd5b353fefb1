#pragma once
// Third page of the import wizard: runs the check pass on a worker thread (progress, Cancel) and
// shows what the import would do, before anything is written: counts, problems, secrets, new and
// changed systems, conflicts with the analyst's own work, missing systems. The analyst decides
// the conflicts and whether rows with problems are skipped or abort the import. It is the commit
// page: its Import button starts the write.

#include "io/importanalyzer.h"
#include "io/importpass.h"

#include <QFutureWatcher>
#include <QHash>
#include <QPointer>
#include <QWizardPage>

class QLabel;
class QPushButton;
class QRadioButton;

namespace Mandate {

class ImportMappingPage;
class ImportProgress;
class ImportReportView;
class ImportSourcePage;
class Workspace;

class ImportCheckPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportCheckPage(Workspace *workspace, const ImportSourcePage *source, const ImportMappingPage *mapping,
        QWidget *parent = nullptr);
    ~ImportCheckPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool isChecking() const { return m_checking; }
    void cancel();

    // Everything the analyst chose, for the write pass: file, format, mapping, key, the bad-row
    // choice and the conflicts given to the file.
    ImportSettings settings() const;
    const ImportReport &report() const { return m_report; }
    ImportReportView *reportView() const { return m_view; }

private:
    void startCheck();
    void stopCheck();
    void onCheckFinished();
    void showCounts();
    void updateChoiceNote();
    QWidget *countTile(const char *objectName, const QString &caption);

    QPointer<Workspace> m_workspace;
    const ImportSourcePage *m_source;
    const ImportMappingPage *m_mapping;

    ImportProgress *m_progress;
    QPushButton *m_checkAgain;
    QLabel *m_error;
    QWidget *m_counts;
    QHash<QString, QLabel *> m_countLabels; // by object name
    ImportReportView *m_view;
    QWidget *m_choice;
    QRadioButton *m_skip;
    QRadioButton *m_abort;
    QLabel *m_choiceNote;

    // The worker reads these: members, and never replaced while it runs.
    ImportSettings m_settings;
    WorkspaceSnapshot m_snapshot;
    QFutureWatcher<ImportReport> m_watcher;
    ImportReport m_report;
    bool m_checking = false; // from the start until the result is shown
    bool m_checked = false;
};

} // namespace Mandate
