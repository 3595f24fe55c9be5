package fr.ptce.workbench.persistence;

import fr.ptce.workbench.persistence.common.StoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.h2.tools.Restore;

/**
 * Backup and restore of a workspace: H2's online {@code BACKUP TO} (a consistent copy taken while the workspace is
 * open, still encrypted when the workspace is) written beside the target then moved into place, and its restore
 * into a new folder.
 */
public final class WorkspaceBackup {

    private static final String DATA_ENTRY = WorkspaceEncryption.FILE_NAME + ".mv.db";

    private WorkspaceBackup() {}

    /** Writes a consistent backup of the open workspace to {@code target} (a zip); never a partial file. */
    public static void backup(Database database, Path target) {
        if (database.engine() != StoreEngine.H2) {
            throw new StoreException(
                    "La sauvegarde d'un espace partagé se fait sur le serveur PostgreSQL, par son"
                            + " administrateur (pg_dump, sauvegarde continue)\u00a0: l'Atelier ne sauvegarde"
                            + " que les espaces"
                            + " de travail de cet ordinateur.",
                    null);
        }
        Path absolute = target.toAbsolutePath().normalize();
        Path temp;
        try {
            temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".part");
            Files.delete(temp);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Sauvegarde impossible dans «\u00a0" + absolute.getParent() + "\u00a0»\u00a0: " + e.getMessage(),
                    e);
        }
        try {
            database.withDsl(dsl -> dsl.execute("BACKUP TO\u00a0?", temp.toString()));
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Sauvegarde impossible vers «\u00a0" + absolute + "\u00a0»\u00a0: " + e.getMessage(), e);
        } catch (StoreException e) {
            throw new StoreException(
                    "Sauvegarde impossible vers «\u00a0" + absolute + "\u00a0»\u00a0: " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // a leftover hidden .part file is harmless
            }
        }
    }

    /**
     * Restores a backup into a folder that holds no workspace yet (created if needed). The backup must be one this
     * workbench wrote: a zip holding only the workspace's data file.
     */
    public static void restore(Path backup, Path folder) {
        Path shown = folder.toAbsolutePath().normalize();
        checkBackup(backup);
        try {
            Files.createDirectories(shown);
            try (Stream<Path> content = Files.list(shown)) {
                if (content.findAny().isPresent()) {
                    throw new IllegalArgumentException("Restauration refusée\u00a0: le dossier «\u00a0" + shown
                            + "\u00a0» n'est pas vide\u00a0; choisissez un dossier nouveau ou vide.");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Restauration impossible dans «\u00a0" + shown + "\u00a0»\u00a0: " + e.getMessage(), e);
        }
        Restore.execute(backup.toString(), shown.toString(), WorkspaceEncryption.FILE_NAME);
        if (!WorkspaceEncryption.exists(shown)) {
            throw new IllegalArgumentException("Restauration refusée\u00a0: «\u00a0" + backup.getFileName()
                    + "\u00a0» ne contient pas d'espace de travail.");
        }
    }

    private static void checkBackup(Path backup) {
        String name = String.valueOf(backup.getFileName());
        if (!Files.isRegularFile(backup)) {
            throw new IllegalArgumentException("Sauvegarde «\u00a0" + name + "\u00a0» introuvable.");
        }
        List<String> entries = new ArrayList<>();
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                entries.add(e.nextElement().getName());
            }
        } catch (ZipException e) {
            throw new IllegalArgumentException(
                    "Sauvegarde «\u00a0" + name + "\u00a0» illisible\u00a0: ce n'est pas" + " une archive zip intacte.",
                    e);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Lecture impossible de «\u00a0" + name + "\u00a0»\u00a0: " + e.getMessage(), e);
        }
        if (!entries.equals(List.of(DATA_ENTRY))) {
            throw new IllegalArgumentException("Sauvegarde «\u00a0" + name + "\u00a0» refusée\u00a0: elle devrait"
                    + " contenir le seul fichier «\u00a0" + DATA_ENTRY + "\u00a0» (trouvé\u00a0: "
                    + String.join(", ", entries) + ").");
        }
    }
}
