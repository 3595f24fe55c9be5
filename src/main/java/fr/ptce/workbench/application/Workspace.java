package fr.ptce.workbench.application;

import fr.ptce.workbench.application.attachments.ReadAttachments;
import fr.ptce.workbench.application.common.FileNames;
import fr.ptce.workbench.application.exporting.ExportAvis;
import fr.ptce.workbench.application.importing.ImportDossiers;
import fr.ptce.workbench.application.importing.SyncDossiers;
import fr.ptce.workbench.application.kit.AssignExperts;
import fr.ptce.workbench.application.kit.ExpertReviews;
import fr.ptce.workbench.application.kit.ExportKit;
import fr.ptce.workbench.application.kit.ImportKit;
import fr.ptce.workbench.application.listing.ListDossiers;
import fr.ptce.workbench.application.listing.ListFacets;
import fr.ptce.workbench.application.listing.ListProgress;
import fr.ptce.workbench.application.listing.ReadDashboard;
import fr.ptce.workbench.application.listing.ReadDossiers;
import fr.ptce.workbench.application.listing.SearchDossiers;
import fr.ptce.workbench.application.national.CampaignSettings;
import fr.ptce.workbench.application.national.ConsolidateAvis;
import fr.ptce.workbench.application.national.ExportNational;
import fr.ptce.workbench.application.national.GenerateLetters;
import fr.ptce.workbench.application.national.NationalDecisions;
import fr.ptce.workbench.application.national.PushDecisions;
import fr.ptce.workbench.application.phase2.Phase2Work;
import fr.ptce.workbench.application.review.DraftMotivation;
import fr.ptce.workbench.application.review.OverrideAdmissibility;
import fr.ptce.workbench.application.review.PhaseGrids;
import fr.ptce.workbench.application.review.ReadReviews;
import fr.ptce.workbench.application.review.SaveAvis;
import fr.ptce.workbench.application.review.SaveNote;
import fr.ptce.workbench.application.review.ScoreDossier;
import fr.ptce.workbench.application.team.SharedWork;
import fr.ptce.workbench.application.team.TeamAdministration;
import fr.ptce.workbench.domain.campaign.Campaign;
import fr.ptce.workbench.domain.check.DossierChecker;
import fr.ptce.workbench.domain.check.FragileTerritories;
import fr.ptce.workbench.persistence.CampaignPurge;
import fr.ptce.workbench.persistence.Database;
import fr.ptce.workbench.persistence.StoreDigest;
import fr.ptce.workbench.persistence.StoreEngine;
import fr.ptce.workbench.persistence.WorkspaceBackup;
import fr.ptce.workbench.persistence.WorkspaceEncryption;
import fr.ptce.workbench.spreadsheet.ds.DsExportReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An open workspace: its store and the use cases that work on it. One process opens a workspace at a time;
 * a second one gets a clear French message.
 */
public final class Workspace implements AutoCloseable {

    private final Database database;
    private final Optional<Path> folder;
    private final Optional<PostgresAddress> address;
    private final ImportDossiers importDossiers;
    private final SyncDossiers syncDossiers;
    private final PushDecisions pushDecisions;
    private final ListDossiers listDossiers;
    private final ReadDossiers readDossiers;
    private final SaveNote saveNote;
    private final WorkspaceUser workspaceUser;
    private final ScoreDossier scoreDossier;
    private final ReadReviews readReviews;
    private final SaveAvis saveAvis;
    private final DraftMotivation draftMotivation;
    private final OverrideAdmissibility overrideAdmissibility;
    private final ListProgress listProgress;
    private final ExportAvis exportAvis;
    private final ConsolidateAvis consolidateAvis;
    private final SharedWork shared;
    private final NationalDecisions nationalDecisions;
    private final ExportNational exportNational;
    private final GenerateLetters generateLetters;
    private final AssignExperts assignExperts;
    private final ExportKit exportKit;
    private final ImportKit importKit;
    private final ExpertReviews expertReviews;
    private final ReadDashboard dashboard;
    private final WorkspaceSettings settings;
    private final CampaignSettings campaignSettings;
    private final ListFacets listFacets;
    private final SearchDossiers searchDossiers;
    private final Phase2Work phase2;
    private final ReadAttachments attachments;

