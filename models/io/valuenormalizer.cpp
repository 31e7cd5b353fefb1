#include "valuenormalizer.h"

#include "domain/vocabulary.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace Mandate::ValueNormalizer {
namespace {

// What the words of a value are, without case, spacing or punctuation: "Acquisition and/or
// Development" and "acquisition and or development" are the same answer.
QString valueKey(const QString &raw)
{
    QString key;
    key.reserve(raw.size());
    for (const QChar c : raw) {
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    }
    return key;
}

// Answers that say "we do not know": they yield the field's empty value, never a problem.
bool isUnknownMarker(const QString &raw)
{
    static const QSet<QString> markers = { QString(),
                                           QStringLiteral("unknown"),
                                           QStringLiteral("na"),
                                           QStringLiteral("tbd"),
                                           QStringLiteral("tbc"),
                                           QStringLiteral("notknown"),
                                           QStringLiteral("unsure"),
                                           QStringLiteral("dontknow"),
                                           QStringLiteral("notapplicable") };
    return markers.contains(valueKey(raw));
}

struct Synonyms
{
    const char *id;
    QVector<const char *> words;
};

using Lookup = QHash<QString, QString>; // value key -> vocabulary id

// Every id of the vocabulary matches itself (and its label), then the synonyms of the table.
template<typename E>
Lookup buildLookup(const QVector<Synonyms> &table)
{
    Lookup lookup;
    for (const QString &id : allIds<E>()) {
        lookup.insert(valueKey(id), id);
        lookup.insert(valueKey(label(*fromId<E>(id))), id);
    }
    for (const Synonyms &entry : table) {
        for (const char *word : entry.words) {
            Q_ASSERT_X(!lookup.contains(valueKey(QString::fromUtf8(word)))
                           || lookup.value(valueKey(QString::fromUtf8(word))) == QLatin1String(entry.id),
                       "ValueNormalizer", "a synonym names two values");
            lookup.insert(valueKey(QString::fromUtf8(word)), QString::fromLatin1(entry.id));
        }
    }
    return lookup;
}

const Lookup &tristates()
{
    static const Lookup lookup = buildLookup<Tristate>({
        { "yes", { "y", "true", "1", "x", "checked" } },
        { "no", { "n", "false", "0", "unchecked" } },
    });
    return lookup;
}

// Labels inventories use for the kind of AI. The recorded paradigm is only the label: the
// classifier still judges behaviour, so a broad family ("NLP", "computer vision") goes to the
// paradigm its outputs usually have.
const Lookup &paradigms()
{
    static const Lookup lookup = buildLookup<Paradigm>({
        { "agentic",
          { "agentic ai", "agent", "agents", "ai agent", "ai agents", "autonomous agent", "autonomous agents",
            "agentic system", "multi agent system" } },
        { "generative",
          { "generative ai", "genai", "gen ai", "llm", "llms", "large language model", "large language models",
            "foundation model", "foundation models", "generative model" } },
        { "predictive",
          { "predictive ai", "predictive analytics", "predictive model", "classical ml",
            "classical machine learning", "traditional ml", "traditional machine learning", "machine learning",
            "ml", "nlp", "natural language processing", "computer vision", "image recognition",
            "speech recognition", "predictive", "forecast", "forecasting", "classification", "regression",
            "anomaly detection", "statistical model" } },
        { "causal", { "causal ai", "causal inference", "causal model", "causal analysis" } },
    });
    return lookup;
}

// The federal inventory's stages (NIST SDLC names, and what agencies wrote instead) included.
const Lookup &lifecycleStages()
{
    static const Lookup lookup = buildLookup<LifecycleStage>({
        { "proposed",
          { "pre deployment", "predeployment", "planned", "planning", "in planning", "initiated", "idea",
            "ideation", "concept", "proposal" } },
        { "development",
          { "in development", "under development", "development and acquisition", "acquisition and development",
            "acquisition and/or development", "acquisition or development", "acquisition", "build" } },
        { "pilot",
          { "piloting", "in pilot", "implementation and assessment", "testing", "in testing", "test",
            "proof of concept", "poc", "trial", "beta" } },
        { "production",
          { "deployed", "in production", "in use", "operation and maintenance", "operations and maintenance",
            "operational", "in operation", "live", "in mission", "active" } },
        { "retiring", { "being retired", "sunsetting", "phasing out", "decommissioning" } },
        // "Research or administrative action complete" (the federal inventory): the work is
        // finished and nothing keeps running, which is what offboarded records.
        { "offboarded",
          { "retired", "decommissioned", "discontinued", "research or administrative action complete",
            "research complete", "administrative action complete" } },
    });
    return lookup;
}

const Lookup &outputKinds()
{
    static const Lookup lookup = buildLookup<OutputKind>({
        { "explanation", { "explanations", "explain", "causal explanation" } },
        { "prediction",
          { "predictions", "predict", "score", "scores", "scoring", "estimate", "estimates", "forecasts",
            "recommendation", "recommendations" } },
        { "content",
          { "generated content", "text", "image", "images", "code", "artefact", "artefacts", "artifact",
            "artifacts", "document", "documents" } },
        { "action", { "actions", "act", "acts", "execution", "executes actions" } },
    });
    return lookup;
}

const Lookup &approvalGates()
{
    static const Lookup lookup = buildLookup<ApprovalGate>({
        { "none", { "no", "no approval", "no gate", "not gated", "autonomous", "fully autonomous" } },
        { "per_action",
          { "each action", "every action", "per step", "human in the loop", "hitl", "approval per action" } },
        { "per_session", { "session", "each session", "every session", "approval per session" } },
        { "two_person",
          { "two person rule", "two people", "four eyes", "four eyes principle", "dual approval",
            "dual control" } },
    });
    return lookup;
}

QString translated(const char *text)
{
    return QCoreApplication::translate("ValueNormalizer", text);
}

// The canonical id (or text) through the validator every edit path shares.
std::optional<QVariant> checked(SystemField field, const QString &value, QString *problem)
{
    return normalizedFieldValue(field, QVariant(value), problem);
}

std::optional<QVariant> fromLookup(SystemField field, const Lookup &lookup, const QString &emptyId,
                                   const QString &raw, QString *problem)
{
    if (isUnknownMarker(raw))
        return checked(field, emptyId, problem);
    const auto found = lookup.constFind(valueKey(raw));
    // Not understood: the validator names the ids it would take.
    return checked(field, found != lookup.constEnd() ? *found : raw.trimmed(), problem);
}

std::optional<QVariant> tristate(SystemField field, const QString &raw, QString *problem)
{
    static const QString ticks = QStringLiteral("\u2713\u2714\u2611\u2705");
    static const QString crosses = QStringLiteral("\u2717\u2718\u2610\u274C");
    const QString text = raw.trimmed();
    if (text.size() == 1 && ticks.contains(text.at(0)))
        return checked(field, QStringLiteral("yes"), problem);
    if (text.size() == 1 && crosses.contains(text.at(0)))
        return checked(field, QStringLiteral("no"), problem);
    return fromLookup(field, tristates(), QStringLiteral("unknown"), raw, problem);
}

// A single label, or a list of them ("GenAI; LLM", "['NLP', 'Machine learning']"), as long as
// they all name the same paradigm. Labels that disagree are reported, not ranked.
std::optional<QVariant> paradigm(const QString &raw, QString *problem)
{
    static const QRegularExpression separators(QStringLiteral("[;,|\\n]"));
    QString text = raw.trimmed();
    if (text.startsWith(QLatin1Char('[')) && text.endsWith(QLatin1Char(']')))
        text = text.mid(1, text.size() - 2);
    QStringList named;
    for (const QString &item : text.split(separators, Qt::SkipEmptyParts)) {
        if (isUnknownMarker(item))
            continue;
        const auto found = paradigms().constFind(valueKey(item));
        if (found == paradigms().constEnd())
            return checked(SystemField::Paradigm, raw.trimmed(), problem);
        if (!named.contains(*found))
            named << *found;
    }
    if (named.size() > 1) {
        *problem = translated(QT_TRANSLATE_NOOP("ValueNormalizer", "'%1' names several paradigms: %2"))
                       .arg(raw.trimmed(), named.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    return checked(SystemField::Paradigm, named.isEmpty() ? QStringLiteral("undecided") : named.first(), problem);
}

std::optional<QVariant> date(const QString &raw, QString *problem)
{
    const QString text = raw.trimmed();
    if (isUnknownMarker(text))
        return checked(SystemField::LastReviewed, QString(), problem);
    // Slashes with the year last are read as MM/DD/YYYY, as US exports (the federal inventory,
    // Excel in en-US) write them; DD/MM/YYYY is ambiguous with it, so day-first dates must use
    // dots ("31.01.2026"), the form that is unambiguous in practice.
    static const QRegularExpression isoLike(QStringLiteral(
        "^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?$"));
    static const QRegularExpression yearFirstSlashes(QStringLiteral("^(\\d{4})/(\\d{1,2})/(\\d{1,2})$"));
    static const QRegularExpression monthFirstSlashes(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"));
    static const QRegularExpression dayFirstDots(QStringLiteral("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})$"));
    QDate parsed;
    QRegularExpressionMatch m;
    if ((m = isoLike.match(text)).hasMatch() || (m = yearFirstSlashes.match(text)).hasMatch())
        parsed = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    else if ((m = monthFirstSlashes.match(text)).hasMatch())
        parsed = QDate(m.captured(3).toInt(), m.captured(1).toInt(), m.captured(2).toInt());
    else if ((m = dayFirstDots.match(text)).hasMatch())
        parsed = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    if (!parsed.isValid()) {
        *problem = translated(QT_TRANSLATE_NOOP("ValueNormalizer",
                                                "'%1' is not a date (YYYY-MM-DD, MM/DD/YYYY, DD.MM.YYYY or YYYY/MM/DD)"))
                       .arg(text);
        return std::nullopt;
    }
    return checked(SystemField::LastReviewed, parsed.toString(Qt::ISODate), problem);
}

// Days as digits ("90", "90 days"), or the usual words for a period.
std::optional<QVariant> cadence(const QString &raw, QString *problem)
{
    if (isUnknownMarker(raw))
        return checked(SystemField::ReviewCadenceDays, QStringLiteral("0"), problem);
    static const QRegularExpression days(QStringLiteral("^(\\d+)\\s*(?:d|days?)?$"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QHash<QString, int> periods = {
        { QStringLiteral("weekly"), 7 },        { QStringLiteral("monthly"), 30 },
        { QStringLiteral("quarterly"), 90 },    { QStringLiteral("semiannually"), 182 },
        { QStringLiteral("semiannual"), 182 },  { QStringLiteral("halfyearly"), 182 },
        { QStringLiteral("annually"), 365 },    { QStringLiteral("annual"), 365 },
        { QStringLiteral("yearly"), 365 },
    };
    const QString text = raw.trimmed();
    const QRegularExpressionMatch m = days.match(text);
    if (m.hasMatch())
        return checked(SystemField::ReviewCadenceDays, m.captured(1), problem);
    const auto period = periods.constFind(valueKey(text));
    if (period != periods.constEnd())
        return checked(SystemField::ReviewCadenceDays, QString::number(*period), problem);
    return checked(SystemField::ReviewCadenceDays, text, problem);
}

// The ids of a closed vocabulary, for files that already hold them (the native layout): those
// need no key building and no second validation. Null for fields that are not vocabularies.
const QSet<QString> *vocabularyIds(SystemField field)
{
    static const auto idSet = [](const QStringList &ids) { return QSet<QString>(ids.cbegin(), ids.cend()); };
    static const QSet<QString> tristateIds = idSet(allIds<Tristate>());
    static const QSet<QString> paradigmIds = idSet(allIds<Paradigm>());
    static const QSet<QString> outputKindIds = idSet(allIds<OutputKind>());
    static const QSet<QString> approvalGateIds = idSet(allIds<ApprovalGate>());
    static const QSet<QString> lifecycleIds = idSet(allIds<LifecycleStage>());
    if (isTristateField(field))
        return &tristateIds;
    switch (field) {
    case SystemField::Paradigm: return &paradigmIds;
    case SystemField::OutputKind: return &outputKindIds;
    case SystemField::ApprovalGate: return &approvalGateIds;
    case SystemField::LifecycleStage: return &lifecycleIds;
    default: return nullptr;
    }
}

bool isIsoDate(const QString &text)
{
    return text.size() == 10 && text.at(4) == QLatin1Char('-') && text.at(7) == QLatin1Char('-')
        && QDate::fromString(text, Qt::ISODate).isValid();
}

} // namespace

std::optional<QVariant> normalize(SystemField field, const QString &raw, QString *problem)
{
    if (const QSet<QString> *ids = vocabularyIds(field); ids && ids->contains(raw))
        return QVariant(raw);
    if (field == SystemField::LastReviewed && isIsoDate(raw))
        return QVariant(raw);

    if (isTristateField(field))
        return tristate(field, raw, problem);
    switch (field) {
    case SystemField::Paradigm:
        return paradigm(raw, problem);
    case SystemField::OutputKind:
        return fromLookup(field, outputKinds(), QStringLiteral("unknown"), raw, problem);
    case SystemField::ApprovalGate:
        return fromLookup(field, approvalGates(), QStringLiteral("unknown"), raw, problem);
    case SystemField::LifecycleStage:
        // The stage has no "unknown": a blank one is the stage of a system entered by hand.
        return fromLookup(field, lifecycleStages(), QStringLiteral("proposed"), raw, problem);
    case SystemField::LastReviewed:
        return date(raw, problem);
    case SystemField::ReviewCadenceDays:
        return cadence(raw, problem);
    case SystemField::BusinessOwner:
    case SystemField::TechnicalOwner:
    case SystemField::RiskOwner:
        // A name for the importer to resolve; "N/A" or "TBD" is nobody.
        return QVariant(isUnknownMarker(raw) ? QString() : raw.trimmed());
    case SystemField::CustomAttributes:
        return checked(field, raw.trimmed().isEmpty() ? QStringLiteral("{}") : raw, problem);
    case SystemField::ExternalId:
    case SystemField::Name:
    case SystemField::Description:
    case SystemField::Vendor:
    case SystemField::OffboardingPlan:
        // Free text is kept as written, "N/A" included: only the validator's rules apply.
        return checked(field, raw, problem);
    default: // the tristates, handled above
        break;
    }
    return checked(field, raw, problem);
}

} // namespace Mandate::ValueNormalizer
