#pragma once
// The workspace schema on PostgreSQL (issue 8): the same tables, columns (in the same order) and
// index names as the SQLite schema in schema.cpp, so that one set of repository SQL serves both
// backends. Only the types differ where PostgreSQL's would change behaviour (64-bit integers,
// identity ids, double precision, byte-order text) and the append-only triggers are plpgsql.
// No PostgreSQL workspace predates version 6, so this is one "create at the current version" list,
// and every later schema step is added to it and, as an upgrade step, to upgradeStatements().

#include <QStringList>

namespace Mandate::PostgresSchema {

// The schema version statements() creates; must equal Schema::currentVersion (checked at compile time).
constexpr int version = 7;

// The DDL that creates the whole current schema in the current search_path (no schema-qualified
// names), plus the meta rows the SQLite migration writes. Run all of them in one transaction.
QStringList statements();

// The DDL that brings a server workspace of fromVersion up to `version`, the schema_version row
// included; empty when fromVersion predates the server backend (below 6). Run in one transaction,
// as the database's owner: only the owner may alter its tables.
QStringList upgradeStatements(int fromVersion);

// Every committed change to a table other clients show is announced on this channel (LISTEN), as
// "session table:ids": the writing session's pg_backend_pid(), the table, and the ids of the
// systems (or campaigns, people, credentials) it touched, or "*" when they would not fit a
// notification. Triggers send it, so a change made through raw
// SQL or another build is announced too.
constexpr char changeChannel[] = "mandate_changes";

} // namespace Mandate::PostgresSchema
