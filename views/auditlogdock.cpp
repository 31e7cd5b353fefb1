#include "auditlogdock.h"

#include "itemmodels/auditlogmodel.h"
#include "messagebox.h"
#include "storage/workspace.h"

#include <QAction>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Mandate {

AuditLogDock::AuditLogDock(QWidget *parent)
    : QDockWidget(tr("Audit log"), parent)
    , m_model(new AuditLogModel(this))
{
    setObjectName(QStringLiteral("auditLogDock"));
    setFeatures(
        QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea);

    QAction *toggle = toggleViewAction();
    toggle->setObjectName(QStringLiteral("toggleAuditLogAction"));
    toggle->setText(tr("&Audit log"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));

    m_verifyAction = new QAction(tr("&Verify audit log"), this);
    m_verifyAction->setObjectName(QStringLiteral("verifyAuditAction"));
    m_verifyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_verifyAction->setStatusTip(tr("Check that no audit log entry was changed, removed or reordered"));
    connect(m_verifyAction, &QAction::triggered, this, &AuditLogDock::verify);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);

    auto *bar = new QHBoxLayout;
    m_countLabel = new QLabel(content);
    m_countLabel->setObjectName(QStringLiteral("auditCountLabel"));
    bar->addWidget(m_countLabel, 1);
    m_verifyButton = new QPushButton(tr("Verify"), content);
    m_verifyButton->setObjectName(QStringLiteral("verifyAuditButton"));
    m_verifyButton->setToolTip(m_verifyAction->statusTip());
    connect(m_verifyButton, &QPushButton::clicked, this, &AuditLogDock::verify);
    bar->addWidget(m_verifyButton);
    layout->addLayout(bar);

    m_table = new QTableView(content);
    m_table->setObjectName(QStringLiteral("auditLogTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Fixed row heights and no fitting to contents: the log can be long.
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setInitialColumnWidths();
    layout->addWidget(m_table, 1);

    setWidget(content);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditLogDock::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditLogDock::updateState);
    updateState();
}

void AuditLogDock::setInitialColumnWidths()
{
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding = 2 * metrics.averageCharWidth() + 8;
    auto chars = [&metrics, padding](int count) { return count * metrics.averageCharWidth() + padding; };
    const QString sampleTime
        = QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 58)), QLocale::ShortFormat);
    const int widths[] = {
        metrics.horizontalAdvance(QStringLiteral("0000000")) + padding, // #
        metrics.horizontalAdvance(sampleTime) + padding, // time
        chars(16), // analyst
        chars(10), // action
        chars(14), // entity
        chars(18), // field
        chars(32), // old value; new value stretches
    };
    for (int column = 0; column < int(std::size(widths)); ++column)
        m_table->setColumnWidth(column, widths[column]);
}

void AuditLogDock::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_model->setWorkspace(workspace); // resets, and with it the count
    m_table->scrollToTop();
    updateState();
}

void AuditLogDock::updateState()
{
    const bool open = m_workspace != nullptr;
    m_verifyButton->setEnabled(open);
    m_verifyAction->setEnabled(open);
    m_countLabel->setText(
        open ? tr("%Ln entries", nullptr, int(m_workspace->auditCount())) : tr("No workspace is open."));
}

void AuditLogDock::verify()
{
    if (!m_workspace)
        return;
    // The whole chain is read and hashed: long logs take a moment.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const AuditVerification result = m_workspace->verifyAudit();
    QGuiApplication::restoreOverrideCursor();

    if (result.ok) {
        MessageBox::information(this, tr("Audit log intact"),
            tr("The audit log is intact: %Ln entries, last hash %1.", nullptr, int(result.entriesChecked))
                .arg(QString::fromLatin1(result.headHash)));
    } else {
        MessageBox::critical(
            this, tr("Audit log damaged"), tr("The audit log is not intact. %1").arg(result.problem));
    }
}

} // namespace Mandate
