#include "evidenceview.h"

#include "compacttable.h"
#include "domain/vocabulary.h"
#include "itemmodels/observedaccessmodel.h"
#include "storage/workspace.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QTableView>

#include <algorithm>
#include <climits>

namespace Mandate {

EvidenceView::EvidenceView(QWidget *parent)
    : SystemEditorGroup(tr("Runtime evidence"), parent)
    , m_model(new ObservedAccessModel(this))
    , m_window(new QLabel(this))
    , m_table(new QTableView(this))
    , m_unused(new QLabel(this))
{
    setObjectName(QStringLiteral("evidenceViewGroupBox"));

    m_window->setObjectName(QStringLiteral("evidenceWindowLabel"));
    m_window->setWordWrap(true);
    m_window->setTextFormat(Qt::PlainText);
    form()->addRow(m_window);

    m_model->setWarningIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_table->setObjectName(QStringLiteral("evidenceTableView"));
    m_table->setModel(m_model);
    setupCompactTable(m_table, 5);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setToolTip(tr("What the imported evidence shows this system doing. Accesses no active "
                           "privilege allows are in bold (F-UNDECLARED)."));
    form()->addRow(m_table);

    m_unused->setObjectName(QStringLiteral("unusedPrivilegesLabel"));
    m_unused->setWordWrap(true);
    m_unused->setTextFormat(Qt::PlainText);
    form()->addRow(m_unused);

    connect(m_model, &ObservedAccessModel::evidenceUpdated, this, [this] {
        fitColumnsToContent(m_table);
        updateLabels();
    });
    updateLabels();
}

void EvidenceView::refresh()
{
    // The panel hands the workspace to every group without a virtual hook; pick it up here. The
    // model reads the evidence only when the system changes: the panel calls this on every edit.
    if (workspace() != m_modelWorkspace) {
        m_modelWorkspace = workspace();
        m_model->setWorkspace(workspace());
    }
    if (m_model->systemId() != systemId())
        m_model->setSystem(systemId());
    updateLabels();
}

void EvidenceView::updateLabels()
{
    const EvidenceWindow &window = m_model->window();
    const bool hasEvidence = window.isValid();
    const QLocale locale;
    if (!systemId())
        m_window->clear();
    else if (!hasEvidence)
        m_window->setText(tr("No runtime evidence imported for this system."));
    else
        m_window->setText(tr("%1 – %2, %Ln event(s)", nullptr, int(std::min<qint64>(window.events, INT_MAX)))
                              .arg(locale.toString(window.first.toLocalTime(), QLocale::ShortFormat),
                                  locale.toString(window.last.toLocalTime(), QLocale::ShortFormat)));
    m_table->setVisible(hasEvidence);

    QStringList unused;
    for (const Privilege &privilege : m_model->unusedPrivileges())
        unused << tr("%1 (%2)").arg(privilege.target, label(privilege.scope));
    if (!hasEvidence)
        m_unused->clear();
    else if (unused.isEmpty())
        m_unused->setText(tr("No declared privilege went unused."));
    else
        m_unused->setText(tr("Declared but never used (F-UNUSED): %1").arg(locale.createSeparatedList(unused)));
    m_unused->setVisible(hasEvidence);
    const int undeclared = m_model->undeclaredCount();
    m_table->setAccessibleDescription(
        undeclared ? tr("%Ln access(es) no active privilege allows", nullptr, undeclared) : QString());
}

} // namespace Mandate
