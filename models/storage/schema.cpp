#include "schema.h"

#include "storage/database.h"

#include <QSqlError>
#include <QStringList>

namespace Mandate::Schema {
namespace {

// Version 1: the whole domain of DOMAIN.md sections 3, 5 and 7, the audit log and the row versions
// a multi-writer backend will need. Vocabulary values are stored as their ids, readable in any tool.
// Ids are never reused (AUTOINCREMENT): undo puts a removed row back under its old id, and the
// audit log refers to rows by id.
const char *const kVersion1[] = {
    R"(CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL))",
    R"(CREATE TABLE people (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL,
        email TEXT NOT NULL DEFAULT '',
        team TEXT NOT NULL DEFAULT '',
        row_version INTEGER NOT NULL DEFAULT 1))",
    R"(CREATE TABLE systems (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        external_id TEXT NOT NULL DEFAULT '',
        name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        vendor TEXT NOT NULL DEFAULT '',
        vendor_operated TEXT NOT NULL DEFAULT 'unknown',
        paradigm TEXT NOT NULL DEFAULT 'undecided',
        output_kind TEXT NOT NULL DEFAULT 'unknown',
        selects_actions TEXT NOT NULL DEFAULT 'unknown',
        uses_tools TEXT NOT NULL DEFAULT 'unknown',
        approval_gate TEXT NOT NULL DEFAULT 'unknown',
        accesses_credentials TEXT NOT NULL DEFAULT 'unknown',
        affects_external_systems TEXT NOT NULL DEFAULT 'unknown',
        output_feeds_execution TEXT NOT NULL DEFAULT 'unknown',
        persistent_memory TEXT NOT NULL DEFAULT 'unknown',
        multi_agent TEXT NOT NULL DEFAULT 'unknown',
        lifecycle_stage TEXT NOT NULL DEFAULT 'proposed',
        business_owner INTEGER REFERENCES people(id) ON DELETE SET NULL,
        technical_owner INTEGER REFERENCES people(id) ON DELETE SET NULL,
        risk_owner INTEGER REFERENCES people(id) ON DELETE SET NULL,
        offboarding_plan TEXT NOT NULL DEFAULT '',
        offboard_credentials_revoked INTEGER NOT NULL DEFAULT 0,
        offboard_tools_detached INTEGER NOT NULL DEFAULT 0,
        offboard_owners_released INTEGER NOT NULL DEFAULT 0,
        offboard_logs_retained INTEGER NOT NULL DEFAULT 0,
        review_cadence_days INTEGER NOT NULL DEFAULT 0,
        last_reviewed TEXT NOT NULL DEFAULT '',
        custom_attributes TEXT NOT NULL DEFAULT '{}',
        map_x REAL,
        map_y REAL,
        row_version INTEGER NOT NULL DEFAULT 1))",
    R"(CREATE TABLE credentials (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        storage TEXT NOT NULL DEFAULT 'unknown',
        created TEXT NOT NULL DEFAULT '',
        expires TEXT NOT NULL DEFAULT '',
        last_rotated TEXT NOT NULL DEFAULT '',
        last_used TEXT NOT NULL DEFAULT '',
        environments TEXT NOT NULL DEFAULT '',
        used_by_humans TEXT NOT NULL DEFAULT 'unknown',
        row_version INTEGER NOT NULL DEFAULT 1))",
    R"(CREATE TABLE privileges (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        system_id INTEGER NOT NULL REFERENCES systems(id) ON DELETE CASCADE,
        target TEXT NOT NULL,
        scope TEXT NOT NULL,
        wildcard INTEGER NOT NULL DEFAULT 0,
        credential_id INTEGER REFERENCES credentials(id) ON DELETE SET NULL,
        tool TEXT NOT NULL DEFAULT '',
        approval_gate TEXT NOT NULL DEFAULT 'unknown',
        logging TEXT NOT NULL DEFAULT 'none',
        expires TEXT NOT NULL DEFAULT '',
        justification TEXT NOT NULL DEFAULT '',
        handoff TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'active',
        row_version INTEGER NOT NULL DEFAULT 1))",
    R"(CREATE INDEX privileges_by_system ON privileges(system_id))",
    R"(CREATE INDEX privileges_by_credential ON privileges(credential_id))",
    R"(CREATE TABLE catalog_items (
        catalog_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (catalog_id, item_id)))",
    R"(CREATE TABLE mappings (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        system_id INTEGER NOT NULL REFERENCES systems(id) ON DELETE CASCADE,
        catalog_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'gap',
        control_note TEXT NOT NULL DEFAULT '',
        evidence TEXT NOT NULL DEFAULT '',
        decided_by TEXT NOT NULL DEFAULT '',
        decided_at TEXT NOT NULL DEFAULT '',
        row_version INTEGER NOT NULL DEFAULT 1,
        UNIQUE (system_id, catalog_id, item_id)))",
    R"(CREATE TABLE audit_log (
        sequence INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        field TEXT NOT NULL DEFAULT '',
        old_value TEXT NOT NULL DEFAULT '',
        new_value TEXT NOT NULL DEFAULT '',
        previous_hash TEXT NOT NULL,
        hash TEXT NOT NULL))",
    // Append-only, enforced by the database itself and not only by this code.
    R"(CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END)",
    R"(CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END)",
    R"(INSERT INTO meta (key, value) VALUES ('audit_count', '0'))",
    R"(INSERT INTO meta (key, value) VALUES ('audit_head', ''))",
};

