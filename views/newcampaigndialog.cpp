#include "newcampaigndialog.h"

#include "compacttable.h"
#include "review/reviewscope.h"
#include "storage/workspace.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

namespace Mandate {

NewCampaignDialog::NewCampaignDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_name(new QLineEdit(this))
    , m_scope(new QLineEdit(this))
    , m_coverage(new QLabel(this))
    , m_scopeError(createErrorLabel(this, "scopeErrorLabel"))
    , m_reviewers(new QLineEdit(this))
    , m_completer(new QCompleter(this))
    , m_due(new QDateEdit(this))
    , m_error(createErrorLabel(this, "campaignErrorLabel"))
{
    setObjectName(QStringLiteral("newCampaignDialog"));
    setWindowTitle(tr("New review campaign"));

    m_name->setObjectName(QStringLiteral("campaignNameLineEdit"));
    m_name->setPlaceholderText(tr("For example: Q3 agent access review"));

    m_scope->setObjectName(QStringLiteral("campaignScopeLineEdit"));
    m_scope->setText(ReviewScope::defaultText());
    m_coverage->setObjectName(QStringLiteral("scopeCoverageLabel"));
    auto *scopeHelp = new QLabel(tr("is:identity-subject, is:nhi-risk, paradigm:agentic, stage:production, or words "
                                    "the name, vendor, description or owners contain. Terms of one kind are "
                                    "alternatives; different kinds must all hold. Empty: every system."),
        this);
    scopeHelp->setObjectName(QStringLiteral("scopeHelpLabel"));
    scopeHelp->setWordWrap(true);
    scopeHelp->setTextFormat(Qt::PlainText);
    scopeHelp->setForegroundRole(QPalette::PlaceholderText);

    m_reviewers->setObjectName(QStringLiteral("campaignReviewersLineEdit"));
    m_reviewers->setToolTip(tr("One or more names, separated by commas"));
    if (workspace)
        m_reviewers->setText(workspace->actor());
    QStringList names;
    if (workspace) {
        for (const Person &person : workspace->people())
            names << person.name;
    }
    m_completer->setModel(new QStringListModel(names, m_completer));
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setWidget(m_reviewers); // not setCompleter(): that would replace every name typed so far

    m_due->setObjectName(QStringLiteral("campaignDueDateEdit"));
    m_due->setCalendarPopup(true);
    m_due->setMinimumDate(QDate::currentDate());
    m_due->setDate(QDate::currentDate().addDays(30));

    auto *scopeBox = new QVBoxLayout;
    scopeBox->setContentsMargins(0, 0, 0, 0);
    scopeBox->addWidget(m_scope);
    scopeBox->addWidget(m_coverage);
    scopeBox->addWidget(m_scopeError);
    scopeBox->addWidget(scopeHelp);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Scope:"), scopeBox);
    form->addRow(tr("&Reviewers:"), m_reviewers);
    form->addRow(tr("&Due:"), m_due);
    if (auto *scopeLabel = qobject_cast<QLabel *>(form->labelForField(scopeBox)))
        scopeLabel->setBuddy(m_scope);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create campaign"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("createCampaignPushButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewCampaignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_scope, &QLineEdit::textChanged, this, &NewCampaignDialog::updateCoverage);
    connect(m_reviewers, &QLineEdit::textEdited, this, &NewCampaignDialog::completeReviewer);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &NewCampaignDialog::insertReviewer);
    if (workspace)
        connect(workspace, &QObject::destroyed, this, &QDialog::reject);
    updateCoverage();

    const int character = fontMetrics().averageCharWidth();
    setMinimumWidth(character * 90);
    m_name->setFocus();
}

Campaign NewCampaignDialog::draft() const
{
    Campaign campaign;
    campaign.name = m_name->text();
    campaign.scope = m_scope->text();
    for (const QString &name : m_reviewers->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!name.trimmed().isEmpty())
            campaign.reviewers << name.trimmed();
    }
    campaign.due = m_due->date();
    return campaign;
}

void NewCampaignDialog::accept()
{
    if (!m_workspace)
        return;
    // Fixing the items of a whole estate takes seconds (bench_reviews): say so while it runs.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const CampaignId id = m_workspace->createCampaign(draft());
    QGuiApplication::restoreOverrideCursor();
    if (!id) {
        showError(m_error, m_workspace->lastError());
        return;
    }
    m_created = id;
    showError(m_error, QString());
    QDialog::accept();
}

void NewCampaignDialog::updateCoverage()
{
    QString error;
    const std::optional<ReviewScope> scope = ReviewScope::parse(m_scope->text(), &error);
    if (!scope || !m_workspace) {
        m_coverage->hide();
        showError(m_scopeError, error);
        return;
    }
    // What Workspace::createCampaign will cover, so the count is what the campaign will hold.
    const int covered = int(m_workspace->systemsInScope(*scope).size());
    if (covered == 0) {
        m_coverage->hide();
        showError(m_scopeError, tr("Covers no system."));
        return;
    }
    showError(m_scopeError, QString());
    m_coverage->setText(tr("Covers %Ln system(s).", nullptr, covered));
    m_coverage->show();
}

void NewCampaignDialog::completeReviewer(const QString &text)
{
    const QString typed = text.section(QLatin1Char(','), -1).trimmed();
    if (typed.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(typed);
    m_completer->complete();
}

void NewCampaignDialog::insertReviewer(const QString &name)
{
    QStringList parts = m_reviewers->text().split(QLatin1Char(','));
    parts.removeLast(); // what was being typed: the completion replaces it
    QStringList names;
    for (const QString &part : std::as_const(parts)) {
        if (!part.trimmed().isEmpty())
            names << part.trimmed();
    }
    names << name;
    m_reviewers->setText(names.join(QStringLiteral(", ")));
}

} // namespace Mandate
