#pragma once
// A person who can own systems or review them. People are records reused across systems.

#include <QString>

namespace Mandate {

struct Person
{
    qint64 id = 0;
    QString name;
    QString email;
    QString team;
    qint64 rowVersion = 0; // the stored row's version (see AiSystem::rowVersion); 0: not stored yet
};

// How a typed or imported name finds a person: ignoring case and surrounding spaces. Every place
// that looks people up by name (edits, imports) uses this, so "amara okafor " is Amara Okafor.
inline QString personNameKey(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

} // namespace Mandate
