// CycloneDX 1.6 / 1.7 half of BomReaders: machine-learning-model components become records.
#include "io/bomreaders.h"

#include "domain/systemfield.h"
#include "io/bomrecordbuilder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <optional>

namespace Mandate::BomReaders {
namespace {

const QString kModelType = QStringLiteral("machine-learning-model");

struct Hint
{
    const char *outputKind;
    const char *paradigm;
};

// The task names CycloneDX borrows from model hubs say what the output is. Only the clear cases
// give a hint; anything else stays for the analyst (and the classifier) to decide.
std::optional<Hint> hintFromTask(const QString &task)
{
    const QString t = task.toLower();
    static const char *const generative[] = { "generation", "generate", "summariz", "translation", "conversational",
                                              "chat", "text-to-", "image-to-text", "-to-image", "-to-speech",
                                              "-to-audio", "-to-video" };
    static const char *const predictive[] = { "classification", "regression", "forecast", "detection",
                                              "segmentation", "recognition", "ranking", "recommend",
                                              "anomaly", "clustering", "scoring", "prediction" };
    for (const char *marker : generative) {
        if (t.contains(QLatin1String(marker)))
            return Hint { "content", "generative" };
    }
    for (const char *marker : predictive) {
        if (t.contains(QLatin1String(marker)))
            return Hint { "prediction", "predictive" };
    }
    return std::nullopt;
}

// The reader's state over one document: names by bom-ref, who depends on whom, and the position
// of each component in document order (what errors and records point at, JSON having no lines here).
class CycloneDxWalker
{
public:
    explicit CycloneDxWalker(const QJsonObject &document)
        : m_document(document)
    {
        collectNames(document.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("component")));
        for (const QString &list : { QStringLiteral("components"), QStringLiteral("services") }) {
            for (const QJsonValue &item : document.value(list).toArray())
                collectNames(item);
        }
        for (const QJsonValue &item : document.value(QStringLiteral("dependencies")).toArray()) {
            const QJsonObject dependency = item.toObject();
            const QString ref = dependency.value(QStringLiteral("ref")).toString();
            for (const QJsonValue &target : dependency.value(QStringLiteral("dependsOn")).toArray()) {
                m_dependents[target.toString()].append(ref);
                m_dependencies[ref].append(target.toString());
            }
        }
    }

    bool walk(QVector<InventoryRecord> *records, ReadError *error)
    {
        const QJsonValue metadataComponent =
            m_document.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("component"));
        if (metadataComponent.isObject()
            && !visit(metadataComponent.toObject(), QStringLiteral("metadata.component"), records, error))
            return false;
        return visitList(m_document.value(QStringLiteral("components")), QStringLiteral("components"), records, error);
    }

private:
    void collectNames(const QJsonValue &value)
    {
        const QJsonObject component = value.toObject();
        const QString ref = component.value(QStringLiteral("bom-ref")).toString();
        if (!ref.isEmpty())
            m_names.insert(ref, component.value(QStringLiteral("name")).toString());
        for (const QString &list : { QStringLiteral("components"), QStringLiteral("services") }) {
            for (const QJsonValue &item : component.value(list).toArray())
                collectNames(item);
        }
    }

    QString nameOf(const QString &ref) const
    {
        const QString name = m_names.value(ref);
        return name.isEmpty() ? ref : name;
    }

    // Everything that depends on `ref`, directly or through others: an application that calls a
    // service built on the model depends on the model too.
    QStringList dependentNames(const QString &ref) const
    {
        QStringList names;
        QSet<QString> seen { ref };
        QStringList queue = m_dependents.value(ref);
        while (!queue.isEmpty()) {
            const QString next = queue.takeFirst();
            if (seen.contains(next))
                continue;
            seen.insert(next);
            names << nameOf(next);
            queue << m_dependents.value(next);
        }
        return names;
    }

