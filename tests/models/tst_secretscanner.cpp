// Secrets in imported data are found and redacted, and ordinary inventory text is left alone.
#include "io/secretscanner.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Mandate;

namespace {

// Example secrets are obviously fake but format-valid; tokens are assembled from parts so that
// this file does not itself look like a leaked credential to repository scanners.
QString joined(std::initializer_list<const char *> parts)
{
    QString text;
    for (const char *part : parts)
        text += QLatin1String(part);
    return text;
}

const QString awsKeyId = QStringLiteral("AKIAIOSFODNN7EXAMPLE"); // AWS's documented example
const QString awsSecret = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
const QString githubToken = joined({ "ghp", "_", "EXAMPLEfake0123456789abcdefghijklmnop" });
const QString githubPat = joined({ "github", "_pat_", "11EXAMPLE0fake0123456789", "_",
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ012345678" });
const QString gitlabToken = joined({ "glpat", "-", "EXAMPLEfake0123456789" });
const QString slackToken = joined({ "xoxb", "-", "000000000000-0000000000000-EXAMPLEfakeEXAMPLEfake" });
const QString slackWebhook
    = joined({ "https://hooks.slack.com", "/services/", "T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX" });
const QString jwt = joined({ "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.",
    "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.",
    "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c" });
const QString privateKey = joined({ "-----BEGIN OPENSSH ", "PRIVATE KEY-----\n",
    "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n",
    "-----END OPENSSH PRIVATE KEY-----" });

} // namespace

class TestSecretScanner : public QObject
{
    Q_OBJECT

private slots:
    void eachRuleFiresOnItsSecretAndNotOnLookalikes_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("kind"); // empty: no secret may be found
        QTest::addColumn<QString>("secret"); // must not survive redaction

        const QString notes = QStringLiteral("notes");
        auto fires = [&](const char *name, const QString &value, const char *kind, const QString &secret,
                         const QString &column = QStringLiteral("notes")) {
            QTest::addRow("%s", name) << value << column << QString::fromLatin1(kind) << secret;
        };
        auto quiet
            = [&](const char *name, const QString &value, const QString &column = QStringLiteral("notes")) {
                  QTest::addRow("%s", name) << value << column << QString() << QString();
              };

        fires("an AWS access key id is found", awsKeyId, "AWS access key", awsKeyId);
        fires("a temporary AWS key id is found", QStringLiteral("ASIAY34FZKBOKMUTVV7A"), "AWS access key",
            QStringLiteral("ASIAY34FZKBOKMUTVV7A"));
        quiet("a lower-case akia word is not an AWS key", QStringLiteral("akiaiosfodnn7example is a typo"));
        fires("an AWS secret key next to its name is found",
            QStringLiteral("aws_secret_access_key = ") + awsSecret, "AWS secret access key", awsSecret);
        quiet("forty base64 characters without AWS nearby are not an AWS secret",
            QStringLiteral("digest ") + awsSecret);
        fires("a GitHub classic token is found", QStringLiteral("token for CI: ") + githubToken,
            "GitHub token", githubToken);
        fires("a GitHub fine-grained token is found", githubPat, "GitHub token", githubPat);
        quiet("a short ghp_ name is not a GitHub token", QStringLiteral("see ghp_config for details"));
        fires("a GitLab token is found", gitlabToken, "GitLab token", gitlabToken);
        quiet("a short glpat- name is not a GitLab token", QStringLiteral("glpat-short"));
        fires("a Slack bot token is found", slackToken, "Slack token", slackToken);
        quiet("a Slack-like prefix alone is not a token", QStringLiteral("xoxb- tokens are rotated monthly"));
        fires("a Slack webhook URL is found", QStringLiteral("Alerts go to ") + slackWebhook,
            "Slack webhook URL", slackWebhook);
        quiet("a Slack API page is not a webhook", QStringLiteral("https://api.slack.com/apps"));
        fires("a JSON web token is found", QStringLiteral("Authorization: Bearer ") + jwt, "JSON web token",
            jwt);
        quiet("three base64url segments without an alg header are not a JWT",
            QStringLiteral("eyJub3QiOiJhIHRva2VuIn0.eyJzdWIiOiIxIn0.c2lnbmF0dXJl"));
        fires("an OpenSSH private key block is found", privateKey, "Private key", privateKey.mid(36, 40));
        fires("an RSA private key block cut short is still found",
            joined({ "-----BEGIN RSA ", "PRIVATE KEY-----\nMIIEowIBAAKCAQEAexample" }), "Private key",
            QStringLiteral("MIIEowIBAAKCAQEAexample"));
        fires("an EC private key block is found",
            joined({ "key: -----BEGIN EC ", "PRIVATE KEY-----MHcCAQEEIexample-----END EC PRIVATE KEY-----" }),
            "Private key", QStringLiteral("MHcCAQEEIexample"));
        quiet("a certificate is not a private key", QStringLiteral("-----BEGIN CERTIFICATE-----MIIBexample"));
        fires("a password in a PostgreSQL URL is found",
            QStringLiteral("postgres://inventory:S3cretPassw0rd@db.example.com:5432/ai"), "Password in a URL",
            QStringLiteral("S3cretPassw0rd"));
        fires("a password in a MongoDB URL is found",
            QStringLiteral("mongodb+srv://svc:hunter2@cluster0.example.net/?retryWrites=true"),
            "Password in a URL", QStringLiteral("hunter2"));
        fires("a password containing @ in a MySQL URL is found whole",
            QStringLiteral("mysql://root:p@ssw0rd@10.0.0.5/db"), "Password in a URL",
            QStringLiteral("p@ssw0rd"));
        fires("a password in a JDBC query string is found",
            QStringLiteral("jdbc:postgresql://db/inv?user=svc&password=Tr0ub4dor"), "Password in a URL",
            QStringLiteral("Tr0ub4dor"));
        quiet("a URL with a port and no password is ordinary",
            QStringLiteral("https://example.com:8443/path?q=1"));
        quiet("a URL with a user and no password is ordinary",
            QStringLiteral("ssh://git@example.com/repo.git"));
        quiet("a placeholder password in a URL is not a secret",
            QStringLiteral("postgres://user:${DB_PASSWORD}@db.example.com/ai"));
        fires("a password in an ADO connection string is found",
            QStringLiteral("Server=db.example.com;Database=ai;User Id=sa;Password=Hunter 2!;"),
            "Password in a connection string", QStringLiteral("Hunter 2!"));
        fires("a braced password in an ODBC string is found",
            QStringLiteral("Driver={ODBC Driver 18};Server=db;Uid=sa;Pwd={abc;def}"),
            "Password in a connection string", QStringLiteral("{abc;def}"));
        quiet("a connection string with integrated security is ordinary",
            QStringLiteral("Server=db.example.com;Database=ai;Integrated Security=SSPI;"));
        fires("an api_key assignment with a long value is found",
            QStringLiteral("api_key=9f8e7d6c5b4a39281706abcdef"), "API key or token",
            QStringLiteral("9f8e7d6c5b4a39281706abcdef"));
        fires("a JSON-style client secret is found",
            QStringLiteral(R"({"client_secret": "Qm9vbGVhbjEyMzQ1Njc4OTA"})"), "API key or token",
            QStringLiteral("Qm9vbGVhbjEyMzQ1Njc4OTA"));
        fires("a password assignment is found", QStringLiteral("DB_PASSWORD=Summer2024!"), "Password",
            QStringLiteral("Summer2024!"));
        fires("an opaque bearer token is found",
            QStringLiteral("curl -H 'Authorization: Bearer 8f14e45fceea167a5a36dedd4bea2543Xy'"),
            "API key or token", QStringLiteral("8f14e45fceea167a5a36dedd4bea2543Xy"));
        quiet("a token assignment with a word is not a secret",
            QStringLiteral("token: required for every call"));
        quiet("a password remark is not a secret", QStringLiteral("Password: stored in the vault"));
        quiet("a key label followed by a hyphenated name is not a secret",
            QStringLiteral("Key: Fraud-Detection-Model-v2, owned by Claims"));
        fires("a token with a recognisable prefix and a random tail is found",
            QStringLiteral("stripe_key=sk_test_4eC39HqLyjWDarjtT1zdp7dc"), "API key or token",
            QStringLiteral("sk_test_4eC39HqLyjWDarjtT1zdp7dc"));
        quiet("a hyphenated name in a credential column is not a secret",
            QStringLiteral("Client-Credentials-Flow-2024-Q3"), QStringLiteral("auth_method"));
        quiet("a token URL is not a secret",
            QStringLiteral("token_url: https://login.example.com/oauth2/token"));
        fires("a long random value in a secret column is found", QStringLiteral("Zx8qT3vLp0RwN5yKb7Hd2JmC"),
            "High-entropy string", QStringLiteral("Zx8qT3vLp0RwN5yKb7Hd2JmC"),
            QStringLiteral("Client Secret"));
        fires("a long random value in an apiKey column is found", QStringLiteral("k3J9xQ2mZ7pL4vB8nR1tY6wE"),
            "High-entropy string", QStringLiteral("k3J9xQ2mZ7pL4vB8nR1tY6wE"), QStringLiteral("apiKey"));
        quiet("the same random value in a description is not judged",
            QStringLiteral("Zx8qT3vLp0RwN5yKb7Hd2JmC"), QStringLiteral("description"));
        quiet("a key risks column is not a credential column", QStringLiteral("Zx8qT3vLp0RwN5yKb7Hd2JmC"),
            QStringLiteral("54_key_risks"));
        quiet("an Authority to Operate column is not a credential column",
            QStringLiteral("Zx8qT3vLp0RwN5yKb7Hd2JmC"),
            QStringLiteral("Does this AI use case have an associated Authority to Operate (ATO)?"));
        quiet("an identifier in a credential column is not a secret",
            QStringLiteral("OAuth2ClientCredentials"), QStringLiteral("auth"));
        quiet("a UUID in a credential column is not a secret",
            QStringLiteral("123e4567-e89b-12d3-a456-426614174000"), QStringLiteral("credential"));
        quiet("an embedded image in a token column is not a secret",
            QStringLiteral(
                "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk"),
            QStringLiteral("token"));
        quiet("a short password value is below the entropy rule", QStringLiteral("hunter2"),
            QStringLiteral("password"));

        // Ordinary inventory text.
        quiet("a UUID is ordinary", QStringLiteral("123e4567-e89b-12d3-a456-426614174000"), notes);
        quiet("a hex digest is ordinary",
            QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            QStringLiteral("checksum"));
        quiet("an e-mail address is ordinary", QStringLiteral("ai-governance@agency.example.gov"), notes);
        quiet("a file path is ordinary", QStringLiteral("/srv/models/fraud-scorer/v2.3.1/model.onnx"), notes);
        quiet("a version string is ordinary", QStringLiteral("2.14.0-rc.1+build.20240501"), notes);
        quiet("long prose is ordinary",
            QStringLiteral(
                "The model ranks incoming benefit claims by estimated fraud risk. Key risks include "
                "disparate impact across regions; the access key to the claims system is held by the "
                "platform team and rotated quarterly, and no token is stored in the tool."),
            QStringLiteral("What are the key risks from using the AI?"));
    }

    void eachRuleFiresOnItsSecretAndNotOnLookalikes()
    {
        QFETCH(QString, value);
        QFETCH(QString, column);
        QFETCH(QString, kind);
        QFETCH(QString, secret);

        const std::optional<SecretScanner::Match> match = SecretScanner::scan(value, column);
        if (kind.isEmpty()) {
            QVERIFY2(!match, match ? qPrintable(match->kind + QStringLiteral(": ") + match->redacted) : "");
            return;
        }
        QVERIFY(match);
        QCOMPARE(match->kind, kind);
        QVERIFY2(!match->redacted.contains(secret.left(5)), qPrintable(match->redacted));
        QVERIFY(match->redacted.contains(QStringLiteral("[redacted: ") + kind + QStringLiteral("]")));
        // What is left is clean: scanning it again finds nothing.
        QCOMPARE(SecretScanner::scan(match->redacted, column), std::nullopt);
    }

    void redactionKeepsTheRestOfTheValue_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("redacted");

        QTest::addRow("a key in prose keeps the prose")
            << QStringLiteral("Uses key %1 for S3 uploads.").arg(awsKeyId) << QStringLiteral("AWS access key")
            << QStringLiteral("Uses key [redacted: AWS access key] for S3 uploads.");
        QTest::addRow("a URL keeps its user and host")
            << QStringLiteral("Reads postgres://svc:S3cretPassw0rd@db.example.com/ai nightly.")
            << QStringLiteral("Password in a URL")
            << QStringLiteral(
                   "Reads postgres://svc:[redacted: Password in a URL]@db.example.com/ai nightly.");
        QTest::addRow("several secrets are each redacted, the first one named")
            << QStringLiteral("Deploy with %1, notify %2, push with %3.")
                   .arg(gitlabToken, slackWebhook, githubToken)
            << QStringLiteral("GitLab token")
            << QStringLiteral("Deploy with [redacted: GitLab token], notify [redacted: Slack webhook URL], "
                              "push with [redacted: GitHub token].");
        QTest::addRow("the leftmost secret is named whatever its rule")
            << QStringLiteral("%1 then %2").arg(jwt, awsKeyId) << QStringLiteral("JSON web token")
            << QStringLiteral("[redacted: JSON web token] then [redacted: AWS access key]");
        QTest::addRow("a JWT inside a token assignment is named a JWT")
            << QStringLiteral("token=%1").arg(jwt) << QStringLiteral("JSON web token")
            << QStringLiteral("token=[redacted: JSON web token]");
        QTest::addRow("a private key between lines of text keeps both lines")
            << QStringLiteral("Signing key:\n%1\nRotated 2024.").arg(privateKey)
            << QStringLiteral("Private key")
            << QStringLiteral("Signing key:\n[redacted: Private key]\nRotated 2024.");
    }

