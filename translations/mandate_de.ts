<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AgenticRequirements</name>
    <message>
        <source>An accountable owner</source>
        <translation>Eine verantwortliche Person</translation>
    </message>
    <message>
        <source>Business and technical owners are set</source>
        <translation>Fach- und technische Verantwortung sind vergeben</translation>
    </message>
    <message>
        <source>No business or technical owner</source>
        <translation>Weder Fach- noch technische Verantwortung vergeben</translation>
    </message>
    <message>
        <source>No technical owner</source>
        <translation>Keine technische Verantwortung vergeben</translation>
    </message>
    <message>
        <source>No business owner</source>
        <translation>Keine Fachverantwortung vergeben</translation>
    </message>
    <message>
        <source>Scoped privileges</source>
        <translation>Eng gefasste Berechtigungen</translation>
    </message>
    <message>
        <source>No privilege boundary recorded</source>
        <translation>Keine Berechtigungsgrenze erfasst</translation>
    </message>
    <message>
        <source>Holds a wildcard or admin privilege</source>
        <translation>Hat eine Platzhalter- oder Administratorberechtigung</translation>
    </message>
    <message numerus="yes">
        <source>%Ln privilege(s), none wildcard or admin</source>
        <translation>
            <numerusform>%Ln Berechtigung, keine mit Platzhalter oder Administratorrechten</numerusform>
            <numerusform>%Ln Berechtigungen, keine mit Platzhalter oder Administratorrechten</numerusform>
        </translation>
    </message>
    <message>
        <source>Logging of its actions</source>
        <translation>Protokollierung seiner Aktionen</translation>
    </message>
    <message>
        <source>No privileges, so no logging recorded</source>
        <translation>Keine Berechtigungen, also keine Protokollierung erfasst</translation>
    </message>
    <message>
        <source>A privilege is used without logging</source>
        <translation>Eine Berechtigung wird ohne Protokollierung genutzt</translation>
    </message>
    <message>
        <source>Every privilege is logged</source>
        <translation>Jede Berechtigung wird protokolliert</translation>
    </message>
    <message>
        <source>An offboarding plan</source>
        <translation>Ein Außerbetriebnahmeplan</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Keiner erfasst</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>Das Audit-Protokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Entry %1 is missing or out of order (found %2).</source>
        <translation>Eintrag %1 fehlt oder steht an falscher Stelle (gefunden: %2).</translation>
    </message>
    <message>
        <source>Entry %1 does not follow the entry before it.</source>
        <translation>Eintrag %1 schließt nicht an den vorherigen Eintrag an.</translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written.</source>
        <translation>Eintrag %1 wurde nach dem Schreiben verändert.</translation>
    </message>
    <message>
        <source>The log ends at entry %1, but %L2 entries were written.</source>
        <translation>Das Protokoll endet bei Eintrag %1, geschrieben wurden aber %L2 Einträge.</translation>
    </message>
    <message>
        <source>Entry %1 was added outside Mandate.</source>
        <translation>Eintrag %1 wurde außerhalb von Mandate hinzugefügt.</translation>
    </message>
    <message>
        <source>Entry %1 does not match the recorded last entry; the log was rewritten.</source>
        <translation>Eintrag %1 stimmt nicht mit dem vermerkten letzten Eintrag überein; das Protokoll wurde umgeschrieben.</translation>
    </message>
</context>
<context>
    <name>BomReaders</name>
    <message>
        <source>“%1” is not a list of components</source>
        <translation>„%1“ ist keine Liste von Komponenten</translation>
    </message>
    <message>
        <source>the machine-learning-model component %1 (at %2) has no name</source>
        <translation>die machine-learning-model-Komponente %1 (bei %2) hat keinen Namen</translation>
    </message>
    <message>
        <source>the machine-learning-model component %1 (at %2, bom-ref “%3”) has no name</source>
        <translation>die machine-learning-model-Komponente %1 (bei %2, bom-ref „%3“) hat keinen Namen</translation>
    </message>
    <message>
        <source>this is not a CycloneDX document: it has no bomFormat</source>
        <translation>dies ist kein CycloneDX-Dokument: es hat kein bomFormat</translation>
    </message>
    <message>
        <source>this is not a CycloneDX document: bomFormat is “%1”, not “CycloneDX”</source>
        <translation>dies ist kein CycloneDX-Dokument: bomFormat ist „%1“, nicht „CycloneDX“</translation>
    </message>
    <message>
        <source>the CycloneDX document has no specVersion; versions 1.6 and 1.7 can be read</source>
        <translation>das CycloneDX-Dokument hat keine specVersion; lesbar sind die Versionen 1.6 und 1.7</translation>
    </message>
    <message>
        <source>CycloneDX specVersion “%1” is not supported; versions 1.6 and 1.7 can be read</source>
        <translation>CycloneDX-specVersion „%1“ wird nicht unterstützt; lesbar sind die Versionen 1.6 und 1.7</translation>
    </message>
    <message>
        <source>this is not an SPDX 3.0 document: it has no @context</source>
        <translation>dies ist kein SPDX-3.0-Dokument: es hat keinen @context</translation>
    </message>
    <message>
        <source>this is not an SPDX 3.0 document: its @context is “%1”, not https://spdx.org/rdf/3.0.1/spdx-context.jsonld</source>
        <translation>dies ist kein SPDX-3.0-Dokument: sein @context ist „%1“, nicht https://spdx.org/rdf/3.0.1/spdx-context.jsonld</translation>
    </message>
    <message>
        <source>the SPDX document has no @graph list of elements</source>
        <translation>das SPDX-Dokument hat keine @graph-Liste von Elementen</translation>
    </message>
    <message>
        <source>the ai_AIPackage at position %1 of @graph</source>
        <translation>das ai_AIPackage an Position %1 von @graph</translation>
    </message>
    <message>
        <source>the ai_AIPackage “%1”</source>
        <translation>das ai_AIPackage „%1“</translation>
    </message>
    <message>
        <source>%1 lacks the required %2</source>
        <translation>%1 fehlt das Pflichtfeld %2</translation>
    </message>
</context>
<context>
    <name>CampaignCsvWriter</name>
    <message>
        <source>no campaign with id %1</source>
        <translation>keine Kampagne mit der ID %1</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht schreiben: %1</translation>
    </message>
