#include "columnmapping.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QRegularExpression>

#include <algorithm>

namespace Mandate {
namespace {

struct FieldSynonyms
{
    SystemField field;
    // Exact header names, best first; compared after normalizedHeader(). The field's own id is
    // always a match and ranks above these.
    QVector<const char *> synonyms;
    // Fragments that a long question-text header (three words or more) may contain, such as the
    // federal inventory's "What is the intended purpose and expected benefits of the AI?".
    QVector<const char *> keywords;
};

// One table for every field the importer can fill. A synonym names one field only, so that the
// same header never means two things; the tests read the real federal headers through this table.
const QVector<FieldSynonyms> &synonymTable()
{
    static const QVector<FieldSynonyms> table = {
        { SystemField::ExternalId,
          { "external id", "id", "use case id", "system id", "asset id", "inventory id", "ai system id",
            "use case identifier", "system identifier", "identifier", "record id", "uid" },
          { "use case identifier", "unique identifier", "inventory identifier" } },
        // "Use case name" outranks "system name": in the federal inventory the latter names the
        // IT system behind an authority to operate, which many use cases share.
        { SystemField::Name,
          { "name", "use case name", "ai system name", "ai use case", "use case", "usecase", "ai system",
            "title", "use case title", "system name", "system", "application name", "model name" },
          { "use case name", "ai system name", "name of the use case", "name of the system" } },
        { SystemField::Description,
          { "description", "summary", "purpose", "use case purpose", "intended purpose", "purpose benefits",
            "purpose and benefits", "use case description", "system description", "use case summary",
            "details" },
          { "intended purpose", "use case purpose", "describe the use case", "use case description",
            "system description" } },
        { SystemField::Vendor,
          { "vendor", "supplier", "provider", "developer", "manufacturer", "vendor name", "supplier name",
            "provider name", "model provider" },
          // Not the bare word: "Is it operated by the vendor?" is a yes/no question, not a name.
          { "vendor name", "name of the vendor", "supplier name", "name of the supplier" } },
        { SystemField::VendorOperated,
          { "vendor operated", "operated by vendor", "vendor hosted", "hosted by vendor", "saas" }, {} },
        { SystemField::Paradigm,
          { "paradigm", "category", "type", "ai type", "ai category", "classification", "ai classification",
            "technique", "techniques", "ai technique", "ai techniques", "type of ai", "ai paradigm",
            "model type" },
          { "ai technique", "type of ai", "ai classification", "ai category", "ai paradigm", "kind of ai" } },
        { SystemField::OutputKind, { "output kind", "output type", "kind of output", "type of output" }, {} },
        { SystemField::SelectsActions, { "selects actions", "chooses actions", "selects its actions" }, {} },
        { SystemField::UsesTools, { "uses tools", "tool use", "tool usage", "calls tools" }, {} },
        { SystemField::ApprovalGate,
          { "approval gate", "human approval", "approval", "human in the loop", "hitl" }, {} },
        { SystemField::AccessesCredentials,
          { "accesses credentials", "credential access", "uses credentials", "has credentials" }, {} },
        { SystemField::AffectsExternalSystems,
          { "affects external systems", "external effects", "changes external systems" }, {} },
        { SystemField::OutputFeedsExecution,
          { "output feeds execution", "output executed", "feeds execution" }, {} },
        { SystemField::PersistentMemory, { "persistent memory", "long term memory", "memory" }, {} },
        { SystemField::MultiAgent, { "multi agent", "multi agent system", "multiple agents" }, {} },
        { SystemField::LifecycleStage,
          { "lifecycle stage", "lifecycle", "life cycle stage", "stage", "status", "development stage",
            "dev stage", "stage of development", "sdlc stage", "phase", "deployment status" },
          { "stage of development", "development stage", "lifecycle stage", "life cycle stage", "sdlc stage" } },
        { SystemField::BusinessOwner,
          { "business owner", "product owner", "owner", "use case owner", "accountable official",
            "accountable executive", "accountable owner" },
          {} },
        { SystemField::TechnicalOwner,
          { "technical owner", "tech owner", "system owner", "technical lead", "technical contact",
            "engineering owner", "it owner" },
          {} },
        { SystemField::RiskOwner, { "risk owner", "risk manager", "risk contact" }, {} },
        { SystemField::OffboardingPlan,
          { "offboarding plan", "offboarding", "decommissioning plan", "retirement plan", "exit plan" }, {} },
        { SystemField::ReviewCadenceDays,
          { "review cadence days", "review cadence", "review frequency", "review frequency days",
            "review interval", "review interval days" },
          {} },
        { SystemField::LastReviewed,
          { "last reviewed", "last review", "last review date", "date last reviewed", "reviewed on" }, {} },
        { SystemField::CustomAttributes, { "custom attributes" }, {} },
        { SystemField::OffboardCredentialsRevoked, { "offboard credentials revoked", "credentials revoked" }, {} },
        { SystemField::OffboardToolsDetached, { "offboard tools detached", "tools detached" }, {} },
        { SystemField::OffboardOwnersReleased, { "offboard owners released", "owners released" }, {} },
        { SystemField::OffboardLogsRetained, { "offboard logs retained", "logs retained" }, {} },
    };
    return table;
}

// Ranks order the candidates of every column for every field; the lowest wins, ties go to the
// leftmost column.
enum Tier { FieldIdTier = 0, SynonymTier = 1, LabelTier = 2, KeywordTier = 3 };

struct Candidate
{
    int tier;
    int index;
    int column;
    SystemField field;
};

struct ExactMatch
{
    SystemField field;
    int tier;
    int index;
};

const QHash<QString, ExactMatch> &exactMatches()
{
    static const QHash<QString, ExactMatch> matches = [] {
        QHash<QString, ExactMatch> result;
        for (const FieldSynonyms &entry : synonymTable()) {
            result.insert(ColumnMapping::normalizedHeader(fieldId(entry.field)), { entry.field, FieldIdTier, 0 });
            for (int i = 0; i < entry.synonyms.size(); ++i) {
                const QString key = ColumnMapping::normalizedHeader(QString::fromLatin1(entry.synonyms.at(i)));
                Q_ASSERT_X(!result.contains(key) || result.value(key).field == entry.field, "synonymTable",
                           "a synonym names two fields");
                if (!result.contains(key))
                    result.insert(key, { entry.field, SynonymTier, i });
            }
        }
        return result;
    }();
    return matches;
}

int wordCount(const QString &header)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : header) {
        const bool alnum = c.isLetterOrNumber();
        if (alnum && !inWord)
            ++words;
        inWord = alnum;
    }
    return words;
}