// Version 2, for re-import (issue 3). edited_fields: a bit mask over SystemField (bit 1 << field) of
// the fields an analyst set by hand since the last import, so that a re-import turns them into
// conflicts instead of overwriting them. import_findings: F-SECRET-IN-INVENTORY findings; the secret
// is redacted before it is stored, so the finding cannot be recomputed later and is kept here, with
// the kind of secret as detail and never the secret itself.
const char *const kVersion2[] = {
    R"(ALTER TABLE systems ADD COLUMN edited_fields INTEGER NOT NULL DEFAULT 0)",
    R"(CREATE TABLE import_findings (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        system_id INTEGER NOT NULL REFERENCES systems(id) ON DELETE CASCADE,
        rule TEXT NOT NULL,
        source_file TEXT NOT NULL,
        line INTEGER NOT NULL,
        column_name TEXT NOT NULL,
        detail TEXT NOT NULL,
        found_at TEXT NOT NULL))",
    R"(CREATE INDEX import_findings_by_system ON import_findings(system_id))",
};

// Version 3, for extra framework catalogs an analyst loads (issue 5): the catalog itself, so that
// it comes back with the workspace, and each item's kind. Items keep the file's order by rowid.
const char *const kVersion3[] = {
    R"(CREATE TABLE catalogs (
        catalog_id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        version TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT '',
        prefixes TEXT NOT NULL DEFAULT '[]',
        loaded_at TEXT NOT NULL DEFAULT '',
        loaded_by TEXT NOT NULL DEFAULT ''))",
    R"(ALTER TABLE catalog_items ADD COLUMN kind TEXT NOT NULL DEFAULT '')",
};

// Version 4, runtime evidence (issue 6): each imported evidence file is a batch, so that undo takes
// one import away whole; only events matched to a system are stored (an event on a credential that
// several systems share is stored once per system), the unmatched ones are only counted. at is ISO
// 8601 UTC text, which sorts in time order, so the evidence window is MIN/MAX over the index.
// system_id has no foreign key on purpose: removing a system must not delete what its logs said,
// since undoing the removal brings the system back under its old id (ids are never reused) and
// its evidence with it. Reads ask only about systems that exist.
const char *const kVersion4[] = {
    R"(CREATE TABLE evidence_batches (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        source_file TEXT NOT NULL,
        format TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        imported_by TEXT NOT NULL,
        events INTEGER NOT NULL DEFAULT 0,
        unmatched INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE TABLE evidence_events (
        id INTEGER PRIMARY KEY,
        batch_id INTEGER NOT NULL REFERENCES evidence_batches(id) ON DELETE CASCADE,
        system_id INTEGER NOT NULL,
        credential_id INTEGER,
        at TEXT NOT NULL,
        tool TEXT NOT NULL DEFAULT '',
        target TEXT NOT NULL DEFAULT '',
        action TEXT NOT NULL DEFAULT '',
        outcome TEXT NOT NULL DEFAULT ''))",
    R"(CREATE INDEX evidence_events_by_system ON evidence_events(system_id, at))",
    R"(CREATE INDEX evidence_events_by_batch ON evidence_events(batch_id))",
};

