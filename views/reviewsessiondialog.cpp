#include "reviewsessiondialog.h"

#include "itemmodels/reviewitemsmodel.h"
#include "review/reviewrules.h"
#include "reviewevidenceview.h"
#include "reviewsignoffdialog.h"
#include "storage/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Mandate {

ReviewSessionDialog::ReviewSessionDialog(Workspace *workspace, CampaignId campaign, const QString &reviewer,
                                         QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_campaignId(campaign)
    , m_model(new ReviewItemsModel(this))
{
    setObjectName(QStringLiteral("reviewSessionDialog"));
    setWindowTitle(tr("Access review"));
    resize(1100, 720);
    m_model->setCampaign(workspace, campaign);
    const Campaign &c = m_model->campaign();

    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    m_campaignLabel = new QLabel(this);
    m_campaignLabel->setTextFormat(Qt::PlainText);
    QFont titleFont = m_campaignLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_campaignLabel->setFont(titleFont);
    m_campaignLabel->setText(c.name);
    header->addWidget(m_campaignLabel, 1);
    header->addWidget(new QLabel(tr("Reviewing as:"), this));
    m_reviewerBox = new QComboBox(this);
    m_reviewerBox->setObjectName(QStringLiteral("reviewerBox"));
    m_reviewerBox->addItems(c.reviewers);
    header->addWidget(m_reviewerBox);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("reviewProgress"));
    m_progress->setMinimumWidth(220);
    header->addWidget(m_progress);
    layout->addLayout(header);

    auto *splitter = new QSplitter(this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("reviewItemsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // One line per item, elided: the question pane shows the whole text of the current one.
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setColumnWidth(ReviewItemsModel::OrdinalColumn, 40);
    m_table->setColumnWidth(ReviewItemsModel::SystemColumn, 150);
    m_table->setColumnWidth(ReviewItemsModel::QuestionColumn, 200);
    // Wide enough for its heading in every language ("Entscheidung").
    m_table->setColumnWidth(ReviewItemsModel::DecisionColumn,
        std::max(80, m_table->horizontalHeader()->sectionSizeHint(ReviewItemsModel::DecisionColumn)));

    auto *questionPane = new QWidget(splitter);
    auto *questionLayout = new QVBoxLayout(questionPane);
    questionLayout->setContentsMargins(8, 0, 0, 0);
    m_question = new QLabel(questionPane);
    m_question->setObjectName(QStringLiteral("reviewQuestionLabel"));
    m_question->setTextFormat(Qt::PlainText);
    m_question->setWordWrap(true);
    m_question->setFont(titleFont);
    questionLayout->addWidget(m_question);
    m_blocked = new QLabel(questionPane);
    m_blocked->setObjectName(QStringLiteral("reviewBlockedLabel"));
    m_blocked->setWordWrap(true);
    m_blocked->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; padding: 6px; }"));
    questionLayout->addWidget(m_blocked);
    m_evidence = new ReviewEvidenceView(questionPane);
    questionLayout->addWidget(m_evidence, 1);
    m_justification = new QLineEdit(questionPane);
    m_justification->setObjectName(QStringLiteral("reviewJustificationEdit"));
    m_justification->setPlaceholderText(tr("Justification (required to keep a high-risk privilege)"));
    m_justification->setClearButtonEnabled(true);
    questionLayout->addWidget(m_justification);
    buildDecisionButtons(questionPane);
    m_error = new QLabel(questionPane);
    m_error->setObjectName(QStringLiteral("reviewErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    questionLayout->addWidget(m_error);
    splitter->setSizes({ 560, 640 });
    layout->addWidget(splitter, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_signOffButton = buttons->addButton(tr("Sign off…"), QDialogButtonBox::ActionRole);
    m_signOffButton->setObjectName(QStringLiteral("signOffButton"));
    connect(m_signOffButton, &QPushButton::clicked, this, &ReviewSessionDialog::openSignOff);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (current.isValid() && current.row() != m_row)
                goToRow(current.row());
        });
    // Repaint the question pane only when its own item changed: building its evidence reads the
    // system's findings and runtime evidence, and a decision moves on (goToRow shows the next) anyway.
    connect(m_model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
            refreshProgress();
            if (m_row < topLeft.row() || m_row > bottomRight.row() || m_refreshPending)
                return;
            m_refreshPending = true;
            QTimer::singleShot(0, this, [this] {
                if (m_refreshPending)
                    showCurrent();
            });
        });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_row = -1;
        goToRow(m_model->nextOpenRow(0));
    });
    connect(m_reviewerBox, &QComboBox::currentTextChanged, this, &ReviewSessionDialog::setReviewer);

    QString initial = reviewer;
    if (initial.isEmpty())
        initial = ReviewRules::isReviewer(c, workspace->actor()) ? workspace->actor() : c.reviewers.value(0);
    for (int i = 0; i < c.reviewers.size(); ++i) {
        if (personNameKey(c.reviewers[i]) == personNameKey(initial))
            m_reviewerBox->setCurrentIndex(i);
    }
    setReviewer(m_reviewerBox->currentText());
    m_table->setFocus(); // the letter keys decide; the justification field would take them as text
}

