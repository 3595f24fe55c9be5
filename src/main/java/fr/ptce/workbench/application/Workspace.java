package fr.ptce.workbench.application;

import fr.ptce.workbench.domain.check.DossierChecker;
import fr.ptce.workbench.domain.check.Wave;
import fr.ptce.workbench.persistence.Database;
import fr.ptce.workbench.spreadsheet.DsExportReader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * An open workspace: its store and the use cases that work on it. One process opens a workspace at a time;
 * a second one gets a clear French message.
 */
public final class Workspace implements AutoCloseable {

    private final Database database;
    private final Optional<Path> folder;
    private final ImportDossiers importDossiers;
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
    private final SearchDossiers searchDossiers;

    private Workspace(Database database, Optional<Path> folder, Clock clock) {
        this.database = database;
        this.folder = folder;
        this.importDossiers = new ImportDossiers(database, new DsExportReader(), clock, Wave.FIRST);
        this.listDossiers = new ListDossiers(database);
        DossierChecker checker = DossierChecker.standard();
        this.readDossiers = new ReadDossiers(database, checker);
        this.saveNote = new SaveNote(database, clock);
        this.workspaceUser = new WorkspaceUser(database, clock);
        this.scoreDossier = new ScoreDossier(database, checker, clock);
        this.readReviews = new ReadReviews(database);
        this.saveAvis = new SaveAvis(database, checker, clock);
        this.draftMotivation = new DraftMotivation(database);
        this.overrideAdmissibility = new OverrideAdmissibility(database, checker, clock);
        this.listProgress = new ListProgress(database);
        this.exportAvis = new ExportAvis(database, checker, clock);
        this.consolidateAvis = new ConsolidateAvis(database, clock);
        this.searchDossiers = new SearchDossiers(database);
    }

    /** Opens (or creates) the workspace stored in this folder. */
    public static Workspace open(Path folder) {
        return new Workspace(Database.openFile(folder), Optional.of(folder), Clock.systemDefaultZone());
    }

    /** A workspace that lives in memory only, for tests. */
    public static Workspace inMemory(Clock clock) {
        return new Workspace(Database.openInMemory(), Optional.empty(), clock);
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

    /** The scoring sheet of a dossier, and every dossier's reviews and avis. */
    public ReadReviews readReviews() {
        return readReviews;
    }

    /** The region's avis. */
    public SaveAvis saveAvis() {
        return saveAvis;
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

    /** The search index of the dossiers, for the search box. */
    public SearchDossiers searchDossiers() {
        return searchDossiers;
    }

    @Override
    public void close() {
        database.close();
    }
}
