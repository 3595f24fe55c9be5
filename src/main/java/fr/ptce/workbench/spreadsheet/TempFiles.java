package fr.ptce.workbench.spreadsheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Writes files the safe way: into a hidden temporary file beside the target, then moved into place. */
final class TempFiles {

    private TempFiles() {
    }

    /** A new empty hidden file in the target's folder, with ordinary document permissions. */
    static Path beside(Path target) {
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

    /** Replaces the target with the complete temporary file, atomically where the file system can. */
    static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // a leftover hidden .part file is harmless; the target is already complete or untouched
        }
    }
}