    void redactionKeepsTheRestOfTheValue()
    {
        QFETCH(QString, value);
        QFETCH(QString, kind);
        QFETCH(QString, redacted);

        const std::optional<SecretScanner::Match> match = SecretScanner::scan(value, QStringLiteral("notes"));
        QVERIFY(match);
        QCOMPARE(match->kind, kind);
        QCOMPARE(match->redacted, redacted);
    }

    void aPrivateKeyOfMegabytesIsRedactedWhole()
    {
        QString value = QStringLiteral("Exported: -----BEGIN RSA ") + QStringLiteral("PRIVATE KEY-----\n");
        while (value.size() < 4 * 1024 * 1024)
            value += QStringLiteral("MIIEowIBAAKCAQEAexampleexampleexampleexample0123456789+/\n");
        const std::optional<SecretScanner::Match> match = SecretScanner::scan(value, QStringLiteral("notes"));
        QVERIFY(match);
        QCOMPARE(match->redacted, QStringLiteral("Exported: [redacted: Private key]"));
    }

    void emptyValuesAndColumnsAreHarmless()
    {
        QCOMPARE(SecretScanner::scan(QString(), QString()), std::nullopt);
        QCOMPARE(SecretScanner::scan(QString(), QStringLiteral("password")), std::nullopt);
        QVERIFY(SecretScanner::scan(awsKeyId, QString()));
    }

