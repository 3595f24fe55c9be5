package fr.ptce.workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.SampleFiles;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.domain.audit.AuditEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The call's decisions end to end on the command line: a region scores, answers eligibility, sets targets and writes
 * its avis; PESSII consolidates, proposes, is refused by every gate with a French reason and exit 1, overrides with a
 * written reason, records the cabinet's decision, and publishes lists that hold recorded decisions only — with no
 * euro attached to phase 1 anywhere.
 */
class CallDecisionsScenarioTest {

    /** Recevable, a commune in ZRR: target (c). */
    private static final String RECEVABLE = "4952021";
    /** Incomplete (no statutes, S5 empty), « SAS classique ». */
    private static final String INCOMPLETE = "5047161";
    /** Complete, filed on 27 June 2021: late for wave 1, in the rolling track. */
    private static final String LATE = "5204541";

    @TempDir
    Path folder;

    private CommandLineRun run(String... args) {
        return CommandLineRun.of(args);
    }

    private Path regionExport() {
        String region = folder.resolve("bretagne").toString();
        Path xlsx = SampleFiles.copy(SampleFiles.OCTOBER_2021_XLSX, folder);
        assertEquals(0, run("import", "--workspace", region, xlsx.toString()).status());
        CommandLineRun.correspondent(region, "Bretagne");
        CommandLineRun scored = run(
                "score",
                "--workspace",
                region,
                "--dossier",
                RECEVABLE,
                "V1=4",
                "V2=3",
                "O1=4",
                "EL1=oui",
                "EL2=oui",
                "EL3=perspective",
                "EL4=oui",
                "EL5=non",
                "--maturity",
                "emergent",
                "--targets",
                "b,c");
        assertEquals(0, scored.status(), scored.err());
        assertTrue(
                scored.out().contains("éligibilité 4/7 (éligible)\u00a0; maturité émergent\u00a0; cibles" + " b,c"),
                scored.out());
        assertEquals(
                0,
                run(
                                "score",
                                "--workspace",
                                region,
                                "--dossier",
                                INCOMPLETE,
                                "V1=5",
                                "EL1=oui",
                                "EL2=oui",
                                "EL3=oui",
                                "EL4=oui",
                                "--targets",
                                "b")
                        .status());
        assertEquals(
                0,
                run(
                                "score",
                                "--workspace",
                                region,
                                "--dossier",
                                LATE,
                                "V1=3",
                                "EL1=oui",
                                "EL2=oui",
                                "EL3=oui",
                                "EL4=oui",
                                "--targets",
                                "a")
                        .status());
        CommandLineRun badAnswer = run("score", "--workspace", region, "--dossier", LATE, "EL1=peut-être");
        assertEquals(1, badAnswer.status());
        assertTrue(
                badAnswer
                        .err()
                        .contains("la réponse à EL1 «\u00a0peut-être\u00a0» n'est ni oui, ni perspective, ni" + " non"),
                badAnswer.err());
        for (String number : List.of(RECEVABLE, INCOMPLETE, LATE)) {
            CommandLineRun avis = run(
                    "avis",
                    "--workspace",
                    region,
                    "--dossier",
                    number,
                    "--recommendation",
                    "favorable",
                    "--motivation",
                    "Dynamique de coopération crédible.");
            assertEquals(0, avis.status(), avis.err());
        }
        Path out = folder.resolve("avis-bretagne.xlsx");
        CommandLineRun exported = run("export-avis", "--workspace", region, "--out", out.toString(), "--all-regions");
        assertEquals(0, exported.status(), exported.err());
        return out;
    }

