#include "importreportview.h"

#include "domain/vocabulary.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Mandate {
namespace {

constexpr int kSystemRole = Qt::UserRole;
constexpr int kFieldRole = Qt::UserRole + 1;

template<typename E> QString vocabularyLabel(const QString &id)
{
    const std::optional<E> value = fromId<E>(id);
    return value ? label(*value) : id;
}

// A value as an analyst reads it: vocabulary labels rather than ids, "(empty)" for nothing.
QString displayValue(SystemField field, const QVariant &value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return ImportReportView::tr("(empty)");
    if (isTristateField(field))
        return vocabularyLabel<Tristate>(text);
    switch (field) {
    case SystemField::Paradigm:
        return vocabularyLabel<Paradigm>(text);
    case SystemField::OutputKind:
        return vocabularyLabel<OutputKind>(text);
    case SystemField::ApprovalGate:
        return vocabularyLabel<ApprovalGate>(text);
    case SystemField::LifecycleStage:
        return vocabularyLabel<LifecycleStage>(text);
    default:
        return text;
    }
}

QString lineText(qint64 line)
{
    return line > 0 ? QString::number(line) : QString();
}

QTreeWidgetItem *addItem(QTreeWidget *list, const QStringList &texts)
{
    auto *item = new QTreeWidgetItem(list, texts);
    for (int column = 0; column < texts.size(); ++column)
        item->setToolTip(column, texts.at(column));
    return item;
}

// Lists are long on big files; past this many rows the counts say the rest.
constexpr int kListLimit = ImportReport::listLimit;

void addMore(QTreeWidget *list, qint64 shown, qint64 total)
{
    if (total > shown)
        addItem(list, { ImportReportView::tr("... and %L1 more").arg(total - shown) })
            ->setFirstColumnSpanned(true);
}

} // namespace

ImportReportView::ImportReportView(QWidget *parent)
    : QTabWidget(parent)
{
    setObjectName(QStringLiteral("importReportView"));
    m_problems
        = addList(ProblemsTab, QStringLiteral("problemList"), { tr("Line"), tr("Column"), tr("Problem") });
    m_secrets = addList(
        SecretsTab, QStringLiteral("secretList"), { tr("Line"), tr("Column"), tr("Kind of secret") });
    m_new = addList(NewTab, QStringLiteral("newSystemList"), { tr("Line"), tr("Name") });
    m_changed = addList(ChangedTab, QStringLiteral("changedSystemList"),
        { tr("System"), tr("Field"), tr("In the workspace"), tr("In the file") });
    insertTab(ConflictsTab, conflictsPage(), QString());
    m_missing = addList(MissingTab, QStringLiteral("missingSystemList"), { tr("Name"), tr("External id") });
    m_notes = addList(NotesTab, QStringLiteral("noteList"), { tr("Note") });
    m_changed->setRootIsDecorated(true);
    clearReport();
}

QTreeWidget *ImportReportView::addList(Tab tab, const QString &objectName, const QStringList &headers)
{
    auto *list = new QTreeWidget(this);
    list->setObjectName(objectName);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    list->header()->setStretchLastSection(true);
    if (headers.size() > 1 && headers.first() == tr("Line"))
        list->setColumnWidth(0, fontMetrics().horizontalAdvance(QStringLiteral("0000000")));
    insertTab(tab, list, QString());
    return list;
}