void ReviewSessionDialog::buildDecisionButtons(QWidget *parent)
{
    auto *row = new QHBoxLayout;
    const struct
    {
        ReviewDecision decision;
        const char *text;
        Qt::Key key;
    } buttons[] = {
        { ReviewDecision::Keep, QT_TR_NOOP("Keep (K)"), Qt::Key_K },
        { ReviewDecision::Reduce, QT_TR_NOOP("Reduce (R)"), Qt::Key_R },
        { ReviewDecision::Revoke, QT_TR_NOOP("Revoke (X)"), Qt::Key_X },
        { ReviewDecision::Yes, QT_TR_NOOP("Yes (Y)"), Qt::Key_Y },
        { ReviewDecision::No, QT_TR_NOOP("No (N)"), Qt::Key_N },
        { ReviewDecision::Unsure, QT_TR_NOOP("Unsure (U)"), Qt::Key_U },
    };
    for (const auto &b : buttons) {
        auto *button = new QPushButton(tr(b.text), parent);
        button->setObjectName(QStringLiteral("decide_%1").arg(toId(b.decision)));
        button->setShortcut(QKeySequence(b.key));
        button->setAutoDefault(false);
        button->setCheckable(true); // the decision taken shows as the pressed button
        const ReviewDecision decision = b.decision;
        connect(button, &QPushButton::clicked, this, [this, decision] { decide(decision); });
        m_decisionButtons.insert(decision, button);
        row->addWidget(button);
    }
    row->addStretch();
    m_skipButton = new QPushButton(tr("Skip (S)"), parent);
    m_skipButton->setObjectName(QStringLiteral("skipButton"));
    m_skipButton->setShortcut(QKeySequence(Qt::Key_S));
    m_skipButton->setAutoDefault(false);
    connect(m_skipButton, &QPushButton::clicked, this, &ReviewSessionDialog::skip);
    row->addWidget(m_skipButton);
    parent->layout()->addItem(row);
}

QString ReviewSessionDialog::reviewer() const
{
    return m_model->reviewer();
}

ReviewItemId ReviewSessionDialog::currentItem() const
{
    return m_row < 0 ? 0 : m_model->item(m_row).id;
}

ReviewSessionDialog::SessionState ReviewSessionDialog::sessionState() const
{
    return SessionState { m_campaignId, reviewer(), currentItem(), m_justification->text(), saveGeometry() };
}

void ReviewSessionDialog::resume(const SessionState &state)
{
    restoreGeometry(state.geometry);
    goToRow(m_model->rowOf(state.item));
    m_justification->setText(state.justification);
}

