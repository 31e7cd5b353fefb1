#include "serverlocation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace Mandate {
namespace {

void report(QString *problem, const QString &text)
{
    if (problem)
        *problem = text;
}

} // namespace

QStringList ServerLocation::sslModes()
{
    return { QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
             QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full") };
}

bool ServerLocation::isUri(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QString ServerLocation::toUri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    if (!user.isEmpty()) // an empty one would still write "@" before the host
        url.setUserName(user, QUrl::DecodedMode);
    // A database name with '/', '?' or '#' must not end the path early, so it is encoded by hand.
    url.setPath(QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(database)), QUrl::TolerantMode);
    if (!sslMode.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
        url.setQuery(query);
    }
    return url.toString(QUrl::FullyEncoded);
}

std::optional<ServerLocation> ServerLocation::fromUri(const QString &uri, QString *problem)
{
    const QString trimmed = uri.trimmed();
    if (!isUri(trimmed)) {
        report(problem, QCoreApplication::translate("ServerLocation", "not a postgresql:// address"));
        return std::nullopt;
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid()) {
        report(problem, QCoreApplication::translate("ServerLocation", "malformed server address: %1").arg(url.errorString()));
        return std::nullopt;
    }
    ServerLocation location;
    location.host = url.host(QUrl::FullyDecoded);
    if (location.host.isEmpty()) {
        report(problem, QCoreApplication::translate("ServerLocation", "the server address names no host"));
        return std::nullopt;
    }
    location.port = url.port(defaultPort);
    if (location.port < 1 || location.port > 65535) {
        report(problem, QCoreApplication::translate("ServerLocation", "port %1 is out of range").arg(location.port));
        return std::nullopt;
    }
    // A '/' inside the name arrives encoded; a bare one would mean a path the server cannot name.
    const QString encodedName = url.path(QUrl::FullyEncoded).mid(1);
    location.database = QUrl::fromPercentEncoding(encodedName.toUtf8());
    if (encodedName.isEmpty() || encodedName.contains(QLatin1Char('/'))) {
        report(problem, QCoreApplication::translate("ServerLocation", "the server address names no single database"));
        return std::nullopt;
    }
    location.user = url.userName(QUrl::FullyDecoded);
    const QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("sslmode"))) {
        location.sslMode = query.queryItemValue(QStringLiteral("sslmode"), QUrl::FullyDecoded);
        if (!sslModes().contains(location.sslMode)) {
            report(problem, QCoreApplication::translate("ServerLocation", "unknown TLS mode \"%1\"").arg(location.sslMode));
            return std::nullopt;
        }
    } else {
        location.sslMode.clear(); // libpq's default applies, as it did for whoever wrote the URI
    }
    return location;
}

QString ServerLocation::displayName() const
{
    // An IPv6 host is bracketed so its colons do not run into the port.
    const QString shownHost = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return QCoreApplication::translate("ServerLocation", "%1 on %2:%3").arg(database, shownHost, QString::number(port));
}

bool ServerLocation::operator==(const ServerLocation &other) const
{
    return host == other.host && port == other.port && database == other.database && user == other.user
        && sslMode == other.sslMode;
}

QString workspaceDisplayName(const QString &location)
{
    if (ServerLocation::isUri(location)) {
        if (const auto server = ServerLocation::fromUri(location))
            return server->displayName();
        return QString(); // malformed: nothing is shown rather than something that may hold a password
    }
    return QFileInfo(location).fileName();
}

QString workspaceFileBaseName(const QString &location)
{
    if (!ServerLocation::isUri(location))
        return QFileInfo(location).completeBaseName();
    const auto server = ServerLocation::fromUri(location);
    QString name = server ? server->database : QString();
    // Only what every file system accepts; a name of dots would mean a directory.
    static const QRegularExpression unsafe(QStringLiteral("[^\\w.-]+"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    name.replace(unsafe, QStringLiteral("_"));
    if (name.isEmpty() || name.count(QLatin1Char('.')) == name.size())
        name = QStringLiteral("workspace");
    return name;
}

} // namespace Mandate
