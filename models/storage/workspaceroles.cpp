// Who holds which role on a server workspace, and granting or revoking one (issue 8). The server
// enforces the roles (postgresroles.cpp); this is how an admin manages them from Mandate. Each change
// is audited like an edit but is no undo step: undoing a revoke would hand access back unasked.
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/postgresroles.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QUrl>

#include <functional>

namespace Mandate {
namespace {

enum class Change { Grant, Revoke };

QString databaseName(const Database &database)
{
    return QUrl(database.path()).path().mid(1);
}

bool isServer(const Database &database)
{
    return Database::isServerLocation(database.path());
}

bool roleExists(const Database &database, const QString &name)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
    query.addBindValue(name);
    return query.exec() && query.next();
}

// Direct membership only: an admin also holds the other roles through the admin role.
bool isDirectMember(const Database &database, const QString &user, const QString &groupRole)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                                 "JOIN pg_roles u ON u.oid = m.member WHERE g.rolname = ? AND u.rolname = ?"));
    query.addBindValue(groupRole);
    query.addBindValue(user);
    return query.exec() && query.next();
}

// Why the change cannot be made (translated), empty when it can. The server checks the caller's
// right again; asking first gives a message in the analyst's terms.
QString membershipProblem(const Database &database, const QString &user, const QString &role, Change change)
{
    if (!isServer(database))
        return QCoreApplication::translate("Mandate::Workspace", "Roles apply to server workspaces only; %1 is a workspace file.").arg(database.path());
    if (!PostgresRoles::isName(role))
        return QCoreApplication::translate("Mandate::Workspace", "There is no role \"%1\"; the roles are viewer, analyst, reviewer and admin.").arg(role);
    if (user.isEmpty())
        return QCoreApplication::translate("Mandate::Workspace", "Name the server user to grant or revoke a role.");
    const QStringList held = PostgresRoles::currentRoles(database.connection());
    if (!held.contains(QLatin1String("admin"))) {
        return QCoreApplication::translate("Mandate::Workspace", "you may not grant or revoke roles: your role on this workspace is %1")
            .arg(held.isEmpty() ? QCoreApplication::translate("Mandate::Workspace", "none") : held.join(QLatin1String(", ")));
    }
    if (!roleExists(database, user))
        return QCoreApplication::translate("Mandate::Workspace", "There is no user \"%1\" on the server.").arg(user);
    bool isGroupRole = false;
    for (const QString &name : PostgresRoles::names())
        isGroupRole = isGroupRole || user == PostgresRoles::groupRole(databaseName(database), name);
    if (isGroupRole)
        return QCoreApplication::translate("Mandate::Workspace", "\"%1\" is one of this workspace's own roles, not a user.").arg(user);
    const bool member = isDirectMember(database, user, PostgresRoles::groupRole(databaseName(database), role));
    if (change == Change::Grant && member)
        return QCoreApplication::translate("Mandate::Workspace", "%1 already has the role %2.").arg(user, role);
    if (change == Change::Revoke && !member)
        return QCoreApplication::translate("Mandate::Workspace", "%1 does not have the role %2.").arg(user, role);
    return {};
}

// The statement and its audit entry in one transaction; *problem says why when it fails.
bool changeMembership(Database &database, const QString &sql, const std::function<bool()> &audit, QString *problem)
{
    Transaction transaction(database);
    if (!transaction.isActive()) {
        *problem = database.lastError();
        return false;
    }
    if (!database.exec(sql, problem))
        return false;
    if (!audit() || !transaction.commit()) {
        *problem = database.lastError();
        return false;
    }
    return true;
}

} // namespace

bool Workspace::grantRole(const QString &user, const QString &role)
{
    m_lastError = membershipProblem(*m_database, user, role, Change::Grant);
    if (!m_lastError.isEmpty())
        return false;
    const QString group = PostgresRoles::groupRole(databaseName(*m_database), role);
    QString problem;
    if (!changeMembership(*m_database,
                          QStringLiteral("GRANT %1 TO %2")
                              .arg(PostgresRoles::quotedIdentifier(group), PostgresRoles::quotedIdentifier(user)),
                          [&] { return appendAudit(QStringLiteral("grant"), QStringLiteral("role"), 0, role, {}, user); },
                          &problem)) {
        fail(problem);
        return false;
    }
    emit auditAppended(m_audit->count());
    return true;
}

bool Workspace::revokeRole(const QString &user, const QString &role)
{
    m_lastError = membershipProblem(*m_database, user, role, Change::Revoke);
    if (!m_lastError.isEmpty())
        return false;
    const QString group = PostgresRoles::groupRole(databaseName(*m_database), role);
    QString problem;
    if (!changeMembership(*m_database,
                          QStringLiteral("REVOKE %1 FROM %2")
                              .arg(PostgresRoles::quotedIdentifier(group), PostgresRoles::quotedIdentifier(user)),
                          [&] { return appendAudit(QStringLiteral("revoke"), QStringLiteral("role"), 0, role, user, {}); },
                          &problem)) {
        fail(problem);
        return false;
    }
    emit auditAppended(m_audit->count());
    return true;
}

QVector<Workspace::RoleMember> Workspace::roleMembers() const
{
    if (!isServer(*m_database))
        return {};
    const QString database = databaseName(*m_database);
    const QStringList roles = PostgresRoles::names();
    QStringList groups;
    for (const QString &role : roles)
        groups << PostgresRoles::groupRole(database, role);
    // The group roles are members of each other (admin holds the rest, analyst and reviewer hold
    // viewer); only the users are listed.
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT u.rolname, g.rolname FROM pg_auth_members m "
                                 "JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
                                 "WHERE g.rolname IN (?, ?, ?, ?) AND u.rolname NOT IN (?, ?, ?, ?)"));
    for (int pass = 0; pass < 2; ++pass) {
        for (const QString &group : groups)
            query.addBindValue(group);
    }
    QVector<RoleMember> members;
    if (!query.exec())
        return members;
    while (query.next())
        members.append({ query.value(0).toString(), query.value(1).toString().mid(database.size() + 1) });
    std::sort(members.begin(), members.end(), [&roles](const RoleMember &a, const RoleMember &b) {
        return a.user != b.user ? a.user < b.user : roles.indexOf(a.role) < roles.indexOf(b.role);
    });
    return members;
}

QStringList Workspace::currentRoles() const
{
    return isServer(*m_database) ? PostgresRoles::currentRoles(m_database->connection()) : QStringList();
}

} // namespace Mandate
