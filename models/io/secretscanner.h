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
    QString kind;      // translated, e.g. "AWS access key": the leftmost secret's kind
    QString redacted;  // each secret replaced by "[redacted: <kind>]", in English whatever the UI language
};

// nullopt when the value holds no secret. Only the secret itself is replaced: the password of a
// URL or connection string, the value of "api_key=...", so the rest stays readable. columnName
// decides whether the high-entropy rule applies (names like key, token, secret, password,
// credential, api_key, connection_string; insensitive to case and punctuation) and counts as the
// AWS context of a secret access key. Thread-safe; cheap for ordinary text.
std::optional<Match> scan(const QString &value, const QString &columnName);

} // namespace Mandate::SecretScanner
