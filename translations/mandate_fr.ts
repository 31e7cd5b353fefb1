<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AgenticRequirements</name>
    <message>
        <source>An accountable owner</source>
        <translation>Un responsable désigné</translation>
    </message>
    <message>
        <source>Business and technical owners are set</source>
        <translation>Responsables métier et technique désignés</translation>
    </message>
    <message>
        <source>No business or technical owner</source>
        <translation>Aucun responsable métier ni technique</translation>
    </message>
    <message>
        <source>No technical owner</source>
        <translation>Aucun responsable technique</translation>
    </message>
    <message>
        <source>No business owner</source>
        <translation>Aucun responsable métier</translation>
    </message>
    <message>
        <source>Scoped privileges</source>
        <translation>Des privilèges délimités</translation>
    </message>
    <message>
        <source>No privilege boundary recorded</source>
        <translation>Aucun périmètre de privilèges enregistré</translation>
    </message>
    <message>
        <source>Holds a wildcard or admin privilege</source>
        <translation>Détient un privilège générique ou d’administration</translation>
    </message>
    <message numerus="yes">
        <source>%Ln privilege(s), none wildcard or admin</source>
        <translation>
            <numerusform>%Ln privilège, aucun générique ni d’administration</numerusform>
            <numerusform>%Ln privilèges, aucun générique ni d’administration</numerusform>
        </translation>
    </message>
    <message>
        <source>Logging of its actions</source>
        <translation>La journalisation de ses actions</translation>
    </message>
    <message>
        <source>No privileges, so no logging recorded</source>
        <translation>Aucun privilège, donc aucune journalisation enregistrée</translation>
    </message>
    <message>
        <source>A privilege is used without logging</source>
        <translation>Un privilège est utilisé sans journalisation</translation>
    </message>
    <message>
        <source>Every privilege is logged</source>
        <translation>Chaque privilège est journalisé</translation>
    </message>
    <message>
        <source>An offboarding plan</source>
        <translation>Un plan de décommissionnement</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Aucun enregistré</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>Impossible de lire le journal d’audit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Entry %1 is missing or out of order (found %2).</source>
        <translation>L’entrée %1 est manquante ou mal placée (trouvée&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Entry %1 does not follow the entry before it.</source>
        <translation>L’entrée %1 ne fait pas suite à l’entrée précédente.</translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written.</source>
        <translation>L’entrée %1 a été modifiée après son écriture.</translation>
    </message>
    <message>
        <source>The log ends at entry %1, but %L2 entries were written.</source>
        <translation>Le journal s’arrête à l’entrée %1, alors que %L2 entrées ont été écrites.</translation>
    </message>
    <message>
        <source>Entry %1 was added outside Mandate.</source>
        <translation>L’entrée %1 a été ajoutée en dehors de Mandate.</translation>
    </message>
    <message>
        <source>Entry %1 does not match the recorded last entry; the log was rewritten.</source>
        <translation>L’entrée %1 ne correspond pas à la dernière entrée enregistrée&#xa0;; le journal a été réécrit.</translation>
    </message>
</context>
<context>
    <name>BomReaders</name>
    <message>
        <source>“%1” is not a list of components</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une liste de composants</translation>
    </message>
    <message>
        <source>the machine-learning-model component %1 (at %2) has no name</source>
        <translation>le composant machine-learning-model %1 (à %2) n’a pas de nom</translation>
    </message>
    <message>
        <source>the machine-learning-model component %1 (at %2, bom-ref “%3”) has no name</source>
        <translation>le composant machine-learning-model %1 (à %2, bom-ref «&#xa0;%3&#xa0;») n’a pas de nom</translation>
    </message>
    <message>
        <source>this is not a CycloneDX document: it has no bomFormat</source>
        <translation>ce n’est pas un document CycloneDX&#xa0;: il n’a pas de bomFormat</translation>
    </message>
    <message>
        <source>this is not a CycloneDX document: bomFormat is “%1”, not “CycloneDX”</source>
        <translation>ce n’est pas un document CycloneDX&#xa0;: bomFormat vaut «&#xa0;%1&#xa0;», et non «&#xa0;CycloneDX&#xa0;»</translation>
    </message>
    <message>
        <source>the CycloneDX document has no specVersion; versions 1.6 and 1.7 can be read</source>
        <translation>le document CycloneDX n’a pas de specVersion&#xa0;; les versions 1.6 et 1.7 sont lisibles</translation>
    </message>
    <message>
        <source>CycloneDX specVersion “%1” is not supported; versions 1.6 and 1.7 can be read</source>
        <translation>la specVersion CycloneDX «&#xa0;%1&#xa0;» n’est pas prise en charge&#xa0;; les versions 1.6 et 1.7 sont lisibles</translation>
    </message>
    <message>
        <source>this is not an SPDX 3.0 document: it has no @context</source>
        <translation>ce n’est pas un document SPDX 3.0&#xa0;: il n’a pas de @context</translation>
    </message>
    <message>
        <source>this is not an SPDX 3.0 document: its @context is “%1”, not https://spdx.org/rdf/3.0.1/spdx-context.jsonld</source>
        <translation>ce n’est pas un document SPDX 3.0&#xa0;: son @context est «&#xa0;%1&#xa0;», et non https://spdx.org/rdf/3.0.1/spdx-context.jsonld</translation>
    </message>
    <message>
        <source>the SPDX document has no @graph list of elements</source>
        <translation>le document SPDX n’a pas de liste d’éléments @graph</translation>
    </message>
    <message>
        <source>the ai_AIPackage at position %1 of @graph</source>
        <translation>l’ai_AIPackage en position %1 de @graph</translation>
    </message>
    <message>
        <source>the ai_AIPackage “%1”</source>
        <translation>l’ai_AIPackage «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 lacks the required %2</source>
        <translation>%1 n’a pas le champ obligatoire %2</translation>
    </message>
</context>
<context>
    <name>CampaignCsvWriter</name>
    <message>
        <source>no campaign with id %1</source>
        <translation>aucune campagne avec l’ID %1</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>écriture impossible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CampaignReport</name>
    <message>
        <source>Owners: %1</source>
        <translation>Responsables&#xa0;: %1</translation>
    </message>
    <message>
        <source>Approval gate: %1</source>
        <translation>Étape d’approbation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Offboarding plan: %1</source>
        <translation>Plan de décommissionnement&#xa0;: %1</translation>
    </message>
    <message>
        <source>no credential recorded</source>
        <translation>aucun identifiant enregistré</translation>
    </message>
    <message>
        <source>credential %1 (%2), storage: %3</source>
        <translation>identifiant %1 (%2), stockage&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days old</source>
        <translation>
            <numerusform>âgé de %Ln jour</numerusform>
            <numerusform>âgé de %Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>last use not recorded</source>
        <translation>dernière utilisation non enregistrée</translation>
    </message>
    <message>
        <source>last used %1</source>
        <translation>dernière utilisation %1</translation>
    </message>
    <message>
        <source>tool: %1</source>
        <translation>outil&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>There is no review campaign %1.</source>
        <translation>Il n’existe pas de campagne de revue %1.</translation>
    </message>
    <message>
        <source>Access review: %1</source>
        <translation>Revue des accès&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, prepared by %2</source>
        <translation>%1, établi par %2</translation>
    </message>
    <message>
        <source>Access review campaign</source>
        <translation>Campagne de revue des accès</translation>
    </message>
    <message>
        <source>Draft: the campaign is still open</source>
        <translation>Brouillon&#xa0;: la campagne est encore ouverte</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>All systems</source>
        <translation>Tous les systèmes</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Réviseurs</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Validée</translation>
    </message>
    <message>
        <source>The head hash fixes the workspace&apos;s audit log, and with it every decision of this campaign, at the time of this report: `mandate-cli verify` on the workspace prints the same hash while nothing has changed since.</source>
        <translation>L’empreinte de tête fige le journal d’audit de l’espace de travail, et avec lui chaque décision de cette campagne, au moment de ce rapport&#xa0;: `mandate-cli verify` sur l’espace de travail affiche la même empreinte tant que rien n’a changé depuis.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systèmes</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidés</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>High-risk items</source>
        <translation>Éléments à risque élevé</translation>
    </message>
    <message>
        <source>To remediate</source>
        <translation>À remédier</translation>
    </message>
    <message>
        <source>Separation-of-duties exceptions</source>
        <translation>Exceptions de séparation des tâches</translation>
    </message>
    <message>
        <source>Items per decision</source>
        <translation>Éléments par décision</translation>
    </message>
    <message numerus="yes">
        <source>%Ln items are still undecided; the decisions below list them as such.</source>
        <translation>
            <numerusform>%Ln élément n’est pas encore décidé&#xa0;; les décisions ci-dessous l’indiquent comme tel.</numerusform>
            <numerusform>%Ln éléments ne sont pas encore décidés&#xa0;; les décisions ci-dessous les indiquent comme tels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln items are marked unsure: a campaign cannot be signed off until they are decided.</source>
        <translation>
            <numerusform>%Ln élément est marqué incertain&#xa0;: une campagne ne peut être validée avant qu’il soit décidé.</numerusform>
            <numerusform>%Ln éléments sont marqués incertains&#xa0;: une campagne ne peut être validée avant qu’ils soient décidés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Every item of the campaign, per system, with the evidence the reviewer saw: the system, privilege and credential as they were when the campaign began.</source>
        <translation>Chaque élément de la campagne, par système, avec la preuve que le réviseur a vue&#xa0;: le système, le privilège et l’identifiant tels qu’ils étaient au début de la campagne.</translation>
    </message>
    <message>
        <source>Lifecycle stage: %1. Last reviewed: %2.</source>
        <translation>Phase du cycle de vie&#xa0;: %1. Dernière revue&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Risque élevé</translation>
    </message>
    <message>
        <source>Reviewer, decided at</source>
        <translation>Réviseur, décidé le</translation>
    </message>
    <message>
        <source>None: no reviewer owns a system in this campaign.</source>
        <translation>Aucune&#xa0;: aucun réviseur n’est responsable d’un système de cette campagne.</translation>
    </message>
    <message>
        <source>A reviewer may not decide the items of a system they own. These items were blocked for the reviewer named and left to another.</source>
        <translation>Un réviseur ne peut pas décider des éléments d’un système dont il est responsable. Ces éléments étaient bloqués pour le réviseur nommé et laissés à un autre.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Blocked for</source>
        <translation>Bloqué pour</translation>
    </message>
    <message>
        <source>Decided instead by</source>
        <translation>Décidé à la place par</translation>
    </message>
    <message numerus="yes">
        <source>%Ln items</source>
        <translation>
            <numerusform>%Ln élément</numerusform>
            <numerusform>%Ln éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln undecided</source>
        <translation>
            <numerusform>%1, %Ln non décidé</numerusform>
            <numerusform>%1, %Ln non décidés</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Signed off by %1 on %2; the decisions are frozen.</source>
        <translation>Validée par %1 le %2&#xa0;; les décisions sont figées.</translation>
    </message>
    <message>
        <source>Closed without sign-off by %1 on %2; the decisions are frozen and no remediation was made.</source>
        <translation>Close sans validation par %1 le %2&#xa0;; les décisions sont figées et aucune remédiation n’a été créée.</translation>
    </message>
    <message>
        <source>Not signed off: the campaign is still open.</source>
        <translation>Non validée&#xa0;: la campagne est encore ouverte.</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Remédiation</translation>
    </message>
    <message>
        <source>None: the campaign was closed without sign-off.</source>
        <translation>Aucune&#xa0;: la campagne a été close sans validation.</translation>
    </message>
    <message>
        <source>Privilege</source>
        <translation>Privilège</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Action à mener</translation>
    </message>
    <message>
        <source>Revoke the privilege</source>
        <translation>Révoquer le privilège</translation>
    </message>
    <message>
        <source>Narrow the privilege to what is needed</source>
        <translation>Réduire le privilège au nécessaire</translation>
    </message>
    <message>
        <source>%1; marked “%2”</source>
        <translation>%1&#xa0;; marqué «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>None: no privilege was decided revoke or reduce.</source>
        <translation>Aucune&#xa0;: aucun privilège n’a été décidé à révoquer ou à réduire.</translation>
    </message>
    <message>
        <source>Draft: the privileges are marked when the campaign is signed off.</source>
        <translation>Brouillon&#xa0;: les privilèges sont marqués lors de la validation de la campagne.</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Create a new, empty workspace; an existing file is never touched.</source>
        <translation>Crée un espace de travail vide&#xa0;; un fichier existant n’est jamais modifié.</translation>
    </message>
    <message>
        <source>List the systems: id, name, paradigm, suggested paradigm, runtime authority, lifecycle.</source>
        <translation>Liste les systèmes&#xa0;: ID, nom, paradigme, paradigme suggéré, autorité d’exécution, cycle de vie.</translation>
    </message>
    <message>
        <source>Show one system with its derived facts and their rationale.</source>
        <translation>Affiche un système avec ses faits déduits et leur justification.</translation>
    </message>
    <message>
        <source>Add a system and print its id.</source>
        <translation>Ajoute un système et affiche son ID.</translation>
    </message>
    <message>
        <source>Change one field of a system (audited, like an edit in the window).</source>
        <translation>Modifie un champ d’un système (consigné dans le journal d’audit, comme une modification dans la fenêtre).</translation>
    </message>
    <message>
        <source>Check the audit log&apos;s hash chain; print OK, the number of entries and the head hash.</source>
        <translation>Vérifie la chaîne de hachage du journal d’audit&#xa0;; affiche OK, le nombre d’entrées et le hachage de tête.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>aucune commande indiquée</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>missing arguments</source>
        <translation>arguments manquants</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--json is not an option of this command</source>
        <translation>--json n’est pas une option de cette commande</translation>
    </message>
    <message>
        <source>--filter is not an option of this command</source>
        <translation>--filter n’est pas une option de cette commande</translation>
    </message>
    <message>
        <source>--name is required</source>
        <translation>--name est obligatoire</translation>
    </message>
    <message>
        <source>--name is not an option of this command</source>
        <translation>--name n’est pas une option de cette commande</translation>
    </message>
    <message>
        <source>%1: %2; usage: %3 %4</source>
        <translation>%1&#xa0;: %2&#xa0;; usage&#xa0;: %3 %4</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Paradigm</source>
        <translation>Paradigme</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggéré</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Cycle de vie</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (%2 --help lists the fields)</source>
        <translation>champ inconnu «&#xa0;%1&#xa0;» (%2 --help liste les champs)</translation>
    </message>
    <message>
        <source>invalid value for %1: %2</source>
        <translation>valeur non valide pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the audit log is broken at entry %1</source>
        <translation>la chaîne du journal d’audit est rompue à l’entrée %1</translation>
    </message>
    <message>
        <source>%1: cannot open the workspace</source>
        <translation>%1&#xa0;: impossible d’ouvrir l’espace de travail</translation>
    </message>
    <message>
        <source>no system with id %1</source>
        <translation>aucun système avec l’ID %1</translation>
    </message>
    <message>
        <source>see %1 --help</source>
        <translation>voir %1 --help</translation>
    </message>
    <message>
        <source>the change could not be written</source>
        <translation>la modification n’a pas pu être écrite</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Usage: %1 COMMAND WS [ARGUMENTS] [OPTIONS]</source>
        <translation>Usage&#xa0;: %1 COMMANDE WS [ARGUMENTS] [OPTIONS]</translation>
    </message>
    <message>
        <source>Reads and edits a Mandate workspace (WS, a *.mandate file) without the window. Edits take the same path as in the window: each is recorded in the audit log.</source>
        <translation>Lit et modifie un espace de travail Mandate (WS, un fichier *.mandate) sans passer par la fenêtre. Les modifications suivent le même chemin que dans la fenêtre&#xa0;: chacune est consignée dans le journal d’audit.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>Keep the systems whose name, vendor, owners or description contain every word of TEXT, in any case.</source>
        <translation>Ne garde que les systèmes dont le nom, le fournisseur, les responsables ou la description contiennent chaque mot de TEXT, sans tenir compte de la casse.</translation>
    </message>
    <message>
        <source>The new system&apos;s name.</source>
        <translation>Nom du nouveau système.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Affiche la version.</translation>
    </message>
    <message>
        <source>Fields and values for set:</source>
        <translation>Champs et valeurs pour set&#xa0;:</translation>
    </message>
    <message>
        <source>A value that starts with &quot;-&quot; goes after &quot;--&quot;, as in: set WS 3 description -- &quot;-42&quot;.</source>
        <translation>Une valeur qui commence par «&#xa0;-&#xa0;» se place après «&#xa0;--&#xa0;», par exemple&#xa0;: set WS 3 description -- &quot;-42&quot;.</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Codes de sortie&#xa0;:</translation>
    </message>
    <message>
        <source>Success.</source>
        <translation>Succès.</translation>
    </message>
    <message>
        <source>Usage error: the command line is wrong.</source>
        <translation>Erreur d’utilisation&#xa0;: la ligne de commande est incorrecte.</translation>
    </message>
    <message>
        <source>Bad input: an unknown system id or field, an invalid value, or (verify) an audit log whose hash chain is broken. Nothing was changed.</source>
        <translation>Entrée non valide&#xa0;: ID de système ou champ inconnu, valeur non valide ou (verify) journal d’audit dont la chaîne de hachage est rompue. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Workspace error: the file is missing, exists already (init), is not a workspace, is corrupt, locked, read-only or from a newer version, or a write failed.</source>
        <translation>Erreur d’espace de travail&#xa0;: le fichier est absent, existe déjà (init), n’est pas un espace de travail, est corrompu, verrouillé, en lecture seule ou issu d’une version plus récente, ou une écriture a échoué.</translation>
    </message>
    <message>
        <source>Errors go to standard error, one line each, naming the file and the problem.</source>
        <translation>Les erreurs sont écrites sur la sortie d’erreur standard, une ligne chacune, avec le fichier et le problème.</translation>
    </message>
    <message>
        <source>OK: audit log intact; entries: %L1; head hash: %2</source>
        <translation>OK&#xa0;: journal d’audit intact&#xa0;; entrées&#xa0;: %L1&#xa0;; hachage de tête&#xa0;: %2</translation>
    </message>
    <message>
        <source>Import systems from an inventory file (CSV, JSON, CycloneDX, SPDX) in one transaction; print what was new, changed, unchanged, skipped or in conflict.</source>
        <translation>Importe des systèmes depuis un fichier d’inventaire (CSV, JSON, CycloneDX, SPDX) en une seule transaction&#xa0;; affiche ce qui était nouveau, modifié, inchangé, ignoré ou en conflit.</translation>
    </message>
    <message>
        <source>%1 is not an option of this command</source>
        <translation>%1 n’est pas une option de cette commande</translation>
    </message>
    <message>
        <source>import: unknown format &quot;%1&quot;; use auto, csv, json, cyclonedx or spdx</source>
        <translation>import&#xa0;: format inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez auto, csv, json, cyclonedx ou spdx</translation>
    </message>
    <message>
        <source>import: how to read FILE: auto (the default, by its content), csv, json, cyclonedx or spdx.</source>
        <translation>import&#xa0;: comment lire FILE&#xa0;: auto (par défaut, d’après son contenu), csv, json, cyclonedx ou spdx.</translation>
    </message>
    <message>
        <source>import: a mapping file from columns to fields, as the import wizard saves it; columns it does not name map by their headers.</source>
        <translation>import&#xa0;: un fichier de correspondance entre colonnes et champs, tel que l’assistant d’importation l’enregistre&#xa0;; les colonnes qu’il ne nomme pas sont associées d’après leur en-tête.</translation>
    </message>
    <message>
        <source>import: the column that matches rows to systems already in the workspace (default: the external id, else the name).</source>
        <translation>import&#xa0;: la colonne qui rapproche les lignes des systèmes déjà présents dans l’espace de travail (par défaut&#xa0;: l’ID externe, sinon le nom).</translation>
    </message>
    <message>
        <source>import: import nothing when a row has a problem (by default such rows are skipped).</source>
        <translation>import&#xa0;: n’importe rien si une ligne pose problème (par défaut, ces lignes sont ignorées).</translation>
    </message>
    <message>
        <source>import: take the file&apos;s value where the analyst changed a field by hand (by default the workspace value is kept).</source>
        <translation>import&#xa0;: prend la valeur du fichier là où l’analyste a modifié un champ à la main (par défaut, la valeur de l’espace de travail est conservée).</translation>
    </message>
    <message>
        <source>import: match no existing system: every row becomes a new system (for a file with no unique column).</source>
        <translation>import&#xa0;: ne rapproche aucun système existant&#xa0;: chaque ligne devient un nouveau système (pour un fichier sans colonne unique).</translation>
    </message>
    <message>
        <source>import: report what would happen; write nothing.</source>
        <translation>import&#xa0;: indique ce qui se passerait&#xa0;; n’écrit rien.</translation>
    </message>
    <message>
        <source>For import: a file that cannot be read (the error names line and column), an unusable mapping file, or rows with problems under --abort-on-bad-rows.</source>
        <translation>Pour import&#xa0;: un fichier illisible (l’erreur indique la ligne et la colonne), un fichier de correspondance inutilisable ou des lignes problématiques avec --abort-on-bad-rows.</translation>
    </message>
    <message>
        <source>List the findings of every system, most severe first: severity, rule, system id and name, reason, framework items.</source>
        <translation>Liste les constats de chaque système, les plus graves d’abord&#xa0;: gravité, règle, id et nom du système, motif, éléments de référentiel.</translation>
    </message>
    <message>
        <source>Show how far the mappings cover each framework catalog: the share of mapped (system, item) pairs that are mitigated or not applicable, and the count per status.</source>
        <translation>Indique dans quelle mesure les correspondances couvrent chaque référentiel&#xa0;: la part des paires (système, élément) mises en correspondance qui sont atténuées ou non applicables, et le nombre par statut.</translation>
    </message>
    <message>
        <source>Print JSON: list, findings and coverage print an array of objects, show one object, import one report. JSON holds ids, ISO dates and plain numbers in every language; the tables show labels, dates and numbers as the window does.</source>
        <translation>Sortie en JSON&#xa0;: list, findings et coverage produisent un tableau d’objets, show un seul objet, import un rapport. Le JSON contient, dans toutes les langues, des identifiants, des dates ISO et des nombres bruts&#xa0;; les tableaux affichent libellés, dates et nombres comme la fenêtre.</translation>
    </message>
    <message>
        <source>Import runtime evidence of what systems did (JSON Lines, OpenTelemetry GenAI spans as OTLP JSON, or AWS CloudTrail) in one step; print how many events matched a system.</source>
        <translation>Importe en une étape les preuves d’exécution de ce qu’ont fait les systèmes (JSON Lines, spans OpenTelemetry GenAI en OTLP JSON, ou AWS CloudTrail)&#xa0;; indique combien d’événements correspondent à un système.</translation>
    </message>
    <message>
        <source>evidence: unknown action &quot;%1&quot;; usage: %2 %3</source>
        <translation>evidence&#xa0;: action «&#xa0;%1&#xa0;» inconnue&#xa0;; utilisation&#xa0;: %2 %3</translation>
    </message>
    <message>
        <source>evidence: unknown format &quot;%1&quot;; use jsonl, otlp or cloudtrail</source>
        <translation>evidence&#xa0;: format «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez jsonl, otlp ou cloudtrail</translation>
    </message>
    <message>
        <source>cannot tell the evidence format; give --format jsonl, otlp or cloudtrail</source>
        <translation>impossible de reconnaître le format des preuves&#xa0;; indiquez --format jsonl, otlp ou cloudtrail</translation>
    </message>
    <message>
        <source>Access-review campaigns: create one (prints its id), list them with progress, show one with its items and evidence, record decisions from a file, sign off or close it.</source>
        <translation>Campagnes de revue des accès&#xa0;: en crée une (affiche son ID), les liste avec leur avancement, en affiche une avec ses éléments et ses preuves, enregistre des décisions depuis un fichier, la valide ou la clôt.</translation>
    </message>
    <message>
        <source>review: a reviewer of the new campaign (create, repeat for several), or the reviewer who decides, signs off or closes; the audit log names them.</source>
        <translation>review&#xa0;: un réviseur de la nouvelle campagne (create, à répéter pour en indiquer plusieurs), ou le réviseur qui décide, valide ou clôt&#xa0;; le journal d’audit le nomme.</translation>
    </message>
    <message>
        <source>review create: which systems the campaign covers, e.g. &quot;is:nhi-risk stage:production&quot; (default: is:identity-subject is:nhi-risk).</source>
        <translation>review create&#xa0;: les systèmes que couvre la campagne, par ex. «&#xa0;is:nhi-risk stage:production&#xa0;» (par défaut&#xa0;: is:identity-subject is:nhi-risk).</translation>
    </message>
    <message>
        <source>review create: the due date.</source>
        <translation>review create&#xa0;: l’échéance.</translation>
    </message>
    <message>
        <source>review decide: the decisions, as {&quot;decisions&quot;: [{&quot;item&quot;: 12, &quot;decision&quot;: &quot;keep&quot;, &quot;justification&quot;: &quot;…&quot;}]}; all are recorded or none.</source>
        <translation>review decide&#xa0;: les décisions, sous la forme {&quot;decisions&quot;: [{&quot;item&quot;: 12, &quot;decision&quot;: &quot;keep&quot;, &quot;justification&quot;: &quot;…&quot;}]}&#xa0;; toutes sont enregistrées, ou aucune.</translation>
    </message>
    <message>
        <source>Write the systems (all, or those --filter keeps) or one campaign to FILE: a PDF report, CSV in the native layout that import reads back, or the whole workspace as JSON.</source>
        <translation>Écrit les systèmes (tous, ou ceux que garde --filter) ou une campagne dans FILE&#xa0;: un rapport PDF, du CSV au format natif que import relit, ou tout l’espace de travail en JSON.</translation>
    </message>
    <message>
        <source>export: the kind of file to write (required).</source>
        <translation>export&#xa0;: le type de fichier à écrire (obligatoire).</translation>
    </message>
    <message>
        <source>export: the file to write (required); it appears whole or not at all.</source>
        <translation>export&#xa0;: le fichier à écrire (obligatoire)&#xa0;; il apparaît entier ou pas du tout.</translation>
    </message>
    <message>
        <source>export: one review campaign: its decisions (csv), its report (pdf), or the workspace with only this campaign (json).</source>
        <translation>export&#xa0;: une campagne de revue&#xa0;: ses décisions (csv), son rapport (pdf), ou l’espace de travail avec cette seule campagne (json).</translation>
    </message>
    <message>
        <source>Copy the workspace SRC to DST, a new file or an empty PostgreSQL database (postgresql://…), or back; refused unless SRC&apos;s audit chain verifies and DST is new.</source>
        <translation>Copie l’espace de travail SRC vers DST, un nouveau fichier ou une base de données PostgreSQL vide (postgresql://…), ou dans l’autre sens&#xa0;; refusé si la chaîne d’audit de SRC n’est pas vérifiée ou si DST n’est pas nouveau.</translation>
    </message>
    <message>
        <source>List who holds which role (viewer, analyst, reviewer, admin) on a server workspace, and your own.</source>
        <translation>Liste qui détient quel rôle (viewer, analyst, reviewer, admin) dans un espace de travail sur serveur, ainsi que le vôtre.</translation>
    </message>
    <message>
        <source>Give the server user USER the role ROLE on a server workspace (admins only; audited).</source>
        <translation>Attribue à l’utilisateur du serveur USER le rôle ROLE dans un espace de travail sur serveur (administrateurs uniquement&#xa0;; consigné dans le journal d’audit).</translation>
    </message>
    <message>
        <source>Take the role ROLE away from the server user USER (admins only; audited).</source>
        <translation>Retire le rôle ROLE à l’utilisateur du serveur USER (administrateurs uniquement&#xa0;; consigné dans le journal d’audit).</translation>
    </message>
    <message>
        <source>A value from a list may also be given by its label, as list and show print it in the current language.</source>
        <translation>Une valeur de liste peut aussi être donnée par son libellé, tel que list et show l’affichent dans la langue courante.</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>This is not a Mandate mapping file.</source>
        <translation>Ce n’est pas un fichier de correspondance Mandate.</translation>
    </message>
    <message>
        <source>Mapping file version %1 is not supported.</source>
        <translation>La version %1 du fichier de correspondance n’est pas prise en charge.</translation>
    </message>
    <message>
        <source>The mapping file has no &quot;columns&quot; object.</source>
        <translation>Le fichier de correspondance n’a pas d’objet «&#xa0;columns&#xa0;».</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is mapped to &quot;%2&quot;, which is not a field.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» est associée à «&#xa0;%2&#xa0;», qui n’est pas un champ.</translation>
    </message>
    <message>
        <source>Columns &quot;%1&quot; and &quot;%2&quot; are both mapped to &quot;%3&quot;.</source>
        <translation>Les colonnes «&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;» sont toutes deux associées à «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; must map to a field id or to null.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» doit être associée à un identifiant de champ ou à null.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Add person %1</source>
        <translation>Ajouter la personne %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Modifier «&#xa0;%1&#xa0;» de %2</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln systems</source>
        <translation>
            <numerusform>Supprimer %Ln système</numerusform>
            <numerusform>Supprimer %Ln systèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
</context>
<context>
    <name>CoverageCommand</name>
    <message>
        <source>not mapped</source>
        <translation>non mis en correspondance</translation>
    </message>
    <message>
        <source>%L1 of %L2 covered</source>
        <translation>%L1 sur %L2 couverts</translation>
    </message>
</context>
<context>
    <name>CsvInventoryWriter</name>
    <message>
        <source>cannot write: %1</source>
        <translation>écriture impossible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file has no header record: it holds only blank lines</source>
        <translation>le fichier n’a pas de ligne d’en-tête&#xa0;: il ne contient que des lignes vides</translation>
    </message>
    <message>
        <source>columns %1 and %2 have the same name &quot;%3&quot;; rename one of them</source>
        <translation>les colonnes %1 et %2 portent le même nom «&#xa0;%3&#xa0;»&#xa0;; renommez l’une d’elles</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <source>the header has more than %L1 columns, the most a file may have</source>
        <translation>l’en-tête compte plus de %L1 colonnes, le maximum autorisé</translation>
    </message>
    <message>
        <source>this record has more fields than the %L1 columns of the header</source>
        <translation>cet enregistrement a plus de champs que les %L1 colonnes de l’en-tête</translation>
    </message>
    <message>
        <source>the quoted field that starts here is never closed</source>
        <translation>le champ entre guillemets qui commence ici n’est jamais fermé</translation>
    </message>
    <message>
        <source>the field that starts here is longer than %L1 characters, the limit; if it should not be, a quote is probably left open</source>
        <translation>le champ qui commence ici dépasse la limite de %L1 caractères&#xa0;; si ce n’est pas voulu, un guillemet est sans doute resté ouvert</translation>
    </message>
</context>
<context>
    <name>DashboardData</name>
    <message>
        <source>Identity subjects</source>
        <translation>Sujets d’identité</translation>
    </message>
    <message>
        <source>Not identity subjects</source>
        <translation>Pas des sujets d’identité</translation>
    </message>
    <message>
        <source>NHI risk</source>
        <translation>Risque NHI</translation>
    </message>
    <message>
        <source>NHI risk unknown</source>
        <translation>Risque NHI inconnu</translation>
    </message>
    <message>
        <source>No NHI risk</source>
        <translation>Aucun risque NHI</translation>
    </message>
    <message>
        <source>%1 severity findings</source>
        <translation>Constats de gravité « %1 »</translation>
    </message>
    <message>
        <source>%1 gaps</source>
        <translation>Lacunes de %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>someone else&apos;s change is still being written (an import, perhaps); nothing was changed. Try again in a moment.</source>
        <translation>la modification d’une autre personne est encore en cours d’écriture (peut-être une importation)&#xa0;; rien n’a été modifié. Réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>Demo data: %1, field &quot;%2&quot;: %3</source>
        <translation>Données de démonstration&#xa0;: %1, champ «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (expected one of: %2)</source>
        <translation>valeur inconnue «&#xa0;%1&#xa0;» (valeurs attendues&#xa0;: %2)</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>texte attendu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;</source>
        <translation>«&#xa0;%1&#xa0;» attendu</translation>
    </message>
    <message>
        <source>version %1 is not supported</source>
        <translation>la version %1 n’est pas prise en charge</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>liste attendue</translation>
    </message>
    <message>
        <source>person %1</source>
        <translation>personne %1</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>champ inconnu</translation>
    </message>
    <message>
        <source>a person needs a name</source>
        <translation>une personne doit avoir un nom</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>«&#xa0;%1&#xa0;» figure deux fois</translation>
    </message>
    <message>
        <source>credential %1</source>
        <translation>identifiant %1</translation>
    </message>
    <message>
        <source>credential &quot;%1&quot;</source>
        <translation>identifiant «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>names must be present and unique</source>
        <translation>les noms doivent être présents et uniques</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>system %1</source>
        <translation>système %1</translation>
    </message>
    <message>
        <source>system &quot;%1&quot;</source>
        <translation>système «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a system needs a name</source>
        <translation>un système doit avoir un nom</translation>
    </message>
    <message>
        <source>system &quot;%1&quot;, privilege %2</source>
        <translation>système «&#xa0;%1&#xa0;», privilège %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is also used by &quot;%2&quot;</source>
        <translation>«&#xa0;%1&#xa0;» est aussi utilisé par «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>no person named &quot;%1&quot;</source>
        <translation>aucune personne nommée «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <source>a privilege needs a target</source>
        <translation>un privilège doit avoir une cible</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true ou false attendu</translation>
    </message>
    <message>
        <source>no credential named &quot;%1&quot;</source>
        <translation>aucun identifiant nommé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Demo data: the built-in resource %1 is missing.</source>
        <translation>Données de démonstration&#xa0;: la ressource intégrée %1 est absente.</translation>
    </message>
    <message>
        <source>Demo data: not valid JSON at offset %1: %2</source>
        <translation>Données de démonstration&#xa0;: JSON non valide à la position %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>system &quot;%1&quot;, mapping %2</source>
        <translation>système «&#xa0;%1&#xa0;», correspondance %2</translation>
    </message>
    <message>
        <source>no item &quot;%1&quot; in a catalog &quot;%2&quot;</source>
        <translation>aucun élément «&#xa0;%1&#xa0;» dans un référentiel «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>DerivedFacts</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>A privilege of this system uses a credential</source>
        <translation>Un privilège de ce système utilise un identifiant</translation>
    </message>
    <message>
        <source>No privilege uses a credential</source>
        <translation>Aucun privilège n’utilise d’identifiant</translation>
    </message>
    <message>
        <source>%1 could not be ruled out (%2)</source>
        <translation>%1 n’a pas pu être exclu (%2)</translation>
    </message>
    <message>
        <source>Its output is an action, yet nothing gives it a path to execution</source>
        <translation>Sa sortie est une action, mais rien ne lui ouvre la voie de l’exécution</translation>
    </message>
    <message>
        <source>Holds a wildcard or admin privilege</source>
        <translation>Détient un privilège générique (wildcard) ou d’administration</translation>
    </message>
    <message>
        <source>Highest privilege scope: %1</source>
        <translation>Portée de privilège la plus élevée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Holds no privileges</source>
        <translation>Ne détient aucun privilège</translation>
    </message>
    <message>
        <source>Not known whether its output reaches execution</source>
        <translation>On ne sait pas si sa sortie atteint l’exécution</translation>
    </message>
    <message>
        <source>It acts, but does not select actions with tools</source>
        <translation>Il agit, mais ne choisit pas ses actions au moyen d’outils</translation>
    </message>
</context>
<context>
    <name>EvidenceCommand</name>
    <message>
        <source>%1: %L2 events, %L3 matched to systems (%L4 stored), %L5 naming no known system or credential</source>
        <translation>%1&#xa0;: %L2 événements, %L3 associés à des systèmes (%L4 enregistrés), %L5 sans système ni identifiant connu</translation>
    </message>
    <message>
        <source>  line %1: system &quot;%2&quot;, credential &quot;%3&quot; unknown</source>
        <translation>  ligne %1&#xa0;: système «&#xa0;%2&#xa0;», identifiant «&#xa0;%3&#xa0;» inconnus</translation>
    </message>
</context>
<context>
    <name>EvidenceReader</name>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>«&#xa0;%1&#xa0;» doit être une chaîne</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string or a number</source>
        <translation>«&#xa0;%1&#xa0;» doit être une chaîne ou un nombre</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>impossible d’ouvrir le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is compressed (gzip): decompress it first</source>
        <translation>le fichier est compressé (gzip)&#xa0;: décompressez-le d’abord</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>the line is longer than %1 bytes</source>
        <translation>la ligne dépasse %1 octets</translation>
    </message>
    <message>
        <source>the line is not valid JSON: %1</source>
        <translation>la ligne n’est pas du JSON valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>the line is not a JSON object</source>
        <translation>la ligne n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>there is no &quot;time&quot;</source>
        <translation>«&#xa0;time&#xa0;» est absent</translation>
    </message>
    <message>
        <source>the time %1 is earlier than the time on line %2 (%3): lines must be in time order</source>
        <translation>l’heure %1 précède celle de la ligne %2 (%3)&#xa0;: les lignes doivent être dans l’ordre chronologique</translation>
    </message>
    <message>
        <source>the line names neither a system (&quot;system_id&quot;) nor a credential (&quot;credential_id&quot;)</source>
        <translation>la ligne ne nomme ni système («&#xa0;system_id&#xa0;») ni identifiant («&#xa0;credential_id&#xa0;»)</translation>
    </message>
    <message>
        <source>the time &quot;%1&quot; is not an ISO 8601 date and time</source>
        <translation>l’heure «&#xa0;%1&#xa0;» n’est pas une date et heure ISO 8601</translation>
    </message>
    <message>
        <source>the time &quot;%1&quot; has no time zone: add Z or an offset such as +02:00</source>
        <translation>l’heure «&#xa0;%1&#xa0;» n’a pas de fuseau&#xa0;: ajoutez Z ou un décalage comme +02:00</translation>
    </message>
    <message>
        <source>the time %1 is in the future</source>
        <translation>l’heure %1 est dans le futur</translation>
    </message>
    <message>
        <source>span %1: %2</source>
        <translation>span %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>record %1: %2</source>
        <translation>enregistrement %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB, the most this format can be read at once</source>
        <translation>le fichier dépasse %1 Mo, le maximum que ce format permet de lire d’un coup</translation>
    </message>
    <message>
        <source>the file is not valid JSON: %1</source>
        <translation>le fichier n’est pas du JSON valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>this is not an OTLP JSON trace export: there is no &quot;resourceSpans&quot; array</source>
        <translation>ce n’est pas un export de traces OTLP JSON&#xa0;: le tableau «&#xa0;resourceSpans&#xa0;» est absent</translation>
    </message>
    <message>
        <source>there is no start time (&quot;startTimeUnixNano&quot;)</source>
        <translation>l’heure de début («&#xa0;startTimeUnixNano&#xa0;») est absente</translation>
    </message>
    <message>
        <source>the start time &quot;%1&quot; is not a number of nanoseconds since 1970</source>
        <translation>l’heure de début «&#xa0;%1&#xa0;» n’est pas un nombre de nanosecondes depuis 1970</translation>
    </message>
    <message>
        <source>the span names neither an agent (&quot;gen_ai.agent.id&quot;) nor a service (&quot;service.name&quot;)</source>
        <translation>le span ne nomme ni agent («&#xa0;gen_ai.agent.id&#xa0;») ni service («&#xa0;service.name&#xa0;»)</translation>
    </message>
    <message>
        <source>this is not a CloudTrail log: there is no &quot;Records&quot; array</source>
        <translation>ce n’est pas un journal CloudTrail&#xa0;: le tableau «&#xa0;Records&#xa0;» est absent</translation>
    </message>
    <message>
        <source>the record is not a JSON object</source>
        <translation>l’enregistrement n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>there is no &quot;eventTime&quot;</source>
        <translation>«&#xa0;eventTime&#xa0;» est absent</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>missing arguments</source>
        <translation>arguments manquants</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 est obligatoire</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use pdf, csv or json</source>
        <translation>format inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez pdf, csv ou json</translation>
    </message>
    <message>
        <source>%1 does not apply to a campaign&apos;s CSV</source>
        <translation>%1 ne s’applique pas au CSV d’une campagne</translation>
    </message>
    <message>
        <source>is a folder; give the file to write</source>
        <translation>est un dossier&#xa0;; indiquez le fichier à écrire</translation>
    </message>
    <message>
        <source>no review campaign with id %1</source>
        <translation>aucune campagne de revue avec l’ID %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln review item(s) of campaign %1 to %2</source>
        <translation>
            <numerusform>%Ln élément de revue de la campagne %1 écrit dans %2</numerusform>
            <numerusform>%Ln éléments de revue de la campagne %1 écrits dans %2</numerusform>
        </translation>
    </message>
    <message>
        <source>no system matches the filter &quot;%1&quot;</source>
        <translation>aucun système ne correspond au filtre «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln system(s) to %1</source>
        <translation>
            <numerusform>%Ln système écrit dans %1</numerusform>
            <numerusform>%Ln systèmes écrits dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filtre&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote a report on %Ln system(s), %L1 pages, to %2</source>
        <translation>
            <numerusform>Rapport sur %Ln système, %L1 pages, écrit dans %2</numerusform>
            <numerusform>Rapport sur %Ln systèmes, %L1 pages, écrit dans %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the report of campaign %1, %Ln page(s), to %2</source>
        <translation>
            <numerusform>Rapport de la campagne %1, %Ln page, écrit dans %2</numerusform>
            <numerusform>Rapport de la campagne %1, %Ln pages, écrit dans %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldValue</name>
    <message>
        <source>any text</source>
        <translation>texte libre</translation>
    </message>
    <message>
        <source>text, not empty</source>
        <translation>texte non vide</translation>
    </message>
    <message>
        <source>a person&apos;s name, empty to clear</source>
        <translation>nom d’une personne, vide pour effacer</translation>
    </message>
    <message>
        <source>days from 0 to 3650; 0 for the default</source>
        <translation>jours de 0 à 3650&#xa0;; 0 pour la valeur par défaut</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, empty to clear</source>
        <translation>AAAA-MM-JJ, vide pour effacer</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>un objet JSON</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>oui ou non</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Identity subject without a technical or business owner</source>
        <translation>Sujet d’identité sans responsable technique ni métier</translation>
    </message>
    <message>
        <source>NHI risk without a technical or business owner</source>
        <translation>Risque NHI sans responsable technique ni métier</translation>
    </message>
    <message>
        <source>Identity subject without an offboarding plan</source>
        <translation>Sujet d’identité sans plan de décommissionnement</translation>
    </message>
    <message>
        <source>NHI risk without an offboarding plan</source>
        <translation>Risque NHI sans plan de décommissionnement</translation>
    </message>
    <message>
        <source>Recorded as %1, but its behaviour suggests %2</source>
        <translation>Enregistré comme %1, mais son comportement suggère %2</translation>
    </message>
    <message>
        <source>Identity subject never reviewed</source>
        <translation>Sujet d’identité jamais revu</translation>
    </message>
    <message>
        <source>Identity subject last reviewed on %1, review due on %2</source>
        <translation>Sujet d’identité revu le %1, revue due le %2</translation>
    </message>
    <message>
        <source>Operated by a vendor and holds the organisation&apos;s credentials</source>
        <translation>Exploité par un fournisseur et détenteur d’identifiants de l’organisation</translation>
    </message>
    <message>
        <source>A secret-looking value was found in its imported data and stored redacted</source>
        <translation>Une valeur ressemblant à un secret a été trouvée dans ses données importées et stockée masquée</translation>
    </message>
    <message>
        <source>Credential %1 never expires</source>
        <translation>L’identifiant %1 n’expire jamais</translation>
    </message>
    <message>
        <source>Credential %1 never expires and was last rotated on %2, more than %3 days ago</source>
        <translation>L’identifiant %1 n’expire jamais et a été renouvelé pour la dernière fois le %2, il y a plus de %3 jours</translation>
    </message>
    <message>
        <source>Credential %1 last rotated on %2, more than %3 days ago</source>
        <translation>Identifiant %1 renouvelé pour la dernière fois le %2, il y a plus de %3 jours</translation>
    </message>
    <message>
        <source>Credential %1 never expires and has not been rotated since its creation on %2, more than %3 days ago</source>
        <translation>L’identifiant %1 n’expire jamais et n’a pas été renouvelé depuis sa création le %2, il y a plus de %3 jours</translation>
    </message>
    <message>
        <source>Credential %1 not rotated since its creation on %2, more than %3 days ago</source>
        <translation>Identifiant %1 non renouvelé depuis sa création le %2, il y a plus de %3 jours</translation>
    </message>
    <message>
        <source>Identity subject acts on %1 with no logging</source>
        <translation>Le sujet d’identité agit sur %1 sans journalisation</translation>
    </message>
    <message>
        <source>Wildcard scope (%1) on %2 without a justification</source>
        <translation>Portée générique (%1) sur %2 sans justification</translation>
    </message>
    <message>
        <source>Admin scope on %1 without a justification</source>
        <translation>Portée d’administration sur %1 sans justification</translation>
    </message>
    <message>
        <source>Handoff point on %1 without an approval gate (%2)</source>
        <translation>Point de passage sur %1 sans étape d’approbation (%2)</translation>
    </message>
    <message>
        <source>Credential %1 is stored outside a secrets manager (%2)</source>
        <translation>L’identifiant %1 est stocké hors d’un gestionnaire de secrets (%2)</translation>
    </message>
    <message>
        <source>Credential %1 is used by %2 systems</source>
        <translation>L’identifiant %1 est utilisé par %2 systèmes</translation>
    </message>
    <message>
        <source>Credential %1 is used in production and in %2</source>
        <translation>L’identifiant %1 est utilisé en production et en %2</translation>
    </message>
    <message>
        <source>People also use credential %1</source>
        <translation>Des personnes utilisent aussi l’identifiant %1</translation>
    </message>
    <message>
        <source>Credential %1 is a static API key where workload identity or OAuth is possible</source>
        <translation>L’identifiant %1 est une clé d’API statique là où une identité de charge de travail ou OAuth est possible</translation>
    </message>
    <message numerus="yes">
        <source>Observed &quot;%1&quot; on %2 %Ln times, beyond the declared scope</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» observé sur %2 %Ln fois, au-delà de la portée déclarée</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» observé sur %2 %Ln fois, au-delà de la portée déclarée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Observed &quot;%1&quot; on %2 %Ln times, which no declared privilege covers</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» observé sur %2 %Ln fois, sans privilège déclaré qui le couvre</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» observé sur %2 %Ln fois, sans privilège déclaré qui le couvre</numerusform>
        </translation>
    </message>
    <message>
        <source>Declared privilege on %1 (%2) not used between %3 and %4</source>
        <translation>Privilège déclaré sur %1 (%2) non utilisé entre %3 et %4</translation>
    </message>
</context>
<context>
    <name>FrameworkCatalog</name>
    <message>
        <source>this is not valid JSON (%1)</source>
        <translation>ce n’est pas du JSON valide (%1)</translation>
    </message>
    <message>
        <source>a catalog is a JSON object with &quot;catalog&quot;, &quot;name&quot;, &quot;version&quot;, &quot;source&quot; and &quot;items&quot;</source>
        <translation>un catalogue est un objet JSON avec «&#xa0;catalog&#xa0;», «&#xa0;name&#xa0;», «&#xa0;version&#xa0;», «&#xa0;source&#xa0;» et «&#xa0;items&#xa0;»</translation>
    </message>
    <message>
        <source>the catalog has no id in &quot;catalog&quot;</source>
        <translation>le catalogue n’a pas d’identifiant dans «&#xa0;catalog&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;prefixes&quot; is not a list of names such as [&quot;CSF&quot;]</source>
        <translation>«&#xa0;prefixes&#xa0;» n’est pas une liste de noms comme [&quot;CSF&quot;]</translation>
    </message>
    <message>
        <source>&quot;items&quot; is missing or is not a list of items</source>
        <translation>«&#xa0;items&#xa0;» manque ou n’est pas une liste d’éléments</translation>
    </message>
    <message>
        <source>the catalog has no items</source>
        <translation>le catalogue n’a aucun élément</translation>
    </message>
    <message>
        <source>item %1 has no &quot;id&quot;</source>
        <translation>l’élément %1 n’a pas d’«&#xa0;id&#xa0;»</translation>
    </message>
    <message>
        <source>item %1 (%2) has no &quot;title&quot;</source>
        <translation>l’élément %1 (%2) n’a pas de «&#xa0;title&#xa0;»</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used twice, by items %2 and %3</source>
        <translation>l’identifiant «&#xa0;%1&#xa0;» est utilisé deux fois, par les éléments %2 et %3</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>le fichier ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>item %1 (%2): &quot;%3&quot; is not text</source>
        <translation>l’élément %1 (%2)&#xa0;: «&#xa0;%3&#xa0;» n’est pas du texte</translation>
    </message>
</context>
<context>
    <name>ImportAnalyzer</name>
    <message>
        <source>the key &quot;%1&quot; is also on line %2</source>
        <translation>la clé «&#xa0;%1&#xa0;» figure aussi à la ligne %2</translation>
    </message>
    <message numerus="yes">
        <source>the key &quot;%1&quot; matches %n systems in the workspace</source>
        <translation>
            <numerusform>la clé «&#xa0;%1&#xa0;» correspond à %n système de l’espace de travail</numerusform>
            <numerusform>la clé «&#xa0;%1&#xa0;» correspond à %n systèmes de l’espace de travail</numerusform>
        </translation>
    </message>
    <message>
        <source>a new system needs a name</source>
        <translation>un nouveau système doit avoir un nom</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>%1: cannot read the mapping file: %2</source>
        <translation>%1&#xa0;: impossible de lire le fichier de correspondance&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: the mapping file is not valid JSON: %4</source>
        <translation>%1, ligne %2, colonne %3&#xa0;: le fichier de correspondance n’est pas du JSON valide&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the mapping file is not a JSON object</source>
        <translation>le fichier de correspondance n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>%1: rows with problems: %L2; --abort-on-bad-rows was given, so nothing was imported</source>
        <translation>%1&#xa0;: lignes problématiques&#xa0;: %L2&#xa0;; --abort-on-bad-rows a été indiqué, rien n’a donc été importé</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>%1, line %2, column &quot;%3&quot;</source>
        <translation>%1, ligne %2, colonne «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>%1: read as %2.</source>
        <translation>%1&#xa0;: lu comme %2.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2 redacted (%3)</source>
        <translation>%1&#xa0;: secret masqué (%2, %3)</translation>
    </message>
    <message>
        <source>Conflict: %1, %2: workspace &quot;%3&quot;, file &quot;%4&quot;; the file&apos;s value is taken.</source>
        <translation>Conflit&#xa0;: %1, %2&#xa0;: espace de travail «&#xa0;%3&#xa0;», fichier «&#xa0;%4&#xa0;»&#xa0;; la valeur du fichier est retenue.</translation>
    </message>
    <message>
        <source>Conflict: %1, %2: workspace &quot;%3&quot;, file &quot;%4&quot;; the workspace value is kept.</source>
        <translation>Conflit&#xa0;: %1, %2&#xa0;: espace de travail «&#xa0;%3&#xa0;», fichier «&#xa0;%4&#xa0;»&#xa0;; la valeur de l’espace de travail est conservée.</translation>
    </message>
    <message>
        <source>Rows: %L1; new: %L2; changed: %L3; unchanged: %L4; skipped bad rows: %L5; conflicts: %L6, kept: %L7; missing from the file: %L8.</source>
        <translation>Lignes&#xa0;: %L1&#xa0;; nouveaux&#xa0;: %L2&#xa0;; modifiés&#xa0;: %L3&#xa0;; inchangés&#xa0;: %L4&#xa0;; lignes erronées ignorées&#xa0;: %L5&#xa0;; conflits&#xa0;: %L6, dont conservés&#xa0;: %L7&#xa0;; absents du fichier&#xa0;: %L8.</translation>
    </message>
    <message>
        <source>New people: %1.</source>
        <translation>Nouvelles personnes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Imported into %1.</source>
        <translation>Importé dans %1.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulation&#xa0;: rien n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>ImportPass</name>
    <message>
        <source>the column mapping does not fit: %1</source>
        <translation>la correspondance des colonnes ne convient pas&#xa0;: %1</translation>
    </message>
    <message>
        <source>columns %1 and %2 are both called &quot;%3&quot;; rename one or map them by hand</source>
        <translation>les colonnes %1 et %2 s’appellent toutes deux «&#xa0;%3&#xa0;»&#xa0;; renommez l’une d’elles ou associez-les à la main</translation>
    </message>
    <message>
        <source>Column %1 repeats the name &quot;%2&quot;; it is kept as &quot;%3&quot;.</source>
        <translation>La colonne %1 reprend le nom «&#xa0;%2&#xa0;»&#xa0;; elle est gardée sous le nom «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>the file has no column &quot;%1&quot; to match by</source>
        <translation>le fichier n’a pas de colonne «&#xa0;%1&#xa0;» pour le rapprochement</translation>
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <source>The import was cancelled.</source>
        <translation>L’importation a été annulée.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows have problems and skipping them was not chosen; nothing was imported.</source>
        <translation>
            <numerusform>%Ln ligne pose problème et l’option de l’ignorer n’a pas été choisie&#xa0;; rien n’a été importé.</numerusform>
            <numerusform>%Ln lignes posent problème et l’option de les ignorer n’a pas été choisie&#xa0;; rien n’a été importé.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace cannot be written: %1</source>
        <translation>Impossible d’écrire l’espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>L’importation a été annulée&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>The file changed since it was checked; nothing was imported. Check it again.</source>
        <translation>Le fichier a changé depuis sa vérification&#xa0;; rien n’a été importé. Vérifiez-le à nouveau.</translation>
    </message>
    <message>
        <source>“%1” was changed by someone else after the file was checked, so its %2 cannot be set as checked; nothing was imported. Check the file again to compare it with the workspace as it is now.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié par quelqu’un d’autre après la vérification du fichier&#xa0;: son champ %2 ne peut donc pas être défini comme vérifié&#xa0;; rien n’a été importé. Vérifiez de nouveau le fichier pour le comparer à l’espace de travail tel qu’il est maintenant.</translation>
    </message>
</context>
<context>
    <name>InventoryReport</name>
    <message>
        <source>M</source>
        <comment>coverage matrix: mitigated</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>P</source>
        <comment>coverage matrix: partial</comment>
        <translation>P</translation>
    </message>
    <message>
        <source>G</source>
        <comment>coverage matrix: gap</comment>
        <translation>L</translation>
    </message>
    <message>
        <source>N/A</source>
        <comment>coverage matrix: not applicable</comment>
        <translation>s.o.</translation>
    </message>
    <message>
        <source>AI system inventory review</source>
        <translation>Revue de l’inventaire des systèmes d’IA</translation>
    </message>
    <message>
        <source>%1, prepared by %2</source>
        <translation>%1, établi par %2</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systèmes</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln systems)</source>
        <translation>
            <numerusform>%1 (%Ln système)</numerusform>
            <numerusform>%1 (%Ln systèmes)</numerusform>
        </translation>
    </message>
    <message>
        <source>All systems</source>
        <translation>Tous les systèmes</translation>
    </message>
    <message>
        <source>The head hash fixes the workspace&apos;s audit log at the time of this report: `mandate-cli verify` on the workspace prints the same hash while nothing has changed since.</source>
        <translation>L’empreinte de tête fige le journal d’audit de l’espace de travail au moment de ce rapport&#xa0;: `mandate-cli verify` sur l’espace de travail affiche la même empreinte tant que rien n’a changé depuis.</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Identity subjects</source>
        <translation>Sujets d’identité</translation>
    </message>
    <message>
        <source>With NHI risk</source>
        <translation>Avec risque NHI</translation>
    </message>
    <message>
        <source>Privileges</source>
        <translation>Privilèges</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Systems per paradigm (as recorded)</source>
        <translation>Systèmes par paradigme (tel qu’enregistré)</translation>
    </message>
    <message>
        <source>Findings by severity</source>
        <translation>Constats par gravité</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Findings by rule</source>
        <translation>Constats par règle</translation>
    </message>
    <message>
        <source>Framework coverage</source>
        <translation>Couverture des référentiels</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Mapped pairs</source>
        <translation>Paires mises en correspondance</translation>
    </message>
    <message>
        <source>Mitigated or not applicable</source>
        <translation>Atténuées ou non applicables</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Systems with open items</source>
        <translation>Systèmes avec des éléments ouverts</translation>
    </message>
    <message>
        <source>not mapped</source>
        <translation>sans correspondance</translation>
    </message>
    <message>
        <source>Coverage counts only the system and item pairs an analyst has mapped: of those, the share mitigated or not applicable.</source>
        <translation>La couverture ne compte que les paires système-élément qu’un analyste a mises en correspondance&#xa0;: parmi elles, la part atténuée ou non applicable.</translation>
    </message>
    <message>
        <source>The four-paradigm map</source>
        <translation>La carte des quatre paradigmes</translation>
    </message>
    <message>
        <source>Each system sits in the region of its recorded paradigm, at the height of its access footprint; colour shows its most severe finding, a diamond an identity subject, a ring a classifier that suggests another paradigm.</source>
        <translation>Chaque système se trouve dans la région de son paradigme enregistré, à la hauteur de son empreinte d’accès&#xa0;; la couleur montre son constat le plus grave, un losange un sujet d’identité, un anneau un classificateur qui suggère un autre paradigme.</translation>
    </message>
    <message>
        <source>Appendix: coverage matrix per catalog</source>
        <translation>Annexe&#xa0;: matrice de couverture par catalogue</translation>
    </message>
    <message>
        <source>M mitigated, P partial, G gap, N/A not applicable, blank not mapped. Only systems and items with at least one mapping are listed.</source>
        <translation>A atténué, P partiel, L lacune, s.o. sans objet, vide sans correspondance. Seuls les systèmes et éléments ayant au moins une correspondance sont listés.</translation>
    </message>
    <message>
        <source>No system in scope is mapped against this catalog.</source>
        <translation>Aucun système du périmètre n’a de correspondance avec ce catalogue.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Index of systems</source>
        <translation>Index des systèmes</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>ID externe</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
</context>
<context>
    <name>JsonInventoryReader</name>
    <message>
        <source>the file holds a NUL byte: it is binary, not JSON text</source>
        <translation>le fichier contient un octet NUL&#xa0;: il est binaire, pas du texte JSON</translation>
    </message>
    <message>
        <source>the bytes here are not valid UTF-8, and JSON files must be UTF-8</source>
        <translation>les octets ici ne sont pas de l’UTF-8 valide, et les fichiers JSON doivent être en UTF-8</translation>
    </message>
    <message>
        <source>the JSON is nested more than %1 levels deep here; no inventory needs that, so the file is refused</source>
        <translation>le JSON est imbriqué ici sur plus de %1 niveaux&#xa0;; aucun inventaire n’en a besoin, le fichier est donc refusé</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>expected a JSON array of objects, or an object holding one such as {&quot;systems&quot;: [...]}, but the file does not start with [ or {</source>
        <translation>un tableau JSON d’objets, ou un objet qui en contient un comme {&quot;systems&quot;: [...]}, était attendu, mais le fichier ne commence ni par [ ni par {</translation>
    </message>
    <message>
        <source>the file ends before the JSON is complete; it may be truncated</source>
        <translation>le fichier se termine avant la fin du JSON&#xa0;; il est peut-être tronqué</translation>
    </message>
    <message>
        <source>this is not valid JSON (%1)</source>
        <translation>ce n’est pas du JSON valide (%1)</translation>
    </message>
    <message>
        <source>expected an array of objects, or an object holding one such as {&quot;systems&quot;: [...]}, but this object holds no array</source>
        <translation>un tableau d’objets, ou un objet qui en contient un comme {&quot;systems&quot;: [...]}, était attendu, mais cet objet ne contient aucun tableau</translation>
    </message>
    <message>
        <source>this object holds several arrays (%1); name the one with the systems &quot;systems&quot;</source>
        <translation>cet objet contient plusieurs tableaux (%1)&#xa0;; nommez «&#xa0;systems&#xa0;» celui qui contient les systèmes</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <source>element %1 of the array is not an object, so it cannot be an AI system</source>
        <translation>l’élément %1 du tableau n’est pas un objet et ne peut donc pas être un système d’IA</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>le fichier ne peut pas être lu</translation>
    </message>
    <message>
        <source>this is an SPDX 2 document; only SPDX 3.0.1 JSON-LD with the AI profile is supported</source>
        <translation>c’est un document SPDX 2&#xa0;; seul SPDX 3.0.1 JSON-LD avec le profil IA est pris en charge</translation>
    </message>
    <message>
        <source>expected one JSON object (an %1 document), but the file holds an array</source>
        <translation>un objet JSON (un document %1) était attendu, mais le fichier contient un tableau</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
</context>
<context>
    <name>Mandate::AuditLogDock</name>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Journal d’audit</translation>
    </message>
    <message>
        <source>&amp;Verify audit log</source>
        <translation>&amp;Vérifier le journal d’audit</translation>
    </message>
    <message>
        <source>Check that no audit log entry was changed, removed or reordered</source>
        <translation>Vérifie qu’aucune entrée du journal d’audit n’a été modifiée, supprimée ou réordonnée</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entrée</numerusform>
            <numerusform>%Ln entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n’est ouvert.</translation>
    </message>
    <message>
        <source>Audit log intact</source>
        <translation>Journal d’audit intact</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %Ln entries, last hash %1.</source>
        <translation>
            <numerusform>Le journal d’audit est intact&#xa0;: %Ln entrée, dernier hachage %1.</numerusform>
            <numerusform>Le journal d’audit est intact&#xa0;: %Ln entrées, dernier hachage %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log damaged</source>
        <translation>Journal d’audit endommagé</translation>
    </message>
    <message>
        <source>The audit log is not intact. %1</source>
        <translation>Le journal d’audit n’est pas intact. %1</translation>
    </message>
</context>
<context>
    <name>Mandate::AuditLogModel</name>
    <message>
        <source>Hash: %1</source>
        <translation>Hachage&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <comment>entity and its id</comment>
        <translation>%1 n°%2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horodatage</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analyste</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <source>Create</source>
        <comment>audit action</comment>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Update</source>
        <comment>audit action</comment>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>audit action</comment>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>audit action</comment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <comment>audit action</comment>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>System</source>
        <comment>audited entity</comment>
        <translation>Système</translation>
    </message>
    <message>
        <source>Person</source>
        <comment>audited entity</comment>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Privilege</source>
        <comment>audited entity</comment>
        <translation>Privilège</translation>
    </message>
    <message>
        <source>Credential</source>
        <comment>audited entity</comment>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Mapping</source>
        <comment>audited entity</comment>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>Workspace</source>
        <comment>audited entity</comment>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>audited field</comment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Target</source>
        <comment>audited field of a privilege</comment>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Privileges</source>
        <comment>audited field</comment>
        <translation>Privilèges</translation>
    </message>
    <message>
        <source>Grant role</source>
        <comment>audit action</comment>
        <translation>Accorder un rôle</translation>
    </message>
    <message>
        <source>Revoke role</source>
        <comment>audit action</comment>
        <translation>Retirer un rôle</translation>
    </message>
    <message>
        <source>Migrate</source>
        <comment>audit action</comment>
        <translation>Migrer</translation>
    </message>
    <message>
        <source>Role</source>
        <comment>audited entity</comment>
        <translation>Rôle</translation>
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
        <translation>%1 (rien de mis en correspondance)</translation>
    </message>
</context>
<context>
    <name>Mandate::BehaviourEditor</name>
    <message>
        <source>Behaviour</source>
        <translation>Comportement</translation>
    </message>
    <message>
        <source>What the system produces: explanations, predictions, content or actions</source>
        <translation>Ce que produit le système&#xa0;: explications, prédictions, contenus ou actions</translation>
    </message>
    <message>
        <source>Chooses its own next steps at runtime</source>
        <translation>Choisit lui-même ses prochaines étapes à l’exécution</translation>
    </message>
    <message>
        <source>Invokes tools, functions, APIs, plugins or MCP servers</source>
        <translation>Appelle des outils, fonctions, API, plug-ins ou serveurs MCP</translation>
    </message>
    <message>
        <source>Whether a person approves before anything is executed</source>
        <translation>Si une personne approuve avant toute exécution</translation>
    </message>
    <message>
        <source>Holds or can use secrets, tokens, keys or service accounts</source>
        <translation>Détient ou peut utiliser des secrets, jetons, clés ou comptes de service</translation>
    </message>
    <message>
        <source>Completes workflows that change systems outside the model</source>
        <translation>Mène à terme des processus qui modifient des systèmes extérieurs au modèle</translation>
    </message>
    <message>
        <source>Its output reaches a handoff point without being re-typed by a person</source>
        <translation>Sa sortie atteint un point de transfert sans être ressaisie par une personne</translation>
    </message>
    <message>
        <source>Keeps memory across sessions, which widens the threat surface</source>
        <translation>Conserve une mémoire d’une session à l’autre, ce qui élargit la surface d’attaque</translation>
    </message>
    <message>
        <source>Works with or delegates to other agents</source>
        <translation>Coopère avec d’autres agents ou leur délègue des tâches</translation>
    </message>
</context>
<context>
    <name>Mandate::CampaignTableModel</name>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Scope: every system</source>
        <translation>Périmètre&#xa0;: tous les systèmes</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Périmètre&#xa0;: %1</translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 sur %L2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Réviseurs</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
</context>
<context>
    <name>Mandate::CoverageDock</name>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>&amp;Coverage matrix</source>
        <translation>Matrice de &amp;couverture</translation>
    </message>
    <message>
        <source>Load framework &amp;catalog…</source>
        <translation>Charger un &amp;référentiel…</translation>
    </message>
    <message>
        <source>Add a framework catalog file (a newer list, an in-house standard) to this workspace</source>
        <translation>Ajouter à cet espace de travail un fichier de référentiel (une liste plus récente, une norme interne)</translation>
    </message>
    <message>
        <source>The framework catalog whose items are the columns</source>
        <translation>Le référentiel dont les éléments forment les colonnes</translation>
    </message>
    <message>
        <source>Filter systems by name</source>
        <translation>Filtrer les systèmes par nom</translation>
    </message>
    <message>
        <source>Selected systems only</source>
        <translation>Systèmes sélectionnés uniquement</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No mappings yet</source>
        <translation>Aucune correspondance pour l’instant</translation>
    </message>
    <message>
        <source>Coverage: %1 % (%L2 of %L3 mapped pairs covered)</source>
        <translation>Couverture&#xa0;: %1 % (%L2 sur %L3 paires mises en correspondance couvertes)</translation>
    </message>
    <message>
        <source>%1 was not loaded: %2</source>
        <translation>%1 n’a pas été chargé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Load framework catalog</source>
        <translation>Charger un référentiel</translation>
    </message>
    <message>
        <source>Framework catalogs (*.json)</source>
        <translation>Référentiels (*.json)</translation>
    </message>
</context>
<context>
    <name>Mandate::CredentialTableModel</name>
    <message>
        <source>No system&apos;s privileges use this credential</source>
        <translation>Aucun privilège d’un système n’utilise cet identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Last rotated</source>
        <translation>Dernier renouvellement</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Environnements</translation>
    </message>
    <message>
        <source>Used by people</source>
        <translation>Utilisé par des personnes</translation>
    </message>
    <message>
        <source>Systems using it</source>
        <translation>Systèmes qui l’utilisent</translation>
    </message>
    <message>
        <source>“%1” is not one of the values this column takes.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas l’une des valeurs de cette colonne.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as year-month-day, such as 2026-03-31.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date&#xa0;; écrivez année-mois-jour, par exemple 2026-03-31.</translation>
    </message>
</context>
<context>
    <name>Mandate::CredentialsDialog</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>Only what is known about each credential is kept here, never the secret itself. Double-click a cell to edit it; each change can be undone.</source>
        <translation>Seul ce que l’on sait de chaque identifiant est conservé ici, jamais le secret lui-même. Double-cliquez sur une cellule pour la modifier&#xa0;; chaque changement peut être annulé.</translation>
    </message>
    <message>
        <source>A credential that privileges still use cannot be removed</source>
        <translation>Un identifiant encore utilisé par des privilèges ne peut pas être retiré</translation>
    </message>
    <message>
        <source>new credential</source>
        <translation>nouvel identifiant</translation>
    </message>
    <message>
        <source>new credential %1</source>
        <translation>nouvel identifiant %1</translation>
    </message>
</context>
<context>
    <name>Mandate::CustomAttributesView</name>
    <message>
        <source>Imported attributes</source>
        <translation>Attributs importés</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Columns of an imported file that match no field are kept here as they came</source>
        <translation>Les colonnes d’un fichier importé qui ne correspondent à aucun champ sont conservées ici telles quelles</translation>
    </message>
    <message>
        <source>Found on %1 while importing %2</source>
        <translation>Trouvé le %1 lors de l’importation de %2</translation>
    </message>
    <message>
        <source>%1: a secret (%2) was redacted from column “%3”, line %4 in %5</source>
        <translation>%1&#xa0;: un secret (%2) a été masqué dans %5, colonne «&#xa0;%3&#xa0;», ligne %4</translation>
    </message>
    <message>
        <source>%1: %2 (column “%3”, line %4 in %5)</source>
        <translation>%1&#xa0;: %2 (%5, colonne «&#xa0;%3&#xa0;», ligne %4)</translation>
    </message>
</context>
<context>
    <name>Mandate::DashboardDock</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>D&amp;ashboard</source>
        <translation>Tableau de &amp;bord</translation>
    </message>
    <message>
        <source>Systems per paradigm</source>
        <translation>Systèmes par paradigme</translation>
    </message>
    <message>
        <source>Identity subjects</source>
        <translation>Sujets d’identité</translation>
    </message>
    <message>
        <source>NHI risk</source>
        <translation>Risque NHI</translation>
    </message>
    <message>
        <source>Findings by severity</source>
        <translation>Constats par gravité</translation>
    </message>
    <message>
        <source>Findings by rule</source>
        <translation>Constats par règle</translation>
    </message>
    <message>
        <source>Framework coverage (% of mapped items)</source>
        <translation>Couverture des référentiels (% des éléments mis en correspondance)</translation>
    </message>
    <message>
        <source>Lifecycle stages</source>
        <translation>Étapes du cycle de vie</translation>
    </message>
    <message>
        <source>%1, %2. Click a bar to show its systems in the inventory.</source>
        <translation>%1, %2. Cliquez sur une barre pour afficher ses systèmes dans l’inventaire.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln system(s)</source>
        <translation>
            <numerusform>%Ln système</numerusform>
            <numerusform>%Ln systèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>%Ln constat</numerusform>
            <numerusform>%Ln constats</numerusform>
        </translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n’est ouvert.</translation>
    </message>
</context>
<context>
    <name>Mandate::DerivedFactsView</name>
    <message>
        <source>Derived facts</source>
        <translation>Faits déduits</translation>
    </message>
    <message>
        <source>Identity subject</source>
        <translation>Sujet d’identité</translation>
    </message>
    <message>
        <source>Selects actions, uses tools and executes with no approval gate: govern it as an identity with an owner, scoped privileges and offboarding</source>
        <translation>Choisit ses actions, utilise des outils et exécute sans étape d’approbation&#xa0;: à gouverner comme une identité, avec un responsable, des privilèges délimités et un décommissionnement</translation>
    </message>
    <message>
        <source>NHI risk</source>
        <translation>Risque NHI</translation>
    </message>
    <message>
        <source>Holds credentials, invokes tools or changes external systems</source>
        <translation>Détient des identifiants, appelle des outils ou modifie des systèmes externes</translation>
    </message>
    <message>
        <source>Runtime authority</source>
        <translation>Autorité d’exécution</translation>
    </message>
    <message>
        <source>How far its output reaches: informs, generates, gated or autonomous execution</source>
        <translation>Jusqu’où porte sa sortie&#xa0;: informe, génère, exécution approuvée ou exécution autonome</translation>
    </message>
    <message>
        <source>Suggested paradigm</source>
        <translation>Paradigme suggéré</translation>
    </message>
    <message>
        <source>The paradigm its behaviour points to, whatever it is called</source>
        <translation>Le paradigme qu’indique son comportement, quelle que soit son appellation</translation>
    </message>
    <message>
        <source>Access footprint</source>
        <translation>Empreinte d’accès</translation>
    </message>
    <message>
        <source>The highest privilege it holds, and whether it holds credentials</source>
        <translation>Le privilège le plus élevé qu’il détient, et s’il détient des identifiants</translation>
    </message>
    <message>
        <source>No paradigm is recorded; the behaviour suggests %1.</source>
        <translation>Aucun paradigme n’est enregistré&#xa0;; le comportement suggère «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Recorded as %1, but the behaviour suggests %2.</source>
        <translation>Enregistré comme «&#xa0;%1&#xa0;», mais le comportement suggère «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Mandate::EditActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Add system</source>
        <translation>A&amp;jouter un système</translation>
    </message>
    <message>
        <source>Add a new system to the inventory</source>
        <translation>Ajoute un nouveau système à l’inventaire</translation>
    </message>
    <message>
        <source>&amp;Delete systems...</source>
        <translation>&amp;Supprimer des systèmes...</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>Rec&amp;hercher...</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Préférences...</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %Ln systems...</source>
        <translation>
            <numerusform>&amp;Supprimer %Ln système...</numerusform>
            <numerusform>&amp;Supprimer %Ln systèmes...</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete system...</source>
        <translation>&amp;Supprimer le système...</translation>
    </message>
    <message>
        <source>New system</source>
        <translation>Nouveau système</translation>
    </message>
    <message>
        <source>Delete “%1” and its privileges? You can undo this.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» et ses privilèges&#xa0;? Vous pourrez annuler cette action.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln systems and their privileges? You can undo this.</source>
        <translation>
            <numerusform>Supprimer %Ln système et ses privilèges&#xa0;? Vous pourrez annuler cette action.</numerusform>
            <numerusform>Supprimer %Ln systèmes et leurs privilèges&#xa0;? Vous pourrez annuler cette action.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete systems</source>
        <translation>Supprimer des systèmes</translation>
    </message>
</context>
<context>
    <name>Mandate::EvidenceImporter</name>
    <message>
        <source>Import runtime &amp;evidence…</source>
        <translation>Importer des &amp;preuves d’exécution…</translation>
    </message>
    <message>
        <source>Read what systems were observed doing (JSON Lines, OpenTelemetry spans or AWS CloudTrail) and compare it with their declared privileges</source>
        <translation>Lit les actions observées des systèmes (JSON Lines, spans OpenTelemetry ou AWS CloudTrail) et les compare à leurs privilèges déclarés</translation>
    </message>
    <message>
        <source>Import runtime evidence</source>
        <translation>Importer des preuves d’exécution</translation>
    </message>
    <message>
        <source>Evidence files (*.jsonl *.ndjson *.json)</source>
        <translation>Fichiers de preuves (*.jsonl *.ndjson *.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>OpenTelemetry spans (OTLP JSON)</source>
        <translation>Spans OpenTelemetry (OTLP JSON)</translation>
    </message>
    <message>
        <source>AWS CloudTrail</source>
        <translation>AWS CloudTrail</translation>
    </message>
    <message>
        <source>Which format is %1 in?</source>
        <translation>Dans quel format est %1&#xa0;?</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Evidence import cancelled; nothing was stored.</source>
        <translation>Importation des preuves annulée&#xa0;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Rien n’a été importé. %1</translation>
    </message>
    <message>
        <source>%1 could not be stored: %2</source>
        <translation>%1 n’a pas pu être enregistré&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Read %Ln event(s) from %1.</source>
        <translation>
            <numerusform>%Ln événement lu depuis %1.</numerusform>
            <numerusform>%Ln événements lus depuis %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Matched to systems: %1 (%2 stored)</source>
        <translation>Associés à des systèmes&#xa0;: %1 (%2 enregistrés)</translation>
    </message>
    <message>
        <source>Naming no known system or credential: %1</source>
        <translation>Sans système ni identifiant connu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Records that are not evidence of a system, skipped: %1</source>
        <translation>Enregistrements qui ne sont pas des preuves d’un système, ignorés&#xa0;: %1</translation>
    </message>
    <message>
        <source>First unmatched events:</source>
        <translation>Premiers événements non associés&#xa0;:</translation>
    </message>
    <message>
        <source>Line %1: system &quot;%2&quot;</source>
        <translation>Ligne %1&#xa0;: système «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Line %1: credential &quot;%2&quot;</source>
        <translation>Ligne %1&#xa0;: identifiant «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Line %1: system &quot;%2&quot;, credential &quot;%3&quot;</source>
        <translation>Ligne %1&#xa0;: système «&#xa0;%2&#xa0;», identifiant «&#xa0;%3&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Mandate::EvidenceView</name>
    <message>
        <source>Runtime evidence</source>
        <translation>Preuves d’exécution</translation>
    </message>
    <message>
        <source>What the imported evidence shows this system doing. Accesses no active privilege allows are in bold (F-UNDECLARED).</source>
        <translation>Ce que les preuves importées montrent de l’activité de ce système. Les accès qu’aucun privilège actif n’autorise sont en gras (F-UNDECLARED).</translation>
    </message>
    <message>
        <source>No runtime evidence imported for this system.</source>
        <translation>Aucune preuve d’exécution importée pour ce système.</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2, %Ln event(s)</source>
        <translation>
            <numerusform>%1 – %2, %Ln événement</numerusform>
            <numerusform>%1 – %2, %Ln événements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No declared privilege went unused.</source>
        <translation>Aucun privilège déclaré n’est resté inutilisé.</translation>
    </message>
    <message>
        <source>Declared but never used (F-UNUSED): %1</source>
        <translation>Déclarés mais jamais utilisés (F-UNUSED)&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln access(es) no active privilege allows</source>
        <translation>
            <numerusform>%Ln accès qu’aucun privilège actif n’autorise</numerusform>
            <numerusform>%Ln accès qu’aucun privilège actif n’autorise</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandate::ExportDialog</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>P&amp;DF report</source>
        <translation>Rapport P&amp;DF</translation>
    </message>
    <message>
        <source>&amp;CSV in Mandate&apos;s native layout</source>
        <translation>&amp;CSV au format natif de Mandate</translation>
    </message>
    <message>
        <source>&amp;JSON of the whole workspace</source>
        <translation>&amp;JSON de tout l’espace de travail</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systèmes</translation>
    </message>
    <message>
        <source>&amp;All systems (%L1)</source>
        <translation>&amp;Tous les systèmes (%L1)</translation>
    </message>
    <message>
        <source>&amp;Filtered systems (%L1)</source>
        <translation>Systèmes &amp;filtrés (%L1)</translation>
    </message>
    <message>
        <source>&amp;Selected systems (%L1)</source>
        <translation>Systèmes &amp;sélectionnés (%L1)</translation>
    </message>
    <message>
        <source>One ca&amp;mpaign:</source>
        <translation>Une ca&amp;mpagne&#xa0;:</translation>
    </message>
    <message>
        <source>The systems the inventory&apos;s filter shows</source>
        <translation>Les systèmes que montre le filtre de l’inventaire</translation>
    </message>
    <message>
        <source>Sections of the inventory report</source>
        <translation>Sections du rapport d’inventaire</translation>
    </message>
    <message>
        <source>Co&amp;ver</source>
        <translation>Page de g&amp;arde</translation>
    </message>
    <message>
        <source>Executive s&amp;ummary</source>
        <translation>S&amp;ynthèse</translation>
    </message>
    <message>
        <source>Four-paradi&amp;gm map</source>
        <translation>Carte des quatre paradi&amp;gmes</translation>
    </message>
    <message>
        <source>S&amp;ystem sections</source>
        <translation>Sect&amp;ions par système</translation>
    </message>
    <message>
        <source>C&amp;overage appendix</source>
        <translation>Annexe de c&amp;ouverture</translation>
    </message>
    <message>
        <source>The campaign report: its decisions, the separation-of-duties exceptions, the sign-off and the remediation list.</source>
        <translation>Le rapport de campagne&#xa0;: ses décisions, les exceptions de séparation des tâches, la validation et la liste des remédiations.</translation>
    </message>
    <message>
        <source>A report on the systems in scope with the sections chosen.</source>
        <translation>Un rapport sur les systèmes du périmètre avec les sections choisies.</translation>
    </message>
    <message>
        <source>The campaign&apos;s decisions, one row per review item.</source>
        <translation>Les décisions de la campagne, une ligne par élément de revue.</translation>
    </message>
    <message>
        <source>One row per system; importing the file again gives the same systems.</source>
        <translation>Une ligne par système&#xa0;; réimporter le fichier redonne les mêmes systèmes.</translation>
    </message>
    <message>
        <source>The whole workspace with only this campaign.</source>
        <translation>Tout l’espace de travail avec cette seule campagne.</translation>
    </message>
    <message>
        <source>The whole workspace with only the systems in scope.</source>
        <translation>Tout l’espace de travail avec les seuls systèmes du périmètre.</translation>
    </message>
    <message>
        <source>Only a PDF report has pages to preview.</source>
        <translation>Seul un rapport PDF a des pages à prévisualiser.</translation>
    </message>
    <message>
        <source>A large report: press Preview to build it.</source>
        <translation>Un rapport volumineux&#xa0;: cliquez sur Aperçu pour le construire.</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>Construction de l’aperçu…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The preview was cancelled.</source>
        <translation>L’aperçu a été annulé.</translation>
    </message>
    <message>
        <source>All systems</source>
        <translation>Tous les systèmes</translation>
    </message>
    <message>
        <source>Systems the inventory filter shows</source>
        <translation>Systèmes que montre le filtre de l’inventaire</translation>
    </message>
    <message>
        <source>Selected systems</source>
        <translation>Systèmes sélectionnés</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: the folder %2 does not exist.</source>
        <translation>Impossible d’écrire %1&#xa0;: le dossier %2 n’existe pas.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportation vers %1…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportation annulée&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message numerus="yes">
        <source>Wrote a report of %Ln page(s) to %1.</source>
        <translation>
            <numerusform>Rapport de %Ln page écrit dans %1.</numerusform>
            <numerusform>Rapport de %Ln pages écrit dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln review item(s) to %1.</source>
        <translation>
            <numerusform>%Ln élément de revue écrit dans %1.</numerusform>
            <numerusform>%Ln éléments de revue écrits dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln system(s) to %1.</source>
        <translation>
            <numerusform>%Ln système écrit dans %1.</numerusform>
            <numerusform>%Ln systèmes écrits dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandate::FindingsDock</name>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Constats</translation>
    </message>
    <message>
        <source>Whole workspace</source>
        <translation>Tout l’espace de travail</translation>
    </message>
    <message>
        <source>Selected systems</source>
        <translation>Systèmes sélectionnés</translation>
    </message>
    <message>
        <source>Show the findings of every system or only of those selected in the inventory</source>
        <translation>Afficher les constats de tous les systèmes ou seulement de ceux sélectionnés dans l’inventaire</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n’est ouvert.</translation>
    </message>
    <message>
        <source>Select systems in the inventory to see their findings.</source>
        <translation>Sélectionnez des systèmes dans l’inventaire pour voir leurs constats.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln findings</source>
        <translation>
            <numerusform>%Ln constat</numerusform>
            <numerusform>%Ln constats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandate::FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation>Référentiels</translation>
    </message>
</context>
<context>
    <name>Mandate::GovernanceActions</name>
    <message>
        <source>&amp;Credentials…</source>
        <translation>&amp;Identifiants…</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>&amp;Personnes…</translation>
    </message>
    <message>
        <source>Accept suggested &amp;mappings</source>
        <translation>Accepter les &amp;correspondances suggérées</translation>
    </message>
    <message>
        <source>Record as gaps the framework items that the selected systems&apos; findings name, in one step</source>
        <translation>Enregistrer comme lacunes, en une étape, les éléments de référentiel que citent les constats des systèmes sélectionnés</translation>
    </message>
    <message>
        <source>Accept suggested mappings</source>
        <translation>Accepter les correspondances suggérées</translation>
    </message>
    <message numerus="yes">
        <source>The findings of the %Ln selected system(s) suggest no mapping that is not decided already.</source>
        <translation>
            <numerusform>Les constats du %Ln système sélectionné ne suggèrent aucune correspondance qui ne soit déjà décidée.</numerusform>
            <numerusform>Les constats des %Ln systèmes sélectionnés ne suggèrent aucune correspondance qui ne soit déjà décidée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record %Ln framework item(s) as gaps</source>
        <translation>
            <numerusform>Enregistrer %Ln élément de référentiel comme lacune</numerusform>
            <numerusform>Enregistrer %Ln éléments de référentiel comme lacunes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %Ln system(s), with the findings that name them as the reason? This is one step you can undo.</source>
        <translation>
            <numerusform>pour %Ln système, avec pour motif les constats qui les citent&#xa0;? C’est une étape que vous pouvez annuler.</numerusform>
            <numerusform>pour %Ln systèmes, avec pour motif les constats qui les citent&#xa0;? C’est une étape que vous pouvez annuler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %Ln suggested mapping(s)</source>
        <translation>
            <numerusform>Accepter %Ln correspondance suggérée</numerusform>
            <numerusform>Accepter %Ln correspondances suggérées</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Review campaigns…</source>
        <translation>Campagnes de &amp;revue…</translation>
    </message>
    <message>
        <source>List the access-review campaigns, create one, start or close one</source>
        <translation>Lister les campagnes de revue des accès, en créer, en démarrer ou en clore une</translation>
    </message>
</context>
<context>
    <name>Mandate::ImportCheckPage</name>
    <message>
        <source>Skip &amp;rows with problems</source>
        <translation>Ignorer les &amp;lignes problématiques</translation>
    </message>
    <message>
        <source>&amp;Abort the import</source>
        <translation>A&amp;bandonner l’importation</translation>
    </message>
    <message>
        <source>Check what will change</source>
        <translation>Vérifier ce qui va changer</translation>
    </message>
    <message>
        <source>The file was read but nothing has been written yet. Review the differences, decide the conflicts, then import.</source>
        <translation>Le fichier a été lu, mais rien n’a encore été écrit. Examinez les différences, tranchez les conflits, puis importez.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveaux</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiés</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangés</translation>
    </message>
    <message>
        <source>with problems</source>
        <translation>problématiques</translation>
    </message>
    <message>
        <source>secrets redacted</source>
        <translation>secrets masqués</translation>
    </message>
    <message>
        <source>missing from the file</source>
        <translation>absents du fichier</translation>
    </message>
    <message>
        <source>When a row has a problem:</source>
        <translation>Si une ligne pose problème&#xa0;:</translation>
    </message>
    <message>
        <source>Checking %1...</source>
        <translation>Vérification de %1...</translation>
    </message>
    <message>
        <source>The check was cancelled. Nothing has been imported.</source>
        <translation>La vérification a été annulée. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>The file cannot be imported. Nothing has been imported.</source>
        <translation>Le fichier ne peut pas être importé. Rien n’a été importé.</translation>
    </message>
    <message numerus="yes">
        <source>Checked %1 (%2): %Ln rows read.</source>
        <translation>
            <numerusform>%1 vérifié (%2)&#xa0;: %Ln ligne lue.</numerusform>
            <numerusform>%1 vérifié (%2)&#xa0;: %Ln lignes lues.</numerusform>
        </translation>
    </message>
    <message>
        <source>No row has a problem.</source>
        <translation>Aucune ligne ne pose problème.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows with problems will be skipped; the other rows are imported.</source>
        <translation>
            <numerusform>%Ln ligne problématique sera ignorée&#xa0;; les autres lignes sont importées.</numerusform>
            <numerusform>%Ln lignes problématiques seront ignorées&#xa0;; les autres lignes sont importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows have problems, so nothing can be imported: fix the file and check again, or skip them.</source>
        <translation>
            <numerusform>%Ln ligne pose problème, rien ne peut donc être importé&#xa0;: corrigez le fichier et vérifiez à nouveau, ou ignorez-la.</numerusform>
            <numerusform>%Ln lignes posent problème, rien ne peut donc être importé&#xa0;: corrigez le fichier et vérifiez à nouveau, ou ignorez-les.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
</context>
<context>
    <name>Mandate::ImportMappingPage</name>
    <message>
        <source>Mapping files (*.json)</source>
        <translation>Fichiers de correspondance (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Save mapping...</source>
        <translation>&amp;Enregistrer la correspondance...</translation>
    </message>
    <message>
        <source>&amp;Load mapping...</source>
        <translation>&amp;Charger une correspondance...</translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation>Associer les colonnes</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Sample value</source>
        <translation>Exemple de valeur</translation>
    </message>
    <message>
        <source>Maps to</source>
        <translation>Associée à</translation>
    </message>
    <message>
        <source>&amp;Match existing systems by:</source>
        <translation>&amp;Identifier les systèmes existants par&#xa0;:</translation>
    </message>
    <message>
        <source>A row whose value in this column equals a system&apos;s is an update of that system; any other row is a new system.</source>
        <translation>Une ligne dont la valeur dans cette colonne est égale à celle d’un système met à jour ce système&#xa0;; toute autre ligne devient un nouveau système.</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Enregistrer la correspondance</translation>
    </message>
    <message>
        <source>Load mapping</source>
        <translation>Charger une correspondance</translation>
    </message>
    <message>
        <source>C&amp;olumns:</source>
        <translation>C&amp;olonnes&#xa0;:</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Champ pour la colonne %1</translation>
    </message>
    <message>
        <source>Keep as custom attribute</source>
        <translation>Garder comme attribut personnalisé</translation>
    </message>
    <message>
        <source>Nothing: every row is a new system</source>
        <translation>Rien&#xa0;: chaque ligne devient un nouveau système</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No column is mapped to the name: rows that match no system cannot become new systems.</source>
        <translation>Aucune colonne n’est associée au nom&#xa0;: les lignes qui ne correspondent à aucun système ne peuvent pas devenir de nouveaux systèmes.</translation>
    </message>
    <message>
        <source>%1 of %2 columns fill a field; the others are kept as custom attributes.</source>
        <translation>Colonnes qui remplissent un champ&#xa0;: %1 sur %2&#xa0;; les autres sont gardées comme attributs personnalisés.</translation>
    </message>
    <message>
        <source>Could not save the mapping</source>
        <translation>Impossible d’enregistrer la correspondance</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This is not a Mandate mapping file.</source>
        <translation>Ce n’est pas un fichier de correspondance Mandate.</translation>
    </message>
    <message>
        <source>Could not load the mapping</source>
        <translation>Impossible de charger la correspondance</translation>
    </message>
    <message>
        <source>Choose the field each column fills. The other columns are kept as custom attributes, so nothing in the file is lost.</source>
        <translation>Choisissez le champ que remplit chaque colonne. Les autres colonnes sont gardées comme attributs personnalisés&#xa0;: rien du fichier n’est perdu.</translation>
    </message>
</context>
<context>
    <name>Mandate::ImportProgress</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Annulation...</translation>
    </message>
</context>
<context>
    <name>Mandate::ImportReportView</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>... and %L1 more</source>
        <translation>... et %L1 de plus</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Kind of secret</source>
        <translation>Type de secret</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>In the workspace</source>
        <translation>Dans l’espace de travail</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>ID externe</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>In the workspace (set by hand)</source>
        <translation>Dans l’espace de travail (saisi à la main)</translation>
    </message>
    <message>
        <source>These fields were set by hand since the last import. Ticked ones take the file&apos;s value; the others keep the workspace value.</source>
        <translation>Ces champs ont été saisis à la main depuis la dernière importation. Ceux qui sont cochés prennent la valeur du fichier&#xa0;; les autres gardent la valeur de l’espace de travail.</translation>
    </message>
    <message>
        <source>&amp;Keep the workspace values</source>
        <translation>&amp;Garder les valeurs de l’espace de travail</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>P&amp;roblèmes</translation>
    </message>
    <message>
        <source>&amp;Secrets</source>
        <translation>&amp;Secrets</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveaux</translation>
    </message>
    <message>
        <source>C&amp;hanged</source>
        <translation>&amp;Modifiés</translation>
    </message>
    <message>
        <source>Con&amp;flicts</source>
        <translation>&amp;Conflits</translation>
    </message>
    <message>
        <source>&amp;Missing</source>
        <translation>Man&amp;quants</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (ligne %2)</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <source>Systems the file does not name are left as they are; nothing is removed.</source>
        <translation>Les systèmes que le fichier ne mentionne pas restent tels quels&#xa0;; rien n’est supprimé.</translation>
    </message>
    <message>
        <source>&amp;Use the file&apos;s values</source>
        <translation>Prendre les valeurs du &amp;fichier</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people named as owners are not in the workspace yet and will be added: %1.</source>
        <translation>
            <numerusform>%Ln personne désignée comme responsable ne figure pas encore dans l’espace de travail et sera ajoutée&#xa0;: %1.</numerusform>
            <numerusform>%Ln personnes désignées comme responsables ne figurent pas encore dans l’espace de travail et seront ajoutées&#xa0;: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandate::ImportRunPage</name>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>The whole file is imported in one step, or nothing is.</source>
        <translation>Le fichier entier est importé en une seule étape, ou rien ne l’est.</translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation>Importation de %1...</translation>
    </message>
    <message>
        <source>Nothing was imported; the workspace is unchanged.</source>
        <translation>Rien n’a été importé&#xa0;; l’espace de travail est inchangé.</translation>
    </message>
    <message>
        <source>%1 is imported.</source>
        <translation>%1 est importé.</translation>
    </message>
    <message>
        <source>Edit &gt; Undo takes the whole import back in one step.</source>
        <translation>Édition &gt; Annuler annule toute l’importation en une seule étape.</translation>
    </message>
    <message>
        <source>New systems:</source>
        <translation>Nouveaux systèmes&#xa0;:</translation>
    </message>
    <message>
        <source>Changed systems:</source>
        <translation>Systèmes modifiés&#xa0;:</translation>
    </message>
    <message>
        <source>Unchanged systems:</source>
        <translation>Systèmes inchangés&#xa0;:</translation>
    </message>
    <message>
        <source>Rows skipped for problems:</source>
        <translation>Lignes problématiques ignorées&#xa0;:</translation>
    </message>
    <message>
        <source>Secrets redacted:</source>
        <translation>Secrets masqués&#xa0;:</translation>
    </message>
    <message>
        <source>People added:</source>
        <translation>Personnes ajoutées&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>Mandate::ImportSourcePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>A spreadsheet saved as CSV, a JSON list of systems, or an AI bill of materials (CycloneDX or SPDX). Nothing is written until the last step.</source>
        <translation>Un tableur enregistré en CSV, une liste JSON de systèmes ou une nomenclature d’IA (CycloneDX ou SPDX). Rien n’est écrit avant la dernière étape.</translation>
    </message>
    <message>
        <source>Path of the inventory file</source>
        <translation>Chemin du fichier d’inventaire</translation>
    </message>
    <message>
        <source>The first %1 rows, as read; the row headers are the file&apos;s line numbers. Values that look like secrets are hidden.</source>
        <translation>Les %1 premières lignes, telles que lues&#xa0;; les en-têtes de ligne sont les numéros de ligne du fichier. Les valeurs qui ressemblent à des secrets sont masquées.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>Lu comme&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Preview of the first %1 rows:</source>
        <translation>&amp;Aperçu des %1 premières lignes&#xa0;:</translation>
    </message>
    <message>
        <source>Inventory files (*.csv *.tsv *.txt *.json)</source>
        <translation>Fichiers d’inventaire (*.csv *.tsv *.txt *.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt)</source>
        <translation>Fichiers CSV (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import inventory</source>
        <translation>Importer un inventaire</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Aucun fichier choisi pour l’instant.</translation>
    </message>
    <message>
        <source>%1: the file holds no columns to import.</source>
        <translation>%1&#xa0;: le fichier ne contient aucune colonne à importer.</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n columns</source>
        <translation>
            <numerusform>%1&#xa0;; %n colonne</numerusform>
            <numerusform>%1&#xa0;; %n colonnes</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Le fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Bro&amp;wse...</source>
        <translation>Pa&amp;rcourir...</translation>
    </message>
</context>
<context>
    <name>Mandate::ImportWizard</name>
    <message>
        <source>Import inventory</source>
        <translation>Importer un inventaire</translation>
    </message>
</context>
<context>
    <name>Mandate::InventoryView</name>
    <message>
        <source>Search name, vendor, owner, description</source>
        <translation>Rechercher&#xa0;: nom, fournisseur, responsable, description</translation>
    </message>
    <message>
        <source>Show only systems recorded with this paradigm</source>
        <translation>N’afficher que les systèmes enregistrés avec ce paradigme</translation>
    </message>
    <message>
        <source>All paradigms</source>
        <translation>Tous les paradigmes</translation>
    </message>
    <message>
        <source>Show only systems in this lifecycle stage</source>
        <translation>N’afficher que les systèmes dans cette phase du cycle de vie</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Toutes les phases</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Show all systems again, not only those of the dashboard bar</source>
        <translation>Afficher de nouveau tous les systèmes, pas seulement ceux de la barre du tableau de bord</translation>
    </message>
    <message numerus="yes">
        <source>Dashboard: %1 (%Ln system(s))</source>
        <translation>
            <numerusform>Tableau de bord&#xa0;: %1 (%Ln système)</numerusform>
            <numerusform>Tableau de bord&#xa0;: %1 (%Ln systèmes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandate::LifecycleEditor</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Lifecycle and owners</source>
        <translation>Cycle de vie et responsables</translation>
    </message>
    <message>
        <source>Answers for what the system is for and whether it should keep running</source>
        <translation>Répond de la finalité du système et de la poursuite de son exploitation</translation>
    </message>
    <message>
        <source>Answers for its credentials, tools and privileges</source>
        <translation>Répond de ses identifiants, outils et privilèges</translation>
    </message>
    <message>
        <source>Accepts the residual risk</source>
        <translation>Accepte le risque résiduel</translation>
    </message>
    <message>
        <source>Credentials revoked, tools detached, owners released, logs retained</source>
        <translation>Identifiants révoqués, outils détachés, responsables libérés, journaux conservés</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>How often the system is reviewed; the default is 90 days for identity subjects</source>
        <translation>Fréquence de revue du système&#xa0;; par défaut 90 jours pour les sujets d’identité</translation>
    </message>
    <message>
        <source>Review cadence</source>
        <translation>Fréquence de revue</translation>
    </message>
    <message>
        <source>Pick a person or type a new name</source>
        <translation>Choisir une personne ou saisir un nouveau nom</translation>
    </message>
    <message>
        <source>All four must be ticked before the system can be moved to Offboarded</source>
        <translation>Les quatre doivent être cochés avant que le système puisse passer à Décommissionné</translation>
    </message>
    <message>
        <source>Offboarding checklist</source>
        <translation>Liste de décommissionnement</translation>
    </message>
    <message>
        <source>Mark reviewed today</source>
        <translation>Marquer revu aujourd’hui</translation>
    </message>
    <message>
        <source>Records today as the date of the last review (one undo step)</source>
        <translation>Enregistre aujourd’hui comme date de la dernière revue (une étape d’annulation)</translation>
    </message>
    <message>
        <source>Stage not changed</source>
        <translation>Étape non modifiée</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Default (90 days)</source>
        <translation>Par défaut (90 jours)</translation>
    </message>
</context>
<context>
    <name>Mandate::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>System &amp;details</source>
        <translation>&amp;Détails du système</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Mandate</source>
        <translation>À &amp;propos de Mandate</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
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
        <translation>&lt;h3&gt;Mandate %1&lt;/h3&gt;&lt;p&gt;Un atelier pour gouverner les systèmes d’IA comme des identités&#xa0;: ce que chaque système peut faire de lui-même, avec les identifiants de qui, et qui en répond.&lt;/p&gt;&lt;p&gt;Licence&#xa0;: GPL-3.0-or-later.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2, exécuté avec Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Mandate</source>
        <translation>À propos de Mandate</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>No workspace is open</source>
        <translation>Aucun espace de travail n’est ouvert</translation>
    </message>
    <message>
        <source>Open or create a workspace first, then drop %1 on the window again to import it.</source>
        <translation>Ouvrez ou créez d’abord un espace de travail, puis déposez de nouveau %1 sur la fenêtre pour l’importer.</translation>
    </message>
    <message>
        <source>Four-paradigm &amp;map</source>
        <translation>&amp;Carte des quatre paradigmes</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Carte</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Write a PDF report, CSV or JSON of all, the filtered or the selected systems</source>
        <translation>Écrit un rapport PDF, du CSV ou du JSON de tous les systèmes, des systèmes filtrés ou sélectionnés</translation>
    </message>
</context>
<context>
    <name>Mandate::MapPanel</name>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Fit whole map</source>
        <translation>&amp;Ajuster à toute la carte</translation>
    </message>
    <message>
        <source>&amp;Accept suggested paradigm</source>
        <translation>&amp;Accepter le paradigme suggéré</translation>
    </message>
    <message>
        <source>Move the selected systems to the region the classifier suggests</source>
        <translation>Déplacer les systèmes sélectionnés vers la région suggérée par le classificateur</translation>
    </message>
    <message>
        <source>Export map as &amp;PNG…</source>
        <translation>Exporter la carte en &amp;PNG…</translation>
    </message>
    <message>
        <source>Export map as P&amp;DF…</source>
        <translation>Exporter la carte en P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Move selection to</source>
        <translation>&amp;Déplacer la sélection vers</translation>
    </message>
    <message>
        <source>A&amp;rrange region</source>
        <translation>A&amp;rranger la région</translation>
    </message>
    <message>
        <source>Colour by:</source>
        <translation>Couleur selon&#xa0;:</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Arranger</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Accept suggested paradigm</source>
        <translation>Accepter le paradigme suggéré</translation>
    </message>
    <message>
        <source>The classifier suggests no other paradigm for the selected systems: either it agrees with how they are recorded, or it cannot decide until more behaviour is known.</source>
        <translation>Le classificateur ne suggère aucun autre paradigme pour les systèmes sélectionnés&#xa0;: soit il est d’accord avec leur enregistrement, soit il ne peut pas trancher tant que leur comportement n’est pas mieux connu.</translation>
    </message>
    <message numerus="yes">
        <source>Arrange %1 (%Ln system(s))</source>
        <translation>
            <numerusform>Arranger %1 (%Ln système)</numerusform>
            <numerusform>Arranger %1 (%Ln systèmes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 et %Ln autre</numerusform>
            <numerusform>%1 et %Ln autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Crossed the runtime execution boundary:&lt;/b&gt; %1 now %Ln act(s) at runtime, as an identity with delegated authority. Governance that now applies:</source>
        <translation>
            <numerusform>&lt;b&gt;Frontière d’exécution franchie&#xa0;:&lt;/b&gt; %1 agit désormais à l’exécution, comme identité à autorité déléguée (%Ln système). S’applique désormais&#xa0;:</numerusform>
            <numerusform>&lt;b&gt;Frontière d’exécution franchie&#xa0;:&lt;/b&gt; %1 agissent désormais à l’exécution, comme identités à autorité déléguée (%Ln systèmes). S’applique désormais&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>Exporter la carte</translation>
    </message>
    <message>
        <source>Export map as PDF</source>
        <translation>Exporter la carte en PDF</translation>
    </message>
    <message>
        <source>Export map as PNG</source>
        <translation>Exporter la carte en PNG</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message numerus="yes">
        <source>Four-paradigm map of %1, %2: %Ln system(s) shown. Colour: %3</source>
        <translation>
            <numerusform>Carte des quatre paradigmes de %1, %2&#xa0;: %Ln système affiché. Couleur&#xa0;: %3</numerusform>
            <numerusform>Carte des quatre paradigmes de %1, %2&#xa0;: %Ln systèmes affichés. Couleur&#xa0;: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandate::MapView</name>
    <message>
        <source>Recorded: %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Classifier suggests: %1</source>
        <translation>Le classificateur suggère&#xa0;: %1</translation>
    </message>
    <message>
        <source>Runtime authority: %1</source>
        <translation>Autorité d’exécution&#xa0;: %1</translation>
    </message>
    <message>
        <source>Access footprint: %1</source>
        <translation>Empreinte d’accès&#xa0;: %1</translation>
    </message>
    <message>
        <source>Identity subject</source>
        <translation>Sujet d’identité</translation>
    </message>
    <message>
        <source>Four-paradigm map</source>
        <translation>Carte des quatre paradigmes</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln system(s) to %1</source>
        <translation>
            <numerusform>Déplacer %Ln système vers %1</numerusform>
            <numerusform>Déplacer %Ln systèmes vers %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln system(s) on the map</source>
        <translation>
            <numerusform>Déplacer %Ln système sur la carte</numerusform>
            <numerusform>Déplacer %Ln systèmes sur la carte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandate::MappingsEditor</name>
    <message>
        <source>Framework mappings</source>
        <translation>Correspondances aux référentiels</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Suggestions from the findings are in italics. Pick a status to decide one; double-click a note or evidence cell to edit it.</source>
        <translation>Les suggestions issues des constats sont en italique. Choisissez un statut pour en trancher une&#xa0;; double-cliquez sur une cellule de note ou de preuve pour la modifier.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Record the selected suggestions as gaps, with the findings as the reason</source>
        <translation>Enregistrer les suggestions sélectionnées comme lacunes, avec les constats pour motif</translation>
    </message>
    <message>
        <source>Record the selected suggestions as not applicable, so they do not come back</source>
        <translation>Enregistrer les suggestions sélectionnées comme non applicables, pour qu’elles ne reviennent pas</translation>
    </message>
    <message>
        <source>Accept every suggestion of this system in one step</source>
        <translation>Accepter en une étape toutes les suggestions de ce système</translation>
    </message>
    <message>
        <source>Remove the selected mappings; a finding that still holds suggests them again</source>
        <translation>Supprimer les correspondances sélectionnées&#xa0;; un constat toujours valable les suggère de nouveau</translation>
    </message>
    <message>
        <source>Accept all (%1)</source>
        <translation>Tout accepter (%1)</translation>
    </message>
    <message>
        <source>No mappings yet, and the findings suggest none.</source>
        <translation>Aucune correspondance pour l’instant, et les constats n’en suggèrent aucune.</translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s); no suggestion waits for a decision.</source>
        <translation>
            <numerusform>%n correspondance&#xa0;; aucune suggestion n’attend de décision.</numerusform>
            <numerusform>%n correspondances&#xa0;; aucune suggestion n’attend de décision.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) from the findings wait for a decision.</source>
        <translation>
            <numerusform>%n suggestion issue des constats attend une décision.</numerusform>
            <numerusform>%n suggestions issues des constats attendent une décision.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s) decided;</source>
        <translation>
            <numerusform>%n correspondance décidée&#xa0;;</numerusform>
            <numerusform>%n correspondances décidées&#xa0;;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandate::NewCampaignDialog</name>
    <message>
        <source>New review campaign</source>
        <translation>Nouvelle campagne de revue</translation>
    </message>
    <message>
        <source>For example: Q3 agent access review</source>
        <translation>Par exemple&#xa0;: revue des accès des agents T3</translation>
    </message>
    <message>
        <source>is:identity-subject, is:nhi-risk, paradigm:agentic, stage:production, or words the name, vendor, description or owners contain. Terms of one kind are alternatives; different kinds must all hold. Empty: every system.</source>
        <translation>is:identity-subject, is:nhi-risk, paradigm:agentic, stage:production, ou des mots que le nom, le fournisseur, la description ou les responsables contiennent. Les termes d’un même type sont des alternatives&#xa0;; des types différents doivent tous être vérifiés. Vide&#xa0;: tous les systèmes.</translation>
    </message>
    <message>
        <source>One or more names, separated by commas</source>
        <translation>Un ou plusieurs noms, séparés par des virgules</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Périmètre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reviewers:</source>
        <translation>&amp;Réviseurs&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>É&amp;chéance&#xa0;:</translation>
    </message>
    <message>
        <source>Create campaign</source>
        <translation>Créer la campagne</translation>
    </message>
    <message>
        <source>Covers no system.</source>
        <translation>Ne couvre aucun système.</translation>
    </message>
    <message numerus="yes">
        <source>Covers %Ln system(s).</source>
        <translation>
            <numerusform>Couvre %Ln système.</numerusform>
            <numerusform>Couvre %Ln systèmes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandate::ObservedAccessModel</name>
    <message>
        <source>Undeclared (F-UNDECLARED): no active privilege allows &quot;%1&quot; on %2.</source>
        <translation>Non déclaré (F-UNDECLARED)&#xa0;: aucun privilège actif n’autorise «&#xa0;%1&#xa0;» sur %2.</translation>
    </message>
    <message>
        <source>First seen %1</source>
        <translation>Première observation le %1</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Times seen</source>
        <translation>Occurrences</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Dernière observation</translation>
    </message>
</context>
<context>
    <name>Mandate::PeopleDialog</name>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>The people who own systems, reused across them. Double-click a cell to edit it; each change can be undone.</source>
        <translation>Les personnes responsables des systèmes, réutilisées d’un système à l’autre. Double-cliquez sur une cellule pour la modifier&#xa0;; chaque modification peut être annulée.</translation>
    </message>
    <message>
        <source>Filter by name, email or team</source>
        <translation>Filtrer par nom, e-mail ou équipe</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>A person who still owns systems cannot be removed</source>
        <translation>Une personne encore responsable de systèmes ne peut pas être supprimée</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>New person %1</source>
        <translation>Nouvelle personne %1</translation>
    </message>
</context>
<context>
    <name>Mandate::PeopleTableModel</name>
    <message>
        <source>Owns no system</source>
        <translation>Responsable d’aucun système</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Systems owned</source>
        <translation>Systèmes dont elle est responsable</translation>
    </message>
</context>
<context>
    <name>Mandate::PieChartAdapter</name>
    <message>
        <source>%1: %L2</source>
        <translation>%1&#xa0;: %L2</translation>
    </message>
</context>
<context>
    <name>Mandate::PrivilegeEditor</name>
    <message>
        <source>Privilege boundary</source>
        <translation>Périmètre de privilèges</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Double-click a cell to edit it; each change can be undone</source>
        <translation>Double-cliquez sur une cellule pour la modifier&#xa0;; chaque changement peut être annulé</translation>
    </message>
    <message>
        <source>Add a privilege to this system&apos;s boundary</source>
        <translation>Ajouter un privilège au périmètre de ce système</translation>
    </message>
    <message>
        <source>Remove the selected privileges</source>
        <translation>Retirer les privilèges sélectionnés</translation>
    </message>
    <message>
        <source>new resource</source>
        <translation>nouvelle ressource</translation>
    </message>
</context>
<context>
    <name>Mandate::PrivilegeTableModel</name>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>The target names many resources at once, such as repo:*</source>
        <translation>La cible désigne plusieurs ressources à la fois, comme repo:*</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Wildcard</source>
        <translation>Générique</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Approval gate</source>
        <translation>Étape d’approbation</translation>
    </message>
    <message>
        <source>Logging</source>
        <translation>Journalisation</translation>
    </message>
    <message>
        <source>Handoff point</source>
        <translation>Point de passage</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>There is no credential named “%1”; add it under Tools, Credentials first.</source>
        <translation>Aucun identifiant ne s’appelle «&#xa0;%1&#xa0;»&#xa0;; ajoutez-le d’abord sous Outils, Identifiants.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as year-month-day, such as 2026-03-31.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date&#xa0;; écrivez année-mois-jour, par exemple 2026-03-31.</translation>
    </message>
    <message>
        <source>“%1” is not one of the values this column takes.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas l’une des valeurs de cette colonne.</translation>
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
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Identifier in your CMDB or asset register</source>
        <translation>Référence dans votre CMDB ou registre des actifs</translation>
    </message>
    <message>
        <source>Whether the vendor runs the system on its own infrastructure</source>
        <translation>Si le fournisseur exploite le système sur sa propre infrastructure</translation>
    </message>
    <message>
        <source>The paradigm as recorded in the inventory. The derived facts below show what the behaviour suggests.</source>
        <translation>Le paradigme tel qu’enregistré dans l’inventaire. Les faits déduits ci-dessous montrent ce que suggère le comportement.</translation>
    </message>
</context>
<context>
    <name>Mandate::ReportPreview</name>
    <message>
        <source>&amp;Previous page</source>
        <translation>Page &amp;précédente</translation>
    </message>
    <message>
        <source>Ne&amp;xt page</source>
        <translation>Page s&amp;uivante</translation>
    </message>
    <message>
        <source>P&amp;review</source>
        <translation>Ape&amp;rçu</translation>
    </message>
    <message>
        <source>Build the report to see its pages; a large scope is only built on request</source>
        <translation>Construit le rapport pour en voir les pages&#xa0;; un grand périmètre n’est construit que sur demande</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>Mandate::ReviewCampaignsDialog</name>
    <message>
        <source>&amp;New campaign…</source>
        <translation>&amp;Nouvelle campagne…</translation>
    </message>
    <message>
        <source>&amp;Start review</source>
        <translation>&amp;Démarrer la revue</translation>
    </message>
    <message>
        <source>C&amp;lose campaign</source>
        <translation>C&amp;lore la campagne</translation>
    </message>
    <message>
        <source>Review campaigns</source>
        <translation>Campagnes de revue</translation>
    </message>
    <message>
        <source>Each campaign fixes the privileges and questions of the systems in its scope when it is created. Start a review to decide them; close a campaign to stop it without sign-off.</source>
        <translation>Chaque campagne fixe à sa création les privilèges et les questions des systèmes de son périmètre. Démarrez une revue pour les décider&#xa0;; closez une campagne pour l’arrêter sans validation.</translation>
    </message>
    <message>
        <source>Create a review campaign (%1)</source>
        <translation>Créer une campagne de revue (%1)</translation>
    </message>
    <message>
        <source>Walk through the selected campaign&apos;s items (Enter or double-click)</source>
        <translation>Parcourir les éléments de la campagne choisie (Entrée ou double-clic)</translation>
    </message>
    <message>
        <source>Freeze the selected campaign without sign-off</source>
        <translation>Figer la campagne choisie sans validation</translation>
    </message>
    <message>
        <source>Close the campaign “%1”? It is frozen without sign-off: no more decisions and no remediation. Decided so far: %2 of %3. You can undo this.</source>
        <translation>Clore la campagne «&#xa0;%1&#xa0;»&#xa0;? Elle est figée sans validation&#xa0;: plus de décisions ni de remédiation. Décidé jusqu’ici&#xa0;: %2 sur %3. Vous pouvez l’annuler.</translation>
    </message>
    <message>
        <source>Close campaign</source>
        <translation>Clore la campagne</translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation>E&amp;xporter le rapport…</translation>
    </message>
    <message>
        <source>Write the selected campaign&apos;s report or decisions to a file</source>
        <translation>Écrit le rapport ou les décisions de la campagne sélectionnée dans un fichier</translation>
    </message>
</context>
<context>
    <name>Mandate::ReviewEvidenceView</name>
    <message numerus="yes">
        <source>%1 (%Ln day(s) ago)</source>
        <translation>
            <numerusform>%1 (il y a %Ln jour)</numerusform>
            <numerusform>%1 (il y a %Ln jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>Declared privilege</source>
        <translation>Privilège déclaré</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Approval gate</source>
        <translation>Étape d’approbation</translation>
    </message>
    <message>
        <source>Logging</source>
        <translation>Journalisation</translation>
    </message>
    <message>
        <source>Handoff point</source>
        <translation>Point de passage</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Declared justification</source>
        <translation>Justification déclarée</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>removed since the campaign started</source>
        <translation>supprimé depuis le début de la campagne</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>No credential is declared for this privilege.</source>
        <translation>Aucun identifiant n’est déclaré pour ce privilège.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Last rotated</source>
        <translation>Dernier renouvellement</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>High-risk: %1. Keeping it needs a justification.</source>
        <translation>Risque élevé&#xa0;: %1. La conserver exige une justification.</translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation>Responsable métier</translation>
    </message>
    <message>
        <source>Technical owner</source>
        <translation>Responsable technique</translation>
    </message>
    <message>
        <source>Risk owner</source>
        <translation>Responsable des risques</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Dernière revue</translation>
    </message>
    <message>
        <source>System approval gate</source>
        <translation>Étape d’approbation du système</translation>
    </message>
    <message>
        <source>, handoff: %1</source>
        <translation>, passage&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Phase du cycle de vie</translation>
    </message>
    <message>
        <source>Offboarding plan</source>
        <translation>Plan de décommissionnement</translation>
    </message>
    <message>
        <source>none written</source>
        <translation>aucun rédigé</translation>
    </message>
    <message>
        <source>Offboarding checklist</source>
        <translation>Liste de décommissionnement</translation>
    </message>
    <message>
        <source>%1 of 4 done</source>
        <translation>%1 sur 4 faits</translation>
    </message>
    <message>
        <source>the system was removed since the campaign started</source>
        <translation>le système a été supprimé depuis le début de la campagne</translation>
    </message>
    <message>
        <source>Findings now</source>
        <translation>Constats actuels</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>Runtime evidence</source>
        <translation>Preuves d’exécution</translation>
    </message>
    <message>
        <source>No runtime evidence imported for this system.</source>
        <translation>Aucune preuve d’exécution importée pour ce système.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) observed from %1 to %2.</source>
        <translation>
            <numerusform>%Ln événement observé du %1 au %2.</numerusform>
            <numerusform>%Ln événements observés du %1 au %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Declared but never used in this window (F-UNUSED).</source>
        <translation>Déclaré mais jamais utilisé sur cette période (F-UNUSED).</translation>
    </message>
    <message numerus="yes">
        <source>Used %Ln time(s); last %1.</source>
        <translation>
            <numerusform>Utilisé %Ln fois&#xa0;; dernière fois %1.</numerusform>
            <numerusform>Utilisé %Ln fois&#xa0;; dernière fois %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Observed outside the declared boundary (F-UNDECLARED):</source>
        <translation>Observé hors du périmètre déclaré (F-UNDECLARED)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Mandate::ReviewItemsModel</name>
    <message>
        <source>Privilege: %1 (%2)</source>
        <translation>Privilège&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
</context>
<context>
    <name>Mandate::ReviewSessionDialog</name>
    <message>
        <source>Access review</source>
        <translation>Revue des accès</translation>
    </message>
    <message>
        <source>Reviewing as:</source>
        <translation>Réviser en tant que&#xa0;:</translation>
    </message>
    <message>
        <source>Justification (required to keep a high-risk privilege)</source>
        <translation>Justification (requise pour conserver un privilège à risque élevé)</translation>
    </message>
    <message>
        <source>Sign off…</source>
        <translation>Valider…</translation>
    </message>
    <message>
        <source>Keep (K)</source>
        <translation>Conserver (K)</translation>
    </message>
    <message>
        <source>Reduce (R)</source>
        <translation>Réduire (R)</translation>
    </message>
    <message>
        <source>Revoke (X)</source>
        <translation>Révoquer (X)</translation>
    </message>
    <message>
        <source>Yes (Y)</source>
        <translation>Oui (Y)</translation>
    </message>
    <message>
        <source>No (N)</source>
        <translation>Non (N)</translation>
    </message>
    <message>
        <source>Unsure (U)</source>
        <translation>Incertain (U)</translation>
    </message>
    <message>
        <source>Skip (S)</source>
        <translation>Passer (S)</translation>
    </message>
    <message>
        <source>%L1 of %L2 · %3: %4</source>
        <translation>%L1 sur %L2 · %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>%L1 of %L2 decided</source>
        <translation>%L1 sur %L2 décidés</translation>
    </message>
</context>
<context>
    <name>Mandate::ReviewSignOffDialog</name>
    <message>
        <source>Sign off %1</source>
        <translation>Valider %1</translation>
    </message>
    <message>
        <source>%1: %L2</source>
        <translation>%1&#xa0;: %L2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) in the campaign.</source>
        <translation>
            <numerusform>%Ln élément dans la campagne.</numerusform>
            <numerusform>%Ln éléments dans la campagne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remediation sign-off creates:</source>
        <translation>Remédiation créée par la validation&#xa0;:</translation>
    </message>
    <message>
        <source>%1 — %2: mark pending revocation</source>
        <translation>%1 — %2&#xa0;: marquer «&#xa0;révocation en attente&#xa0;»</translation>
    </message>
    <message>
        <source>%1 — %2: mark to be narrowed</source>
        <translation>%1 — %2&#xa0;: marquer «&#xa0;à restreindre&#xa0;»</translation>
    </message>
    <message>
        <source>Nothing: no privilege is decided revoke or reduce.</source>
        <translation>Rien&#xa0;: aucun privilège n’est à révoquer ou à réduire.</translation>
    </message>
    <message>
        <source>Not ready: %L1 undecided and %L2 unsure. Decide them first; items of a reviewer&apos;s own systems need another reviewer.</source>
        <translation>Pas prêt&#xa0;: %L1 non décidés et %L2 incertains. Décidez-les d’abord&#xa0;; les éléments des propres systèmes d’un réviseur exigent un autre réviseur.</translation>
    </message>
    <message>
        <source>Signing off as %1 freezes the campaign: no decision can change afterwards.</source>
        <translation>Valider en tant que %1 fige la campagne&#xa0;: aucune décision ne peut plus changer ensuite.</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>This campaign is signed off already.</source>
        <translation>Cette campagne est déjà validée.</translation>
    </message>
    <message>
        <source>This campaign is closed; it cannot be signed off.</source>
        <translation>Cette campagne est close&#xa0;; elle ne peut pas être validée.</translation>
    </message>
</context>
<context>
    <name>Mandate::ServerConnectionDialog</name>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>Create a new workspace in this &amp;empty database</source>
        <translation>Créer un nouvel espace de travail dans cette base de données &amp;vide</translation>
    </message>
    <message>
        <source>Server Workspace</source>
        <translation>Espace de travail sur serveur</translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation>db.example.org</translation>
    </message>
    <message>
        <source>No encryption. Only on a network you trust.</source>
        <translation>Aucun chiffrement. Uniquement sur un réseau de confiance.</translation>
    </message>
    <message>
        <source>Encrypts only if the server insists; no protection against eavesdropping.</source>
        <translation>Chiffre uniquement si le serveur l’exige&#xa0;; aucune protection contre l’écoute.</translation>
    </message>
    <message>
        <source>Encrypts when the server supports it; the server&apos;s identity is not checked.</source>
        <translation>Chiffre si le serveur le permet&#xa0;; l’identité du serveur n’est pas vérifiée.</translation>
    </message>
    <message>
        <source>Always encrypted; the server&apos;s identity is not checked.</source>
        <translation>Toujours chiffré&#xa0;; l’identité du serveur n’est pas vérifiée.</translation>
    </message>
    <message>
        <source>Always encrypted; the server&apos;s certificate must be signed by a trusted authority.</source>
        <translation>Toujours chiffré&#xa0;; le certificat du serveur doit être signé par une autorité de confiance.</translation>
    </message>
    <message>
        <source>Always encrypted; the certificate must be trusted and match the host name. The safest.</source>
        <translation>Toujours chiffré&#xa0;; le certificat doit être de confiance et correspondre au nom d’hôte. Le plus sûr.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;TLS mode:</source>
        <translation>&amp;Mode TLS&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>%1 asks for a password for user %2.</source>
        <translation>%1 demande un mot de passe pour l’utilisateur %2.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>%1 did not accept the password for user %2. Check it and try again.</source>
        <translation>%1 n’a pas accepté le mot de passe de l’utilisateur %2. Vérifiez-le et réessayez.</translation>
    </message>
    <message>
        <source>%1 is not empty (it already holds a workspace or other tables); it was left untouched. Open it instead, or choose an empty database.</source>
        <translation>%1 n’est pas vide (elle contient déjà un espace de travail ou d’autres tables)&#xa0;; elle n’a pas été modifiée. Ouvrez-la plutôt, ou choisissez une base de données vide.</translation>
    </message>
    <message>
        <source>%1 holds no Mandate workspace. To make one there, tick &quot;Create a new workspace&quot;.</source>
        <translation>%1 ne contient aucun espace de travail Mandate. Pour en créer un, cochez «&#xa0;Créer un nouvel espace de travail&#xa0;».</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Mandate; update Mandate to open it.</source>
        <translation>%1 a été écrite par une version plus récente de Mandate&#xa0;; mettez Mandate à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Impossible de se connecter à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>C&amp;réer</translation>
    </message>
</context>
<context>
    <name>Mandate::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Your login name (%1)</source>
        <translation>Votre nom de connexion (%1)</translation>
    </message>
    <message>
        <source>Recorded in the audit log with every change you make.</source>
        <translation>Consigné dans le journal d’audit à chacune de vos modifications.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Analyst name</source>
        <translation>Nom de l’analyste</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Your login name</source>
        <translation>Votre nom de connexion</translation>
    </message>
</context>
<context>
    <name>Mandate::StatusSummary</name>
    <message>
        <source>No workspace open</source>
        <translation>Aucun espace de travail ouvert</translation>
    </message>
    <message>
        <source>Systems: %1</source>
        <translation>Systèmes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Shown: %1</source>
        <translation>Affichés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Identity subjects: %1</source>
        <translation>Sujets d’identité&#xa0;: %1</translation>
    </message>
    <message>
        <source>NHI risk: %1</source>
        <translation>Risque NHI&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Mandate::SystemDetailsPanel</name>
    <message>
        <source>System details</source>
        <translation>Détails du système</translation>
    </message>
    <message>
        <source>Select a system in the inventory to see and edit its details.</source>
        <translation>Sélectionnez un système dans l’inventaire pour afficher et modifier ses détails.</translation>
    </message>
    <message>
        <source>Open or create a workspace to see its systems.</source>
        <translation>Ouvrez ou créez un espace de travail pour voir ses systèmes.</translation>
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
        <translation>Suggéré&#xa0;: %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Issu de %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>Suggested as a gap by the findings %1. Accept it, pick another status, or reject it.</source>
        <translation>Suggéré comme lacune par les constats %1. Acceptez-le, choisissez un autre statut ou rejetez-le.</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Control note</source>
        <translation>Note de contrôle</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidé</translation>
    </message>
    <message>
        <source>“%1” is not a mapping status.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un statut de correspondance.</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggested mapping(s)</source>
        <translation>
            <numerusform>Accepter %n correspondance suggérée</numerusform>
            <numerusform>Accepter %n correspondances suggérées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n suggested mapping(s)</source>
        <translation>
            <numerusform>Rejeter %n correspondance suggérée</numerusform>
            <numerusform>Rejeter %n correspondances suggérées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n mapping(s)</source>
        <translation>
            <numerusform>Supprimer %n correspondance</numerusform>
            <numerusform>Supprimer %n correspondances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandate::SystemTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Paradigm</source>
        <translation>Paradigme</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggéré</translation>
    </message>
    <message>
        <source>Runtime authority</source>
        <translation>Autorité d’exécution</translation>
    </message>
    <message>
        <source>Identity subject</source>
        <translation>Sujet d’identité</translation>
    </message>
    <message>
        <source>NHI risk</source>
        <translation>Risque NHI</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Cycle de vie</translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation>Responsable métier</translation>
    </message>
    <message>
        <source>Technical owner</source>
        <translation>Responsable technique</translation>
    </message>
    <message>
        <source>Recorded as %1, but the behaviour suggests %2.</source>
        <translation>Enregistré comme «&#xa0;%1&#xa0;», mais le comportement suggère «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Mandate::Workspace</name>
    <message>
        <source>no person with id %1</source>
        <translation>aucune personne avec l’ID %1</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>Définir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>New system</source>
        <translation>Nouveau système</translation>
    </message>
    <message>
        <source>%1: the change was not saved: %2</source>
        <translation>%1&#xa0;: la modification n’a pas été enregistrée&#xa0;: %2</translation>
    </message>
    <message>
        <source>no system with id %1</source>
        <translation>aucun système avec l’ID %1</translation>
    </message>
    <message>
        <source>An import is running; verify again when it is done.</source>
        <translation>Une importation est en cours&#xa0;; vérifiez à nouveau une fois qu’elle est terminée.</translation>
    </message>
    <message>
        <source>An import is running; try again when it is done.</source>
        <translation>Une importation est en cours&#xa0;; réessayez une fois qu’elle est terminée.</translation>
    </message>
    <message>
        <source>A privilege needs a target: the resource or system it reaches.</source>
        <translation>Un privilège a besoin d’une cible&#xa0;: la ressource ou le système qu’il atteint.</translation>
    </message>
    <message>
        <source>no credential with id %1</source>
        <translation>aucun identifiant avec l’id %1</translation>
    </message>
    <message>
        <source>A credential needs a name, such as the service account it is (never the secret).</source>
        <translation>Un identifiant a besoin d’un nom, comme le compte de service qu’il représente (jamais le secret).</translation>
    </message>
    <message>
        <source>The credential would expire (%1) before it was created (%2).</source>
        <translation>L’identifiant expirerait (%1) avant d’avoir été créé (%2).</translation>
    </message>
    <message>
        <source>The credential would have been rotated (%1) before it was created (%2).</source>
        <translation>L’identifiant aurait été renouvelé (%1) avant d’avoir été créé (%2).</translation>
    </message>
    <message>
        <source>Add privilege on %1 to %2</source>
        <translation>Ajouter un privilège sur %1 à %2</translation>
    </message>
    <message>
        <source>no privilege with id %1</source>
        <translation>aucun privilège avec l’id %1</translation>
    </message>
    <message>
        <source>Change privilege on %1 of %2</source>
        <translation>Modifier le privilège sur %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n privilege(s)</source>
        <translation>
            <numerusform>Retirer %n privilège</numerusform>
            <numerusform>Retirer %n privilèges</numerusform>
        </translation>
    </message>
    <message>
        <source>Add credential %1</source>
        <translation>Ajouter l’identifiant %1</translation>
    </message>
    <message>
        <source>Change credential %1</source>
        <translation>Modifier l’identifiant %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 is still used by %Ln privilege(s); detach them first.</source>
        <translation>
            <numerusform>%1 est encore utilisé par %Ln privilège&#xa0;; détachez-le d’abord.</numerusform>
            <numerusform>%1 est encore utilisé par %Ln privilèges&#xa0;; détachez-les d’abord.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove credential %1</source>
        <translation>Retirer l’identifiant %1</translation>
    </message>
    <message>
        <source>A mapping needs a status: gap, partial, mitigated or not applicable.</source>
        <translation>Une correspondance a besoin d’un statut&#xa0;: lacune, partiel, atténué ou non applicable.</translation>
    </message>
    <message>
        <source>No framework catalog %1 with an item %2.</source>
        <translation>Aucun catalogue de référentiel %1 avec un élément %2.</translation>
    </message>
    <message>
        <source>Set %1 to %2 for %3</source>
        <translation>Mettre %1 à %2 pour %3</translation>
    </message>
    <message>
        <source>no mapping with id %1</source>
        <translation>aucune correspondance avec l’id %1</translation>
    </message>
    <message>
        <source>Remove mapping %1 of %2</source>
        <translation>Retirer la correspondance %1 de %2</translation>
    </message>
    <message>
        <source>%1 cannot be offboarded until its offboarding checklist is complete; still open: %2.</source>
        <translation>%1 ne peut être décommissionné tant que sa liste de décommissionnement n’est pas complète&#xa0;; encore ouvert&#xa0;: %2.</translation>
    </message>
    <message>
        <source>A framework catalog needs an id and at least one item.</source>
        <translation>Un référentiel doit avoir un identifiant et au moins un élément.</translation>
    </message>
    <message>
        <source>The catalog %1 is built into Mandate and cannot be replaced; give the file another catalog id.</source>
        <translation>Le référentiel %1 est intégré à Mandate et ne peut pas être remplacé&#xa0;; donnez au fichier un autre identifiant de référentiel.</translation>
    </message>
    <message>
        <source>The new version of %1 lacks items that mappings refer to: %2. Remove those mappings first.</source>
        <translation>La nouvelle version de %1 n’a pas des éléments auxquels renvoient des correspondances&#xa0;: %2. Supprimez d’abord ces correspondances.</translation>
    </message>
    <message>
        <source>Replace framework catalog %1 %2 with %3</source>
        <translation>Remplacer le référentiel %1 %2 par %3</translation>
    </message>
    <message>
        <source>Load framework catalog %1 %2</source>
        <translation>Charger le référentiel %1 %2</translation>
    </message>
    <message>
        <source>The catalog %1 is built into Mandate and cannot be removed.</source>
        <translation>Le référentiel %1 est intégré à Mandate et ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>No framework catalog %1 is stored in this workspace.</source>
        <translation>Aucun référentiel %1 n’est enregistré dans cet espace de travail.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln mapping(s) refer to the catalog %1; remove them first.</source>
        <translation>
            <numerusform>%Ln correspondance renvoie au référentiel %1&#xa0;; supprimez-la d’abord.</numerusform>
            <numerusform>%Ln correspondances renvoient au référentiel %1&#xa0;; supprimez-les d’abord.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove framework catalog %1 %2</source>
        <translation>Supprimer le référentiel %1 %2</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>Une personne doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already a person called %1.</source>
        <translation>Il existe déjà une personne nommée %1.</translation>
    </message>
    <message>
        <source>Add person %1</source>
        <translation>Ajouter la personne %1</translation>
    </message>
    <message>
        <source>Change person %1</source>
        <translation>Modifier la personne %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 still owns %Ln system(s); assign other owners first.</source>
        <translation>
            <numerusform>%1 est encore responsable de %Ln système&#xa0;; désignez d’abord d’autres responsables.</numerusform>
            <numerusform>%1 est encore responsable de %Ln systèmes&#xa0;; désignez d’abord d’autres responsables.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove person %1</source>
        <translation>Supprimer la personne %1</translation>
    </message>
    <message>
        <source>“%1” does not look like an email address (name@example.org).</source>
        <translation>«&#xa0;%1&#xa0;» ne ressemble pas à une adresse e-mail (nom@example.org).</translation>
    </message>
    <message>
        <source>Import evidence from %1</source>
        <translation>Importer les preuves de %1</translation>
    </message>
    <message>
        <source>Create review campaign %1</source>
        <translation>Créer la campagne de revue %1</translation>
    </message>
    <message>
        <source>The campaign “%1” is signed off; its decisions are frozen.</source>
        <translation>La campagne «&#xa0;%1&#xa0;» est validée&#xa0;; ses décisions sont figées.</translation>
    </message>
    <message>
        <source>The campaign “%1” is closed; its decisions are frozen.</source>
        <translation>La campagne «&#xa0;%1&#xa0;» est close&#xa0;; ses décisions sont figées.</translation>
    </message>
    <message>
        <source>A review campaign needs a name.</source>
        <translation>Une campagne de revue doit avoir un nom.</translation>
    </message>
    <message>
        <source>A review campaign needs at least one reviewer.</source>
        <translation>Une campagne de revue doit avoir au moins un réviseur.</translation>
    </message>
    <message>
        <source>The due date %1 has passed.</source>
        <translation>L’échéance %1 est passée.</translation>
    </message>
    <message>
        <source>The scope “%1” covers no system.</source>
        <translation>Le périmètre «&#xa0;%1&#xa0;» ne couvre aucun système.</translation>
    </message>
    <message>
        <source>%1 is not a reviewer of the campaign “%2”.</source>
        <translation>%1 n’est pas réviseur de la campagne «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 owns the system “%2”: another reviewer must decide its items (separation of duties).</source>
        <translation>%1 est responsable du système «&#xa0;%2&#xa0;»&#xa0;: un autre réviseur doit en décider les éléments (séparation des tâches).</translation>
    </message>
    <message>
        <source>There is no review campaign %1.</source>
        <translation>Il n’y a pas de campagne de revue %1.</translation>
    </message>
    <message>
        <source>Item %1 is not an item of the campaign “%2”.</source>
        <translation>L’élément %1 n’appartient pas à la campagne «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Item %1: “%2” is not a decision for it; use %3.</source>
        <translation>Élément %1&#xa0;: «&#xa0;%2&#xa0;» n’est pas une décision possible&#xa0;; utilisez %3.</translation>
    </message>
    <message>
        <source>Item %1: keeping a high-risk privilege (%2) needs a justification.</source>
        <translation>Élément %1&#xa0;: conserver un privilège à risque élevé (%2) exige une justification.</translation>
    </message>
    <message>
        <source>Decide %1 on review item %2</source>
        <translation>Décider %1 pour l’élément de revue %2</translation>
    </message>
    <message numerus="yes">
        <source>Decide %Ln review item(s)</source>
        <translation>
            <numerusform>Décider %Ln élément de revue</numerusform>
            <numerusform>Décider %Ln éléments de revue</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a reviewer of the campaign “%2” and cannot sign it off.</source>
        <translation>%1 n’est pas réviseur de la campagne «&#xa0;%2&#xa0;» et ne peut pas la valider.</translation>
    </message>
    <message>
        <source>The campaign “%1” cannot be signed off yet: %L2 undecided, %L3 unsure.</source>
        <translation>La campagne «&#xa0;%1&#xa0;» ne peut pas encore être validée&#xa0;: %L2 non décidés, %L3 incertains.</translation>
    </message>
    <message>
        <source>Sign off review campaign %1</source>
        <translation>Valider la campagne de revue %1</translation>
    </message>
    <message>
        <source>Close review campaign %1</source>
        <translation>Clore la campagne de revue %1</translation>
    </message>
    <message>
        <source>Roles apply to server workspaces only; %1 is a workspace file.</source>
        <translation>Les rôles ne s’appliquent qu’aux espaces de travail sur serveur&#xa0;; %1 est un fichier d’espace de travail.</translation>
    </message>
    <message>
        <source>There is no role &quot;%1&quot;; the roles are viewer, analyst, reviewer and admin.</source>
        <translation>Il n’existe pas de rôle «&#xa0;%1&#xa0;»&#xa0;; les rôles sont viewer, analyst, reviewer et admin.</translation>
    </message>
    <message>
        <source>Name the server user to grant or revoke a role.</source>
        <translation>Indiquez l’utilisateur du serveur auquel attribuer ou retirer un rôle.</translation>
    </message>
    <message>
        <source>you may not grant or revoke roles: your role on this workspace is %1</source>
        <translation>vous ne pouvez ni attribuer ni retirer de rôles&#xa0;; votre rôle dans cet espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot; on the server.</source>
        <translation>Il n’existe pas d’utilisateur «&#xa0;%1&#xa0;» sur le serveur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is one of this workspace&apos;s own roles, not a user.</source>
        <translation>«&#xa0;%1&#xa0;» est l’un des rôles propres à cet espace de travail, pas un utilisateur.</translation>
    </message>
    <message>
        <source>%1 already has the role %2.</source>
        <translation>%1 a déjà le rôle %2.</translation>
    </message>
    <message>
        <source>%1 does not have the role %2.</source>
        <translation>%1 n’a pas le rôle %2.</translation>
    </message>
</context>
<context>
    <name>Mandate::WorkspaceController</name>
    <message>
        <source>Mandate workspaces (*.%1)</source>
        <translation>Espaces de travail Mandate (*.%1)</translation>
    </message>
    <message>
        <source>&amp;New workspace...</source>
        <translation>&amp;Nouvel espace de travail...</translation>
    </message>
    <message>
        <source>&amp;Open workspace...</source>
        <translation>&amp;Ouvrir un espace de travail...</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Espaces &amp;récents</translation>
    </message>
    <message>
        <source>Open &amp;demo workspace</source>
        <translation>Ouvrir l’espace de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Close workspace</source>
        <translation>&amp;Fermer l’espace de travail</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source>Could not open workspace</source>
        <translation>Impossible d’ouvrir l’espace de travail</translation>
    </message>
    <message>
        <source>Could not create workspace</source>
        <translation>Impossible de créer l’espace de travail</translation>
    </message>
    <message>
        <source>Could not create the demo workspace</source>
        <translation>Impossible de créer l’espace de travail de démonstration</translation>
    </message>
    <message>
        <source>Could not save the change</source>
        <translation>Impossible d’enregistrer la modification</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Import inventory...</source>
        <translation>&amp;Importer un inventaire...</translation>
    </message>
    <message>
        <source>Open &amp;server workspace...</source>
        <translation>Ouvrir un espace de travail &amp;sur serveur...</translation>
    </message>
    <message>
        <source>New ser&amp;ver workspace...</source>
        <translation>Nouvel &amp;espace de travail sur serveur...</translation>
    </message>
</context>
<context>
    <name>MapDecorations</name>
    <message>
        <source>NHI risk</source>
        <translation>Risque NHI</translation>
    </message>
    <message>
        <source>Not ruled out</source>
        <translation>Non exclu</translation>
    </message>
    <message>
        <source>No NHI risk</source>
        <translation>Aucun risque NHI</translation>
    </message>
    <message>
        <source>Identity subject</source>
        <translation>Sujet d’identité</translation>
    </message>
    <message>
        <source>Classifier disagrees</source>
        <translation>Le classificateur diverge</translation>
    </message>
    <message>
        <source>Not yet classified</source>
        <translation>Non classé</translation>
    </message>
    <message>
        <source>Drag into a region</source>
        <translation>Glisser dans une région</translation>
    </message>
    <message>
        <source>Explains why: causes, counterfactuals</source>
        <translation>Explique pourquoi&#xa0;: causes, contrefactuels</translation>
    </message>
    <message>
        <source>Forecasts what is likely, from history</source>
        <translation>Prévoit le probable à partir de l’historique</translation>
    </message>
    <message>
        <source>Creates text, images, code and plans</source>
        <translation>Crée textes, images, code et plans</translation>
    </message>
    <message>
        <source>Chooses steps and tools, and acts</source>
        <translation>Choisit étapes et outils, et agit</translation>
    </message>
    <message>
        <source>NHI-risk line</source>
        <translation>Ligne de risque NHI</translation>
    </message>
    <message>
        <source>Runtime execution boundary</source>
        <translation>Frontière d’exécution</translation>
    </message>
    <message>
        <source>Access footprint</source>
        <translation>Empreinte d’accès</translation>
    </message>
</context>
<context>
    <name>MapExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>l’image n’a pas pu être encodée</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>le PDF n’a pas pu être commencé</translation>
    </message>
</context>
<context>
    <name>MappingSuggestion</name>
    <message>
        <source>Suggested by %1</source>
        <translation>Suggéré par %1</translation>
    </message>
    <message>
        <source>Suggestion from %1 rejected as not applicable</source>
        <translation>Suggestion issue de %1 rejetée comme non applicable</translation>
    </message>
</context>
<context>
    <name>MarkerStyle</name>
    <message>
        <source>Lifecycle stage</source>
        <translation>Phase du cycle de vie</translation>
    </message>
    <message>
        <source>Highest finding severity</source>
        <translation>Gravité maximale des constats</translation>
    </message>
    <message>
        <source>Runtime authority</source>
        <translation>Autorité d’exécution</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Aucun constat</translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Copied %L1 rows from %2 to %3; audit chain verified on both sides (%L4 entries, the migration&apos;s own included).</source>
        <translation>%L1 lignes copiées de %2 vers %3&#xa0;; chaîne d’audit vérifiée des deux côtés (%L4 entrées, y compris celle de la migration).</translation>
    </message>
</context>
<context>
    <name>ReadError</name>
    <message>
        <source>, line %1</source>
        <translation>, ligne %1</translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation>, colonne %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>RecordSource</name>
    <message>
        <source>%1 (not valid UTF-8)</source>
        <translation>%1 (pas de l’UTF-8 valide)</translation>
    </message>
    <message>
        <source>CSV, %1, semicolon-separated</source>
        <translation>CSV, %1, séparé par des points-virgules</translation>
    </message>
    <message>
        <source>CSV, %1, tab-separated</source>
        <translation>CSV, %1, séparé par des tabulations</translation>
    </message>
    <message>
        <source>CSV, %1, comma-separated</source>
        <translation>CSV, %1, séparé par des virgules</translation>
    </message>
    <message>
        <source>SPDX 3.0.1</source>
        <translation>SPDX 3.0.1</translation>
    </message>
    <message>
        <source>the file cannot be opened: %1</source>
        <translation>le fichier ne peut pas être ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
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
        <translation>Automatique</translation>
    </message>
</context>
<context>
    <name>ReportCover</name>
    <message numerus="yes">
        <source>verified, %Ln entries</source>
        <translation>
            <numerusform>vérifiée, %Ln entrée</numerusform>
            <numerusform>vérifiée, %Ln entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>BROKEN: %1</source>
        <translation>ROMPUE&#xa0;: %1</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analyste</translation>
    </message>
    <message>
        <source>Audit chain</source>
        <translation>Chaîne d’audit</translation>
    </message>
    <message>
        <source>Audit chain head hash</source>
        <translation>Empreinte de tête de la chaîne d’audit</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>the export was cancelled</source>
        <translation>l’exportation a été annulée</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>le PDF n’a pas pu être commencé</translation>
    </message>
</context>
<context>
    <name>ReviewCommand</name>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation>action inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>missing arguments</source>
        <translation>arguments manquants</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 is not an option of review %2</source>
        <translation>%1 n’est pas une option de review %2</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 est obligatoire</translation>
    </message>
    <message>
        <source>give one %1, the reviewer who acts</source>
        <translation>indiquez un seul %1, le réviseur qui agit</translation>
    </message>
    <message>
        <source>no review campaign with id %1</source>
        <translation>aucune campagne de revue avec l’ID %1</translation>
    </message>
    <message>
        <source>invalid due date &quot;%1&quot;; use YYYY-MM-DD</source>
        <translation>échéance «&#xa0;%1&#xa0;» non valide&#xa0;; utilisez YYYY-MM-DD</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Réviseurs</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Decisions recorded: %L1</source>
        <translation>Décisions enregistrées&#xa0;: %L1</translation>
    </message>
    <message>
        <source>Signed off campaign %1; privileges pending revocation: %L2, to be narrowed: %L3</source>
        <translation>Campagne %1 validée&#xa0;; privilèges avec révocation en attente&#xa0;: %L2, à restreindre&#xa0;: %L3</translation>
    </message>
    <message>
        <source>Closed campaign %1 without sign-off</source>
        <translation>Campagne %1 clôturée sans validation</translation>
    </message>
    <message>
        <source>cannot read the decisions file: %1</source>
        <translation>impossible de lire le fichier des décisions&#xa0;: %1</translation>
    </message>
    <message>
        <source>line %1: invalid JSON: %2</source>
        <translation>ligne %1&#xa0;: JSON non valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected an object with a &quot;decisions&quot; array, or an array</source>
        <translation>attendu&#xa0;: un objet avec un tableau «&#xa0;decisions&#xa0;», ou un tableau</translation>
    </message>
    <message>
        <source>decisions[%1]: &quot;item&quot; must be a review item id (a whole number)</source>
        <translation>decisions[%1]&#xa0;: «&#xa0;item&#xa0;» doit être l’ID d’un élément de revue (un nombre entier)</translation>
    </message>
    <message>
        <source>decisions[%1]: unknown decision &quot;%2&quot;; use %3</source>
        <translation>decisions[%1]&#xa0;: décision «&#xa0;%2&#xa0;» inconnue&#xa0;; utilisez %3</translation>
    </message>
    <message>
        <source>decisions[%1]: &quot;justification&quot; must be text</source>
        <translation>decisions[%1]&#xa0;: «&#xa0;justification&#xa0;» doit être du texte</translation>
    </message>
    <message>
        <source>the file holds no decisions</source>
        <translation>le fichier ne contient aucune décision</translation>
    </message>
    <message>
        <source>the change could not be written</source>
        <translation>la modification n’a pas pu être écrite</translation>
    </message>
</context>
<context>
    <name>ReviewConflicts</name>
    <message>
        <source>someone else</source>
        <translation>quelqu’un d’autre</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>“%1” for %2</source>
        <translation>«&#xa0;%1&#xa0;» pour %2</translation>
    </message>
    <message>
        <source>Item %1 (%2) has since been changed by %3 (now “%4”); your decision was not undone.</source>
        <translation>L’élément %1 (%2) a été modifié depuis par %3 (désormais «&#xa0;%4&#xa0;»)&#xa0;; votre décision n’a pas été annulée.</translation>
    </message>
    <message>
        <source>Item %1 (%2) has since been changed by %3 (now “%4”); your “%5” was not redone.</source>
        <translation>L’élément %1 (%2) a été modifié depuis par %3 (désormais «&#xa0;%4&#xa0;»)&#xa0;; votre «&#xa0;%5&#xa0;» n’a pas été rétabli.</translation>
    </message>
    <message>
        <source>Item %1 (%2) was set back to undecided by %3 while you were reviewing it; your “%4” was not stored.</source>
        <translation>L’élément %1 (%2) a été remis à «&#xa0;non décidé&#xa0;» par %3 pendant que vous l’examiniez&#xa0;; votre «&#xa0;%4&#xa0;» n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>Item %1 (%2) was decided “%3” by %4 while you were reviewing it; your “%5” was not stored.</source>
        <translation>L’élément %1 (%2) a reçu la décision «&#xa0;%3&#xa0;» de %4 pendant que vous l’examiniez&#xa0;; votre «&#xa0;%5&#xa0;» n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>The campaign “%1” was not signed off: item %2 (%3) was changed by %4 since the decisions were counted (now “%5”).</source>
        <translation>La campagne «&#xa0;%1&#xa0;» n’a pas été validée&#xa0;: l’élément %2 (%3) a été modifié par %4 après le décompte des décisions (désormais «&#xa0;%5&#xa0;»).</translation>
    </message>
    <message>
        <source>The sign-off of “%1” was not undone: item %2 (%3) was changed by %4 meanwhile (now “%5”).</source>
        <translation>La validation de «&#xa0;%1&#xa0;» n’a pas été annulée&#xa0;: l’élément %2 (%3) a été modifié entre-temps par %4 (désormais «&#xa0;%5&#xa0;»).</translation>
    </message>
</context>
<context>
    <name>ReviewRules</name>
    <message>
        <source>admin scope</source>
        <translation>portée admin</translation>
    </message>
    <message>
        <source>wildcard scope</source>
        <translation>portée générique</translation>
    </message>
    <message>
        <source>credential not in a secrets manager</source>
        <translation>identifiant hors d’un gestionnaire de secrets</translation>
    </message>
    <message>
        <source>handoff point without an approval gate</source>
        <translation>point de passage sans étape d’approbation</translation>
    </message>
</context>
<context>
    <name>ReviewScope</name>
    <message>
        <source>“%1” is not a scope term: use is:identity-subject, is:nhi-risk, paradigm:…, stage:… or plain words.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un terme de périmètre&#xa0;: utilisez is:identity-subject, is:nhi-risk, paradigm:…, stage:… ou des mots simples.</translation>
    </message>
    <message>
        <source>“%1”: unknown value “%2”.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: valeur inconnue «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ReviewShowCommand</name>
    <message>
        <source>, credential %1</source>
        <translation>, identifiant %1</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Réviseurs</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Risque élevé</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Remédiation</translation>
    </message>
    <message>
        <source>Evidence for system %1 %2: none imported</source>
        <translation>Preuves pour le système %1 %2&#xa0;: aucune importée</translation>
    </message>
    <message>
        <source>Evidence for system %1 %2: %L3 events from %4 to %5</source>
        <translation>Preuves pour le système %1 %2&#xa0;: %L3 événements du %4 au %5</translation>
    </message>
</context>
<context>
    <name>RolesCommand</name>
    <message>
        <source>roles apply to server workspaces (postgresql://…) only, not to a workspace file</source>
        <translation>les rôles ne s’appliquent qu’aux espaces de travail sur serveur (postgresql://…), pas à un fichier d’espace de travail</translation>
    </message>
    <message>
        <source>No user holds a role on this workspace.</source>
        <translation>Aucun utilisateur n’a de rôle dans cet espace de travail.</translation>
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
        <translation>Votre rôle&#xa0;: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 now has the role %2 on %3</source>
        <translation>%1 a désormais le rôle %2 dans %3</translation>
    </message>
    <message>
        <source>%1 no longer has the role %2 on %3</source>
        <translation>%1 n’a plus le rôle %2 dans %3</translation>
    </message>
</context>
<context>
    <name>RowVersions</name>
    <message>
        <source>someone else</source>
        <translation>quelqu’un d’autre</translation>
    </message>
    <message>
        <source>%1 was removed by %2 while you were working on it</source>
        <translation>%1 a été supprimé par %2 pendant que vous y travailliez</translation>
    </message>
    <message>
        <source>%1 was changed by %2 while you were working on it</source>
        <translation>%1 a été modifié par %2 pendant que vous y travailliez</translation>
    </message>
    <message>
        <source>%1 is now “%2” (yours: “%3”)</source>
        <translation>%1 vaut maintenant «&#xa0;%2&#xa0;» (votre valeur&#xa0;: «&#xa0;%3&#xa0;»)</translation>
    </message>
    <message>
        <source>%1 was changed by %2 while you were working on it: %3</source>
        <translation>%1 a été modifié par %2 pendant que vous y travailliez&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>SecretScanner</name>
    <message>
        <source>AWS access key</source>
        <translation>Clé d’accès AWS</translation>
    </message>
    <message>
        <source>AWS secret access key</source>
        <translation>Clé d’accès secrète AWS</translation>
    </message>
    <message>
        <source>GitHub token</source>
        <translation>Jeton GitHub</translation>
    </message>
    <message>
        <source>GitLab token</source>
        <translation>Jeton GitLab</translation>
    </message>
    <message>
        <source>Slack token</source>
        <translation>Jeton Slack</translation>
    </message>
    <message>
        <source>Slack webhook URL</source>
        <translation>URL de webhook Slack</translation>
    </message>
    <message>
        <source>JSON web token</source>
        <translation>Jeton web JSON</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clé privée</translation>
    </message>
    <message>
        <source>Password in a URL</source>
        <translation>Mot de passe dans une URL</translation>
    </message>
    <message>
        <source>Password in a connection string</source>
        <translation>Mot de passe dans une chaîne de connexion</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>API key or token</source>
        <translation>Clé d’API ou jeton</translation>
    </message>
    <message>
        <source>High-entropy string</source>
        <translation>Chaîne à forte entropie</translation>
    </message>
</context>
<context>
    <name>ServerLocation</name>
    <message>
        <source>not a postgresql:// address</source>
        <translation>pas une adresse postgresql://</translation>
    </message>
    <message>
        <source>malformed server address: %1</source>
        <translation>adresse de serveur mal formée&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server address names no host</source>
        <translation>l’adresse du serveur n’indique aucun hôte</translation>
    </message>
    <message>
        <source>port %1 is out of range</source>
        <translation>le port %1 est hors limites</translation>
    </message>
    <message>
        <source>the server address names no single database</source>
        <translation>l’adresse du serveur n’indique pas une base de données unique</translation>
    </message>
    <message>
        <source>unknown TLS mode &quot;%1&quot;</source>
        <translation>mode TLS inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 on %2:%3</source>
        <translation>%1 sur %2:%3</translation>
    </message>
</context>
<context>
    <name>SystemField</name>
    <message>
        <source>External id</source>
        <translation>ID externe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Operated by vendor</source>
        <translation>Exploité par le fournisseur</translation>
    </message>
    <message>
        <source>Paradigm</source>
        <translation>Paradigme</translation>
    </message>
    <message>
        <source>Output kind</source>
        <translation>Type de sortie</translation>
    </message>
    <message>
        <source>Selects actions</source>
        <translation>Choisit ses actions</translation>
    </message>
    <message>
        <source>Uses tools</source>
        <translation>Utilise des outils</translation>
    </message>
    <message>
        <source>Approval gate</source>
        <translation>Étape d’approbation</translation>
    </message>
    <message>
        <source>Accesses credentials</source>
        <translation>Accède à des identifiants</translation>
    </message>
    <message>
        <source>Affects external systems</source>
        <translation>Agit sur l’extérieur</translation>
    </message>
    <message>
        <source>Output feeds execution</source>
        <translation>Sortie vers l’exécution</translation>
    </message>
    <message>
        <source>Persistent memory</source>
        <translation>Mémoire persistante</translation>
    </message>
    <message>
        <source>Multi-agent</source>
        <translation>Multi-agents</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Phase du cycle de vie</translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation>Responsable métier</translation>
    </message>
    <message>
        <source>Technical owner</source>
        <translation>Responsable technique</translation>
    </message>
    <message>
        <source>Risk owner</source>
        <translation>Responsable des risques</translation>
    </message>
    <message>
        <source>Offboarding plan</source>
        <translation>Plan de décommissionnement</translation>
    </message>
    <message>
        <source>Review cadence (days)</source>
        <translation>Fréquence de revue (jours)</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Dernière revue</translation>
    </message>
    <message>
        <source>Custom attributes</source>
        <translation>Attributs personnalisés</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie des valeurs&#xa0;: %2</translation>
    </message>
    <message>
        <source>a system needs a name</source>
        <translation>un système doit avoir un nom</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a person id</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un ID de personne</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of days between 0 and 3650</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre de jours entre 0 et 3650</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>custom attributes must be a JSON object</source>
        <translation>les attributs personnalisés doivent être un objet JSON</translation>
    </message>
    <message>
        <source>Credentials revoked</source>
        <translation>Identifiants révoqués</translation>
    </message>
    <message>
        <source>Tools detached</source>
        <translation>Outils détachés</translation>
    </message>
    <message>
        <source>Owners released</source>
        <translation>Responsables libérés</translation>
    </message>
    <message>
        <source>Logs retained</source>
        <translation>Journaux conservés</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni oui ni non</translation>
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
        <translation>Enregistré comme %1</translation>
    </message>
    <message>
        <source>; its behaviour suggests %1</source>
        <translation>&#xa0;; son comportement suggère %1</translation>
    </message>
    <message>
        <source>; its behaviour agrees</source>
        <translation>&#xa0;; son comportement concorde</translation>
    </message>
    <message>
        <source>credentials revoked: %1, tools detached: %2, owners released: %3, logs retained: %4</source>
        <translation>identifiants révoqués&#xa0;: %1, outils détachés&#xa0;: %2, responsables libérés&#xa0;: %3, journaux conservés&#xa0;: %4</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message numerus="yes">
        <source>every %Ln days</source>
        <translation>
            <numerusform>chaque jour</numerusform>
            <numerusform>tous les %Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>default for its kind</source>
        <translation>valeur par défaut pour son type</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Runtime authority</source>
        <translation>Autorité d’exécution</translation>
    </message>
    <message>
        <source>Identity subject</source>
        <translation>Sujet d’identité</translation>
    </message>
    <message>
        <source>NHI risk</source>
        <translation>Risque NHI</translation>
    </message>
    <message>
        <source>Access footprint</source>
        <translation>Empreinte d’accès</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Phase du cycle de vie</translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation>Responsable métier</translation>
    </message>
    <message>
        <source>Technical owner</source>
        <translation>Responsable technique</translation>
    </message>
    <message>
        <source>Risk owner</source>
        <translation>Responsable des risques</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Dernière revue</translation>
    </message>
    <message>
        <source>Review cadence</source>
        <translation>Fréquence de revue</translation>
    </message>
    <message>
        <source>Offboarding plan</source>
        <translation>Plan de décommissionnement</translation>
    </message>
    <message>
        <source>Offboarding checklist</source>
        <translation>Liste de contrôle du décommissionnement</translation>
    </message>
    <message>
        <source>Privilege boundary</source>
        <translation>Périmètre de privilèges</translation>
    </message>
    <message>
        <source>No privileges recorded.</source>
        <translation>Aucun privilège enregistré.</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Approval gate</source>
        <translation>Étape d’approbation</translation>
    </message>
    <message>
        <source>Logging</source>
        <translation>Journalisation</translation>
    </message>
    <message>
        <source>Handoff</source>
        <translation>Point de passage</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>%1, wildcard</source>
        <translation>%1, générique</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Last rotated</source>
        <translation>Dernier renouvellement</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Environnements</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Aucun constat.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Framework items</source>
        <translation>Éléments de référentiel</translation>
    </message>
    <message>
        <source>Framework mappings</source>
        <translation>Correspondances aux référentiels</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Control note</source>
        <translation>Note de contrôle</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <source>Latest review: %1</source>
        <translation>Dernière revue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Réviseur</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidé</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>byte 0x%1 is neither valid UTF-8 nor defined in Windows-1252, so the file is in neither encoding; save it as UTF-8</source>
        <translation>l’octet 0x%1 n’est ni de l’UTF-8 valide ni défini en Windows-1252&#xa0;: le fichier n’est dans aucun de ces encodages&#xa0;; enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <source>an unpaired UTF-16 surrogate (0x%1): the file is not valid UTF-16</source>
        <translation>un demi-codet UTF-16 isolé (0x%1)&#xa0;: le fichier n’est pas de l’UTF-16 valide</translation>
    </message>
    <message>
        <source>the file could not be read: %1</source>
        <translation>le fichier n’a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>UTF-8 with byte-order mark</source>
        <translation>UTF-8 avec indicateur d’ordre des octets</translation>
    </message>
    <message>
        <source>UTF-16 little-endian</source>
        <translation>UTF-16 petit-boutiste</translation>
    </message>
    <message>
        <source>UTF-16 big-endian</source>
        <translation>UTF-16 gros-boutiste</translation>
    </message>
    <message>
        <source>the file is not open for reading</source>
        <translation>le fichier n’est pas ouvert en lecture</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>this is not a text file: it holds binary data</source>
        <translation>ce n’est pas un fichier texte&#xa0;: il contient des données binaires</translation>
    </message>
    <message>
        <source>the bytes here are not valid UTF-8, the encoding chosen from the start of the file</source>
        <translation>les octets ici ne sont pas de l’UTF-8 valide, l’encodage déduit du début du fichier</translation>
    </message>
    <message>
        <source>the file ends in the middle of a UTF-16 character</source>
        <translation>le fichier se termine au milieu d’un caractère UTF-16</translation>
    </message>
    <message>
        <source>a NUL character, which text files do not hold; is this a binary file?</source>
        <translation>un caractère NUL, absent des fichiers texte&#xa0;; s’agit-il d’un fichier binaire&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ValueNormalizer</name>
    <message>
        <source>&apos;%1&apos; names several paradigms: %2</source>
        <translation>«&#xa0;%1&#xa0;» désigne plusieurs paradigmes&#xa0;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD, MM/DD/YYYY, DD.MM.YYYY or YYYY/MM/DD)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date (AAAA-MM-JJ, MM/JJ/AAAA, JJ.MM.AAAA ou AAAA/MM/JJ)</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Indéterminé</translation>
    </message>
    <message>
        <source>Causal</source>
        <translation>Causal</translation>
    </message>
    <message>
        <source>Predictive</source>
        <translation>Prédictif</translation>
    </message>
    <message>
        <source>Generative</source>
        <translation>Génératif</translation>
    </message>
    <message>
        <source>Agentic</source>
        <translation>Agentique</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Prédiction</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Per action</source>
        <translation>Par action</translation>
    </message>
    <message>
        <source>Per session</source>
        <translation>Par session</translation>
    </message>
    <message>
        <source>Two-person</source>
        <translation>Double validation</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Développement</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Retiring</source>
        <translation>En fin de vie</translation>
    </message>
    <message>
        <source>Offboarded</source>
        <translation>Décommissionné</translation>
    </message>
    <message>
        <source>Informs</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Generates</source>
        <translation>Génère</translation>
    </message>
    <message>
        <source>Gated execution</source>
        <translation>Exécution approuvée</translation>
    </message>
    <message>
        <source>Autonomous execution</source>
        <translation>Exécution autonome</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>Admin or secrets</source>
        <translation>Admin ou secrets</translation>
    </message>
    <message>
        <source>Execute</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>OAuth client</source>
        <translation>Client OAuth</translation>
    </message>
    <message>
        <source>Service account</source>
        <translation>Compte de service</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Workload identity</source>
        <translation>Identité de charge de travail</translation>
    </message>
    <message>
        <source>Secrets manager</source>
        <translation>Gestionnaire de secrets</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Config file</source>
        <translation>Fichier de configuration</translation>
    </message>
    <message>
        <source>CI/CD</source>
        <translation>CI/CD</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>Variable d’environnement</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Locale</translation>
    </message>
    <message>
        <source>Central / SIEM</source>
        <translation>Centrale / SIEM</translation>
    </message>
    <message>
        <source>Not a handoff point</source>
        <translation>Pas un point de transfert</translation>
    </message>
    <message>
        <source>Code commit</source>
        <translation>Commit de code</translation>
    </message>
    <message>
        <source>Ticket closure</source>
        <translation>Clôture de ticket</translation>
    </message>
    <message>
        <source>Infrastructure change</source>
        <translation>Modification d’infrastructure</translation>
    </message>
    <message>
        <source>Data access</source>
        <translation>Accès aux données</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>External message</source>
        <translation>Message externe</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Pending revocation</source>
        <translation>Révocation en attente</translation>
    </message>
    <message>
        <source>To be narrowed</source>
        <translation>À restreindre</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lacune</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partiel</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Atténué</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Non applicable</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Validée</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Privilege</source>
        <translation>Privilège</translation>
    </message>
    <message>
        <source>Owners still right?</source>
        <translation>Responsables toujours corrects&#xa0;?</translation>
    </message>
    <message>
        <source>Approval gate adequate?</source>
        <translation>Étape d’approbation adéquate&#xa0;?</translation>
    </message>
    <message>
        <source>Logging adequate?</source>
        <translation>Journalisation adéquate&#xa0;?</translation>
    </message>
    <message>
        <source>Offboarding plan adequate?</source>
        <translation>Plan de décommissionnement adéquat&#xa0;?</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Reduce</source>
        <translation>Réduire</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Incertain</translation>
    </message>
</context>
<context>
    <name>WorkspaceError</name>
    <message>
        <source>file is shorter than its header says</source>
        <translation>le fichier est plus court que ne l’indique son en-tête</translation>
    </message>
    <message>
        <source>schema %1, this build reads up to %2</source>
        <translation>schéma %1, cette version lit jusqu’au schéma %2</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1&#xa0;: fichier introuvable.</translation>
    </message>
    <message>
        <source>%1: a file already exists there; it was left untouched.</source>
        <translation>%1&#xa0;: un fichier existe déjà à cet emplacement&#xa0;; il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1: not a Mandate workspace.</source>
        <translation>%1&#xa0;: ce n’est pas un espace de travail Mandate.</translation>
    </message>
    <message>
        <source>%1: written by a newer version of Mandate; update Mandate to open it.</source>
        <translation>%1&#xa0;: écrit par une version plus récente de Mandate&#xa0;; mettez Mandate à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>%1: the workspace is damaged or truncated; restore it from a backup.</source>
        <translation>%1&#xa0;: l’espace de travail est endommagé ou tronqué&#xa0;; restaurez-le à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>%1: another Mandate window or command holds this workspace open.</source>
        <translation>%1&#xa0;: une autre fenêtre ou commande Mandate garde cet espace de travail ouvert.</translation>
    </message>
    <message>
        <source>%1: the workspace is read-only; it cannot be opened for editing.</source>
        <translation>%1&#xa0;: l’espace de travail est en lecture seule&#xa0;; impossible de l’ouvrir en modification.</translation>
    </message>
    <message>
        <source>%1: the workspace could not be read or written.</source>
        <translation>%1&#xa0;: impossible de lire ou d’écrire l’espace de travail.</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>could not write the backup %1</source>
        <translation>impossible d’écrire la sauvegarde %1</translation>
    </message>
    <message>
        <source>the PostgreSQL driver for Qt (libqt6sql6-psql) is not installed</source>
        <translation>le pilote PostgreSQL pour Qt (libqt6sql6-psql) n’est pas installé</translation>
    </message>
    <message>
        <source>the database name is too long for its roles (at most %1 bytes)</source>
        <translation>le nom de la base de données est trop long pour ses rôles (%1 octets au maximum)</translation>
    </message>
    <message>
        <source>you may not change this workspace: you have no role on it</source>
        <translation>vous ne pouvez pas modifier cet espace de travail&#xa0;: vous n’y avez aucun rôle</translation>
    </message>
    <message>
        <source>you may not change this workspace: your role on this workspace is %1</source>
        <translation>vous ne pouvez pas modifier cet espace de travail&#xa0;: votre rôle dans cet espace de travail est %1</translation>
    </message>
    <message>
        <source>its schema (version %1) needs upgrading to version %2, which only the owner of the database can do by opening it once with this version of Mandate: %3</source>
        <translation>son schéma (version %1) doit être mis à niveau vers la version %2, ce que seul le propriétaire de la base peut faire en l’ouvrant une fois avec cette version de Mandate&#xa0;: %3</translation>
    </message>
    <message>
        <source>no server workspace has schema version %1</source>
        <translation>aucun espace de travail sur serveur n’a la version de schéma %1</translation>
    </message>
</context>
<context>
    <name>WorkspaceJsonWriter</name>
    <message>
        <source>cannot write: %1</source>
        <translation>écriture impossible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>WorkspaceMigration</name>
    <message>
        <source>%1: could not read the table %2 (%3)</source>
        <translation>%1&#xa0;: impossible de lire la table %2 (%3)</translation>
    </message>
    <message>
        <source>%1: could not copy the table %2 (%3)</source>
        <translation>%1&#xa0;: impossible de copier la table %2 (%3)</translation>
    </message>
    <message>
        <source>%1: could not start writing (%2)</source>
        <translation>%1&#xa0;: impossible de commencer l’écriture (%2)</translation>
    </message>
    <message>
        <source>%1: could not record the migration in the audit log (%2)</source>
        <translation>%1&#xa0;: impossible de consigner la migration dans le journal d’audit (%2)</translation>
    </message>
    <message>
        <source>%1: could not store the copy (%2)</source>
        <translation>%1&#xa0;: impossible d’enregistrer la copie (%2)</translation>
    </message>
    <message>
        <source>%1: could not read the workspace (%2)</source>
        <translation>%1&#xa0;: impossible de lire l’espace de travail (%2)</translation>
    </message>
    <message>
        <source>%1: the audit chain does not verify, so nothing was copied: %2</source>
        <translation>%1&#xa0;: la chaîne d’audit n’est pas vérifiée, rien n’a donc été copié&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1; nothing was kept at %2.</source>
        <translation>%1&#xa0;; rien n’a été conservé à l’emplacement %2.</translation>
    </message>
    <message>
        <source>%1; what was created at %2 could not be removed (%3).</source>
        <translation>%1&#xa0;; ce qui a été créé à l’emplacement %2 n’a pas pu être supprimé (%3).</translation>
    </message>
    <message>
        <source>%1: the audit chain of the copy does not verify (%2)</source>
        <translation>%1&#xa0;: la chaîne d’audit de la copie n’est pas vérifiée (%2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Governance workbench for AI systems as identities.</source>
        <translation>Atelier de gouvernance des systèmes d’IA en tant qu’identités.</translation>
    </message>
    <message>
        <source>Open the demo workspace.</source>
        <translation>Ouvre l’espace de travail de démonstration.</translation>
    </message>
    <message>
        <source>The workspace file to open.</source>
        <translation>Le fichier d’espace de travail à ouvrir.</translation>
    </message>
</context>
</TS>
