#include "postgresroles.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Mandate::PostgresRoles {
namespace {

const char *const kViewer = "viewer";
const char *const kAnalyst = "analyst";
const char *const kReviewer = "reviewer";
const char *const kAdmin = "admin";

QString quoted(const QString &database, const char *role)
{
    return quotedIdentifier(groupRole(database, QLatin1String(role)));
}

} // namespace

QStringList names()
{
    return { QLatin1String(kViewer), QLatin1String(kAnalyst), QLatin1String(kReviewer), QLatin1String(kAdmin) };
}

bool isName(const QString &role)
{
    return names().contains(role);
}

QString groupRole(const QString &database, const QString &role)
{
    return database + QLatin1Char('_') + role;
}

QString quotedIdentifier(const QString &name)
{
    QString doubled = name;
    doubled.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + doubled + QLatin1Char('"');
}

QStringList statements(const QString &database)
{
    const QString viewer = quoted(database, kViewer);
    const QString analyst = quoted(database, kAnalyst);
    const QString reviewer = quoted(database, kReviewer);
    const QString admin = quoted(database, kAdmin);
    const QString writers = analyst + QStringLiteral(", ") + reviewer;
    const QString everyone = QStringLiteral("PUBLIC, %1, %2, %3").arg(viewer, writers, admin);
    return {
        // Roles are cluster-wide: an earlier database of the same name may have left them. Group
        // roles only (NOLOGIN); people log in as themselves and are made members.
        QStringLiteral(R"(DO $roles$
            DECLARE
                suffix text;
            BEGIN
                FOREACH suffix IN ARRAY ARRAY['viewer', 'analyst', 'reviewer', 'admin'] LOOP
                    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = current_database() || '_' || suffix) THEN
                        EXECUTE format('CREATE ROLE %I NOLOGIN', current_database() || '_' || suffix);
                    END IF;
                END LOOP;
            END
            $roles$)"),
        // Nobody reaches the workspace by default: only its roles may connect (warns, does nothing,
        // when the creating user does not own the database).
        QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC").arg(quotedIdentifier(database)),
        QStringLiteral("GRANT CONNECT, TEMPORARY ON DATABASE %1 TO %2").arg(quotedIdentifier(database), viewer),
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC"),
        QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC"),
        QStringLiteral("REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC"),
        QStringLiteral("REVOKE CREATE ON SCHEMA public FROM PUBLIC"),
        // Viewer: reads everything, the audit log included, and writes nothing.
        QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(viewer),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(viewer),
        // Tables a later schema step adds are readable too.
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO %1").arg(viewer),
        // Analysts and reviewers read what a viewer reads.
        QStringLiteral("GRANT %1 TO %2").arg(viewer, writers),
        // Analyst: the inventory and what hangs off it (people, systems, privileges, credentials,
        // framework mappings and catalogs, import findings, runtime evidence); undo deletes too.
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON people, systems, credentials, privileges, mappings, "
                       "catalogs, catalog_items, import_findings, evidence_batches, evidence_events TO %1")
            .arg(analyst),
        // Reviewer: creates, closes and (by undo) removes campaigns; a campaign's items are inserted
        // with it and then only decided or given remediation; never deleted but with their campaign.
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON campaigns TO %1").arg(reviewer),
        QStringLiteral("GRANT INSERT, UPDATE ON review_items TO %1").arg(reviewer),
        // Where each reviewer's guided session stopped (an upsert).
        QStringLiteral("GRANT INSERT, UPDATE ON review_positions TO %1").arg(reviewer),
        // A sign-off marks kept-too-wide privileges for revocation or narrowing (the whole row is written).
        QStringLiteral("GRANT UPDATE ON privileges TO %1").arg(reviewer),
        // Every write appends to the audit chain and ids come from identity sequences.
        QStringLiteral("GRANT INSERT ON audit_log TO %1").arg(writers),
        QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1").arg(writers),
        // The chain's head and count live in meta; writers lock and move them (beginWrite's FOR
        // UPDATE needs UPDATE). Only the value column, and row-level security below keeps them off
        // every other row (schema_version above all).
        QStringLiteral("GRANT UPDATE (value) ON meta TO %1").arg(writers),
        QStringLiteral("ALTER TABLE meta ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY meta_readable ON meta FOR SELECT USING (true)"),
        QStringLiteral("CREATE POLICY meta_audit_chain ON meta FOR UPDATE "
                       "USING (key IN ('audit_head', 'audit_count')) WITH CHECK (key IN ('audit_head', 'audit_count'))"),
        // Append-only: no role but the owner may even try to change or remove an entry (the
        // triggers refuse the owner too).
        QStringLiteral("REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM %1").arg(everyone),
        // Admin: holds every other role and may grant it; may add to the schema.
        QStringLiteral("GRANT %1, %2 TO %3 WITH ADMIN OPTION").arg(viewer, writers, admin),
        QStringLiteral("GRANT CREATE ON SCHEMA public TO %1").arg(admin),
        // The creating user owns every object and is the workspace's admin.
        QStringLiteral("GRANT %1 TO CURRENT_USER").arg(admin),
    };
}

QStringList currentRoles(const QSqlDatabase &connection)
{
    QSqlQuery query(connection);
    // The owner (or a superuser) counts as admin whatever its memberships.
    if (!query.exec(QStringLiteral(
            "SELECT suffix FROM unnest(ARRAY['admin', 'analyst', 'reviewer', 'viewer']) AS suffix "
            "WHERE EXISTS (SELECT FROM pg_roles WHERE rolname = current_database() || '_' || suffix "
            "AND pg_has_role(current_user, oid, 'MEMBER')) "
            "UNION ALL SELECT 'admin' FROM pg_class WHERE oid = to_regclass('meta') "
            "AND pg_has_role(current_user, relowner, 'MEMBER')")))
        return {};
    QStringList held;
    while (query.next())
        held << query.value(0).toString();
    if (held.contains(QLatin1String(kAdmin)))
        return { QLatin1String(kAdmin) };
    QStringList roles;
    for (const char *role : { kAnalyst, kReviewer }) {
        if (held.contains(QLatin1String(role)))
            roles << QLatin1String(role);
    }
    if (roles.isEmpty() && held.contains(QLatin1String(kViewer)))
        roles << QLatin1String(kViewer);
    return roles;
}

QString refusal(const QSqlDatabase &connection)
{
    return refusal(currentRoles(connection));
}

QString refusal(const QStringList &roles)
{
    if (roles.isEmpty())
        return QCoreApplication::translate("WorkspaceError", "you may not change this workspace: you have no role on it");
    return QCoreApplication::translate("WorkspaceError", "you may not change this workspace: your role on this workspace is %1")
        .arg(roles.join(QLatin1String(", ")));
}

} // namespace Mandate::PostgresRoles