</context>
<context>
    <name>CampaignReport</name>
    <message>
        <source>Owners: %1</source>
        <translation>Verantwortliche: %1</translation>
    </message>
    <message>
        <source>Approval gate: %1</source>
        <translation>Freigabeschritt: %1</translation>
    </message>
    <message>
        <source>Offboarding plan: %1</source>
        <translation>Außerbetriebnahmeplan: %1</translation>
    </message>
    <message>
        <source>no credential recorded</source>
        <translation>keine Zugangsdaten erfasst</translation>
    </message>
    <message>
        <source>credential %1 (%2), storage: %3</source>
        <translation>Zugangsdaten %1 (%2), Ablage: %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days old</source>
        <translation>
            <numerusform>%Ln Tag alt</numerusform>
            <numerusform>%Ln Tage alt</numerusform>
        </translation>
    </message>
    <message>
        <source>last use not recorded</source>
        <translation>letzte Verwendung nicht erfasst</translation>
    </message>
    <message>
        <source>last used %1</source>
        <translation>zuletzt verwendet %1</translation>
    </message>
    <message>
        <source>tool: %1</source>
        <translation>Werkzeug: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>There is no review campaign %1.</source>
        <translation>Es gibt keine Überprüfungskampagne %1.</translation>
    </message>
    <message>
        <source>Access review: %1</source>
        <translation>Zugriffsüberprüfung: %1</translation>
    </message>
    <message>
        <source>%1, prepared by %2</source>
        <translation>%1, erstellt von %2</translation>
    </message>
    <message>
        <source>Access review campaign</source>
        <translation>Zugriffsüberprüfungskampagne</translation>
    </message>
    <message>
        <source>Draft: the campaign is still open</source>
        <translation>Entwurf: Die Kampagne ist noch offen</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>All systems</source>
        <translation>Alle Systeme</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Abgezeichnet</translation>
    </message>
    <message>
        <source>The head hash fixes the workspace&apos;s audit log, and with it every decision of this campaign, at the time of this report: `mandate-cli verify` on the workspace prints the same hash while nothing has changed since.</source>
        <translation>Der Kopf-Hash hält das Audit-Protokoll des Arbeitsbereichs und damit jede Entscheidung dieser Kampagne zum Zeitpunkt dieses Berichts fest: `mandate-cli verify` gibt für den Arbeitsbereich denselben Hash aus, solange sich seither nichts geändert hat.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systeme</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>High-risk items</source>
        <translation>Punkte mit hohem Risiko</translation>
    </message>
    <message>
        <source>To remediate</source>
        <translation>Abzuhelfen</translation>
    </message>
    <message>
        <source>Separation-of-duties exceptions</source>
        <translation>Ausnahmen wegen Funktionstrennung</translation>
    </message>
    <message>
        <source>Items per decision</source>
        <translation>Punkte je Entscheidung</translation>
    </message>
    <message numerus="yes">
        <source>%Ln items are still undecided; the decisions below list them as such.</source>
        <translation>
            <numerusform>%Ln Punkt ist noch unentschieden; die Entscheidungen unten führen ihn als solchen auf.</numerusform>
            <numerusform>%Ln Punkte sind noch unentschieden; die Entscheidungen unten führen sie als solche auf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln items are marked unsure: a campaign cannot be signed off until they are decided.</source>
        <translation>
            <numerusform>%Ln Punkt ist als unsicher markiert: Eine Kampagne kann erst abgezeichnet werden, wenn er entschieden ist.</numerusform>
            <numerusform>%Ln Punkte sind als unsicher markiert: Eine Kampagne kann erst abgezeichnet werden, wenn sie entschieden sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Every item of the campaign, per system, with the evidence the reviewer saw: the system, privilege and credential as they were when the campaign began.</source>
        <translation>Jeder Punkt der Kampagne, je System, mit dem Nachweis, den der Prüfer sah: System, Berechtigung und Zugangsdaten, wie sie zu Beginn der Kampagne waren.</translation>
    </message>
    <message>
        <source>Lifecycle stage: %1. Last reviewed: %2.</source>
        <translation>Lebenszyklusphase: %1. Zuletzt überprüft: %2.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Hohes Risiko</translation>
    </message>
    <message>
        <source>Reviewer, decided at</source>
        <translation>Prüfer, entschieden am</translation>
    </message>
    <message>
        <source>None: no reviewer owns a system in this campaign.</source>
        <translation>Keine: Kein Prüfer verantwortet ein System dieser Kampagne.</translation>
    </message>
    <message>
        <source>A reviewer may not decide the items of a system they own. These items were blocked for the reviewer named and left to another.</source>
        <translation>Ein Prüfer darf die Punkte eines Systems, das er verantwortet, nicht entscheiden. Diese Punkte waren für den genannten Prüfer gesperrt und blieben einem anderen überlassen.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Blocked for</source>
        <translation>Gesperrt für</translation>
    </message>
    <message>
        <source>Decided instead by</source>
        <translation>Stattdessen entschieden von</translation>
    </message>
    <message numerus="yes">
        <source>%Ln items</source>
        <translation>
            <numerusform>%Ln Punkt</numerusform>
            <numerusform>%Ln Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln undecided</source>
        <translation>
            <numerusform>%1, %Ln unentschieden</numerusform>
            <numerusform>%1, %Ln unentschieden</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Abzeichnen</translation>
    </message>
    <message>
        <source>Signed off by %1 on %2; the decisions are frozen.</source>
        <translation>Abgezeichnet von %1 am %2; die Entscheidungen sind eingefroren.</translation>
    </message>
    <message>
        <source>Closed without sign-off by %1 on %2; the decisions are frozen and no remediation was made.</source>
        <translation>Ohne Abzeichnen geschlossen von %1 am %2; die Entscheidungen sind eingefroren, und es wurde keine Abhilfe angelegt.</translation>
    </message>
    <message>
        <source>Not signed off: the campaign is still open.</source>
        <translation>Nicht abgezeichnet: Die Kampagne ist noch offen.</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Abhilfe</translation>
    </message>
    <message>
        <source>None: the campaign was closed without sign-off.</source>
        <translation>Keine: Die Kampagne wurde ohne Abzeichnen geschlossen.</translation>
    </message>
    <message>
        <source>Privilege</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Revoke the privilege</source>
        <translation>Die Berechtigung entziehen</translation>
    </message>
    <message>
        <source>Narrow the privilege to what is needed</source>
        <translation>Die Berechtigung auf das Nötige einschränken</translation>
    </message>
    <message>
        <source>%1; marked “%2”</source>
        <translation>%1; markiert als „%2“</translation>
    </message>
    <message>
        <source>None: no privilege was decided revoke or reduce.</source>
        <translation>Keine: Für keine Berechtigung wurde Entziehen oder Einschränken entschieden.</translation>
    </message>
    <message>
        <source>Draft: the privileges are marked when the campaign is signed off.</source>
        <translation>Entwurf: Die Berechtigungen werden markiert, wenn die Kampagne abgezeichnet wird.</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Create a new, empty workspace; an existing file is never touched.</source>
        <translation>Legt einen neuen, leeren Arbeitsbereich an; eine vorhandene Datei bleibt unangetastet.</translation>
    </message>
    <message>
        <source>List the systems: id, name, paradigm, suggested paradigm, runtime authority, lifecycle.</source>
        <translation>Listet die Systeme auf: ID, Name, Paradigma, vorgeschlagenes Paradigma, Laufzeitbefugnis, Lebenszyklus.</translation>
    </message>
    <message>
        <source>Show one system with its derived facts and their rationale.</source>
        <translation>Zeigt ein System mit seinen abgeleiteten Fakten und deren Begründung.</translation>
    </message>
    <message>
        <source>Add a system and print its id.</source>
        <translation>Fügt ein System hinzu und gibt seine ID aus.</translation>
    </message>
    <message>
        <source>Change one field of a system (audited, like an edit in the window).</source>
        <translation>Ändert ein Feld eines Systems (im Audit-Protokoll erfasst wie eine Bearbeitung im Fenster).</translation>
    </message>
    <message>
        <source>Check the audit log&apos;s hash chain; print OK, the number of entries and the head hash.</source>
        <translation>Prüft die Hash-Kette des Audit-Protokolls; gibt OK, die Anzahl der Einträge und den Kopf-Hash aus.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>missing arguments</source>
        <translation>fehlende Argumente</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--json is not an option of this command</source>
        <translation>--json ist keine Option dieses Befehls</translation>
    </message>
    <message>
        <source>--filter is not an option of this command</source>
        <translation>--filter ist keine Option dieses Befehls</translation>
    </message>
    <message>
        <source>--name is required</source>
        <translation>--name ist erforderlich</translation>
    </message>
    <message>
        <source>--name is not an option of this command</source>
        <translation>--name ist keine Option dieses Befehls</translation>
    </message>
    <message>
        <source>%1: %2; usage: %3 %4</source>
        <translation>%1: %2; Aufruf: %3 %4</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Paradigm</source>
        <translation>Paradigma</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Befugnis</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (%2 --help lists the fields)</source>
        <translation>unbekanntes Feld „%1“ (%2 --help listet die Felder auf)</translation>
    </message>
    <message>
        <source>invalid value for %1: %2</source>
        <translation>ungültiger Wert für %1: %2</translation>
    </message>
    <message>
        <source>the audit log is broken at entry %1</source>
        <translation>das Audit-Protokoll ist ab Eintrag %1 beschädigt</translation>
    </message>
    <message>
        <source>%1: cannot open the workspace</source>
        <translation>%1: Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>no system with id %1</source>
        <translation>kein System mit der ID %1</translation>
    </message>
    <message>
        <source>see %1 --help</source>
        <translation>siehe %1 --help</translation>
    </message>
    <message>
        <source>the change could not be written</source>
        <translation>die Änderung konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Usage: %1 COMMAND WS [ARGUMENTS] [OPTIONS]</source>
        <translation>Aufruf: %1 BEFEHL WS [ARGUMENTE] [OPTIONEN]</translation>
    </message>
    <message>
        <source>Reads and edits a Mandate workspace (WS, a *.mandate file) without the window. Edits take the same path as in the window: each is recorded in the audit log.</source>
        <translation>Liest und bearbeitet einen Mandate-Arbeitsbereich (WS, eine *.mandate-Datei) ohne das Fenster. Änderungen nehmen denselben Weg wie im Fenster: Jede wird im Audit-Protokoll festgehalten.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Keep the systems whose name, vendor, owners or description contain every word of TEXT, in any case.</source>
        <translation>Behält die Systeme, deren Name, Anbieter, Verantwortliche oder Beschreibung jedes Wort aus TEXT enthalten, ohne Rücksicht auf Groß- und Kleinschreibung.</translation>
    </message>
    <message>
        <source>The new system&apos;s name.</source>
        <translation>Name des neuen Systems.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Zeigt diese Hilfe an.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Zeigt die Version an.</translation>
    </message>
    <message>
        <source>Fields and values for set:</source>
        <translation>Felder und Werte für set:</translation>
    </message>
    <message>
        <source>A value that starts with &quot;-&quot; goes after &quot;--&quot;, as in: set WS 3 description -- &quot;-42&quot;.</source>
        <translation>Ein Wert, der mit „-“ beginnt, steht nach „--“, etwa: set WS 3 description -- &quot;-42&quot;.</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Exit-Codes:</translation>
    </message>
    <message>
        <source>Success.</source>
        <translation>Erfolg.</translation>
    </message>
    <message>
        <source>Usage error: the command line is wrong.</source>
        <translation>Aufruffehler: Die Befehlszeile ist fehlerhaft.</translation>
    </message>
    <message>
        <source>Bad input: an unknown system id or field, an invalid value, or (verify) an audit log whose hash chain is broken. Nothing was changed.</source>
        <translation>Ungültige Eingabe: eine unbekannte System-ID oder ein unbekanntes Feld, ein ungültiger Wert oder (verify) ein Audit-Protokoll mit unterbrochener Hash-Kette. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Workspace error: the file is missing, exists already (init), is not a workspace, is corrupt, locked, read-only or from a newer version, or a write failed.</source>
        <translation>Fehler im Arbeitsbereich: Die Datei fehlt, existiert bereits (init), ist kein Arbeitsbereich, ist beschädigt, gesperrt, schreibgeschützt oder stammt aus einer neueren Version, oder ein Schreibvorgang ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Errors go to standard error, one line each, naming the file and the problem.</source>
        <translation>Fehler gehen an die Standardfehlerausgabe, je eine Zeile mit Datei und Problem.</translation>
    </message>
    <message>
        <source>OK: audit log intact; entries: %L1; head hash: %2</source>
        <translation>OK: Audit-Protokoll intakt; Einträge: %L1; Kopf-Hash: %2</translation>
    </message>
    <message>
        <source>Import systems from an inventory file (CSV, JSON, CycloneDX, SPDX) in one transaction; print what was new, changed, unchanged, skipped or in conflict.</source>
        <translation>Importiert Systeme aus einer Inventardatei (CSV, JSON, CycloneDX, SPDX) in einer Transaktion; gibt aus, was neu, geändert, unverändert, übersprungen oder im Konflikt war.</translation>
    </message>
    <message>
        <source>%1 is not an option of this command</source>
        <translation>%1 ist keine Option dieses Befehls</translation>
    </message>
    <message>
        <source>import: unknown format &quot;%1&quot;; use auto, csv, json, cyclonedx or spdx</source>
        <translation>import: unbekanntes Format „%1“; verwenden Sie auto, csv, json, cyclonedx oder spdx</translation>
    </message>
    <message>
        <source>import: how to read FILE: auto (the default, by its content), csv, json, cyclonedx or spdx.</source>
        <translation>import: wie FILE gelesen wird: auto (Standard, nach dem Inhalt), csv, json, cyclonedx oder spdx.</translation>
    </message>
    <message>
        <source>import: a mapping file from columns to fields, as the import wizard saves it; columns it does not name map by their headers.</source>
        <translation>import: eine Zuordnungsdatei von Spalten zu Feldern, wie sie der Importassistent speichert; Spalten, die sie nicht nennt, werden über ihre Überschrift zugeordnet.</translation>
    </message>
    <message>
        <source>import: the column that matches rows to systems already in the workspace (default: the external id, else the name).</source>
        <translation>import: die Spalte, über die Zeilen mit den Systemen abgeglichen werden, die schon im Arbeitsbereich sind (Standard: die externe ID, sonst der Name).</translation>
    </message>
    <message>
        <source>import: import nothing when a row has a problem (by default such rows are skipped).</source>
        <translation>import: Importiert nichts, wenn eine Zeile ein Problem hat (standardmäßig werden solche Zeilen übersprungen).</translation>
    </message>
    <message>
        <source>import: take the file&apos;s value where the analyst changed a field by hand (by default the workspace value is kept).</source>
        <translation>import: Übernimmt den Wert aus der Datei, wo ein Feld von Hand geändert wurde (standardmäßig bleibt der Wert im Arbeitsbereich erhalten).</translation>
    </message>
    <message>
        <source>import: match no existing system: every row becomes a new system (for a file with no unique column).</source>
        <translation>import: Gleicht mit keinem vorhandenen System ab: Jede Zeile wird ein neues System (für eine Datei ohne eindeutige Spalte).</translation>
    </message>
    <message>
        <source>import: report what would happen; write nothing.</source>
        <translation>import: Meldet, was geschehen würde; schreibt nichts.</translation>
    </message>
    <message>
        <source>For import: a file that cannot be read (the error names line and column), an unusable mapping file, or rows with problems under --abort-on-bad-rows.</source>
        <translation>Bei import: eine Datei, die nicht gelesen werden kann (der Fehler nennt Zeile und Spalte), eine unbrauchbare Zuordnungsdatei oder Zeilen mit Problemen bei --abort-on-bad-rows.</translation>
    </message>
    <message>
        <source>List the findings of every system, most severe first: severity, rule, system id and name, reason, framework items.</source>
        <translation>Listet die Befunde aller Systeme auf, die schwersten zuerst: Schweregrad, Regel, Systemkennung und -name, Grund, Framework-Einträge.</translation>
    </message>
    <message>
        <source>Show how far the mappings cover each framework catalog: the share of mapped (system, item) pairs that are mitigated or not applicable, and the count per status.</source>
        <translation>Zeigt, wie weit die Zuordnungen jeden Framework-Katalog abdecken: den Anteil der zugeordneten Paare (System, Eintrag), die gemindert oder nicht anwendbar sind, und die Anzahl je Status.</translation>
    </message>
    <message>
        <source>Print JSON: list, findings and coverage print an array of objects, show one object, import one report. JSON holds ids, ISO dates and plain numbers in every language; the tables show labels, dates and numbers as the window does.</source>
        <translation>Gibt JSON aus: list, findings und coverage ein Array von Objekten, show ein einzelnes Objekt, import einen Bericht. JSON enthält in jeder Sprache IDs, ISO-Datumsangaben und ungegliederte Zahlen; die Tabellen zeigen Bezeichnungen, Datumsangaben und Zahlen wie das Fenster.</translation>
    </message>
    <message>
        <source>Import runtime evidence of what systems did (JSON Lines, OpenTelemetry GenAI spans as OTLP JSON, or AWS CloudTrail) in one step; print how many events matched a system.</source>
        <translation>Importiert Laufzeitnachweise darüber, was Systeme getan haben (JSON Lines, OpenTelemetry-GenAI-Spans als OTLP JSON oder AWS CloudTrail), in einem Schritt; gibt aus, wie viele Ereignisse einem System zugeordnet wurden.</translation>
    </message>
    <message>
        <source>evidence: unknown action &quot;%1&quot;; usage: %2 %3</source>
        <translation>evidence: unbekannte Aktion „%1“; Aufruf: %2 %3</translation>
    </message>
    <message>
        <source>evidence: unknown format &quot;%1&quot;; use jsonl, otlp or cloudtrail</source>
        <translation>evidence: unbekanntes Format „%1“; verwenden Sie jsonl, otlp oder cloudtrail</translation>
    </message>
    <message>
        <source>cannot tell the evidence format; give --format jsonl, otlp or cloudtrail</source>
        <translation>das Format der Nachweise ist nicht erkennbar; geben Sie --format jsonl, otlp oder cloudtrail an</translation>
    </message>
    <message>
        <source>Access-review campaigns: create one (prints its id), list them with progress, show one with its items and evidence, record decisions from a file, sign off or close it.</source>
        <translation>Zugriffsüberprüfungskampagnen: Legt eine an (gibt ihre ID aus), listet sie mit Fortschritt auf, zeigt eine mit ihren Punkten und Nachweisen, erfasst Entscheidungen aus einer Datei, zeichnet sie ab oder schließt sie.</translation>
    </message>
    <message>
        <source>review: a reviewer of the new campaign (create, repeat for several), or the reviewer who decides, signs off or closes; the audit log names them.</source>
        <translation>review: ein Prüfer der neuen Kampagne (create, für mehrere wiederholen) oder der Prüfer, der entscheidet, abzeichnet oder schließt; das Audit-Protokoll nennt ihn.</translation>
    </message>
    <message>
        <source>review create: which systems the campaign covers, e.g. &quot;is:nhi-risk stage:production&quot; (default: is:identity-subject is:nhi-risk).</source>
        <translation>review create: welche Systeme die Kampagne umfasst, z. B. „is:nhi-risk stage:production“ (Standard: is:identity-subject is:nhi-risk).</translation>
    </message>
    <message>
        <source>review create: the due date.</source>
        <translation>review create: das Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>review decide: the decisions, as {&quot;decisions&quot;: [{&quot;item&quot;: 12, &quot;decision&quot;: &quot;keep&quot;, &quot;justification&quot;: &quot;…&quot;}]}; all are recorded or none.</source>
        <translation>review decide: die Entscheidungen, als {&quot;decisions&quot;: [{&quot;item&quot;: 12, &quot;decision&quot;: &quot;keep&quot;, &quot;justification&quot;: &quot;…&quot;}]}; es werden alle erfasst oder keine.</translation>
    </message>
    <message>
        <source>Write the systems (all, or those --filter keeps) or one campaign to FILE: a PDF report, CSV in the native layout that import reads back, or the whole workspace as JSON.</source>
        <translation>Schreibt die Systeme (alle oder die, die --filter behält) oder eine Kampagne nach FILE: einen PDF-Bericht, CSV im nativen Layout, das import wieder einliest, oder den ganzen Arbeitsbereich als JSON.</translation>
    </message>
    <message>
        <source>export: the kind of file to write (required).</source>
        <translation>export: die Art der zu schreibenden Datei (erforderlich).</translation>
    </message>
    <message>
        <source>export: the file to write (required); it appears whole or not at all.</source>
        <translation>export: die zu schreibende Datei (erforderlich); sie entsteht vollständig oder gar nicht.</translation>
    </message>
    <message>
        <source>export: one review campaign: its decisions (csv), its report (pdf), or the workspace with only this campaign (json).</source>
        <translation>export: eine Überprüfungskampagne: ihre Entscheidungen (csv), ihr Bericht (pdf) oder der Arbeitsbereich mit nur dieser Kampagne (json).</translation>
    </message>
    <message>
        <source>Copy the workspace SRC to DST, a new file or an empty PostgreSQL database (postgresql://…), or back; refused unless SRC&apos;s audit chain verifies and DST is new.</source>
        <translation>Kopiert den Arbeitsbereich SRC nach DST, in eine neue Datei oder eine leere PostgreSQL-Datenbank (postgresql://…), oder zurück; wird nur ausgeführt, wenn sich die Audit-Kette von SRC bestätigen lässt und DST neu ist.</translation>
    </message>
    <message>
        <source>List who holds which role (viewer, analyst, reviewer, admin) on a server workspace, and your own.</source>
        <translation>Listet auf, wer welche Rolle (viewer, analyst, reviewer, admin) in einem Server-Arbeitsbereich hat, und Ihre eigene.</translation>
    </message>
    <message>
        <source>Give the server user USER the role ROLE on a server workspace (admins only; audited).</source>
        <translation>Gibt dem Server-Benutzer USER die Rolle ROLE in einem Server-Arbeitsbereich (nur für Administratoren; im Audit-Protokoll erfasst).</translation>
    </message>
    <message>
        <source>Take the role ROLE away from the server user USER (admins only; audited).</source>
        <translation>Entzieht dem Server-Benutzer USER die Rolle ROLE (nur für Administratoren; im Audit-Protokoll erfasst).</translation>
    </message>
    <message>
        <source>A value from a list may also be given by its label, as list and show print it in the current language.</source>
        <translation>Ein Wert aus einer Liste kann auch mit seiner Bezeichnung angegeben werden, wie list und show sie in der aktuellen Sprache ausgeben.</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>This is not a Mandate mapping file.</source>
        <translation>Dies ist keine Mandate-Zuordnungsdatei.</translation>
    </message>
    <message>
        <source>Mapping file version %1 is not supported.</source>
        <translation>Die Version %1 der Zuordnungsdatei wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The mapping file has no &quot;columns&quot; object.</source>
        <translation>Die Zuordnungsdatei enthält kein „columns“-Objekt.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is mapped to &quot;%2&quot;, which is not a field.</source>
        <translation>Die Spalte „%1“ ist „%2“ zugeordnet, das kein Feld ist.</translation>
    </message>
    <message>
        <source>Columns &quot;%1&quot; and &quot;%2&quot; are both mapped to &quot;%3&quot;.</source>
        <translation>Die Spalten „%1“ und „%2“ sind beide „%3“ zugeordnet.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; must map to a field id or to null.</source>
        <translation>Die Spalte „%1“ muss einer Feldkennung oder null zugeordnet sein.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Add person %1</source>
        <translation>Person %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>„%1“ von %2 ändern</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln systems</source>
        <translation>
            <numerusform>%Ln System löschen</numerusform>
            <numerusform>%Ln Systeme löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
</context>
<context>
    <name>CoverageCommand</name>
    <message>
        <source>not mapped</source>
        <translation>nicht zugeordnet</translation>
    </message>
    <message>
        <source>%L1 of %L2 covered</source>
        <translation>%L1 von %L2 abgedeckt</translation>
    </message>
</context>
<context>
    <name>CsvInventoryWriter</name>
    <message>
        <source>cannot write: %1</source>
        <translation>Schreiben nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file has no header record: it holds only blank lines</source>
        <translation>die Datei hat keine Kopfzeile: sie enthält nur Leerzeilen</translation>
    </message>
    <message>
        <source>columns %1 and %2 have the same name &quot;%3&quot;; rename one of them</source>
        <translation>die Spalten %1 und %2 heißen beide „%3“; benennen Sie eine um</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>the header has more than %L1 columns, the most a file may have</source>
        <translation>die Kopfzeile hat mehr als %L1 Spalten, die Höchstzahl für eine Datei</translation>
    </message>
    <message>
        <source>this record has more fields than the %L1 columns of the header</source>
        <translation>dieser Datensatz hat mehr Felder als die %L1 Spalten der Kopfzeile</translation>
    </message>
    <message>
        <source>the quoted field that starts here is never closed</source>
        <translation>das hier beginnende Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>the field that starts here is longer than %L1 characters, the limit; if it should not be, a quote is probably left open</source>
        <translation>das hier beginnende Feld ist länger als die Grenze von %L1 Zeichen; falls das nicht sein sollte, ist vermutlich ein Anführungszeichen offen</translation>
    </message>
</context>
<context>
    <name>DashboardData</name>
    <message>
        <source>Identity subjects</source>
        <translation>Identitätssubjekte</translation>
    </message>
    <message>
        <source>Not identity subjects</source>
        <translation>Keine Identitätssubjekte</translation>
    </message>
    <message>
        <source>NHI risk</source>
        <translation>NHI-Risiko</translation>
    </message>
    <message>
        <source>NHI risk unknown</source>
        <translation>NHI-Risiko unbekannt</translation>
    </message>
    <message>
        <source>No NHI risk</source>
        <translation>Kein NHI-Risiko</translation>
    </message>
    <message>
        <source>%1 severity findings</source>
        <translation>Befunde mit Schweregrad %1</translation>
    </message>
    <message>
        <source>%1 gaps</source>
        <translation>Lücken in %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>someone else&apos;s change is still being written (an import, perhaps); nothing was changed. Try again in a moment.</source>
        <translation>eine Änderung einer anderen Person wird noch geschrieben (vielleicht ein Import); nichts wurde geändert. Versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>Demo data: %1, field &quot;%2&quot;: %3</source>
        <translation>Demodaten: %1, Feld „%2“: %3</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (expected one of: %2)</source>
        <translation>unbekannter Wert „%1“ (erwartet wird einer von: %2)</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>Text erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>„%1“ ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;</source>
        <translation>„%1“ erwartet</translation>
    </message>
    <message>
        <source>version %1 is not supported</source>
        <translation>Version %1 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>Liste erwartet</translation>
    </message>
    <message>
        <source>person %1</source>
        <translation>Person %1</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>unbekanntes Feld</translation>
    </message>
    <message>
        <source>a person needs a name</source>
        <translation>eine Person braucht einen Namen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>„%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>credential %1</source>
        <translation>Zugangsdaten %1</translation>
    </message>
    <message>
        <source>credential &quot;%1&quot;</source>
        <translation>Zugangsdaten „%1“</translation>
    </message>
    <message>
        <source>names must be present and unique</source>
        <translation>Namen müssen vorhanden und eindeutig sein</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>system %1</source>
        <translation>System %1</translation>
    </message>
    <message>
        <source>system &quot;%1&quot;</source>
        <translation>System „%1“</translation>
    </message>
    <message>
        <source>a system needs a name</source>
        <translation>ein System braucht einen Namen</translation>
    </message>
    <message>
        <source>system &quot;%1&quot;, privilege %2</source>
        <translation>System „%1“, Berechtigung %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is also used by &quot;%2&quot;</source>
        <translation>„%1“ wird auch von „%2“ verwendet</translation>
    </message>
    <message>
        <source>no person named &quot;%1&quot;</source>
        <translation>keine Person namens „%1“</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>a privilege needs a target</source>
        <translation>eine Berechtigung braucht ein Ziel</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>no credential named &quot;%1&quot;</source>
        <translation>keine Zugangsdaten namens „%1“</translation>
    </message>
    <message>
        <source>Demo data: the built-in resource %1 is missing.</source>
        <translation>Demodaten: Die eingebaute Ressource %1 fehlt.</translation>
    </message>
    <message>
        <source>Demo data: not valid JSON at offset %1: %2</source>
        <translation>Demodaten: kein gültiges JSON an Position %1: %2</translation>
    </message>
    <message>
        <source>system &quot;%1&quot;, mapping %2</source>
        <translation>System „%1“, Zuordnung %2</translation>
    </message>
    <message>
        <source>no item &quot;%1&quot; in a catalog &quot;%2&quot;</source>
        <translation>kein Eintrag „%1“ in einem Katalog „%2“</translation>
    </message>
</context>
<context>
    <name>DerivedFacts</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A privilege of this system uses a credential</source>
        <translation>Eine Berechtigung dieses Systems nutzt Zugangsdaten</translation>
    </message>
    <message>
        <source>No privilege uses a credential</source>
        <translation>Keine Berechtigung nutzt Zugangsdaten</translation>
    </message>
    <message>
        <source>%1 could not be ruled out (%2)</source>
        <translation>%1 ließ sich nicht ausschließen (%2)</translation>
    </message>
    <message>
        <source>Its output is an action, yet nothing gives it a path to execution</source>
        <translation>Seine Ausgabe ist eine Aktion, doch nichts gibt ihr einen Weg zur Ausführung</translation>
    </message>
    <message>
        <source>Holds a wildcard or admin privilege</source>
        <translation>Besitzt eine Wildcard- oder Admin-Berechtigung</translation>
    </message>
    <message>
        <source>Highest privilege scope: %1</source>
        <translation>Höchster Berechtigungsumfang: %1</translation>
    </message>
    <message>
        <source>Holds no privileges</source>
        <translation>Besitzt keine Berechtigungen</translation>
    </message>
    <message>
        <source>Not known whether its output reaches execution</source>
        <translation>Unbekannt, ob seine Ausgabe zur Ausführung gelangt</translation>
    </message>
    <message>
        <source>It acts, but does not select actions with tools</source>
        <translation>Es handelt, wählt aber keine Aktionen mit Tools</translation>
    </message>
</context>
<context>
    <name>EvidenceCommand</name>
    <message>
        <source>%1: %L2 events, %L3 matched to systems (%L4 stored), %L5 naming no known system or credential</source>
        <translation>%1: %L2 Ereignisse, %L3 Systemen zugeordnet (%L4 gespeichert), %L5 ohne bekanntes System oder Zugangsdaten</translation>
    </message>
    <message>
        <source>  line %1: system &quot;%2&quot;, credential &quot;%3&quot; unknown</source>
        <translation>  Zeile %1: System „%2“, Zugangsdaten „%3“ unbekannt</translation>
    </message>
</context>
<context>
    <name>EvidenceReader</name>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>„%1“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string or a number</source>
        <translation>„%1“ muss eine Zeichenkette oder eine Zahl sein</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>die Datei lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <source>the file is compressed (gzip): decompress it first</source>
        <translation>die Datei ist komprimiert (gzip): entpacken Sie sie zuerst</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>the line is longer than %1 bytes</source>
        <translation>die Zeile ist länger als %1 Bytes</translation>
    </message>
    <message>
        <source>the line is not valid JSON: %1</source>
        <translation>die Zeile ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>the line is not a JSON object</source>
        <translation>die Zeile ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>there is no &quot;time&quot;</source>
        <translation>„time“ fehlt</translation>
    </message>
    <message>
        <source>the time %1 is earlier than the time on line %2 (%3): lines must be in time order</source>
        <translation>die Zeit %1 liegt vor der Zeit in Zeile %2 (%3): die Zeilen müssen zeitlich geordnet sein</translation>
    </message>
    <message>
        <source>the line names neither a system (&quot;system_id&quot;) nor a credential (&quot;credential_id&quot;)</source>
        <translation>die Zeile nennt weder ein System („system_id“) noch Zugangsdaten („credential_id“)</translation>
    </message>
    <message>
        <source>the time &quot;%1&quot; is not an ISO 8601 date and time</source>
        <translation>die Zeit „%1“ ist kein Datum mit Uhrzeit nach ISO 8601</translation>
    </message>
    <message>
        <source>the time &quot;%1&quot; has no time zone: add Z or an offset such as +02:00</source>
        <translation>die Zeit „%1“ hat keine Zeitzone: ergänzen Sie Z oder einen Versatz wie +02:00</translation>
    </message>
    <message>
        <source>the time %1 is in the future</source>
        <translation>die Zeit %1 liegt in der Zukunft</translation>
    </message>
    <message>
        <source>span %1: %2</source>
        <translation>Span %1: %2</translation>
    </message>
    <message>
        <source>record %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB, the most this format can be read at once</source>
        <translation>die Datei ist größer als %1 MB, das Höchstmaß, das dieses Format auf einmal lesen kann</translation>
    </message>
    <message>
        <source>the file is not valid JSON: %1</source>
        <translation>die Datei ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>this is not an OTLP JSON trace export: there is no &quot;resourceSpans&quot; array</source>
        <translation>dies ist kein OTLP-JSON-Trace-Export: das Array „resourceSpans“ fehlt</translation>
    </message>
    <message>
        <source>there is no start time (&quot;startTimeUnixNano&quot;)</source>
        <translation>die Startzeit („startTimeUnixNano“) fehlt</translation>
    </message>
    <message>
        <source>the start time &quot;%1&quot; is not a number of nanoseconds since 1970</source>
        <translation>die Startzeit „%1“ ist keine Anzahl Nanosekunden seit 1970</translation>
    </message>
    <message>
        <source>the span names neither an agent (&quot;gen_ai.agent.id&quot;) nor a service (&quot;service.name&quot;)</source>
        <translation>der Span nennt weder einen Agenten („gen_ai.agent.id“) noch einen Dienst („service.name“)</translation>
    </message>
    <message>
        <source>this is not a CloudTrail log: there is no &quot;Records&quot; array</source>
        <translation>dies ist kein CloudTrail-Protokoll: das Array „Records“ fehlt</translation>
    </message>
    <message>
        <source>the record is not a JSON object</source>
        <translation>der Eintrag ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>there is no &quot;eventTime&quot;</source>
        <translation>„eventTime“ fehlt</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>missing arguments</source>
        <translation>fehlende Argumente</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 ist erforderlich</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use pdf, csv or json</source>
        <translation>unbekanntes Format „%1“; verwenden Sie pdf, csv oder json</translation>
    </message>
    <message>
        <source>%1 does not apply to a campaign&apos;s CSV</source>
        <translation>%1 gilt nicht für die CSV-Datei einer Kampagne</translation>
    </message>
    <message>
        <source>is a folder; give the file to write</source>
        <translation>ist ein Ordner; geben Sie die zu schreibende Datei an</translation>
    </message>
    <message>
        <source>no review campaign with id %1</source>
        <translation>keine Überprüfungskampagne mit der ID %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln review item(s) of campaign %1 to %2</source>
        <translation>
            <numerusform>%Ln Überprüfungspunkt der Kampagne %1 nach %2 geschrieben</numerusform>
            <numerusform>%Ln Überprüfungspunkte der Kampagne %1 nach %2 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>no system matches the filter &quot;%1&quot;</source>
        <translation>kein System passt zum Filter „%1“</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln system(s) to %1</source>
        <translation>
            <numerusform>%Ln System nach %1 geschrieben</numerusform>
            <numerusform>%Ln Systeme nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote a report on %Ln system(s), %L1 pages, to %2</source>
        <translation>
            <numerusform>Bericht über %Ln System, %L1 Seiten, nach %2 geschrieben</numerusform>
            <numerusform>Bericht über %Ln Systeme, %L1 Seiten, nach %2 geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the report of campaign %1, %Ln page(s), to %2</source>
        <translation>
            <numerusform>Bericht der Kampagne %1, %Ln Seite, nach %2 geschrieben</numerusform>
            <numerusform>Bericht der Kampagne %1, %Ln Seiten, nach %2 geschrieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldValue</name>
    <message>
        <source>any text</source>
        <translation>beliebiger Text</translation>
    </message>
    <message>
        <source>text, not empty</source>
        <translation>Text, nicht leer</translation>
    </message>
    <message>
        <source>a person&apos;s name, empty to clear</source>
        <translation>Name einer Person, leer zum Entfernen</translation>
    </message>
    <message>
        <source>days from 0 to 3650; 0 for the default</source>
        <translation>Tage von 0 bis 3650; 0 für den Standardwert</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, empty to clear</source>
        <translation>JJJJ-MM-TT, leer zum Entfernen</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>ein JSON-Objekt</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>ja oder nein</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Identity subject without a technical or business owner</source>
        <translation>Identitätssubjekt ohne technische oder Fachverantwortung</translation>
    </message>
    <message>
        <source>NHI risk without a technical or business owner</source>
        <translation>NHI-Risiko ohne technische oder Fachverantwortung</translation>
    </message>
    <message>
        <source>Identity subject without an offboarding plan</source>
        <translation>Identitätssubjekt ohne Außerbetriebnahmeplan</translation>
    </message>
    <message>
        <source>NHI risk without an offboarding plan</source>
        <translation>NHI-Risiko ohne Außerbetriebnahmeplan</translation>
    </message>
    <message>
        <source>Recorded as %1, but its behaviour suggests %2</source>
        <translation>Erfasst als %1, sein Verhalten spricht aber für %2</translation>
    </message>
    <message>
        <source>Identity subject never reviewed</source>
        <translation>Identitätssubjekt nie überprüft</translation>
    </message>
    <message>
        <source>Identity subject last reviewed on %1, review due on %2</source>
        <translation>Identitätssubjekt zuletzt am %1 überprüft, Überprüfung fällig am %2</translation>
    </message>
    <message>
        <source>Operated by a vendor and holds the organisation&apos;s credentials</source>
        <translation>Von einem Anbieter betrieben und im Besitz von Zugangsdaten der Organisation</translation>
    </message>
    <message>
        <source>A secret-looking value was found in its imported data and stored redacted</source>
        <translation>In seinen importierten Daten wurde ein Wert gefunden, der wie ein Geheimnis aussieht; er wurde unkenntlich gespeichert</translation>
    </message>
    <message>
        <source>Credential %1 never expires</source>
        <translation>Zugangsdaten %1 laufen nie ab</translation>
    </message>
    <message>
        <source>Credential %1 never expires and was last rotated on %2, more than %3 days ago</source>
        <translation>Zugangsdaten %1 laufen nie ab und wurden zuletzt am %2 rotiert, vor mehr als %3 Tagen</translation>
    </message>
    <message>
        <source>Credential %1 last rotated on %2, more than %3 days ago</source>
        <translation>Zugangsdaten %1 zuletzt am %2 rotiert, vor mehr als %3 Tagen</translation>
    </message>
    <message>
        <source>Credential %1 never expires and has not been rotated since its creation on %2, more than %3 days ago</source>
        <translation>Zugangsdaten %1 laufen nie ab und wurden seit ihrer Erstellung am %2 nicht rotiert, vor mehr als %3 Tagen</translation>
    </message>
    <message>
        <source>Credential %1 not rotated since its creation on %2, more than %3 days ago</source>
        <translation>Zugangsdaten %1 seit ihrer Erstellung am %2 nicht rotiert, vor mehr als %3 Tagen</translation>
    </message>
    <message>
        <source>Identity subject acts on %1 with no logging</source>
        <translation>Identitätssubjekt handelt auf %1 ohne Protokollierung</translation>
    </message>
    <message>
        <source>Wildcard scope (%1) on %2 without a justification</source>
        <translation>Platzhalter-Umfang (%1) auf %2 ohne Begründung</translation>
    </message>
    <message>
        <source>Admin scope on %1 without a justification</source>
        <translation>Administratorumfang auf %1 ohne Begründung</translation>
    </message>
    <message>
        <source>Handoff point on %1 without an approval gate (%2)</source>
        <translation>Übergabepunkt auf %1 ohne Freigabeschritt (%2)</translation>
    </message>
    <message>
        <source>Credential %1 is stored outside a secrets manager (%2)</source>
        <translation>Zugangsdaten %1 liegen außerhalb eines Secrets-Managers (%2)</translation>
    </message>
    <message>
        <source>Credential %1 is used by %2 systems</source>
        <translation>Zugangsdaten %1 werden von %2 Systemen genutzt</translation>
    </message>
    <message>
        <source>Credential %1 is used in production and in %2</source>
        <translation>Zugangsdaten %1 werden in Produktion und in %2 genutzt</translation>
    </message>
    <message>
        <source>People also use credential %1</source>
        <translation>Auch Menschen nutzen die Zugangsdaten %1</translation>
    </message>
    <message>
        <source>Credential %1 is a static API key where workload identity or OAuth is possible</source>
        <translation>Zugangsdaten %1 sind ein statischer API-Schlüssel, wo Workload-Identität oder OAuth möglich wäre</translation>
    </message>
    <message numerus="yes">
        <source>Observed &quot;%1&quot; on %2 %Ln times, beyond the declared scope</source>
        <translation>
            <numerusform>„%1“ auf %2 %Ln-mal beobachtet, über den erklärten Umfang hinaus</numerusform>
            <numerusform>„%1“ auf %2 %Ln-mal beobachtet, über den erklärten Umfang hinaus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Observed &quot;%1&quot; on %2 %Ln times, which no declared privilege covers</source>
        <translation>
            <numerusform>„%1“ auf %2 %Ln-mal beobachtet, von keiner erklärten Berechtigung gedeckt</numerusform>
            <numerusform>„%1“ auf %2 %Ln-mal beobachtet, von keiner erklärten Berechtigung gedeckt</numerusform>
        </translation>
    </message>
    <message>
        <source>Declared privilege on %1 (%2) not used between %3 and %4</source>
        <translation>Erklärte Berechtigung auf %1 (%2) zwischen %3 und %4 nicht genutzt</translation>
    </message>
</context>
<context>
    <name>FrameworkCatalog</name>
    <message>
        <source>this is not valid JSON (%1)</source>
        <translation>das ist kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>a catalog is a JSON object with &quot;catalog&quot;, &quot;name&quot;, &quot;version&quot;, &quot;source&quot; and &quot;items&quot;</source>
        <translation>ein Katalog ist ein JSON-Objekt mit „catalog“, „name“, „version“, „source“ und „items“</translation>
    </message>
    <message>
        <source>the catalog has no id in &quot;catalog&quot;</source>
        <translation>der Katalog hat keine Kennung in „catalog“</translation>
    </message>
    <message>
        <source>&quot;prefixes&quot; is not a list of names such as [&quot;CSF&quot;]</source>
        <translation>„prefixes“ ist keine Liste von Namen wie [&quot;CSF&quot;]</translation>
    </message>
    <message>
        <source>&quot;items&quot; is missing or is not a list of items</source>
        <translation>„items“ fehlt oder ist keine Liste von Einträgen</translation>
    </message>
    <message>
        <source>the catalog has no items</source>
        <translation>der Katalog hat keine Einträge</translation>
    </message>
    <message>
        <source>item %1 has no &quot;id&quot;</source>
        <translation>Eintrag %1 hat keine „id“</translation>
    </message>
    <message>
        <source>item %1 (%2) has no &quot;title&quot;</source>
        <translation>Eintrag %1 (%2) hat keinen „title“</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used twice, by items %2 and %3</source>
        <translation>die Kennung „%1“ kommt zweimal vor, in den Einträgen %2 und %3</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>item %1 (%2): &quot;%3&quot; is not text</source>
        <translation>Eintrag %1 (%2): „%3“ ist kein Text</translation>
    </message>
</context>
<context>
    <name>ImportAnalyzer</name>
    <message>
        <source>the key &quot;%1&quot; is also on line %2</source>
        <translation>der Schlüssel „%1“ steht auch in Zeile %2</translation>
    </message>
    <message numerus="yes">
        <source>the key &quot;%1&quot; matches %n systems in the workspace</source>
        <translation>
            <numerusform>der Schlüssel „%1“ passt zu %n System im Arbeitsbereich</numerusform>
            <numerusform>der Schlüssel „%1“ passt zu %n Systemen im Arbeitsbereich</numerusform>
        </translation>
    </message>
    <message>
        <source>a new system needs a name</source>
        <translation>ein neues System braucht einen Namen</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>%1: cannot read the mapping file: %2</source>
        <translation>%1: Zuordnungsdatei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: the mapping file is not valid JSON: %4</source>
        <translation>%1, Zeile %2, Spalte %3: Die Zuordnungsdatei ist kein gültiges JSON: %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the mapping file is not a JSON object</source>
        <translation>die Zuordnungsdatei ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1: rows with problems: %L2; --abort-on-bad-rows was given, so nothing was imported</source>
        <translation>%1: Zeilen mit Problemen: %L2; --abort-on-bad-rows wurde angegeben, daher wurde nichts importiert</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>%1, line %2, column &quot;%3&quot;</source>
        <translation>%1, Zeile %2, Spalte „%3“</translation>
    </message>
    <message>
        <source>%1: read as %2.</source>
        <translation>%1: gelesen als %2.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>%1: %2 redacted (%3)</source>
        <translation>%1: %2 geschwärzt (%3)</translation>
    </message>
    <message>
        <source>Conflict: %1, %2: workspace &quot;%3&quot;, file &quot;%4&quot;; the file&apos;s value is taken.</source>
        <translation>Konflikt: %1, %2: Arbeitsbereich „%3“, Datei „%4“; der Wert aus der Datei wird übernommen.</translation>
    </message>
    <message>
        <source>Conflict: %1, %2: workspace &quot;%3&quot;, file &quot;%4&quot;; the workspace value is kept.</source>
        <translation>Konflikt: %1, %2: Arbeitsbereich „%3“, Datei „%4“; der Wert im Arbeitsbereich bleibt erhalten.</translation>
    </message>
    <message>
        <source>Rows: %L1; new: %L2; changed: %L3; unchanged: %L4; skipped bad rows: %L5; conflicts: %L6, kept: %L7; missing from the file: %L8.</source>
        <translation>Zeilen: %L1; neu: %L2; geändert: %L3; unverändert: %L4; übersprungene fehlerhafte Zeilen: %L5; Konflikte: %L6, davon behalten: %L7; fehlen in der Datei: %L8.</translation>
    </message>
    <message>
        <source>New people: %1.</source>
        <translation>Neue Personen: %1.</translation>
    </message>
    <message>
        <source>Imported into %1.</source>
        <translation>In %1 importiert.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Probelauf: Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>ImportPass</name>
    <message>
        <source>the column mapping does not fit: %1</source>
        <translation>die Spaltenzuordnung passt nicht: %1</translation>
    </message>
    <message>
        <source>columns %1 and %2 are both called &quot;%3&quot;; rename one or map them by hand</source>
        <translation>die Spalten %1 und %2 heißen beide „%3“; benennen Sie eine um oder ordnen Sie sie von Hand zu</translation>
    </message>
    <message>
        <source>Column %1 repeats the name &quot;%2&quot;; it is kept as &quot;%3&quot;.</source>
        <translation>Spalte %1 wiederholt den Namen „%2“; sie wird als „%3“ behalten.</translation>
    </message>
    <message>
        <source>the file has no column &quot;%1&quot; to match by</source>
        <translation>die Datei hat keine Spalte „%1“ für den Abgleich</translation>
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <source>The import was cancelled.</source>
        <translation>Der Import wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows have problems and skipping them was not chosen; nothing was imported.</source>
        <translation>
            <numerusform>%Ln Zeile hat Probleme, und Überspringen wurde nicht gewählt; es wurde nichts importiert.</numerusform>
            <numerusform>%Ln Zeilen haben Probleme, und Überspringen wurde nicht gewählt; es wurde nichts importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace cannot be written: %1</source>
        <translation>Der Arbeitsbereich kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The file changed since it was checked; nothing was imported. Check it again.</source>
        <translation>Die Datei hat sich seit der Prüfung geändert; es wurde nichts importiert. Prüfen Sie sie erneut.</translation>
    </message>
    <message>
        <source>“%1” was changed by someone else after the file was checked, so its %2 cannot be set as checked; nothing was imported. Check the file again to compare it with the workspace as it is now.</source>
        <translation>„%1“ wurde nach der Prüfung der Datei von jemand anderem geändert, daher kann %2 nicht wie geprüft gesetzt werden; nichts wurde importiert. Prüfen Sie die Datei erneut, um sie mit dem aktuellen Stand des Arbeitsbereichs zu vergleichen.</translation>
    </message>
</context>
<context>
    <name>InventoryReport</name>
    <message>
        <source>M</source>
        <comment>coverage matrix: mitigated</comment>
        <translation>M</translation>
    </message>
    <message>
        <source>P</source>
        <comment>coverage matrix: partial</comment>
        <translation>T</translation>
    </message>
    <message>
        <source>G</source>
        <comment>coverage matrix: gap</comment>
        <translation>L</translation>
    </message>
    <message>
        <source>N/A</source>
        <comment>coverage matrix: not applicable</comment>
        <translation>n. a.</translation>
    </message>
    <message>
        <source>AI system inventory review</source>
        <translation>Überprüfung des KI-Systeminventars</translation>
    </message>
    <message>
        <source>%1, prepared by %2</source>
        <translation>%1, erstellt von %2</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systeme</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln systems)</source>
        <translation>
            <numerusform>%1 (%Ln System)</numerusform>
            <numerusform>%1 (%Ln Systeme)</numerusform>
        </translation>
    </message>
    <message>
        <source>All systems</source>
        <translation>Alle Systeme</translation>
    </message>
    <message>
        <source>The head hash fixes the workspace&apos;s audit log at the time of this report: `mandate-cli verify` on the workspace prints the same hash while nothing has changed since.</source>
        <translation>Der Kopf-Hash hält das Audit-Protokoll des Arbeitsbereichs zum Zeitpunkt dieses Berichts fest: `mandate-cli verify` gibt für den Arbeitsbereich denselben Hash aus, solange sich seither nichts geändert hat.</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Zusammenfassung für die Leitung</translation>
    </message>
    <message>
        <source>Identity subjects</source>
        <translation>Identitätssubjekte</translation>
    </message>
    <message>
        <source>With NHI risk</source>
        <translation>Mit NHI-Risiko</translation>
    </message>
    <message>
        <source>Privileges</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Systems per paradigm (as recorded)</source>
        <translation>Systeme je Paradigma (wie erfasst)</translation>
    </message>
    <message>
        <source>Findings by severity</source>
        <translation>Befunde nach Schweregrad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Findings by rule</source>
        <translation>Befunde nach Regel</translation>
    </message>
    <message>
        <source>Framework coverage</source>
        <translation>Framework-Abdeckung</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Mapped pairs</source>
        <translation>Zugeordnete Paare</translation>
    </message>
    <message>
        <source>Mitigated or not applicable</source>
        <translation>Gemindert oder nicht anwendbar</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Systems with open items</source>
        <translation>Systeme mit offenen Einträgen</translation>
    </message>
    <message>
        <source>not mapped</source>
        <translation>nicht zugeordnet</translation>
    </message>
    <message>
        <source>Coverage counts only the system and item pairs an analyst has mapped: of those, the share mitigated or not applicable.</source>
        <translation>Die Abdeckung zählt nur die Paare aus System und Eintrag, die ein Analyst zugeordnet hat: davon den Anteil, der gemindert oder nicht anwendbar ist.</translation>
    </message>
    <message>
        <source>The four-paradigm map</source>
        <translation>Die Vier-Paradigmen-Karte</translation>
    </message>
    <message>
        <source>Each system sits in the region of its recorded paradigm, at the height of its access footprint; colour shows its most severe finding, a diamond an identity subject, a ring a classifier that suggests another paradigm.</source>
        <translation>Jedes System liegt in der Region seines erfassten Paradigmas, auf der Höhe seines Zugriffsumfangs; die Farbe zeigt seinen schwersten Befund, eine Raute ein Identitätssubjekt, ein Ring einen Klassifikator, der ein anderes Paradigma vorschlägt.</translation>
    </message>
    <message>
        <source>Appendix: coverage matrix per catalog</source>
        <translation>Anhang: Abdeckungsmatrix je Katalog</translation>
    </message>
    <message>
        <source>M mitigated, P partial, G gap, N/A not applicable, blank not mapped. Only systems and items with at least one mapping are listed.</source>
        <translation>M gemindert, T teilweise, L Lücke, n. a. nicht anwendbar, leer nicht zugeordnet. Aufgeführt sind nur Systeme und Einträge mit mindestens einer Zuordnung.</translation>
    </message>
    <message>
        <source>No system in scope is mapped against this catalog.</source>
        <translation>Kein System im Umfang ist diesem Katalog zugeordnet.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Index of systems</source>
        <translation>Verzeichnis der Systeme</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
</context>
<context>
    <name>JsonInventoryReader</name>
    <message>
        <source>the file holds a NUL byte: it is binary, not JSON text</source>
        <translation>die Datei enthält ein NUL-Byte: sie ist binär, kein JSON-Text</translation>
    </message>
    <message>
        <source>the bytes here are not valid UTF-8, and JSON files must be UTF-8</source>
        <translation>die Bytes hier sind kein gültiges UTF-8, und JSON-Dateien müssen UTF-8 sein</translation>
    </message>
    <message>
        <source>the JSON is nested more than %1 levels deep here; no inventory needs that, so the file is refused</source>
        <translation>das JSON ist hier mehr als %1 Ebenen tief verschachtelt; kein Inventar braucht das, daher wird die Datei abgelehnt</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>expected a JSON array of objects, or an object holding one such as {&quot;systems&quot;: [...]}, but the file does not start with [ or {</source>
        <translation>erwartet wurde ein JSON-Array von Objekten oder ein Objekt, das eines enthält, etwa {&quot;systems&quot;: [...]}, aber die Datei beginnt nicht mit [ oder {</translation>
    </message>
    <message>
        <source>the file ends before the JSON is complete; it may be truncated</source>
        <translation>die Datei endet, bevor das JSON vollständig ist; sie ist womöglich abgeschnitten</translation>
    </message>
    <message>
        <source>this is not valid JSON (%1)</source>
        <translation>dies ist kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>expected an array of objects, or an object holding one such as {&quot;systems&quot;: [...]}, but this object holds no array</source>
        <translation>erwartet wurde ein Array von Objekten oder ein Objekt, das eines enthält, etwa {&quot;systems&quot;: [...]}, aber dieses Objekt enthält kein Array</translation>
    </message>
    <message>
        <source>this object holds several arrays (%1); name the one with the systems &quot;systems&quot;</source>
        <translation>dieses Objekt enthält mehrere Arrays (%1); nennen Sie das mit den Systemen „systems“</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>element %1 of the array is not an object, so it cannot be an AI system</source>
        <translation>Element %1 des Arrays ist kein Objekt und kann daher kein KI-System sein</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>this is an SPDX 2 document; only SPDX 3.0.1 JSON-LD with the AI profile is supported</source>
        <translation>dies ist ein SPDX-2-Dokument; unterstützt wird nur SPDX 3.0.1 JSON-LD mit dem KI-Profil</translation>
    </message>
    <message>
        <source>expected one JSON object (an %1 document), but the file holds an array</source>
        <translation>erwartet wurde ein JSON-Objekt (ein %1-Dokument), aber die Datei enthält ein Array</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
</context>
<context>
    <name>Mandate::AuditLogDock</name>
    <message>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Audit-Protokoll</translation>
    </message>
    <message>
        <source>&amp;Verify audit log</source>
        <translation>Audit-Protokoll &amp;prüfen</translation>
    </message>
    <message>
        <source>Check that no audit log entry was changed, removed or reordered</source>
        <translation>Prüft, dass kein Eintrag des Audit-Protokolls geändert, entfernt oder umsortiert wurde</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>Audit log intact</source>
        <translation>Audit-Protokoll intakt</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %Ln entries, last hash %1.</source>
        <translation>
            <numerusform>Das Audit-Protokoll ist intakt: %Ln Eintrag, letzter Hash %1.</numerusform>
            <numerusform>Das Audit-Protokoll ist intakt: %Ln Einträge, letzter Hash %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log damaged</source>
        <translation>Audit-Protokoll beschädigt</translation>
    </message>
    <message>
        <source>The audit log is not intact. %1</source>
        <translation>Das Audit-Protokoll ist nicht intakt. %1</translation>
    </message>
</context>
<context>
    <name>Mandate::AuditLogModel</name>
    <message>
        <source>Hash: %1</source>
        <translation>Hash: %1</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <comment>entity and its id</comment>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Bearbeitet von</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Alter Wert</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <source>Create</source>
        <comment>audit action</comment>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Update</source>
        <comment>audit action</comment>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>audit action</comment>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>audit action</comment>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <comment>audit action</comment>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>System</source>
        <comment>audited entity</comment>
        <translation>System</translation>
    </message>
    <message>
        <source>Person</source>
        <comment>audited entity</comment>
        <translation>Person</translation>
    </message>
    <message>
        <source>Privilege</source>
        <comment>audited entity</comment>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Credential</source>
        <comment>audited entity</comment>
        <translation>Zugangsdatensatz</translation>
    </message>
    <message>
        <source>Mapping</source>
        <comment>audited entity</comment>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Workspace</source>
        <comment>audited entity</comment>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>audited field</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Target</source>
        <comment>audited field of a privilege</comment>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Privileges</source>
        <comment>audited field</comment>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Grant role</source>
        <comment>audit action</comment>
        <translation>Rolle gewähren</translation>
    </message>
    <message>
        <source>Revoke role</source>
        <comment>audit action</comment>
        <translation>Rolle entziehen</translation>
    </message>
    <message>
        <source>Migrate</source>
        <comment>audit action</comment>
        <translation>Migrieren</translation>
    </message>
    <message>
        <source>Role</source>
        <comment>audited entity</comment>
        <translation>Rolle</translation>
    </message>
</context>
<context>
    <name>Mandate::BarChartAdapter</name>
    <message>
        <source>@value %</source>
        <translation>@value %</translation>
    </message>
    <message>
        <source>%1 (nothing mapped)</source>
        <translation>%1 (nichts zugeordnet)</translation>
    </message>
</context>
<context>
    <name>Mandate::BehaviourEditor</name>
    <message>
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <source>What the system produces: explanations, predictions, content or actions</source>
        <translation>Was das System hervorbringt: Erklärungen, Vorhersagen, Inhalte oder Aktionen</translation>
    </message>
    <message>
        <source>Chooses its own next steps at runtime</source>
        <translation>Wählt seine nächsten Schritte zur Laufzeit selbst</translation>
    </message>
    <message>
        <source>Invokes tools, functions, APIs, plugins or MCP servers</source>
        <translation>Ruft Tools, Funktionen, APIs, Plug-ins oder MCP-Server auf</translation>
    </message>
    <message>
        <source>Whether a person approves before anything is executed</source>
        <translation>Ob eine Person freigibt, bevor etwas ausgeführt wird</translation>
    </message>
    <message>
        <source>Holds or can use secrets, tokens, keys or service accounts</source>
        <translation>Besitzt oder nutzt Secrets, Tokens, Schlüssel oder Dienstkonten</translation>
    </message>
    <message>
        <source>Completes workflows that change systems outside the model</source>
        <translation>Führt Abläufe aus, die Systeme außerhalb des Modells verändern</translation>
    </message>
    <message>
        <source>Its output reaches a handoff point without being re-typed by a person</source>
        <translation>Seine Ausgabe erreicht einen Übergabepunkt, ohne dass eine Person sie neu eingibt</translation>
    </message>
    <message>
        <source>Keeps memory across sessions, which widens the threat surface</source>
        <translation>Behält Erinnerungen über Sitzungen hinweg, was die Angriffsfläche vergrößert</translation>
    </message>
    <message>
        <source>Works with or delegates to other agents</source>
        <translation>Arbeitet mit anderen Agenten zusammen oder delegiert an sie</translation>
    </message>
</context>
<context>
    <name>Mandate::CampaignTableModel</name>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Scope: every system</source>
        <translation>Umfang: alle Systeme</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Umfang: %1</translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 von %L2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>Mandate::CoverageDock</name>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>&amp;Coverage matrix</source>
        <translation>&amp;Abdeckungsmatrix</translation>
    </message>
    <message>
        <source>Load framework &amp;catalog…</source>
        <translation>Framework-&amp;Katalog laden…</translation>
    </message>
    <message>
        <source>Add a framework catalog file (a newer list, an in-house standard) to this workspace</source>
        <translation>Eine Framework-Katalogdatei (eine neuere Liste, einen hauseigenen Standard) zu diesem Arbeitsbereich hinzufügen</translation>
    </message>
    <message>
        <source>The framework catalog whose items are the columns</source>
        <translation>Der Framework-Katalog, dessen Einträge die Spalten sind</translation>
    </message>
    <message>
        <source>Filter systems by name</source>
        <translation>Systeme nach Namen filtern</translation>
    </message>
    <message>
        <source>Selected systems only</source>
        <translation>Nur ausgewählte Systeme</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No mappings yet</source>
        <translation>Noch keine Zuordnungen</translation>
    </message>
    <message>
        <source>Coverage: %1 % (%L2 of %L3 mapped pairs covered)</source>
        <translation>Abdeckung: %1 % (%L2 von %L3 zugeordneten Paaren abgedeckt)</translation>
    </message>
    <message>
        <source>%1 was not loaded: %2</source>
        <translation>%1 wurde nicht geladen: %2</translation>
    </message>
    <message>
        <source>Load framework catalog</source>
        <translation>Framework-Katalog laden</translation>
    </message>
    <message>
        <source>Framework catalogs (*.json)</source>
        <translation>Framework-Kataloge (*.json)</translation>
    </message>
</context>
<context>
    <name>Mandate::CredentialTableModel</name>
    <message>
        <source>No system&apos;s privileges use this credential</source>
        <translation>Keine Berechtigung eines Systems nutzt diese Zugangsdaten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Ablage</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Last rotated</source>
        <translation>Zuletzt rotiert</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt genutzt</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>Used by people</source>
        <translation>Von Menschen genutzt</translation>
    </message>
    <message>
        <source>Systems using it</source>
        <translation>Nutzende Systeme</translation>
    </message>
    <message>
        <source>“%1” is not one of the values this column takes.</source>
        <translation>„%1“ ist keiner der Werte dieser Spalte.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as year-month-day, such as 2026-03-31.</source>
        <translation>„%1“ ist kein Datum; schreiben Sie Jahr-Monat-Tag, etwa 2026-03-31.</translation>
    </message>
</context>
<context>
    <name>Mandate::CredentialsDialog</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Only what is known about each credential is kept here, never the secret itself. Double-click a cell to edit it; each change can be undone.</source>
        <translation>Hier steht nur, was über die Zugangsdaten bekannt ist, nie das Geheimnis selbst. Doppelklicken Sie eine Zelle, um sie zu bearbeiten; jede Änderung lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <source>A credential that privileges still use cannot be removed</source>
        <translation>Zugangsdaten, die Berechtigungen noch nutzen, lassen sich nicht entfernen</translation>
    </message>
    <message>
        <source>new credential</source>
        <translation>neue Zugangsdaten</translation>
    </message>
    <message>
        <source>new credential %1</source>
        <translation>neue Zugangsdaten %1</translation>
    </message>
</context>
<context>
    <name>Mandate::CustomAttributesView</name>
    <message>
        <source>Imported attributes</source>
        <translation>Importierte Attribute</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Columns of an imported file that match no field are kept here as they came</source>
        <translation>Spalten einer importierten Datei, die keinem Feld entsprechen, werden hier unverändert aufbewahrt</translation>
    </message>
    <message>
        <source>Found on %1 while importing %2</source>
        <translation>Gefunden am %1 beim Import von %2</translation>
    </message>
    <message>
        <source>%1: a secret (%2) was redacted from column “%3”, line %4 in %5</source>
        <translation>%1: In %5, Spalte „%3“, Zeile %4 wurde ein Secret (%2) geschwärzt</translation>
    </message>
    <message>
        <source>%1: %2 (column “%3”, line %4 in %5)</source>
        <translation>%1: %2 (%5, Spalte „%3“, Zeile %4)</translation>
    </message>
</context>
<context>
    <name>Mandate::DashboardDock</name>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>D&amp;ashboard</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>Systems per paradigm</source>
        <translation>Systeme je Paradigma</translation>
    </message>
    <message>
        <source>Identity subjects</source>
        <translation>Identitätssubjekte</translation>
    </message>
    <message>
        <source>NHI risk</source>
        <translation>NHI-Risiko</translation>
    </message>
    <message>
        <source>Findings by severity</source>
        <translation>Befunde nach Schweregrad</translation>
    </message>
    <message>
        <source>Findings by rule</source>
        <translation>Befunde nach Regel</translation>
    </message>
    <message>
        <source>Framework coverage (% of mapped items)</source>
        <translation>Framework-Abdeckung (% der zugeordneten Einträge)</translation>
    </message>
    <message>
        <source>Lifecycle stages</source>
        <translation>Lebenszyklusphasen</translation>
    </message>
    <message>
        <source>%1, %2. Click a bar to show its systems in the inventory.</source>
        <translation>%1, %2. Klicken Sie auf einen Balken, um seine Systeme im Inventar zu zeigen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln system(s)</source>
        <translation>
            <numerusform>%Ln System</numerusform>
            <numerusform>%Ln Systeme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>%Ln Befund</numerusform>
            <numerusform>%Ln Befunde</numerusform>
        </translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich ist geöffnet.</translation>
    </message>
</context>
<context>
    <name>Mandate::DerivedFactsView</name>
    <message>
        <source>Derived facts</source>
        <translation>Abgeleitete Fakten</translation>
    </message>
    <message>
        <source>Identity subject</source>
        <translation>Identitätssubjekt</translation>
    </message>
    <message>
        <source>Selects actions, uses tools and executes with no approval gate: govern it as an identity with an owner, scoped privileges and offboarding</source>
        <translation>Wählt Aktionen, nutzt Tools und führt ohne Freigabeschritt aus: als Identität zu steuern, mit Verantwortlichen, begrenzten Berechtigungen und Außerbetriebnahme</translation>
    </message>
    <message>
        <source>NHI risk</source>
        <translation>NHI-Risiko</translation>
    </message>
    <message>
        <source>Holds credentials, invokes tools or changes external systems</source>
        <translation>Besitzt Zugangsdaten, ruft Tools auf oder verändert externe Systeme</translation>
    </message>
    <message>
        <source>Runtime authority</source>
        <translation>Laufzeitbefugnis</translation>
    </message>
    <message>
        <source>How far its output reaches: informs, generates, gated or autonomous execution</source>
        <translation>Wie weit seine Ausgabe reicht: informiert, erzeugt, führt mit Freigabe aus oder führt autonom aus</translation>
    </message>
    <message>
        <source>Suggested paradigm</source>
        <translation>Vorgeschlagenes Paradigma</translation>
    </message>
    <message>
        <source>The paradigm its behaviour points to, whatever it is called</source>
        <translation>Das Paradigma, auf das sein Verhalten hindeutet, gleich wie es bezeichnet wird</translation>
    </message>
    <message>
        <source>Access footprint</source>
        <translation>Zugriffsumfang</translation>
    </message>
    <message>
        <source>The highest privilege it holds, and whether it holds credentials</source>
        <translation>Die höchste Berechtigung, die es besitzt, und ob es über Zugangsdaten verfügt</translation>
    </message>
    <message>
        <source>No paradigm is recorded; the behaviour suggests %1.</source>
        <translation>Kein Paradigma erfasst; das Verhalten spricht für „%1“.</translation>
    </message>
    <message>
        <source>Recorded as %1, but the behaviour suggests %2.</source>
        <translation>Erfasst als „%1“, doch das Verhalten spricht für „%2“.</translation>
    </message>
</context>
<context>
    <name>Mandate::EditActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Add system</source>
        <translation>System &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a new system to the inventory</source>
        <translation>Fügt dem Inventar ein neues System hinzu</translation>
    </message>
    <message>
        <source>&amp;Delete systems...</source>
        <translation>Systeme &amp;löschen...</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>&amp;Suchen...</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %Ln systems...</source>
        <translation>
            <numerusform>%Ln System &amp;löschen...</numerusform>
            <numerusform>%Ln Systeme &amp;löschen...</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete system...</source>
        <translation>System &amp;löschen...</translation>
    </message>
    <message>
        <source>New system</source>
        <translation>Neues System</translation>
    </message>
    <message>
        <source>Delete “%1” and its privileges? You can undo this.</source>
        <translation>„%1“ und seine Berechtigungen löschen? Sie können dies rückgängig machen.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln systems and their privileges? You can undo this.</source>
        <translation>
            <numerusform>%Ln System und seine Berechtigungen löschen? Sie können dies rückgängig machen.</numerusform>
            <numerusform>%Ln Systeme und ihre Berechtigungen löschen? Sie können dies rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete systems</source>
        <translation>Systeme löschen</translation>
    </message>
</context>
<context>
    <name>Mandate::EvidenceImporter</name>
    <message>
        <source>Import runtime &amp;evidence…</source>
        <translation>Laufzeit&amp;nachweise importieren…</translation>
    </message>
    <message>
        <source>Read what systems were observed doing (JSON Lines, OpenTelemetry spans or AWS CloudTrail) and compare it with their declared privileges</source>
        <translation>Liest, was Systeme nachweislich getan haben (JSON Lines, OpenTelemetry-Spans oder AWS CloudTrail), und vergleicht es mit ihren deklarierten Berechtigungen</translation>
    </message>
    <message>
        <source>Import runtime evidence</source>
        <translation>Laufzeitnachweise importieren</translation>
    </message>
    <message>
        <source>Evidence files (*.jsonl *.ndjson *.json)</source>
        <translation>Nachweisdateien (*.jsonl *.ndjson *.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>OpenTelemetry spans (OTLP JSON)</source>
        <translation>OpenTelemetry-Spans (OTLP JSON)</translation>
    </message>
    <message>
        <source>AWS CloudTrail</source>
        <translation>AWS CloudTrail</translation>
    </message>
    <message>
        <source>Which format is %1 in?</source>
        <translation>In welchem Format liegt %1 vor?</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Evidence import cancelled; nothing was stored.</source>
        <translation>Nachweisimport abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Es wurde nichts importiert. %1</translation>
    </message>
    <message>
        <source>%1 could not be stored: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Read %Ln event(s) from %1.</source>
        <translation>
            <numerusform>%Ln Ereignis aus %1 gelesen.</numerusform>
            <numerusform>%Ln Ereignisse aus %1 gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Matched to systems: %1 (%2 stored)</source>
        <translation>Systemen zugeordnet: %1 (%2 gespeichert)</translation>
    </message>
    <message>
        <source>Naming no known system or credential: %1</source>
        <translation>Ohne bekanntes System oder Zugangsdaten: %1</translation>
    </message>
    <message>
        <source>Records that are not evidence of a system, skipped: %1</source>
        <translation>Datensätze, die kein Nachweis für ein System sind, übersprungen: %1</translation>
    </message>
    <message>
        <source>First unmatched events:</source>
        <translation>Erste nicht zugeordnete Ereignisse:</translation>
    </message>
    <message>
        <source>Line %1: system &quot;%2&quot;</source>
        <translation>Zeile %1: System „%2“</translation>
    </message>
    <message>
        <source>Line %1: credential &quot;%2&quot;</source>
        <translation>Zeile %1: Zugangsdaten „%2“</translation>
    </message>
    <message>
        <source>Line %1: system &quot;%2&quot;, credential &quot;%3&quot;</source>
        <translation>Zeile %1: System „%2“, Zugangsdaten „%3“</translation>
    </message>
</context>
<context>
    <name>Mandate::EvidenceView</name>
    <message>
        <source>Runtime evidence</source>
        <translation>Laufzeitnachweise</translation>
    </message>
    <message>
        <source>What the imported evidence shows this system doing. Accesses no active privilege allows are in bold (F-UNDECLARED).</source>
        <translation>Was dieses System laut den importierten Nachweisen tut. Zugriffe, die keine aktive Berechtigung erlaubt, sind fett (F-UNDECLARED).</translation>
    </message>
    <message>
        <source>No runtime evidence imported for this system.</source>
        <translation>Für dieses System wurden keine Laufzeitnachweise importiert.</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2, %Ln event(s)</source>
        <translation>
            <numerusform>%1 – %2, %Ln Ereignis</numerusform>
            <numerusform>%1 – %2, %Ln Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No declared privilege went unused.</source>
        <translation>Keine deklarierte Berechtigung blieb ungenutzt.</translation>
    </message>
    <message>
        <source>Declared but never used (F-UNUSED): %1</source>
        <translation>Deklariert, aber nie genutzt (F-UNUSED): %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln access(es) no active privilege allows</source>
        <translation>
            <numerusform>%Ln Zugriff, den keine aktive Berechtigung erlaubt</numerusform>
            <numerusform>%Ln Zugriffe, die keine aktive Berechtigung erlaubt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandate::ExportDialog</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>P&amp;DF report</source>
        <translation>P&amp;DF-Bericht</translation>
    </message>
    <message>
        <source>&amp;CSV in Mandate&apos;s native layout</source>
        <translation>&amp;CSV im nativen Layout von Mandate</translation>
    </message>
    <message>
        <source>&amp;JSON of the whole workspace</source>
        <translation>&amp;JSON des ganzen Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systeme</translation>
    </message>
    <message>
        <source>&amp;All systems (%L1)</source>
        <translation>&amp;Alle Systeme (%L1)</translation>
    </message>
    <message>
        <source>&amp;Filtered systems (%L1)</source>
        <translation>&amp;Gefilterte Systeme (%L1)</translation>
    </message>
    <message>
        <source>&amp;Selected systems (%L1)</source>
        <translation>Au&amp;sgewählte Systeme (%L1)</translation>
    </message>
    <message>
        <source>One ca&amp;mpaign:</source>
        <translation>Eine Ka&amp;mpagne:</translation>
    </message>
    <message>
        <source>The systems the inventory&apos;s filter shows</source>
        <translation>Die Systeme, die der Filter des Inventars zeigt</translation>
    </message>
    <message>
        <source>Sections of the inventory report</source>
        <translation>Abschnitte des Inventarberichts</translation>
    </message>
    <message>
        <source>Co&amp;ver</source>
        <translation>Deck&amp;blatt</translation>
    </message>
    <message>
        <source>Executive s&amp;ummary</source>
        <translation>&amp;Zusammenfassung für die Leitung</translation>
    </message>
    <message>
        <source>Four-paradi&amp;gm map</source>
        <translation>Vier-Paradigmen-&amp;Karte</translation>
    </message>
    <message>
        <source>S&amp;ystem sections</source>
        <translation>S&amp;ystemabschnitte</translation>
    </message>
    <message>
        <source>C&amp;overage appendix</source>
        <translation>Abdeckungsan&amp;hang</translation>
    </message>
    <message>
        <source>The campaign report: its decisions, the separation-of-duties exceptions, the sign-off and the remediation list.</source>
        <translation>Der Kampagnenbericht: ihre Entscheidungen, die Ausnahmen wegen Funktionstrennung, das Abzeichnen und die Abhilfeliste.</translation>
    </message>
    <message>
        <source>A report on the systems in scope with the sections chosen.</source>
        <translation>Ein Bericht über die Systeme im Umfang mit den gewählten Abschnitten.</translation>
    </message>
    <message>
        <source>The campaign&apos;s decisions, one row per review item.</source>
        <translation>Die Entscheidungen der Kampagne, eine Zeile je Überprüfungspunkt.</translation>
    </message>
    <message>
        <source>One row per system; importing the file again gives the same systems.</source>
        <translation>Eine Zeile je System; ein erneuter Import der Datei ergibt dieselben Systeme.</translation>
    </message>
    <message>
        <source>The whole workspace with only this campaign.</source>
        <translation>Der ganze Arbeitsbereich mit nur dieser Kampagne.</translation>
    </message>
    <message>
        <source>The whole workspace with only the systems in scope.</source>
        <translation>Der ganze Arbeitsbereich mit nur den Systemen im Umfang.</translation>
    </message>
    <message>
        <source>Only a PDF report has pages to preview.</source>
        <translation>Nur ein PDF-Bericht hat Seiten für eine Vorschau.</translation>
    </message>
    <message>
        <source>A large report: press Preview to build it.</source>
        <translation>Ein großer Bericht: Klicken Sie auf Vorschau, um ihn zu erstellen.</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>Vorschau wird erstellt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The preview was cancelled.</source>
        <translation>Die Vorschau wurde abgebrochen.</translation>
    </message>
    <message>
        <source>All systems</source>
        <translation>Alle Systeme</translation>
    </message>
    <message>
        <source>Systems the inventory filter shows</source>
        <translation>Systeme, die der Inventarfilter zeigt</translation>
    </message>
    <message>
        <source>Selected systems</source>
        <translation>Ausgewählte Systeme</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: the folder %2 does not exist.</source>
        <translation>%1 konnte nicht geschrieben werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Wrote a report of %Ln page(s) to %1.</source>
        <translation>
            <numerusform>Bericht mit %Ln Seite nach %1 geschrieben.</numerusform>
            <numerusform>Bericht mit %Ln Seiten nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln review item(s) to %1.</source>
        <translation>
            <numerusform>%Ln Überprüfungspunkt nach %1 geschrieben.</numerusform>
            <numerusform>%Ln Überprüfungspunkte nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln system(s) to %1.</source>
        <translation>
            <numerusform>%Ln System nach %1 geschrieben.</numerusform>
            <numerusform>%Ln Systeme nach %1 geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandate::FindingsDock</name>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Befunde</translation>
    </message>
    <message>
        <source>Whole workspace</source>
        <translation>Ganzer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Selected systems</source>
        <translation>Ausgewählte Systeme</translation>
    </message>
    <message>
        <source>Show the findings of every system or only of those selected in the inventory</source>
        <translation>Die Befunde aller Systeme zeigen oder nur die der im Inventar ausgewählten</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich ist geöffnet.</translation>
    </message>
    <message>
        <source>Select systems in the inventory to see their findings.</source>
        <translation>Wählen Sie Systeme im Inventar aus, um ihre Befunde zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln findings</source>
        <translation>
            <numerusform>%Ln Befund</numerusform>
            <numerusform>%Ln Befunde</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandate::FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation>Frameworks</translation>
    </message>
</context>
<context>
    <name>Mandate::GovernanceActions</name>
    <message>
        <source>&amp;Credentials…</source>
        <translation>&amp;Zugangsdaten…</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>&amp;Personen…</translation>
    </message>
    <message>
        <source>Accept suggested &amp;mappings</source>
        <translation>Vorgeschlagene &amp;Zuordnungen übernehmen</translation>
    </message>
    <message>
        <source>Record as gaps the framework items that the selected systems&apos; findings name, in one step</source>
        <translation>Die Framework-Einträge, die die Befunde der ausgewählten Systeme nennen, in einem Schritt als Lücken erfassen</translation>
    </message>
    <message>
        <source>Accept suggested mappings</source>
        <translation>Vorgeschlagene Zuordnungen übernehmen</translation>
    </message>
    <message numerus="yes">
        <source>The findings of the %Ln selected system(s) suggest no mapping that is not decided already.</source>
        <translation>
            <numerusform>Die Befunde des %Ln ausgewählten Systems schlagen keine Zuordnung vor, die nicht schon entschieden ist.</numerusform>
            <numerusform>Die Befunde der %Ln ausgewählten Systeme schlagen keine Zuordnung vor, die nicht schon entschieden ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record %Ln framework item(s) as gaps</source>
        <translation>
            <numerusform>%Ln Framework-Eintrag als Lücke erfassen</numerusform>
            <numerusform>%Ln Framework-Einträge als Lücken erfassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %Ln system(s), with the findings that name them as the reason? This is one step you can undo.</source>
        <translation>
            <numerusform>für %Ln System, mit den Befunden, die sie nennen, als Grund? Das ist ein Schritt, den Sie rückgängig machen können.</numerusform>
            <numerusform>für %Ln Systeme, mit den Befunden, die sie nennen, als Grund? Das ist ein Schritt, den Sie rückgängig machen können.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %Ln suggested mapping(s)</source>
        <translation>
            <numerusform>%Ln vorgeschlagene Zuordnung übernehmen</numerusform>
            <numerusform>%Ln vorgeschlagene Zuordnungen übernehmen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Review campaigns…</source>
        <translation>Ü&amp;berprüfungskampagnen…</translation>
    </message>
    <message>
        <source>List the access-review campaigns, create one, start or close one</source>
        <translation>Zugriffsüberprüfungskampagnen auflisten, anlegen, starten oder schließen</translation>
    </message>
</context>
<context>
    <name>Mandate::ImportCheckPage</name>
    <message>
        <source>Skip &amp;rows with problems</source>
        <translation>Zeilen mit Problemen übe&amp;rspringen</translation>
    </message>
    <message>
        <source>&amp;Abort the import</source>
        <translation>Import abbre&amp;chen</translation>
    </message>
    <message>
        <source>Check what will change</source>
        <translation>Prüfen, was sich ändert</translation>
    </message>
    <message>
        <source>The file was read but nothing has been written yet. Review the differences, decide the conflicts, then import.</source>
        <translation>Die Datei wurde gelesen, aber noch nichts geschrieben. Prüfen Sie die Unterschiede, entscheiden Sie die Konflikte und importieren Sie dann.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>with problems</source>
        <translation>mit Problemen</translation>
    </message>
    <message>
        <source>secrets redacted</source>
        <translation>Secrets geschwärzt</translation>
    </message>
    <message>
        <source>missing from the file</source>
        <translation>fehlen in der Datei</translation>
    </message>
    <message>
        <source>When a row has a problem:</source>
        <translation>Wenn eine Zeile ein Problem hat:</translation>
    </message>
    <message>
        <source>Checking %1...</source>
        <translation>%1 wird geprüft...</translation>
    </message>
    <message>
        <source>The check was cancelled. Nothing has been imported.</source>
        <translation>Die Prüfung wurde abgebrochen. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The file cannot be imported. Nothing has been imported.</source>
        <translation>Die Datei kann nicht importiert werden. Es wurde nichts importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Checked %1 (%2): %Ln rows read.</source>
        <translation>
            <numerusform>%1 geprüft (%2): %Ln Zeile gelesen.</numerusform>
            <numerusform>%1 geprüft (%2): %Ln Zeilen gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No row has a problem.</source>
        <translation>Keine Zeile hat ein Problem.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows with problems will be skipped; the other rows are imported.</source>
        <translation>
            <numerusform>%Ln Zeile mit Problemen wird übersprungen; die übrigen Zeilen werden importiert.</numerusform>
            <numerusform>%Ln Zeilen mit Problemen werden übersprungen; die übrigen Zeilen werden importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows have problems, so nothing can be imported: fix the file and check again, or skip them.</source>
        <translation>
            <numerusform>%Ln Zeile hat Probleme, daher kann nichts importiert werden: Korrigieren Sie die Datei und prüfen Sie erneut, oder überspringen Sie diese Zeile.</numerusform>
            <numerusform>%Ln Zeilen haben Probleme, daher kann nichts importiert werden: Korrigieren Sie die Datei und prüfen Sie erneut, oder überspringen Sie diese Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
</context>
<context>
    <name>Mandate::ImportMappingPage</name>
    <message>
        <source>Mapping files (*.json)</source>
        <translation>Zuordnungsdateien (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Save mapping...</source>
        <translation>Zuordnung &amp;speichern...</translation>
    </message>
    <message>
        <source>&amp;Load mapping...</source>
        <translation>Zuordnung &amp;laden...</translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Sample value</source>
        <translation>Beispielwert</translation>
    </message>
    <message>
        <source>Maps to</source>
        <translation>Zugeordnet zu</translation>
    </message>
    <message>
        <source>&amp;Match existing systems by:</source>
        <translation>Vorhandene Systeme &amp;erkennen an:</translation>
    </message>
    <message>
        <source>A row whose value in this column equals a system&apos;s is an update of that system; any other row is a new system.</source>
        <translation>Eine Zeile, deren Wert in dieser Spalte dem eines Systems entspricht, aktualisiert dieses System; jede andere Zeile wird ein neues System.</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Zuordnung speichern</translation>
    </message>
    <message>
        <source>Load mapping</source>
        <translation>Zuordnung laden</translation>
    </message>
    <message>
        <source>C&amp;olumns:</source>
        <translation>S&amp;palten:</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Feld für Spalte %1</translation>
    </message>
    <message>
        <source>Keep as custom attribute</source>
        <translation>Als eigenes Attribut behalten</translation>
    </message>
    <message>
        <source>Nothing: every row is a new system</source>
        <translation>Nichts: Jede Zeile wird ein neues System</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No column is mapped to the name: rows that match no system cannot become new systems.</source>
        <translation>Keine Spalte ist dem Namen zugeordnet: Zeilen, die zu keinem System passen, können keine neuen Systeme werden.</translation>
    </message>
    <message>
        <source>%1 of %2 columns fill a field; the others are kept as custom attributes.</source>
        <translation>Spalten, die ein Feld füllen: %1 von %2; die übrigen werden als eigene Attribute behalten.</translation>
    </message>
    <message>
        <source>Could not save the mapping</source>
        <translation>Zuordnung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This is not a Mandate mapping file.</source>
        <translation>Dies ist keine Mandate-Zuordnungsdatei.</translation>
    </message>
    <message>
        <source>Could not load the mapping</source>
        <translation>Zuordnung konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Choose the field each column fills. The other columns are kept as custom attributes, so nothing in the file is lost.</source>
        <translation>Wählen Sie das Feld, das jede Spalte füllt. Die übrigen Spalten werden als eigene Attribute behalten; so geht nichts aus der Datei verloren.</translation>
    </message>
</context>
<context>
    <name>Mandate::ImportProgress</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Wird abgebrochen...</translation>
    </message>
</context>
<context>
    <name>Mandate::ImportReportView</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>... and %L1 more</source>
        <translation>... und %L1 weitere</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Kind of secret</source>
        <translation>Art des Secrets</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>In the workspace</source>
        <translation>Im Arbeitsbereich</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In der Datei</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>In the workspace (set by hand)</source>
        <translation>Im Arbeitsbereich (von Hand gesetzt)</translation>
    </message>
    <message>
        <source>These fields were set by hand since the last import. Ticked ones take the file&apos;s value; the others keep the workspace value.</source>
        <translation>Diese Felder wurden seit dem letzten Import von Hand gesetzt. Angehakte übernehmen den Wert aus der Datei; die übrigen behalten den Wert im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>&amp;Keep the workspace values</source>
        <translation>Werte des Arbeitsbereichs &amp;behalten</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Probleme</translation>
    </message>
    <message>
        <source>&amp;Secrets</source>
        <translation>&amp;Secrets</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>C&amp;hanged</source>
        <translation>&amp;Geändert</translation>
    </message>
    <message>
        <source>Con&amp;flicts</source>
        <translation>&amp;Konflikte</translation>
    </message>
    <message>
        <source>&amp;Missing</source>
        <translation>&amp;Fehlend</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>&amp;Hinweise</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (Zeile %2)</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Systems the file does not name are left as they are; nothing is removed.</source>
        <translation>Systeme, die die Datei nicht nennt, bleiben unverändert; nichts wird entfernt.</translation>
    </message>
    <message>
        <source>&amp;Use the file&apos;s values</source>
        <translation>Werte der &amp;Datei übernehmen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people named as owners are not in the workspace yet and will be added: %1.</source>
        <translation>
            <numerusform>%Ln als Verantwortliche genannte Person ist noch nicht im Arbeitsbereich und wird hinzugefügt: %1.</numerusform>
            <numerusform>%Ln als Verantwortliche genannte Personen sind noch nicht im Arbeitsbereich und werden hinzugefügt: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandate::ImportRunPage</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The whole file is imported in one step, or nothing is.</source>
        <translation>Die ganze Datei wird in einem Schritt importiert oder gar nichts.</translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation>%1 wird importiert...</translation>
    </message>
    <message>
        <source>Nothing was imported; the workspace is unchanged.</source>
        <translation>Es wurde nichts importiert; der Arbeitsbereich ist unverändert.</translation>
    </message>
    <message>
        <source>%1 is imported.</source>
        <translation>%1 ist importiert.</translation>
    </message>
    <message>
        <source>Edit &gt; Undo takes the whole import back in one step.</source>
        <translation>Bearbeiten &gt; Rückgängig macht den gesamten Import in einem Schritt rückgängig.</translation>
    </message>
    <message>
        <source>New systems:</source>
        <translation>Neue Systeme:</translation>
    </message>
    <message>
        <source>Changed systems:</source>
        <translation>Geänderte Systeme:</translation>
    </message>
    <message>
        <source>Unchanged systems:</source>
        <translation>Unveränderte Systeme:</translation>
    </message>
    <message>
        <source>Rows skipped for problems:</source>
        <translation>Wegen Problemen übersprungene Zeilen:</translation>
    </message>
    <message>
        <source>Secrets redacted:</source>
        <translation>Geschwärzte Secrets:</translation>
    </message>
    <message>
        <source>People added:</source>
        <translation>Hinzugefügte Personen:</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>Mandate::ImportSourcePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>A spreadsheet saved as CSV, a JSON list of systems, or an AI bill of materials (CycloneDX or SPDX). Nothing is written until the last step.</source>
        <translation>Eine als CSV gespeicherte Tabelle, eine JSON-Liste von Systemen oder eine KI-Stückliste (CycloneDX oder SPDX). Bis zum letzten Schritt wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>Path of the inventory file</source>
        <translation>Pfad der Inventardatei</translation>
    </message>
    <message>
        <source>The first %1 rows, as read; the row headers are the file&apos;s line numbers. Values that look like secrets are hidden.</source>
        <translation>Die ersten %1 Zeilen, wie gelesen; die Zeilenköpfe sind die Zeilennummern der Datei. Werte, die wie Secrets aussehen, werden ausgeblendet.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>Gelesen als:</translation>
    </message>
    <message>
        <source>&amp;Preview of the first %1 rows:</source>
        <translation>&amp;Vorschau der ersten %1 Zeilen:</translation>
    </message>
    <message>
        <source>Inventory files (*.csv *.tsv *.txt *.json)</source>
        <translation>Inventardateien (*.csv *.tsv *.txt *.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import inventory</source>
        <translation>Inventar importieren</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Noch keine Datei gewählt.</translation>
    </message>
    <message>
        <source>%1: the file holds no columns to import.</source>
        <translation>%1: Die Datei enthält keine Spalten zum Importieren.</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n columns</source>
        <translation>
            <numerusform>%1; %n Spalte</numerusform>
            <numerusform>%1; %n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Bro&amp;wse...</source>
        <translation>Dur&amp;chsuchen...</translation>
    </message>
</context>
<context>
    <name>Mandate::ImportWizard</name>
    <message>
        <source>Import inventory</source>
        <translation>Inventar importieren</translation>
    </message>
</context>
<context>
    <name>Mandate::InventoryView</name>
    <message>
        <source>Search name, vendor, owner, description</source>
        <translation>Name, Anbieter, Verantwortliche, Beschreibung durchsuchen</translation>
    </message>
    <message>
        <source>Show only systems recorded with this paradigm</source>
        <translation>Nur Systeme mit diesem erfassten Paradigma anzeigen</translation>
    </message>
    <message>
        <source>All paradigms</source>
        <translation>Alle Paradigmen</translation>
    </message>
    <message>
        <source>Show only systems in this lifecycle stage</source>
        <translation>Nur Systeme in dieser Lebenszyklusphase anzeigen</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Aufheben</translation>
    </message>
    <message>
        <source>Show all systems again, not only those of the dashboard bar</source>
        <translation>Wieder alle Systeme zeigen, nicht nur die des Übersichtsbalkens</translation>
    </message>
    <message numerus="yes">
        <source>Dashboard: %1 (%Ln system(s))</source>
        <translation>
            <numerusform>Übersicht: %1 (%Ln System)</numerusform>
            <numerusform>Übersicht: %1 (%Ln Systeme)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandate::LifecycleEditor</name>
    <message>
        <source>(none)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>Lifecycle and owners</source>
        <translation>Lebenszyklus und Verantwortliche</translation>
    </message>
    <message>
        <source>Answers for what the system is for and whether it should keep running</source>
        <translation>Verantwortet den Zweck des Systems und ob es weiter betrieben wird</translation>
    </message>
    <message>
        <source>Answers for its credentials, tools and privileges</source>
        <translation>Verantwortet seine Zugangsdaten, Tools und Berechtigungen</translation>
    </message>
    <message>
        <source>Accepts the residual risk</source>
        <translation>Trägt das Restrisiko</translation>
    </message>
    <message>
        <source>Credentials revoked, tools detached, owners released, logs retained</source>
        <translation>Zugangsdaten widerrufen, Tools getrennt, Verantwortliche entbunden, Protokolle aufbewahrt</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>How often the system is reviewed; the default is 90 days for identity subjects</source>
        <translation>Wie oft das System überprüft wird; Standard für Identitätssubjekte sind 90 Tage</translation>
    </message>
    <message>
        <source>Review cadence</source>
        <translation>Prüfintervall</translation>
    </message>
    <message>
        <source>Pick a person or type a new name</source>
        <translation>Person wählen oder neuen Namen eingeben</translation>
    </message>
    <message>
        <source>All four must be ticked before the system can be moved to Offboarded</source>
        <translation>Alle vier müssen abgehakt sein, bevor das System außer Betrieb genommen werden kann</translation>
    </message>
    <message>
        <source>Offboarding checklist</source>
        <translation>Checkliste zur Außerbetriebnahme</translation>
    </message>
    <message>
        <source>Mark reviewed today</source>
        <translation>Heute als geprüft markieren</translation>
    </message>
    <message>
        <source>Records today as the date of the last review (one undo step)</source>
        <translation>Erfasst heute als Datum der letzten Prüfung (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>Stage not changed</source>
        <translation>Phase nicht geändert</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Default (90 days)</source>
        <translation>Standard (90 Tage)</translation>
    </message>
</context>
<context>
    <name>Mandate::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>System &amp;details</source>
        <translation>System&amp;details</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Mandate</source>
        <translation>Über &amp;Mandate</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>%1 — Mandate</source>
        <translation>%1 — Mandate</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandate</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mandate %1&lt;/h3&gt;&lt;p&gt;A workbench for governing AI systems as identities: what each system can do on its own, with whose credentials, and who answers for it.&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mandate %1&lt;/h3&gt;&lt;p&gt;Eine Arbeitsumgebung, um KI-Systeme als Identitäten zu steuern: was jedes System eigenständig tun kann, mit wessen Zugangsdaten und wer dafür verantwortlich ist.&lt;/p&gt;&lt;p&gt;Lizenz: GPL-3.0-or-later.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft mit Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Mandate</source>
        <translation>Über Mandate</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>No workspace is open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>Open or create a workspace first, then drop %1 on the window again to import it.</source>
        <translation>Öffnen oder erstellen Sie zuerst einen Arbeitsbereich und ziehen Sie %1 dann erneut auf das Fenster, um die Datei zu importieren.</translation>
    </message>
    <message>
        <source>Four-paradigm &amp;map</source>
        <translation>Vier-Paradigmen-&amp;Karte</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Karte</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write a PDF report, CSV or JSON of all, the filtered or the selected systems</source>
        <translation>Schreibt einen PDF-Bericht, CSV oder JSON aller, der gefilterten oder der ausgewählten Systeme</translation>
    </message>
</context>
<context>
    <name>Mandate::MapPanel</name>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit whole map</source>
        <translation>Ganze Karte &amp;einpassen</translation>
    </message>
    <message>
        <source>&amp;Accept suggested paradigm</source>
        <translation>Vorgeschlagenes Paradigma &amp;übernehmen</translation>
    </message>
    <message>
        <source>Move the selected systems to the region the classifier suggests</source>
        <translation>Die ausgewählten Systeme in die Region verschieben, die der Klassifikator vorschlägt</translation>
    </message>
    <message>
        <source>Export map as &amp;PNG…</source>
        <translation>Karte als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <source>Export map as P&amp;DF…</source>
        <translation>Karte als P&amp;DF exportieren…</translation>
    </message>
    <message>
        <source>&amp;Move selection to</source>
        <translation>Auswahl &amp;verschieben nach</translation>
    </message>
    <message>
        <source>A&amp;rrange region</source>
        <translation>Region a&amp;nordnen</translation>
    </message>
    <message>
        <source>Colour by:</source>
        <translation>Färben nach:</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Anordnen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Accept suggested paradigm</source>
        <translation>Vorgeschlagenes Paradigma übernehmen</translation>
    </message>
    <message>
        <source>The classifier suggests no other paradigm for the selected systems: either it agrees with how they are recorded, or it cannot decide until more behaviour is known.</source>
        <translation>Der Klassifikator schlägt für die ausgewählten Systeme kein anderes Paradigma vor: Entweder stimmt er der Erfassung zu, oder er kann erst entscheiden, wenn mehr über ihr Verhalten bekannt ist.</translation>
    </message>
    <message numerus="yes">
        <source>Arrange %1 (%Ln system(s))</source>
        <translation>
            <numerusform>%1 anordnen (%Ln System)</numerusform>
            <numerusform>%1 anordnen (%Ln Systeme)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 und %Ln weiteres</numerusform>
            <numerusform>%1 und %Ln weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Crossed the runtime execution boundary:&lt;/b&gt; %1 now %Ln act(s) at runtime, as an identity with delegated authority. Governance that now applies:</source>
        <translation>
            <numerusform>&lt;b&gt;Laufzeit-Ausführungsgrenze überschritten:&lt;/b&gt; %1 handelt jetzt zur Laufzeit, als Identität mit übertragenen Befugnissen (%Ln System). Nun gilt:</numerusform>
            <numerusform>&lt;b&gt;Laufzeit-Ausführungsgrenze überschritten:&lt;/b&gt; %1 handeln jetzt zur Laufzeit, als Identitäten mit übertragenen Befugnissen (%Ln Systeme). Nun gilt:</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>Karte exportieren</translation>
    </message>
    <message>
        <source>Export map as PDF</source>
        <translation>Karte als PDF exportieren</translation>
    </message>
    <message>
        <source>Export map as PNG</source>
        <translation>Karte als PNG exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message numerus="yes">
        <source>Four-paradigm map of %1, %2: %Ln system(s) shown. Colour: %3</source>
        <translation>
            <numerusform>Vier-Paradigmen-Karte von %1, %2: %Ln System gezeigt. Farbe: %3</numerusform>
            <numerusform>Vier-Paradigmen-Karte von %1, %2: %Ln Systeme gezeigt. Farbe: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandate::MapView</name>
    <message>
        <source>Recorded: %1</source>
        <translation>Erfasst: %1</translation>
    </message>
    <message>
        <source>Classifier suggests: %1</source>
        <translation>Klassifikator schlägt vor: %1</translation>
    </message>
    <message>
        <source>Runtime authority: %1</source>
        <translation>Laufzeitbefugnis: %1</translation>
    </message>
    <message>
        <source>Access footprint: %1</source>
        <translation>Zugriffsumfang: %1</translation>
    </message>
    <message>
        <source>Identity subject</source>
        <translation>Identitätssubjekt</translation>
    </message>
    <message>
        <source>Four-paradigm map</source>
        <translation>Vier-Paradigmen-Karte</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln system(s) to %1</source>
        <translation>
            <numerusform>%Ln System nach %1 verschieben</numerusform>
            <numerusform>%Ln Systeme nach %1 verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln system(s) on the map</source>
        <translation>
            <numerusform>%Ln System auf der Karte verschieben</numerusform>
            <numerusform>%Ln Systeme auf der Karte verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandate::MappingsEditor</name>
    <message>
        <source>Framework mappings</source>
        <translation>Framework-Zuordnungen</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Suggestions from the findings are in italics. Pick a status to decide one; double-click a note or evidence cell to edit it.</source>
        <translation>Vorschläge aus den Befunden stehen kursiv. Wählen Sie einen Status, um über einen zu entscheiden; doppelklicken Sie auf eine Notiz- oder Nachweiszelle, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Record the selected suggestions as gaps, with the findings as the reason</source>
        <translation>Die ausgewählten Vorschläge als Lücken erfassen, mit den Befunden als Grund</translation>
    </message>
    <message>
        <source>Record the selected suggestions as not applicable, so they do not come back</source>
        <translation>Die ausgewählten Vorschläge als nicht anwendbar erfassen, damit sie nicht wiederkommen</translation>
    </message>
    <message>
        <source>Accept every suggestion of this system in one step</source>
        <translation>Alle Vorschläge dieses Systems in einem Schritt übernehmen</translation>
    </message>
    <message>
        <source>Remove the selected mappings; a finding that still holds suggests them again</source>
        <translation>Die ausgewählten Zuordnungen entfernen; ein weiterhin bestehender Befund schlägt sie erneut vor</translation>
    </message>
    <message>
        <source>Accept all (%1)</source>
        <translation>Alle übernehmen (%1)</translation>
    </message>
    <message>
        <source>No mappings yet, and the findings suggest none.</source>
        <translation>Noch keine Zuordnungen, und die Befunde schlagen keine vor.</translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s); no suggestion waits for a decision.</source>
        <translation>
            <numerusform>%n Zuordnung; kein Vorschlag wartet auf eine Entscheidung.</numerusform>
            <numerusform>%n Zuordnungen; kein Vorschlag wartet auf eine Entscheidung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) from the findings wait for a decision.</source>
        <translation>
            <numerusform>%n Vorschlag aus den Befunden wartet auf eine Entscheidung.</numerusform>
            <numerusform>%n Vorschläge aus den Befunden warten auf eine Entscheidung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s) decided;</source>
        <translation>
            <numerusform>%n Zuordnung entschieden;</numerusform>
            <numerusform>%n Zuordnungen entschieden;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandate::NewCampaignDialog</name>
    <message>
        <source>New review campaign</source>
        <translation>Neue Überprüfungskampagne</translation>
    </message>
    <message>
        <source>For example: Q3 agent access review</source>
        <translation>Zum Beispiel: Zugriffsüberprüfung Agenten Q3</translation>
    </message>
    <message>
        <source>is:identity-subject, is:nhi-risk, paradigm:agentic, stage:production, or words the name, vendor, description or owners contain. Terms of one kind are alternatives; different kinds must all hold. Empty: every system.</source>
        <translation>is:identity-subject, is:nhi-risk, paradigm:agentic, stage:production oder Wörter, die Name, Anbieter, Beschreibung oder Verantwortliche enthalten. Begriffe einer Art sind Alternativen; verschiedene Arten müssen alle zutreffen. Leer: alle Systeme.</translation>
    </message>
    <message>
        <source>One or more names, separated by commas</source>
        <translation>Ein oder mehrere Namen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Umfang:</translation>
    </message>
    <message>
        <source>&amp;Reviewers:</source>
        <translation>&amp;Prüfer:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Fällig am:</translation>
    </message>
    <message>
        <source>Create campaign</source>
        <translation>Kampagne anlegen</translation>
    </message>
    <message>
        <source>Covers no system.</source>
        <translation>Umfasst kein System.</translation>
    </message>
    <message numerus="yes">
        <source>Covers %Ln system(s).</source>
        <translation>
            <numerusform>Umfasst %Ln System.</numerusform>
            <numerusform>Umfasst %Ln Systeme.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandate::ObservedAccessModel</name>
    <message>
        <source>Undeclared (F-UNDECLARED): no active privilege allows &quot;%1&quot; on %2.</source>
        <translation>Nicht deklariert (F-UNDECLARED): Keine aktive Berechtigung erlaubt „%1“ auf %2.</translation>
    </message>
    <message>
        <source>First seen %1</source>
        <translation>Erstmals beobachtet am %1</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Times seen</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt beobachtet</translation>
    </message>
</context>
<context>
    <name>Mandate::PeopleDialog</name>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>The people who own systems, reused across them. Double-click a cell to edit it; each change can be undone.</source>
        <translation>Die Personen, die Systeme verantworten, über Systeme hinweg wiederverwendet. Doppelklicken Sie auf eine Zelle, um sie zu bearbeiten; jede Änderung lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <source>Filter by name, email or team</source>
        <translation>Nach Name, E-Mail oder Team filtern</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>A person who still owns systems cannot be removed</source>
        <translation>Eine Person, die noch Systeme verantwortet, kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>New person %1</source>
        <translation>Neue Person %1</translation>
    </message>
</context>
<context>
    <name>Mandate::PeopleTableModel</name>
    <message>
        <source>Owns no system</source>
        <translation>Verantwortet kein System</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Systems owned</source>
        <translation>Verantwortete Systeme</translation>
    </message>
</context>
<context>
    <name>Mandate::PieChartAdapter</name>
    <message>
        <source>%1: %L2</source>
        <translation>%1: %L2</translation>
    </message>
</context>
<context>
    <name>Mandate::PrivilegeEditor</name>
    <message>
        <source>Privilege boundary</source>
        <translation>Berechtigungsgrenze</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Double-click a cell to edit it; each change can be undone</source>
        <translation>Doppelklicken Sie eine Zelle, um sie zu bearbeiten; jede Änderung lässt sich rückgängig machen</translation>
    </message>
    <message>
        <source>Add a privilege to this system&apos;s boundary</source>
        <translation>Eine Berechtigung zur Grenze dieses Systems hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected privileges</source>
        <translation>Die ausgewählten Berechtigungen entfernen</translation>
    </message>
    <message>
        <source>new resource</source>
        <translation>neue Ressource</translation>
    </message>
</context>
<context>
    <name>Mandate::PrivilegeTableModel</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>The target names many resources at once, such as repo:*</source>
        <translation>Das Ziel benennt viele Ressourcen auf einmal, etwa repo:*</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Wildcard</source>
        <translation>Platzhalter</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Approval gate</source>
        <translation>Freigabeschritt</translation>
    </message>
    <message>
        <source>Logging</source>
        <translation>Protokollierung</translation>
    </message>
    <message>
        <source>Handoff point</source>
        <translation>Übergabepunkt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>There is no credential named “%1”; add it under Tools, Credentials first.</source>
        <translation>Es gibt keine Zugangsdaten namens „%1“; legen Sie sie zuerst unter Extras, Zugangsdaten an.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as year-month-day, such as 2026-03-31.</source>
        <translation>„%1“ ist kein Datum; schreiben Sie Jahr-Monat-Tag, etwa 2026-03-31.</translation>
    </message>
    <message>
        <source>“%1” is not one of the values this column takes.</source>
        <translation>„%1“ ist keiner der Werte dieser Spalte.</translation>
    </message>
</context>
<context>
    <name>Mandate::ProfileEditor</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>Identifier in your CMDB or asset register</source>
        <translation>Kennung in Ihrer CMDB oder Ihrem Asset-Register</translation>
    </message>
    <message>
        <source>Whether the vendor runs the system on its own infrastructure</source>
        <translation>Ob der Anbieter das System auf eigener Infrastruktur betreibt</translation>
    </message>
    <message>
        <source>The paradigm as recorded in the inventory. The derived facts below show what the behaviour suggests.</source>
        <translation>Das im Inventar erfasste Paradigma. Die abgeleiteten Fakten unten zeigen, worauf das Verhalten hindeutet.</translation>
    </message>
</context>
<context>
    <name>Mandate::ReportPreview</name>
    <message>
        <source>&amp;Previous page</source>
        <translation>&amp;Vorige Seite</translation>
    </message>
    <message>
        <source>Ne&amp;xt page</source>
        <translation>&amp;Nächste Seite</translation>
    </message>
    <message>
        <source>P&amp;review</source>
        <translation>V&amp;orschau</translation>
    </message>
    <message>
        <source>Build the report to see its pages; a large scope is only built on request</source>
        <translation>Erstellt den Bericht, um seine Seiten zu sehen; ein großer Umfang wird nur auf Anfrage erstellt</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>Mandate::ReviewCampaignsDialog</name>
    <message>
        <source>&amp;New campaign…</source>
        <translation>&amp;Neue Kampagne…</translation>
    </message>
    <message>
        <source>&amp;Start review</source>
        <translation>Überprüfung &amp;starten</translation>
    </message>
    <message>
        <source>C&amp;lose campaign</source>
        <translation>Kampagne sch&amp;ließen</translation>
    </message>
    <message>
        <source>Review campaigns</source>
        <translation>Überprüfungskampagnen</translation>
    </message>
    <message>
        <source>Each campaign fixes the privileges and questions of the systems in its scope when it is created. Start a review to decide them; close a campaign to stop it without sign-off.</source>
        <translation>Jede Kampagne legt beim Anlegen die Berechtigungen und Fragen der Systeme in ihrem Umfang fest. Starten Sie eine Überprüfung, um sie zu entscheiden; schließen Sie eine Kampagne, um sie ohne Abzeichnung zu beenden.</translation>
    </message>
    <message>
        <source>Create a review campaign (%1)</source>
        <translation>Überprüfungskampagne anlegen (%1)</translation>
    </message>
    <message>
        <source>Walk through the selected campaign&apos;s items (Enter or double-click)</source>
        <translation>Die Punkte der gewählten Kampagne durchgehen (Eingabetaste oder Doppelklick)</translation>
    </message>
    <message>
        <source>Freeze the selected campaign without sign-off</source>
        <translation>Die gewählte Kampagne ohne Abzeichnung einfrieren</translation>
    </message>
    <message>
        <source>Close the campaign “%1”? It is frozen without sign-off: no more decisions and no remediation. Decided so far: %2 of %3. You can undo this.</source>
        <translation>Die Kampagne „%1“ schließen? Sie wird ohne Abzeichnung eingefroren: keine weiteren Entscheidungen und keine Abhilfe. Bisher entschieden: %2 von %3. Sie können dies rückgängig machen.</translation>
    </message>
    <message>
        <source>Close campaign</source>
        <translation>Kampagne schließen</translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation>Bericht e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write the selected campaign&apos;s report or decisions to a file</source>
        <translation>Schreibt den Bericht oder die Entscheidungen der ausgewählten Kampagne in eine Datei</translation>
    </message>
</context>
<context>
    <name>Mandate::ReviewEvidenceView</name>
    <message numerus="yes">
        <source>%1 (%Ln day(s) ago)</source>
        <translation>
            <numerusform>%1 (vor %Ln Tag)</numerusform>
            <numerusform>%1 (vor %Ln Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Declared privilege</source>
        <translation>Deklarierte Berechtigung</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Approval gate</source>
        <translation>Freigabeschritt</translation>
    </message>
    <message>
        <source>Logging</source>
        <translation>Protokollierung</translation>
    </message>
    <message>
        <source>Handoff point</source>
        <translation>Übergabepunkt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Declared justification</source>
        <translation>Deklarierte Begründung</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>removed since the campaign started</source>
        <translation>seit Beginn der Kampagne entfernt</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>No credential is declared for this privilege.</source>
        <translation>Für diese Berechtigung sind keine Zugangsdaten deklariert.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Ablage</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last rotated</source>
        <translation>Zuletzt rotiert</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>High-risk: %1. Keeping it needs a justification.</source>
        <translation>Hohes Risiko: %1. Behalten erfordert eine Begründung.</translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation>Fachverantwortung</translation>
    </message>
    <message>
        <source>Technical owner</source>
        <translation>Technische Verantwortung</translation>
    </message>
    <message>
        <source>Risk owner</source>
        <translation>Risikoverantwortung</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Zuletzt überprüft</translation>
    </message>
    <message>
        <source>System approval gate</source>
        <translation>Freigabeschritt des Systems</translation>
    </message>
    <message>
        <source>, handoff: %1</source>
        <translation>, Übergabe: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Lebenszyklusphase</translation>
    </message>
    <message>
        <source>Offboarding plan</source>
        <translation>Außerbetriebnahmeplan</translation>
    </message>
    <message>
        <source>none written</source>
        <translation>keiner geschrieben</translation>
    </message>
    <message>
        <source>Offboarding checklist</source>
        <translation>Checkliste zur Außerbetriebnahme</translation>
    </message>
    <message>
        <source>%1 of 4 done</source>
        <translation>%1 von 4 erledigt</translation>
    </message>
    <message>
        <source>the system was removed since the campaign started</source>
        <translation>das System wurde seit Beginn der Kampagne entfernt</translation>
    </message>
    <message>
        <source>Findings now</source>
        <translation>Aktuelle Befunde</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Runtime evidence</source>
        <translation>Laufzeitnachweise</translation>
    </message>
    <message>
        <source>No runtime evidence imported for this system.</source>
        <translation>Für dieses System wurden keine Laufzeitnachweise importiert.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) observed from %1 to %2.</source>
        <translation>
            <numerusform>%Ln Ereignis beobachtet von %1 bis %2.</numerusform>
            <numerusform>%Ln Ereignisse beobachtet von %1 bis %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Declared but never used in this window (F-UNUSED).</source>
        <translation>Deklariert, aber in diesem Zeitraum nie verwendet (F-UNUSED).</translation>
    </message>
    <message numerus="yes">
        <source>Used %Ln time(s); last %1.</source>
        <translation>
            <numerusform>%Ln-mal verwendet; zuletzt %1.</numerusform>
            <numerusform>%Ln-mal verwendet; zuletzt %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Observed outside the declared boundary (F-UNDECLARED):</source>
        <translation>Außerhalb der deklarierten Grenze beobachtet (F-UNDECLARED):</translation>
    </message>
</context>
<context>
    <name>Mandate::ReviewItemsModel</name>
    <message>
        <source>Privilege: %1 (%2)</source>
        <translation>Berechtigung: %1 (%2)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
</context>
<context>
    <name>Mandate::ReviewSessionDialog</name>
    <message>
        <source>Access review</source>
        <translation>Zugriffsüberprüfung</translation>
    </message>
    <message>
        <source>Reviewing as:</source>
        <translation>Prüfen als:</translation>
    </message>
    <message>
        <source>Justification (required to keep a high-risk privilege)</source>
        <translation>Begründung (nötig, um eine Berechtigung mit hohem Risiko zu behalten)</translation>
    </message>
    <message>
        <source>Sign off…</source>
        <translation>Abzeichnen…</translation>
    </message>
    <message>
        <source>Keep (K)</source>
        <translation>Behalten (K)</translation>
    </message>
    <message>
        <source>Reduce (R)</source>
        <translation>Einschränken (R)</translation>
    </message>
    <message>
        <source>Revoke (X)</source>
        <translation>Entziehen (X)</translation>
    </message>
    <message>
        <source>Yes (Y)</source>
        <translation>Ja (Y)</translation>
    </message>
    <message>
        <source>No (N)</source>
        <translation>Nein (N)</translation>
    </message>
    <message>
        <source>Unsure (U)</source>
        <translation>Unsicher (U)</translation>
    </message>
    <message>
        <source>Skip (S)</source>
        <translation>Überspringen (S)</translation>
    </message>
    <message>
        <source>%L1 of %L2 · %3: %4</source>
        <translation>%L1 von %L2 · %3: %4</translation>
    </message>
    <message>
        <source>%L1 of %L2 decided</source>
        <translation>%L1 von %L2 entschieden</translation>
    </message>
</context>
<context>
    <name>Mandate::ReviewSignOffDialog</name>
    <message>
        <source>Sign off %1</source>
        <translation>%1 abzeichnen</translation>
    </message>
    <message>
        <source>%1: %L2</source>
        <translation>%1: %L2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) in the campaign.</source>
        <translation>
            <numerusform>%Ln Punkt in der Kampagne.</numerusform>
            <numerusform>%Ln Punkte in der Kampagne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remediation sign-off creates:</source>
        <translation>Abhilfe, die das Abzeichnen anlegt:</translation>
    </message>
    <message>
        <source>%1 — %2: mark pending revocation</source>
        <translation>%1 — %2: als „Entzug ausstehend“ markieren</translation>
    </message>
    <message>
        <source>%1 — %2: mark to be narrowed</source>
        <translation>%1 — %2: als „einzuschränken“ markieren</translation>
    </message>
    <message>
        <source>Nothing: no privilege is decided revoke or reduce.</source>
        <translation>Nichts: Für keine Berechtigung wurde Entziehen oder Einschränken entschieden.</translation>
    </message>
    <message>
        <source>Not ready: %L1 undecided and %L2 unsure. Decide them first; items of a reviewer&apos;s own systems need another reviewer.</source>
        <translation>Noch nicht bereit: %L1 unentschieden und %L2 unsicher. Entscheiden Sie diese zuerst; Punkte der eigenen Systeme eines Prüfers brauchen einen anderen Prüfer.</translation>
    </message>
    <message>
        <source>Signing off as %1 freezes the campaign: no decision can change afterwards.</source>
        <translation>Das Abzeichnen als %1 friert die Kampagne ein: Danach kann sich keine Entscheidung mehr ändern.</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Abzeichnen</translation>
    </message>
    <message>
        <source>This campaign is signed off already.</source>
        <translation>Diese Kampagne ist bereits abgezeichnet.</translation>
    </message>
    <message>
        <source>This campaign is closed; it cannot be signed off.</source>
        <translation>Diese Kampagne ist geschlossen; sie kann nicht abgezeichnet werden.</translation>
    </message>
</context>
<context>
    <name>Mandate::ServerConnectionDialog</name>
    <message>
        <source>&amp;Password:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Create a new workspace in this &amp;empty database</source>
        <translation>Einen neuen Arbeitsbereich in dieser &amp;leeren Datenbank anlegen</translation>
    </message>
    <message>
        <source>Server Workspace</source>
        <translation>Server-Arbeitsbereich</translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation>db.example.org</translation>
    </message>
    <message>
        <source>No encryption. Only on a network you trust.</source>
        <translation>Keine Verschlüsselung. Nur in einem Netzwerk, dem Sie vertrauen.</translation>
    </message>
    <message>
        <source>Encrypts only if the server insists; no protection against eavesdropping.</source>
        <translation>Verschlüsselt nur, wenn der Server darauf besteht; kein Schutz vor Abhören.</translation>
    </message>
    <message>
        <source>Encrypts when the server supports it; the server&apos;s identity is not checked.</source>
        <translation>Verschlüsselt, wenn der Server es unterstützt; die Identität des Servers wird nicht geprüft.</translation>
    </message>
    <message>
        <source>Always encrypted; the server&apos;s identity is not checked.</source>
        <translation>Immer verschlüsselt; die Identität des Servers wird nicht geprüft.</translation>
    </message>
    <message>
        <source>Always encrypted; the server&apos;s certificate must be signed by a trusted authority.</source>
        <translation>Immer verschlüsselt; das Zertifikat des Servers muss von einer vertrauenswürdigen Stelle signiert sein.</translation>
    </message>
    <message>
        <source>Always encrypted; the certificate must be trusted and match the host name. The safest.</source>
        <translation>Immer verschlüsselt; das Zertifikat muss vertrauenswürdig sein und zum Hostnamen passen. Die sicherste Option.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;TLS mode:</source>
        <translation>&amp;TLS-Modus:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>%1 asks for a password for user %2.</source>
        <translation>%1 verlangt ein Passwort für den Benutzer %2.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>%1 did not accept the password for user %2. Check it and try again.</source>
        <translation>%1 hat das Passwort für den Benutzer %2 nicht akzeptiert. Prüfen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is not empty (it already holds a workspace or other tables); it was left untouched. Open it instead, or choose an empty database.</source>
        <translation>%1 ist nicht leer (sie enthält bereits einen Arbeitsbereich oder andere Tabellen); sie wurde nicht verändert. Öffnen Sie sie stattdessen oder wählen Sie eine leere Datenbank.</translation>
    </message>
    <message>
        <source>%1 holds no Mandate workspace. To make one there, tick &quot;Create a new workspace&quot;.</source>
        <translation>%1 enthält keinen Mandate-Arbeitsbereich. Um dort einen anzulegen, aktivieren Sie „Einen neuen Arbeitsbereich anlegen“.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Mandate; update Mandate to open it.</source>
        <translation>%1 wurde von einer neueren Mandate-Version geschrieben; aktualisieren Sie Mandate, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Verbindung zu %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
</context>
<context>
    <name>Mandate::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Your login name (%1)</source>
        <translation>Ihr Anmeldename (%1)</translation>
    </message>
    <message>
        <source>Recorded in the audit log with every change you make.</source>
        <translation>Wird bei jeder Ihrer Änderungen im Audit-Protokoll vermerkt.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Analyst name</source>
        <translation>Analystenname</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Your login name</source>
        <translation>Ihr Anmeldename</translation>
    </message>
</context>
<context>
    <name>Mandate::StatusSummary</name>
    <message>
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>Systems: %1</source>
        <translation>Systeme: %1</translation>
    </message>
    <message>
        <source>Shown: %1</source>
        <translation>Angezeigt: %1</translation>
    </message>
    <message>
        <source>Identity subjects: %1</source>
        <translation>Identitätssubjekte: %1</translation>
    </message>
    <message>
        <source>NHI risk: %1</source>
        <translation>NHI-Risiko: %1</translation>
    </message>
</context>
<context>
    <name>Mandate::SystemDetailsPanel</name>
    <message>
        <source>System details</source>
        <translation>Systemdetails</translation>
    </message>
    <message>
        <source>Select a system in the inventory to see and edit its details.</source>
        <translation>Wählen Sie ein System im Inventar aus, um seine Details anzuzeigen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>Open or create a workspace to see its systems.</source>
        <translation>Öffnen oder erstellen Sie einen Arbeitsbereich, um seine Systeme zu sehen.</translation>
    </message>
</context>
<context>
    <name>Mandate::SystemMappingsModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Vorgeschlagen: %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Aus %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, Version %2</translation>
    </message>
    <message>
        <source>Suggested as a gap by the findings %1. Accept it, pick another status, or reject it.</source>
        <translation>Von den Befunden %1 als Lücke vorgeschlagen. Übernehmen Sie ihn, wählen Sie einen anderen Status oder lehnen Sie ihn ab.</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Control note</source>
        <translation>Kontrollnotiz</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>“%1” is not a mapping status.</source>
        <translation>„%1“ ist kein Zuordnungsstatus.</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggested mapping(s)</source>
        <translation>
            <numerusform>%n vorgeschlagene Zuordnung übernehmen</numerusform>
            <numerusform>%n vorgeschlagene Zuordnungen übernehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n suggested mapping(s)</source>
        <translation>
            <numerusform>%n vorgeschlagene Zuordnung ablehnen</numerusform>
            <numerusform>%n vorgeschlagene Zuordnungen ablehnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n mapping(s)</source>
        <translation>
            <numerusform>%n Zuordnung entfernen</numerusform>
            <numerusform>%n Zuordnungen entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandate::SystemTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Paradigm</source>
        <translation>Paradigma</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Runtime authority</source>
        <translation>Laufzeitbefugnis</translation>
    </message>
    <message>
        <source>Identity subject</source>
        <translation>Identitätssubjekt</translation>
    </message>
    <message>
        <source>NHI risk</source>
        <translation>NHI-Risiko</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation>Fachverantwortung</translation>
    </message>
    <message>
        <source>Technical owner</source>
        <translation>Technische Verantwortung</translation>
    </message>
    <message>
        <source>Recorded as %1, but the behaviour suggests %2.</source>
        <translation>Erfasst als „%1“, doch das Verhalten spricht für „%2“.</translation>
    </message>
</context>
<context>
    <name>Mandate::Workspace</name>
    <message>
        <source>no person with id %1</source>
        <translation>keine Person mit der ID %1</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>%1 auf %2 setzen</translation>
    </message>
    <message>
        <source>New system</source>
        <translation>Neues System</translation>
    </message>
    <message>
        <source>%1: the change was not saved: %2</source>
        <translation>%1: Die Änderung wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>no system with id %1</source>
        <translation>kein System mit der ID %1</translation>
    </message>
    <message>
        <source>An import is running; verify again when it is done.</source>
        <translation>Ein Import läuft; prüfen Sie erneut, wenn er abgeschlossen ist.</translation>
    </message>
    <message>
        <source>An import is running; try again when it is done.</source>
        <translation>Ein Import läuft; versuchen Sie es erneut, wenn er abgeschlossen ist.</translation>
    </message>
    <message>
        <source>A privilege needs a target: the resource or system it reaches.</source>
        <translation>Eine Berechtigung braucht ein Ziel: die Ressource oder das System, das sie erreicht.</translation>
    </message>
    <message>
        <source>no credential with id %1</source>
        <translation>keine Zugangsdaten mit der Kennung %1</translation>
    </message>
    <message>
        <source>A credential needs a name, such as the service account it is (never the secret).</source>
        <translation>Zugangsdaten brauchen einen Namen, etwa das Dienstkonto, das sie sind (nie das Geheimnis).</translation>
    </message>
    <message>
        <source>The credential would expire (%1) before it was created (%2).</source>
        <translation>Die Zugangsdaten würden ablaufen (%1), bevor sie erstellt wurden (%2).</translation>
    </message>
    <message>
        <source>The credential would have been rotated (%1) before it was created (%2).</source>
        <translation>Die Zugangsdaten wären rotiert worden (%1), bevor sie erstellt wurden (%2).</translation>
    </message>
    <message>
        <source>Add privilege on %1 to %2</source>
        <translation>Berechtigung auf %1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <source>no privilege with id %1</source>
        <translation>keine Berechtigung mit der Kennung %1</translation>
    </message>
    <message>
        <source>Change privilege on %1 of %2</source>
        <translation>Berechtigung auf %1 von %2 ändern</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n privilege(s)</source>
        <translation>
            <numerusform>%n Berechtigung entfernen</numerusform>
            <numerusform>%n Berechtigungen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add credential %1</source>
        <translation>Zugangsdaten %1 hinzufügen</translation>
    </message>
    <message>
        <source>Change credential %1</source>
        <translation>Zugangsdaten %1 ändern</translation>
    </message>
    <message numerus="yes">
        <source>%1 is still used by %Ln privilege(s); detach them first.</source>
        <translation>
            <numerusform>%1 wird noch von %Ln Berechtigung genutzt; lösen Sie sie zuerst.</numerusform>
            <numerusform>%1 wird noch von %Ln Berechtigungen genutzt; lösen Sie sie zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove credential %1</source>
        <translation>Zugangsdaten %1 entfernen</translation>
    </message>
    <message>
        <source>A mapping needs a status: gap, partial, mitigated or not applicable.</source>
        <translation>Eine Zuordnung braucht einen Status: Lücke, teilweise, gemindert oder nicht anwendbar.</translation>
    </message>
    <message>
        <source>No framework catalog %1 with an item %2.</source>
        <translation>Kein Framework-Katalog %1 mit einem Eintrag %2.</translation>
    </message>
    <message>
        <source>Set %1 to %2 for %3</source>
        <translation>%1 für %3 auf %2 setzen</translation>
    </message>
    <message>
        <source>no mapping with id %1</source>
        <translation>keine Zuordnung mit der Kennung %1</translation>
    </message>
    <message>
        <source>Remove mapping %1 of %2</source>
        <translation>Zuordnung %1 von %2 entfernen</translation>
    </message>
    <message>
        <source>%1 cannot be offboarded until its offboarding checklist is complete; still open: %2.</source>
        <translation>%1 kann erst außer Betrieb genommen werden, wenn die Checkliste zur Außerbetriebnahme vollständig ist; noch offen: %2.</translation>
    </message>
    <message>
        <source>A framework catalog needs an id and at least one item.</source>
        <translation>Ein Framework-Katalog braucht eine Kennung und mindestens einen Eintrag.</translation>
    </message>
    <message>
        <source>The catalog %1 is built into Mandate and cannot be replaced; give the file another catalog id.</source>
        <translation>Der Katalog %1 ist in Mandate eingebaut und kann nicht ersetzt werden; geben Sie der Datei eine andere Katalogkennung.</translation>
    </message>
    <message>
        <source>The new version of %1 lacks items that mappings refer to: %2. Remove those mappings first.</source>
        <translation>Der neuen Version von %1 fehlen Einträge, auf die sich Zuordnungen beziehen: %2. Entfernen Sie zuerst diese Zuordnungen.</translation>
    </message>
    <message>
        <source>Replace framework catalog %1 %2 with %3</source>
        <translation>Framework-Katalog %1 %2 durch %3 ersetzen</translation>
    </message>
    <message>
        <source>Load framework catalog %1 %2</source>
        <translation>Framework-Katalog %1 %2 laden</translation>
    </message>
    <message>
        <source>The catalog %1 is built into Mandate and cannot be removed.</source>
        <translation>Der Katalog %1 ist in Mandate eingebaut und kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>No framework catalog %1 is stored in this workspace.</source>
        <translation>In diesem Arbeitsbereich ist kein Framework-Katalog %1 gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln mapping(s) refer to the catalog %1; remove them first.</source>
        <translation>
            <numerusform>%Ln Zuordnung bezieht sich auf den Katalog %1; entfernen Sie sie zuerst.</numerusform>
            <numerusform>%Ln Zuordnungen beziehen sich auf den Katalog %1; entfernen Sie sie zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove framework catalog %1 %2</source>
        <translation>Framework-Katalog %1 %2 entfernen</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>Eine Person braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a person called %1.</source>
        <translation>Es gibt bereits eine Person namens %1.</translation>
    </message>
    <message>
        <source>Add person %1</source>
        <translation>Person %1 hinzufügen</translation>
    </message>
    <message>
        <source>Change person %1</source>
        <translation>Person %1 ändern</translation>
    </message>
    <message numerus="yes">
        <source>%1 still owns %Ln system(s); assign other owners first.</source>
        <translation>
            <numerusform>%1 verantwortet noch %Ln System; weisen Sie zuerst andere Verantwortliche zu.</numerusform>
            <numerusform>%1 verantwortet noch %Ln Systeme; weisen Sie zuerst andere Verantwortliche zu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove person %1</source>
        <translation>Person %1 entfernen</translation>
    </message>
    <message>
        <source>“%1” does not look like an email address (name@example.org).</source>
        <translation>„%1“ sieht nicht wie eine E-Mail-Adresse aus (name@example.org).</translation>
    </message>
    <message>
        <source>Import evidence from %1</source>
        <translation>Nachweise aus %1 importieren</translation>
    </message>
    <message>
        <source>Create review campaign %1</source>
        <translation>Überprüfungskampagne %1 anlegen</translation>
    </message>
    <message>
        <source>The campaign “%1” is signed off; its decisions are frozen.</source>
        <translation>Die Kampagne „%1“ ist abgezeichnet; ihre Entscheidungen sind eingefroren.</translation>
    </message>
    <message>
        <source>The campaign “%1” is closed; its decisions are frozen.</source>
        <translation>Die Kampagne „%1“ ist geschlossen; ihre Entscheidungen sind eingefroren.</translation>
    </message>
    <message>
        <source>A review campaign needs a name.</source>
        <translation>Eine Überprüfungskampagne braucht einen Namen.</translation>
    </message>
    <message>
        <source>A review campaign needs at least one reviewer.</source>
        <translation>Eine Überprüfungskampagne braucht mindestens einen Prüfer.</translation>
    </message>
    <message>
        <source>The due date %1 has passed.</source>
        <translation>Das Fälligkeitsdatum %1 ist vorbei.</translation>
    </message>
    <message>
        <source>The scope “%1” covers no system.</source>
        <translation>Der Umfang „%1“ umfasst kein System.</translation>
    </message>
    <message>
        <source>%1 is not a reviewer of the campaign “%2”.</source>
        <translation>%1 ist kein Prüfer der Kampagne „%2“.</translation>
    </message>
    <message>
        <source>%1 owns the system “%2”: another reviewer must decide its items (separation of duties).</source>
        <translation>%1 ist für das System „%2“ verantwortlich: Ein anderer Prüfer muss dessen Punkte entscheiden (Funktionstrennung).</translation>
    </message>
    <message>
        <source>There is no review campaign %1.</source>
        <translation>Es gibt keine Überprüfungskampagne %1.</translation>
    </message>
    <message>
        <source>Item %1 is not an item of the campaign “%2”.</source>
        <translation>Punkt %1 gehört nicht zur Kampagne „%2“.</translation>
    </message>
    <message>
        <source>Item %1: “%2” is not a decision for it; use %3.</source>
        <translation>Punkt %1: „%2“ ist dafür keine Entscheidung; verwenden Sie %3.</translation>
    </message>
    <message>
        <source>Item %1: keeping a high-risk privilege (%2) needs a justification.</source>
        <translation>Punkt %1: Eine Berechtigung mit hohem Risiko (%2) zu behalten, erfordert eine Begründung.</translation>
    </message>
    <message>
        <source>Decide %1 on review item %2</source>
        <translation>%1 für Überprüfungspunkt %2 entscheiden</translation>
    </message>
    <message numerus="yes">
        <source>Decide %Ln review item(s)</source>
        <translation>
            <numerusform>%Ln Überprüfungspunkt entscheiden</numerusform>
            <numerusform>%Ln Überprüfungspunkte entscheiden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a reviewer of the campaign “%2” and cannot sign it off.</source>
        <translation>%1 ist kein Prüfer der Kampagne „%2“ und kann sie nicht abzeichnen.</translation>
    </message>
    <message>
        <source>The campaign “%1” cannot be signed off yet: %L2 undecided, %L3 unsure.</source>
        <translation>Die Kampagne „%1“ kann noch nicht abgezeichnet werden: %L2 unentschieden, %L3 unsicher.</translation>
    </message>
    <message>
        <source>Sign off review campaign %1</source>
        <translation>Überprüfungskampagne %1 abzeichnen</translation>
    </message>
    <message>
        <source>Close review campaign %1</source>
        <translation>Überprüfungskampagne %1 schließen</translation>
    </message>
    <message>
        <source>Roles apply to server workspaces only; %1 is a workspace file.</source>
        <translation>Rollen gelten nur für Server-Arbeitsbereiche; %1 ist eine Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>There is no role &quot;%1&quot;; the roles are viewer, analyst, reviewer and admin.</source>
        <translation>Es gibt keine Rolle „%1“; die Rollen sind viewer, analyst, reviewer und admin.</translation>
    </message>
    <message>
        <source>Name the server user to grant or revoke a role.</source>
        <translation>Geben Sie den Server-Benutzer an, dem eine Rolle gegeben oder entzogen werden soll.</translation>
    </message>
    <message>
        <source>you may not grant or revoke roles: your role on this workspace is %1</source>
        <translation>Sie dürfen keine Rollen vergeben oder entziehen; Ihre Rolle in diesem Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot; on the server.</source>
        <translation>Auf dem Server gibt es keinen Benutzer „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is one of this workspace&apos;s own roles, not a user.</source>
        <translation>„%1“ ist eine der eigenen Rollen dieses Arbeitsbereichs, kein Benutzer.</translation>
    </message>
    <message>
        <source>%1 already has the role %2.</source>
        <translation>%1 hat bereits die Rolle %2.</translation>
    </message>
    <message>
        <source>%1 does not have the role %2.</source>
        <translation>%1 hat die Rolle %2 nicht.</translation>
    </message>
</context>
<context>
    <name>Mandate::WorkspaceController</name>
    <message>
        <source>Mandate workspaces (*.%1)</source>
        <translation>Mandate-Arbeitsbereiche (*.%1)</translation>
    </message>
    <message>
        <source>&amp;New workspace...</source>
        <translation>&amp;Neuer Arbeitsbereich...</translation>
    </message>
    <message>
        <source>&amp;Open workspace...</source>
        <translation>Arbeitsbereich ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open &amp;demo workspace</source>
        <translation>&amp;Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>&amp;Close workspace</source>
        <translation>Arbeitsbereich &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Could not open workspace</source>
        <translation>Arbeitsbereich konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Could not create workspace</source>
        <translation>Arbeitsbereich konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>Could not create the demo workspace</source>
        <translation>Demo-Arbeitsbereich konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>Could not save the change</source>
        <translation>Änderung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Import inventory...</source>
        <translation>Inventar &amp;importieren...</translation>
    </message>
    <message>
        <source>Open &amp;server workspace...</source>
        <translation>Se&amp;rver-Arbeitsbereich öffnen...</translation>
    </message>
    <message>
        <source>New ser&amp;ver workspace...</source>
        <translation>Neuer Ser&amp;ver-Arbeitsbereich...</translation>
    </message>
</context>
<context>
    <name>MapDecorations</name>
    <message>
        <source>NHI risk</source>
        <translation>NHI-Risiko</translation>
    </message>
    <message>
        <source>Not ruled out</source>
        <translation>Nicht ausgeschlossen</translation>
    </message>
    <message>
        <source>No NHI risk</source>
        <translation>Kein NHI-Risiko</translation>
    </message>
    <message>
        <source>Identity subject</source>
        <translation>Identitätssubjekt</translation>
    </message>
    <message>
        <source>Classifier disagrees</source>
        <translation>Klassifikator widerspricht</translation>
    </message>
    <message>
        <source>Not yet classified</source>
        <translation>Unbestimmt</translation>
    </message>
    <message>
        <source>Drag into a region</source>
        <translation>In eine Region ziehen</translation>
    </message>
    <message>
        <source>Explains why: causes, counterfactuals</source>
        <translation>Erklärt warum: Ursachen, Kontrafaktisches</translation>
    </message>
    <message>
        <source>Forecasts what is likely, from history</source>
        <translation>Sagt aus der Vergangenheit Wahrscheinliches voraus</translation>
    </message>
    <message>
        <source>Creates text, images, code and plans</source>
        <translation>Erzeugt Texte, Bilder, Code und Pläne</translation>
    </message>
    <message>
        <source>Chooses steps and tools, and acts</source>
        <translation>Wählt Schritte und Werkzeuge und handelt</translation>
    </message>
    <message>
        <source>NHI-risk line</source>
        <translation>NHI-Risikolinie</translation>
    </message>
    <message>
        <source>Runtime execution boundary</source>
        <translation>Laufzeit-Ausführungsgrenze</translation>
    </message>
    <message>
        <source>Access footprint</source>
        <translation>Zugriffsumfang</translation>
    </message>
</context>
<context>
    <name>MapExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>das Bild konnte nicht kodiert werden</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>das PDF konnte nicht begonnen werden</translation>
    </message>
</context>
<context>
    <name>MappingSuggestion</name>
    <message>
        <source>Suggested by %1</source>
        <translation>Vorgeschlagen von %1</translation>
    </message>
    <message>
        <source>Suggestion from %1 rejected as not applicable</source>
        <translation>Vorschlag aus %1 als nicht anwendbar abgelehnt</translation>
    </message>
</context>
<context>
    <name>MarkerStyle</name>
    <message>
        <source>Lifecycle stage</source>
        <translation>Lebenszyklusphase</translation>
    </message>
    <message>
        <source>Highest finding severity</source>
        <translation>Höchster Befundschweregrad</translation>
    </message>
    <message>
        <source>Runtime authority</source>
        <translation>Laufzeitbefugnis</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Keine Befunde</translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Copied %L1 rows from %2 to %3; audit chain verified on both sides (%L4 entries, the migration&apos;s own included).</source>
        <translation>%L1 Zeilen von %2 nach %3 kopiert; Audit-Kette auf beiden Seiten geprüft (%L4 Einträge, einschließlich des Eintrags der Migration).</translation>
    </message>
</context>
<context>
    <name>ReadError</name>
    <message>
        <source>, line %1</source>
        <translation>, Zeile %1</translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation>, Spalte %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>RecordSource</name>
    <message>
        <source>%1 (not valid UTF-8)</source>
        <translation>%1 (kein gültiges UTF-8)</translation>
    </message>
    <message>
        <source>CSV, %1, semicolon-separated</source>
        <translation>CSV, %1, durch Semikolon getrennt</translation>
    </message>
    <message>
        <source>CSV, %1, tab-separated</source>
        <translation>CSV, %1, durch Tabulator getrennt</translation>
    </message>
    <message>
        <source>CSV, %1, comma-separated</source>
        <translation>CSV, %1, durch Komma getrennt</translation>
    </message>
    <message>
        <source>SPDX 3.0.1</source>
        <translation>SPDX 3.0.1</translation>
    </message>
    <message>
        <source>the file cannot be opened: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>CycloneDX</source>
        <translation>CycloneDX</translation>
    </message>
    <message>
        <source>SPDX</source>
        <translation>SPDX</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
</context>
<context>
    <name>ReportCover</name>
    <message numerus="yes">
        <source>verified, %Ln entries</source>
        <translation>
            <numerusform>geprüft, %Ln Eintrag</numerusform>
            <numerusform>geprüft, %Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>BROKEN: %1</source>
        <translation>BESCHÄDIGT: %1</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analyst</translation>
    </message>
    <message>
        <source>Audit chain</source>
        <translation>Audit-Kette</translation>
    </message>
    <message>
        <source>Audit chain head hash</source>
        <translation>Kopf-Hash der Audit-Kette</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>the export was cancelled</source>
        <translation>der Export wurde abgebrochen</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>das PDF konnte nicht begonnen werden</translation>
    </message>
</context>
<context>
    <name>ReviewCommand</name>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation>unbekannte Aktion „%1“</translation>
    </message>
    <message>
        <source>missing arguments</source>
        <translation>fehlende Argumente</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>%1 is not an option of review %2</source>
        <translation>%1 ist keine Option von review %2</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 ist erforderlich</translation>
    </message>
    <message>
        <source>give one %1, the reviewer who acts</source>
        <translation>geben Sie genau ein %1 an, den handelnden Prüfer</translation>
    </message>
    <message>
        <source>no review campaign with id %1</source>
        <translation>keine Überprüfungskampagne mit der ID %1</translation>
    </message>
    <message>
        <source>invalid due date &quot;%1&quot;; use YYYY-MM-DD</source>
        <translation>ungültiges Fälligkeitsdatum „%1“; verwenden Sie YYYY-MM-DD</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Decisions recorded: %L1</source>
        <translation>Erfasste Entscheidungen: %L1</translation>
    </message>
    <message>
        <source>Signed off campaign %1; privileges pending revocation: %L2, to be narrowed: %L3</source>
        <translation>Kampagne %1 abgezeichnet; Berechtigungen mit Entzug ausstehend: %L2, einzuschränken: %L3</translation>
    </message>
    <message>
        <source>Closed campaign %1 without sign-off</source>
        <translation>Kampagne %1 ohne Abzeichnung geschlossen</translation>
    </message>
    <message>
        <source>cannot read the decisions file: %1</source>
        <translation>die Entscheidungsdatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>line %1: invalid JSON: %2</source>
        <translation>Zeile %1: ungültiges JSON: %2</translation>
    </message>
    <message>
        <source>expected an object with a &quot;decisions&quot; array, or an array</source>
        <translation>erwartet wird ein Objekt mit einem Array „decisions“ oder ein Array</translation>
    </message>
    <message>
        <source>decisions[%1]: &quot;item&quot; must be a review item id (a whole number)</source>
        <translation>decisions[%1]: „item“ muss die ID eines Überprüfungspunkts sein (eine ganze Zahl)</translation>
    </message>
    <message>
        <source>decisions[%1]: unknown decision &quot;%2&quot;; use %3</source>
        <translation>decisions[%1]: unbekannte Entscheidung „%2“; verwenden Sie %3</translation>
    </message>
    <message>
        <source>decisions[%1]: &quot;justification&quot; must be text</source>
        <translation>decisions[%1]: „justification“ muss Text sein</translation>
    </message>
    <message>
        <source>the file holds no decisions</source>
        <translation>die Datei enthält keine Entscheidungen</translation>
    </message>
    <message>
        <source>the change could not be written</source>
        <translation>die Änderung konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>ReviewConflicts</name>
    <message>
        <source>someone else</source>
        <translation>jemand anderem</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>“%1” for %2</source>
        <translation>„%1“ für %2</translation>
    </message>
    <message>
        <source>Item %1 (%2) has since been changed by %3 (now “%4”); your decision was not undone.</source>
        <translation>Punkt %1 (%2) wurde inzwischen von %3 geändert (jetzt „%4“); Ihre Entscheidung wurde nicht rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Item %1 (%2) has since been changed by %3 (now “%4”); your “%5” was not redone.</source>
        <translation>Punkt %1 (%2) wurde inzwischen von %3 geändert (jetzt „%4“); Ihr „%5“ wurde nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>Item %1 (%2) was set back to undecided by %3 while you were reviewing it; your “%4” was not stored.</source>
        <translation>Punkt %1 (%2) wurde von %3 auf „unentschieden“ zurückgesetzt, während Sie ihn geprüft haben; Ihr „%4“ wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Item %1 (%2) was decided “%3” by %4 while you were reviewing it; your “%5” was not stored.</source>
        <translation>Für Punkt %1 (%2) hat %4 „%3“ entschieden, während Sie ihn geprüft haben; Ihr „%5“ wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The campaign “%1” was not signed off: item %2 (%3) was changed by %4 since the decisions were counted (now “%5”).</source>
        <translation>Die Kampagne „%1“ wurde nicht abgezeichnet: Punkt %2 (%3) wurde von %4 geändert, nachdem die Entscheidungen gezählt wurden (jetzt „%5“).</translation>
    </message>
    <message>
        <source>The sign-off of “%1” was not undone: item %2 (%3) was changed by %4 meanwhile (now “%5”).</source>
        <translation>Die Abzeichnung von „%1“ wurde nicht rückgängig gemacht: Punkt %2 (%3) wurde inzwischen von %4 geändert (jetzt „%5“).</translation>
    </message>
</context>
<context>
    <name>ReviewRules</name>
    <message>
        <source>admin scope</source>
        <translation>Admin-Umfang</translation>
    </message>
    <message>
        <source>wildcard scope</source>
        <translation>Platzhalter-Umfang</translation>
    </message>
    <message>
        <source>credential not in a secrets manager</source>
        <translation>Zugangsdaten nicht in einem Secrets-Manager</translation>
    </message>
    <message>
        <source>handoff point without an approval gate</source>
        <translation>Übergabepunkt ohne Freigabeschritt</translation>
    </message>
</context>
<context>
    <name>ReviewScope</name>
    <message>
        <source>“%1” is not a scope term: use is:identity-subject, is:nhi-risk, paradigm:…, stage:… or plain words.</source>
        <translation>„%1“ ist kein Umfangsbegriff: Verwenden Sie is:identity-subject, is:nhi-risk, paradigm:…, stage:… oder einfache Wörter.</translation>
    </message>
    <message>
        <source>“%1”: unknown value “%2”.</source>
        <translation>„%1“: unbekannter Wert „%2“.</translation>
    </message>
</context>
<context>
    <name>ReviewShowCommand</name>
    <message>
        <source>, credential %1</source>
        <translation>, Zugangsdaten %1</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Hohes Risiko</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Entschieden am</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Abhilfe</translation>
    </message>
    <message>
        <source>Evidence for system %1 %2: none imported</source>
        <translation>Nachweise für System %1 %2: keine importiert</translation>
    </message>
    <message>
        <source>Evidence for system %1 %2: %L3 events from %4 to %5</source>
        <translation>Nachweise für System %1 %2: %L3 Ereignisse von %4 bis %5</translation>
    </message>
</context>
<context>
    <name>RolesCommand</name>
    <message>
        <source>roles apply to server workspaces (postgresql://…) only, not to a workspace file</source>
        <translation>Rollen gelten nur für Server-Arbeitsbereiche (postgresql://…), nicht für eine Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <source>No user holds a role on this workspace.</source>
        <translation>Kein Benutzer hat eine Rolle in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>Your role: %1</source>
        <translation>Ihre Rolle: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 now has the role %2 on %3</source>
        <translation>%1 hat jetzt die Rolle %2 in %3</translation>
    </message>
    <message>
        <source>%1 no longer has the role %2 on %3</source>
        <translation>%1 hat die Rolle %2 in %3 nicht mehr</translation>
    </message>
</context>
<context>
    <name>RowVersions</name>
    <message>
        <source>someone else</source>
        <translation>jemand anderem</translation>
    </message>
    <message>
        <source>%1 was removed by %2 while you were working on it</source>
        <translation>%1 wurde von %2 entfernt, während Sie daran gearbeitet haben</translation>
    </message>
    <message>
        <source>%1 was changed by %2 while you were working on it</source>
        <translation>%1 wurde von %2 geändert, während Sie daran gearbeitet haben</translation>
    </message>
    <message>
        <source>%1 is now “%2” (yours: “%3”)</source>
        <translation>%1 ist jetzt „%2“ (Ihr Wert: „%3“)</translation>
    </message>
    <message>
        <source>%1 was changed by %2 while you were working on it: %3</source>
        <translation>%1 wurde von %2 geändert, während Sie daran gearbeitet haben: %3</translation>
    </message>
</context>
<context>
    <name>SecretScanner</name>
    <message>
        <source>AWS access key</source>
        <translation>AWS-Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>AWS secret access key</source>
        <translation>Geheimer AWS-Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>GitHub token</source>
        <translation>GitHub-Token</translation>
    </message>
    <message>
        <source>GitLab token</source>
        <translation>GitLab-Token</translation>
    </message>
    <message>
        <source>Slack token</source>
        <translation>Slack-Token</translation>
    </message>
    <message>
        <source>Slack webhook URL</source>
        <translation>Slack-Webhook-URL</translation>
    </message>
    <message>
        <source>JSON web token</source>
        <translation>JSON Web Token</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <source>Password in a URL</source>
        <translation>Passwort in einer URL</translation>
    </message>
    <message>
        <source>Password in a connection string</source>
        <translation>Passwort in einer Verbindungszeichenfolge</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>API key or token</source>
        <translation>API-Schlüssel oder Token</translation>
    </message>
    <message>
        <source>High-entropy string</source>
        <translation>Zeichenfolge mit hoher Entropie</translation>
    </message>
</context>
<context>
    <name>ServerLocation</name>
    <message>
        <source>not a postgresql:// address</source>
        <translation>keine postgresql://-Adresse</translation>
    </message>
    <message>
        <source>malformed server address: %1</source>
        <translation>fehlerhafte Serveradresse: %1</translation>
    </message>
    <message>
        <source>the server address names no host</source>
        <translation>die Serveradresse nennt keinen Host</translation>
    </message>
    <message>
        <source>port %1 is out of range</source>
        <translation>Port %1 liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>the server address names no single database</source>
        <translation>die Serveradresse nennt keine einzelne Datenbank</translation>
    </message>
    <message>
        <source>unknown TLS mode &quot;%1&quot;</source>
        <translation>unbekannter TLS-Modus „%1“</translation>
    </message>
    <message>
        <source>%1 on %2:%3</source>
        <translation>%1 auf %2:%3</translation>
    </message>
</context>
<context>
    <name>SystemField</name>
    <message>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Operated by vendor</source>
        <translation>Vom Anbieter betrieben</translation>
    </message>
    <message>
        <source>Paradigm</source>
        <translation>Paradigma</translation>
    </message>
    <message>
        <source>Output kind</source>
        <translation>Ausgabeart</translation>
    </message>
    <message>
        <source>Selects actions</source>
        <translation>Wählt Aktionen</translation>
    </message>
    <message>
        <source>Uses tools</source>
        <translation>Nutzt Tools</translation>
    </message>
    <message>
        <source>Approval gate</source>
        <translation>Freigabeschritt</translation>
    </message>
    <message>
        <source>Accesses credentials</source>
        <translation>Greift auf Zugangsdaten zu</translation>
    </message>
    <message>
        <source>Affects external systems</source>
        <translation>Wirkt auf externe Systeme</translation>
    </message>
    <message>
        <source>Output feeds execution</source>
        <translation>Ausgabe wird ausgeführt</translation>
    </message>
    <message>
        <source>Persistent memory</source>
        <translation>Persistentes Gedächtnis</translation>
    </message>
    <message>
        <source>Multi-agent</source>
        <translation>Multi-Agent</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Lebenszyklusphase</translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation>Fachverantwortung</translation>
    </message>
    <message>
        <source>Technical owner</source>
        <translation>Technische Verantwortung</translation>
    </message>
    <message>
        <source>Risk owner</source>
        <translation>Risikoverantwortung</translation>
    </message>
    <message>
        <source>Offboarding plan</source>
        <translation>Außerbetriebnahmeplan</translation>
    </message>
    <message>
        <source>Review cadence (days)</source>
        <translation>Prüfintervall (Tage)</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Zuletzt überprüft</translation>
    </message>
    <message>
        <source>Custom attributes</source>
        <translation>Eigene Attribute</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>„%1“ ist keiner der Werte: %2</translation>
    </message>
    <message>
        <source>a system needs a name</source>
        <translation>ein System braucht einen Namen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a person id</source>
        <translation>„%1“ ist keine Personen-ID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of days between 0 and 3650</source>
        <translation>„%1“ ist keine Anzahl Tage zwischen 0 und 3650</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>„%1“ ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>custom attributes must be a JSON object</source>
        <translation>eigene Attribute müssen ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>Credentials revoked</source>
        <translation>Zugangsdaten widerrufen</translation>
    </message>
    <message>
        <source>Tools detached</source>
        <translation>Werkzeuge getrennt</translation>
    </message>
    <message>
        <source>Owners released</source>
        <translation>Verantwortliche entbunden</translation>
    </message>
    <message>
        <source>Logs retained</source>
        <translation>Protokolle aufbewahrt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation>„%1“ ist weder ja noch nein</translation>
    </message>
</context>
<context>
    <name>SystemSection</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Recorded as %1</source>
        <translation>Erfasst als %1</translation>
    </message>
    <message>
        <source>; its behaviour suggests %1</source>
        <translation>; sein Verhalten spricht für %1</translation>
    </message>
    <message>
        <source>; its behaviour agrees</source>
        <translation>; sein Verhalten stimmt damit überein</translation>
    </message>
    <message>
        <source>credentials revoked: %1, tools detached: %2, owners released: %3, logs retained: %4</source>
        <translation>Zugangsdaten widerrufen: %1, Werkzeuge getrennt: %2, Verantwortliche entbunden: %3, Protokolle aufbewahrt: %4</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message numerus="yes">
        <source>every %Ln days</source>
        <translation>
            <numerusform>jeden Tag</numerusform>
            <numerusform>alle %Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>default for its kind</source>
        <translation>Standard für seine Art</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <source>Runtime authority</source>
        <translation>Laufzeitbefugnis</translation>
    </message>
    <message>
        <source>Identity subject</source>
        <translation>Identitätssubjekt</translation>
    </message>
    <message>
        <source>NHI risk</source>
        <translation>NHI-Risiko</translation>
    </message>
    <message>
        <source>Access footprint</source>
        <translation>Zugriffsumfang</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Lebenszyklusphase</translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation>Fachverantwortung</translation>
    </message>
    <message>
        <source>Technical owner</source>
        <translation>Technische Verantwortung</translation>
    </message>
    <message>
        <source>Risk owner</source>
        <translation>Risikoverantwortung</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Zuletzt überprüft</translation>
    </message>
    <message>
        <source>Review cadence</source>
        <translation>Prüfintervall</translation>
    </message>
    <message>
        <source>Offboarding plan</source>
        <translation>Außerbetriebnahmeplan</translation>
    </message>
    <message>
        <source>Offboarding checklist</source>
        <translation>Außerbetriebnahme-Checkliste</translation>
    </message>
    <message>
        <source>Privilege boundary</source>
        <translation>Berechtigungsgrenze</translation>
    </message>
    <message>
        <source>No privileges recorded.</source>
        <translation>Keine Berechtigungen erfasst.</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Approval gate</source>
        <translation>Freigabeschritt</translation>
    </message>
    <message>
        <source>Logging</source>
        <translation>Protokollierung</translation>
    </message>
    <message>
        <source>Handoff</source>
        <translation>Übergabepunkt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1, wildcard</source>
        <translation>%1, Platzhalter</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Ablage</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last rotated</source>
        <translation>Zuletzt rotiert</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Framework items</source>
        <translation>Framework-Einträge</translation>
    </message>
    <message>
        <source>Framework mappings</source>
        <translation>Framework-Zuordnungen</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Control note</source>
        <translation>Kontrollnotiz</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>Latest review: %1</source>
        <translation>Letzte Überprüfung: %1</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>byte 0x%1 is neither valid UTF-8 nor defined in Windows-1252, so the file is in neither encoding; save it as UTF-8</source>
        <translation>Das Byte 0x%1 ist weder gültiges UTF-8 noch in Windows-1252 definiert, die Datei hat also keine dieser Kodierungen; speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <source>an unpaired UTF-16 surrogate (0x%1): the file is not valid UTF-16</source>
        <translation>ein unpaariges UTF-16-Surrogat (0x%1): die Datei ist kein gültiges UTF-16</translation>
    </message>
    <message>
        <source>the file could not be read: %1</source>
        <translation>die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>UTF-8 with byte-order mark</source>
        <translation>UTF-8 mit Byte-Order-Mark</translation>
    </message>
    <message>
        <source>UTF-16 little-endian</source>
        <translation>UTF-16 Little Endian</translation>
    </message>
    <message>
        <source>UTF-16 big-endian</source>
        <translation>UTF-16 Big Endian</translation>
    </message>
    <message>
        <source>the file is not open for reading</source>
        <translation>die Datei ist nicht zum Lesen geöffnet</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>this is not a text file: it holds binary data</source>
        <translation>dies ist keine Textdatei: sie enthält Binärdaten</translation>
    </message>
    <message>
        <source>the bytes here are not valid UTF-8, the encoding chosen from the start of the file</source>
        <translation>die Bytes hier sind kein gültiges UTF-8, die am Dateianfang erkannte Kodierung</translation>
    </message>
    <message>
        <source>the file ends in the middle of a UTF-16 character</source>
        <translation>die Datei endet mitten in einem UTF-16-Zeichen</translation>
    </message>
    <message>
        <source>a NUL character, which text files do not hold; is this a binary file?</source>
        <translation>ein NUL-Zeichen, das in Textdateien nicht vorkommt; ist dies eine Binärdatei?</translation>
    </message>
</context>
<context>
    <name>ValueNormalizer</name>
    <message>
        <source>&apos;%1&apos; names several paradigms: %2</source>
        <translation>„%1“ nennt mehrere Paradigmen: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD, MM/DD/YYYY, DD.MM.YYYY or YYYY/MM/DD)</source>
        <translation>„%1“ ist kein Datum (JJJJ-MM-TT, MM/TT/JJJJ, TT.MM.JJJJ oder JJJJ/MM/TT)</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Unbestimmt</translation>
    </message>
    <message>
        <source>Causal</source>
        <translation>Kausal</translation>
    </message>
    <message>
        <source>Predictive</source>
        <translation>Prädiktiv</translation>
    </message>
    <message>
        <source>Generative</source>
        <translation>Generativ</translation>
    </message>
    <message>
        <source>Agentic</source>
        <translation>Agentisch</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Per action</source>
        <translation>Pro Aktion</translation>
    </message>
    <message>
        <source>Per session</source>
        <translation>Pro Sitzung</translation>
    </message>
    <message>
        <source>Two-person</source>
        <translation>Vier-Augen-Prinzip</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilot</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Retiring</source>
        <translation>Auslaufend</translation>
    </message>
    <message>
        <source>Offboarded</source>
        <translation>Außer Betrieb</translation>
    </message>
    <message>
        <source>Informs</source>
        <translation>Informiert</translation>
    </message>
    <message>
        <source>Generates</source>
        <translation>Erzeugt</translation>
    </message>
    <message>
        <source>Gated execution</source>
        <translation>Mit Freigabe</translation>
    </message>
    <message>
        <source>Autonomous execution</source>
        <translation>Autonom</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Admin or secrets</source>
        <translation>Admin/Secrets</translation>
    </message>
    <message>
        <source>Execute</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>OAuth client</source>
        <translation>OAuth-Client</translation>
    </message>
    <message>
        <source>Service account</source>
        <translation>Dienstkonto</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Workload identity</source>
        <translation>Workload-Identität</translation>
    </message>
    <message>
        <source>Secrets manager</source>
        <translation>Secrets-Manager</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Config file</source>
        <translation>Konfigurationsdatei</translation>
    </message>
    <message>
        <source>CI/CD</source>
        <translation>CI/CD</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>Umgebungsvariable</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Central / SIEM</source>
        <translation>Zentral / SIEM</translation>
    </message>
    <message>
        <source>Not a handoff point</source>
        <translation>Kein Übergabepunkt</translation>
    </message>
    <message>
        <source>Code commit</source>
        <translation>Code-Commit</translation>
    </message>
    <message>
        <source>Ticket closure</source>
        <translation>Ticket-Abschluss</translation>
    </message>
    <message>
        <source>Infrastructure change</source>
        <translation>Infrastrukturänderung</translation>
    </message>
    <message>
        <source>Data access</source>
        <translation>Datenzugriff</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>External message</source>
        <translation>Externe Nachricht</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Pending revocation</source>
        <translation>Entzug ausstehend</translation>
    </message>
    <message>
        <source>To be narrowed</source>
        <translation>Einzuschränken</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Gemindert</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht anwendbar</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Abgezeichnet</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Privilege</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Owners still right?</source>
        <translation>Verantwortliche noch richtig?</translation>
    </message>
    <message>
        <source>Approval gate adequate?</source>
        <translation>Freigabeschritt angemessen?</translation>
    </message>
    <message>
        <source>Logging adequate?</source>
        <translation>Protokollierung angemessen?</translation>
    </message>
    <message>
        <source>Offboarding plan adequate?</source>
        <translation>Außerbetriebnahmeplan angemessen?</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Reduce</source>
        <translation>Einschränken</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Entziehen</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Unsicher</translation>
    </message>
</context>
<context>
    <name>WorkspaceError</name>
    <message>
        <source>file is shorter than its header says</source>
        <translation>Datei ist kürzer, als ihr Header angibt</translation>
    </message>
    <message>
        <source>schema %1, this build reads up to %2</source>
        <translation>Schema %1, diese Version liest bis %2</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: Datei nicht gefunden.</translation>
    </message>
    <message>
        <source>%1: a file already exists there; it was left untouched.</source>
        <translation>%1: Dort existiert bereits eine Datei; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1: not a Mandate workspace.</source>
        <translation>%1: kein Mandate-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>%1: written by a newer version of Mandate; update Mandate to open it.</source>
        <translation>%1: von einer neueren Mandate-Version geschrieben; aktualisieren Sie Mandate, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>%1: the workspace is damaged or truncated; restore it from a backup.</source>
        <translation>%1: Der Arbeitsbereich ist beschädigt oder abgeschnitten; stellen Sie ihn aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1: another Mandate window or command holds this workspace open.</source>
        <translation>%1: Ein anderes Mandate-Fenster oder ein anderer Befehl hält diesen Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>%1: the workspace is read-only; it cannot be opened for editing.</source>
        <translation>%1: Der Arbeitsbereich ist schreibgeschützt; er kann nicht zum Bearbeiten geöffnet werden.</translation>
    </message>
    <message>
        <source>%1: the workspace could not be read or written.</source>
        <translation>%1: Der Arbeitsbereich konnte nicht gelesen oder geschrieben werden.</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>could not write the backup %1</source>
        <translation>Sicherung %1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the PostgreSQL driver for Qt (libqt6sql6-psql) is not installed</source>
        <translation>der PostgreSQL-Treiber für Qt (libqt6sql6-psql) ist nicht installiert</translation>
    </message>
    <message>
        <source>the database name is too long for its roles (at most %1 bytes)</source>
        <translation>der Datenbankname ist für ihre Rollen zu lang (höchstens %1 Byte)</translation>
    </message>
    <message>
        <source>you may not change this workspace: you have no role on it</source>
        <translation>Sie dürfen diesen Arbeitsbereich nicht ändern: Sie haben darin keine Rolle</translation>
    </message>
    <message>
        <source>you may not change this workspace: your role on this workspace is %1</source>
        <translation>Sie dürfen diesen Arbeitsbereich nicht ändern: Ihre Rolle in diesem Arbeitsbereich ist %1</translation>
    </message>
    <message>
        <source>its schema (version %1) needs upgrading to version %2, which only the owner of the database can do by opening it once with this version of Mandate: %3</source>
        <translation>sein Schema (Version %1) muss auf Version %2 aktualisiert werden; das kann nur der Eigentümer der Datenbank, indem er sie einmal mit dieser Version von Mandate öffnet: %3</translation>
    </message>
    <message>
        <source>no server workspace has schema version %1</source>
        <translation>kein Server-Arbeitsbereich hat die Schemaversion %1</translation>
    </message>
</context>
<context>
    <name>WorkspaceJsonWriter</name>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht schreiben: %1</translation>
    </message>
</context>
<context>
    <name>WorkspaceMigration</name>
    <message>
        <source>%1: could not read the table %2 (%3)</source>
        <translation>%1: Tabelle %2 konnte nicht gelesen werden (%3)</translation>
    </message>
    <message>
        <source>%1: could not copy the table %2 (%3)</source>
        <translation>%1: Tabelle %2 konnte nicht kopiert werden (%3)</translation>
    </message>
    <message>
        <source>%1: could not start writing (%2)</source>
        <translation>%1: Schreiben konnte nicht begonnen werden (%2)</translation>
    </message>
    <message>
        <source>%1: could not record the migration in the audit log (%2)</source>
        <translation>%1: Migration konnte nicht im Audit-Protokoll erfasst werden (%2)</translation>
    </message>
    <message>
        <source>%1: could not store the copy (%2)</source>
        <translation>%1: Kopie konnte nicht gespeichert werden (%2)</translation>
    </message>
    <message>
        <source>%1: could not read the workspace (%2)</source>
        <translation>%1: Arbeitsbereich konnte nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1: the audit chain does not verify, so nothing was copied: %2</source>
        <translation>%1: die Audit-Kette lässt sich nicht bestätigen, daher wurde nichts kopiert: %2</translation>
    </message>
    <message>
        <source>%1; nothing was kept at %2.</source>
        <translation>%1; unter %2 ist nichts zurückgeblieben.</translation>
    </message>
    <message>
        <source>%1; what was created at %2 could not be removed (%3).</source>
        <translation>%1; was unter %2 angelegt wurde, konnte nicht entfernt werden (%3).</translation>
    </message>
    <message>
        <source>%1: the audit chain of the copy does not verify (%2)</source>
        <translation>%1: die Audit-Kette der Kopie lässt sich nicht bestätigen (%2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Governance workbench for AI systems as identities.</source>
        <translation>Governance-Arbeitsumgebung für KI-Systeme als Identitäten.</translation>
    </message>
    <message>
        <source>Open the demo workspace.</source>
        <translation>Öffnet den Demo-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The workspace file to open.</source>
        <translation>Die zu öffnende Arbeitsbereichsdatei.</translation>
    </message>
</context>
</TS>
