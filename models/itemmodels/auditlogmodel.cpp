#include "auditlogmodel.h"

#include "domain/systemfield.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

namespace Mandate {
namespace {

// The log stores these words in English, as written; people read them in their language.
struct Word
{
    const char *stored;
    struct
    {
        const char *source;
        const char *comment;
    } label;
};

constexpr Word kActions[] = {
    { "create", QT_TRANSLATE_NOOP3("Mandate::AuditLogModel", "Create", "audit action") },
    { "update", QT_TRANSLATE_NOOP3("Mandate::AuditLogModel", "Update", "audit action") },
    { "delete", QT_TRANSLATE_NOOP3("Mandate::AuditLogModel", "Delete", "audit action") },
    { "undo", QT_TRANSLATE_NOOP3("Mandate::AuditLogModel", "Undo", "audit action") },
    { "redo", QT_TRANSLATE_NOOP3("Mandate::AuditLogModel", "Redo", "audit action") },
    { "grant", QT_TRANSLATE_NOOP3("Mandate::AuditLogModel", "Grant role", "audit action") },
    { "revoke", QT_TRANSLATE_NOOP3("Mandate::AuditLogModel", "Revoke role", "audit action") },
    { "migrate", QT_TRANSLATE_NOOP3("Mandate::AuditLogModel", "Migrate", "audit action") },
};

constexpr Word kEntities[] = {
    { "system", QT_TRANSLATE_NOOP3("Mandate::AuditLogModel", "System", "audited entity") },
    { "person", QT_TRANSLATE_NOOP3("Mandate::AuditLogModel", "Person", "audited entity") },
    { "privilege", QT_TRANSLATE_NOOP3("Mandate::AuditLogModel", "Privilege", "audited entity") },
    { "credential", QT_TRANSLATE_NOOP3("Mandate::AuditLogModel", "Credential", "audited entity") },
    { "mapping", QT_TRANSLATE_NOOP3("Mandate::AuditLogModel", "Mapping", "audited entity") },
    { "workspace", QT_TRANSLATE_NOOP3("Mandate::AuditLogModel", "Workspace", "audited entity") },
    { "role", QT_TRANSLATE_NOOP3("Mandate::AuditLogModel", "Role", "audited entity") },
};

// Fields of entities other than systems; system fields have their own labels.
constexpr Word kOtherFields[] = {
    { "name", QT_TRANSLATE_NOOP3("Mandate::AuditLogModel", "Name", "audited field") },
    { "target", QT_TRANSLATE_NOOP3("Mandate::AuditLogModel", "Target", "audited field of a privilege") },
    { "privileges", QT_TRANSLATE_NOOP3("Mandate::AuditLogModel", "Privileges", "audited field") },
};

template<size_t N> QString label(const Word (&words)[N], const QString &stored)
{
    for (const Word &word : words) {
        if (stored == QLatin1String(word.stored))
            return QCoreApplication::translate(
                "Mandate::AuditLogModel", word.label.source, word.label.comment);
    }
    return stored; // a word from a newer version: show it as written
}

// A cell shows one line; very long values are cut here so the view's eliding stays cheap.
constexpr int kDisplayLength = 300;
// A tooltip shows the whole value, wrapped; beyond this length it would no longer fit a screen.
constexpr int kToolTipLength = 4000;
constexpr int kToolTipLineLength = 80;

QString oneLine(const QString &value)
{
    QString line = value.left(kDisplayLength + 1).simplified();
    if (value.size() > kDisplayLength)
        line = line.left(kDisplayLength) + QChar(0x2026);
    return line;
}

// Breaks text into lines of at most kToolTipLineLength characters, at spaces where it can.
QStringList wrapped(const QString &text)
{
    QStringList lines;
    for (QString rest : text.split(u'\n')) {
        while (rest.size() > kToolTipLineLength) {
            int cut = int(rest.lastIndexOf(u' ', kToolTipLineLength));
            if (cut <= 0)
                cut = kToolTipLineLength;
            lines << rest.left(cut);
            rest = rest.mid(cut).trimmed();
        }
        lines << rest;
    }
    return lines;
}

QString wrappedToolTip(const QString &value)
{
    if (value.isEmpty())
        return {};
    QString text = value.left(kToolTipLength);
    if (value.size() > kToolTipLength)
        text += QChar(0x2026);
    // Escaped rich text with our own line breaks: a value that looks like markup is shown as
    // written, and a long one neither stretches across the screen nor shrinks into a thin column.
    return QStringLiteral("<p style='white-space:pre'>%1</p>").arg(wrapped(text).join(u'\n').toHtmlEscaped());
}

} // namespace

AuditLogModel::AuditLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AuditLogModel::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (workspace) {
        connect(workspace, &Workspace::auditAppended, this, &AuditLogModel::onAuditAppended);
        connect(workspace, &QObject::destroyed, this, [this] { setWorkspace(nullptr); });
    }
    reload();
}

