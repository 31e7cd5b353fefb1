#pragma once
// Who may do what on a server workspace (issue 8), enforced by PostgreSQL itself rather than by the
// application, so that a viewer cannot write even through raw SQL. Four group roles per database
// (roles are cluster-wide, so their names carry the database's): viewer reads; analyst edits the
// inventory; reviewer runs access reviews; admin grants the others. Login roles are made members.

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Mandate::PostgresRoles {

// The role names an analyst uses, from least to most capable.
QStringList names(); // viewer, analyst, reviewer, admin
bool isName(const QString &role);

// The group role for role on database: "<database>_<role>". Unquoted.
QString groupRole(const QString &database, const QString &role);
// name as a double-quoted SQL identifier, quotes inside doubled.
QString quotedIdentifier(const QString &name);
// The longest database name whose group role names still fit PostgreSQL's 63-byte identifiers.
constexpr int maxDatabaseNameBytes = 63 - 9; // "_reviewer"

// Creates the group roles (if missing) and grants them on the schema just made, as the creating
// user, who owns everything and becomes the admin. Run in the transaction that made the schema.
QStringList statements(const QString &database);

// The roles the connected user holds on its workspace, most capable first: {"admin"} for the
// owner or an admin; analyst and/or reviewer; else {"viewer"}; empty when none or on failure.
QStringList currentRoles(const QSqlDatabase &connection);
// "you may not change this workspace: your role on this workspace is viewer", for a write the
// server refused (SQLSTATE 42501). Must be called outside a failed transaction.
QString refusal(const QSqlDatabase &connection);
// The same for roles read earlier, for a statement refused inside a transaction.
QString refusal(const QStringList &roles);

} // namespace Mandate::PostgresRoles
