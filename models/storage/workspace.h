#pragma once
// The open workspace: the one path through which everything reads and edits an inventory.
//
// It owns the database, an in-memory copy of the systems (authoritative while open, since the file
// is held exclusively), the undo stack and the audit log. Edits from views, dialogs and the CLI go
// through the edit methods below, which push undo commands; the commands call the apply methods,
// which write one transaction with its audit entries and then announce what changed (ids and
// fields), so item models can emit precise signals.

#include "domain/aisystem.h"
#include "domain/campaign.h"
#include "domain/credential.h"
#include "domain/evidenceevent.h"
#include "domain/importfinding.h"
#include "domain/mapping.h"
#include "domain/mapplacement.h"
#include "domain/observedaccess.h"
#include "domain/person.h"
#include "domain/privilege.h"
#include "rules/frameworkcatalog.h"
#include "storage/auditentry.h"
#include "storage/evidenceimportreport.h"
#include "storage/importwriter.h"
#include "storage/recordaudit.h"
#include "storage/workspaceerror.h"

#include <QHash>
#include <QSet>
#include <QObject>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>

class QTimer;
class QUndoStack;

namespace Mandate {

class AuditLog;
class CampaignRepository;
struct CampaignState;
class ReviewScope;
class Database;
class MappingRepository;
class PrivilegeRepository;
class SystemRepository;
namespace ReviewSnapshot {
struct OwnerNames;
}

// What verify() found; ok when the chain is intact.
struct AuditVerification
{
    bool ok = true;
    qint64 entriesChecked = 0;
    qint64 firstBadSequence = 0; // 0 when ok
    QString problem;             // translated, names the entry and what is wrong
    QByteArray headHash;         // hex hash of the last entry
};

// Everything removed with a system, so that undo can put it back exactly.
struct SystemSnapshot
{
    AiSystem system;
    QVector<Privilege> privileges;
    QVector<ImportFinding> findings;
    // The analyst's decisions: the database drops them with the system. The initializer keeps
    // SystemSnapshot { system, {}, {} } free of -Wmissing-field-initializers.
    QVector<Mapping> mappings = {};
};

class Workspace : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *fileSuffix = "mandate";

    // Creates a new workspace file; refuses if anything exists at path.
    static std::unique_ptr<Workspace> create(const QString &path, WorkspaceError *error);
    // Opens an existing workspace; the file is left byte-for-byte unchanged on any error.
    static std::unique_ptr<Workspace> open(const QString &path, WorkspaceError *error);
    ~Workspace() override;

    QString filePath() const;
    int schemaVersion() const;

