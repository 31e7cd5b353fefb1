<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is missing or out of order (found %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 does not follow the entry before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log ends at entry %1, but %2 entries were written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 was added outside Mandate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 does not match the recorded last entry; the log was rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Create a new, empty workspace; an existing file is never touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the systems: id, name, paradigm, suggested paradigm, runtime authority, lifecycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one system with its derived facts and their rationale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a system and print its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change one field of a system (audited, like an edit in the window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the audit log&apos;s hash chain; print OK, the number of entries and the head hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json is not an option of this command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--filter is not an option of this command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name is not an option of this command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; usage: %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paradigm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (%2 --help lists the fields)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid value for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log is broken at entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no system with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see %1 --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 COMMAND WS [ARGUMENTS] [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads and edits a Mandate workspace (WS, a *.mandate file) without the window. Edits take the same path as in the window: each is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON: list prints an array of objects, show one object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the systems whose name, vendor, owners or description contain every word of TEXT, in any case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new system&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields and values for set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value that starts with &quot;-&quot; goes after &quot;--&quot;, as in: set WS 3 description -- &quot;-42&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage error: the command line is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad input: an unknown system id or field, an invalid value, or (verify) an audit log whose hash chain is broken. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace error: the file is missing, exists already (init), is not a workspace, is corrupt, locked, read-only or from a newer version, or a write failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors go to standard error, one line each, naming the file and the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: audit log intact; entries: %1; head hash: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Add person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n systems</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DerivedFacts</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A privilege of this system uses a credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No privilege uses a credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be ruled out (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its output is an action, yet nothing gives it a path to execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds a wildcard or admin privilege</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest privilege scope: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds no privileges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known whether its output reaches execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It acts, but does not select actions with tools</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldValue</name>
    <message>
        <source>any text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text, not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a person&apos;s name, empty to clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days from 0 to 3650; 0 for the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD, empty to clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mandate::BehaviourEditor</name>
    <message>
        <source>Behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the system produces: explanations, predictions, content or actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chooses its own next steps at runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invokes tools, functions, APIs, plugins or MCP servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether a person approves before anything is executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds or can use secrets, tokens, keys or service accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completes workflows that change systems outside the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its output reaches a handoff point without being re-typed by a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps memory across sessions, which widens the threat surface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works with or delegates to other agents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mandate::DemoWorkspace</name>
    <message>
        <source>Demo data: the built-in resource %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mandate::DerivedFactsView</name>
    <message>
        <source>Derived facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selects actions, uses tools and executes with no approval gate: govern it as an identity with an owner, scoped privileges and offboarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHI risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds credentials, invokes tools or changes external systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runtime authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far its output reaches: informs, generates, gated or autonomous execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested paradigm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paradigm its behaviour points to, whatever it is called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access footprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highest privilege it holds, and whether it holds credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No paradigm is recorded; the behaviour suggests %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as %1, but the behaviour suggests %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mandate::EditActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new system to the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete systems...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n systems...</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete system...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” and its privileges? You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n systems and their privileges? You can undo this.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete systems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mandate::InventoryView</name>
    <message>
        <source>Search name, vendor, owner, description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only systems recorded with this paradigm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All paradigms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only systems in this lifecycle stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mandate::LifecycleEditor</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle and owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers for what the system is for and whether it should keep running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers for its credentials, tools and privileges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepts the residual risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials revoked, tools detached, owners released, logs retained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the system is reviewed; the default is 90 days for identity subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a person or type a new name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mandate::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mandate %1&lt;/h3&gt;&lt;p&gt;A workbench for governing AI systems as identities: what each system can do on its own, with whose credentials, and who answers for it.&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Mandate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mandate::Parser</name>
    <message>
        <source>Demo data: %1, field &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a person needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names must be present and unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a system needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system &quot;%1&quot;, privilege %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is also used by &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no person named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a privilege needs a target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no credential named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mandate::ProfileEditor</name>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier in your CMDB or asset register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the vendor runs the system on its own infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paradigm as recorded in the inventory. The derived facts below show what the behaviour suggests.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mandate::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login name (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded in the audit log with every change you make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect after restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mandate::StatusSummary</name>
    <message>
        <source>No workspace open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity subjects: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHI risk: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mandate::SystemDetailsPanel</name>
    <message>
        <source>System details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a system in the inventory to see and edit its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a workspace to see its systems.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mandate::SystemTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paradigm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runtime authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHI risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mandate::Workspace</name>
    <message>
        <source>no person with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the change was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mandate::WorkspaceController</name>
    <message>
        <source>Mandate workspaces (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workspace...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open workspace...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SystemField</name>
    <message>
        <source>External id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operated by vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paradigm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selects actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accesses credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affects external systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output feeds execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistent memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offboarding plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review cadence (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a system needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a person id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of days between 0 and 3650</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom attributes must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Causal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agentic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offboarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gated execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autonomous execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin or secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CI/CD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central / SIEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a handoff point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infrastructure change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be narrowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceError</name>
    <message>
        <source>file is shorter than its header says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema %1, this build reads up to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a file already exists there; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a Mandate workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: written by a newer version of Mandate; update Mandate to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workspace is damaged or truncated; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: another Mandate window or command holds this workspace open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workspace is read-only; it cannot be opened for editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workspace could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write the backup %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Governance workbench for AI systems as identities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
