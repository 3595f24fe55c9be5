package fr.ptce.workbench.cli.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.KitFiller;
import fr.ptce.workbench.cli.CommandLineRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KitCommandTest {

    private static final String A = "4847721";
    private static final String B = "5074121";
    private static final String EXPERT = "odile.ferrand@example.org";

    @TempDir
    Path folder;

    private String workspace;

    @BeforeEach
    void sample() {
        workspace = CommandLineRun.workspaceWithOctoberSample(folder);
        CommandLineRun user = CommandLineRun.of(
                "user",
                "--workspace",
                workspace,
                "--name",
                "Maëlle Kerjean",
                "--email",
                "maelle@example.fr",
                "--role",
                "correspondant",
                "--region",
                "Bretagne");
        assertEquals(0, user.status(), user.err());
    }

    private Path export(String... extra) {
        Path out = folder.resolve("grille.xlsx");
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(
                "kit",
                "export",
                "--workspace",
                workspace,
                "--expert",
                EXPERT,
                "--name",
                "Odile Ferrand",
                "--organisation",
                "CRESS Bretagne",
                "--out",
                out.toString(),
                "--dossier",
                A,
                B));
        args.addAll(java.util.List.of(extra));
        CommandLineRun run = CommandLineRun.of(args.toArray(String[]::new));
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("Kit expert écrit\u00a0: " + out.toAbsolutePath()), run.out());
        assertTrue(run.out().contains("Dossiers\u00a0: " + A + ", " + B), run.out());
        return out;
    }

    @Test
    void exportsImportsAndShowsTheExpertsReviewAndProgress() {
        Path kit = export();
        Path filled = KitFiller.poi(
                kit,
                folder.resolve("retour.xlsx"),
                Map.of(A, Map.of("V1", 4, "E2", 2, "Commentaire E", "Indicateurs à préciser")));
        CommandLineRun imported = CommandLineRun.of("kit", "import", "--workspace", workspace, filled.toString());
        assertEquals(0, imported.status(), imported.err());
        assertTrue(imported.out().contains("Dossiers notés\u00a0: 2"), imported.out());
        CommandLineRun json = CommandLineRun.of("dossiers", "--workspace", workspace, "--format", "json");
        assertTrue(json.out().contains(EXPERT), "the expert's review is listed");
        CommandLineRun progress = CommandLineRun.of("kit", "progress", "--workspace", workspace);
        assertEquals(0, progress.status(), progress.err());
        assertTrue(progress.out().contains("Odile Ferrand <" + EXPERT + ">\t1\t1\t0/2\tnon"), progress.out());
    }

    @Test
    void aRefusedKitExitsWithOneAndTheOptionSavesTheValidRows() {
        Path kit = export();
        Path filled = KitFiller.poi(kit, folder.resolve("retour.xlsx"), Map.of(A, Map.of("V1", 9), B, Map.of("V1", 1)));
        CommandLineRun refused = CommandLineRun.of("kit", "import", "--workspace", workspace, filled.toString());
        assertEquals(1, refused.status());
        assertTrue(refused.err().startsWith("Refusé. Kit expert de Odile Ferrand"), refused.err());
        assertTrue(refused.err().contains("cellule C2"), refused.err());
        assertTrue(refused.err().contains("--accept-valid"), refused.err());
        CommandLineRun accepted =
                CommandLineRun.of("kit", "import", "--workspace", workspace, "--accept-valid", filled.toString());
        assertEquals(0, accepted.status(), accepted.err());
        assertTrue(accepted.out().contains("Dossiers notés\u00a0: 1 (" + B + ")"), accepted.out());
        CommandLineRun again =
                CommandLineRun.of("kit", "import", "--workspace", workspace, "--accept-valid", filled.toString());
        assertEquals(1, again.status());
        assertTrue(again.err().contains("déjà été importé"), again.err());
    }

    @Test
    void aPseudonymisedKitAndAnUnknownExpert() {
        Path kit = export("--pseudonymise");
        assertTrue(KitFiller.unzipped(kit).contains("pseudonymise</t></si><si><t>Oui"), "metadata says so");
        CommandLineRun unknown = CommandLineRun.of(
                "kit",
                "export",
                "--workspace",
                workspace,
                "--expert",
                "inconnu@example.org",
                "--out",
                folder.resolve("x.xlsx").toString());
        assertEquals(1, unknown.status());
        assertTrue(unknown.err().contains("n'est pas connu"), unknown.err());
        assertFalse(Files.exists(folder.resolve("x.xlsx")));
    }
}
