package fr.ptce.workbench.cli.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.SampleFiles;
import fr.ptce.workbench.cli.CommandLineRun;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code letters} on a PESSII workspace that consolidated a region's avis and imported the DS export: one letter
 * per recorded decision, each with its own dossier's fields and nothing of another, the mail-merge workbook and the
 * decisions sheet for DS; the invitation with its deadline; refusals with their exit status and French message.
 */
class LettersCommandTest {

    private static final String FRAGILE = "4847721";

    @TempDir
    Path folder;

    private String pessii;

    @BeforeEach
    void decided() throws IOException {
        String region = folder.resolve("bretagne").toString();
        Path xlsx = SampleFiles.copy(SampleFiles.OCTOBER_2021_XLSX, Files.createDirectories(folder.resolve("in")));
        CommandLineRun.of("import", "--workspace", region, xlsx.toString()).ok();
        CommandLineRun.correspondent(region, "Bretagne");
        Path avis = folder.resolve("avis-bretagne.xlsx");
        CommandLineRun.of("export-avis", "--workspace", region, "--out", avis.toString(), "--all-regions")
                .ok();
        pessii = Files.createDirectory(folder.resolve("pessii")).toString();
        CommandLineRun.of("consolidate", "--workspace", pessii, avis.toString()).ok();
        CommandLineRun.of("import", "--workspace", pessii, xlsx.toString()).ok();
        CommandLineRun.pessii(pessii);
        run(
                0,
                "decide",
                "--workspace",
                pessii,
                "--dossier",
                FRAGILE,
                "--laureate",
                "oui",
                "--override",
                "Dynamique prometteuse");
        run(
                0,
                "decide",
                "--workspace",
                pessii,
                "--dossier",
                FRAGILE,
                "--invite",
                "oui",
                "--override",
                "Territoire fragile");
        run(
                0,
                "decide",
                "--workspace",
                pessii,
                "--confirm",
                "--by",
                "Cabinet du ministre",
                "--date",
                "2021-07-19",
                "--not-retained");
    }