// Version 5, access reviews (issue 6). A campaign's items are fixed when it is created, each with a
// JSON snapshot of what it asks about (see ReviewSnapshot), so system_id and privilege_id have no
// foreign keys: a campaign is a record of what was reviewed, and outlives what it reviewed.
// reviewers is a JSON array of names. review_positions is where each reviewer's guided session
// stopped (not audited: it is where a reader is, not what was decided). The access index lets the
// evidence of one system be aggregated from the index alone, for systems with millions of events.
const char *const kVersion5[] = {
    R"(CREATE TABLE campaigns (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL,
        scope TEXT NOT NULL DEFAULT '',
        reviewers TEXT NOT NULL DEFAULT '[]',
        due_date TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'open',
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        finished_at TEXT NOT NULL DEFAULT '',
        finished_by TEXT NOT NULL DEFAULT '',
        row_version INTEGER NOT NULL DEFAULT 1))",
    R"(CREATE TABLE review_items (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        system_id INTEGER NOT NULL,
        privilege_id INTEGER NOT NULL DEFAULT 0,
        kind TEXT NOT NULL,
        high_risk TEXT NOT NULL DEFAULT '',
        subject TEXT NOT NULL DEFAULT '{}',
        decision TEXT NOT NULL DEFAULT 'undecided',
        justification TEXT NOT NULL DEFAULT '',
        decided_by TEXT NOT NULL DEFAULT '',
        decided_at TEXT NOT NULL DEFAULT '',
        remediation TEXT NOT NULL DEFAULT '',
        status_before TEXT NOT NULL DEFAULT '',
        row_version INTEGER NOT NULL DEFAULT 1))",
    R"(CREATE INDEX review_items_by_campaign ON review_items(campaign_id, ordinal))",
    R"(CREATE TABLE review_positions (
        campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        reviewer TEXT NOT NULL,
        item_id INTEGER NOT NULL,
        PRIMARY KEY (campaign_id, reviewer)))",
    R"(CREATE INDEX evidence_events_by_access ON evidence_events(system_id, target, tool, action, at))",
};

// Version 6, for the server backend (issue 8): catalogs and their items keep their order in a
// column of their own rather than in SQLite's rowid, which a server does not have. The rowids
// already stored give the order they had.
const char *const kVersion6[] = {
    R"(ALTER TABLE catalogs ADD COLUMN position INTEGER NOT NULL DEFAULT 0)",
    R"(UPDATE catalogs SET position = rowid)",
    R"(ALTER TABLE catalog_items ADD COLUMN position INTEGER NOT NULL DEFAULT 0)",
    R"(UPDATE catalog_items SET position = rowid)",
};

// Version 7 (issue 9): an imported catalog's descriptions in other languages, a JSON object of
// language name -> text as the catalog file gave them ("description_de" -> "de"). Before, a
// workspace kept only the English description and dropped the rest.
const char *const kVersion7[] = {
    R"(ALTER TABLE catalog_items ADD COLUMN translations TEXT NOT NULL DEFAULT '{}')",
};

struct Step
{
    int version;
    const char *const *statements;
    size_t count;
};

constexpr Step kSteps[] = {
    { 1, kVersion1, std::size(kVersion1) },
    { 2, kVersion2, std::size(kVersion2) },
    { 3, kVersion3, std::size(kVersion3) },
    { 4, kVersion4, std::size(kVersion4) },
    { 5, kVersion5, std::size(kVersion5) },
    { 6, kVersion6, std::size(kVersion6) },
    { 7, kVersion7, std::size(kVersion7) },
};
static_assert(std::size(kSteps) == size_t(currentVersion)
                  && kSteps[std::size(kSteps) - 1].version == currentVersion,
              "one step per version, the last one being currentVersion");

} // namespace

QStringList stepStatements(int version)
{
    QStringList statements;
    for (const Step &step : kSteps) {
        if (step.version != version)
            continue;
        for (size_t i = 0; i < step.count; ++i)
            statements << QString::fromUtf8(step.statements[i]);
    }
    return statements;
}

bool migrate(Database &database, int fromVersion, QString *error)
{
    Transaction transaction(database);
    if (!transaction.isActive()) {
        *error = database.lastError();
        return false;
    }
    for (const Step &step : kSteps) {
        if (step.version <= fromVersion)
            continue;
        for (const QString &statement : stepStatements(step.version)) {
            if (!database.exec(statement, error))
                return false;
        }
    }
    QSqlQuery &version = database.prepare(
        QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    version.addBindValue(QString::number(currentVersion));
    if (!version.exec()) {
        *error = version.lastError().text();
        return false;
    }
    // Mirrored in the file header, so the version can be read before SQLite opens the file.
    if (!database.exec(QStringLiteral("PRAGMA user_version = %1").arg(currentVersion), error))
        return false;
    if (!transaction.commit()) {
        *error = database.lastError();
        return false;
    }
    return true;
}

} // namespace Mandate::Schema
