#include "io/workspacejsonwriter.h"

#include "io/atomicfile.h"
#include "io/systemjson.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Mandate::WorkspaceJsonWriter {
namespace {

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue idOrNull(qint64 id)
{
    return id ? QJsonValue(id) : QJsonValue();
}

QJsonObject personJson(const Person &person)
{
    return { { QStringLiteral("id"), person.id }, { QStringLiteral("name"), person.name },
        { QStringLiteral("email"), person.email }, { QStringLiteral("team"), person.team } };
}

QJsonObject credentialJson(const Credential &c)
{
    return { { QStringLiteral("id"), c.id }, { QStringLiteral("name"), c.name },
        { QStringLiteral("kind"), toId(c.kind) }, { QStringLiteral("storage"), toId(c.storage) },
        { QStringLiteral("created"), dateOrNull(c.created) }, { QStringLiteral("expires"), dateOrNull(c.expires) },
        { QStringLiteral("last_rotated"), dateOrNull(c.lastRotated) },
        { QStringLiteral("last_used"), dateOrNull(c.lastUsed) },
        { QStringLiteral("environments"), QJsonArray::fromStringList(c.environments) },
        { QStringLiteral("used_by_humans"), toId(c.usedByHumans) } };
}

QJsonObject privilegeJson(const Privilege &p)
{
    return { { QStringLiteral("id"), p.id }, { QStringLiteral("target"), p.target },
        { QStringLiteral("scope"), toId(p.scope) }, { QStringLiteral("wildcard"), p.wildcard },
        { QStringLiteral("credential_id"), idOrNull(p.credentialId) }, { QStringLiteral("tool"), p.tool },
        { QStringLiteral("approval_gate"), toId(p.approvalGate) }, { QStringLiteral("logging"), toId(p.logging) },
        { QStringLiteral("expires"), dateOrNull(p.expires) }, { QStringLiteral("justification"), p.justification },
        { QStringLiteral("handoff"), toId(p.handoff) }, { QStringLiteral("status"), toId(p.status) } };
}

QJsonObject mappingJson(const Mapping &m)
{
    return { { QStringLiteral("id"), m.id }, { QStringLiteral("catalog"), m.catalogId },
        { QStringLiteral("item"), m.itemId }, { QStringLiteral("status"), toId(m.status) },
        { QStringLiteral("control_note"), m.controlNote }, { QStringLiteral("evidence"), m.evidence },
        { QStringLiteral("decided_by"), m.decidedBy }, { QStringLiteral("decided_at"), timeOrNull(m.decidedAt) } };
}

QJsonObject campaignJson(const Campaign &c)
{
    return { { QStringLiteral("id"), c.id }, { QStringLiteral("name"), c.name },
        { QStringLiteral("status"), toId(c.status) }, { QStringLiteral("scope"), c.scope },
        { QStringLiteral("reviewers"), QJsonArray::fromStringList(c.reviewers) },
        { QStringLiteral("due"), dateOrNull(c.due) }, { QStringLiteral("created_at"), timeOrNull(c.createdAt) },
        { QStringLiteral("created_by"), c.createdBy }, { QStringLiteral("finished_at"), timeOrNull(c.finishedAt) },
        { QStringLiteral("finished_by"), c.finishedBy } };
}

QJsonObject itemJson(const ReviewItem &item)
{
    return { { QStringLiteral("id"), item.id }, { QStringLiteral("ordinal"), item.ordinal },
        { QStringLiteral("system_id"), item.systemId },
        { QStringLiteral("system_name"),
            item.subject.value(QStringLiteral("system")).toObject().value(QStringLiteral("name")) },
        { QStringLiteral("privilege_id"), idOrNull(item.privilegeId) }, { QStringLiteral("kind"), toId(item.kind) },
        { QStringLiteral("high_risk"), QJsonArray::fromStringList(item.highRisk) },
        { QStringLiteral("subject"), item.subject }, { QStringLiteral("decision"), toId(item.decision) },
        { QStringLiteral("justification"), item.justification }, { QStringLiteral("decided_by"), item.decidedBy },
        { QStringLiteral("decided_at"), timeOrNull(item.decidedAt) },
        { QStringLiteral("remediation"), item.remediation } };
}

QJsonObject auditJson(const AuditEntry &e)
{
    return { { QStringLiteral("sequence"), e.sequence }, { QStringLiteral("at"), timeOrNull(e.at) },
        { QStringLiteral("actor"), e.actor }, { QStringLiteral("action"), e.action },
        { QStringLiteral("entity"), e.entity }, { QStringLiteral("entity_id"), e.entityId },
        { QStringLiteral("field"), e.field }, { QStringLiteral("old_value"), e.oldValue },
        { QStringLiteral("new_value"), e.newValue },
        { QStringLiteral("previous_hash"), QString::fromLatin1(e.previousHash) },
        { QStringLiteral("hash"), QString::fromLatin1(e.hash) } };
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Collects output and hands it to the device in blocks of about 64 KiB; the first refused write
// is remembered and everything after it is dropped.
class Sink
{
public:
    explicit Sink(QIODevice &device) : m_device(device) { }

    void append(const QByteArray &bytes)
    {
        m_chunk += bytes;
        if (m_chunk.size() > (1 << 16))
            flush();
    }
    // An object left open ("{...") so that arrays can follow as its members; the members in the
    // order given (a QJsonObject would sort them), so that "format" comes first for a reader that sniffs.
    void openObject(const QVector<QPair<QString, QJsonValue>> &members)
    {
        QByteArray bytes = QByteArrayLiteral("{");
        for (const auto &[key, value] : members) {
            QByteArray member = compact(QJsonObject { { key, value } });
            if (bytes.size() > 1)
                bytes += ',';
            bytes += member.mid(1, member.size() - 2); // without the braces
        }
        append(bytes);
        m_first = members.isEmpty();
    }
    void beginArray(const char *key)
    {
        append(QByteArray(m_first ? "\"" : ",\"") + key + "\":[");
        m_first = false;
        m_firstElement = true;
    }
    void element(const QByteArray &bytes)
    {
        if (!m_firstElement)
            append(QByteArrayLiteral(","));
        m_firstElement = false;
        append(bytes);
    }
    void endArray() { append(QByteArrayLiteral("]")); }
    bool flush()
    {
        if (m_failed) {
            m_chunk.clear();
            return false;
        }
        if (m_device.write(m_chunk) != m_chunk.size()) {
            m_failed = true;
            m_problem = m_device.errorString();
        }
        m_chunk.clear();
        return !m_failed;
    }
    bool failed() const { return m_failed; }
    QString problem() const { return m_problem; }

private:
    QIODevice &m_device;
    QByteArray m_chunk;
    QString m_problem;
    bool m_failed = false;
    bool m_first = true;
    bool m_firstElement = true;
};

// One system with its privileges (a run of the estate-wide list, which is ordered by system),
// mappings and placement.
QByteArray systemBytes(const Workspace &workspace, const AiSystem &system, const QVector<Privilege> &privileges,
                       qsizetype first, qsizetype count, const QVector<Mapping> &mappings)
{
    QJsonObject object = SystemJson::toJson(workspace, system);
    QJsonArray privilegeArray;
    for (qsizetype i = first; i < first + count; ++i)
        privilegeArray.append(privilegeJson(privileges.at(i)));
    QJsonArray mappingArray;
    for (const Mapping &mapping : mappings)
        mappingArray.append(mappingJson(mapping));
    object.insert(QStringLiteral("privileges"), privilegeArray);
    object.insert(QStringLiteral("mappings"), mappingArray);
    object.insert(QStringLiteral("placement"),
        QJsonObject { { QStringLiteral("paradigm"), toId(system.paradigm) },
            { QStringLiteral("x"), system.mapPosition ? QJsonValue(system.mapPosition->x()) : QJsonValue() },
            { QStringLiteral("y"), system.mapPosition ? QJsonValue(system.mapPosition->y()) : QJsonValue() } });
    return compact(object);
}

void writeSystems(const Workspace &workspace, const QVector<SystemId> &ids, Sink &sink)
{
    // Where each system's run of privileges starts and how long it is.
    const QVector<Privilege> privileges = workspace.allPrivileges();
    QHash<SystemId, QPair<qsizetype, qsizetype>> runs;
    for (qsizetype i = 0; i < privileges.size(); ++i) {
        auto &run = runs[privileges.at(i).systemId];
        if (run.second == 0)
            run.first = i;
        ++run.second;
    }
    QHash<SystemId, QVector<Mapping>> mappings;
    for (const Mapping &mapping : workspace.allMappings())
        mappings[mapping.systemId].append(mapping);

    sink.beginArray("systems");
    for (const SystemId id : ids) {
        const AiSystem *system = workspace.system(id);
        if (!system)
            continue;
        const auto run = runs.value(id);
        sink.element(systemBytes(workspace, *system, privileges, run.first, run.second, mappings.value(id)));
        if (sink.failed())
            return;
    }
    sink.endArray();
}

void writeCampaigns(const Workspace &workspace, const Options &options, Sink &sink)
{
    sink.beginArray("campaigns");
    for (const Campaign &campaign : workspace.campaigns()) {
        if (options.campaign != 0 && campaign.id != options.campaign)
            continue;
        QByteArray head = compact(campaignJson(campaign));
        head.chop(1);
        head += ",\"items\":[";
        sink.element(head);
        bool first = true;
        for (const ReviewItem &item : workspace.reviewItems(campaign.id)) {
            if (!first)
                sink.append(QByteArrayLiteral(","));
            sink.append(compact(itemJson(item)));
            first = false;
            if (sink.failed())
                return;
        }
        sink.append(QByteArrayLiteral("]}"));
    }
    sink.endArray();
}

void writeAuditEntries(const Workspace &workspace, Sink &sink)
{
    // A page at a time: a log of millions of entries is never read whole.
    constexpr int page = 10000;
    sink.beginArray("audit_entries");
    for (qint64 from = 1;;) {
        const QVector<AuditEntry> entries = workspace.auditEntries(from, page);
        for (const AuditEntry &entry : entries)
            sink.element(compact(auditJson(entry)));
        if (entries.size() < page || sink.failed())
            break;
        from = entries.constLast().sequence + 1;
    }
    sink.endArray();
}

} // namespace

bool write(const Workspace &workspace, const QVector<SystemId> &ids, QIODevice &device, QString *error,
           const Options &options)
{
    const AuditVerification audit = workspace.verifyAudit();
    Sink sink(device);
    sink.openObject({
        { QStringLiteral("format"), QStringLiteral("mandate-workspace-export") },
        { QStringLiteral("format_version"), 1 },
        { QStringLiteral("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
        { QStringLiteral("schema_version"), workspace.schemaVersion() },
        { QStringLiteral("audit"),
            QJsonObject { { QStringLiteral("entries"), audit.entriesChecked },
                { QStringLiteral("head_hash"), QString::fromLatin1(audit.headHash) },
                { QStringLiteral("chain_valid"), audit.ok } } },
    });

    sink.beginArray("people");
    for (const Person &person : workspace.people())
        sink.element(compact(personJson(person)));
    sink.endArray();
    sink.beginArray("credentials");
    for (const Credential &credential : workspace.credentials())
        sink.element(compact(credentialJson(credential)));
    sink.endArray();
    sink.beginArray("catalogs");
    for (const FrameworkCatalog &catalog : workspace.catalogs()) {
        sink.element(compact(QJsonObject { { QStringLiteral("id"), catalog.id() },
            { QStringLiteral("name"), catalog.name() }, { QStringLiteral("version"), catalog.version() },
            { QStringLiteral("source"), catalog.source() } }));
    }
    sink.endArray();
    if (!sink.failed())
        writeSystems(workspace, ids, sink);
    if (!sink.failed())
        writeCampaigns(workspace, options, sink);
    if (options.auditEntries && !sink.failed())
        writeAuditEntries(workspace, sink);
    sink.append(QByteArrayLiteral("}\n"));
    if (!sink.flush()) {
        *error = QCoreApplication::translate("WorkspaceJsonWriter", "cannot write: %1").arg(sink.problem());
        return false;
    }
    return true;
}

bool writeFile(const Workspace &workspace, const QVector<SystemId> &ids, const QString &path, QString *error,
               const Options &options)
{
    return writeAtomically(
        path, [&](QIODevice &device, QString *reason) { return write(workspace, ids, device, reason, options); }, error);
}

} // namespace Mandate::WorkspaceJsonWriter
