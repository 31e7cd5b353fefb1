#include "importwizard.h"

#include "importcheckpage.h"
#include "importmappingpage.h"
#include "importrunpage.h"
#include "importsourcepage.h"

namespace Mandate {

ImportWizard::ImportWizard(Workspace *workspace, QWidget *parent)
    : QWizard(parent)
    , m_source(new ImportSourcePage(this))
    , m_mapping(new ImportMappingPage(m_source, this))
    , m_check(new ImportCheckPage(workspace, m_source, m_mapping, this))
    , m_run(new ImportRunPage(workspace, m_check, this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import inventory"));
    setWizardStyle(QWizard::ModernStyle);
    setOptions(options() | QWizard::NoBackButtonOnLastPage | QWizard::NoCancelButtonOnLastPage);
    setPage(SourcePageId, m_source);
    setPage(MappingPageId, m_mapping);
    setPage(CheckPageId, m_check);
    setPage(RunPageId, m_run);
    setStartId(SourcePageId);
    resize(960, 680);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::setFilePath(const QString &path)
{
    m_source->setFilePath(path);
}

void ImportWizard::reject()
{
    if (m_run->isWriting()) {
        m_run->cancel();
        return;
    }
    m_check->cancel();
    QWizard::reject();
}

} // namespace Mandate