QVector<Candidate> candidatesFor(int column, const QString &header)
{
    QVector<Candidate> candidates;
    const QString key = ColumnMapping::normalizedHeader(header);
    if (key.isEmpty())
        return candidates;
    const auto exact = exactMatches().constFind(key);
    if (exact != exactMatches().constEnd())
        candidates.append({ exact->tier, exact->index, column, exact->field });
    for (const FieldSynonyms &entry : synonymTable()) {
        // The label people see in this language, so that a file exported by hand from our own
        // table view maps back.
        if (ColumnMapping::normalizedHeader(fieldLabel(entry.field)) == key)
            candidates.append({ LabelTier, 0, column, entry.field });
    }
    if (wordCount(header) >= 3) {
        for (const FieldSynonyms &entry : synonymTable()) {
            for (int i = 0; i < entry.keywords.size(); ++i) {
                if (key.contains(ColumnMapping::normalizedHeader(QString::fromLatin1(entry.keywords.at(i))))) {
                    candidates.append({ KeywordTier, i, column, entry.field });
                    break;
                }
            }
        }
    }
    return candidates;
}

// Gives the columns in `open` the fields nobody holds yet, best match first.
void assignAutomatically(ColumnMapping *mapping, const QVector<bool> &open)
{
    QVector<Candidate> candidates;
    const QStringList header = mapping->header();
    for (int column = 0; column < header.size(); ++column) {
        if (open.at(column))
            candidates += candidatesFor(column, header.at(column));
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        if (a.tier != b.tier)
            return a.tier < b.tier;
        if (a.index != b.index)
            return a.index < b.index;
        return a.column < b.column;
    });
    QVector<bool> columnTaken(header.size(), false);
    for (const Candidate &c : std::as_const(candidates)) {
        if (columnTaken.at(c.column) || mapping->columnFor(c.field) >= 0)
            continue;
        mapping->setTarget(c.column, c.field);
        columnTaken[c.column] = true;
    }
}

QString translated(const char *text)
{
    return QCoreApplication::translate("ColumnMapping", text);
}

} // namespace

ColumnMapping::ColumnMapping(const QStringList &header)
    : m_header(header)
    , m_targets(header.size())
{
}

ColumnMapping ColumnMapping::automatic(const QStringList &header)
{
    ColumnMapping mapping(header);
    assignAutomatically(&mapping, QVector<bool>(header.size(), true));
    return mapping;
}

QString ColumnMapping::normalizedHeader(const QString &header)
{
    // Byte-order marks, quotes and spaces in front, then a question number ("2_", "16.", "3) ").
    static const QRegularExpression numberPrefix(QStringLiteral("^[^\\p{L}\\p{N}]*\\d{1,3}\\s*[_.):-][\\s_.):-]*"));
    QString text = header;
    const QRegularExpressionMatch prefix = numberPrefix.match(text);
    if (prefix.hasMatch() && prefix.capturedEnd() < text.size())
        text.remove(0, prefix.capturedEnd());
    QString key;
    key.reserve(text.size());
    for (const QChar c : std::as_const(text)) {
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    }
    return key;
}

