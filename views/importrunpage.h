#pragma once
// Last page of the import wizard: writes the import on a worker thread with progress and Cancel,
// then says what was done, or why nothing was. The workspace lends its connection for the write
// (beginImport) and always gets it back (finishImport), which pushes one undo step for the whole
// import; a cancel or a failure rolls everything back and leaves the workspace as it was.

#include "storage/importwriter.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWizardPage>

class QFormLayout;
class QLabel;

namespace Mandate {

class ImportCheckPage;
class ImportProgress;
class Workspace;

class ImportRunPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportRunPage(Workspace *workspace, const ImportCheckPage *check, QWidget *parent = nullptr);
    ~ImportRunPage() override;

    void initializePage() override;
    bool isComplete() const override;

    bool isWriting() const { return m_writing; }
    void cancel();
    const ImportResult &result() const { return m_result; }

private:
    void onWriteFinished();
    void showResult();

    QPointer<Workspace> m_workspace;
    const ImportCheckPage *m_check;
    ImportProgress *m_progress;
    QLabel *m_outcome;
    QWidget *m_details;
    QFormLayout *m_detailsForm;

    // The worker reads these: members, and never replaced while it runs.
    ImportContext m_context;
    ImportSettings m_settings;
    ImportReport m_checked;
    QFutureWatcher<ImportResult> m_watcher;
    ImportResult m_result;
    bool m_writing = false; // between beginImport and finishImport
    bool m_done = false;
};

} // namespace Mandate
