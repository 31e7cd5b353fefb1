#include "peopledialog.h"

#include "itemmodels/peopletablemodel.h"
#include "messagebox.h"
#include "storage/workspace.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace Mandate {

PeopleDialog::PeopleDialog(Workspace *workspace, QWidget *parent)
    : RecordListDialog(workspace, parent)
    , m_model(new PeopleTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
{
    setObjectName(QStringLiteral("peopleDialog"));
    setWindowTitle(tr("People"));
    m_model->setWorkspace(workspace);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1); // name, email or team
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    setIntro(tr("The people who own systems, reused across them. Double-click a cell to edit it; "
                "each change can be undone."));

    m_filter->setObjectName(QStringLiteral("peopleFilterLineEdit"));
    m_filter->setPlaceholderText(tr("Filter by name, email or team"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    addAboveTable(m_filter);

    m_table->setObjectName(QStringLiteral("peopleTableView"));
    setTableModel(m_proxy);
    const int character = fontMetrics().averageCharWidth();
    m_table->setColumnWidth(PeopleTableModel::NameColumn, character * 24);
    m_table->setColumnWidth(PeopleTableModel::EmailColumn, character * 30);
    m_table->setColumnWidth(PeopleTableModel::TeamColumn, character * 18);

    m_add->setText(tr("Add"));
    m_add->setObjectName(QStringLiteral("addPersonPushButton"));
    m_remove->setText(tr("Remove"));
    m_remove->setObjectName(QStringLiteral("removePersonPushButton"));
    m_remove->setToolTip(tr("A person who still owns systems cannot be removed"));
    resize(character * 100, fontMetrics().height() * 24);

    // Queued: the message must not open while the delegate is still committing its editor.
    connect(m_model, &PeopleTableModel::editRefused, this, &PeopleDialog::showRefusal, Qt::QueuedConnection);
}

QModelIndex PeopleDialog::addNewRecord()
{
    Person person;
    person.name = tr("New person");
    for (int n = 2; m_workspace->personIdByName(person.name); ++n)
        person.name = tr("New person %1").arg(n);
    const PersonId id = m_workspace->addPerson(person);
    if (!id)
        return {};
    m_filter->clear(); // the new row must be visible to be edited
    return m_proxy->mapFromSource(m_model->index(m_model->rowOf(id), PeopleTableModel::NameColumn));
}

qint64 PeopleDialog::recordIdAt(const QModelIndex &tableIndex) const
{
    return m_model->personId(m_proxy->mapToSource(tableIndex).row());
}

bool PeopleDialog::removeRecord(qint64 id)
{
    return m_workspace->removePerson(id);
}

void PeopleDialog::showRefusal(const QString &message)
{
    if (!message.isEmpty())
        MessageBox::warning(this, tr("People"), message);
}

} // namespace Mandate
