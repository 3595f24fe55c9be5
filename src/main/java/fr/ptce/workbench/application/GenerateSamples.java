package fr.ptce.workbench.application;

import fr.ptce.workbench.application.samples.SyntheticDossiers;
import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.domain.dossier.DsEra;
import fr.ptce.workbench.spreadsheet.ds.synthetic.DsExportWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;

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

    /** The name DS gives an export of the procedure made at the era's default export time. */
    public static String fileName(DsEra era, Format format) {
        return "dossiers_" + PROCEDURE_PATH + "_" + era.defaultExportTime().format(STAMP) + "." + format.extension();
    }
}