    private Workspace(Database database, Optional<Path> folder, Optional<PostgresAddress> address, Clock clock) {
        this.database = database;
        this.folder = folder;
        this.address = address;
        this.settings = new WorkspaceSettings(database, clock);
        this.campaignSettings = new CampaignSettings(database, clock);
        Campaign campaign = campaignSettings.current();
        this.importDossiers = new ImportDossiers(database, new DsExportReader(), clock, campaign);
        this.syncDossiers = new SyncDossiers(importDossiers, database, clock);
        this.pushDecisions = new PushDecisions(database, clock);
        this.listDossiers = new ListDossiers(database, campaign);
        DossierChecker checker = new DossierChecker(campaign, settings.lengthLimits(), FragileTerritories.shipped());
        this.readDossiers = new ReadDossiers(database, checker);
        this.saveNote = new SaveNote(database, clock);
        this.workspaceUser = new WorkspaceUser(database, clock);
        this.scoreDossier = new ScoreDossier(database, checker, clock);
        this.readReviews = new ReadReviews(database);
        this.saveAvis = new SaveAvis(database, checker, clock);
        this.shared = new SharedWork(database, clock);
        this.draftMotivation = new DraftMotivation(database);
        this.overrideAdmissibility = new OverrideAdmissibility(database, checker, clock);
        this.listProgress = new ListProgress(database);
        this.exportAvis = new ExportAvis(database, checker, clock);
        this.consolidateAvis = new ConsolidateAvis(database, clock);
        this.nationalDecisions = new NationalDecisions(database, clock);
        this.exportNational = new ExportNational(database, clock);
        this.generateLetters = new GenerateLetters(database, clock);
        this.assignExperts = new AssignExperts(database, clock);
        this.exportKit = new ExportKit(database, clock);
        this.importKit = new ImportKit(database, checker, clock);
        this.expertReviews = new ExpertReviews(database, clock);
        this.dashboard = new ReadDashboard(database);
        this.listFacets = new ListFacets(database, checker);
        this.searchDossiers = new SearchDossiers(database);
        this.phase2 = new Phase2Work(database, clock);
        this.attachments = new ReadAttachments(database);
    }

    /** Opens (or creates) the workspace stored in this folder. */
    public static Workspace open(Path folder) {
        return open(folder, null);
    }

    /**
     * Opens (or creates) the workspace stored in this folder with its password; a workspace created with a password
     * is encrypted (AES). {@code password} is null for a workspace that is not encrypted.
     */
    public static Workspace open(Path folder, char[] password) {
        return new Workspace(
                WorkspaceAccessException.around(() -> Database.openFile(folder, password)),
                Optional.of(folder),
                Optional.empty(),
                Clock.systemDefaultZone());
    }

    /**
     * Opens a team workspace on a PostgreSQL server ({@code postgresql://HOST[:PORT]/DATABASE}) with this login and
     * password (null: the server asks for none), migrating its database to the current schema. The password serves
     * this connection only; the workbench never stores it.
     */
    public static Workspace openShared(PostgresAddress address, String login, char[] password) {
        return new Workspace(
                WorkspaceAccessException.around(() -> Database.openPostgres(address.server(), login, password)),
                Optional.empty(),
                Optional.of(address.withLogin(login)),
                Clock.systemDefaultZone());
    }

    /** A workspace over a store already open (the tests' store factory, on either engine). */
    static Workspace over(Database database, Clock clock) {
        return new Workspace(database, Optional.empty(), Optional.empty(), clock);
    }

    /** Whether this workspace is a team workspace on a PostgreSQL server rather than a folder of this computer. */
    public boolean isShared() {
        return database.engine() == StoreEngine.POSTGRESQL;
    }

    /** Whether the workspace in this folder is encrypted (its opening needs the password). */
    public static boolean isEncrypted(Path folder) {
        return WorkspaceEncryption.isEncrypted(folder);
    }

    /**
     * Encrypts a closed workspace ({@code oldPassword} null) or changes its password; nothing changes when the old
     * password is wrong.
     */
    public static void changePassword(Path folder, char[] oldPassword, char[] newPassword) {
        WorkspaceAccessException.around(() -> {
            WorkspaceEncryption.changePassword(folder, oldPassword, newPassword);
            return null;
        });
    }

    /** Whether this is the password the workspace was opened with (null: opened without one). */
    public boolean passwordMatches(char[] password) {
        return database.passwordMatches(password);
    }

    /** Restores a backup into a new (or empty) folder; open it with the password of the backed-up workspace. */
    public static void restore(Path backup, Path folder) {
        WorkspaceBackup.restore(backup, folder);
    }

    /** Writes a consistent backup of this workspace, open, to a zip file (encrypted if the workspace is). */
    public void backup(Path target) {
        WorkspaceBackup.backup(database, target);
    }

    /** The default name of a backup: {@code sauvegarde-<dossier de l'espace>-<AAAA-MM-JJ>.zip}. */
    public String backupName(LocalDate day) {
        return "sauvegarde-"
                + FileNames.slug(
                        folder.map(Path::getFileName).map(Path::toString).orElse(null), "espace") + "-" + day + ".zip";
    }

    /** Deletes every dossier of the campaign and the personal data attached to them; returns how many dossiers. */
    public int purgeCampaign() {
        return CampaignPurge.purge(database);
    }

    /** The SHA-256 of a canonical dump of the whole content, to compare two stores or a store before and after. */
    public String contentDigest() {
        return StoreDigest.sha256(database);
    }

