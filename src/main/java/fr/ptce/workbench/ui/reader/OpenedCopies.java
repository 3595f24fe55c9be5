package fr.ptce.workbench.ui.reader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The temporary copies of the attachments opened with the system's viewer: one folder per run of the workbench,
 * deleted when the window closes and, when a run ended without closing (killed), at the next start.
 */
public final class OpenedCopies {

    private final Path base;
    private final Path folder;

    public OpenedCopies(Path base) {
        this.base = base;
        this.folder = base.resolve(Long.toString(ProcessHandle.current().pid()));
    }

    /** The copies under the system's temporary folder, {@code ptce-workbench-pieces/<pid>}. */
    public static OpenedCopies standard() {
        return new OpenedCopies(Path.of(System.getProperty("java.io.tmpdir"), "ptce-workbench-pieces"));
    }

    /** This run's folder, created (readable by its owner only where the system allows) when first asked for. */
    public Path folder() {
        try {
            Files.createDirectories(base);
            if (!Files.isDirectory(folder)) {
                Files.createDirectory(folder);
                folder.toFile().setReadable(false, false);
                folder.toFile().setReadable(true, true);
                folder.toFile().setExecutable(false, false);
                folder.toFile().setExecutable(true, true);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes this run's copies (at the window's close). */
    public void deleteAll() {
        delete(folder);
    }

    /** Deletes the copies of earlier runs that are no longer running (at start). */
    public void deleteLeftovers() {
        if (!Files.isDirectory(base)) {
            return;
        }
        try (DirectoryStream<Path> runs = Files.newDirectoryStream(base)) {
            for (Path run : runs) {
                String name = run.getFileName().toString();
                boolean alive = name.matches("\\d{1,19}")
                        && ProcessHandle.of(Long.parseLong(name)).isPresent();
                if (!alive) {
                    delete(run);
                }
            }
        } catch (IOException | RuntimeException e) {
            // nothing worse than a leftover copy: try again at the next start
        }
    }

    private static void delete(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a file still open by a viewer on Windows: deleted at the next start
        }
    }
}
