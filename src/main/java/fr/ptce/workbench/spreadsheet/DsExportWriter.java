package fr.ptce.workbench.spreadsheet;

import fr.ptce.workbench.domain.dossier.DsEra;

import fr.ptce.workbench.domain.dossier.Dossier;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Writes dossiers as a demarches-simplifiees.fr export of the "AMI PTCE émergents" procedure, in the 2021 or
 * the current format, for tests, benchmarks and the demo; the dossiers are streamed, never held together.
 */
public final class DsExportWriter {

    private DsExportWriter() {
    }

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
        Path raw = tempBeside(target);
        Path stable = tempBeside(target);
        try {
            XlsxExport.write(dossiers, era, exportedAt, raw);
            restamp(raw, stable, exportedAt.atZoneSameInstant(ZoneId.of("Europe/Paris")).toLocalDateTime());
            moveIntoPlace(stable, target);
        } catch (IOException e) {
            throw new UncheckedIOException("Écriture impossible de " + target, e);
        } finally {
            deleteQuietly(raw);
            deleteQuietly(stable);
        }
    }

    /** Writes the csv export: the {@code Dossiers} table only, with the establishment block (§3c). */
    public static void writeCsv(Iterable<Dossier> dossiers, DsEra era, Path target) {
        Path temp = tempBeside(target);
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                CsvExport.write(dossiers, era, out);
            }
            moveIntoPlace(temp, target);
        } catch (IOException e) {
            throw new UncheckedIOException("Écriture impossible de " + target, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** Copies the zip with every entry dated {@code time}: POI stamps entries with the current time. */
    private static void restamp(Path source, Path target, LocalDateTime time) throws IOException {
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

    private static Path tempBeside(Path target) {
        Path folder = target.toAbsolutePath().getParent();
        try {
            Path temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".part");
            try {
                // createTempFile makes the file private; the export is an ordinary document
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the default permissions are the ordinary ones
            }
            return temp;
        } catch (IOException e) {
            throw new UncheckedIOException("Écriture impossible dans " + folder, e);
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // a leftover hidden .part file is harmless; the target is already complete or untouched
        }
    }
}
