#include "systemtablemodel.h"

#include "rules/derivedfacts.h"
#include "storage/workspace.h"

#include <QFont>

#include <algorithm>

namespace Mandate {
namespace {

// Ranks that sort Unknown last for tristates: Yes, No, Unknown.
int tristateRank(Tristate value)
{
    switch (value) {
    case Tristate::Yes: return 0;
    case Tristate::No: return 1;
    case Tristate::Unknown: break;
    }
    return 2;
}

} // namespace

SystemTableModel::SystemTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SystemTableModel::setWorkspace(Workspace *workspace)
{
    beginResetModel();
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_rows = workspace ? workspace->systemIds() : QVector<SystemId>();
    m_facts.clear();
    rebuildRowIndex();
    if (workspace) {
        connect(workspace, &Workspace::systemsChanged, this, &SystemTableModel::onSystemsChanged);
        // A new privilege boundary changes derived facts (NHI risk) just as a behaviour field does.
        connect(workspace, &Workspace::privilegesChanged, this, [this](const QVector<SystemId> &ids) {
            onSystemsChanged(ids, { SystemField::AccessesCredentials });
        });
        connect(workspace, &Workspace::systemsAdded, this, &SystemTableModel::onSystemsAdded);
        connect(workspace, &Workspace::systemsRemoved, this, &SystemTableModel::onSystemsRemoved);
        connect(workspace, &Workspace::peopleChanged, this, &SystemTableModel::onPeopleChanged);
        connect(workspace, &QObject::destroyed, this, [this] { setWorkspace(nullptr); });
    }
    endResetModel();
}

void SystemTableModel::rebuildRowIndex()
{
    m_rowOf.clear();
    m_rowOf.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOf.insert(m_rows[row], row);
}

int SystemTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SystemTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

SystemId SystemTableModel::systemId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row] : 0;
}

int SystemTableModel::rowOf(SystemId id) const
{
    return m_rowOf.value(id, -1);
}

QModelIndex SystemTableModel::indexOf(SystemId id, int column) const
{
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : index(row, column);
}

QString SystemTableModel::personName(PersonId id) const
{
    const Person *person = id && m_workspace ? m_workspace->person(id) : nullptr;
    return person ? person->name : QString();
}

QVariant SystemTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_workspace)
        return {};
    const AiSystem *system = m_workspace->system(m_rows[index.row()]);
    if (!system)
        return {};

    switch (role) {
    case SystemIdRole: return system->id;
    case ParadigmRole: return int(system->paradigm);
    case LifecycleRole: return int(system->lifecycleStage);
    case SearchTextRole: return rowFacts(*system).searchText;
    default: break;
    }
    if (role == Qt::FontRole && index.column() == SuggestedParadigmColumn) {
        // The label and the behaviour disagree: the one thing on this row an analyst must not miss.
        const Paradigm suggested = rowFacts(*system).suggestedParadigm;
        if (suggested != Paradigm::Undecided && suggested != system->paradigm) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != SortRole && role != Qt::ToolTipRole)
        return {};

    const bool sort = role == SortRole;
    switch (index.column()) {
    case NameColumn:
        return role == Qt::ToolTipRole ? system->description : system->name;
    case VendorColumn: return system->vendor;
    case ParadigmColumn: return sort ? QVariant(int(system->paradigm)) : QVariant(label(system->paradigm));
    case LifecycleColumn: return sort ? QVariant(int(system->lifecycleStage)) : QVariant(label(system->lifecycleStage));
    case BusinessOwnerColumn: return personName(system->businessOwner);
    case TechnicalOwnerColumn: return personName(system->technicalOwner);
    default: break;
    }

    return derivedData(*system, index.column(), role);
}

const SystemTableModel::RowFacts &SystemTableModel::rowFacts(const AiSystem &system) const
{
    auto it = m_facts.find(system.id);
    if (it != m_facts.end())
        return *it;
    RowFacts facts;
    facts.searchText = QStringList { system.name, system.vendor, personName(system.businessOwner),
                                     personName(system.technicalOwner), personName(system.riskOwner),
                                     system.description }
                           .join(u'\n')
                           .toLower();
    facts.suggestedParadigm = suggestedParadigm(system.behaviour).value;
    facts.runtimeAuthority = runtimeAuthority(system.behaviour).value;
    facts.identitySubject = identitySubject(system.behaviour).value;
    facts.nhiRisk = nhiRisk(system.behaviour, system.privileges).value;
    return *m_facts.insert(system.id, facts);
}

QVariant SystemTableModel::derivedData(const AiSystem &system, int column, int role) const
{
    // The rationale is only built for tooltips; values come from the cache.
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case SuggestedParadigmColumn: {
            QStringList lines = suggestedParadigm(system.behaviour).rationale;
            const Paradigm suggested = rowFacts(system).suggestedParadigm;
            if (suggested != Paradigm::Undecided && suggested != system.paradigm)
                lines.prepend(tr("Recorded as %1, but the behaviour suggests %2.")
                                  .arg(label(system.paradigm), label(suggested)));
            return lines.join(u'\n');
        }
        case RuntimeAuthorityColumn: return runtimeAuthority(system.behaviour).rationale.join(u'\n');
        case IdentitySubjectColumn: return identitySubject(system.behaviour).rationale.join(u'\n');
        case NhiRiskColumn: return nhiRisk(system.behaviour, system.privileges).rationale.join(u'\n');
        default: return {};
        }
    }
    const bool sort = role == SortRole;
    const RowFacts &facts = rowFacts(system);
    switch (column) {
    case SuggestedParadigmColumn:
        return sort ? QVariant(int(facts.suggestedParadigm)) : QVariant(label(facts.suggestedParadigm));
    case RuntimeAuthorityColumn:
        return sort ? QVariant(int(facts.runtimeAuthority)) : QVariant(label(facts.runtimeAuthority));
    case IdentitySubjectColumn:
        return sort ? QVariant(tristateRank(facts.identitySubject)) : QVariant(label(facts.identitySubject));
    case NhiRiskColumn:
        return sort ? QVariant(tristateRank(facts.nhiRisk)) : QVariant(label(facts.nhiRisk));
    default: return {};
    }
}

