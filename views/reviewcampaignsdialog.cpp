#include "reviewcampaignsdialog.h"

#include "compacttable.h"
#include "exportdialog.h"
#include "itemmodels/campaigntablemodel.h"
#include "messagebox.h"
#include "newcampaigndialog.h"
#include "storage/workspace.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QShortcut>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace Mandate {
namespace {

// Draws the Progress column as a progress bar (the percent in Qt::UserRole) labelled "12 of 40".
// Private to this dialog: no other table shows review progress.
class ProgressBarDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem item = option;
        initStyleOption(&item, index);
        item.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget); // selection background

        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(3, 3, -3, -3);
        bar.minimum = 0;
        bar.maximum = 100;
        bar.progress = index.data(Qt::UserRole).toInt();
        bar.text = index.data(Qt::DisplayRole).toString();
        bar.textVisible = true;
        bar.textAlignment = Qt::AlignCenter;
        bar.state = option.state | QStyle::State_Horizontal;
        bar.direction = option.direction;
        bar.fontMetrics = option.fontMetrics;
        bar.palette = option.palette;
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setWidth(std::max(size.width() + 24, option.fontMetrics.averageCharWidth() * 14));
        return size;
    }
};

} // namespace

ReviewCampaignsDialog::ReviewCampaignsDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_model(new CampaignTableModel(this))
    , m_table(new QTableView(this))
    , m_new(new QPushButton(tr("&New campaign…"), this))
    , m_start(new QPushButton(tr("&Start review"), this))
    , m_closeCampaign(new QPushButton(tr("C&lose campaign"), this))
    , m_exportReport(new QPushButton(tr("E&xport report…"), this))
    , m_error(createErrorLabel(this, "campaignsErrorLabel"))
{
    setObjectName(QStringLiteral("reviewCampaignsDialog"));
    setWindowTitle(tr("Review campaigns"));

    auto *intro = new QLabel(tr("Each campaign fixes the privileges and questions of the systems in its scope when "
                                "it is created. Start a review to decide them; close a campaign to stop it "
                                "without sign-off."),
        this);
    intro->setWordWrap(true);

    m_model->setWorkspace(workspace);
    m_table->setObjectName(QStringLiteral("campaignsTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setItemDelegateForColumn(CampaignTableModel::ProgressColumn, new ProgressBarDelegate(m_table));

    m_new->setObjectName(QStringLiteral("newCampaignPushButton"));
    // A shortcut of its own: the button's would replace its Alt mnemonic.
    auto *newShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_N), this);
    connect(newShortcut, &QShortcut::activated, this, &ReviewCampaignsDialog::newCampaign);
    m_new->setToolTip(tr("Create a review campaign (%1)").arg(newShortcut->key().toString(QKeySequence::NativeText)));
    m_start->setObjectName(QStringLiteral("startReviewPushButton"));
    m_start->setToolTip(tr("Walk through the selected campaign's items (Enter or double-click)"));
    m_closeCampaign->setObjectName(QStringLiteral("closeCampaignPushButton"));
    m_closeCampaign->setToolTip(tr("Freeze the selected campaign without sign-off"));
    m_exportReport->setObjectName(QStringLiteral("exportReportPushButton"));
    m_exportReport->setToolTip(tr("Write the selected campaign's report or decisions to a file"));
    m_exportReport->setAutoDefault(false);
    // Enter starts a review wherever the focus is (the table lets it through to the dialog); the
    // other buttons only take it while they have the focus.
    m_start->setDefault(true);
    m_new->setAutoDefault(false);
    m_closeCampaign->setAutoDefault(false);

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_new);
    buttonRow->addWidget(m_start);
    buttonRow->addWidget(m_closeCampaign);
    buttonRow->addWidget(m_exportReport);
    buttonRow->addStretch(1);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttonRow);
    layout->addWidget(close);

    connect(m_new, &QPushButton::clicked, this, &ReviewCampaignsDialog::newCampaign);
    connect(m_start, &QPushButton::clicked, this, &ReviewCampaignsDialog::startReview);
    connect(m_closeCampaign, &QPushButton::clicked, this, &ReviewCampaignsDialog::closeSelectedCampaign);
    connect(m_exportReport, &QPushButton::clicked, this, &ReviewCampaignsDialog::exportReport);
    connect(m_table, &QAbstractItemView::doubleClicked, this, &ReviewCampaignsDialog::startReview);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ReviewCampaignsDialog::updateButtons);
    // The model reloads whole on every campaign change: keep the selected campaign selected.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keepSelected = selectedCampaign(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        selectCampaign(m_keepSelected);
        fitColumnsToContent(m_table);
        updateButtons();
    });
    if (workspace)
        connect(workspace, &QObject::destroyed, this, &QDialog::reject);

    fitColumnsToContent(m_table);
    if (m_model->rowCount() > 0)
        selectCampaign(m_model->campaignAt(0).id);
    updateButtons();
    const int character = fontMetrics().averageCharWidth();
    resize(character * 110, fontMetrics().height() * 22);
    m_table->setFocus();
}

CampaignId ReviewCampaignsDialog::selectedCampaign() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->campaignAt(rows.first().row()).id;
}

void ReviewCampaignsDialog::selectCampaign(CampaignId id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        m_table->clearSelection();
        return;
    }
    const QModelIndex index = m_model->index(row, CampaignTableModel::NameColumn);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void ReviewCampaignsDialog::newCampaign()
{
    if (!m_workspace)
        return;
    NewCampaignDialog dialog(m_workspace, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showError(m_error, QString());
    selectCampaign(dialog.createdCampaign());
}

void ReviewCampaignsDialog::startReview()
{
    const Campaign campaign = m_model->campaignAt(m_model->rowOf(selectedCampaign()));
    if (campaign.id && campaign.status == CampaignStatus::Open)
        emit sessionRequested(campaign.id);
}

void ReviewCampaignsDialog::closeSelectedCampaign()
{
    const Campaign campaign = m_model->campaignAt(m_model->rowOf(selectedCampaign()));
    if (!m_workspace || !campaign.id || campaign.status != CampaignStatus::Open)
        return;
    const QString question = tr("Close the campaign “%1”? It is frozen without sign-off: no more decisions and no "
                                "remediation. Decided so far: %2 of %3. You can undo this.")
                                 .arg(campaign.name, QLocale().toString(campaign.decided),
                                     QLocale().toString(campaign.items));
    if (MessageBox::question(this, tr("Close campaign"), question) != QMessageBox::Yes)
        return;
    if (!m_workspace->closeCampaign(campaign.id))
        showError(m_error, m_workspace->lastError());
    else
        showError(m_error, QString());
}

void ReviewCampaignsDialog::exportReport()
{
    const CampaignId id = selectedCampaign();
    if (!m_workspace || !id)
        return;
    // No inventory here: the campaign is the scope. Window-modal over this list.
    auto *dialog = new ExportDialog(m_workspace, nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFormat(ExportDialog::Format::Pdf);
    dialog->setCampaign(id);
    dialog->open();
}

void ReviewCampaignsDialog::updateButtons()
{
    const Campaign campaign = m_model->campaignAt(m_model->rowOf(selectedCampaign()));
    const bool open = campaign.id != 0 && campaign.status == CampaignStatus::Open;
    m_new->setEnabled(m_workspace != nullptr);
    m_start->setEnabled(open);
    m_closeCampaign->setEnabled(open);
    m_exportReport->setEnabled(campaign.id != 0);
}

} // namespace Mandate