void AuditLogModel::reload()
{
    m_changing = true;
    beginResetModel();
    m_appended.clear();
    m_older.clear();
    m_newest = m_workspace ? m_workspace->auditCount() : 0;
    m_oldest = m_newest + 1; // nothing loaded yet
    endResetModel();
    m_changing = false;
    // The newest page at once, so the view has rows to show before it asks for more.
    if (canFetchMore({}))
        fetchMore({});
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_appended.size() + m_older.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while this model's own change signals are out: a listener that asks for more then would
    // see rows inserted before every listener has heard of the change in progress.
    return !parent.isValid() && m_workspace && m_oldest > 1 && !m_changing;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // Entries are numbered 1..count without gaps, so the page before m_oldest is one ascending window.
    const qint64 from = std::max<qint64>(1, m_oldest - pageSize);
    QVector<AuditEntry> page = m_workspace->auditEntries(from, int(m_oldest - from));
    if (page.isEmpty()) {
        m_oldest = 1; // the log is shorter than announced (read error): stop asking
        return;
    }
    std::reverse(page.begin(), page.end());
    const int first = rowCount();
    m_changing = true;
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_older += page;
    m_oldest = m_older.constLast().sequence;
    endInsertRows();
    m_changing = false;
}

void AuditLogModel::onAuditAppended(qint64 lastSequence)
{
    if (lastSequence == m_newest)
        return;
    // A bulk write (an import) or a log that went backwards: start again from the newest page
    // rather than holding every new entry.
    if (lastSequence < m_newest || lastSequence - m_newest > pageSize) {
        reload();
        return;
    }
    const QVector<AuditEntry> added = m_workspace->auditEntries(m_newest + 1, int(lastSequence - m_newest));
    if (added.isEmpty())
        return;
    m_changing = true;
    beginInsertRows({}, 0, int(added.size()) - 1);
    m_appended += added;
    m_newest = m_appended.constLast().sequence;
    endInsertRows();
    m_changing = false;
}

const AuditEntry *AuditLogModel::entry(int row) const
{
    if (row < 0)
        return nullptr;
    const int appended = int(m_appended.size());
    if (row < appended)
        return &m_appended[appended - 1 - row];
    row -= appended;
    return row < m_older.size() ? &m_older[row] : nullptr;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    const AuditEntry *shown = index.isValid() ? entry(index.row()) : nullptr;
    if (!shown)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(*shown, column);
    case Qt::ToolTipRole:
        if (column == SequenceColumn)
            return tr("Hash: %1").arg(QString::fromLatin1(shown->hash));
        if (column == TimeColumn)
            return QLocale().toString(shown->at.toLocalTime(), QLocale::LongFormat);
        if (column == OldValueColumn || column == NewValueColumn)
            return wrappedToolTip(rawData(*shown, column).toString());
        return {};
    case Qt::TextAlignmentRole:
        if (column == SequenceColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case SequenceRole:
        return shown->sequence;
    case RawValueRole:
        return rawData(*shown, column);
    default:
        return {};
    }
}

QVariant AuditLogModel::displayData(const AuditEntry &entry, int column) const
{
    switch (column) {
    case SequenceColumn:
        return entry.sequence;
    case TimeColumn:
        return QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat);
    case ActorColumn:
        return entry.actor;
    case ActionColumn:
        return label(kActions, entry.action);
    case EntityColumn: {
        const QString name = label(kEntities, entry.entity);
        // The workspace itself is entity 0: there is only one.
        if (entry.entityId.isEmpty() || entry.entityId == QLatin1String("0"))
            return name;
        return tr("%1 #%2", "entity and its id").arg(name, entry.entityId);
    }
    case FieldColumn:
        if (entry.entity == QLatin1String("system")) {
            if (const auto field = fieldFromId(entry.field))
                return fieldLabel(*field);
        }
        return label(kOtherFields, entry.field);
    case OldValueColumn:
        return oneLine(entry.oldValue);
    case NewValueColumn:
        return oneLine(entry.newValue);
    default:
        return {};
    }
}

QVariant AuditLogModel::rawData(const AuditEntry &entry, int column)
{
    switch (column) {
    case SequenceColumn:
        return entry.sequence;
    case TimeColumn:
        return entry.at;
    case ActorColumn:
        return entry.actor;
    case ActionColumn:
        return entry.action;
    case EntityColumn:
        return entry.entity;
    case FieldColumn:
        return entry.field;
    case OldValueColumn:
        return entry.oldValue;
    case NewValueColumn:
        return entry.newValue;
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole && section == SequenceColumn)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SequenceColumn:
        return tr("#");
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Analyst");
    case ActionColumn:
        return tr("Action");
    case EntityColumn:
        return tr("Entity");
    case FieldColumn:
        return tr("Field");
    case OldValueColumn:
        return tr("Old value");
    case NewValueColumn:
        return tr("New value");
    default:
        return {};
    }
}

} // namespace Mandate