QWidget *ImportReportView::conflictsPage()
{
    auto *page = new QWidget(this);
    m_conflicts = new QTreeWidget(page);
    m_conflicts->setObjectName(QStringLiteral("conflictList"));
    m_conflicts->setHeaderLabels(
        { tr("System"), tr("Field"), tr("In the workspace (set by hand)"), tr("In the file") });
    m_conflicts->setRootIsDecorated(false);
    m_conflicts->setUniformRowHeights(true);
    m_conflicts->setAlternatingRowColors(true);

    auto *note = new QLabel(tr("These fields were set by hand since the last import. Ticked ones take the "
                               "file's value; the others keep the workspace value."),
        page);
    note->setWordWrap(true);
    auto *takeAll = new QPushButton(tr("&Use the file's values"), page);
    takeAll->setObjectName(QStringLiteral("takeAllConflictsButton"));
    takeAll->setAutoDefault(false);
    connect(takeAll, &QPushButton::clicked, this, [this] { setAllConflicts(true); });
    auto *keepAll = new QPushButton(tr("&Keep the workspace values"), page);
    keepAll->setObjectName(QStringLiteral("keepAllConflictsButton"));
    keepAll->setAutoDefault(false);
    connect(keepAll, &QPushButton::clicked, this, [this] { setAllConflicts(false); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(note, 1);
    buttons->addWidget(takeAll);
    buttons->addWidget(keepAll);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(buttons);
    layout->addWidget(m_conflicts, 1);
    return page;
}

void ImportReportView::finishTab(Tab tab, const QString &title, qint64 count)
{
    setTabText(tab, tr("%1 (%L2)").arg(title).arg(count));
    setTabEnabled(tab, count > 0);
}

void ImportReportView::clearReport()
{
    for (QTreeWidget *list : { m_problems, m_secrets, m_new, m_changed, m_conflicts, m_missing, m_notes })
        list->clear();
    finishTab(ProblemsTab, tr("&Problems"), 0);
    finishTab(SecretsTab, tr("&Secrets"), 0);
    finishTab(NewTab, tr("&New"), 0);
    finishTab(ChangedTab, tr("C&hanged"), 0);
    finishTab(ConflictsTab, tr("Con&flicts"), 0);
    finishTab(MissingTab, tr("&Missing"), 0);
    finishTab(NotesTab, tr("No&tes"), 0);
}

void ImportReportView::showReport(const ImportReport &report, const WorkspaceSnapshot &workspace)
{
    clearReport();
    setUpdatesEnabled(false);

    const qint64 problemsShown = std::min<qint64>(report.problems.size(), kListLimit);
    for (qint64 i = 0; i < problemsShown; ++i) {
        const RowProblem &problem = report.problems.at(i);
        addItem(m_problems, { lineText(problem.line), problem.column, problem.message });
    }
    addMore(m_problems, problemsShown, report.problems.size());
    finishTab(ProblemsTab, tr("&Problems"), report.problems.size());

    const qint64 secretsShown = std::min<qint64>(report.secrets.size(), kListLimit);
    for (qint64 i = 0; i < secretsShown; ++i) {
        const SecretHit &secret = report.secrets.at(i);
        addItem(m_secrets, { lineText(secret.line), secret.column, secret.kind });
    }
    addMore(m_secrets, secretsShown, report.secrets.size());
    finishTab(SecretsTab, tr("&Secrets"), report.secrets.size());

    for (const RowOutcome &row : report.newRows)
        addItem(m_new, { lineText(row.line), row.name });
    addMore(m_new, report.newRows.size(), report.newCount);
    finishTab(NewTab, tr("&New"), report.newCount);

    qint64 conflicts = 0;
    for (const RowOutcome &row : report.changedRows) {
        auto *system = addItem(m_changed, { tr("%1 (line %2)").arg(row.name).arg(row.line) });
        system->setFirstColumnSpanned(true);
        for (const FieldChange &change : row.changes) {
            const QString oldText = displayValue(change.field, change.oldValue);
            const QString newText = displayValue(change.field, change.newValue);
            auto *field
                = new QTreeWidgetItem(system, { QString(), fieldLabel(change.field), oldText, newText });
            field->setToolTip(2, oldText);
            field->setToolTip(3, newText);
            if (!change.conflict)
                continue;
            field->setText(0, tr("conflict"));
            auto *conflict = addItem(m_conflicts, { row.name, fieldLabel(change.field), oldText, newText });
            conflict->setCheckState(0, change.apply ? Qt::Checked : Qt::Unchecked);
            conflict->setData(0, kSystemRole, row.target);
            conflict->setData(0, kFieldRole, int(change.field));
            ++conflicts;
        }
    }
    if (report.changedRows.size() <= 200)
        m_changed->expandAll();
    finishTab(ChangedTab, tr("C&hanged"), report.changedCount);
    finishTab(ConflictsTab, tr("Con&flicts"), conflicts);

    const qint64 missingShown = std::min<qint64>(report.missing.size(), kListLimit);
    for (qint64 i = 0; i < missingShown; ++i) {
        const AiSystem system = workspace.systems.value(report.missing.at(i));
        addItem(m_missing, { system.name, system.externalId });
    }
    addMore(m_missing, missingShown, report.missing.size());
    finishTab(MissingTab, tr("&Missing"), report.missing.size());

    QStringList notes = report.notes;
    if (!report.newPeople.isEmpty()) {
        notes.append(tr("%Ln people named as owners are not in the workspace yet and will be added: %1.",
            nullptr, int(report.newPeople.size()))
                         .arg(QLocale().createSeparatedList(report.newPeople.mid(0, 20))));
    }
    if (!report.missing.isEmpty())
        notes.append(tr("Systems the file does not name are left as they are; nothing is removed."));
    for (const QString &note : std::as_const(notes))
        addItem(m_notes, { note });
    finishTab(NotesTab, tr("No&tes"), notes.size());

    for (QTreeWidget *list : { m_problems, m_secrets, m_missing }) {
        if (list->columnCount() > 2)
            list->resizeColumnToContents(1);
    }
    for (int column = 0; column < 3; ++column) {
        m_changed->resizeColumnToContents(column);
        m_conflicts->resizeColumnToContents(column);
    }
    setUpdatesEnabled(true);

    // Open the first tab that needs the analyst: problems, then conflicts, then the rest in order.
    for (const Tab tab :
        { ProblemsTab, ConflictsTab, SecretsTab, ChangedTab, NewTab, MissingTab, NotesTab }) {
        if (isTabEnabled(tab)) {
            setCurrentIndex(tab);
            break;
        }
    }
}

ConflictChoices ImportReportView::conflictChoices() const
{
    ConflictChoices choices;
    for (int i = 0; i < m_conflicts->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_conflicts->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked)
            choices.takeFile.insert(
                { item->data(0, kSystemRole).toLongLong(), item->data(0, kFieldRole).toInt() });
    }
    return choices;
}

void ImportReportView::setAllConflicts(bool takeFile)
{
    for (int i = 0; i < m_conflicts->topLevelItemCount(); ++i)
        m_conflicts->topLevelItem(i)->setCheckState(0, takeFile ? Qt::Checked : Qt::Unchecked);
}

} // namespace Mandate
