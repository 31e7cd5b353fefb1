#include "io/demoworkspace.h"

#include "rules/frameworkcatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>

namespace Mandate {
namespace {

const char kResource[] = ":/demo/demo-workspace.json";
const char kFormat[] = "mandate-demo";
constexpr int kVersion = 1;

QString key(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

// Turns the resource into domain values. It stops at the first problem and names where it is
// (system, credential or person, and the field), because the file is edited by hand.
class Parser
{
public:
    QVector<Person> people;
    QVector<Credential> credentials;
    QVector<SystemSnapshot> systems;
    QString error;

    bool parse(const QJsonObject &root);

private:
    bool fail(const QString &where, const QString &field, const QString &problem)
    {
        if (error.isEmpty())
            error = QCoreApplication::translate("DemoWorkspace", "Demo data: %1, field \"%2\": %3").arg(where, field, problem);
        return false;
    }

    template<typename E>
    bool vocabulary(const QJsonValue &value, const QString &where, const QString &field, E *out)
    {
        const std::optional<E> parsed = fromId<E>(value.toString());
        if (!value.isString() || !parsed) {
            return fail(where, field,
                QCoreApplication::translate("DemoWorkspace", "unknown value \"%1\" (expected one of: %2)")
                    .arg(value.toVariant().toString(), allIds<E>().join(QStringLiteral(", "))));
        }
        *out = *parsed;
        return true;
    }

    bool text(const QJsonValue &value, const QString &where, const QString &field, QString *out)
    {
        if (!value.isString())
            return fail(where, field, QCoreApplication::translate("DemoWorkspace", "expected text"));
        *out = value.toString().trimmed();
        return true;
    }

    bool date(const QJsonValue &value, const QString &where, const QString &field, QDate *out)
    {
        QString raw;
        if (!text(value, where, field, &raw))
            return false;
        *out = raw.isEmpty() ? QDate() : QDate::fromString(raw, Qt::ISODate);
        if (!raw.isEmpty() && !out->isValid())
            return fail(where, field, QCoreApplication::translate("DemoWorkspace", "\"%1\" is not a date (YYYY-MM-DD)").arg(raw));
        return true;
    }

    bool parsePerson(const QJsonObject &object);
    bool parseCredential(const QJsonObject &object);
    bool parseSystem(const QJsonObject &object);
    bool parseSystemField(SystemField field, const QJsonValue &value, const QString &where, AiSystem *system);
    bool parsePrivilege(const QJsonObject &object, const QString &where, Privilege *privilege);
    bool parseMapping(const QJsonObject &object, const QString &where, Mapping *mapping);

    QHash<QString, qint64> m_personIds; // name -> provisional id (position + 1)
    QHash<QString, qint64> m_credentialIds; // name -> provisional id (position + 1)
    QHash<QString, QString> m_externalIds; // external id -> system name, to refuse duplicates
};

bool Parser::parse(const QJsonObject &root)
{
    const QString where = QCoreApplication::translate("DemoWorkspace", "file");
    if (root.value(key("format")).toString() != QLatin1String(kFormat))
        return fail(where, key("format"), QCoreApplication::translate("DemoWorkspace", "expected \"%1\"").arg(QLatin1String(kFormat)));
    if (root.value(key("version")).toInt() != kVersion)
        return fail(
            where, key("version"), QCoreApplication::translate("DemoWorkspace", "version %1 is not supported").arg(root.value(key("version")).toInt()));
    for (const char *section : { "people", "credentials", "systems" }) {
        if (!root.value(key(section)).isArray())
            return fail(where, key(section), QCoreApplication::translate("DemoWorkspace", "expected a list"));
    }
    for (const QJsonValue &value : root.value(key("people")).toArray()) {
        if (!parsePerson(value.toObject()))
            return false;
    }
    for (const QJsonValue &value : root.value(key("credentials")).toArray()) {
        if (!parseCredential(value.toObject()))
            return false;
    }
    for (const QJsonValue &value : root.value(key("systems")).toArray()) {
        if (!parseSystem(value.toObject()))
            return false;
    }
    return true;
}

bool Parser::parsePerson(const QJsonObject &object)
{
    Person person;
    const QString where = QCoreApplication::translate("DemoWorkspace", "person %1").arg(people.size() + 1);
    for (auto it = object.begin(); it != object.end(); ++it) {
        QString *target = it.key() == QLatin1String("name") ? &person.name
            : it.key() == QLatin1String("email")            ? &person.email
            : it.key() == QLatin1String("team")             ? &person.team
                                                            : nullptr;
        if (!target)
            return fail(where, it.key(), QCoreApplication::translate("DemoWorkspace", "unknown field"));
        if (!text(it.value(), where, it.key(), target))
            return false;
    }
    if (person.name.isEmpty())
        return fail(where, key("name"), QCoreApplication::translate("DemoWorkspace", "a person needs a name"));
    if (m_personIds.contains(person.name))
        return fail(where, key("name"), QCoreApplication::translate("DemoWorkspace", "\"%1\" is listed twice").arg(person.name));
    person.id = people.size() + 1;
    m_personIds.insert(person.name, person.id);
    people << person;
    return true;
}

bool Parser::parseCredential(const QJsonObject &object)
{
    Credential credential;
    if (!text(object.value(key("name")), QCoreApplication::translate("DemoWorkspace", "credential %1").arg(credentials.size() + 1), key("name"),
            &credential.name))
        return false;
    const QString where = QCoreApplication::translate("DemoWorkspace", "credential \"%1\"").arg(credential.name);
    if (credential.name.isEmpty() || m_credentialIds.contains(credential.name))
        return fail(where, key("name"), QCoreApplication::translate("DemoWorkspace", "names must be present and unique"));
    if (!object.contains(key("kind")))
        return fail(where, key("kind"), QCoreApplication::translate("DemoWorkspace", "missing"));
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString &field = it.key();
        bool ok = true;
        if (field == QLatin1String("name"))
            continue;
        else if (field == QLatin1String("kind"))
            ok = vocabulary(it.value(), where, field, &credential.kind);
        else if (field == QLatin1String("storage"))
            ok = vocabulary(it.value(), where, field, &credential.storage);
        else if (field == QLatin1String("created"))
            ok = date(it.value(), where, field, &credential.created);
        else if (field == QLatin1String("expires"))
            ok = date(it.value(), where, field, &credential.expires);
        else if (field == QLatin1String("last_rotated"))
            ok = date(it.value(), where, field, &credential.lastRotated);
        else if (field == QLatin1String("last_used"))
            ok = date(it.value(), where, field, &credential.lastUsed);
        else if (field == QLatin1String("used_by_humans"))
            ok = vocabulary(it.value(), where, field, &credential.usedByHumans);
        else if (field == QLatin1String("environments")) {
            if (!it.value().isArray())
                return fail(where, field, QCoreApplication::translate("DemoWorkspace", "expected a list"));
            for (const QJsonValue &environment : it.value().toArray())
                credential.environments << environment.toString();
        } else
            return fail(where, field, QCoreApplication::translate("DemoWorkspace", "unknown field"));
        if (!ok)
            return false;
    }
    credential.id = credentials.size() + 1;
    m_credentialIds.insert(credential.name, credential.id);
    credentials << credential;
    return true;
}

bool Parser::parseSystem(const QJsonObject &object)
{
    SystemSnapshot snapshot;
    AiSystem &system = snapshot.system;
    if (!text(object.value(key("name")), QCoreApplication::translate("DemoWorkspace", "system %1").arg(systems.size() + 1), key("name"), &system.name))
        return false;
    const QString where = QCoreApplication::translate("DemoWorkspace", "system \"%1\"").arg(system.name);
    if (system.name.isEmpty())
        return fail(QCoreApplication::translate("DemoWorkspace", "system %1").arg(systems.size() + 1), key("name"), QCoreApplication::translate("DemoWorkspace", "a system needs a name"));
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == QLatin1String("privileges")) {
            if (!it.value().isArray())
                return fail(where, it.key(), QCoreApplication::translate("DemoWorkspace", "expected a list"));
            const QJsonArray list = it.value().toArray();
            for (int i = 0; i < list.size(); ++i) {
                Privilege privilege;
                const QString privilegeWhere = QCoreApplication::translate("DemoWorkspace", "system \"%1\", privilege %2").arg(system.name).arg(i + 1);
                if (!parsePrivilege(list.at(i).toObject(), privilegeWhere, &privilege))
                    return false;
                snapshot.privileges << privilege;
            }
            continue;
        }
        if (it.key() == QLatin1String("mappings")) {
            if (!it.value().isArray())
                return fail(where, it.key(), QCoreApplication::translate("DemoWorkspace", "expected a list"));
            const QJsonArray list = it.value().toArray();
            for (int i = 0; i < list.size(); ++i) {
                Mapping mapping;
                const QString mappingWhere = QCoreApplication::translate("DemoWorkspace", "system \"%1\", mapping %2").arg(system.name).arg(i + 1);
                if (!parseMapping(list.at(i).toObject(), mappingWhere, &mapping))
                    return false;
                snapshot.mappings << mapping;
            }
            continue;
        }
        const std::optional<SystemField> field = fieldFromId(it.key());
        if (!field)
            return fail(where, it.key(), QCoreApplication::translate("DemoWorkspace", "unknown field"));
        if (!parseSystemField(*field, it.value(), where, &system))
            return false;
    }
    if (!system.externalId.isEmpty()) {
        if (m_externalIds.contains(system.externalId)) {
            return fail(where, key("external_id"),
                QCoreApplication::translate("DemoWorkspace", "\"%1\" is also used by \"%2\"")
                    .arg(system.externalId, m_externalIds.value(system.externalId)));
        }
        m_externalIds.insert(system.externalId, system.name);
    }
    systems << snapshot;
    return true;
}

