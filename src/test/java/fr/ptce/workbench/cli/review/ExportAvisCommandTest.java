package fr.ptce.workbench.cli.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.cli.CommandLineRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportAvisCommandTest {

    @TempDir
    Path folder;

    private String workspace;

    @BeforeEach
    void importSample() {
        workspace = CommandLineRun.workspaceWithOctoberSample(folder);
    }

    /** Sets the user, with a region when one is given. */
    private void user(String... region) {
        if (region.length > 0) {
            CommandLineRun.correspondent(workspace, region[0]);
        } else {
            CommandLineRun.correspondent(workspace);
        }
    }

    @Test
    void printsThePathRowsAndChecksumOfTheWorkbook() {
        user("Bretagne");
        Path out = folder.resolve("avis.xlsx");
        CommandLineRun run =
                CommandLineRun.of("export-avis", "--workspace", workspace, "--out", out.toString(), "--all-regions");
        assertEquals(0, run.status(), run.err());
        assertTrue(Files.isRegularFile(out));
        assertTrue(run.out().contains("Classeur d'avis écrit\u00a0: " + out.toAbsolutePath()), run.out());
        assertTrue(run.out().contains("Dossiers\u00a0: 12"), run.out());
        assertTrue(run.out().matches("(?s).*SHA-256\u00a0: [0-9a-f]{64}\\R.*"), run.out());
    }

    @Test
    void byDefaultTheWorkbookHoldsOnlyTheDossiersOfTheUsersRegion() {
        user("Bretagne");
        Path out = folder.resolve("avis.xlsx");
        CommandLineRun run = CommandLineRun.of("export-avis", "--workspace", workspace, "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        CommandLineRun listed = CommandLineRun.of("dossiers", "--workspace", workspace, "--format", "csv");
        assertEquals(0, listed.status(), listed.err());
        long bretagne =
                listed.out().lines().filter(line -> line.contains(",Bretagne,")).count();
        assertTrue(bretagne > 0 && bretagne < 12, listed.out());
        assertTrue(
                run.out().contains("Dossiers\u00a0: " + bretagne + "\n")
                        || run.out().contains("Dossiers\u00a0: " + bretagne + "\r"),
                run.out());
    }

    @Test
    void refusesWithAFrenchMessageWithoutIdentityOrRegion() {
        Path out = folder.resolve("avis.xlsx");
        CommandLineRun anonymous = CommandLineRun.of("export-avis", "--workspace", workspace, "--out", out.toString());
        assertEquals(1, anonymous.status());
        assertTrue(anonymous.err().startsWith("Refusé. Indiquez d'abord qui vous êtes"), anonymous.err());
        user();
        CommandLineRun noRegion = CommandLineRun.of("export-avis", "--workspace", workspace, "--out", out.toString());
        assertEquals(1, noRegion.status());
        assertTrue(noRegion.err().contains("Indiquez d'abord votre région"), noRegion.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void refusesAWorkspaceWithoutDossiers() throws IOException {
        workspace = Files.createDirectory(folder.resolve("vide")).toString();
        user("Bretagne");
        CommandLineRun run = CommandLineRun.of(
                "export-avis",
                "--workspace",
                workspace,
                "--out",
                folder.resolve("avis.xlsx").toString());
        assertEquals(1, run.status());
        assertTrue(run.err().contains("aucun dossier"), run.err());
    }
}
