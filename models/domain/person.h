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
};

} // namespace Mandate
