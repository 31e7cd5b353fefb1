#pragma once
// Where a server workspace lives (issue 8): a PostgreSQL database named by host, port, database,
// user and TLS mode. It turns into the postgresql:// URI Workspace::open/create take and back, and
// never holds a password: a password is handed to the connection only, never shown or kept.

#include <QString>
#include <QStringList>

#include <optional>

namespace Mandate {

struct ServerLocation
{
    static constexpr int defaultPort = 5432;

    QString host;
    int port = defaultPort;
    QString database;
    QString user;
    QString sslMode = QStringLiteral("prefer");

    // The libpq sslmode values, weakest first.
    static QStringList sslModes();
    static bool isUri(const QString &location); // postgresql:// or postgres://

    // postgresql://user@host:port/database?sslmode=..., percent-encoded; never a password.
    QString toUri() const;
    // nullopt for anything that is not a well-formed postgresql:// URI naming a host and a
    // database; problem (when given) then says what is wrong, translated. A password is dropped.
    static std::optional<ServerLocation> fromUri(const QString &uri, QString *problem = nullptr);
    // "inventory on db.example.org:5432", translated.
    QString displayName() const;

    bool operator==(const ServerLocation &other) const;
    bool operator!=(const ServerLocation &other) const { return !(*this == other); }
};

// How a workspace is named to the analyst: a file's name, or "database on host:port" for a server.
QString workspaceDisplayName(const QString &location);
// A base for file names derived from a workspace (exports): the file's base name, or the database
// name for a server with anything unsafe in a file name replaced.
QString workspaceFileBaseName(const QString &location);

} // namespace Mandate