    /** A workspace that lives in memory only, for tests. */
    public static Workspace inMemory(Clock clock) {
        return new Workspace(Database.openInMemory(), Optional.empty(), Optional.empty(), clock);
    }

    /** The server address of a shared workspace, with the login it was opened with; never a password. */
    public Optional<PostgresAddress> address() {
        return address;
    }

    /** The team's administration (a shared workspace on PostgreSQL only): roles, logins, row-level security. */
    public TeamAdministration team() {
        return new TeamAdministration(database, Clock.systemDefaultZone());
    }

    /** The folder of a file workspace. */
    public Optional<Path> folder() {
        return folder;
    }

    public String id() {
        return database.workspaceId();
    }

    public ImportDossiers importDossiers() {
        return importDossiers;
    }

    /** {@code ds sync}: the procedure's dossiers read from DS's API, imported as an export is. */
    public SyncDossiers syncDossiers() {
        return syncDossiers;
    }

    /** {@code ds push}: PESSII's recorded decisions and the avis written back to DS. */
    public PushDecisions pushDecisions() {
        return pushDecisions;
    }

    /** The dossiers' files from DS zip exports. */
    public ReadAttachments attachments() {
        return attachments;
    }

    public ListDossiers listDossiers() {
        return listDossiers;
    }

    public ReadDossiers readDossiers() {
        return readDossiers;
    }

    public SaveNote saveNote() {
        return saveNote;
    }

    /** The identity of the workspace's user. */
    public WorkspaceUser workspaceUser() {
        return workspaceUser;
    }

    /** The user's own review: scores, comments, eligibility, maturity, targets (autosaved). */
    public ScoreDossier scoreDossier() {
        return scoreDossier;
    }

    /** The grid of each phase, and the phase of a dossier number. */
    public PhaseGrids phaseGrids() {
        return new PhaseGrids(database);
    }

    /** The scoring sheet of a dossier, and every dossier's reviews and avis. */
    public ReadReviews readReviews() {
        return readReviews;
    }

    /** The region's avis. */
    public SaveAvis saveAvis() {
        return saveAvis;
    }

    /** What several people share: the grid's version-checked save, other people's changes as they are made. */
    public SharedWork shared() {
        return shared;
    }

    /** The motivation drafted from the user's comments. */
    public DraftMotivation draftMotivation() {
        return draftMotivation;
    }

    /** The admissibility override with its reason. */
    public OverrideAdmissibility overrideAdmissibility() {
        return overrideAdmissibility;
    }

    /** The instruction progress of the dossiers. */
    public ListProgress listProgress() {
        return listProgress;
    }

    /** The region's avis workbook for PESSII. */
    public ExportAvis exportAvis() {
        return exportAvis;
    }

    /** PESSII's consolidation of the regions' avis workbooks. */
    public ConsolidateAvis consolidateAvis() {
        return consolidateAvis;
    }

    /** PESSII's ranking, decisions and conflict resolution. */
    public NationalDecisions nationalDecisions() {
        return nationalDecisions;
    }

    /** Phase 2 after its import: the dossiers as read, PESSII's decisions and envelope, the phase-2 workbook. */
    public Phase2Work phase2() {
        return phase2;
    }

    /** PESSII's national workbook and public list of the dossiers invited to phase 2. */
    public ExportNational exportNational() {
        return exportNational;
    }

    /** The letters of the cabinet's recorded decisions, their mail-merge workbook and DS decisions sheet. */
    public GenerateLetters generateLetters() {
        return generateLetters;
    }

    /** The experts and the dossiers assigned to them, with conflicts of interest. */
    public AssignExperts assignExperts() {
        return assignExperts;
    }

    /** An expert's kit (xlsx) to score offline. */
    public ExportKit exportKit() {
        return exportKit;
    }

    /** A returned expert kit, checked, into the expert's reviews. */
    public ImportKit importKit() {
        return importKit;
    }

    /** The experts' progress, reviews side by side and the dossiers to discuss. */
    public ExpertReviews expertReviews() {
        return expertReviews;
    }

    /** The workspace's settings: length limits, disagreement threshold, saved filters. */
    public WorkspaceSettings settings() {
        return settings;
    }

    /** The campaign's data (waves, targets, phase-2 numbers); waves apply from the next opening. */
    public CampaignSettings campaign() {
        return campaignSettings;
    }

    /** What the dossier list's filters need beyond the summaries. */
    public ListFacets listFacets() {
        return listFacets;
    }

    /** The dashboard: progress, distributions, calibration, regions. */
    public ReadDashboard dashboard() {
        return dashboard;
    }

    /** The search index of the dossiers, for the search box. */
    public SearchDossiers searchDossiers() {
        return searchDossiers;
    }

    /** The store, for the application's own composition (offline laptops) and this package's tests. */
    Database database() {
        return database;
    }

    @Override
    public void close() {
        database.close();
    }
}
