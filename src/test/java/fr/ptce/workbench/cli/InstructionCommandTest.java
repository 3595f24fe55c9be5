package fr.ptce.workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstructionCommandTest {

    /** ZRR and QPV detected: target (c) pre-filled. */
    private static final String FRAGILE = "4847721";
    /** Neither ZRR nor QPV detected. */
    private static final String NOT_FRAGILE = "5074121";

    @TempDir
    Path folder;

    private String workspace;

    @BeforeEach
    void importSample() {
        workspace = CommandLineRun.workspaceWithOctoberSample(folder);
    }

    private JsonNode dossier(String number) throws IOException {
        CommandLineRun run = CommandLineRun.of("dossiers", "--workspace", workspace, "--format", "json");
        assertEquals(0, run.status(), run.err());
        for (JsonNode node : new ObjectMapper().readTree(run.out())) {
            if (node.get("number").asText().equals(number)) {
                return node;
            }
        }
        throw new AssertionError("no dossier " + number);
    }

    @Test
    void scoresAndAvisShowInTheJsonOfDossiers() throws IOException {
        CommandLineRun.correspondent(workspace, "Auvergne-Rhône-Alpes");
        CommandLineRun score = CommandLineRun.of(
                "score",
                "--workspace",
                workspace,
                "--dossier",
                FRAGILE,
                "V1=4",
                "V2=3",
                "V3=5",
                "V4=4",
                "V5=2",
                "O1=4",
                "O2=3",
                "O3=3",
                "E1=2",
                "E2=4",
                "--comment",
                "V1=Équipe expérimentée, ancrée");
        assertEquals(0, score.status(), score.err());
        assertTrue(score.out().contains("total 68,00 / 100"), score.out());
        CommandLineRun avis = CommandLineRun.of(
                "avis",
                "--workspace",
                workspace,
                "--dossier",
                FRAGILE,
                "--recommendation",
                "reserves",
                "--phase2",
                "--motivation",
                "Projet prometteur",
                "--attention",
                "Budget fragile");
        assertEquals(0, avis.status(), avis.err());

        JsonNode json = dossier(FRAGILE);
        JsonNode review = json.get("reviews").get(0);
        assertEquals("maelle@example.fr", review.get("reviewer").get("email").asText());
        assertEquals(
                "correspondant régional", review.get("reviewer").get("role").asText());
        assertEquals("ami-ptce-emergents-2021", review.get("gridId").asText());
        assertEquals(4, review.get("scores").get("V1").asInt());
        assertEquals(2, review.get("scores").get("E1").asInt());
        assertEquals(
                "Équipe expérimentée, ancrée", review.get("comments").get("V1").asText());
        assertTrue(review.get("comments").get("V2").isNull());
        assertTrue(review.get("targets").get("c").asBoolean());
        assertEquals(0, review.get("eligibility").get("met").asInt());
        assertTrue(review.get("eligibility").get("EL1").isNull());
        assertEquals(68.0, review.get("totals").get("total").asDouble());
        assertEquals(36.0, review.get("totals").get("V").asDouble());
        assertTrue(review.get("totals").get("complete").asBoolean());
        assertEquals(10, review.get("totals").get("scored").asInt());
        assertEquals(
                "favorable avec réserves",
                json.get("avis").get("recommendation").asText());
        assertTrue(json.get("avis").get("proposedForPhase2").asBoolean());
        assertEquals("Maëlle Kerjean", json.get("avis").get("author").asText());
        assertTrue(dossier(NOT_FRAGILE).get("avis").isNull());
        assertEquals(0, dossier(NOT_FRAGILE).get("reviews").size());
    }

    @Test
    void aPartialScoreSaysSoInTheJsonTotals() throws IOException {
        CommandLineRun.correspondent(workspace, "Auvergne-Rhône-Alpes");
        CommandLineRun score = CommandLineRun.of("score", "--workspace", workspace, "--dossier", FRAGILE, "V1=4");
        assertEquals(0, score.status(), score.err());

        JsonNode totals = dossier(FRAGILE).get("reviews").get(0).get("totals");
        assertFalse(totals.get("complete").asBoolean());
        assertEquals(1, totals.get("scored").asInt());
        assertEquals(10, totals.get("criteria").asInt());
        List<String> keys = new ArrayList<>();
        totals.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("V", "O", "E", "total", "complete", "scored", "criteria"), keys);
        List<String> attachmentKeys = new ArrayList<>();
        dossier(FRAGILE).get("attachments").fieldNames().forEachRemaining(attachmentKeys::add);
        assertEquals(List.of("statutes", "budget"), attachmentKeys);
    }

    @Test
    void outOfScaleOrUnknownCriterionExitsWith1AndLeavesTheStoreUnchanged() throws IOException {
        CommandLineRun.of(
                        "score", "--workspace", workspace, "--dossier", FRAGILE, "--reviewer", "Maëlle Kerjean", "V1=4")
                .ok();
        String before = CommandLineRun.of("dossiers", "--workspace", workspace, "--format", "json")
                .out();

        CommandLineRun outOfScale = CommandLineRun.of(
                "score",
                "--workspace",
                workspace,
                "--dossier",
                FRAGILE,
                "--reviewer",
                "Maëlle Kerjean",
                "V1=2",
                "V2=6");
        assertEquals(1, outOfScale.status());
        assertTrue(
                outOfScale
                        .err()
                        .startsWith("Refusé. Dossier n° 4847721, critère V2\u00a0: la note 6 n'est pas sur"
                                + " l'échelle de la grille (valeurs permises\u00a0: 0, 1, 2, 3, 4, 5)."),
                outOfScale.err());
        CommandLineRun unknown =
                CommandLineRun.of("score", "--workspace", workspace, "--dossier", FRAGILE, "V1=1", "X9=3");
        assertEquals(1, unknown.status());
        assertTrue(unknown.err().contains("le critère «\u00a0X9\u00a0» n'existe pas"), unknown.err());
        CommandLineRun notANumber =
                CommandLineRun.of("score", "--workspace", workspace, "--dossier", FRAGILE, "V1=bon");
        assertEquals(1, notANumber.status());
        assertTrue(notANumber.err().contains("n'est pas un nombre"), notANumber.err());

        assertEquals(
                before,
                CommandLineRun.of("dossiers", "--workspace", workspace, "--format", "json")
                        .out());
        assertEquals(
                4,
                dossier(FRAGILE).get("reviews").get(0).get("scores").get("V1").asInt());
        assertEquals(
                "maelle.kerjean@local",
                dossier(FRAGILE)
                        .get("reviews")
                        .get(0)
                        .get("reviewer")
                        .get("email")
                        .asText());
    }

    @Test
    void scoreJudgesTheDemocraticGovernanceWithOrWithoutScores() throws IOException {
        CommandLineRun.correspondent(workspace);

        CommandLineRun alone = CommandLineRun.of(
                "score", "--workspace", workspace, "--dossier", FRAGILE, "--governance", "perspective");
        assertEquals(0, alone.status(), alone.err());
        assertTrue(alone.out().contains("\u00a0; gouvernance démocratique en perspective"), alone.out());
        assertEquals(
                "en perspective",
                dossier(FRAGILE).get("reviews").get(0).get("governance").asText());

        CommandLineRun withScores = CommandLineRun.of(
                "score", "--workspace", workspace, "--dossier", FRAGILE, "--governance", "OUI", "V1=4");
        assertEquals(0, withScores.status(), withScores.err());
        assertEquals(
                "oui", dossier(FRAGILE).get("reviews").get(0).get("governance").asText());
        assertEquals(
                4,
                dossier(FRAGILE).get("reviews").get(0).get("scores").get("V1").asInt());

        CommandLineRun wrong =
                CommandLineRun.of("score", "--workspace", workspace, "--dossier", FRAGILE, "--governance", "peut-être");
        assertEquals(2, wrong.status());
        assertTrue(wrong.err().contains("« peut-être » n'est pas une réponse (oui, perspective ou non)"), wrong.err());
        CommandLineRun refused = CommandLineRun.of(
                "score", "--workspace", workspace, "--dossier", FRAGILE, "--governance", "non", "V1=7");
        assertEquals(1, refused.status());
        assertEquals(
                "oui",
                dossier(FRAGILE).get("reviews").get(0).get("governance").asText(),
                "a refused score saves no governance either");
        assertTrue(dossier(NOT_FRAGILE).get("reviews").isEmpty());
    }

    @Test
    void phase2WithoutTargetBOrCExitsWith1WithTheReason() throws IOException {
        CommandLineRun.correspondent(workspace);
        CommandLineRun run = CommandLineRun.of(
                "avis",
                "--workspace",
                workspace,
                "--dossier",
                NOT_FRAGILE,
                "--recommendation",
                "favorable",
                "--phase2",
                "--motivation",
                "Bon projet");
        assertEquals(1, run.status());
        assertTrue(
                run.err()
                        .startsWith("Refusé. Dossier n° 5074121\u00a0: proposition en phase 2 impossible, ni la"
                                + " cible b)"),
                run.err());
        assertTrue(dossier(NOT_FRAGILE).get("avis").isNull());
    }

    @Test
    void scoringWithoutIdentityExitsWith1() {
        CommandLineRun run = CommandLineRun.of("score", "--workspace", workspace, "--dossier", FRAGILE, "V1=4");
        assertEquals(1, run.status());
        assertTrue(run.err().startsWith("Refusé. Indiquez d'abord qui vous êtes"), run.err());
        assertEquals(
                2,
                CommandLineRun.of("user", "--workspace", workspace, "--name", "X", "--email", "x@y", "--role", "chef")
                        .status());
    }
}