    bool visitList(const QJsonValue &list, const QString &path, QVector<InventoryRecord> *records, ReadError *error)
    {
        if (list.isUndefined() || list.isNull())
            return true;
        if (!list.isArray()) {
            error->reason = QCoreApplication::translate("BomReaders", "“%1” is not a list of components").arg(path);
            return false;
        }
        const QJsonArray array = list.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString itemPath = QStringLiteral("%1[%2]").arg(path).arg(i);
            if (array.at(i).isObject() && !visit(array.at(i).toObject(), itemPath, records, error))
                return false;
        }
        return true;
    }

    bool visit(const QJsonObject &component, const QString &path, QVector<InventoryRecord> *records, ReadError *error)
    {
        const int position = ++m_position;
        if (component.value(QStringLiteral("type")).toString() == kModelType) {
            if (!readModel(component, position, path, records, error))
                return false;
        }
        return visitList(component.value(QStringLiteral("components")), path + QStringLiteral(".components"),
                         records, error);
    }

    bool readModel(const QJsonObject &component, int position, const QString &path, QVector<InventoryRecord> *records,
                   ReadError *error) const;

    const QJsonObject &m_document;
    QHash<QString, QString> m_names;
    QHash<QString, QStringList> m_dependents;
    QHash<QString, QStringList> m_dependencies;
    int m_position = 0;
};

// Where the vendor comes from, in the order CycloneDX gives weight to them: the supplier, the
// manufacturer, then the authors and the publisher. Returns the source path it used.
QString vendorOf(const QJsonObject &component, QString *vendor)
{
    const auto nameAt = [&](const QString &key) {
        return component.value(key).toObject().value(QStringLiteral("name")).toString().trimmed();
    };
    if (!(*vendor = nameAt(QStringLiteral("supplier"))).isEmpty())
        return QStringLiteral("supplier.name");
    if (!(*vendor = nameAt(QStringLiteral("manufacturer"))).isEmpty())
        return QStringLiteral("manufacturer.name");
    *vendor = component.value(QStringLiteral("authors")).toArray().at(0).toObject().value(QStringLiteral("name"))
                  .toString().trimmed();
    if (!vendor->isEmpty())
        return QStringLiteral("authors.0.name");
    for (const QString &key : { QStringLiteral("author"), QStringLiteral("publisher") }) {
        if (!(*vendor = component.value(key).toString().trimmed()).isEmpty())
            return key;
    }
    return QString();
}

// "mandate:uses_tools" or "uses_tools" set that field, unless the component's own standard field
// already did (a property cannot rename a component); every other property is kept as "property.<name>".
void applyProperties(const QJsonArray &properties, BomRecordBuilder *builder, const QSet<QString> &fromComponent)
{
    const QString prefix = QStringLiteral("mandate:");
    for (const QJsonValue &item : properties) {
        const QJsonObject property = item.toObject();
        const QString name = property.value(QStringLiteral("name")).toString().trimmed();
        const QString value = BomRecordBuilder::scalarText(property.value(QStringLiteral("value")));
        if (name.isEmpty())
            continue;
        const QString id = name.startsWith(prefix, Qt::CaseInsensitive) ? name.mid(prefix.size()) : name;
        const auto field = fieldFromId(id.trimmed());
        if (field && *field != SystemField::CustomAttributes && !fromComponent.contains(fieldId(*field))) {
            if (builder->value(fieldId(*field)) != value) // the same hint twice is one hint
                builder->append(fieldId(*field), value);
        }
        else
            builder->append(QStringLiteral("property.") + name, value);
    }
}