bool Parser::parseSystemField(
    SystemField field, const QJsonValue &value, const QString &where, AiSystem *system)
{
    const QString id = fieldId(field);
    if (isOwnerField(field)) {
        QString name;
        if (!text(value, where, id, &name))
            return false;
        if (!name.isEmpty() && !m_personIds.contains(name))
            return fail(where, id, QCoreApplication::translate("DemoWorkspace", "no person named \"%1\"").arg(name));
        system->setValue(field, m_personIds.value(name, 0));
        return true;
    }
    if (field == SystemField::CustomAttributes) {
        if (!value.isObject())
            return fail(where, id, QCoreApplication::translate("DemoWorkspace", "expected an object"));
        system->customAttributes = value.toObject();
        return true;
    }
    // Every other field is checked exactly as an edit in the GUI or the CLI would be.
    QString problem;
    const std::optional<QVariant> normalized = normalizedFieldValue(field, value.toVariant(), &problem);
    if (!normalized)
        return fail(where, id, problem);
    system->setValue(field, *normalized);
    return true;
}

bool Parser::parsePrivilege(const QJsonObject &object, const QString &where, Privilege *privilege)
{
    if (!text(object.value(key("target")), where, key("target"), &privilege->target))
        return false;
    if (privilege->target.isEmpty())
        return fail(where, key("target"), QCoreApplication::translate("DemoWorkspace", "a privilege needs a target"));
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString &field = it.key();
        bool ok = true;
        if (field == QLatin1String("target"))
            continue;
        else if (field == QLatin1String("scope"))
            ok = vocabulary(it.value(), where, field, &privilege->scope);
        else if (field == QLatin1String("wildcard")) {
            if (!it.value().isBool())
                return fail(where, field, QCoreApplication::translate("DemoWorkspace", "expected true or false"));
            privilege->wildcard = it.value().toBool();
        } else if (field == QLatin1String("credential")) {
            QString name;
            ok = text(it.value(), where, field, &name);
            if (ok && !name.isEmpty() && !m_credentialIds.contains(name))
                return fail(where, field, QCoreApplication::translate("DemoWorkspace", "no credential named \"%1\"").arg(name));
            privilege->credentialId = m_credentialIds.value(name, 0);
        } else if (field == QLatin1String("tool"))
            ok = text(it.value(), where, field, &privilege->tool);
        else if (field == QLatin1String("approval_gate"))
            ok = vocabulary(it.value(), where, field, &privilege->approvalGate);
        else if (field == QLatin1String("logging"))
            ok = vocabulary(it.value(), where, field, &privilege->logging);
        else if (field == QLatin1String("expires"))
            ok = date(it.value(), where, field, &privilege->expires);
        else if (field == QLatin1String("justification"))
            ok = text(it.value(), where, field, &privilege->justification);
        else if (field == QLatin1String("handoff"))
            ok = vocabulary(it.value(), where, field, &privilege->handoff);
        else if (field == QLatin1String("status"))
            ok = vocabulary(it.value(), where, field, &privilege->status);
        else
            return fail(where, field, QCoreApplication::translate("DemoWorkspace", "unknown field"));
        if (!ok)
            return false;
    }
    return true;
}

