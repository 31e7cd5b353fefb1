#pragma once
// The import wizard: file and format with a preview, column mapping, the check (validation,
// differences, conflicts), then the write with progress. Only the last step writes, in one undo
// step; the check and the write run on worker threads so the window stays responsive. Each page is
// its own class; this one only wires them and keeps Cancel from abandoning a running write.

#include <QWizard>

namespace Mandate {

class ImportCheckPage;
class ImportMappingPage;
class ImportRunPage;
class ImportSourcePage;
class Workspace;

class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { SourcePageId, MappingPageId, CheckPageId, RunPageId };

    explicit ImportWizard(Workspace *workspace, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // Fills in the file (a dropped file) and reads it.
    void setFilePath(const QString &path);

    ImportSourcePage *sourcePage() const { return m_source; }
    ImportMappingPage *mappingPage() const { return m_mapping; }
    ImportCheckPage *checkPage() const { return m_check; }
    ImportRunPage *runPage() const { return m_run; }

    // Cancel, Escape or the close button: during the write it cancels the write and stays open to
    // say that nothing was imported; otherwise it closes (cancelling a running check).
    void reject() override;

private:
    ImportSourcePage *m_source;
    ImportMappingPage *m_mapping;
    ImportCheckPage *m_check;
    ImportRunPage *m_run;
};

} // namespace Mandate