std::optional<SystemField> ColumnMapping::target(int column) const
{
    if (column < 0 || column >= m_targets.size())
        return std::nullopt;
    return m_targets.at(column);
}

void ColumnMapping::setTarget(int column, std::optional<SystemField> field)
{
    if (column < 0 || column >= m_targets.size())
        return;
    if (field) {
        // The field moves: the column that held it becomes a custom attribute again.
        const int previous = columnFor(*field);
        if (previous >= 0)
            m_targets[previous].reset();
    }
    m_targets[column] = field;
}

int ColumnMapping::columnFor(SystemField field) const
{
    for (int column = 0; column < m_targets.size(); ++column) {
        if (m_targets.at(column) == field)
            return column;
    }
    return -1;
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonObject columns;
    for (int column = 0; column < m_header.size(); ++column) {
        if (columns.contains(m_header.at(column)))
            continue; // a duplicate header: the first one speaks for it
        const auto field = m_targets.at(column);
        columns.insert(m_header.at(column), field ? QJsonValue(fieldId(*field)) : QJsonValue(QJsonValue::Null));
    }
    return QJsonObject{ { QStringLiteral("format"), QStringLiteral("mandate-mapping") },
                        { QStringLiteral("version"), 1 },
                        { QStringLiteral("columns"), columns } };
}

std::optional<ColumnMapping> ColumnMapping::fromJson(const QJsonObject &json, const QStringList &header,
                                                     QString *error)
{
    if (json.value(QStringLiteral("format")).toString() != QLatin1String("mandate-mapping")) {
        *error = translated(QT_TRANSLATE_NOOP("ColumnMapping", "This is not a Mandate mapping file."));
        return std::nullopt;
    }
    if (json.value(QStringLiteral("version")).toInt() != 1) {
        *error = translated(QT_TRANSLATE_NOOP("ColumnMapping", "Mapping file version %1 is not supported."))
                     .arg(json.value(QStringLiteral("version")).toVariant().toString());
        return std::nullopt;
    }
    const QJsonValue columnsValue = json.value(QStringLiteral("columns"));
    if (!columnsValue.isObject()) {
        *error = translated(QT_TRANSLATE_NOOP("ColumnMapping", "The mapping file has no \"columns\" object."));
        return std::nullopt;
    }

    // Every entry is checked, even those this file's header does not have: a mapping file is
    // wrong or right as a whole. Headers are matched exactly first, then as normalised.
    const QJsonObject columns = columnsValue.toObject();
    QHash<QString, std::optional<SystemField>> byNormalized;
    QHash<QString, QString> firstHeaderFor; // field id -> mapping header, to find duplicates
    for (auto it = columns.constBegin(); it != columns.constEnd(); ++it) {
        std::optional<SystemField> field;
        if (it.value().isString()) {
            field = fieldFromId(it.value().toString());
            if (!field) {
                *error = translated(QT_TRANSLATE_NOOP("ColumnMapping",
                                                      "Column \"%1\" is mapped to \"%2\", which is not a field."))
                             .arg(it.key(), it.value().toString());
                return std::nullopt;
            }
            const QString id = fieldId(*field);
            if (firstHeaderFor.contains(id)) {
                *error = translated(QT_TRANSLATE_NOOP("ColumnMapping",
                                                      "Columns \"%1\" and \"%2\" are both mapped to \"%3\"."))
                             .arg(firstHeaderFor.value(id), it.key(), id);
                return std::nullopt;
            }
            firstHeaderFor.insert(id, it.key());
        } else if (!it.value().isNull()) {
            *error = translated(QT_TRANSLATE_NOOP("ColumnMapping",
                                                  "Column \"%1\" must map to a field id or to null."))
                         .arg(it.key());
            return std::nullopt;
        }
        byNormalized.insert(normalizedHeader(it.key()), field);
    }

    ColumnMapping mapping(header);
    QVector<bool> open(header.size(), true);
    for (int column = 0; column < header.size(); ++column) {
        const QString &name = header.at(column);
        std::optional<SystemField> field;
        if (columns.contains(name)) {
            field = columns.value(name).isString() ? fieldFromId(columns.value(name).toString()) : std::nullopt;
        } else if (byNormalized.contains(normalizedHeader(name))) {
            field = byNormalized.value(normalizedHeader(name));
        } else {
            continue; // not named in the file: mapped automatically below
        }
        open[column] = false;
        if (field && mapping.columnFor(*field) < 0)
            mapping.setTarget(column, field);
    }
    assignAutomatically(&mapping, open);
    return mapping;
}

} // namespace Mandate