    @Test
    void everyDecisionGetsItsLetterWithItsOwnFieldsAndTheWorkbooksReadBack() throws IOException {
        Path out = folder.resolve("courriers");
        CommandLineRun run = run(0, "letters", "--workspace", pessii, "--kind", "phase1", "--out", out.toString());
        assertTrue(run.out().contains("Aucun courriel n'a été envoyé."), run.out());

        Map<String, List<String>> rows = sheet(out.resolve("publipostage-phase1.xlsx"), "Publipostage");
        assertEquals(
                List.of(
                        "N° dossier",
                        "Courriel",
                        "Destinataire",
                        "Projet",
                        "Structure",
                        "Objet",
                        "Fichier du courrier",
                        "À compléter"),
                rows.remove("header"));
        assertTrue(rows.size() > 1, "every ranked dossier has its decision: " + rows.keySet());
        assertTrue(rows.containsKey(FRAGILE));
        for (Map.Entry<String, List<String>> row : rows.entrySet()) {
            List<String> cells = row.getValue();
            assertTrue(cells.get(1).contains("@"), "e-mail from the DS export: " + cells);
            assertEquals(
                    "AMI PTCE émergents — décision de la phase\u00a01 — dossier n°\u00a0" + row.getKey(), cells.get(5));
            Path letter = out.resolve(cells.get(6));
            assertTrue(cells.get(6).matches(row.getKey() + "(-[a-z0-9-]+)?-phase1\\.docx"), cells.get(6));
            String text = text(letter);
            assertTrue(text.contains("n°\u00a0" + row.getKey()), text);
            assertTrue(text.contains(cells.get(3)), "project " + cells.get(3));
            assertTrue(text.contains(cells.get(4)), "carrier " + cells.get(4));
            assertTrue(text.contains("Madame, Monsieur,"));
            assertFalse(text.contains("{{"), text);
            assertTrue(
                    text.contains(row.getKey().equals(FRAGILE) ? "a été désigné lauréat" : "n'a pas été retenu"), text);
            for (Map.Entry<String, List<String>> other : rows.entrySet()) {
                if (!other.getKey().equals(row.getKey())) {
                    assertFalse(text.contains(other.getKey()), "letter " + row.getKey() + " names " + other.getKey());
                    String project = other.getValue().get(3);
                    assertFalse(
                            project.length() > 1 && text.contains(project),
                            "letter " + row.getKey() + " holds project " + project);
                }
            }
        }
        Map<String, List<String>> decisions = sheet(out.resolve("publipostage-phase1.xlsx"), "Décisions DS");
        assertEquals(List.of("N° dossier", "État", "Motivation de la décision"), decisions.remove("header"));
        assertEquals(rows.keySet(), decisions.keySet());
        decisions.forEach((number, cells) -> assertEquals(number.equals(FRAGILE) ? "accepté" : "refusé", cells.get(1)));
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(rows.size() + 1, files.count(), "one letter per decision and the workbook, no leftover");
        }
    }

    @Test
    void theInvitationGoesToTheInvitedOnlyWithTheDeadlineAndTheGrant() throws IOException {
        Path out = folder.resolve("invitations");
        run(0, "letters", "--workspace", pessii, "--kind", "invitation", "--out", out.toString());
        Map<String, List<String>> rows = sheet(out.resolve("publipostage-invitation.xlsx"), "Publipostage");
        rows.remove("header");
        assertEquals(List.of(FRAGILE), List.copyOf(rows.keySet()));
        String text = text(out.resolve(rows.get(FRAGILE).get(6)));
        assertTrue(text.contains("jusqu'au 30 septembre 2021 à minuit, délai de rigueur"), text);
        assertTrue(text.contains("100\u00a0000\u00a0€, réparti sur 2\u00a0années"), text);
        assertTrue(text.contains("Par décision du 19 juillet 2021 (Cabinet du ministre)"), text);
        try (InputStream in = Files.newInputStream(out.resolve("publipostage-invitation.xlsx"));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertEquals(1, workbook.getNumberOfSheets(), "no DS decision for an invitation");
        }
    }

    @Test
    void aTemplateWithAnUnknownFieldOrAnUnknownKindIsRefused() throws IOException {
        Path template = folder.resolve("mon-modele.docx");
        try (XWPFDocument document = new XWPFDocument();
                var stream = Files.newOutputStream(template)) {
            document.createParagraph().createRun().setText("{{dossier}} {{decision}} {{prenom}}");
            document.write(stream);
        }
        Path out = folder.resolve("refus");
        CommandLineRun refused = run(
                1,
                "letters",
                "--workspace",
                pessii,
                "--kind",
                "phase1",
                "--out",
                out.toString(),
                "--template",
                template.toString());
        assertTrue(
                refused.err()
                        .contains("Fichier «\u00a0mon-modele.docx\u00a0»\u00a0: le champ {{prenom}} est"
                                + " inconnu pour ce type de courrier"),
                refused.err());
        assertFalse(Files.exists(out), "nothing written");
        CommandLineRun kind = run(2, "letters", "--workspace", pessii, "--kind", "phase3", "--out", out.toString());
        assertTrue(
                kind.err().contains("--kind attend phase1, invitation ou phase2, pas «\u00a0phase3\u00a0»"),
                kind.err());
    }

    private static CommandLineRun run(int status, String... args) {
        CommandLineRun run = CommandLineRun.of(args);
        assertEquals(status, run.status(), run.out() + run.err());
        return run;
    }

    private static String text(Path letter) throws IOException {
        try (InputStream in = Files.newInputStream(letter);
                XWPFDocument document = new XWPFDocument(in);
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    /** The sheet's rows by dossier number (the header under « header »), cells as shown. */
    static Map<String, List<String>> sheet(Path file, String name) throws IOException {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        DataFormatter formatter = new DataFormatter();
        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet(name);
            assertNotNull(sheet, name);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(formatter.formatCellValue(row.getCell(c)));
                }
                rows.put(row.getRowNum() == 0 ? "header" : cells.get(0), cells);
            }
        }
        return rows;
    }
}