bool Parser::parseMapping(const QJsonObject &object, const QString &where, Mapping *mapping)
{
    if (!text(object.value(key("catalog")), where, key("catalog"), &mapping->catalogId)
        || !text(object.value(key("item")), where, key("item"), &mapping->itemId))
        return false;
    // The demo maps only the shipped catalogs, so that it opens in any workspace.
    static const QVector<FrameworkCatalog> catalogs = FrameworkCatalog::builtIn();
    const bool known = std::any_of(catalogs.cbegin(), catalogs.cend(), [&](const FrameworkCatalog &catalog) {
        return catalog.id() == mapping->catalogId && catalog.item(mapping->itemId);
    });
    if (!known)
        return fail(where, key("item"),
            QCoreApplication::translate("DemoWorkspace", "no item \"%1\" in a catalog \"%2\"").arg(mapping->itemId, mapping->catalogId));
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString &field = it.key();
        bool ok = true;
        if (field == QLatin1String("catalog") || field == QLatin1String("item"))
            continue;
        else if (field == QLatin1String("status"))
            ok = vocabulary(it.value(), where, field, &mapping->status);
        else if (field == QLatin1String("note"))
            ok = text(it.value(), where, field, &mapping->controlNote);
        else if (field == QLatin1String("evidence"))
            ok = text(it.value(), where, field, &mapping->evidence);
        else if (field == QLatin1String("decided_by"))
            ok = text(it.value(), where, field, &mapping->decidedBy);
        else if (field == QLatin1String("decided_at")) {
            QDate day;
            ok = date(it.value(), where, field, &day);
            mapping->decidedAt = day.startOfDay(Qt::UTC);
        } else
            return fail(where, field, QCoreApplication::translate("DemoWorkspace", "unknown field"));
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

QString DemoWorkspace::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("demo.mandate"));
}

