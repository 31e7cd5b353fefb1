// What mandate-cli offers: the table of commands (name, synopsis, description, arguments and the
// handler that runs it) and the help text printed from it, apart from the handlers themselves.
#include "cliapp.h"

#include "fieldvalue.h"
#include "domain/systemfield.h"
#include "texttable.h"

#include <QTextStream>

namespace Mandate {

const QVector<CliApp::Command> &CliApp::commands()
{
    static const QVector<Command> table {
        { "init", "init WS", QT_TR_NOOP("Create a new, empty workspace; an existing file is never touched."),
            1, false, false, false, false, &CliApp::init },
        { "list", "list WS [--json] [--filter TEXT]",
            QT_TR_NOOP(
                "List the systems: id, name, paradigm, suggested paradigm, runtime authority, lifecycle."),
            1, true, true, false, false, &CliApp::list },
        { "show", "show WS ID [--json]",
            QT_TR_NOOP("Show one system with its derived facts and their rationale."), 2, true, false, false,
            false, &CliApp::show },
        { "add", "add WS --name NAME", QT_TR_NOOP("Add a system and print its id."), 1, false, false, true,
            false, &CliApp::add },
        { "set", "set WS ID FIELD VALUE",
            QT_TR_NOOP("Change one field of a system (audited, like an edit in the window)."), 4, false,
            false, false, false, &CliApp::set },
        { "verify", "verify WS",
            QT_TR_NOOP(
                "Check the audit log's hash chain; print OK, the number of entries and the head hash."),
            1, false, false, false, false, &CliApp::verify },
        // The options are listed under Options, marked "import:", to keep this column narrow.
        { "import", "import WS FILE [OPTIONS]",
            QT_TR_NOOP("Import systems from an inventory file (CSV, JSON, CycloneDX, SPDX) in one "
                       "transaction; print what was new, changed, unchanged, skipped or in conflict."),
            2, true, false, false, true, &CliApp::import },
        { "findings", "findings WS [--json]",
            QT_TR_NOOP("List the findings of every system, most severe first: severity, rule, system id and "
                       "name, reason, framework items."),
            1, true, false, false, false, &CliApp::findings },
        { "coverage", "coverage WS [--json]",
            QT_TR_NOOP("Show how far the mappings cover each framework catalog: the share of mapped "
                       "(system, item) pairs that are mitigated or not applicable, and the count per status."),
            1, true, false, false, false, &CliApp::coverage },
        // Only --format of the import options applies; evidence() refuses the others.
        { "evidence", "evidence import WS FILE [--format jsonl|otlp|cloudtrail] [--json]",
            QT_TR_NOOP("Import runtime evidence of what systems did (JSON Lines, OpenTelemetry GenAI spans as "
                       "OTLP JSON, or AWS CloudTrail) in one step; print how many events matched a system."),
            3, true, false, false, true, &CliApp::evidence },
        // Each action checks its own arguments and options (ReviewCommand::usageProblem).
        { "review", "review create|list|show|decide|signoff|close WS [CAMPAIGN] [OPTIONS]",
            QT_TR_NOOP("Access-review campaigns: create one (prints its id), list them with progress, show one "
                       "with its items and evidence, record decisions from a file, sign off or close it."),
            -1, true, false, true, false, &CliApp::review },
        // Checks its own options (ExportCommand::usageProblem), --format among them.
        { "export", "export WS --format pdf|csv|json --out FILE [--campaign ID] [--filter TEXT]",
            QT_TR_NOOP("Write the systems (all, or those --filter keeps) or one campaign to FILE: a PDF report, "
                       "CSV in the native layout that import reads back, or the whole workspace as JSON."),
            -1, false, true, false, false, &CliApp::exportData },
        { "migrate", "migrate SRC DST",
            QT_TR_NOOP("Copy the workspace SRC to DST, a new file or an empty PostgreSQL database "
                       "(postgresql://…), or back; refused unless SRC's audit chain verifies and DST is new."),
            2, false, false, false, false, &CliApp::migrate },
        { "roles", "roles WS",
            QT_TR_NOOP("List who holds which role (viewer, analyst, reviewer, admin) on a server workspace, "
                       "and your own."),
            1, false, false, false, false, &CliApp::roles },
        { "grant", "grant WS USER ROLE",
            QT_TR_NOOP("Give the server user USER the role ROLE on a server workspace (admins only; audited)."),
            3, false, false, false, false, &CliApp::roles },
        { "revoke", "revoke WS USER ROLE",
            QT_TR_NOOP("Take the role ROLE away from the server user USER (admins only; audited)."), 3, false,
            false, false, false, &CliApp::roles },
    };
    return table;
}

void CliApp::printHelp()
{
    m_out
        << tr("Usage: %1 COMMAND WS [ARGUMENTS] [OPTIONS]").arg(programName()) << "\n\n"
        << tr("Reads and edits a Mandate workspace (WS, a *.mandate file) without the window. Edits take the "
              "same path as in the window: each is recorded in the audit log.")
        << "\n\n"
        << tr("Commands:") << '\n';
    TextTable commandTable;
    for (const Command &command : commands())
        commandTable.addRow(
            { QStringLiteral("  ") + QLatin1String(command.synopsis), tr(command.description) });
    commandTable.write(m_out);

    m_out << '\n' << tr("Options:") << '\n';
    TextTable options;
    options.addRow({ QStringLiteral("  --json"),
        tr("Print JSON: list, findings and coverage print an array of objects, show one object, import one report. "
           "JSON holds ids, ISO dates and plain numbers in every language; the tables show labels, dates and "
           "numbers as the window does.") });
    options.addRow({ QStringLiteral("  --filter TEXT"),
        tr("Keep the systems whose name, vendor, owners or description contain every word of TEXT, "
           "in any case.") });
    options.addRow({ QStringLiteral("  --name NAME"), tr("The new system's name.") });
    options.addRow({ QStringLiteral("  --format FORMAT"),
        tr("import: how to read FILE: auto (the default, by its content), csv, json, cyclonedx or spdx.") });
    options.addRow({ QStringLiteral("  --mapping MAP.json"),
        tr("import: a mapping file from columns to fields, as the import wizard saves it; columns it "
           "does not name map by their headers.") });
    options.addRow({ QStringLiteral("  --key COLUMN"),
        tr("import: the column that matches rows to systems already in the workspace (default: the "
           "external id, else the name).") });
    options.addRow({ QStringLiteral("  --abort-on-bad-rows"),
        tr("import: import nothing when a row has a problem (by default such rows are skipped).") });
    options.addRow({ QStringLiteral("  --take-file-on-conflict"),
        tr("import: take the file's value where the analyst changed a field by hand (by default the "
           "workspace value is kept).") });
    options.addRow({ QStringLiteral("  --all-new"),
        tr("import: match no existing system: every row becomes a new system (for a file with no "
           "unique column).") });
    options.addRow({ QStringLiteral("  --dry-run"), tr("import: report what would happen; write nothing.") });
    options.addRow({ QStringLiteral("  --reviewer NAME"),
        tr("review: a reviewer of the new campaign (create, repeat for several), or the reviewer who decides, "
           "signs off or closes; the audit log names them.") });
    options.addRow({ QStringLiteral("  --scope FILTER"),
        tr("review create: which systems the campaign covers, e.g. \"is:nhi-risk stage:production\" (default: "
           "is:identity-subject is:nhi-risk).") });
    options.addRow({ QStringLiteral("  --due YYYY-MM-DD"), tr("review create: the due date.") });
    options.addRow({ QStringLiteral("  --decisions FILE.json"),
        tr("review decide: the decisions, as {\"decisions\": [{\"item\": 12, \"decision\": \"keep\", "
           "\"justification\": \"…\"}]}; all are recorded or none.") });
    options.addRow({ QStringLiteral("  --format pdf|csv|json"),
        tr("export: the kind of file to write (required).") });
    options.addRow({ QStringLiteral("  --out FILE"),
        tr("export: the file to write (required); it appears whole or not at all.") });
    options.addRow({ QStringLiteral("  --campaign ID"),
        tr("export: one review campaign: its decisions (csv), its report (pdf), or the workspace with only "
           "this campaign (json).") });
    options.addRow({ QStringLiteral("  -h, --help"), tr("Show this help.") });
    options.addRow({ QStringLiteral("  -v, --version"), tr("Show the version.") });
    options.write(m_out);

    m_out << '\n' << tr("Fields and values for set:") << '\n';
    TextTable fields;
    for (SystemField field : allSystemFields())
        fields.addRow({ QStringLiteral("  ") + fieldId(field), FieldValue::accepted(field) });
    fields.write(m_out);
    m_out << tr("A value from a list may also be given by its label, as list and show print it in the current language.")
          << '\n'
          << tr("A value that starts with \"-\" goes after \"--\", as in: set WS 3 description -- \"-42\".")
          << "\n\n";

    m_out << tr("Exit codes:") << '\n';
    TextTable codes;
    codes.addRow({ QStringLiteral("  0"), tr("Success.") });
    codes.addRow({ QStringLiteral("  1"), tr("Usage error: the command line is wrong.") });
    codes.addRow({ QStringLiteral("  2"),
        tr("Bad input: an unknown system id or field, an invalid value, or (verify) an audit log "
           "whose hash chain is broken. Nothing was changed.") });
    codes.addRow({ QStringLiteral("  3"),
        tr("Workspace error: the file is missing, exists already (init), is not a workspace, is "
           "corrupt, locked, read-only or from a newer version, or a write failed.") });
    codes.addRow({ QString(),
        tr("For import: a file that cannot be read (the error names line and column), an unusable "
           "mapping file, or rows with problems under --abort-on-bad-rows.") });
    codes.write(m_out);
    m_out << tr("Errors go to standard error, one line each, naming the file and the problem.") << '\n';
}

} // namespace Mandate