    // Who is recorded in the audit log for the edits that follow.
    QString actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }
    // The analyst name from settings, else the OS user.
    static QString defaultActor();

    QUndoStack *undoStack() const { return m_undoStack; }

    // --- reading -------------------------------------------------------------------------------
    int systemCount() const { return m_order.size(); }
    const QVector<SystemId> &systemIds() const { return m_order; } // ascending
    const AiSystem *system(SystemId id) const;
    QVector<Person> people() const;
    const Person *person(PersonId id) const;
    PersonId personIdByName(const QString &name) const; // 0 if none
    QVector<Privilege> privileges(SystemId id) const;
    QVector<Privilege> allPrivileges() const; // one read for whole-estate rules, by system then id
    QVector<Credential> credentials() const;
    Credential credential(CredentialId id) const;
    QVector<SystemId> systemsUsingCredential(CredentialId id) const;
    // How many systems use each credential, in one query (credentials no privilege uses are absent).
    QHash<CredentialId, int> systemCountPerCredential() const;

    QVector<AuditEntry> auditEntries(qint64 fromSequence = 1, int limit = -1) const;
    qint64 auditCount() const;
    AuditVerification verifyAudit() const;

    // --- editing: each pushes one undo command; false when invalid (lastError() says why) or when
    // nothing would change (lastError() empty) -----------------------------------------------------
    bool setSystemValue(SystemId id, SystemField field, const QVariant &value);
    // Owners by name: finds the person or creates one, in the same undo step.
    bool setSystemOwner(SystemId id, SystemField ownerField, const QString &personName);
    SystemId addSystem(const AiSystem &prototype);
    void removeSystems(const QVector<SystemId> &ids);
    // Moves systems on the map (new paradigm and position each) as one undo step called text.
    // Placements that change nothing are dropped; false when none is left or one names no system.
    bool placeSystems(const QVector<MapPlacement> &placements, const QString &text);
    MapPlacement placement(SystemId id) const;

    // Privilege boundaries and credentials (workspaceprivileges.cpp). Each is one undo step and
    // refuses, with lastError() saying why and nothing changed, a record that names no system or
    // credential, a privilege without a target, a credential without a name or that expires or
    // was rotated before it was created, and the removal of a credential still in use.
    PrivilegeId addPrivilege(const Privilege &privilege); // 0 when refused
    bool updatePrivilege(const Privilege &changed);       // by id; false when nothing changes
    bool removePrivileges(const QVector<PrivilegeId> &ids);
    Privilege privilege(PrivilegeId id) const;            // id 0 when there is none
    CredentialId addCredential(const Credential &credential);
    bool updateCredential(const Credential &changed);
    bool removeCredential(CredentialId id);

    // Framework mappings (workspacemappings.cpp). setMapping() inserts or updates the one mapping
    // of (system, catalog, item), recording actor() and now as who decided and when; it refuses,
    // with lastError() saying why and nothing changed, a system that does not exist or a catalog
    // item that no built-in or stored catalog has. Each call is one undo step, audited.
    qint64 setMapping(const Mapping &mapping); // the mapping's id (unchanged: no undo step); 0 when refused
    // Many at once (accepting suggestions in bulk) as one undo step called text; all or nothing.
    bool setMappings(const QVector<Mapping> &mappings, const QString &text);
    bool removeMapping(qint64 id);
    // Several at once as one undo step called text; none removed if one names no mapping.
    bool removeMappings(const QVector<qint64> &ids, const QString &text);
    QVector<Mapping> mappings(SystemId id) const;
    QVector<Mapping> allMappings() const;

    // Framework catalogs (workspacecatalogs.cpp). catalogs() is the built-in ones, then those an
    // analyst loaded into this workspace, in the order loaded (kept in memory, read at open).
    // addCatalog() stores an extra catalog, or replaces a stored one of the same id (a newer
    // version); removeCatalog() drops a stored one. Each is one undo step, audited, and refuses,
    // with lastError() saying why and nothing changed: a built-in catalog's id, a replacement that
    // lacks an item some mapping refers to (named), the removal of a catalog mappings refer to.
    // Mappings may then refer to the stored catalog's items (see setMapping()).
    QVector<FrameworkCatalog> catalogs() const;
    bool addCatalog(const FrameworkCatalog &catalog);
    bool removeCatalog(const QString &catalogId);

    // People (workspacepeople.cpp). Each is one undo step, audited field by field, and refuses,
    // with lastError() saying why and nothing changed, an empty name, a name another person has
    // (as personNameKey() compares), an email that is not empty and not plausible, and the removal
    // of a person who still owns a system. An edit also announces the owner fields of the systems
    // the person owns, so that owner names shown elsewhere follow.
    PersonId addPerson(const Person &person); // 0 when refused
    bool updatePerson(const Person &changed); // by id; false when nothing changes
    bool removePerson(PersonId id);
    QVector<SystemId> systemsOwnedBy(PersonId id) const; // as any owner, ascending

    // --- applying: called by undo commands only; each is one transaction, audited ---------------
    enum class Origin { Edit, Undo, Redo };
    // Whether the field counts as the analyst's own afterwards (a re-import then asks before
    // overwriting it). ByOrigin: edits and redos mark it, undos leave the mark as it is.
    enum class EditedMark { ByOrigin, Set, Clear };
    bool applySystemValue(SystemId id, SystemField field, const QVariant &value, Origin origin,
                          EditedMark mark = EditedMark::ByOrigin);
    // Inserts with the snapshot's ids where set (undo of a removal), else new ones; returns the ids.
    QVector<SystemId> applyInsertSystems(const QVector<SystemSnapshot> &snapshots, Origin origin);
    bool applyRemoveSystems(const QVector<SystemId> &ids, Origin origin);
    // One transaction for all; a paradigm change is audited and marked as the analyst's like any
    // edit, a position change is audited as map_position.
    bool applyPlacements(const QVector<MapPlacement> &placements, Origin origin);
    PersonId applyInsertPerson(const Person &person, Origin origin);
    bool applyRemovePerson(PersonId id, Origin origin);
    SystemSnapshot snapshot(SystemId id) const;
    // One row from how it was (nullopt: absent) to how it is to be (nullopt: removed). An added
    // row keeps the id in *to if it has one, else gets a new one written back into *to.
    bool applyRecordChange(const std::optional<Privilege> &from, std::optional<Privilege> *to, Origin origin);
    bool applyRecordChange(const std::optional<Credential> &from, std::optional<Credential> *to, Origin origin);
    bool applyRecordChange(const std::optional<Mapping> &from, std::optional<Mapping> *to, Origin origin);
    bool applyRecordChange(const std::optional<Person> &from, std::optional<Person> *to, Origin origin); // people
    // A stored catalog (workspacecatalogs.cpp), replaced whole; loaded_at and loaded_by say now and actor().
    bool applyRecordChange(
        const std::optional<FrameworkCatalog> &from, std::optional<FrameworkCatalog> *to, Origin origin);

    // Bulk seeding without undo (the demo workspace, later imports): one transaction, audited.
    bool insertBulk(const QVector<Person> &people, const QVector<Credential> &credentials,
                    const QVector<SystemSnapshot> &systems, QString *error);

    // --- importing (see ImportWriter) -----------------------------------------------------------
    // A copy of what an import compares against; cheap (implicitly shared), safe to read on a worker.
    WorkspaceSnapshot importSnapshot() const;
    // Lends the connection to an import's write pass, which may run on a worker thread; until
    // finishImport() the workspace refuses edits and reads nothing from the database.
    ImportContext beginImport(bool keepAddedSystems = true);
    bool isImporting() const { return m_importing; }
    // Takes the connection back; when the import committed, updates the systems in memory, pushes
    // one undo step for the whole import and announces what changed.
    void finishImport(const ImportResult &result);
    QVector<ImportFinding> importFindings(SystemId id) const;
    QSet<SystemId> systemsWithImportFindings() const;

    // Runtime evidence (workspaceevidence.cpp, issue 6). importEvidence() matches each event to a
    // system: the one whose id (systemRef all digits) or external id is systemRef, else every system
    // whose privileges use the credential credentialRef names (by id or name). Unmatched events are
    // counted in the report, never fatal, and not stored. One transaction, one undo step (undo takes
    // the whole batch away), one audit entry; false with lastError() when it cannot be stored.
    bool importEvidence(const QVector<EvidenceEvent> &events, const QString &sourceFile, const QString &format,
                        EvidenceImportReport *report = nullptr);
    // What a system was observed doing, aggregated by (target, tool, action); empty: no evidence.
    QVector<ObservedAccess> observedAccess(SystemId id) const;
    QHash<SystemId, QVector<ObservedAccess>> allObservedAccess() const; // one grouped query
    EvidenceWindow evidenceWindow(SystemId id) const;
    QSet<SystemId> systemsWithEvidence() const;
    // Called by the evidence import's undo command only. batchId 0 on the first run gets a new id,
    // written back; a redo passes it again so the batch comes back under the same id.
    bool applyEvidenceImport(const QVector<EvidenceEvent> &events, const QString &sourceFile, const QString &format,
                             qint64 *batchId, Origin origin, EvidenceImportReport *report);
    bool applyRemoveEvidenceBatch(qint64 batchId, Origin origin);

    // Access reviews (workspacereviews.cpp, issue 6, DOMAIN.md section 9). createCampaign() takes
    // name, scope (ReviewScope text), reviewers and due date from the draft and fixes the items of
    // every system the scope covers: its owners question, one item per privilege, then its approval
    // gate, logging and offboarding questions, each with a snapshot (ReviewSnapshot). Every call
    // below is one undo step, audited, and refuses with lastError() saying why and nothing changed.
    // createCampaign refuses an empty name, no reviewer, a scope that does not parse or covers no
    // system, a due date before today.
    CampaignId createCampaign(const Campaign &draft); // 0 when refused
    QVector<SystemId> systemsInScope(const ReviewScope &scope) const; // ascending
    QVector<Campaign> campaigns() const;              // newest first, with progress
    // id 0 when there is none; without progress, items and decided stay 0 (counting them reads
    // every item of the campaign).
    Campaign campaign(CampaignId id, bool withProgress = true) const;
    QVector<ReviewItem> reviewItems(CampaignId id) const; // in the order a session walks them
    QVector<ReviewItem> reviewItemsByIds(const QVector<ReviewItemId> &ids) const; // those that exist
    // Records a reviewer's decisions, all or nothing. Refused: a campaign that is not open, a
    // reviewer who is not one of its reviewers, an item of another campaign or of none, a decision
    // that does not fit the item, a keep of a high-risk privilege without justification, an item of
    // a system the reviewer owns (separation of duties), an item stored at another version than the
    // input's basedOn (decided by someone else since: the message names them and both decisions).
    bool decideReviewItems(CampaignId id, const QString &reviewer, const QVector<ReviewDecisionInput> &decisions);
    // Why reviewer may not decide item at all (translated), empty when they may.
    QString reviewBlock(const Campaign &campaign, const ReviewItem &item, const QString &reviewer) const;
    // The owners a separation-of-duties check compares with: as snapshotted and as they are now.
    QStringList reviewItemOwners(const ReviewItem &item) const;
    // Freezes an open campaign once every item is decided and none is unsure; revoke marks the
    // privilege pending revocation, reduce marks it to be narrowed. Refused for a non-reviewer.
    bool signOffCampaign(CampaignId id, const QString &reviewer);
    bool closeCampaign(CampaignId id); // frozen without sign-off, no remediation
    // Where a reviewer's guided session stopped (0: never started). Not an edit: no undo, no audit.
    ReviewItemId reviewPosition(CampaignId id, const QString &reviewer) const;
    void setReviewPosition(CampaignId id, const QString &reviewer, ReviewItemId item);
    // Called by the review undo commands only.
    bool applyCampaignInsert(Campaign *campaign, QVector<ReviewItem> *items, Origin origin);
    bool applyCampaignRemove(CampaignId id, Origin origin);
    // The items from how they were (as this workspace last wrote or read them) to *to, whose
    // versions are updated. Refused, nothing written, when one has moved on to another decision
    // since (another reviewer's), or the campaign is no longer open.
    bool applyReviewDecisions(CampaignId id, const QVector<ReviewItem> &from, QVector<ReviewItem> *to, Origin origin);
    // Sets the campaign's status (and finished at/by), the items' remediation and the privileges
    // whole, in one transaction. Refused when an item of from.items has moved on since it was read.
    bool applyCampaignState(const CampaignState &from, CampaignState *to, Origin origin);

    // Roles on a server workspace (workspaceroles.cpp; the grants themselves are postgresroles.h):
    // viewer, analyst, reviewer, admin, enforced by the server. grantRole()/revokeRole() make the
    // server user a member of the role or not, one audited transaction each, not an undo step; they
    // refuse, with lastError() saying why and nothing changed, on a file workspace, an unknown role
    // or user, a grant already held or a revoke of one not held, and a caller who is not an admin.
    struct RoleMember
    {
        QString user;
        QString role;
    };
    bool grantRole(const QString &user, const QString &role);
    bool revokeRole(const QString &user, const QString &role);
    QVector<RoleMember> roleMembers() const; // by user, then role; empty on a file workspace
    // The connected user's roles, most capable first ({"admin"}, analyst and/or reviewer, or
    // {"viewer"}); empty on a file workspace or with none.
    QStringList currentRoles() const;

    // The last write error, for callers that want to show it.
    QString lastError() const { return m_lastError; }

