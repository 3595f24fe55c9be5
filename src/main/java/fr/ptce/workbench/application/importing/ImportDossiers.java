package fr.ptce.workbench.application.importing;

import fr.ptce.workbench.domain.InputRefusedException;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.campaign.Campaign;
import fr.ptce.workbench.domain.campaign.Phase;
import fr.ptce.workbench.domain.dossier.ColumnMapping;
import fr.ptce.workbench.domain.dossier.ProcedureKey;
import fr.ptce.workbench.domain.phase2.Phase2Champ;
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
import java.util.Map;

/**
 * Imports a DS export into the workspace, all or nothing, in one transaction: new dossiers are added,
 * known ones updated in place, and those absent from the file kept and marked. Local work is never touched.
 * One mechanism for both phases of the call: a phase-1 export ({@link ImportSink}) or a phase-2 « dossier
 * additionnel » export ({@link Phase2ImportSink}), each with its own import history for the procedure check.
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
        return run(fileSource(file), mapping, confirmed, fileRows(file, Phase.ONE, progress), progress);
    }

    /** Imports a phase-1 tabular export inside the caller's transaction (the zip import, with the file inside). */
    ImportReport importIn(
            Repositories repositories, Path file, ColumnMapping mapping, boolean confirmed, Progress progress) {
        Source source = fileSource(file);
        return within(
                repositories,
                Phase.ONE,
                source,
                confirmed,
                phaseOneSinks(source, mapping),
                fileRows(file, Phase.ONE, progress),
                progress);
    }

    /**
     * Imports a phase-2 DS export (the « dossier additionnel ») into the same workspace, by the same mechanism as
     * phase 1: one transaction, the same refusals, confirmation, history and report.
     *
     * @param mapping the user's mapping for renamed headers (export header → champ), empty for a standard export;
     *     it completes the one remembered for the file's procedure, and is remembered when the import succeeds
     * @throws InputRefusedException when the file is not a readable phase-2 DS export; nothing changes
     * @throws ImportConfirmationRequiredException as {@link #fromFile(Path, ColumnMapping, boolean, Progress)}
     */
    public ImportReport phase2FromFile(
            Path file, Map<String, Phase2Champ> mapping, boolean confirmed, Progress progress) {
        return run(
                Phase.TWO,
                fileSource(file),
                confirmed,
                (repositories, procedure) ->
                        new Phase2ImportSink(repositories, file.getFileName().toString(), mapping, procedure),
                fileRows(file, Phase.TWO, progress),
                progress);
    }

    /**
     * Where the rows of an import come from: the import's name (a file name), its format as the history records it,
     * its procedure key, and whether it holds the whole procedure (else the dossiers it lacks are not absent).
     */
    record Source(String name, String format, String procedure, boolean wholeProcedure) {}

    /** What a source said once streamed: its format as the report names it, its row problems and notes. */
    record Streamed(String format, List<fr.ptce.workbench.domain.RowProblem> problems, List<String> notes) {}

    /** Streams a source's sheets and rows into the sink, inside the import's transaction. */
    @FunctionalInterface
    interface Rows {
        Streamed streamTo(PhaseSink sink, Repositories repositories);
    }

    /** A phase-1 import from any source (a file, DS's API): the sink of phase 1 with the user's mapping. */
    ImportReport run(Source source, ColumnMapping mapping, boolean confirmed, Rows rows, Progress progress) {
        return run(Phase.ONE, source, confirmed, phaseOneSinks(source, mapping), rows, progress);
    }

    private java.util.function.BiFunction<Repositories, String, PhaseSink> phaseOneSinks(
            Source source, ColumnMapping mapping) {
        return (repositories, procedure) -> {
            ImportSink sink = new ImportSink(
                    repositories,
                    source.name(),
                    mapping.orElse(repositories.mappings().find(procedure)),
                    mapping,
                    campaign);
            if (!source.wholeProcedure()) {
                sink.onlyUpdatedDossiers();
            }
            return sink;
        };
    }

    private static Source fileSource(Path file) {
        String fileName = file.getFileName().toString();
        return new Source(fileName, formatOf(fileName), ProcedureKey.fromFileName(fileName), true);
    }

    private Rows fileRows(Path file, Phase phase, Progress progress) {
        return (sink, repositories) -> {
            DsExportFile read = reader.read(file, sink, progress);
            return new Streamed(
                    read.format().name().toLowerCase(java.util.Locale.ROOT), read.problems(), notes(read, phase));
        };
    }

    /**
     * The import's one transaction, for either phase and whatever the source: the phase gives the sink and the
     * history the import is kept in; the same checks, change report and all-or-nothing.
     */
    private ImportReport run(
            Phase phase,
            Source source,
            boolean confirmed,
            java.util.function.BiFunction<Repositories, String, PhaseSink> sinks,
            Rows rows,
            Progress progress) {
        return database.inTransaction(
                repositories -> within(repositories, phase, source, confirmed, sinks, rows, progress));
    }

    /** The import's body inside a transaction the caller holds. */
    private ImportReport within(
            Repositories repositories,
            Phase phase,
            Source source,
            boolean confirmed,
            java.util.function.BiFunction<Repositories, String, PhaseSink> sinks,
            Rows rows,
            Progress progress) {
        String fileName = source.name();
        int held = phase == Phase.ONE
                ? repositories.dossiers().count()
                : repositories.phase2().numbers().size();
        String lastProcedure = repositories
                .imports()
                .lastFileName(phase.number())
                .map(ProcedureKey::fromFileName)
                .orElse(ProcedureKey.UNKNOWN);
        long importId =
                repositories.imports().start(fileName, source.format(), OffsetDateTime.now(clock), phase.number());
        String procedure = source.procedure();
        PhaseSink sink = sinks.apply(repositories, procedure);
        Streamed read = rows.streamTo(sink, repositories);
        if (!sink.sawDossierSheet()) {
            throw new InputRefusedException(
                    InputRefusedException.Location.file(fileName),
                    "aucune feuille «\u00a0Dossiers\u00a0»\u00a0: ce fichier n'est pas un export de"
                            + " démarches-simplifiées.");
        }
        if (!confirmed && held > 0) {
            checkBelongs(
                    fileName, held, sink.sharesAKnownDossier() || !source.wholeProcedure(), procedure, lastProcedure);
        }
        progress.update(1, 1, "Enregistrement…");
        ImportOutcome outcome = sink.finish(importId);
        sink.rememberMapping(procedure);
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
                read.format(),
                outcome.added,
                outcome.changed,
                outcome.unchanged,
                outcome.absent,
                sink.avisRows(),
                problems,
                read.notes());
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

    private static List<String> notes(DsExportFile read, Phase phase) {
        List<String> notes = new ArrayList<>();
        if (read.format() == DsExportFile.Format.CSV && phase == Phase.TWO) {
            notes.add("Export csv\u00a0: démarches-simplifiées n'y met pas le bloc «\u00a0Dépenses"
                    + " prévisionnelles\u00a0»\u00a0; le budget reste «\u00a0inconnu\u00a0» pour les nouveaux"
                    + " dossiers\u00a0; importez l'export xlsx pour le compléter.");
        } else if (read.format() == DsExportFile.Format.CSV) {
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
