<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AgenticRequirements</name>
    <message numerus="yes">
        <source>%Ln privilege(s), none wildcard or admin</source>
        <translation>
            <numerusform>%Ln privilege, none wildcard or admin</numerusform>
            <numerusform>%Ln privileges, none wildcard or admin</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignReport</name>
    <message numerus="yes">
        <source>%Ln days old</source>
        <translation>
            <numerusform>%Ln day old</numerusform>
            <numerusform>%Ln days old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln items are still undecided; the decisions below list them as such.</source>
        <translation>
            <numerusform>%Ln item is still undecided; the decisions below list it as such.</numerusform>
            <numerusform>%Ln items are still undecided; the decisions below list them as such.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln items are marked unsure: a campaign cannot be signed off until they are decided.</source>
        <translation>
            <numerusform>%Ln item is marked unsure: a campaign cannot be signed off until it is decided.</numerusform>
            <numerusform>%Ln items are marked unsure: a campaign cannot be signed off until they are decided.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln items</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln undecided</source>
        <translation>
            <numerusform>%1, %Ln undecided</numerusform>
            <numerusform>%1, %Ln undecided</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>Delete %Ln systems</source>
        <translation>
            <numerusform>Delete %Ln system</numerusform>
            <numerusform>Delete %Ln systems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <source>Wrote %Ln review item(s) of campaign %1 to %2</source>
        <translation>
            <numerusform>Wrote %Ln review item of campaign %1 to %2</numerusform>
            <numerusform>Wrote %Ln review items of campaign %1 to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln system(s) to %1</source>
        <translation>
            <numerusform>Wrote %Ln system to %1</numerusform>
            <numerusform>Wrote %Ln systems to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote a report on %Ln system(s), %L1 pages, to %2</source>
        <translation>
            <numerusform>Wrote a report on %Ln system, %L1 pages, to %2</numerusform>
            <numerusform>Wrote a report on %Ln systems, %L1 pages, to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the report of campaign %1, %Ln page(s), to %2</source>
        <translation>
            <numerusform>Wrote the report of campaign %1, %Ln page, to %2</numerusform>
            <numerusform>Wrote the report of campaign %1, %Ln pages, to %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message numerus="yes">
        <source>Observed &quot;%1&quot; on %2 %Ln times, beyond the declared scope</source>
        <translation>
            <numerusform>Observed &quot;%1&quot; on %2 %Ln time, beyond the declared scope</numerusform>
            <numerusform>Observed &quot;%1&quot; on %2 %Ln times, beyond the declared scope</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Observed &quot;%1&quot; on %2 %Ln times, which no declared privilege covers</source>
        <translation>
            <numerusform>Observed &quot;%1&quot; on %2 %Ln time, which no declared privilege covers</numerusform>
            <numerusform>Observed &quot;%1&quot; on %2 %Ln times, which no declared privilege covers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportAnalyzer</name>
    <message numerus="yes">
        <source>the key &quot;%1&quot; matches %n systems in the workspace</source>
        <translation>
            <numerusform>the key &quot;%1&quot; matches %n system in the workspace</numerusform>
            <numerusform>the key &quot;%1&quot; matches %n systems in the workspace</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message numerus="yes">
        <source>%Ln rows have problems and skipping them was not chosen; nothing was imported.</source>
        <translation>
            <numerusform>%Ln row has problems and skipping it was not chosen; nothing was imported.</numerusform>
            <numerusform>%Ln rows have problems and skipping them was not chosen; nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InventoryReport</name>
    <message numerus="yes">
        <source>%1 (%Ln systems)</source>
        <translation>
            <numerusform>%1 (%Ln system)</numerusform>
            <numerusform>%1 (%Ln systems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandate::AuditLogDock</name>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %Ln entries, last hash %1.</source>
        <translation>
            <numerusform>The audit log is intact: %Ln entry, last hash %1.</numerusform>
            <numerusform>The audit log is intact: %Ln entries, last hash %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandate::DashboardDock</name>
    <message numerus="yes">
        <source>%Ln system(s)</source>
        <translation>
            <numerusform>%Ln system</numerusform>
            <numerusform>%Ln systems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>%Ln finding</numerusform>
            <numerusform>%Ln findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandate::EditActions</name>
    <message numerus="yes">
        <source>&amp;Delete %Ln systems...</source>
        <translation>
            <numerusform>&amp;Delete %Ln system...</numerusform>
            <numerusform>&amp;Delete %Ln systems...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln systems and their privileges? You can undo this.</source>
        <translation>
            <numerusform>Delete %Ln system and its privileges? You can undo this.</numerusform>
            <numerusform>Delete %Ln systems and their privileges? You can undo this.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandate::EvidenceImporter</name>
    <message numerus="yes">
        <source>Read %Ln event(s) from %1.</source>
        <translation>
            <numerusform>Read %Ln event from %1.</numerusform>
            <numerusform>Read %Ln events from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandate::EvidenceView</name>
    <message numerus="yes">
        <source>%1 – %2, %Ln event(s)</source>
        <translation>
            <numerusform>%1 – %2, %Ln event</numerusform>
            <numerusform>%1 – %2, %Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln access(es) no active privilege allows</source>
        <translation>
            <numerusform>%Ln access no active privilege allows</numerusform>
            <numerusform>%Ln accesses no active privilege allows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandate::ExportDialog</name>
    <message numerus="yes">
        <source>Wrote a report of %Ln page(s) to %1.</source>
        <translation>
            <numerusform>Wrote a report of %Ln page to %1.</numerusform>
            <numerusform>Wrote a report of %Ln pages to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln review item(s) to %1.</source>
        <translation>
            <numerusform>Wrote %Ln review item to %1.</numerusform>
            <numerusform>Wrote %Ln review items to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln system(s) to %1.</source>
        <translation>
            <numerusform>Wrote %Ln system to %1.</numerusform>
            <numerusform>Wrote %Ln systems to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandate::FindingsDock</name>
    <message numerus="yes">
        <source>%Ln findings</source>
        <translation>
            <numerusform>%Ln finding</numerusform>
            <numerusform>%Ln findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandate::GovernanceActions</name>
    <message numerus="yes">
        <source>The findings of the %Ln selected system(s) suggest no mapping that is not decided already.</source>
        <translation>
            <numerusform>The findings of the %Ln selected system suggest no mapping that is not decided already.</numerusform>
            <numerusform>The findings of the %Ln selected systems suggest no mapping that is not decided already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record %Ln framework item(s) as gaps</source>
        <translation>
            <numerusform>Record %Ln framework item as a gap</numerusform>
            <numerusform>Record %Ln framework items as gaps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %Ln system(s), with the findings that name them as the reason? This is one step you can undo.</source>
        <translation>
            <numerusform>for %Ln system, with the findings that name them as the reason? This is one step you can undo.</numerusform>
            <numerusform>for %Ln systems, with the findings that name them as the reason? This is one step you can undo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %Ln suggested mapping(s)</source>
        <translation>
            <numerusform>Accept %Ln suggested mapping</numerusform>
            <numerusform>Accept %Ln suggested mappings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandate::ImportCheckPage</name>
    <message numerus="yes">
        <source>Checked %1 (%2): %Ln rows read.</source>
        <translation>
            <numerusform>Checked %1 (%2): %Ln row read.</numerusform>
            <numerusform>Checked %1 (%2): %Ln rows read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows with problems will be skipped; the other rows are imported.</source>
        <translation>
            <numerusform>%Ln row with problems will be skipped; the other rows are imported.</numerusform>
            <numerusform>%Ln rows with problems will be skipped; the other rows are imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows have problems, so nothing can be imported: fix the file and check again, or skip them.</source>
        <translation>
            <numerusform>%Ln row has problems, so nothing can be imported: fix the file and check again, or skip it.</numerusform>
            <numerusform>%Ln rows have problems, so nothing can be imported: fix the file and check again, or skip them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandate::ImportReportView</name>
    <message numerus="yes">
        <source>%Ln people named as owners are not in the workspace yet and will be added: %1.</source>
        <translation>
            <numerusform>%Ln person named as an owner is not in the workspace yet and will be added: %1.</numerusform>
            <numerusform>%Ln people named as owners are not in the workspace yet and will be added: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandate::ImportSourcePage</name>
    <message numerus="yes">
        <source>%1; %n columns</source>
        <translation>
            <numerusform>%1; %n column</numerusform>
            <numerusform>%1; %n columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandate::InventoryView</name>
    <message numerus="yes">
        <source>Dashboard: %1 (%Ln system(s))</source>
        <translation>
            <numerusform>Dashboard: %1 (%Ln system)</numerusform>
            <numerusform>Dashboard: %1 (%Ln systems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandate::MapPanel</name>
    <message numerus="yes">
        <source>Arrange %1 (%Ln system(s))</source>
        <translation>
            <numerusform>Arrange %1 (%Ln system)</numerusform>
            <numerusform>Arrange %1 (%Ln systems)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 and %Ln more</numerusform>
            <numerusform>%1 and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Crossed the runtime execution boundary:&lt;/b&gt; %1 now %Ln act(s) at runtime, as an identity with delegated authority. Governance that now applies:</source>
        <translation>
            <numerusform>&lt;b&gt;Crossed the runtime execution boundary:&lt;/b&gt; %1 now acts at runtime, as an identity with delegated authority. Governance that now applies:</numerusform>
            <numerusform>&lt;b&gt;Crossed the runtime execution boundary:&lt;/b&gt; %1 now act at runtime, as identities with delegated authority. Governance that now applies:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Four-paradigm map of %1, %2: %Ln system(s) shown. Colour: %3</source>
        <translation>
            <numerusform>Four-paradigm map of %1, %2: %Ln system shown. Colour: %3</numerusform>
            <numerusform>Four-paradigm map of %1, %2: %Ln systems shown. Colour: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandate::MapView</name>
    <message numerus="yes">
        <source>Move %Ln system(s) to %1</source>
        <translation>
            <numerusform>Move %Ln system to %1</numerusform>
            <numerusform>Move %Ln systems to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln system(s) on the map</source>
        <translation>
            <numerusform>Move %Ln system on the map</numerusform>
            <numerusform>Move %Ln systems on the map</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandate::MappingsEditor</name>
    <message numerus="yes">
        <source>%n mapping(s); no suggestion waits for a decision.</source>
        <translation>
            <numerusform>%n mapping; no suggestion waits for a decision.</numerusform>
            <numerusform>%n mappings; no suggestion waits for a decision.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) from the findings wait for a decision.</source>
        <translation>
            <numerusform>%n suggestion from the findings waits for a decision.</numerusform>
            <numerusform>%n suggestions from the findings wait for a decision.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s) decided;</source>
        <translation>
            <numerusform>%n mapping decided;</numerusform>
            <numerusform>%n mappings decided;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandate::NewCampaignDialog</name>
    <message numerus="yes">
        <source>Covers %Ln system(s).</source>
        <translation>
            <numerusform>Covers %Ln system.</numerusform>
            <numerusform>Covers %Ln systems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandate::ReviewEvidenceView</name>
    <message numerus="yes">
        <source>%1 (%Ln day(s) ago)</source>
        <translation>
            <numerusform>%1 (%Ln day ago)</numerusform>
            <numerusform>%1 (%Ln days ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) observed from %1 to %2.</source>
        <translation>
            <numerusform>%Ln event observed from %1 to %2.</numerusform>
            <numerusform>%Ln events observed from %1 to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Used %Ln time(s); last %1.</source>
        <translation>
            <numerusform>Used %Ln time; last %1.</numerusform>
            <numerusform>Used %Ln times; last %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandate::ReviewSignOffDialog</name>
    <message numerus="yes">
        <source>%Ln item(s) in the campaign.</source>
        <translation>
            <numerusform>%Ln item in the campaign.</numerusform>
            <numerusform>%Ln items in the campaign.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandate::SystemMappingsModel</name>
    <message numerus="yes">
        <source>Accept %n suggested mapping(s)</source>
        <translation>
            <numerusform>Accept %n suggested mapping</numerusform>
            <numerusform>Accept %n suggested mappings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n suggested mapping(s)</source>
        <translation>
            <numerusform>Reject %n suggested mapping</numerusform>
            <numerusform>Reject %n suggested mappings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n mapping(s)</source>
        <translation>
            <numerusform>Remove %n mapping</numerusform>
            <numerusform>Remove %n mappings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandate::Workspace</name>
    <message numerus="yes">
        <source>Remove %n privilege(s)</source>
        <translation>
            <numerusform>Remove %n privilege</numerusform>
            <numerusform>Remove %n privileges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is still used by %Ln privilege(s); detach them first.</source>
        <translation>
            <numerusform>%1 is still used by %Ln privilege; detach it first.</numerusform>
            <numerusform>%1 is still used by %Ln privileges; detach them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mapping(s) refer to the catalog %1; remove them first.</source>
        <translation>
            <numerusform>%Ln mapping refers to the catalog %1; remove it first.</numerusform>
            <numerusform>%Ln mappings refer to the catalog %1; remove them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 still owns %Ln system(s); assign other owners first.</source>
        <translation>
            <numerusform>%1 still owns %Ln system; assign other owners first.</numerusform>
            <numerusform>%1 still owns %Ln systems; assign other owners first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decide %Ln review item(s)</source>
        <translation>
            <numerusform>Decide %Ln review item</numerusform>
            <numerusform>Decide %Ln review items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCover</name>
    <message numerus="yes">
        <source>verified, %Ln entries</source>
        <translation>
            <numerusform>verified, %Ln entry</numerusform>
            <numerusform>verified, %Ln entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SystemSection</name>
    <message numerus="yes">
        <source>every %Ln days</source>
        <translation>
            <numerusform>every day</numerusform>
            <numerusform>every %Ln days</numerusform>
        </translation>
    </message>
</context>
</TS>
