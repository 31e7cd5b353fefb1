#pragma once
// A system's position against one framework catalog item (DOMAIN.md section 7).

#include "vocabulary.h"

#include <QDateTime>
#include <QString>

namespace Mandate {

struct Mapping
{
    qint64 id = 0;
    qint64 systemId = 0;
    QString catalogId;
    QString itemId;
    MappingStatus status = MappingStatus::Gap;
    QString controlNote;
    QString evidence;
    QString decidedBy;
    QDateTime decidedAt;
    qint64 rowVersion = 0; // the stored row's version (see AiSystem::rowVersion); 0: not stored yet
};

} // namespace Mandate
