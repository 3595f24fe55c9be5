package fr.ptce.workbench.application.national;

import static fr.ptce.workbench.domain.CallTime.PARIS;

import fr.ptce.workbench.application.common.FileOutcome;
import fr.ptce.workbench.application.common.Instruction;
import fr.ptce.workbench.domain.InputRefusedException;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.campaign.Phase;
import fr.ptce.workbench.domain.national.AvisConflict;
import fr.ptce.workbench.domain.national.AvisSource;
import fr.ptce.workbench.domain.national.GridCompatibility;
import fr.ptce.workbench.domain.national.RegionalAvisRow;
import fr.ptce.workbench.persistence.Database;
import fr.ptce.workbench.persistence.national.NationalAvisRepository;
import fr.ptce.workbench.spreadsheet.avis.AvisFormat;
import fr.ptce.workbench.spreadsheet.avis.AvisWorkbookVerifier;
import fr.ptce.workbench.spreadsheet.avis.ReadAvisWorkbook;
import fr.ptce.workbench.spreadsheet.avis.VerifiedAvisWorkbook;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Imports the regions' avis workbooks into a PESSII workspace: each file verified first (only an intact one is
 * read) and its grid checked against PESSII's ({@link GridCompatibility}), stored in its own transaction, a
 * workbook already imported skipped, and a dossier number brought again recorded as a conflict, never overwriting.
 */
public final class ConsolidateAvis {

    private final Database database;
    private final Clock clock;

