#include "peopletablemodel.h"

#include "storage/workspace.h"

namespace Mandate {

PeopleTableModel::PeopleTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PeopleTableModel::setWorkspace(Workspace *workspace)
{
    beginResetModel();
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_rows = workspace ? workspace->people() : QVector<Person>();
    m_lastError.clear();
    reloadOwnership();
    if (workspace) {
        connect(workspace, &Workspace::peopleChanged, this, &PeopleTableModel::reload);
        const auto ownershipChanged = [this] {
            const QVector<int> before = m_owned;
            reloadOwnership();
            if (before != m_owned && !m_rows.isEmpty())
                emit dataChanged(index(0, SystemsOwnedColumn), index(rowCount() - 1, SystemsOwnedColumn));
        };
        connect(workspace, &Workspace::systemsChanged, this,
            [ownershipChanged](const QVector<SystemId> &, const SystemFields &fields) {
                for (const SystemField field : fields) {
                    if (isOwnerField(field)) {
                        ownershipChanged();
                        return;
                    }
                }
            });
        connect(workspace, &Workspace::systemsAdded, this, ownershipChanged);
        connect(workspace, &Workspace::systemsRemoved, this, ownershipChanged);
        connect(workspace, &Workspace::importingChanged, this, [this](bool importing) {
            if (!importing)
                reload();
        });
        connect(workspace, &QObject::destroyed, this, [this] { setWorkspace(nullptr); });
    }
    endResetModel();
}

void PeopleTableModel::reload()
{
    const QVector<Person> rows = m_workspace ? m_workspace->people() : QVector<Person>();
    bool sameIds = rows.size() == m_rows.size();
    for (int i = 0; sameIds && i < rows.size(); ++i)
        sameIds = rows[i].id == m_rows[i].id;
    if (sameIds) {
        // Only values changed, in the same order: keep the selection and any editor open.
        m_rows = rows;
        reloadOwnership();
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    reloadOwnership();
    endResetModel();
}

void PeopleTableModel::reloadOwnership()
{
    m_owned.clear();
    if (!m_workspace)
        return;
    for (const Person &person : std::as_const(m_rows))
        m_owned << int(m_workspace->systemsOwnedBy(person.id).size());
}

int PeopleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PeopleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

PersonId PeopleTableModel::personId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0;
}

int PeopleTableModel::rowOf(PersonId id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == id)
            return row;
    }
    return -1;
}

QString PeopleTableModel::ownershipToolTip(PersonId id) const
{
    QStringList names;
    for (const SystemId systemId : m_workspace->systemsOwnedBy(id)) {
        if (const AiSystem *system = m_workspace->system(systemId))
            names << system->name;
    }
    return names.isEmpty() ? tr("Owns no system") : names.join(QLatin1Char('\n'));
}

QVariant PeopleTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Person &p = m_rows[index.row()];
    switch (role) {
    case PersonIdRole: return p.id;
    case Qt::ToolTipRole:
        return index.column() == SystemsOwnedColumn && m_workspace ? ownershipToolTip(p.id) : QVariant();
    case Qt::DisplayRole:
    case Qt::EditRole: break;
    default: return {};
    }
    switch (index.column()) {
    case NameColumn: return p.name;
    case EmailColumn: return p.email;
    case TeamColumn: return p.team;
    case SystemsOwnedColumn: return m_owned.value(index.row());
    default: return {};
    }
}

QVariant PeopleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case EmailColumn: return tr("Email");
    case TeamColumn: return tr("Team");
    case SystemsOwnedColumn: return tr("Systems owned");
    default: return {};
    }
}

Qt::ItemFlags PeopleTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != SystemsOwnedColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool PeopleTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_workspace || role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    m_lastError.clear();
    Person changed = m_rows[index.row()];
    const QString text = value.toString();
    switch (index.column()) {
    case NameColumn: changed.name = text; break;
    case EmailColumn: changed.email = text; break;
    case TeamColumn: changed.team = text; break;
    default: return false;
    }
    if (m_workspace->updatePerson(changed))
        return true;
    m_lastError = m_workspace->lastError();
    if (!m_lastError.isEmpty())
        emit editRefused(m_lastError);
    return false;
}

} // namespace Mandate
