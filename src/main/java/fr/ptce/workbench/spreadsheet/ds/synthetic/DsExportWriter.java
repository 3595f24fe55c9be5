package fr.ptce.workbench.spreadsheet.ds.synthetic;

import static fr.ptce.workbench.domain.CallTime.PARIS;

import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.domain.dossier.DsEra;
import fr.ptce.workbench.spreadsheet.xlsx.TempFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Writes dossiers as a demarches-simplifiees.fr export of the "AMI PTCE émergents" procedure, in the 2021 or
 * the current format, for tests, benchmarks and the demo; the dossiers are streamed, never held together.
 */
public final class DsExportWriter {

    private DsExportWriter() {}

    /** Writes an xlsx export dated at the era's default export time; see the four-argument form. */
    public static void writeXlsx(Iterable<Dossier> dossiers, DsEra era, Path target) {
        writeXlsx(dossiers, era, era.defaultExportTime(), target);
    }

    /**
     * Writes an xlsx export with the sheets {@code Dossiers}, {@code Etablissements}, {@code Avis} (empty) and the
     * communes repetition sheet. The file is written beside the target and moved into place when complete; its
     * zip entries and creation date carry {@code exportedAt}, so the same dossiers give the same bytes.
     */
    public static void writeXlsx(Iterable<Dossier> dossiers, DsEra era, OffsetDateTime exportedAt, Path target) {
        Path raw = TempFiles.beside(target);
        Path stable = TempFiles.beside(target);
        try {
            XlsxExport.write(dossiers, era, exportedAt, raw);
            restamp(raw, stable, exportedAt.atZoneSameInstant(PARIS).toLocalDateTime());
            TempFiles.moveIntoPlace(stable, target);
        } catch (IOException e) {
            throw TempFiles.failure(target, e);
        } finally {
            TempFiles.deleteQuietly(raw);
            TempFiles.deleteQuietly(stable);
        }
    }

    /**
     * Writes the ods export DS wrote with rodf: the same sheets as {@link #writeXlsx}, every value but numbers as
     * text. The same dossiers give the same bytes.
     */
    public static void writeOds(Iterable<Dossier> dossiers, DsEra era, OffsetDateTime exportedAt, Path target) {
        Path temp = TempFiles.beside(target);
        try {
            OdsExport.write(dossiers, era, exportedAt, temp);
            TempFiles.moveIntoPlace(temp, target);
        } catch (IOException e) {
            throw TempFiles.failure(target, e);
        } finally {
            TempFiles.deleteQuietly(temp);
        }
    }

    /**
     * Writes a DS zip export: the xlsx export of {@link #writeXlsx} under {@code xlsxName} and each dossier's folder
     * with small synthetic PDF files (formats.md §1.17).
     */
    public static void writeZip(
            Iterable<Dossier> dossiers, DsEra era, OffsetDateTime exportedAt, String xlsxName, Path target) {
        Path temp = TempFiles.beside(target);
        Path folder = null;
        try {
            folder = Files.createTempDirectory("ptce-sample-");
            Path xlsx = folder.resolve(xlsxName);
            writeXlsx(dossiers, era, exportedAt, xlsx);
            ZipExport.write(dossiers, xlsx, exportedAt, temp);
            Files.delete(xlsx);
            TempFiles.moveIntoPlace(temp, target);
        } catch (IOException e) {
            throw TempFiles.failure(target, e);
        } finally {
            TempFiles.deleteQuietly(temp);
            if (folder != null) {
                TempFiles.deleteQuietly(folder.resolve(xlsxName));
                TempFiles.deleteQuietly(folder);
            }
        }
    }

    /** Writes the csv export: the {@code Dossiers} table only, with the establishment block (formats.md §1.3). */
    public static void writeCsv(Iterable<Dossier> dossiers, DsEra era, Path target) {
        Path temp = TempFiles.beside(target);
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                CsvExport.write(dossiers, era, out);
            }
            TempFiles.moveIntoPlace(temp, target);
        } catch (IOException e) {
            throw TempFiles.failure(target, e);
        } finally {
            TempFiles.deleteQuietly(temp);
        }
    }

    /** Copies the zip with every entry dated {@code time}: POI stamps entries with the current time. */
    static void restamp(Path source, Path target, LocalDateTime time) throws IOException {
        try (ZipFile zip = new ZipFile(source.toFile());
                OutputStream out = Files.newOutputStream(target);
                ZipOutputStream zipOut = new ZipOutputStream(out)) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(time);
                zipOut.putNextEntry(copy);
                try (InputStream in = zip.getInputStream(entry)) {
                    in.transferTo(zipOut);
                }
                zipOut.closeEntry();
            }
        }
    }
}
