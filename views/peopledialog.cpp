#include "peopledialog.h"

#include "itemmodels/peopletablemodel.h"
#include "messagebox.h"
#include "storage/workspace.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Mandate {

PeopleDialog::PeopleDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_model(new PeopleTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    setObjectName(QStringLiteral("peopleDialog"));
    setWindowTitle(tr("People"));
    m_model->setWorkspace(workspace);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1); // name, email or team
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto *intro = new QLabel(tr("The people who own systems, reused across them. Double-click a cell to edit it; "
                                "each change can be undone."),
        this);
    intro->setWordWrap(true);

    m_filter->setObjectName(QStringLiteral("peopleFilterLineEdit"));
    m_filter->setPlaceholderText(tr("Filter by name, email or team"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_table->setObjectName(QStringLiteral("peopleTableView"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::SelectedClicked | QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int character = fontMetrics().averageCharWidth();
    m_table->setColumnWidth(PeopleTableModel::NameColumn, character * 24);
    m_table->setColumnWidth(PeopleTableModel::EmailColumn, character * 30);
    m_table->setColumnWidth(PeopleTableModel::TeamColumn, character * 18);

    m_add->setObjectName(QStringLiteral("addPersonPushButton"));
    m_remove->setObjectName(QStringLiteral("removePersonPushButton"));
    m_remove->setToolTip(tr("A person who still owns systems cannot be removed"));
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_add);
    buttonRow->addWidget(m_remove);
    buttonRow->addStretch(1);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttonRow);
    layout->addWidget(close);
    resize(character * 100, fontMetrics().height() * 24);

    connect(m_add, &QPushButton::clicked, this, &PeopleDialog::addPerson);
    connect(m_remove, &QPushButton::clicked, this, &PeopleDialog::removeSelected);
    // Queued: the message must not open while the delegate is still committing its editor.
    connect(m_model, &PeopleTableModel::editRefused, this, &PeopleDialog::showRefusal, Qt::QueuedConnection);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] { updateButtons(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PeopleDialog::updateButtons);
    if (workspace) // it edits this workspace only; when that closes there is nothing left to show
        connect(workspace, &QObject::destroyed, this, &QDialog::reject);
    updateButtons();
}

void PeopleDialog::addPerson()
{
    if (!m_workspace)
        return;
    // A name that is free, which the analyst then overwrites: the editor opens on it.
    Person person;
    person.name = tr("New person");
    for (int n = 2; m_workspace->personIdByName(person.name); ++n)
        person.name = tr("New person %1").arg(n);
    const PersonId id = m_workspace->addPerson(person);
    if (!id) {
        showRefusal(m_workspace->lastError());
        return;
    }
    m_filter->clear(); // the new row must be visible to be edited
    const QModelIndex name = m_proxy->mapFromSource(m_model->index(m_model->rowOf(id), PeopleTableModel::NameColumn));
    m_table->setFocus();
    m_table->selectionModel()->setCurrentIndex(name, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(name);
    m_table->edit(name);
}

void PeopleDialog::removeSelected()
{
    if (!m_workspace)
        return;
    QVector<PersonId> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids << m_model->personId(m_proxy->mapToSource(index).row());
    for (const PersonId id : std::as_const(ids)) {
        if (!m_workspace->removePerson(id)) {
            showRefusal(m_workspace->lastError());
            return;
        }
    }
}

void PeopleDialog::showRefusal(const QString &message)
{
    if (!message.isEmpty())
        MessageBox::warning(this, tr("People"), message);
}

void PeopleDialog::updateButtons()
{
    m_add->setEnabled(m_workspace != nullptr);
    m_remove->setEnabled(m_workspace != nullptr && m_table->selectionModel()->hasSelection());
}

} // namespace Mandate
