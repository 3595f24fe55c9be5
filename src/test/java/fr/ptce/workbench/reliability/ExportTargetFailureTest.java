package fr.ptce.workbench.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.SampleFiles;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.cli.CommandLineRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export whose target folder is full or read-only: exit 1 with a French message naming the file and the
 * reason, no file (not even a partial one) left in the folder, an existing file there untouched, and the workspace
 * unchanged (content digest before = after). The folder is made full with a small tmpfs and read-only with
 * {@code chattr +i} (as root) or the permissions (otherwise). The full disk needs root (mount): where the machine
 * allows neither, the test fails and says why (CI runs as root, {@code .ci/run}).
 */
class ExportTargetFailureTest {

    @TempDir
    Path dir;

    private Path workspace;
    private Path mounted;
    private Path immutable;

    @BeforeEach
    void workspaceWithSample() {
        workspace = dir.resolve("ws");
        SampleFiles.copy(SampleFiles.OCTOBER_2021_XLSX, dir);
        CommandLineRun.of(
                        "import",
                        "--workspace",
                        workspace.toString(),
                        dir.resolve(SampleFiles.OCTOBER_2021_XLSX).toString())
                .ok();
        CommandLineRun.correspondent(workspace.toString(), "Bretagne");
    }

    @AfterEach
    void release() throws Exception {
        if (immutable != null) {
            command("chattr", "-i", immutable.toString());
            immutable.toFile().setWritable(true);
        }
        if (mounted != null) {
            command("umount", mounted.toString());
        }
    }

    @Test
    void anExportToAFullDiskSaysSoAndLeavesNothingBehind() throws Exception {
        Path full = dir.resolve("plein");
        Files.createDirectories(full);
        assertTrue(
                command("mount", "-t", "tmpfs", "-o", "size=96k", "tmpfs", full.toString()),
                "cannot mount a small tmpfs (mount, util-linux) here: the full disk needs root, as .ci/run runs");
        mounted = full;
        Path filler = full.resolve("remplissage.bin");
        fill(filler);
        List<Path> before = listing(full);

        CommandLineRun failed = exportTo(full.resolve("avis.xlsx"));

        assertEquals(1, failed.status(), failed.out() + failed.err());
        assertTrue(failed.err().contains("avis.xlsx") && failed.err().contains("le disque est plein"), failed.err());
        assertEquals(before, listing(full), "a partial file was left in the full folder");
    }

    @Test
    void anExportIntoAReadOnlyFolderSaysSoAndLeavesTheExistingFileIntact() throws Exception {
        Path folder = dir.resolve("lecture-seule");
        Files.createDirectories(folder);
        Path existing = folder.resolve("avis.xlsx");
        Files.writeString(existing, "version précédente");
        boolean readOnly =
                command("chattr", "+i", folder.toString()) || folder.toFile().setWritable(false);
        immutable = folder;
        assertTrue(
                readOnly && !writable(folder),
                "cannot make a folder read-only here: chattr +i (e2fsprogs) needs"
                        + " root, or run as a user whose folder permissions hold");
        List<Path> before = listing(folder);

        CommandLineRun failed = exportTo(existing);

        assertEquals(1, failed.status(), failed.out() + failed.err());
        assertTrue(failed.err().contains("avis.xlsx") && failed.err().contains("lecture seule"), failed.err());
        assertEquals(before, listing(folder));
        assertEquals("version précédente", Files.readString(existing));
    }

    private CommandLineRun exportTo(Path target) {
        String digest;
        try (Workspace open = Workspace.open(workspace)) {
            digest = open.contentDigest();
        }
        CommandLineRun result = CommandLineRun.of(
                "export-avis", "--workspace", workspace.toString(), "--out", target.toString(), "--all-regions");
        try (Workspace open = Workspace.open(workspace)) {
            assertEquals(digest, open.contentDigest(), "the workspace changed");
        }
        return result;
    }

    /** Fills the folder's file system but for a few kilobytes, far less than an avis workbook needs. */
    private static void fill(Path filler) throws IOException {
        long free = Files.getFileStore(filler.getParent()).getUsableSpace();
        Files.write(filler, new byte[(int) Math.max(0, free - 4096)]);
    }

    private static boolean writable(Path folder) {
        try {
            Files.delete(Files.createTempFile(folder, "essai", ".tmp"));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<Path> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private static boolean command(String... command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return process.waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