    public ConsolidateAvis(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Imports the files in order, each of the phase it says; one refused file does not stop the others. */
    public ConsolidationReport importFiles(List<Path> files, Progress progress) {
        return importFiles(files, null, progress);
    }

    /**
     * Imports the files in order; one refused file does not stop the others. A workbook's phase is in its metadata
     * (a phase-2 workbook's rows are the phase-2 dossiers' avis, checked against the phase-2 grid); a workbook of
     * another phase than the one asked is refused.
     *
     * @param asked the phase asked ({@code consolidate --phase}), null to take each workbook's own
     */
    public ConsolidationReport importFiles(List<Path> files, Phase asked, Progress progress) {
        List<FileOutcome> outcomes = new ArrayList<>();
        GivenRegions given = new GivenRegions();
        // the next file is verified and read on a second thread while this one is stored: reading touches no store
        try (ReadAhead<Read> ahead = new ReadAhead<>(files, file -> read(file, asked))) {
            for (int i = 0; i < files.size(); i++) {
                progress.checkCancelled();
                progress.update(
                        outcomes.size(),
                        files.size(),
                        "Consolidation des avis\u00a0: " + outcomes.size() + " / " + files.size());
                Read read = ahead.next();
                outcomes.add(read.refused() != null ? read.refused() : store(read, given));
            }
        }
        progress.update(files.size(), files.size(), "Consolidation des avis terminée");
        return new ConsolidationReport(outcomes);
    }

    /** Every phase-1 row stored, by exporting region then dossier number. */
    public List<RegionalAvisRow> rows() {
        return rows(Phase.ONE);
    }

    /** Every row of a phase stored (phase 2's keyed by the phase-2 dossiers' numbers), by region then number. */
    public List<RegionalAvisRow> rows(Phase phase) {
        return database.inTransaction(r -> r.national().all(phase.number()));
    }

    /** Every conflict recorded, oldest first. */
    public List<AvisConflict> conflicts() {
        return database.inTransaction(r -> r.national().conflicts());
    }

    /** A file verified and read, ready to store; or refused before any store was touched. */
    private record Read(FileOutcome refused, ReadAvisWorkbook workbook, AvisSource source, Phase phase) {
        static Read refusal(FileOutcome refused) {
            return new Read(refused, null, null, null);
        }
    }

    /** Verifies and reads a file, without the store. */
    private static Read read(Path file, Phase asked) {
        String name = String.valueOf(file.getFileName());
        ReadAvisWorkbook workbook;
        AvisSource source;
        Phase phase;
        try {
            // verified and read from one opening of the file
            VerifiedAvisWorkbook verified = AvisWorkbookVerifier.verifyThenRead(file);
            if (verified.workbook().isEmpty()) {
                return Read.refusal(refused(name, verified.verification().message()));
            }
            workbook = verified.workbook().get();
            source = new AvisSource(
                    name,
                    required(workbook, AvisFormat.KEY_REGION, name),
                    workbook.metadata().get(AvisFormat.KEY_WORKSPACE_ID),
                    workbook.exportedAt(),
                    required(workbook, AvisFormat.KEY_SHA256, name));
            phase = workbook.phase(name, asked);
        } catch (InputRefusedException e) {
            return Read.refusal(refused(name, "Fichier «\u00a0" + name + "\u00a0» refusé\u00a0: " + e.getMessage()));
        } catch (DateTimeParseException e) {
            return Read.refusal(refused(
                    name,
                    "Fichier «\u00a0" + name + "\u00a0» refusé\u00a0: date d'export illisible (" + e.getParsedString()
                            + ")."));
        }
        return new Read(null, workbook, source, phase);
    }

    /** Checks a read file's grid against the store's, then stores its rows in their own transaction. */
    private FileOutcome store(Read read, GivenRegions given) {
        ReadAvisWorkbook workbook = read.workbook();
        Phase phase = read.phase();
        String name = read.source().file();
        Optional<String> gridProblem = database.inTransaction(r -> GridCompatibility.problem(
                workbook.metadata().get(AvisFormat.KEY_GRID_ID),
                workbook.metadata().get(AvisFormat.KEY_GRID_VERSION),
                workbook.grid(),
                Instruction.latestGrid(r, phase)));
        if (gridProblem.isPresent()) {
            return refused(
                    name,
                    "Fichier «\u00a0" + name + "\u00a0» refusé\u00a0: grille incompatible, " + gridProblem.get() + ".");
        }
        try {
            return database.inTransaction(r -> store(r.national(), read.source(), workbook.rows(), phase, given));
        } catch (RuntimeException | Error e) {
            given.forget();
            throw e;
        }
    }

    private static String required(ReadAvisWorkbook workbook, String key, String name) {
        String value = workbook.metadata().get(key);
        if (value == null || value.isBlank()) {
            throw new InputRefusedException(
                    InputRefusedException.Location.sheet(name, AvisFormat.METADATA_SHEET),
                    "valeur «\u00a0" + key + "\u00a0» manquante");
        }
        return value;
    }

    private FileOutcome store(
            NationalAvisRepository national,
            AvisSource source,
            List<RegionalAvisRow> rows,
            Phase phase,
            GivenRegions given) {
        if (national.fileImported(source.sha256())) {
            return new FileOutcome(
                    source.file(),
                    FileOutcome.Status.ALREADY_IMPORTED,
                    "Fichier «\u00a0" + source.file()
                            + "\u00a0»\u00a0: déjà importé (même somme de contrôle), rien n'a changé.",
                    0,
                    List.of());
        }
        OffsetDateTime now = OffsetDateTime.now(clock).atZoneSameInstant(PARIS).toOffsetDateTime();
        // which regions gave each dossier, read once per consolidation and kept: no query per row or per file
        Map<String, List<String>> regions = given.forFile(national);
        Map<String, RegionalAvisRow> fromThisFile = new HashMap<>();
        List<RegionalAvisRow> toStore = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        for (RegionalAvisRow row : rows) {
            List<String> already = regions.getOrDefault(row.dossierNumber(), List.of());
            if (already.contains(source.region())) {
                RegionalAvisRow same = fromThisFile.containsKey(row.dossierNumber())
                        ? fromThisFile.get(row.dossierNumber())
                        : national.find(source.region(), row.dossierNumber()).orElseThrow();
                if (!same.equals(row)) {
                    conflicts.add(conflict(national, source, row, source.region(), now));
                }
                continue;
            }
            for (String other : already) {
                conflicts.add(conflict(national, source, row, other, now));
            }
            given.add(row.dossierNumber(), source.region());
            fromThisFile.put(row.dossierNumber(), row);
            toStore.add(row);
        }
        national.save(source, toStore, phase.number());
        int stored = toStore.size();
        national.recordFile(source, stored, now, phase.number());
        return new FileOutcome(
                source.file(),
                FileOutcome.Status.ACCEPTED,
                "Fichier «\u00a0" + source.file()
                        + "\u00a0»\u00a0: accepté ("
                        + stored + " dossiers" + (phase == Phase.TWO ? " de phase 2" : "") + " de la région "
                        + source.region()
                        + (conflicts.isEmpty() ? ")." : ", " + conflicts.size() + " conflit(s) à résoudre)."),
                stored,
                conflicts);
    }

    private static String conflict(
            NationalAvisRepository national,
            AvisSource source,
            RegionalAvisRow row,
            String storedRegion,
            OffsetDateTime now) {
        AvisConflict conflict = new AvisConflict(row.dossierNumber(), source.region(), storedRegion, source.file());
        national.recordConflict(conflict, source.sha256(), now);
        return conflict.describe();
    }

    private static FileOutcome refused(String name, String message) {
        return new FileOutcome(name, FileOutcome.Status.REFUSED, message, 0, List.of());
    }
}