    void scanningTypicalValuesIsFast()
    {
        const QStringList names = { QStringLiteral("Fraud scorer"), QStringLiteral("Claims triage assistant"),
            QStringLiteral("Benefits eligibility chatbot"),
            QStringLiteral("Document summariser for case workers") };
        const QStringList descriptions = {
            QStringLiteral("Ranks incoming benefit claims by estimated fraud risk for human review."),
            QStringLiteral(
                "Drafts replies to citizen enquiries; a case worker approves each reply before it is sent."),
            QStringLiteral(
                "Key risks: disparate impact across regions, monitored monthly by the analytics team."),
            QStringLiteral("Reads scanned forms and extracts fields into the case management system (v2.3)."),
        };
        QStringList values;
        for (int i = 0; i < 100000; ++i)
            values << (i % 2 ? names[i / 2 % names.size()] + QString::number(i)
                             : descriptions[i / 2 % descriptions.size()]);

        QElapsedTimer timer;
        timer.start();
        int found = 0;
        for (int i = 0; i < values.size(); ++i)
            found += SecretScanner::scan(
                values[i], i % 2 ? QStringLiteral("name") : QStringLiteral("description"))
                         .has_value();
        qInfo("Scanned 100k typical short values in %lld ms", timer.elapsed());
        QCOMPARE(found, 0);
    }
};

QTEST_GUILESS_MAIN(TestSecretScanner)
#include "tst_secretscanner.moc"
