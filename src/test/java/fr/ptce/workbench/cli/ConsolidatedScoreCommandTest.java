package fr.ptce.workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsolidatedScoreCommandTest {

    private static final String NUMBER = "4847721";

    @TempDir
    Path folder;

    private String workspace;

    @BeforeEach
    void importAndScore() {
        workspace = CommandLineRun.workspaceWithOctoberSample(folder);
        CommandLineRun.correspondent(workspace);
        CommandLineRun.of("score", "--workspace", workspace, "--dossier", NUMBER, "V1=4", "V2=3")
                .ok();
    }

    private CommandLineRun avis(String... more) {
        String[] base = {
            "avis",
            "--workspace",
            workspace,
            "--dossier",
            NUMBER,
            "--recommendation",
            "favorable",
            "--motivation",
            "Projet solide"
        };
        String[] args = new String[base.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return CommandLineRun.of(args);
    }

    private JsonNode avisJson() throws IOException {
        CommandLineRun run = CommandLineRun.of("dossiers", "--workspace", workspace, "--format", "json");
        for (JsonNode node : new ObjectMapper().readTree(run.out())) {
            if (node.get("number").asText().equals(NUMBER)) {
                return node.get("avis");
            }
        }
        throw new AssertionError("no dossier " + NUMBER);
    }

    @Test
    void aChangedScoreWithItsReasonIsSavedOverTheMean() throws IOException {
        CommandLineRun run = avis("--score", "V1=3,5", "--score-reason", "Échange avec l'expert");

        assertEquals(0, run.status(), run.err());
        JsonNode avis = avisJson();
        assertEquals(3.5, avis.get("consolidatedScores").get("V1").asDouble());
        assertEquals(3.0, avis.get("consolidatedScores").get("V2").asDouble());
        assertEquals("Échange avec l'expert", avis.get("scoreChangeReason").asText());

        CommandLineRun again = avis("--score", "V2=2");
        assertEquals(0, again.status(), again.err());
        assertEquals(3.5, avisJson().get("consolidatedScores").get("V1").asDouble());
        assertEquals(2.0, avisJson().get("consolidatedScores").get("V2").asDouble());
    }

    @Test
    void aChangedScoreWithoutReasonOrOffTheScaleExitsWith1AndSavesNothing() throws IOException {
        CommandLineRun noReason = avis("--score", "V1=3");
        assertEquals(1, noReason.status());
        assertTrue(
                noReason.err()
                        .startsWith("Refusé. Dossier n° 4847721\u00a0: les notes consolidées V1 diffèrent de"
                                + " la moyenne des évaluations\u00a0; indiquez le motif du changement."),
                noReason.err());

        CommandLineRun offScale = avis("--score", "V1=7", "--score-reason", "Erreur de frappe");
        assertEquals(1, offScale.status());
        assertTrue(
                offScale.err()
                        .startsWith("Refusé. Dossier n° 4847721, critère V1\u00a0: la note consolidée doit"
                                + " être entre 0 et 5."),
                offScale.err());

        CommandLineRun notANumber = avis("--score", "V1=bon", "--score-reason", "Erreur de frappe");
        assertEquals(1, notANumber.status());
        assertTrue(notANumber.err().contains("n'est pas un nombre"), notANumber.err());
        assertTrue(avisJson().isNull());
    }

    @Test
    void withoutScoreOptionsTheAvisFollowsTheMean() throws IOException {
        assertEquals(0, avis().status());
        assertEquals(4.0, avisJson().get("consolidatedScores").get("V1").asDouble());
        assertTrue(avisJson().get("scoreChangeReason").isNull());
    }
}
