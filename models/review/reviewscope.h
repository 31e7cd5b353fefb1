#pragma once
// Which systems a review campaign covers: a small saved filter, written as text so that the CLI's
// --scope, the campaign dialog and the stored campaign all say the same thing.
//
//   is:identity-subject is:nhi-risk   systems with either derived fact Yes (the default scope)
//   paradigm:agentic paradigm:generative   recorded paradigm, any of those given
//   stage:production                   lifecycle stage, any of those given
//   payments bot                       words that name, vendor, description or owners must all contain
//
// Terms of different kinds must all hold; repeated terms of one kind are alternatives. An empty
// filter covers every system.

#include "domain/aisystem.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Mandate {

class ReviewScope
{
public:
    static QString defaultText();
    // nullopt with a translated error (when error is given) naming the term for an unknown key or value.
    static std::optional<ReviewScope> parse(const QString &text, QString *error);

    // ownerNames: the system's owners' names, for the words.
    bool matches(const AiSystem &system, const QStringList &ownerNames) const;

private:
    QList<Paradigm> m_paradigms;
    QList<LifecycleStage> m_stages;
    bool m_identitySubject = false;
    bool m_nhiRisk = false;
    QStringList m_words; // lower case
};

} // namespace Mandate
