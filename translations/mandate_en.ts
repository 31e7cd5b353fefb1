<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AgenticRequirements</name>
    <message numerus="yes">
        <source>%n privilege(s), none wildcard or admin</source>
        <translation>
            <numerusform>%n privilege, none wildcard or admin</numerusform>
            <numerusform>%n privileges, none wildcard or admin</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignReport</name>
    <message numerus="yes">
        <source>%n days old</source>
        <translation>
            <numerusform>%n day old</numerusform>
            <numerusform>%n days old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items are still undecided; the decisions below list them as such.</source>
        <translation>
            <numerusform>%n item is still undecided; the decisions below list it as such.</numerusform>
            <numerusform>%n items are still undecided; the decisions below list them as such.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items are marked unsure: a campaign cannot be signed off until they are decided.</source>
        <translation>
            <numerusform>%n item is marked unsure: a campaign cannot be signed off until it is decided.</numerusform>
            <numerusform>%n items are marked unsure: a campaign cannot be signed off until they are decided.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n undecided</source>
        <translation>
            <numerusform>%1, %n undecided</numerusform>
            <numerusform>%1, %n undecided</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>Delete %n systems</source>
        <translation>
            <numerusform>Delete %n system</numerusform>
            <numerusform>Delete %n systems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <source>Wrote %n review item(s) of campaign %1 to %2</source>
        <translation>
            <numerusform>Wrote %n review item of campaign %1 to %2</numerusform>
            <numerusform>Wrote %n review items of campaign %1 to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n system(s) to %1</source>
        <translation>
            <numerusform>Wrote %n system to %1</numerusform>
            <numerusform>Wrote %n systems to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote a report on %n system(s), %1 pages, to %2</source>
        <translation>
            <numerusform>Wrote a report on %n system, %1 pages, to %2</numerusform>
            <numerusform>Wrote a report on %n systems, %1 pages, to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the report of campaign %1, %n page(s), to %2</source>
        <translation>
            <numerusform>Wrote the report of campaign %1, %n page, to %2</numerusform>
            <numerusform>Wrote the report of campaign %1, %n pages, to %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message numerus="yes">
        <source>Observed &quot;%1&quot; on %2 %n times, beyond the declared scope</source>
        <translation>
            <numerusform>Observed &quot;%1&quot; on %2 %n time, beyond the declared scope</numerusform>
            <numerusform>Observed &quot;%1&quot; on %2 %n times, beyond the declared scope</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Observed &quot;%1&quot; on %2 %n times, which no declared privilege covers</source>
        <translation>
            <numerusform>Observed &quot;%1&quot; on %2 %n time, which no declared privilege covers</numerusform>
            <numerusform>Observed &quot;%1&quot; on %2 %n times, which no declared privilege covers</numerusform>
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
        <source>%n rows have problems and skipping them was not chosen; nothing was imported.</source>
        <translation>
            <numerusform>%n row has problems and skipping it was not chosen; nothing was imported.</numerusform>
            <numerusform>%n rows have problems and skipping them was not chosen; nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InventoryReport</name>
    <message numerus="yes">
        <source>%1 (%n systems)</source>
        <translation>
            <numerusform>%1 (%n system)</numerusform>
            <numerusform>%1 (%n systems)</numerusform>
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
        <source>%n system(s)</source>
        <translation>
            <numerusform>%n system</numerusform>
            <numerusform>%n systems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandate::EditActions</name>
    <message numerus="yes">
        <source>&amp;Delete %n systems...</source>
        <translation>
            <numerusform>&amp;Delete %n system...</numerusform>
            <numerusform>&amp;Delete %n systems...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n systems and their privileges? You can undo this.</source>
        <translation>
            <numerusform>Delete %n system and its privileges? You can undo this.</numerusform>
            <numerusform>Delete %n systems and their privileges? You can undo this.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandate::EvidenceImporter</name>
    <message numerus="yes">
        <source>Read %n event(s) from %1.</source>
        <translation>
            <numerusform>Read %n event from %1.</numerusform>
            <numerusform>Read %n events from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandate::EvidenceView</name>
    <message numerus="yes">
        <source>%1 – %2, %n event(s)</source>
        <translation>
            <numerusform>%1 – %2, %n event</numerusform>
            <numerusform>%1 – %2, %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n access(es) no active privilege allows</source>
        <translation>
            <numerusform>%n access no active privilege allows</numerusform>
            <numerusform>%n accesses no active privilege allows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandate::ExportDialog</name>
    <message numerus="yes">
        <source>Wrote a report of %n page(s) to %1.</source>
        <translation>
            <numerusform>Wrote a report of %n page to %1.</numerusform>
            <numerusform>Wrote a report of %n pages to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n review item(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n review item to %1.</numerusform>
            <numerusform>Wrote %n review items to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n system(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n system to %1.</numerusform>
            <numerusform>Wrote %n systems to %1.</numerusform>
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
        <source>The findings of the %n selected system(s) suggest no mapping that is not decided already.</source>
        <translation>
            <numerusform>The findings of the %n selected system suggest no mapping that is not decided already.</numerusform>
            <numerusform>The findings of the %n selected systems suggest no mapping that is not decided already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record %n framework item(s) as gaps</source>
        <translation>
            <numerusform>Record %n framework item as a gap</numerusform>
            <numerusform>Record %n framework items as gaps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n system(s), with the findings that name them as the reason? This is one step you can undo.</source>
        <translation>
            <numerusform>for %n system, with the findings that name them as the reason? This is one step you can undo.</numerusform>
            <numerusform>for %n systems, with the findings that name them as the reason? This is one step you can undo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggested mapping(s)</source>
        <translation>
            <numerusform>Accept %n suggested mapping</numerusform>
            <numerusform>Accept %n suggested mappings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandate::ImportCheckPage</name>
    <message numerus="yes">
        <source>Checked %1 (%2): %n rows read.</source>
        <translation>
            <numerusform>Checked %1 (%2): %n row read.</numerusform>
            <numerusform>Checked %1 (%2): %n rows read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows with problems will be skipped; the other rows are imported.</source>
        <translation>
            <numerusform>%n row with problems will be skipped; the other rows are imported.</numerusform>
            <numerusform>%n rows with problems will be skipped; the other rows are imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows have problems, so nothing can be imported: fix the file and check again, or skip them.</source>
        <translation>
            <numerusform>%n row has problems, so nothing can be imported: fix the file and check again, or skip it.</numerusform>
            <numerusform>%n rows have problems, so nothing can be imported: fix the file and check again, or skip them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandate::ImportReportView</name>
    <message numerus="yes">
        <source>%n people named as owners are not in the workspace yet and will be added: %1.</source>
        <translation>
            <numerusform>%n person named as an owner is not in the workspace yet and will be added: %1.</numerusform>
            <numerusform>%n people named as owners are not in the workspace yet and will be added: %1.</numerusform>
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
        <source>Dashboard: %1 (%n system(s))</source>
        <translation>
            <numerusform>Dashboard: %1 (%n system)</numerusform>
            <numerusform>Dashboard: %1 (%n systems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandate::MapPanel</name>
    <message numerus="yes">
        <source>Arrange %1 (%n system(s))</source>
        <translation>
            <numerusform>Arrange %1 (%n system)</numerusform>
            <numerusform>Arrange %1 (%n systems)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Crossed the runtime execution boundary:&lt;/b&gt; %1 now %n act(s) at runtime, as an identity with delegated authority. Governance that now applies:</source>
        <translation>
            <numerusform>&lt;b&gt;Crossed the runtime execution boundary:&lt;/b&gt; %1 now acts at runtime, as an identity with delegated authority. Governance that now applies:</numerusform>
            <numerusform>&lt;b&gt;Crossed the runtime execution boundary:&lt;/b&gt; %1 now act at runtime, as identities with delegated authority. Governance that now applies:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Four-paradigm map of %1, %2: %n system(s) shown. Colour: %3</source>
        <translation>
            <numerusform>Four-paradigm map of %1, %2: %n system shown. Colour: %3</numerusform>
            <numerusform>Four-paradigm map of %1, %2: %n systems shown. Colour: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandate::MapView</name>
    <message numerus="yes">
        <source>Move %n system(s) to %1</source>
        <translation>
            <numerusform>Move %n system to %1</numerusform>
            <numerusform>Move %n systems to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n system(s) on the map</source>
        <translation>
            <numerusform>Move %n system on the map</numerusform>
            <numerusform>Move %n systems on the map</numerusform>
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
        <source>Covers %n system(s).</source>
        <translation>
            <numerusform>Covers %n system.</numerusform>
            <numerusform>Covers %n systems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandate::ReviewEvidenceView</name>
    <message numerus="yes">
        <source>%1 (%n day(s) ago)</source>
        <translation>
            <numerusform>%1 (%n day ago)</numerusform>
            <numerusform>%1 (%n days ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) observed from %1 to %2.</source>
        <translation>
            <numerusform>%n event observed from %1 to %2.</numerusform>
            <numerusform>%n events observed from %1 to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Used %n time(s); last %1.</source>
        <translation>
            <numerusform>Used %n time; last %1.</numerusform>
            <numerusform>Used %n times; last %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandate::ReviewSignOffDialog</name>
    <message numerus="yes">
        <source>%n item(s) in the campaign.</source>
        <translation>
            <numerusform>%n item in the campaign.</numerusform>
            <numerusform>%n items in the campaign.</numerusform>
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
        <source>%1 is still used by %n privilege(s); detach them first.</source>
        <translation>
            <numerusform>%1 is still used by %n privilege; detach it first.</numerusform>
            <numerusform>%1 is still used by %n privileges; detach them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s) refer to the catalog %1; remove them first.</source>
        <translation>
            <numerusform>%n mapping refers to the catalog %1; remove it first.</numerusform>
            <numerusform>%n mappings refer to the catalog %1; remove them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 still owns %n system(s); assign other owners first.</source>
        <translation>
            <numerusform>%1 still owns %n system; assign other owners first.</numerusform>
            <numerusform>%1 still owns %n systems; assign other owners first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decide %n review item(s)</source>
        <translation>
            <numerusform>Decide %n review item</numerusform>
            <numerusform>Decide %n review items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCover</name>
    <message numerus="yes">
        <source>verified, %n entries</source>
        <translation>
            <numerusform>verified, %n entry</numerusform>
            <numerusform>verified, %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SystemSection</name>
    <message numerus="yes">
        <source>every %n days</source>
        <translation>
            <numerusform>every day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
</context>
</TS>
