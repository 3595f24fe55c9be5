package fr.ptce.workbench.spreadsheet.xlsx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;

/** Writes files the safe way: into a hidden temporary file beside the target, then moved into place. */
public final class TempFiles {

    private TempFiles() {}

    /** A new empty hidden file in the target's folder, with ordinary document permissions. */
    public static Path beside(Path target) {
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
            throw failure(target, e);
        }
    }

    /**
     * The error to report when {@code target} could not be written: names the file and says why in French (disk
     * full, read-only or forbidden folder, or the system's reason), and that nothing was written there.
     */
    public static UncheckedIOException failure(Path target, IOException e) {
        return new UncheckedIOException(
                "Écriture impossible de «\u00a0" + target.toAbsolutePath() + "\u00a0»\u00a0: "
                        + reason(e)
                        + ". Rien n'a été écrit à cet emplacement (un fichier qui s'y trouvait est intact)\u00a0; "
                        + "l'espace de travail n'a pas changé.",
                e);
    }

    private static String reason(IOException e) {
        String text = String.valueOf(
                e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage());
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("disk quota") || lower.contains("not enough space")) {
            return "le disque est plein";
        }
        if (e instanceof AccessDeniedException
                || lower.contains("read-only")
                || lower.contains("permission denied")
                || lower.contains("operation not permitted")
                || lower.contains("access is denied")) {
            return "le dossier est en lecture seule ou son accès est refusé";
        }
        if (e instanceof NoSuchFileException) {
            return "le dossier n'existe pas";
        }
        return text;
    }

    /** Replaces the target with the complete temporary file, atomically where the file system can. */
    public static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    public static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // a leftover hidden .part file is harmless; the target is already complete or untouched
        }
    }
}