void ReviewSessionDialog::setReviewer(const QString &reviewer)
{
    m_model->setReviewer(reviewer);
    // Resume where this reviewer stopped, else at their first open item.
    const int stopped = m_model->rowOf(m_workspace->reviewPosition(m_campaignId, reviewer));
    m_row = -1;
    goToRow(stopped >= 0 ? stopped : qMax(m_model->nextOpenRow(0), 0));
    refreshProgress();
}

void ReviewSessionDialog::goToRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const bool moved = row != m_row;
    m_row = row;
    m_table->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(m_model->index(row, 0));
    if (moved) {
        m_justification->setText(m_model->item(row).justification);
        m_error->clear();
        if (m_model->campaign().status == CampaignStatus::Open)
            m_workspace->setReviewPosition(m_campaignId, reviewer(), m_model->item(row).id);
    }
    showCurrent();
}

void ReviewSessionDialog::showCurrent()
{
    m_refreshPending = false;
    if (m_row < 0 || m_row >= m_model->rowCount() || !m_workspace)
        return;
    const ReviewItem &item = m_model->item(m_row);
    const QString system = item.subject.value(QStringLiteral("system")).toObject().value(QStringLiteral("name")).toString();
    m_question->setText(tr("%L1 of %L2 · %3: %4")
                            .arg(item.ordinal)
                            .arg(m_model->rowCount())
                            .arg(system, ReviewItemsModel::questionText(item)));
    const QString blocked = m_model->blockedReason(m_row);
    m_blocked->setText(blocked);
    m_blocked->setVisible(!blocked.isEmpty());
    m_evidence->showItem(*m_workspace, item);
    const QList<ReviewDecision> fitting = ReviewRules::decisionsFor(item.kind);
    for (auto it = m_decisionButtons.cbegin(); it != m_decisionButtons.cend(); ++it) {
        it.value()->setVisible(fitting.contains(it.key()));
        it.value()->setEnabled(blocked.isEmpty());
        it.value()->setChecked(item.decision == it.key());
    }
    m_justification->setEnabled(blocked.isEmpty());
}

void ReviewSessionDialog::refreshProgress()
{
    m_progress->setMaximum(qMax(m_model->rowCount(), 1));
    m_progress->setValue(m_model->decidedCount());
    m_progress->setFormat(tr("%L1 of %L2 decided").arg(m_model->decidedCount()).arg(m_model->rowCount()));
    m_signOffButton->setEnabled(m_model->campaign().status == CampaignStatus::Open);
}

bool ReviewSessionDialog::decide(ReviewDecision decision)
{
    if (m_row < 0 || !m_workspace)
        return false;
    const int row = m_row;
    const ReviewItem item = m_model->item(row);
    // Based on the version shown: if another reviewer decided it meanwhile, theirs is kept, the
    // refusal says so, and the item is read again (through the workspace's signal) to show theirs.
    if (!m_workspace->decideReviewItems(m_campaignId, reviewer(),
            { ReviewDecisionInput { item.id, decision, m_justification->text(), item.rowVersion } })
        && !m_workspace->lastError().isEmpty()) {
        showError(m_workspace->lastError());
        if (ReviewRules::needsJustification(item, decision))
            m_justification->setFocus();
        return false;
    }
    m_error->clear();
    const int next = m_model->nextOpenRow(row + 1);
    goToRow(next >= 0 ? next : row);
    m_table->setFocus(); // the letter keys act again after a justification was typed
    return true;
}

void ReviewSessionDialog::skip()
{
    const int next = m_model->nextOpenRow(m_row + 1);
    goToRow(next >= 0 ? next : (m_row + 1) % qMax(m_model->rowCount(), 1));
}

void ReviewSessionDialog::openSignOff()
{
    ReviewSignOffDialog dialog(m_workspace, m_campaignId, reviewer(), this);
    dialog.exec();
    showCurrent();
    refreshProgress();
    activateWindow();
    m_table->setFocus();
}

void ReviewSessionDialog::showError(const QString &message)
{
    m_error->setText(message);
}

} // namespace Mandate
