package fr.ptce.workbench.application;

import fr.ptce.workbench.application.samples.SyntheticDossiers;
import fr.ptce.workbench.application.samples.SyntheticPhase2;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.domain.dossier.DsEra;
import fr.ptce.workbench.domain.phase2.Phase2Dossier;
import fr.ptce.workbench.spreadsheet.ds.synthetic.DsExportWriter;
import fr.ptce.workbench.spreadsheet.ds.synthetic.Phase2ExportWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes a synthetic DS export of the call (invented dossiers) into a folder, named as DS names its exports,
 * for the demo, tests and benchmarks.
 */
public final class GenerateSamples {

    /** The file formats a sample export can take. */
    public enum Format {
        /** The xlsx workbook with its four sheets. */
        XLSX("xlsx"),
        /** The csv table of the dossiers. */
        CSV("csv"),
        /** The OpenDocument spreadsheet as DS wrote it with rodf, twin of the xlsx. */
        ODS("ods"),
        /** The zip export with each dossier's folder and files (small synthetic PDFs) beside the xlsx. */
        ZIP("zip");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        /** The file extension, without the dot. */
        public String extension() {
            return extension;
        }
    }

    private static final String PROCEDURE_PATH = "ami-ptce-emergents";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm");

    private GenerateSamples() {}

    /**
     * Writes {@code count} dossiers of {@code seed} as an export of {@code era}, dated at the era's default export
     * time; the same arguments always give the same file.
     *
     * @return the file written, {@code dossiers_ami-ptce-emergents_<YYYY-MM-DD_HH-MM>.<xlsx|ods|csv|zip>} in the folder
     */
    public static Path write(Path folder, long seed, int count, DsEra era, Format format) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Dossier impossible à créer\u00a0: " + folder, e);
        }
        Path target = folder.resolve(fileName(era, format));
        Iterable<Dossier> dossiers = SyntheticDossiers.stream(seed, count);
        switch (format) {
            case XLSX -> DsExportWriter.writeXlsx(dossiers, era, era.defaultExportTime(), target);
            case CSV -> DsExportWriter.writeCsv(dossiers, era, target);
            case ODS -> DsExportWriter.writeOds(dossiers, era, era.defaultExportTime(), target);
            case ZIP ->
                DsExportWriter.writeZip(dossiers, era, era.defaultExportTime(), fileName(era, Format.XLSX), target);
            default -> throw new IllegalArgumentException("Unknown format " + format);
        }
        return target;
    }

    /** The phase-2 procedure's path (formats.md, phase-2 import). */
    public static final String PHASE2_PROCEDURE_PATH = "ami-ptce-emergents-phase-2";

    /** When the demo's phase-2 export was made: after the 30 September 2021 deadline. */
    public static final OffsetDateTime PHASE2_EXPORT_TIME = OffsetDateTime.parse("2021-10-04T10:15:00+02:00");

    /**
     * Writes the phase-2 export that follows a phase-1 export (the demo's: {@code samples/}): the « dossier
     * additionnel » of the dossiers the cabinet invites ({@link SyntheticPhase2}), as xlsx (with the budget sheet)
     * or csv. The phase-1 dossiers are read from the export itself, so that numbers and SIRETs match it.
     *
     * @return the file written, {@code dossiers_ami-ptce-emergents-phase-2_2021-10-04_10-15.<xlsx|csv>}
     */
    public static Path writePhase2(Path folder, Path phase1Export, Format format) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Dossier impossible à créer\u00a0: " + folder, e);
        }
        Path target = folder.resolve("dossiers_" + PHASE2_PROCEDURE_PATH + "_" + PHASE2_EXPORT_TIME.format(STAMP) + "."
                + format.extension());
        List<Phase2Dossier> dossiers;
        try (Workspace scratch = Workspace.inMemory(java.time.Clock.systemUTC())) {
            scratch.importDossiers()
                    .fromFile(phase1Export, fr.ptce.workbench.domain.dossier.ColumnMapping.NONE, true, Progress.NONE);
            dossiers = SyntheticPhase2.generate(phase1(scratch));
        }
        switch (format) {
            case XLSX -> Phase2ExportWriter.writeXlsx(dossiers, DsEra.Y2021, PHASE2_EXPORT_TIME, target);
            case CSV -> Phase2ExportWriter.writeCsv(dossiers, DsEra.Y2021, target);
            default -> throw new IllegalArgumentException("Phase-2 samples are xlsx or csv: " + format);
        }
        return target;
    }

    /** The phase-1 dossiers of a workspace, as the phase-2 samples read them. */
    private static List<Dossier> phase1(Workspace workspace) {
        return workspace.readDossiers().all().stream()
                .map(fr.ptce.workbench.application.listing.DossierView::dossier)
                .toList();
    }

    /** The phase-1 dossiers of the workspace that the demo's cabinet invites to phase 2 ({@link SyntheticPhase2}). */
    static List<String> invitedPhase1(Workspace workspace) {
        return SyntheticPhase2.invited(phase1(workspace)).stream()
                .map(Dossier::number)
                .toList();
    }

    /** The name DS gives an export of the procedure made at the era's default export time. */
    public static String fileName(DsEra era, Format format) {
        return "dossiers_" + PROCEDURE_PATH + "_" + era.defaultExportTime().format(STAMP) + "." + format.extension();
    }
}
