package fr.ptce.workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ptce.workbench.application.GenerateSamples;
import fr.ptce.workbench.domain.dossier.DsEra;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code phase2 import} and {@code dossiers --phase 2}: the same import, exit codes and messages as phase 1. */
class Phase2CommandTest {

    @TempDir
    Path folder;

    private String workspaceWithBothPhases() {
        String workspace = folder.resolve("w").toString();
        Path phase1File = GenerateSamples.write(folder, 2021, 24, DsEra.Y2021, GenerateSamples.Format.XLSX);
        CommandLineRun.of("import", "--workspace", workspace, phase1File.toString())
                .ok();
        Path phase2 = GenerateSamples.writePhase2(folder, phase1File, GenerateSamples.Format.XLSX);
        CommandLineRun imported = CommandLineRun.of("phase2", "import", "--workspace", workspace, phase2.toString());
        assertEquals(0, imported.status(), imported.err());
        assertEquals(
                "dossiers_ami-ptce-emergents-phase-2_2021-10-04_10-15.xlsx\u00a0: 6 dossiers — 6 nouveaux, 0 modifié,"
                        + " 0 inchangé, 0 absent du fichier\u00a0; 0 problème",
                imported.out().strip());
        return workspace;
    }

    @Test
    void dossiersPhase2GivesTheChecksAndTheLinkInJson() throws IOException {
        String workspace = workspaceWithBothPhases();

        CommandLineRun run =
                CommandLineRun.of("dossiers", "--workspace", workspace, "--phase", "2", "--format", "json");

        assertEquals(0, run.status(), run.err());
        JsonNode dossiers = new ObjectMapper().readTree(run.out());
        assertEquals(6, dossiers.size());
        Set<String> keys = new TreeSet<>();
        dossiers.get(0).fieldNames().forEachRemaining(keys::add);
        assertTrue(
                keys.containsAll(List.of(
                        "number",
                        "phase1Number",
                        "linkProblem",
                        "onTime",
                        "missing",
                        "overLimit",
                        "stateAmountByYear",
                        "depreciableAssets",
                        "thirdYearRequested",
                        "reviews",
                        "avis",
                        "decision")),
                keys.toString());
        JsonNode plain = dossiers.get(0);
        assertEquals(48500, plain.get("stateAmountByYear").get("1").asInt());
        assertEquals(51500, plain.get("stateAmountByYear").get("2").asInt());
        assertEquals(0, plain.get("stateAmountByYear").get("3").asInt());
        assertTrue(plain.get("onTime").asBoolean());
        assertEquals(0, plain.get("missing").size());
        assertEquals(
                "aucune décision du cabinet dans l'espace\u00a0: invitation non vérifiable",
                plain.get("linkProblem").asText(),
                "a region's workspace records no invitation: flagged, never silently linked");
        assertEquals(8500, dossiers.get(2).get("depreciableAssets").asInt());
        assertFalse(dossiers.get(3).get("onTime").asBoolean());
        assertTrue(dossiers.get(4).get("linkProblem").asText().contains("SIRET différent"));
        assertTrue(dossiers.get(5).get("thirdYearRequested").asBoolean());
        assertTrue(dossiers.get(1).get("overEnvelope").asBoolean());
    }

    @Test
    void plainDossiersStillListPhaseOne() throws IOException {
        String workspace = workspaceWithBothPhases();

        CommandLineRun run = CommandLineRun.of("dossiers", "--workspace", workspace, "--format", "json");

        assertEquals(0, run.status(), run.err());
        assertEquals(24, new ObjectMapper().readTree(run.out()).size());
    }

    @Test
    void aPhaseOneExportIsRefusedWithExit1AndAFrenchMessage() {
        String workspace = workspaceWithBothPhases();
        Path phase1 = folder.resolve("dossiers_ami-ptce-emergents_2021-10-15_09-12.xlsx");

        CommandLineRun run = CommandLineRun.of("phase2", "import", "--workspace", workspace, phase1.toString());

        assertEquals(1, run.status());
        assertTrue(
                run.err().contains("dossiers_ami-ptce-emergents_2021-10-15_09-12.xlsx")
                        && run.err().contains("feuille «\u00a0Dossiers\u00a0»")
                        && run.err().contains("colonnes du dossier de phase 2 introuvables"),
                run.err());
    }

    @Test
    void usageErrorsExitWith2() {
        String workspace = folder.resolve("w").toString();
        assertEquals(
                2,
                CommandLineRun.of("dossiers", "--workspace", workspace, "--phase", "3")
                        .status());
        assertEquals(
                2,
                CommandLineRun.of("dossiers", "--workspace", workspace, "--phase", "2")
                        .status());
        assertEquals(2, CommandLineRun.of("phase2").status());
        CommandLineRun help = CommandLineRun.of("phase2", "import", "--help");
        assertTrue(help.out().contains("Affiche cette aide et quitte."), help.out());
    }
}
