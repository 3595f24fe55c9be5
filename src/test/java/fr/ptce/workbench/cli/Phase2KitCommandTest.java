package fr.ptce.workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ptce.workbench.KitFiller;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kit assign|export|import --phase 2}: a phase-2 kit out and back, and a kit of the other phase refused. */
class Phase2KitCommandTest {

    private static final String EXPERT = "odile.ferrand@example.org";

    @TempDir
    Path folder;

    private String workspace;
    private String phase2;
    private String phase1;

    @BeforeEach
    void bothPhases() throws IOException {
        BothPhases both = BothPhases.importedUnder(folder);
        workspace = both.workspace();
        phase2 = both.phase2();
        phase1 = both.phase1();
    }

    private static CommandLineRun ok(String... args) {
        CommandLineRun run = CommandLineRun.of(args);
        assertEquals(0, run.status(), run.err());
        return run;
    }

    private static JsonNode json(String... args) throws IOException {
        return new ObjectMapper().readTree(ok(args).out());
    }

    @Test
    void aPhaseTwoKitGoesOutAndComesBackAsTheExpertsPhaseTwoReview() throws IOException {
        ok(
                "kit",
                "expert",
                "--workspace",
                workspace,
                "--name",
                "Odile Ferrand",
                "--email",
                EXPERT,
                "--organisation",
                "CRESS Bretagne");
        ok("kit", "assign", "--workspace", workspace, "--phase", "2", "--expert", EXPERT, "--dossier", phase2);
        CommandLineRun wrongPhase = CommandLineRun.of(
                "kit", "assign", "--workspace", workspace, "--phase", "2", "--expert", EXPERT, "--dossier", phase1);
        assertEquals(1, wrongPhase.status(), wrongPhase.out());
        assertTrue(wrongPhase.err().contains("dossier de phase 1, pas de phase 2"), wrongPhase.err());

        Path kit = folder.resolve("kit2.xlsx");
        CommandLineRun export = ok(
                "kit", "export", "--workspace", workspace, "--phase", "2", "--expert", EXPERT, "--out", kit.toString());
        assertTrue(export.out().contains("Kit expert de phase\u00a02 écrit"), export.out());
        assertTrue(export.out().contains("Dossiers\u00a0: " + phase2), export.out());
        Path filled = KitFiller.poi(kit, folder.resolve("kit2-rempli.xlsx"), Map.of(phase2, Map.of("P1", 4, "P2", 5)));

        CommandLineRun refused =
                CommandLineRun.of("kit", "import", "--workspace", workspace, "--phase", "1", filled.toString());
        assertEquals(1, refused.status(), refused.out());
        assertTrue(refused.err().contains("kit2-rempli.xlsx"), refused.err());
        assertTrue(refused.err().contains("kit expert de phase\u00a02, pas de phase\u00a01"), refused.err());
        assertEquals(
                0,
                json("dossiers", "--workspace", workspace, "--phase", "2", "--format", "json")
                        .get(0)
                        .get("reviews")
                        .size(),
                "nothing saved");

        CommandLineRun imported = ok("kit", "import", "--workspace", workspace, "--phase", "2", filled.toString());
        assertTrue(imported.out().contains("Dossiers notés\u00a0: 1 (" + phase2 + ")"), imported.out());
        JsonNode review = json("dossiers", "--workspace", workspace, "--phase", "2", "--format", "json")
                .get(0)
                .get("reviews")
                .get(0);
        assertEquals(EXPERT, review.get("reviewer").get("email").asText(), review.toString());
        assertEquals("ami-ptce-emergents-2021-phase-2", review.get("gridId").asText(), review.toString());
        assertTrue(Files.exists(kit));
    }
}
