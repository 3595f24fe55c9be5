package fr.ptce.workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code score}, {@code avis}, {@code export-avis} and {@code consolidate} with {@code --phase 2}: a phase-2 dossier
 * instructed on the phase-2 grid, its avis exported in its own workbook and consolidated by PESSII; a tampered
 * workbook and a workbook of the other phase refused, the store unchanged.
 */
class Phase2InstructionCommandTest {

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

    private void instruct() {
        CommandLineRun score =
                ok("score", "--workspace", workspace, "--phase", "2", "--dossier", phase2, "P1=4", "P2=3", "P3=5");
        assertTrue(score.out().contains("total 48,00 / 100 (grille incomplète)"), score.out());
        ok("score", "--workspace", workspace, "--dossier", phase2, "P4=2", "P5=4", "--comment", "P2=Animation à 60 %");
        ok(
                "avis",
                "--workspace",
                workspace,
                "--phase",
                "2",
                "--dossier",
                phase2,
                "--recommendation",
                "favorable",
                "--motivation",
                "Animation des coopérations au cœur du budget");
    }

    @Test
    void aPhase2DossierIsScoredAndGivenAnAvisShownInTheJson() throws IOException {
        instruct();

        JsonNode dossier = json("dossiers", "--workspace", workspace, "--phase", "2", "--format", "json")
                .get(0);
        assertEquals(phase2, dossier.get("number").asText());
        assertEquals(1, dossier.get("reviews").size());
        JsonNode review = dossier.get("reviews").get(0);
        assertEquals("ami-ptce-emergents-2021-phase-2", review.get("gridId").asText(), review.toString());
        assertEquals(72, review.get("totals").get("total").asInt(), review.toString());
        assertEquals("favorable", dossier.get("avis").get("recommendation").asText(), dossier.toString());
        JsonNode phase1Dossiers = json("dossiers", "--workspace", workspace, "--format", "json");
        assertTrue(
                Stream.iterate(0, i -> i < phase1Dossiers.size(), i -> i + 1)
                        .allMatch(i -> phase1Dossiers.get(i).get("reviews").isEmpty()),
                "phase 1's list shows none of phase 2's reviews");
    }

    @Test
    void theAskedPhaseIsCheckedAgainstTheDossierNumber() {
        CommandLineRun wrong =
                CommandLineRun.of("score", "--workspace", workspace, "--phase", "1", "--dossier", phase2, "P1=4");
        assertEquals(1, wrong.status(), wrong.out());
        assertTrue(wrong.err().contains("dossier de phase 2, pas de phase 1"), wrong.err());

        CommandLineRun phase1Criterion =
                CommandLineRun.of("score", "--workspace", workspace, "--dossier", phase2, "V1=4");
        assertEquals(1, phase1Criterion.status());
        assertTrue(phase1Criterion.err().contains("P1, P2, P3, P4, P5"), phase1Criterion.err());

        CommandLineRun eligibility =
                CommandLineRun.of("score", "--workspace", workspace, "--dossier", phase2, "EL1=oui");
        assertEquals(1, eligibility.status());
        assertTrue(eligibility.err().contains("sa grille seulement"), eligibility.err());

        CommandLineRun badPhase =
                CommandLineRun.of("score", "--workspace", workspace, "--phase", "3", "--dossier", phase1, "V1=4");
        assertEquals(2, badPhase.status(), badPhase.err());
        assertTrue(badPhase.err().contains("--phase vaut 1 ou 2"), badPhase.err());
    }

    @Test
    void thePhase2AvisWorkbookGoesToPessiiAndATamperedOneIsRefused() throws IOException {
        instruct();
        Path out = folder.resolve("out");
        CommandLineRun exported =
                ok("export-avis", "--workspace", workspace, "--phase", "2", "--all-regions", "--out", out.toString());
        Path workbook;
        try (Stream<Path> files = Files.list(out)) {
            workbook = files.findFirst().orElseThrow();
        }
        assertTrue(workbook.getFileName().toString().startsWith("avis-phase-2-bretagne-"), workbook.toString());
        assertTrue(exported.out().contains("Dossiers\u00a0: 6"), exported.out());

        String pessii = folder.resolve("pessii").toString();
        Path tampered = edited(workbook, folder.resolve("modifie.xlsx"));
        CommandLineRun refused = CommandLineRun.of("consolidate", "--workspace", pessii, tampered.toString());
        assertEquals(1, refused.status(), refused.out());
        assertTrue(
                refused.out().contains("modifie.xlsx") && refused.out().contains("somme de contrôle"), refused.out());
        CommandLineRun wrongPhase =
                CommandLineRun.of("consolidate", "--workspace", pessii, "--phase", "1", workbook.toString());
        assertEquals(1, wrongPhase.status(), wrongPhase.out());
        assertTrue(wrongPhase.out().contains("classeur d'avis de phase 2, pas de phase 1"), wrongPhase.out());

        CommandLineRun consolidated = ok("consolidate", "--workspace", pessii, "--phase", "2", workbook.toString());
        assertTrue(consolidated.out().contains("accepté (6 dossiers)"), consolidated.out());
        CommandLineRun again = ok("consolidate", "--workspace", pessii, workbook.toString());
        assertTrue(again.out().contains("déjà importé"), again.out());
    }

    /** The workbook with the motivation of its first avis row rewritten, as a hand edit in Excel would. */
    private static Path edited(Path original, Path copy) throws IOException {
        try (InputStream in = Files.newInputStream(original);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            var sheet = workbook.getSheet("Avis");
            var header = sheet.getRow(0);
            for (int c = 0; c < header.getLastCellNum(); c++) {
                if ("Motivation".equals(header.getCell(c).getStringCellValue())) {
                    sheet.getRow(1).getCell(c).setCellValue("Avis réécrit à la main");
                }
            }
            try (OutputStream out = Files.newOutputStream(copy)) {
                workbook.write(out);
            }
        }
        return copy;
    }
}