    @Test
    void everyGateRefusesWithItsReasonOverridesAreKeptAndOnlyRecordedDecisionsArePublished() throws IOException {
        Path avis = regionExport();
        assertEquals(List.of("Vague 1", "Au fil de l'eau"), cells(avis, "Avis", "Vague", RECEVABLE, LATE));
        assertEquals(
                List.of("avis favorable sur un dossier non recevable (incomplet)"),
                cells(avis, "Avis", "Alertes", INCOMPLETE));

        Path pessiiFolder = folder.resolve("pessii");
        String pessii = pessiiFolder.toString();
        assertEquals(
                0, run("consolidate", "--workspace", pessii, avis.toString()).status());
        CommandLineRun.pessii(pessii);

        refused(
                run("decide", "--workspace", pessii, "--dossier", INCOMPLETE, "--laureate", "oui"),
                "proposition comme lauréat de la phase\u00a01 refusée — non recevable\u00a0: incomplet.");
        refused(
                run("decide", "--workspace", pessii, "--dossier", "5074121", "--laureate", "oui"),
                "non recevable\u00a0: incomplet\u00a0; éligibilité non renseignée par la région.");
        refused(
                run("decide", "--workspace", pessii, "--dossier", RECEVABLE, "--invite", "oui"),
                "invitation en phase\u00a02 refusée — il n'est pas lauréat de la phase\u00a01.");

        CommandLineRun laureate = run("decide", "--workspace", pessii, "--dossier", RECEVABLE, "--laureate", "oui");
        assertEquals(0, laureate.status(), laureate.err());
        assertTrue(
                laureate.out().contains("Lauréats de la phase\u00a01\u00a0: 1 proposé, 0 décidé par le cabinet"),
                laureate.out());
        assertFalse(laureate.out().contains("€"), laureate.out());
        assertEquals(
                0,
                run("decide", "--workspace", pessii, "--dossier", RECEVABLE, "--invite", "oui")
                        .status());
        assertEquals(
                0,
                run("decide", "--workspace", pessii, "--dossier", LATE, "--laureate", "oui")
                        .status(),
                "a complete dossier filed late is instructed in the rolling track, not refused");
        refused(
                run("decide", "--workspace", pessii, "--dossier", LATE, "--invite", "oui"),
                "il ne répond ni à la cible b) ni à la cible c) selon l'avis de la région.");
        assertEquals(
                0,
                run(
                                "decide",
                                "--workspace",
                                pessii,
                                "--dossier",
                                LATE,
                                "--invite",
                                "oui",
                                "--override",
                                "Quartier prioritaire voisin, avis du préfet de région")
                        .status());
        CommandLineRun overridden = run(
                "decide",
                "--workspace",
                pessii,
                "--dossier",
                INCOMPLETE,
                "--laureate",
                "oui",
                "--override",
                "Statuts reçus par courrier le 30 juin");
        assertEquals(0, overridden.status(), overridden.err());
        assertTrue(overridden.out().contains("3 proposés, 0 décidé par le cabinet"), overridden.out());

        Path before = folder.resolve("before");
        CommandLineRun early = run(
                "national",
                "--workspace",
                pessii,
                "--out",
                before.toString(),
                "--public",
                before.resolve("invites.xlsx").toString(),
                "--laureates",
                before.resolve("laureats.xlsx").toString());
        assertEquals(0, early.status(), early.err());
        assertEquals(0, dataRows(before.resolve("invites.xlsx")), "proposals are not public");
        assertEquals(0, dataRows(before.resolve("laureats.xlsx")));

        CommandLineRun confirmed = run(
                "decide", "--workspace", pessii, "--confirm", "--by", "Cabinet du ministre", "--date", "2021-07-19");
        assertEquals(0, confirmed.status(), confirmed.err());
        assertTrue(
                confirmed
                        .out()
                        .contains("Décision du cabinet enregistrée pour 3 dossiers (Cabinet du ministre,"
                                + " 2021-07-19)."),
                confirmed.out());
        assertTrue(
                confirmed
                        .out()
                        .contains("Invités en phase\u00a02\u00a0: 2 proposés (objectif 15 à 20), 2 décidés"
                                + " par le cabinet"),
                confirmed.out());

        Path after = folder.resolve("after");
        CommandLineRun national = run(
                "national",
                "--workspace",
                pessii,
                "--out",
                after.toString(),
                "--public",
                after.resolve("invites.xlsx").toString(),
                "--laureates",
                after.resolve("laureats.xlsx").toString());
        assertEquals(0, national.status(), national.err());
        assertFalse(national.out().contains("€"), national.out());
        assertEquals(2, dataRows(after.resolve("invites.xlsx")));
        assertEquals(3, dataRows(after.resolve("laureats.xlsx")));
        Path workbook;
        try (var files = Files.list(after)) {
            workbook = files.filter(f -> f.getFileName().toString().startsWith("national-"))
                    .findFirst()
                    .orElseThrow();
        }
        assertEquals(
                List.of("Lauréat\u00a0: Statuts reçus par courrier le 30 juin"),
                cells(workbook, "Classement", "Dérogation", INCOMPLETE));
        assertFalse(allText(workbook).contains("€"), "no euro in the national workbook");

        try (Workspace opened = Workspace.open(pessiiFolder)) {
            List<AuditEntry> history = opened.nationalDecisions().history(INCOMPLETE);
            assertTrue(
                    history.stream()
                            .anyMatch(e -> e.field().equals("dérogation (lauréat phase 1 proposé)")
                                    && e.newValue().equals("Statuts reçus par courrier le 30 juin")),
                    history.toString());
            assertTrue(history.stream().anyMatch(e -> e.field().equals("décision du cabinet")));
        }
    }

    private static void refused(CommandLineRun run, String reason) {
        assertEquals(1, run.status(), run.out());
        assertTrue(run.err().contains(reason), run.err());
        assertTrue(run.err().contains("Dossier n°\u00a0"), run.err());
    }

    private static int dataRows(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            return workbook.getSheetAt(0).getLastRowNum();
        }
    }

    /** The cells of a column for the rows of these dossiers (first column holding the number), in that order. */
    private static List<String> cells(Path file, String sheetName, String header, String... numbers)
            throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet sheet = workbook.getSheet(sheetName);
            int column = -1;
            int numberColumn = -1;
            for (Cell cell : sheet.getRow(0)) {
                if (cell.getStringCellValue().equals(header)) {
                    column = cell.getColumnIndex();
                }
                if (numberColumn < 0 && cell.getStringCellValue().equals("N° dossier")) {
                    numberColumn = cell.getColumnIndex();
                }
            }
            List<String> values = new ArrayList<>();
            for (String number : numbers) {
                for (Row row : sheet) {
                    if (row.getRowNum() > 0
                            && number.equals(row.getCell(numberColumn).getStringCellValue())) {
                        values.add(row.getCell(column).getStringCellValue());
                    }
                }
            }
            return values;
        }
    }

    private static String allText(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            workbook.forEach(sheet ->
                    sheet.forEach(row -> row.forEach(cell -> text.append(cell).append('\n'))));
        }
        return text.toString();
    }
}
