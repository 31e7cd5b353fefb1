#include "io/secretscanner.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cmath>
#include <iterator>
#include <map>
#include <vector>

namespace Mandate::SecretScanner {
namespace {

enum class Kind {
    AwsAccessKey,
    AwsSecretKey,
    GitHubToken,
    GitLabToken,
    SlackToken,
    SlackWebhook,
    Jwt,
    PrivateKey,
    UrlPassword,
    ConnectionStringPassword,
    Password,
    ApiKeyOrToken,
    HighEntropy,
};

// Indexed by Kind.
const char *const kindNames[] = {
    QT_TRANSLATE_NOOP("SecretScanner", "AWS access key"),
    QT_TRANSLATE_NOOP("SecretScanner", "AWS secret access key"),
    QT_TRANSLATE_NOOP("SecretScanner", "GitHub token"),
    QT_TRANSLATE_NOOP("SecretScanner", "GitLab token"),
    QT_TRANSLATE_NOOP("SecretScanner", "Slack token"),
    QT_TRANSLATE_NOOP("SecretScanner", "Slack webhook URL"),
    QT_TRANSLATE_NOOP("SecretScanner", "JSON web token"),
    QT_TRANSLATE_NOOP("SecretScanner", "Private key"),
    QT_TRANSLATE_NOOP("SecretScanner", "Password in a URL"),
    QT_TRANSLATE_NOOP("SecretScanner", "Password in a connection string"),
    QT_TRANSLATE_NOOP("SecretScanner", "Password"),
    QT_TRANSLATE_NOOP("SecretScanner", "API key or token"),
    QT_TRANSLATE_NOOP("SecretScanner", "High-entropy string"),
};

QString kindName(Kind kind)
{
    return QCoreApplication::translate("SecretScanner", kindNames[static_cast<int>(kind)]);
}

// Compiled and JIT-optimised once: an import scans every cell of every row.
QRegularExpression compiled(const char *pattern, bool caseInsensitive = false)
{
    QRegularExpression re(QLatin1String(pattern),
        caseInsensitive ? QRegularExpression::CaseInsensitiveOption : QRegularExpression::NoPatternOption);
    Q_ASSERT_X(re.isValid(), "SecretScanner", qPrintable(re.errorString()));
    re.optimize();
    return re;
}

// Cheap signs that a rule could match, found in one pass without a regular expression: most cells
// show none, and a cell that does is checked only by the rules its signs call for.
enum Sign : unsigned {
    PemSign = 1u << 0, // -----
    AwsKeyIdSign = 1u << 1, // AKIA, ASIA
    GitHubSign = 1u << 2, // gh?_, github_pat_
    GitLabSign = 1u << 3, // glpat-
    SlackSign = 1u << 4, // xox, xapp, hooks.slack.com
    JwtSign = 1u << 5, // ey or ew, ten base64url characters and a dot
    UrlSign = 1u << 6, // ://
    PasswordSign = 1u << 7, // password, passwd, passphrase, pass or pwd followed by : or =
    AwsSign = 1u << 8, // aws
    TokenSign = 1u << 9, // key, secret, token, credential or auth followed by : or =; bearer
    AllSigns = (1u << 10) - 1,
};

// Whether s holds the lower-case ASCII literal at i, ignoring case.
bool hasAt(QStringView s, qsizetype i, const char *literal)
{
    for (; *literal; ++literal, ++i) {
        if (i >= s.size())
            return false;
        const char16_t c = s[i].unicode();
        const char16_t lower = (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
        if (lower != char16_t(*literal))
            return false;
    }
    return true;
}

// After a keyword such as "api_key": an optional closing quote, spaces, then ':' or '='.
bool assignmentAt(QStringView s, qsizetype i)
{
    if (i < s.size() && (s[i] == u'"' || s[i] == u'\''))
        ++i;
    while (i < s.size() && (s[i] == u' ' || s[i] == u'\t'))
        ++i;
    return i < s.size() && (s[i] == u':' || s[i] == u'=');
}

// The end of the keyword at i among the given ones, longest first; -1 when none is there.
qsizetype keywordEnd(QStringView s, qsizetype i, std::initializer_list<const char *> keywords)
{
    for (const char *keyword : keywords) {
        if (hasAt(s, i, keyword))
            return i + qsizetype(qstrlen(keyword));
    }
    return -1;
}

bool keywordAssigned(QStringView s, qsizetype i, std::initializer_list<const char *> keywords)
{
    const qsizetype end = keywordEnd(s, i, keywords);
    return end >= 0 && assignmentAt(s, end);
}

bool hasBase64Run(QStringView s, qsizetype length)
{
    qsizetype run = 0;
    for (QChar c : s) {
        run = (c.isLetterOrNumber() && c.unicode() < 128) || c == u'+' || c == u'/' ? run + 1 : 0;
        if (run >= length)
            return true;
    }
    return false;
}

bool isBase64Url(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_'
        || c == u'-';
}

constexpr unsigned pair(char a, char b)
{
    return unsigned(a) << 8 | unsigned(b);
}

char16_t asciiLower(char16_t c)
{
    return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
}

// The lower-case pairs of characters that start a sign, one bit per pair of ASCII characters:
// most positions in a value cost one look-up.
struct PairTable
{
    std::array<quint64, 128 * 2> bits {};
    PairTable()
    {
        const char *const pairs[] = { "ak", "as", "aw", "au", "be", "cr", "ey", "ew", "gh", "gi", "gl", "ho",
            "ke", "pa", "pw", "se", "to", "xo", "xa", "--", ":/" };
        for (const char *p : pairs) {
            for (char a : { p[0], char(p[0] >= 'a' && p[0] <= 'z' ? p[0] - 32 : p[0]) }) {
                for (char b : { p[1], char(p[1] >= 'a' && p[1] <= 'z' ? p[1] - 32 : p[1]) })
                    bits[unsigned(a) * 2 + unsigned(b) / 64] |= quint64(1) << (unsigned(b) % 64);
            }
        }
    }
    bool has(char16_t a, char16_t b) const { return (bits[a * 2u + b / 64u] >> (b % 64u)) & 1u; }
};

unsigned signsIn(QStringView s)
{
    static const PairTable table;
    unsigned signs = 0;
    const qsizetype n = s.size();
    for (qsizetype i = 0; i + 1 < n; ++i) {
        const char16_t c = s[i].unicode();
        const char16_t next = s[i + 1].unicode();
        if (c >= 128 || next >= 128 || !table.has(c, next))
            continue;
        switch (pair(char(asciiLower(c)), char(asciiLower(next)))) {
        case pair('a', 'k'):
        case pair('a', 's'):
            if (s.mid(i, 4) == u"AKIA" || s.mid(i, 4) == u"ASIA")
                signs |= AwsKeyIdSign;
            break;
        case pair('a', 'w'):
            if (hasAt(s, i, "aws"))
                signs |= AwsSign;
            break;
        case pair('a', 'u'):
            if (keywordAssigned(s, i, { "auth" }))
                signs |= TokenSign;
            break;
        case pair('b', 'e'):
            if (hasAt(s, i, "bearer ") || hasAt(s, i, "bearer\t"))
                signs |= TokenSign;
            break;
        case pair('c', 'r'):
            if (keywordAssigned(s, i, { "credentials", "credential" }))
                signs |= TokenSign;
            break;
        case pair('e', 'y'):
        case pair('e', 'w'):
            if (c == u'e') {
                qsizetype j = i + 2;
                while (j < n && isBase64Url(s[j].unicode()))
                    ++j;
                if (j - i >= 12 && j < n && s[j] == u'.')
                    signs |= JwtSign;
            }
            break;
        case pair('g', 'h'):
            if (i + 3 < n && s[i + 3] == u'_')
                signs |= GitHubSign;
            break;
        case pair('g', 'i'):
            if (hasAt(s, i, "github_pat_"))
                signs |= GitHubSign;
            break;
        case pair('g', 'l'):
            if (hasAt(s, i, "glpat-"))
                signs |= GitLabSign;
            break;
        case pair('h', 'o'):
            if (hasAt(s, i, "hooks.slack.com"))
                signs |= SlackSign;
            break;
        case pair('k', 'e'):
            if (keywordAssigned(s, i, { "key" }))
                signs |= TokenSign;
            break;
        case pair('p', 'a'):
        case pair('p', 'w'):
            if (keywordAssigned(s, i, { "password", "passwd", "passphrase", "pass", "pwd" }))
                signs |= PasswordSign;
            break;
        case pair('s', 'e'):
            if (keywordAssigned(s, i, { "secret" }))
                signs |= TokenSign;
            break;
        case pair('t', 'o'):
            if (keywordAssigned(s, i, { "token" }))
                signs |= TokenSign;
            break;
        case pair('x', 'o'):
        case pair('x', 'a'):
            if (hasAt(s, i, "xox") || hasAt(s, i, "xapp-"))
                signs |= SlackSign;
            break;
        case pair('-', '-'):
            if (hasAt(s, i, "-----"))
                signs |= PemSign;
            break;
        case pair(':', '/'):
            if (hasAt(s, i, "://"))
                signs |= UrlSign;
            break;
        default:
            break;
        }
    }
    if ((signs & AwsSign) && !hasBase64Run(s, 40))
        signs &= ~unsigned(AwsSign);
    return signs;
}

struct Span
{
    qsizetype end;
    Kind kind;
};
using Spans = std::map<qsizetype, Span>; // disjoint, by start

// --- What a secret looks like, and what it does not -------------------------------------------

double shannonEntropy(QStringView text)
{
    std::array<int, 128> counts {};
    int other = 0;
    for (QChar c : text) {
        if (c.unicode() < 128)
            ++counts[c.unicode()];
        else
            ++other; // candidates are ASCII; anything else counts as one symbol
    }
    double bits = 0;
    const double n = double(text.size());
    auto add = [&](int count) {
        if (count > 0) {
            const double p = count / n;
            bits -= p * std::log2(p);
        }
    };
    for (int count : counts)
        add(count);
    add(other);
    return bits;
}

enum CharClass { Upper, Lower, Digit, Symbol };

CharClass classOf(QChar c)
{
    if (c >= u'A' && c <= u'Z')
        return Upper;
    if (c >= u'a' && c <= u'z')
        return Lower;
    if (c >= u'0' && c <= u'9')
        return Digit;
    return Symbol;
}

// Mixed character classes, as generated keys have: three classes, or a digit among letters or
// symbols. Words, long numbers and CamelCase names fail.
bool hasMixedClasses(QStringView text)
{
    bool seen[4] = {};
    for (QChar c : text)
        seen[classOf(c)] = true;
    const int classes = int(seen[Upper]) + int(seen[Lower]) + int(seen[Digit]) + int(seen[Symbol]);
    return classes >= 3 || (classes == 2 && seen[Digit]);
}

// Random strings change character class often; identifiers such as "OAuth2ClientCredentials"
// change only at word starts (an upper-case letter followed by lower case is not counted).
bool changesClassOften(QStringView text)
{
    int changes = 0;
    for (qsizetype i = 1; i < text.size(); ++i) {
        const CharClass a = classOf(text[i - 1]);
        const CharClass b = classOf(text[i]);
        if (a != b && !(a == Upper && b == Lower))
            ++changes;
    }
    return changes >= std::max<qsizetype>(3, text.size() / 5);
}

bool isPlaceholder(QStringView value)
{
    static const QRegularExpression re = compiled(
        R"(^(?:x+|\*+|\.+|#+|<.*>|\[.*\]|\{\{.*\}\}|\$\{.*\}|\$[A-Za-z_][A-Za-z0-9_]*|%[A-Za-z_][A-Za-z0-9_]*%|)"
        R"(pass|passwd|password|pwd|secret|token|redacted|none|null|n/?a)$)",
        true);
    return re.match(value.toString()).hasMatch();
}

// URLs, e-mail addresses, file paths, UUIDs, version strings and embedded images are long and
// varied but are not credentials.
bool looksLikeOrdinaryText(QStringView candidate, bool rejectUuids)
{
    static const QRegularExpression ordinary
        = compiled(R"(://|^www\.|^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$|^(?:/|~/|\./|\.\./|[A-Za-z]:[/\\])|)"
                   R"(/.*\.[A-Za-z0-9]{1,5}$|^[vV]?\d+(?:\.\d+){1,3}(?:[-+][0-9A-Za-z.+-]*)?$|)"
                   R"(^data:|^(?:iVBORw0KGgo|/9j/|R0lGOD|UklGR))");
    static const QRegularExpression uuid
        = compiled(R"(^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$)", true);
    const QString text = candidate.toString();
    return ordinary.match(text).hasMatch() || (rejectUuids && uuid.match(text).hasMatch());
}

// Words, small numbers and short codes joined by punctuation: "Fraud-Detection-Model-v2",
// "Prod_Key_2024_Q3". Names like these are not keys, whatever their character classes.
bool looksLikeWords(QStringView candidate)
{
    static const QRegularExpression words
        = compiled(R"(^(?>(?:[A-Z]?[a-z]+|[A-Z]+|\d{1,4}|[A-Za-z]\d{1,3})(?![A-Za-z0-9])[^A-Za-z0-9]*)+$)");
    return words.match(candidate.toString()).hasMatch();
}

// --- Rules ---------------------------------------------------------------------------------------

struct Context
{
    const QString &value;
    const QString &column;
};

using Accept = bool (*)(const Context &, const QRegularExpressionMatch &);

struct Rule
{
    Kind kind;
    unsigned signs; // the rule runs when the value shows any of these
    QRegularExpression re;
    int group; // the capture that is the secret and gets redacted
    Accept accept;
    // Where the secret ends when not at the end of the match.
    qsizetype (*end)(const QString &value, qsizetype matchEnd) = nullptr;
};

bool always(const Context &, const QRegularExpressionMatch &)
{
    return true;
}

bool notPlaceholder(const Context &, const QRegularExpressionMatch &m)
{
    return !isPlaceholder(m.capturedView(1));
}

// Forty base64 characters are only an AWS secret key when AWS is mentioned nearby.
bool awsSecretKey(const Context &c, const QRegularExpressionMatch &m)
{
    const QStringView key = m.capturedView(0);
    bool upper = false, lower = false;
    for (QChar ch : key) {
        upper = upper || classOf(ch) == Upper;
        lower = lower || classOf(ch) == Lower;
    }
    if (!upper || !lower || !hasMixedClasses(key) || shannonEntropy(key) < 3.5)
        return false;
    const qsizetype from = std::max<qsizetype>(0, m.capturedStart(0) - 80);
    const QStringView around = QStringView(c.value).mid(from, m.capturedEnd(0) - from + 40);
    return around.contains(u"aws", Qt::CaseInsensitive) || c.column.contains(u"aws", Qt::CaseInsensitive);
}

// A JWT's first segment decodes to a JSON header naming its algorithm.
bool jwtHeader(const Context &, const QRegularExpressionMatch &m)
{
    const auto decoded = QByteArray::fromBase64Encoding(m.capturedView(1).toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    const QJsonDocument header = QJsonDocument::fromJson(*decoded);
    return header.isObject() && header.object().contains(QLatin1String("alg"));
}

// A key block runs to its END line, or to the end of the value when a spreadsheet cut it short. Found
// without a regular expression spanning the block, which could be megabytes long.
qsizetype endOfPrivateKey(const QString &value, qsizetype matchEnd)
{
    static const QRegularExpression endLine = compiled(R"(-----END[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----)");
    const QRegularExpressionMatch m = endLine.match(value, matchEnd);
    return m.hasMatch() ? m.capturedEnd(0) : value.size();
}

bool connectionString(const Context &c, const QRegularExpressionMatch &m)
{
    static const QRegularExpression otherKey = compiled(
        R"((?:^|;)\s*(?:server|data source|host|hostname|user id|uid|user|username|database|initial catalog|)"
        R"(driver|dsn|provider|port|address|addr|network address|integrated security)\s*=)",
        true);
    QStringView secret = m.capturedView(1);
    if (secret.size() >= 2 && (secret.front() == u'"' || secret.front() == u'\'' || secret.front() == u'{'))
        secret = secret.mid(1, secret.size() - 2);
    return !secret.trimmed().isEmpty() && !isPlaceholder(secret) && otherKey.match(c.value).hasMatch();
}

bool assignedPassword(const Context &, const QRegularExpressionMatch &m)
{
    const QStringView secret = m.capturedView(1);
    return secret.size() >= 8 && !isPlaceholder(secret) && hasMixedClasses(secret)
        && !looksLikeOrdinaryText(secret, false);
}

bool assignedToken(const Context &, const QRegularExpressionMatch &m)
{
    const QStringView secret = m.capturedView(1);
    return secret.size() >= 16 && !isPlaceholder(secret) && hasMixedClasses(secret)
        && shannonEntropy(secret) >= 3.0 && !looksLikeOrdinaryText(secret, false) && !looksLikeWords(secret);
}

const std::vector<Rule> &rules()
{
    // In priority order: where two matches overlap, the earlier rule names the secret.
    static const std::vector<Rule> all = {
        { Kind::PrivateKey, PemSign, compiled(R"(-----BEGIN[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----)"), 0,
            always, endOfPrivateKey },
        { Kind::AwsAccessKey, AwsKeyIdSign,
            compiled(R"((?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9]))"), 0, always },
        { Kind::GitHubToken, GitHubSign,
            compiled(
                R"((?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{22,244})(?![A-Za-z0-9_]))"),
            0, always },
        { Kind::GitLabToken, GitLabSign,
            compiled(R"((?<![A-Za-z0-9_-])glpat-[A-Za-z0-9_-]{20,}(?:\.[A-Za-z0-9_-]+)*)"), 0, always },
        { Kind::SlackWebhook, SlackSign,
            compiled(
                R"((?:https?://)?hooks\.slack\.com/(?:services|workflows|triggers)(?:/[A-Za-z0-9_-]+){2,})"),
            0, always },
        { Kind::SlackToken, SlackSign, compiled(R"((?<![A-Za-z0-9])(?:xox[abprs]|xapp)-[A-Za-z0-9-]{10,})"),
            0, always },
        { Kind::Jwt, JwtSign,
            compiled(R"((?<![A-Za-z0-9_.-])(e[wy][A-Za-z0-9_-]{10,})\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*)"), 0,
            jwtHeader },
        { Kind::UrlPassword, UrlSign,
            compiled(
                R"((?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{1,30}://[^\s:/?#@\[\]]*:([^\s/?#\[\]]+)@(?=[A-Za-z0-9\[]))"),
            1, notPlaceholder },
        { Kind::UrlPassword, PasswordSign,
            compiled(R"([?&](?:password|passwd|pwd|pass)=([^&\s#;\[\]]+))", true), 1, notPlaceholder },
        { Kind::ConnectionStringPassword, PasswordSign,
            compiled(
                R"((?<![A-Za-z0-9_])(?:password|passwd|pwd)\s*=\s*)"
                R"((\{[^}]*(?:\}\}[^}]*)*\}|"[^"]*(?:""[^"]*)*"|'[^']*(?:''[^']*)*'|[^;\s](?:[^;]*[^;\s])?))",
                true),
            1, connectionString },
        { Kind::AwsSecretKey, AwsSign, compiled(R"((?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=]))"),
            0, awsSecretKey },
        { Kind::Password, PasswordSign,
            compiled(
                R"((?:password|passwd|pwd|passphrase)["']?\s*(?:=>|:|=)\s*["']?([^\s"'`,;<>(){}\[\]&]+))",
                true),
            1, assignedPassword },
        { Kind::ApiKeyOrToken, TokenSign,
            compiled(
                R"((?:key|secret|token|credentials?|auth)["']?\s*(?:=>|:|=)\s*["']?([^\s"'`,;<>(){}\[\]&]+))",
                true),
            1, assignedToken },
        { Kind::ApiKeyOrToken, TokenSign, compiled(R"(\bbearer\s+([A-Za-z0-9_~+/.-]+=*))", true), 1,
            assignedToken },
    };
    return all;
}

// --- Credential-like columns ---------------------------------------------------------------------

// Words of a column name: "apiKey", "API-Key" and "api_key" all give {"api", "key"}.
QStringList columnWords(const QString &name)
{
    QStringList words;
    QString word;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name[i];
        if (!c.isLetterOrNumber()) {
            if (!word.isEmpty())
                words << word;
            word.clear();
            continue;
        }
        if (c.isUpper() && !word.isEmpty() && i > 0 && name[i - 1].isLower()) {
            words << word;
            word.clear();
        }
        word += c.toLower();
    }
    if (!word.isEmpty())
        words << word;
    return words;
}

bool computeCredentialColumn(const QString &name)
{
    const QStringList words = columnWords(name);
    if (words.isEmpty())
        return false;
    static const QStringList exactWords
        = { QStringLiteral("auth"), QStringLiteral("pwd"), QStringLiteral("pat"), QStringLiteral("connstr") };
    static const QStringList keyWords = { QStringLiteral("key"), QStringLiteral("keys") };
    static const QStringList inside = { QStringLiteral("password"), QStringLiteral("passwd"),
        QStringLiteral("passphrase"), QStringLiteral("secret"), QStringLiteral("token"),
        QStringLiteral("credential"), QStringLiteral("apikey"), QStringLiteral("accesskey"),
        QStringLiteral("privatekey"), QStringLiteral("connectionstring") };
    for (const QString &word : words) {
        if (exactWords.contains(word))
            return true;
    }
    // "Key" alone or at the end ("SSH key", "x-api-key"), not "Key risks".
    if (keyWords.contains(words.constLast()))
        return true;
    const QString joined = words.join(QString());
    return std::any_of(
        inside.cbegin(), inside.cend(), [&](const QString &part) { return joined.contains(part); });
}

struct ColumnInfo
{
    bool credential = false;
    bool aws = false; // an AWS secret key needs AWS nearby: the column name will do
};

// An import asks about the same few columns row after row.
ColumnInfo columnInfo(const QString &name)
{
    thread_local QHash<QString, ColumnInfo> known;
    const auto it = known.constFind(name);
    if (it != known.cend())
        return *it;
    if (known.size() > 10000) // a long-running process should not grow without bound
        known.clear();
    const ColumnInfo info { computeCredentialColumn(name), name.contains(u"aws", Qt::CaseInsensitive) };
    known.insert(name, info);
    return info;
}

// Only the last span starting before end can reach start: the spans are disjoint.
bool overlaps(const Spans &spans, qsizetype start, qsizetype end)
{
    auto it = spans.lower_bound(end);
    return it != spans.cbegin() && std::prev(it)->second.end > start;
}

void findHighEntropyStrings(const QString &value, Spans *spans)
{
    static const QRegularExpression candidate = compiled(R"([A-Za-z0-9+/=_.~!@#$%^&*:?-]{20,})");
    for (auto it = candidate.globalMatch(value); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QStringView text = m.capturedView(0);
        const bool embeddedImage = QStringView(value).left(m.capturedStart(0)).endsWith(u";base64,");
        if (embeddedImage || overlaps(*spans, m.capturedStart(0), m.capturedEnd(0)))
            continue;
        if (shannonEntropy(text) >= 3.5 && hasMixedClasses(text) && changesClassOften(text)
            && !looksLikeOrdinaryText(text, true) && !looksLikeWords(text))
            spans->emplace(m.capturedStart(0), Span { m.capturedEnd(0), Kind::HighEntropy });
    }
}

} // namespace

std::optional<Match> scan(const QString &value, const QString &columnName)
{
    if (value.isEmpty())
        return std::nullopt;
    const ColumnInfo column = columnInfo(columnName);
    unsigned signs = column.credential ? unsigned(AllSigns) : signsIn(value);
    if (column.aws)
        signs |= AwsSign;
    if (signs == 0)
        return std::nullopt;

    Spans spans;
    const Context context { value, columnName };
    for (const Rule &rule : rules()) {
        if (!(rule.signs & signs))
            continue;
        for (auto it = rule.re.globalMatch(value); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const qsizetype start = m.capturedStart(rule.group);
            const qsizetype end
                = rule.end ? rule.end(value, m.capturedEnd(rule.group)) : m.capturedEnd(rule.group);
            if (start < 0 || end <= start || overlaps(spans, start, end) || !rule.accept(context, m))
                continue;
            spans.emplace(start, Span { end, rule.kind });
        }
    }
    if (column.credential)
        findHighEntropyStrings(value, &spans);
    if (spans.empty())
        return std::nullopt;

    Match result;
    result.kind = kindName(spans.cbegin()->second.kind);
    std::array<QString, std::size(kindNames)> markers;
    qsizetype pos = 0;
    for (const auto &[start, span] : spans) {
        QString &marker = markers[static_cast<size_t>(span.kind)];
        // Stored data must not depend on the analyst's UI language: the marker stays in English.
        if (marker.isEmpty())
            marker = QStringLiteral("[redacted: %1]").arg(QLatin1String(kindNames[static_cast<int>(span.kind)]));
        result.redacted += QStringView(value).mid(pos, start - pos);
        result.redacted += marker;
        pos = span.end;
    }
    result.redacted += QStringView(value).mid(pos);
    return result;
}

} // namespace Mandate::SecretScanner
