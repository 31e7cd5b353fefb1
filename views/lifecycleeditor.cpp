#include "lifecycleeditor.h"

#include "messagebox.h"
#include "storage/workspace.h"

#include <QCheckBox>
#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <QCollator>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <algorithm>

namespace Mandate {
namespace {

QString noneText()
{
    return LifecycleEditor::tr("(none)");
}

} // namespace

LifecycleEditor::LifecycleEditor(QWidget *parent)
    : SystemEditorGroup(tr("Lifecycle and owners"), parent)
{
    setObjectName(QStringLiteral("lifecycleGroupBox"));
    QComboBox *stage = addVocabularyCombo<LifecycleStage>(SystemField::LifecycleStage, QStringLiteral("lifecycleComboBox"));
    // Connected after the binding, so it runs once the workspace has taken or refused the stage.
    connect(stage, &QComboBox::activated, this,
        [this, stage](int index) { reportRefusedStage(stage->itemData(index).toString()); });
    addOwnerCombo(SystemField::BusinessOwner, QStringLiteral("businessOwnerComboBox"))
        ->setToolTip(tr("Answers for what the system is for and whether it should keep running"));
    addOwnerCombo(SystemField::TechnicalOwner, QStringLiteral("technicalOwnerComboBox"))
        ->setToolTip(tr("Answers for its credentials, tools and privileges"));
    addOwnerCombo(SystemField::RiskOwner, QStringLiteral("riskOwnerComboBox"))
        ->setToolTip(tr("Accepts the residual risk"));
    addTextEdit(SystemField::OffboardingPlan, QStringLiteral("offboardingPlanTextEdit"))
        ->setPlaceholderText(tr("Credentials revoked, tools detached, owners released, logs retained"));
    addChecklist();

    m_reviewCadence = new QSpinBox(this);
    m_reviewCadence->setObjectName(QStringLiteral("reviewCadenceSpinBox"));
    m_reviewCadence->setRange(0, 3650);
    m_reviewCadence->setSingleStep(30);
    m_reviewCadence->setSuffix(tr(" days"));
    m_reviewCadence->setSpecialValueText(tr("Default (90 days)")); // short: it sets the panel's width; the tooltip says for whom
    m_reviewCadence->setToolTip(tr("How often the system is reviewed; the default is 90 days for identity "
                                   "subjects"));
    // Typed values commit on Enter or focus out; arrow steps commit each (the commands merge).
    m_reviewCadence->setKeyboardTracking(false);
    ignoreWheelUnlessFocused(m_reviewCadence);
    connect(m_reviewCadence, &QSpinBox::valueChanged, this, [this](int days) {
        const AiSystem *shown = system();
        if (shown && shown->reviewCadenceDays != days)
            commit(SystemField::ReviewCadenceDays, days);
    });
    addRow(tr("Review cadence"), m_reviewCadence);
    addReviewRows();
}

void LifecycleEditor::addChecklist()
{
    auto *checklist = new QWidget(this);
    checklist->setObjectName(QStringLiteral("offboardingChecklist"));
    auto *layout = new QVBoxLayout(checklist);
    layout->setContentsMargins(0, 0, 0, 0);
    const QVector<QPair<SystemField, QString>> boxes {
        { SystemField::OffboardCredentialsRevoked, QStringLiteral("offboardCredentialsRevokedCheckBox") },
        { SystemField::OffboardToolsDetached, QStringLiteral("offboardToolsDetachedCheckBox") },
        { SystemField::OffboardOwnersReleased, QStringLiteral("offboardOwnersReleasedCheckBox") },
        { SystemField::OffboardLogsRetained, QStringLiteral("offboardLogsRetainedCheckBox") },
    };
    for (const auto &[field, objectName] : boxes) {
        auto *box = new QCheckBox(fieldLabel(field), checklist);
        box->setObjectName(objectName);
        layout->addWidget(box);
        m_checklist.append({ field, box });
        // clicked, not toggled: only the analyst's tick commits, not a refresh.
        connect(box, &QCheckBox::clicked, this, [this, field = field](bool checked) { commit(field, checked); });
    }
    checklist->setToolTip(tr("All four must be ticked before the system can be moved to Offboarded"));
    addRow(tr("Offboarding checklist"), checklist);
}

void LifecycleEditor::addReviewRows()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_lastReviewed = new QLabel(row);
    m_lastReviewed->setObjectName(QStringLiteral("lastReviewedLabel"));
    // As wide with no system as with one: the details dock sizes itself to the form before a
    // system is shown. 28 December has two-digit day and month in every short format.
    const QString widestDate = QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat);
    m_lastReviewed->setMinimumWidth(
        std::max(fontMetrics().horizontalAdvance(widestDate), fontMetrics().horizontalAdvance(tr("Never"))));
    m_markReviewed = new QPushButton(tr("Mark reviewed today"), row);
    m_markReviewed->setObjectName(QStringLiteral("markReviewedPushButton"));
    m_markReviewed->setToolTip(tr("Records today as the date of the last review (one undo step)"));
    layout->addWidget(m_lastReviewed, 1);
    layout->addWidget(m_markReviewed);
    connect(m_markReviewed, &QPushButton::clicked, this,
        [this] { commit(SystemField::LastReviewed, QDate::currentDate().toString(Qt::ISODate)); });
    addRow(SystemField::LastReviewed, row);
}