QVariant SystemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case VendorColumn: return tr("Vendor");
    case ParadigmColumn: return tr("Paradigm");
    case SuggestedParadigmColumn: return tr("Suggested");
    case RuntimeAuthorityColumn: return tr("Runtime authority");
    case IdentitySubjectColumn: return tr("Identity subject");
    case NhiRiskColumn: return tr("NHI risk");
    case LifecycleColumn: return tr("Lifecycle");
    case BusinessOwnerColumn: return tr("Business owner");
    case TechnicalOwnerColumn: return tr("Technical owner");
    default: return {};
    }
}

Qt::ItemFlags SystemTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == NameColumn || index.column() == VendorColumn))
        result |= Qt::ItemIsEditable;
    return result;
}

bool SystemTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !m_workspace)
        return false;
    const SystemId id = m_rows[index.row()];
    switch (index.column()) {
    case NameColumn: return m_workspace->setSystemValue(id, SystemField::Name, value);
    case VendorColumn: return m_workspace->setSystemValue(id, SystemField::Vendor, value);
    default: return false;
    }
}

QVector<int> SystemTableModel::columnsShowing(SystemField field)
{
    switch (field) {
    case SystemField::Name: return { NameColumn };
    case SystemField::Vendor: return { VendorColumn };
    case SystemField::Paradigm: return { ParadigmColumn, SuggestedParadigmColumn };
    case SystemField::LifecycleStage: return { LifecycleColumn };
    case SystemField::BusinessOwner: return { BusinessOwnerColumn };
    case SystemField::TechnicalOwner: return { TechnicalOwnerColumn };
    case SystemField::Description: return { NameColumn }; // tooltip and search text
    case SystemField::RiskOwner: return { NameColumn };    // search text
    default: break;
    }
    if (isBehaviourField(field))
        return { SuggestedParadigmColumn, RuntimeAuthorityColumn, IdentitySubjectColumn, NhiRiskColumn };
    return {};
}

void SystemTableModel::onPeopleChanged(const QVector<PersonId> &ids)
{
    // Only rows owned by these people show them; a new person owns nothing yet.
    for (int row = 0; row < m_rows.size(); ++row) {
        const AiSystem *system = m_workspace->system(m_rows[row]);
        if (system
            && (ids.contains(system->businessOwner) || ids.contains(system->technicalOwner)
                || ids.contains(system->riskOwner))) {
            m_facts.remove(system->id);
            emit dataChanged(index(row, BusinessOwnerColumn), index(row, TechnicalOwnerColumn));
        }
    }
}

void SystemTableModel::onSystemsChanged(const QVector<SystemId> &ids, const SystemFields &fields)
{
    for (SystemId id : ids)
        m_facts.remove(id);
    QVector<int> columns;
    for (SystemField field : fields)
        columns << columnsShowing(field);
    if (columns.isEmpty())
        return;
    const auto [first, last] = std::minmax_element(columns.cbegin(), columns.cend());
    for (SystemId id : ids) {
        const int row = rowOf(id);
        if (row >= 0)
            emit dataChanged(index(row, *first), index(row, *last));
    }
}

void SystemTableModel::onSystemsAdded(const QVector<SystemId> &ids)
{
    QVector<SystemId> sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    if (sorted.isEmpty())
        return;
    if (m_rows.isEmpty() || sorted.first() > m_rows.last()) {
        // The common case (new systems, imports): one append.
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + sorted.size() - 1));
        for (SystemId id : sorted) {
            m_rowOf.insert(id, int(m_rows.size()));
            m_rows << id;
        }
        endInsertRows();
        return;
    }
    // Systems put back by undo go to their place by id, one row at a time.
    for (SystemId id : sorted) {
        const int row = int(std::lower_bound(m_rows.begin(), m_rows.end(), id) - m_rows.begin());
        beginInsertRows({}, row, row);
        m_rows.insert(row, id);
        endInsertRows();
    }
    rebuildRowIndex();
}

void SystemTableModel::onSystemsRemoved(const QVector<SystemId> &ids)
{
    for (SystemId id : ids)
        m_facts.remove(id);
    QVector<int> rows;
    for (SystemId id : ids) {
        const int row = rowOf(id);
        if (row >= 0)
            rows << row;
    }
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    // Remove contiguous runs from the bottom up so earlier row numbers stay valid.
    for (int i = 0; i < rows.size();) {
        int j = i;
        while (j + 1 < rows.size() && rows[j + 1] == rows[j] - 1)
            ++j;
        beginRemoveRows({}, rows[j], rows[i]);
        m_rows.remove(rows[j], rows[i] - rows[j] + 1);
        endRemoveRows();
        i = j + 1;
    }
    rebuildRowIndex();
}

} // namespace Mandate