std::unique_ptr<Workspace> DemoWorkspace::create(const QString &path, WorkspaceError *error)
{
    std::unique_ptr<Workspace> workspace = Workspace::create(path, error);
    if (!workspace)
        return nullptr;
    QString message;
    if (!populate(*workspace, &message)) {
        // The file is ours and useless half-filled; remove it so the next start can try again.
        workspace.reset();
        for (const char *suffix : { "", "-wal", "-shm", "-journal" })
            QFile::remove(path + QLatin1String(suffix));
        if (error)
            *error = WorkspaceError::make(WorkspaceError::Io, path, message);
        return nullptr;
    }
    return workspace;
}

bool DemoWorkspace::populate(Workspace &workspace, QString *error)
{
    QFile file(QString::fromLatin1(kResource));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("DemoWorkspace", "Demo data: the built-in resource %1 is missing.").arg(file.fileName());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        if (error)
            *error = QCoreApplication::translate("DemoWorkspace", "Demo data: not valid JSON at offset %1: %2")
                         .arg(parseError.offset)
                         .arg(parseError.errorString());
        return false;
    }
    Parser parser;
    if (!parser.parse(document.object())) {
        if (error)
            *error = parser.error;
        return false;
    }
    return workspace.insertBulk(parser.people, parser.credentials, parser.systems, error);
}

} // namespace Mandate
