#include "reviewscope.h"

#include "rules/derivedfacts.h"

#include <QCoreApplication>

namespace Mandate {

QString ReviewScope::defaultText()
{
    return QStringLiteral("is:identity-subject is:nhi-risk");
}

std::optional<ReviewScope> ReviewScope::parse(const QString &text, QString *error)
{
    ReviewScope scope;
    const QStringList terms = text.split(u' ', Qt::SkipEmptyParts);
    for (const QString &term : terms) {
        const qsizetype colon = term.indexOf(u':');
        if (colon < 0) {
            scope.m_words << term.toLower();
            continue;
        }
        const QString key = term.left(colon).toLower();
        const QString value = term.mid(colon + 1);
        bool known = true;
        if (key == QLatin1String("is")) {
            if (value.compare(QLatin1String("identity-subject"), Qt::CaseInsensitive) == 0)
                scope.m_identitySubject = true;
            else if (value.compare(QLatin1String("nhi-risk"), Qt::CaseInsensitive) == 0)
                scope.m_nhiRisk = true;
            else
                known = false;
        } else if (key == QLatin1String("paradigm")) {
            const auto paradigm = fromId<Paradigm>(value);
            known = paradigm.has_value();
            if (known)
                scope.m_paradigms << *paradigm;
        } else if (key == QLatin1String("stage")) {
            const auto stage = fromId<LifecycleStage>(value);
            known = stage.has_value();
            if (known)
                scope.m_stages << *stage;
        } else {
            if (error)
                *error = QCoreApplication::translate("ReviewScope",
                "“%1” is not a scope term: use is:identity-subject, is:nhi-risk, paradigm:…, stage:… or plain words.")
                         .arg(term);
            return std::nullopt;
        }
        if (!known) {
            if (error)
                *error = QCoreApplication::translate("ReviewScope", "“%1”: unknown value “%2”.").arg(term, value);
            return std::nullopt;
        }
    }
    return scope;
}

bool ReviewScope::matches(const AiSystem &system, const QStringList &ownerNames) const
{
    if (!m_paradigms.isEmpty() && !m_paradigms.contains(system.paradigm))
        return false;
    if (!m_stages.isEmpty() && !m_stages.contains(system.lifecycleStage))
        return false;
    if (m_identitySubject || m_nhiRisk) {
        const DerivedValues facts = deriveValues(system);
        const bool identity = m_identitySubject && facts.identitySubject == Tristate::Yes;
        const bool nhi = m_nhiRisk && facts.nhiRisk == Tristate::Yes;
        if (!identity && !nhi)
            return false;
    }
    if (m_words.isEmpty())
        return true;
    const QString haystack = (QStringList { system.name, system.vendor, system.description } + ownerNames)
                                 .join(u'\n')
                                 .toLower();
    for (const QString &word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

} // namespace Mandate