bool CycloneDxWalker::readModel(const QJsonObject &component, int position, const QString &path,
                                QVector<InventoryRecord> *records, ReadError *error) const
{
    const QString name = component.value(QStringLiteral("name")).toString().trimmed();
    const QString ref = component.value(QStringLiteral("bom-ref")).toString().trimmed();
    if (name.isEmpty()) {
        error->reason = ref.isEmpty()
            ? QCoreApplication::translate("BomReaders", "the machine-learning-model component %1 (at %2) has no name").arg(position).arg(path)
            : QCoreApplication::translate("BomReaders", "the machine-learning-model component %1 (at %2, bom-ref “%3”) has no name")
                  .arg(position)
                  .arg(path, ref);
        return false;
    }
    BomRecordBuilder record(position);
    QSet<QString> skip { QStringLiteral("type"), QStringLiteral("bom-ref"), QStringLiteral("name"),
                         QStringLiteral("properties"), QStringLiteral("components"),
                         QStringLiteral("modelCard.properties") };
    const QString version = component.value(QStringLiteral("version")).toString().trimmed();
    record.set(fieldId(SystemField::ExternalId),
               !ref.isEmpty() ? ref : version.isEmpty() ? name : name + QLatin1Char('@') + version);
    record.set(fieldId(SystemField::Name), name);
    const QString description = component.value(QStringLiteral("description")).toString().trimmed();
    if (!description.isEmpty()) {
        record.set(fieldId(SystemField::Description), description);
        skip << QStringLiteral("description");
    }
    QString vendor;
    const QString vendorPath = vendorOf(component, &vendor);
    if (!vendorPath.isEmpty()) {
        record.set(fieldId(SystemField::Vendor), vendor);
        skip << vendorPath;
    }
    QSet<QString> fromComponent;
    for (const auto &field : record.fields())
        fromComponent << field.first;

    const QJsonObject modelCard = component.value(QStringLiteral("modelCard")).toObject();
    applyProperties(component.value(QStringLiteral("properties")).toArray(), &record, fromComponent);
    applyProperties(modelCard.value(QStringLiteral("properties")).toArray(), &record, fromComponent);
    const QString task =
        modelCard.value(QStringLiteral("modelParameters")).toObject().value(QStringLiteral("task")).toString();
    if (const auto hint = hintFromTask(task)) {
        record.setIfAbsent(fieldId(SystemField::OutputKind), QLatin1String(hint->outputKind));
        record.setIfAbsent(fieldId(SystemField::Paradigm), QLatin1String(hint->paradigm));
    }
    if (!ref.isEmpty()) {
        const QStringList dependents = dependentNames(ref);
        if (!dependents.isEmpty())
            record.set(QStringLiteral("depended_on_by"), dependents.join(QStringLiteral("; ")));
        QStringList dependencies;
        for (const QString &target : m_dependencies.value(ref))
            dependencies << nameOf(target);
        if (!dependencies.isEmpty())
            record.set(QStringLiteral("depends_on"), dependencies.join(QStringLiteral("; ")));
    }
    record.flatten(QString(), component, skip);
    records->append(record.take());
    return true;
}

} // namespace

bool looksLikeCycloneDx(const QJsonObject &document)
{
    return document.value(QStringLiteral("bomFormat")).toString() == QLatin1String("CycloneDX");
}

bool readCycloneDx(const QJsonObject &document, QVector<InventoryRecord> *records, ReadError *error)
{
    const QJsonValue format = document.value(QStringLiteral("bomFormat"));
    if (format.toString() != QLatin1String("CycloneDX")) {
        error->reason = format.isUndefined()
            ? QCoreApplication::translate("BomReaders", "this is not a CycloneDX document: it has no bomFormat")
            : QCoreApplication::translate("BomReaders", "this is not a CycloneDX document: bomFormat is “%1”, not “CycloneDX”")
                  .arg(BomRecordBuilder::scalarText(format));
        return false;
    }
    const QString version = BomRecordBuilder::scalarText(document.value(QStringLiteral("specVersion")));
    if (version != QLatin1String("1.6") && version != QLatin1String("1.7")) {
        error->reason = version.isEmpty()
            ? QCoreApplication::translate("BomReaders", "the CycloneDX document has no specVersion; versions 1.6 and 1.7 can be read")
            : QCoreApplication::translate("BomReaders", "CycloneDX specVersion “%1” is not supported; versions 1.6 and 1.7 can be read").arg(version);
        return false;
    }
    QVector<InventoryRecord> found;
    CycloneDxWalker walker(document);
    if (!walker.walk(&found, error))
        return false;
    *records += found;
    return true;
}

} // namespace Mandate::BomReaders