signals:
    void systemsChanged(const QVector<Mandate::SystemId> &ids, const Mandate::SystemFields &fields);
    void systemsAdded(const QVector<Mandate::SystemId> &ids);
    void systemsRemoved(const QVector<Mandate::SystemId> &ids);
    void peopleChanged(const QVector<Mandate::PersonId> &ids);
    // These systems' privilege boundaries changed (their PrivilegeSummary is already updated).
    void privilegesChanged(const QVector<Mandate::SystemId> &systems);
    void credentialsChanged(const QVector<Mandate::CredentialId> &ids);
    // These systems' framework mappings changed.
    void mappingsChanged(const QVector<Mandate::SystemId> &systems);
    // A framework catalog was loaded, replaced or removed: catalogs() differs.
    void catalogsChanged();
    // Map positions changed (a paradigm change also comes as systemsChanged).
    void placementsChanged(const QVector<Mandate::SystemId> &ids);
    // These systems' runtime evidence changed (an evidence import or its undo).
    void evidenceChanged(const QVector<Mandate::SystemId> &systems);
    // Campaigns were created, removed, decided on, signed off or closed.
    void campaignsChanged(const QVector<Mandate::CampaignId> &ids);
    // These items of a campaign changed (a decision, its undo, a sign-off's remediation), before
    // campaignsChanged: a session repaints them without reading the whole campaign again.
    void reviewItemsChanged(Mandate::CampaignId campaign, const QVector<Mandate::ReviewItemId> &items);
    void writeFailed(const QString &message);
    // An import's write pass has the connection (true) or has given it back (false).
    void importingChanged(bool importing);
    // After every stored change, once its data signals are out: the log now ends at lastSequence.
    void auditAppended(qint64 lastSequence);

