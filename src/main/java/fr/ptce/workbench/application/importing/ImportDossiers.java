package fr.ptce.workbench.application.importing;

import fr.ptce.workbench.domain.InputRefusedException;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.campaign.Campaign;
import fr.ptce.workbench.domain.dossier.ColumnMapping;
import fr.ptce.workbench.domain.dossier.ProcedureKey;
import fr.ptce.workbench.persistence.Database;
import fr.ptce.workbench.persistence.Repositories;
import fr.ptce.workbench.spreadsheet.ds.DsExportFile;
import fr.ptce.workbench.spreadsheet.ds.DsExportReader;
import fr.ptce.workbench.spreadsheet.ds.DsZipReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports a DS export into the workspace, all or nothing, in one transaction: new dossiers are added,
 * known ones updated in place, and those absent from the file kept and marked. Local work is never touched.
 */
public final class ImportDossiers {

    /** The workspace setting of a zip export's per-file cap, in MB ({@code ZipCaps}). */
    public static final String FILE_CAP_SETTING = "attachments.max_file_mb";
    /** The workspace setting of a zip export's total cap once inflated, in MB. */
    public static final String TOTAL_CAP_SETTING = "attachments.max_total_mb";

    private final Database database;
    private final DsExportReader reader;
    private final Clock clock;
    private final Campaign campaign;

    public ImportDossiers(Database database, DsExportReader reader, Clock clock, Campaign campaign) {
        this.database = database;
        this.reader = reader;
        this.clock = clock;
        this.campaign = campaign;
    }

    /**
     * Imports one file, unless it looks like a mistake: see {@link #fromFile(Path, ColumnMapping, boolean,
     * Progress)}, not confirmed.
     *
     * @throws ImportConfirmationRequiredException when the file shares no dossier with the workspace, or comes from
     *     another procedure; nothing changes
     */
    public ImportReport fromFile(Path file, ColumnMapping mapping, Progress progress) {
        return fromFile(file, mapping, false, progress);
    }

    /**
     * Imports one file.
     *
     * @param mapping the user's mapping for renamed headers ({@link ColumnMapping#NONE} for a standard export);
     *     it completes the one remembered for the file's procedure, and is remembered when the import succeeds
     * @throws InputRefusedException when the file is not a readable DS export; nothing changes
     * @param confirmed whether the user already chose to import a file that shares no dossier with a workspace
     *     holding some, or that comes from another DS procedure than the workspace's last import
     * @throws ColumnMappingRequiredException when required champs are unmatched; nothing changes
     * @throws ImportConfirmationRequiredException when not confirmed and the file shares no dossier with the
     *     workspace, or comes from another procedure; nothing changes
     */
    public ImportReport fromFile(Path file, ColumnMapping mapping, boolean confirmed, Progress progress) {
        if (DsZipReader.isArchive(file)) {
            return new ImportArchive(database, this, clock).fromZip(file, mapping, confirmed, progress);
        }
        return database.inTransaction(repositories -> importIn(repositories, file, mapping, confirmed, progress));
    }

    /** Imports a tabular export inside the caller's transaction (the zip import calls it with the file inside). */
    ImportReport importIn(
            Repositories repositories, Path file, ColumnMapping mapping, boolean confirmed, Progress progress) {
        String fileName = file.getFileName().toString();
        int held = repositories.dossiers().count();
        String lastProcedure = repositories.imports().history().stream()
                .findFirst()
                .map(run -> ProcedureKey.fromFileName(run.fileName()))
                .orElse(ProcedureKey.UNKNOWN);
        long importId = repositories.imports().start(fileName, formatOf(fileName), OffsetDateTime.now(clock));
        String procedure = ProcedureKey.fromFileName(fileName);
        ColumnMapping effective = mapping.orElse(repositories.mappings().find(procedure));
        ImportSink sink = new ImportSink(repositories, fileName, effective, campaign);
        DsExportFile read = reader.read(file, sink, progress);
        if (!sink.sawDossierSheet()) {
            throw new InputRefusedException(
                    InputRefusedException.Location.file(fileName),
                    "aucune feuille «\u00a0Dossiers\u00a0»\u00a0: ce fichier n'est pas un export de"
                            + " démarches-simplifiées.");
        }
        if (!confirmed && held > 0) {
            checkBelongs(fileName, held, sink.sharesAKnownDossier(), procedure, lastProcedure);
        }
        progress.update(1, 1, "Enregistrement…");
        ImportOutcome outcome = sink.finish(importId);
        if (!mapping.isEmpty()) {
            repositories.mappings().remember(procedure, mapping);
        }
        repositories
                .imports()
                .finish(
                        importId,
                        outcome.added.size(),
                        outcome.changed.size(),
                        outcome.unchanged.size(),
                        outcome.absent.size());
        List<fr.ptce.workbench.domain.RowProblem> problems = new ArrayList<>(sink.problems());
        problems.addAll(read.problems());
        return new ImportReport(
                fileName,
                read.format().name().toLowerCase(java.util.Locale.ROOT),
                outcome.added,
                outcome.changed,
                outcome.unchanged,
                outcome.absent,
                sink.avisRows(),
                problems,
                notes(read));
    }

    /** Holds back a file that shares no dossier with the workspace or comes from another procedure. */
    private static void checkBelongs(
            String fileName, int held, boolean shares, String procedure, String lastProcedure) {
        java.util.Set<ImportConfirmationRequiredException.Reason> reasons =
                java.util.EnumSet.noneOf(ImportConfirmationRequiredException.Reason.class);
        if (!shares) {
            reasons.add(ImportConfirmationRequiredException.Reason.NO_SHARED_DOSSIER);
        }
        if (!procedure.equals(ProcedureKey.UNKNOWN)
                && !lastProcedure.equals(ProcedureKey.UNKNOWN)
                && !procedure.equals(lastProcedure)) {
            reasons.add(ImportConfirmationRequiredException.Reason.OTHER_PROCEDURE);
        }
        if (!reasons.isEmpty()) {
            // thrown inside the transaction: the rows already streamed in are rolled back
            throw new ImportConfirmationRequiredException(fileName, reasons, held, procedure, lastProcedure);
        }
    }

    private static List<String> notes(DsExportFile read) {
        List<String> notes = new ArrayList<>();
        if (read.format() == DsExportFile.Format.CSV) {
            notes.add("Export csv\u00a0: démarches-simplifiées n'y met ni les communes du périmètre, ni les "
                    + "établissements, ni les avis d'experts. La détection QPV/ZRR reste «\u00a0inconnue\u00a0» pour"
                    + " ces dossiers\u00a0; importez l'export xlsx pour la compléter.");
        }
        if (!read.ignoredSheets().isEmpty()) {
            notes.add("Feuilles non lues\u00a0: " + String.join(", ", read.ignoredSheets()) + ".");
        }
        return notes;
    }

    private static String formatOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
