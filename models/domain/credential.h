#pragma once
// A non-human identity's credential (DOMAIN.md section 5). Only metadata is kept: the secret
// itself never enters the workspace. Which systems share it follows from the privileges using it.

#include "vocabulary.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace Mandate {

using CredentialId = qint64;

struct Credential
{
    CredentialId id = 0;
    QString name; // a label such as "svc-deploy-bot", never the secret
    CredentialKind kind = CredentialKind::ApiKey;
    CredentialStorage storage = CredentialStorage::Unknown;
    QDate created;
    QDate expires;      // invalid: never expires
    QDate lastRotated;  // invalid: never rotated
    QDate lastUsed;
    QStringList environments; // e.g. production, staging
    Tristate usedByHumans = Tristate::Unknown;
    qint64 rowVersion = 0; // the stored row's version (see AiSystem::rowVersion); 0: not stored yet
};

} // namespace Mandate
