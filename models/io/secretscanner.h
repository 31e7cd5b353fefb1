#pragma once
// Finds values that look like secrets in imported data, so they can be redacted before anything is
// stored: AWS access keys, GitHub, GitLab and Slack tokens, JWTs, private key blocks, connection
// strings with passwords, and long high-entropy strings in credential-like columns. Reports the
// kind of secret, never the secret.

#include <QString>

#include <optional>

namespace Mandate::SecretScanner {

struct Match
{
    QString kind;      // translated, e.g. "AWS access key"
    QString redacted;  // the whole value with each secret replaced by "[redacted: <kind>]"
};

// columnName decides whether the high-entropy rule applies (names like key, token, secret,
// password, credential, api_key, connection_string).
std::optional<Match> scan(const QString &value, const QString &columnName);

} // namespace Mandate::SecretScanner