void LifecycleEditor::reportRefusedStage(const QString &chosen)
{
    const AiSystem *shown = system();
    if (!shown || !workspace() || shown->value(SystemField::LifecycleStage).toString() == chosen
        || workspace()->lastError().isEmpty())
        return;
    MessageBox::warning(this, tr("Stage not changed"), workspace()->lastError());
}

QComboBox *LifecycleEditor::addOwnerCombo(SystemField field, const QString &objectName)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(8);
    combo->lineEdit()->setPlaceholderText(tr("Pick a person or type a new name"));
    combo->addItem(noneText());
    ignoreWheelUnlessFocused(combo);
    m_owners.append({ field, combo });
    connect(combo, &QComboBox::activated, this, [this, field, combo](int index) {
        commitOwner(field, index == 0 ? QString() : combo->itemText(index));
    });
    // A typed name that is not in the list yet does not activate an item: commit it when editing ends.
    connect(combo->lineEdit(), &QLineEdit::editingFinished, this, [this, field, combo] {
        const QString text = combo->currentText().trimmed();
        commitOwner(field, text == noneText() ? QString() : text);
    });
    addRow(field, combo);
    return combo;
}

QString LifecycleEditor::ownerName(SystemField field) const
{
    const AiSystem *shown = system();
    if (!shown || !workspace())
        return {};
    const Person *person = workspace()->person(shown->value(field).toLongLong());
    return person ? person->name : QString();
}

void LifecycleEditor::commitOwner(SystemField field, const QString &name)
{
    const AiSystem *shown = system();
    if (!shown || name == ownerName(field))
        return;
    const bool accepted
        = name.isEmpty() ? commit(field, qint64(0)) : workspace()->setSystemOwner(systemId(), field, name);
    if (!accepted)
        refresh();
}

void LifecycleEditor::reloadPeople()
{
    QStringList names;
    if (workspace()) {
        for (const Person &person : workspace()->people())
            names << person.name;
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(names.begin(), names.end(), collator);
    for (const OwnerCombo &owner : std::as_const(m_owners)) {
        const QSignalBlocker blocker(owner.combo);
        owner.combo->clear();
        owner.combo->addItem(noneText());
        owner.combo->addItems(names);
    }
    refresh();
}

void LifecycleEditor::refresh()
{
    SystemEditorGroup::refresh();
    const bool hasSystem = system() != nullptr;
    for (const OwnerCombo &owner : std::as_const(m_owners)) {
        const QSignalBlocker blocker(owner.combo);
        if (!hasSystem) {
            owner.combo->setCurrentIndex(-1);
            owner.combo->setEditText(QString());
            continue;
        }
        const QString name = ownerName(owner.field);
        const int index
            = name.isEmpty() ? 0 : owner.combo->findText(name, Qt::MatchFixedString | Qt::MatchCaseSensitive);
        if (index >= 0)
            owner.combo->setCurrentIndex(index);
        else
            owner.combo->setEditText(name);
    }
    const QSignalBlocker blocker(m_reviewCadence);
    m_reviewCadence->setValue(hasSystem ? system()->reviewCadenceDays : 0);
    for (const ChecklistBox &item : std::as_const(m_checklist)) {
        const QSignalBlocker checkBlocker(item.box);
        item.box->setChecked(hasSystem && system()->value(item.field).toBool());
    }
    const QDate reviewed = hasSystem ? system()->lastReviewed : QDate();
    m_lastReviewed->setText(!hasSystem ? QString()
            : reviewed.isValid()       ? QLocale().toString(reviewed, QLocale::ShortFormat)
                                       : tr("Never"));
    m_markReviewed->setEnabled(hasSystem && reviewed != QDate::currentDate());
}

} // namespace Mandate
