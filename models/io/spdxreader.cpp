// SPDX 3.0.x JSON-LD half of BomReaders: ai_AIPackage elements become records, after checking the
// fields SPDX requires of them (its JSON schema leaves most of them optional).
#include "io/bomreaders.h"

#include "domain/systemfield.h"
#include "io/bomrecordbuilder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace Mandate::BomReaders {
namespace {

QStringList contexts(const QJsonObject &document)
{
    const QJsonValue context = document.value(QStringLiteral("@context"));
    QStringList found;
    if (context.isString())
        found << context.toString();
    for (const QJsonValue &item : context.toArray()) {
        if (item.isString())
            found << item.toString();
    }
    return found;
}

QString typeOf(const QJsonObject &element)
{
    const QJsonValue type = element.contains(QStringLiteral("type")) ? element.value(QStringLiteral("type"))
                                                                     : element.value(QStringLiteral("@type"));
    return type.isArray() ? type.toArray().at(0).toString() : type.toString();
}

// "ai_AIPackage" in SPDX 3.0.1 JSON-LD; "AIPackage", "ai:AIPackage" or the full IRI elsewhere.
bool isAiPackage(const QString &type)
{
    return type == QLatin1String("ai_AIPackage") || type == QLatin1String("AIPackage")
        || type == QLatin1String("ai:AIPackage") || type.endsWith(QLatin1String("/AI/AIPackage"));
}

// The key an element uses for a property of an SPDX profile: "software_packageVersion" in 3.0.1,
// "software:packageVersion" or plain "packageVersion" in other spellings. Empty when absent.
QString keyOf(const QJsonObject &element, const char *profile, const char *property)
{
    const QString local = QLatin1String(property);
    if (profile) {
        const QStringList keys { QLatin1String(profile) + QLatin1Char('_') + local,
                                QLatin1String(profile) + QLatin1Char(':') + local };
        for (const QString &key : keys) {
            if (element.contains(key))
                return key;
        }
    }
    return element.contains(local) ? local : QString();
}

bool present(const QJsonValue &value)
{
    if (value.isString())
        return !value.toString().trimmed().isEmpty();
    if (value.isArray())
        return !value.toArray().isEmpty();
    return value.isObject() || value.isDouble() || value.isBool();
}

struct Required
{
    const char *profile;
    const char *property;
    const char *spdxName; // as the 3.0.1 JSON-LD serialisation spells it, for the message
};

// Element: spdxId, creationInfo; Artifact (AIPackage tightens): suppliedBy, releaseTime; Package:
// downloadLocation, packageVersion; SoftwareArtifact: primaryPurpose (SPDX 3.0.1, AI/AIPackage,
// "External properties cardinality updates"). Name is optional in SPDX but a system needs one.
constexpr Required kRequired[] = {
    { nullptr, "spdxId", "spdxId" },
    { nullptr, "name", "name" },
    { nullptr, "creationInfo", "creationInfo" },
    { nullptr, "suppliedBy", "suppliedBy" },
    { nullptr, "releaseTime", "releaseTime" },
    { "software", "downloadLocation", "software_downloadLocation" },
    { "software", "packageVersion", "software_packageVersion" },
    { "software", "primaryPurpose", "software_primaryPurpose" },
};

QString idOf(const QJsonObject &element)
{
    const QString id = element.value(QStringLiteral("spdxId")).toString();
    return id.isEmpty() ? element.value(QStringLiteral("@id")).toString() : id;
}

// "yes" / "no" / "noAssertion", possibly as the PresenceType IRI.
QString selectsActionsFromAutonomy(const QString &autonomy)
{
    const QString value = autonomy.section(QLatin1Char('/'), -1).trimmed();
    if (value.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("yes");
    if (value.compare(QLatin1String("no"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("no");
    return QStringLiteral("unknown");
}

class SpdxGraph
{
public:
    explicit SpdxGraph(const QJsonArray &graph)
    {
        for (const QJsonValue &item : graph) {
            const QJsonObject element = item.toObject();
            const QString id = idOf(element);
            if (!id.isEmpty())
                m_byId.insert(id, element);
            if (typeOf(element) != QLatin1String("Relationship")
                || element.value(QStringLiteral("relationshipType")).toString() != QLatin1String("dependsOn"))
                continue;
            const QString from = element.value(QStringLiteral("from")).toString();
            const QJsonValue to = element.value(QStringLiteral("to"));
            for (const QJsonValue &target : to.isArray() ? to.toArray() : QJsonArray { to })
                m_dependents[target.toString()].append(from);
        }
    }

    // An Agent, Organization or Person named by IRI, or given inline; the IRI when it is not here.
    QString nameOf(const QJsonValue &reference) const
    {
        const QJsonValue ref = reference.isArray() ? reference.toArray().at(0) : reference;
        if (ref.isObject())
            return ref.toObject().value(QStringLiteral("name")).toString();
        const QString name = m_byId.value(ref.toString()).value(QStringLiteral("name")).toString();
        return name.isEmpty() ? ref.toString() : name;
    }
    QJsonObject element(const QString &id) const { return m_byId.value(id); }
    QStringList dependentNames(const QString &id) const
    {
        QStringList names;
        for (const QString &from : m_dependents.value(id))
            names << nameOf(from);
        return names;
    }

private:
    QHash<QString, QJsonObject> m_byId;
    QHash<QString, QStringList> m_dependents;
};

InventoryRecord readPackage(const QJsonObject &element, qint64 position, const SpdxGraph &graph)
{
    BomRecordBuilder record(position);
    QSet<QString> skip { QStringLiteral("type"), QStringLiteral("@type"), QStringLiteral("spdxId"),
                         QStringLiteral("@id"), QStringLiteral("name") };
    const QString id = idOf(element);
    record.set(fieldId(SystemField::ExternalId), id);
    record.set(fieldId(SystemField::Name), element.value(QStringLiteral("name")).toString().trimmed());
    for (const QString &key : { QStringLiteral("description"), QStringLiteral("summary") }) {
        const QString text = element.value(key).toString().trimmed();
        if (!text.isEmpty()) {
            record.set(fieldId(SystemField::Description), text);
            skip << key;
            break;
        }
    }
    const QString vendor = graph.nameOf(element.value(QStringLiteral("suppliedBy"))).trimmed();
    if (!vendor.isEmpty())
        record.set(fieldId(SystemField::Vendor), vendor);
    const QString autonomyKey = keyOf(element, "ai", "autonomyType");
    if (!autonomyKey.isEmpty()) // kept as it is too: "no" says a human takes part, not how
        record.set(fieldId(SystemField::SelectsActions),
                   selectsActionsFromAutonomy(element.value(autonomyKey).toString()));
    const QStringList dependents = graph.dependentNames(id);
    if (!dependents.isEmpty())
        record.set(QStringLiteral("depended_on_by"), dependents.join(QStringLiteral("; ")));

    // The creation info is usually a blank node elsewhere in the graph: keep what it says, not its id.
    const QJsonValue creationInfo = element.value(QStringLiteral("creationInfo"));
    const QJsonObject resolved = graph.element(creationInfo.toString());
    if (creationInfo.isString() && !resolved.isEmpty()) {
        QJsonObject info = resolved;
        info.remove(QStringLiteral("@id"));
        info.remove(QStringLiteral("type"));
        record.flatten(QStringLiteral("creationInfo"), info);
        skip << QStringLiteral("creationInfo");
    }
    record.flatten(QString(), element, skip);
    return record.take();
}

} // namespace

bool looksLikeSpdx(const QJsonObject &document)
{
    const QStringList found = contexts(document);
    return std::any_of(found.begin(), found.end(),
                       [](const QString &c) { return c.contains(QLatin1String("spdx.org/rdf/")); });
}

bool readSpdx(const QJsonObject &document, QVector<InventoryRecord> *records, ReadError *error)
{
    static const QRegularExpression spdx3(QStringLiteral("^https?://spdx\\.org/rdf/3\\.0(\\.\\d+)?/"));
    const QStringList found = contexts(document);
    if (!std::any_of(found.begin(), found.end(), [](const QString &c) { return spdx3.match(c).hasMatch(); })) {
        error->reason = found.isEmpty()
            ? QCoreApplication::translate("BomReaders", "this is not an SPDX 3.0 document: it has no @context")
            : QCoreApplication::translate("BomReaders", "this is not an SPDX 3.0 document: its @context is “%1”, not "
                        "https://spdx.org/rdf/3.0.1/spdx-context.jsonld")
                  .arg(found.join(QStringLiteral(", ")));
        return false;
    }
    const QJsonValue graphValue = document.value(QStringLiteral("@graph"));
    if (!graphValue.isArray()) {
        error->reason = QCoreApplication::translate("BomReaders", "the SPDX document has no @graph list of elements");
        return false;
    }
    const QJsonArray graph = graphValue.toArray();
    const SpdxGraph index(graph);
    QVector<InventoryRecord> packages;
    QStringList problems;
    for (qsizetype i = 0; i < graph.size(); ++i) {
        const QJsonObject element = graph.at(i).toObject();
        if (!isAiPackage(typeOf(element)))
            continue;
        QStringList missing;
        for (const Required &required : kRequired) {
            QString key = keyOf(element, required.profile, required.property);
            if (key.isEmpty() && qstrcmp(required.property, "spdxId") == 0) // JSON-LD may use its own alias
                key = keyOf(element, nullptr, "@id");
            if (key.isEmpty() || !present(element.value(key)))
                missing << QLatin1String(required.spdxName);
        }
        const QString id = idOf(element);
        if (!missing.isEmpty()) {
            const QString which = id.isEmpty() ? QCoreApplication::translate("BomReaders", "the ai_AIPackage at position %1 of @graph").arg(i + 1)
                                               : QCoreApplication::translate("BomReaders", "the ai_AIPackage “%1”").arg(id);
            problems << QCoreApplication::translate("BomReaders", "%1 lacks the required %2").arg(which, missing.join(QStringLiteral(", ")));
            continue;
        }
        packages.append(readPackage(element, i + 1, index));
    }
    if (!problems.isEmpty()) {
        error->reason = problems.join(QStringLiteral("; "));
        return false;
    }
    *records += packages;
    return true;
}

} // namespace Mandate::BomReaders