private:
    explicit Workspace(std::unique_ptr<Database> database, QObject *parent = nullptr);
    bool load(WorkspaceError *error);
    bool loadPrivilegeSummaries();
    bool loadCatalogs(); // workspacecatalogs.cpp
    void fail(const QString &message);
    QString storageError() const; // what the last failed statement said
    QString privilegeProblem(const Privilege &privilege) const;
    QString credentialProblem(const Credential &credential) const;
    QString mappingProblem(const Mapping &mapping) const;
    QString personProblem(const Person &person) const;
    ReviewSnapshot::OwnerNames ownerNames(const AiSystem &system) const; // workspacereviews.cpp
    QString openCampaignProblem(CampaignId id, const Campaign &campaign) const; // why it cannot change state
    // The stored row a setMapping() would change (id 0: none) and the row it would become.
    bool prepareMapping(const Mapping &mapping, Mapping *old, Mapping *changed);
    bool appendRecordAudit(const QString &entity, qint64 id, const AuditFields &from, const AuditFields &to,
                           const QString &summary, Origin origin);

    QString auditText(SystemField field, const QVariant &value) const;
    bool appendAudit(const QString &action, const QString &entity, qint64 entityId, const QString &field,
                     const QString &oldValue, const QString &newValue);
    static QString actionName(Origin origin, const QString &editAction);
    bool insertAuditedPrivilege(Privilege &privilege, const QString &action);

    // Optimistic concurrency (workspaceconcurrency.cpp, rowversions.h). Inside a write's transaction:
    // the first of ids whose stored row is not the version held in memory, 0 when all are current,
    // nullopt when the read failed.
    std::optional<SystemId> staleSystem(const QVector<SystemId> &ids) const;
    // Before a write's commit: the versions its rows have now (empty when the read failed); after the
    // commit, the systems in memory take them. Read inside the transaction, since after it another
    // writer's change could be taken for ours.
    QHash<SystemId, qint64> systemVersions(const QVector<SystemId> &ids) const;
    void takeSystemVersions(const QHash<SystemId, qint64> &versions);
    // After staleSystem() found id: reads it again, announces what changed, and fails with a message
    // naming who changed it and, for each field the edit set, their value and yours.
    void refuseStaleSystem(SystemId id, const QVector<QPair<SystemField, QVariant>> &yours);
    // Reads these systems again as stored and announces what differs: added, changed or removed.
    void reloadSystems(const QVector<SystemId> &ids);
    // The same with the rows already read: fresh holds those of ids that are stored.
    void takeStoredSystems(const QVector<SystemId> &ids, QHash<SystemId, AiSystem> fresh);
    // Inside a write's transaction, for a change of a stored record from version: true when the stored
    // row is still that version (or version is 0: not read from storage), or holds what from holds
    // (an undo after this workspace's own later steps were undone). Otherwise sets the conflict
    // message (current gives the stored row's fields now, nullopt when it is gone) and returns false.
    bool recordIsCurrent(const QString &table, const QString &entity, qint64 id, qint64 version,
                         const QString &summary, const AuditFields &from, const AuditFields &yours,
                         const std::function<std::optional<AuditFields>()> &current);
    qint64 storedVersion(const QString &table, qint64 id) const; // 0 when gone or unreadable
    // An edit handed in as a record read at version basedOn (0: not said) of a row stored now at
    // version now: the conflict message when they differ, else empty.
    QString staleRecordProblem(const QString &entity, qint64 id, qint64 basedOn, qint64 now, const QString &summary,
                               const AuditFields &stored, const AuditFields &yours) const;
    // Reads the people again as stored and announces those that differ (the owner names with them).
    void reloadPeople();
    // Live changes by other writers on a server (PostgresSchema::changeChannel): notifications are
    // gathered for a moment, then the systems, people and catalogs in memory are read again and
    // every change is announced through the same signals as an edit made here.
    void listenForChanges();
    void takeChangeNotice(const QString &payload);
    void applyChangeNotices();
    // recordIsCurrent() for a row change of privileges, credentials, mappings or people; read gives the
    // stored record by id (id 0: gone). Defined in recordchangecheck.h.
    template<typename Record, typename Read>
    bool recordChangeIsCurrent(const QString &table, const QString &entity, const std::optional<Record> &from,
                               const std::optional<Record> &to, Read read);

    std::unique_ptr<Database> m_database;
    std::unique_ptr<SystemRepository> m_repository;
    std::unique_ptr<PrivilegeRepository> m_privileges;
    std::unique_ptr<MappingRepository> m_mappings;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<CampaignRepository> m_campaigns;
    QUndoStack *m_undoStack = nullptr;
    QString m_actor;
    QString m_lastError;
    QHash<SystemId, AiSystem> m_systems;
    QVector<SystemId> m_order;
    QHash<PersonId, Person> m_people;
    QVector<FrameworkCatalog> m_storedCatalogs; // the catalogs table, in the order loaded
    bool m_importing = false;
    QHash<QString, QSet<QString>> m_changeNotices; // table -> ids ("*": all) announced by others
    QTimer *m_changeNoticeTimer = nullptr;
    qint64 m_sessionId = 0; // the server's id for our session: notices from it are our own
};

} // namespace Mandate
