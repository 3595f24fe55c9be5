package fr.ptce.workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ptce.workbench.LibreOffice;
import fr.ptce.workbench.SampleFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * From the phase-1 sample export to the phase-2 laureates and their letters, by the command line only: a region
 * instructs the dossiers the demo's cabinet invites, PESSII consolidates, proposes, invites and records the cabinet's
 * decision; the invited file their phase-2 dossiers (the generated phase-2 export, with its flagged cases); PESSII
 * decides the phase-2 laureates and the third year, the cabinet's decision is recorded, the phase-2 workbook and the
 * public list of laureates are written, and every letter holds its own dossier's fields only.
 */
class Phase2LaureatesScenarioTest {

    // the generated phase-2 dossiers, one per case of the samples, in order
    private static final String PLAIN = "6100000";
    private static final String OVER_ENVELOPE = "6100037";
    private static final String ASSETS = "6100074";
    private static final String LATE = "6100111";
    private static final String WRONG_SIRET = "6100148";
    private static final String THIRD_YEAR = "6100185";
    private static final List<String> PHASE2 = List.of(PLAIN, OVER_ENVELOPE, ASSETS, LATE, WRONG_SIRET, THIRD_YEAR);

    @TempDir
    Path folder;

    private static CommandLineRun ok(String... args) {
        CommandLineRun run = CommandLineRun.of(args);
        assertEquals(0, run.status(), String.join(" ", args) + "\n" + run.err());
        return run;
    }

    private static void refused(CommandLineRun run, String reason) {
        assertEquals(1, run.status(), run.out());
        assertTrue(run.err().contains(reason), run.err());
    }

    @Test
    void fromThePhaseOneExportToThePhaseTwoLaureatesAndTheirLetters() throws Exception {
        Path phase1 = SampleFiles.copy(SampleFiles.OCTOBER_2021_XLSX, folder);
        Path samples = folder.resolve("phase2");
        ok("generate-samples", "--phase", "2", "--from", phase1.toString(), "--out", samples.toString());
        Path phase2Export;
        try (Stream<Path> files = Files.list(samples)) {
            phase2Export = files.filter(f -> f.toString().endsWith(".xlsx"))
                    .findFirst()
                    .orElseThrow();
        }

        // PESSII's workspace holds the national phase-1 export (the carriers' SIRET) and the phase-2 export
        String pessii = folder.resolve("pessii").toString();
        ok("import", "--workspace", pessii, phase1.toString());
        ok("phase2", "import", "--workspace", pessii, phase2Export.toString());
        ok(
                "user",
                "--workspace",
                pessii,
                "--name",
                "Claire Dumont",
                "--email",
                "claire@example.org",
                "--role",
                "pessii");
        Map<String, String> phase1Of = new HashMap<>();
        for (JsonNode d : dossiersPhase2(pessii)) {
            phase1Of.put(d.get("number").asText(), d.get("phase1Number").asText());
        }
        assertEquals(PHASE2.size(), phase1Of.size());
        refused(
                CommandLineRun.of(
                        "decide", "--workspace", pessii, "--phase", "2", "--dossier", PLAIN, "--laureate", "oui"),
                "décision de la phase\u00a02 refusée — aucune décision du cabinet dans l'espace");

        // phase 1: a region instructs the six, PESSII consolidates, invites them and records the cabinet's decision
        Path avis = regionAvis(phase1, PHASE2.stream().map(phase1Of::get).toList());
        ok("consolidate", "--workspace", pessii, avis.toString());
        for (String number : PHASE2) {
            ok(
                    "decide",
                    "--workspace",
                    pessii,
                    "--dossier",
                    phase1Of.get(number),
                    "--laureate",
                    "oui",
                    "--invite",
                    "oui",
                    "--override",
                    "Dossier complété auprès de la région.");
        }
        ok("decide", "--workspace", pessii, "--confirm", "--by", "Cabinet du ministre", "--date", "2021-07-26");

        // phase 2 instructed: the region scores the six on the phase-2 grid, gives its avis, PESSII consolidates them
        Path phase2Avis = regionPhase2Avis(phase2Export);
        CommandLineRun consolidated = ok("consolidate", "--workspace", pessii, "--phase", "2", phase2Avis.toString());
        assertTrue(consolidated.out().contains("accepté (6 dossiers)"), consolidated.out());
        Map<String, JsonNode> ranked = new HashMap<>();
        for (JsonNode d : dossiersPhase2(pessii)) {
            ranked.put(d.get("number").asText(), d.get("decision"));
        }
        assertEquals(1, ranked.get(PLAIN).get("rank").asInt(), "the best phase-2 score ranks first");
        assertEquals(
                100, ranked.get(PLAIN).get("score").asInt(), ranked.get(PLAIN).toString());

        // phase 2: the flagged cases refused with their reasons, the others decided
        refused(
                CommandLineRun.of(
                        "decide", "--workspace", pessii, "--phase", "2", "--dossier", LATE, "--laureate", "oui"),
                "dossier additionnel déposé hors délai");
        refused(
                CommandLineRun.of(
                        "decide", "--workspace", pessii, "--phase", "2", "--dossier", WRONG_SIRET, "--laureate", "oui"),
                "SIRET");
        refused(
                CommandLineRun.of(
                        "decide", "--workspace", pessii, "--phase", "2", "--dossier", "999", "--laureate", "oui"),
                "n'est pas un dossier de phase\u00a02 importé");
        assertEquals(
                2,
                CommandLineRun.of(
                                "decide", "--workspace", pessii, "--phase", "2", "--dossier", PLAIN, "--invite", "oui")
                        .status(),
                "no invitation in phase 2: a usage error");
        decide2(pessii, PLAIN, "oui", "--motivation", "Animation des coopérations solide et chiffrée.");
        decide2(pessii, OVER_ENVELOPE, "oui", "--motivation", "Programme ambitieux, budget à ramener à 100 000 €.");
        decide2(pessii, ASSETS, "non", "--motivation", "Les biens amortissables ne sont pas éligibles.");
        decide2(pessii, LATE, "non", "--motivation", "Dossier additionnel déposé après le 30 septembre.");
        decide2(pessii, WRONG_SIRET, "non", "--motivation", "Structure porteuse différente de la phase 1.");
        CommandLineRun third = decide2(
                pessii,
                THIRD_YEAR,
                "oui",
                "--motivation",
                "Résultats attendus clairs.",
                "--third-year",
                "oui",
                "--third-year-amount",
                "25000");
        assertTrue(
                third.out().contains("Lauréats de la phase\u00a02\u00a0: 3 proposés sur 15, 0 décidé par le cabinet"),
                third.out());
        assertTrue(
                third.out()
                        .contains("Enveloppe\u00a0: 300\u00a0000\u00a0€ sur 1\u00a0500\u00a0000\u00a0€"
                                + " (année\u00a01\u00a0: 145\u00a0790\u00a0€,"
                                + " année\u00a02\u00a0: 154\u00a0210\u00a0€)"),
                third.out());
        assertTrue(
                third.out().contains("Troisième année (hors enveloppe)\u00a0: 1 accordée, 25\u00a0000\u00a0€"),
                third.out());
        CommandLineRun confirmed = ok(
                "decide",
                "--workspace",
                pessii,
                "--phase",
                "2",
                "--confirm",
                "--by",
                "Cabinet du ministre",
                "--date",
                "2021-11-15");
        assertTrue(confirmed.out().contains("enregistrée pour 6 dossiers"), confirmed.out());
        assertTrue(confirmed.out().contains("3 proposés sur 15, 3 décidés par le cabinet"), confirmed.out());

        checkJson(pessii);
        checkWorkbooks(pessii);
        checkLetters(pessii);
    }

    private static CommandLineRun decide2(String workspace, String number, String laureate, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "decide", "--workspace", workspace, "--phase", "2", "--dossier", number, "--laureate", laureate));
        args.addAll(List.of(more));
        return ok(args.toArray(String[]::new));
    }

    private static JsonNode dossiersPhase2(String workspace) throws IOException {
        return new ObjectMapper()
                .readTree(ok("dossiers", "--workspace", workspace, "--phase", "2", "--format", "json")
                        .out());
    }

    private void checkJson(String pessii) throws IOException {
        Map<String, JsonNode> byNumber = new HashMap<>();
        for (JsonNode d : dossiersPhase2(pessii)) {
            byNumber.put(d.get("number").asText(), d);
        }
        JsonNode plain = byNumber.get(PLAIN).get("decision");
        assertTrue(plain.get("laureate").asBoolean());
        assertTrue(plain.get("decidedLaureate").asBoolean());
        assertEquals("Cabinet du ministre", plain.get("decidedBy").asText());
        assertEquals("2021-11-15", plain.get("decidedOn").asText());
        assertEquals(48500, plain.get("grantByYear").get("1").asInt());
        assertEquals(51500, plain.get("grantByYear").get("2").asInt());
        assertNull(byNumber.get(PLAIN).get("linkProblem").textValue(), "invited, same SIRET: linked plainly");
        assertTrue(byNumber.get(OVER_ENVELOPE).get("overEnvelope").asBoolean(), "flagged");
        assertEquals(
                48790,
                byNumber.get(OVER_ENVELOPE)
                        .get("decision")
                        .get("grantByYear")
                        .get("1")
                        .asInt());
        assertEquals(8500, byNumber.get(ASSETS).get("depreciableAssets").asInt(), "flagged");
        assertFalse(byNumber.get(ASSETS).get("decision").get("decidedLaureate").asBoolean());
        assertFalse(byNumber.get(LATE).get("onTime").asBoolean(), "flagged");
        assertTrue(byNumber.get(WRONG_SIRET).get("linkProblem").asText().contains("SIRET"), "flagged");
        JsonNode third = byNumber.get(THIRD_YEAR);
        assertTrue(third.get("thirdYearRequested").asBoolean());
        assertTrue(third.get("decision").get("thirdYear").asBoolean());
        assertEquals(25000, third.get("decision").get("thirdYearAmount").asInt());
    }

    private void checkWorkbooks(String pessii) throws IOException {
        Path out = folder.resolve("national-phase2.xlsx");
        Path laureates = folder.resolve("laureats-phase2.xlsx");
        CommandLineRun national = ok(
                "national",
                "--workspace",
                pessii,
                "--phase",
                "2",
                "--out",
                out.toString(),
                "--laureates",
                laureates.toString());
        assertTrue(national.out().contains("Dossiers de phase\u00a02\u00a0: 6"), national.out());
        assertTrue(national.out().contains("(3 dossiers)"), national.out());
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(out))) {
            assertEquals("Classement phase 2", workbook.getSheetName(0));
            assertEquals("Décisions phase 2", workbook.getSheetName(1));
            assertEquals("Enveloppe", workbook.getSheetName(2));
            Sheet ranking = workbook.getSheet("Classement phase 2");
            assertEquals(7, ranking.getPhysicalNumberOfRows(), "header and six dossiers");
            Map<String, List<String>> rows = rows(workbook.getSheet("Décisions phase 2"));
            assertEquals(6, rows.size() - 1);
            List<String> header = rows.get("Dossier phase 2");
            List<String> plain = rows.get(PLAIN);
            assertEquals("Oui", plain.get(header.indexOf("Lauréat proposé")));
            assertEquals("lauréat", plain.get(header.indexOf("Décision du cabinet")));
            assertEquals("48500", plain.get(header.indexOf("Subvention année 1 (€)")));
            assertEquals("non retenu", rows.get(ASSETS).get(header.indexOf("Décision du cabinet")));
            assertEquals("accordée", rows.get(THIRD_YEAR).get(header.indexOf("Troisième année")));
            Map<String, List<String>> envelope = rows(workbook.getSheet("Enveloppe"));
            assertEquals("3", envelope.get("Lauréats de la phase 2 proposés").get(1));
            assertEquals("ok", envelope.get("Lauréats de la phase 2 proposés").get(2));
            assertEquals(
                    "300000", envelope.get("Engagé, lauréats × subvention (€)").get(1));
            assertEquals("145790", envelope.get("Année 1 (€)").get(1));
            assertEquals("154210", envelope.get("Année 2 (€)").get(1));
            assertEquals(
                    "25000", envelope.get("Troisième année, hors enveloppe (€)").get(1));
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(laureates))) {
            assertEquals("Lauréats phase 2", workbook.getSheetName(0));
            assertEquals(4, workbook.getSheetAt(0).getPhysicalNumberOfRows(), "header and the three laureates");
        }
    }

    private void checkLetters(String pessii) throws Exception {
        Path letters = folder.resolve("courriers");
        ok("letters", "--workspace", pessii, "--kind", "phase2", "--out", letters.toString());
        Map<String, String> texts = new HashMap<>();
        try (Stream<Path> files = Files.list(letters)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".docx")).toList()) {
                try (InputStream in = Files.newInputStream(file);
                        XWPFDocument document = new XWPFDocument(in);
                        XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
                    texts.put(file.getFileName().toString().split("-")[0], extractor.getText());
                }
            }
        }
        assertEquals(
                PHASE2.stream().sorted().toList(),
                texts.keySet().stream().sorted().toList(),
                "one per decision");
        for (String number : PHASE2) {
            String text = texts.get(number);
            assertTrue(text.contains("dossier additionnel n°\u00a0" + number), text);
            assertFalse(text.contains("{{"), "every field filled: " + text);
            for (String other : PHASE2) {
                if (!other.equals(number)) {
                    assertFalse(text.contains(other), number + " names " + other);
                }
            }
        }
        assertTrue(texts.get(PLAIN).contains("désigné lauréat de la phase\u00a02"), texts.get(PLAIN));
        assertTrue(
                texts.get(PLAIN)
                        .contains("100\u00a0000\u00a0€ répartie sur 2 années\u00a0: 48\u00a0500\u00a0€ pour"
                                + " l'année\u00a01 et 51\u00a0500\u00a0€ pour l'année\u00a02"),
                texts.get(PLAIN));
        assertTrue(texts.get(PLAIN).contains("Animation des coopérations solide et chiffrée."));
        assertTrue(texts.get(OVER_ENVELOPE).contains("48\u00a0790\u00a0€ pour l'année\u00a01"));
        assertTrue(texts.get(ASSETS).contains("n'a pas été retenu parmi les lauréats de la phase\u00a02"));
        assertTrue(texts.get(ASSETS).contains("Les biens amortissables ne sont pas éligibles."));
        assertFalse(texts.get(ASSETS).contains("100\u00a0000\u00a0€"), "no amount for a dossier not retained");
        try (XSSFWorkbook workbook =
                new XSSFWorkbook(Files.newInputStream(letters.resolve("publipostage-phase2.xlsx")))) {
            assertEquals(2, workbook.getNumberOfSheets(), "mail merge and the DS decisions");
            String decisions = rows(workbook.getSheetAt(1)).values().stream()
                    .map(r -> String.join("|", r))
                    .collect(Collectors.joining("\n"));
            assertTrue(
                    decisions.contains(PLAIN + "|accepté|Animation des coopérations solide et chiffrée."), decisions);
            assertTrue(
                    decisions.contains(LATE + "|refusé|Dossier additionnel déposé après le 30 septembre."), decisions);
        }
        // every letter opens in LibreOffice too: converted to PDF
        Path[] docx;
        try (Stream<Path> files = Files.list(letters)) {
            docx = files.filter(f -> f.toString().endsWith(".docx")).toArray(Path[]::new);
        }
        List<String> pdfs = LibreOffice.convert(folder, "pdf", folder.resolve("pdf"), docx);
        assertEquals(PHASE2.size(), pdfs.size(), pdfs.toString());
        for (String pdf : pdfs) {
            byte[] head = Arrays.copyOf(Files.readAllBytes(folder.resolve("pdf").resolve(pdf)), 5);
            assertEquals("%PDF-", new String(head, StandardCharsets.US_ASCII), pdf);
        }
    }

    private static Map<String, List<String>> rows(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        Map<String, List<String>> rows = new HashMap<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.getLastCellNum(); i++) {
                cells.add(row.getCell(i) == null ? "" : formatter.formatCellValue(row.getCell(i)));
            }
            rows.put(cells.get(0), cells);
        }
        return rows;
    }

    /** A region's avis workbook on these phase-1 dossiers: eligible, target (b), a favourable avis. */
    /** The region's phase-2 avis workbook: the six scored on the phase-2 grid (the plain case best), with avis. */
    private Path regionPhase2Avis(Path phase2Export) throws IOException {
        String region = folder.resolve("region").toString();
        ok("phase2", "import", "--workspace", region, phase2Export.toString());
        for (String number : PHASE2) {
            String mark = number.equals(PLAIN) ? "5" : "3";
            ok(
                    "score",
                    "--workspace",
                    region,
                    "--phase",
                    "2",
                    "--dossier",
                    number,
                    "P1=" + mark,
                    "P2=" + mark,
                    "P3=" + mark,
                    "P4=" + mark,
                    "P5=" + mark);
            ok(
                    "avis",
                    "--workspace",
                    region,
                    "--phase",
                    "2",
                    "--dossier",
                    number,
                    "--recommendation",
                    "favorable",
                    "--motivation",
                    "Programme d'action et animation des coopérations solides.");
        }
        Path out = folder.resolve("avis-phase2");
        ok("export-avis", "--workspace", region, "--phase", "2", "--all-regions", "--out", out.toString());
        try (Stream<Path> files = Files.list(out)) {
            return files.findFirst().orElseThrow();
        }
    }

    private Path regionAvis(Path phase1, List<String> numbers) {
        String region = folder.resolve("region").toString();
        ok("import", "--workspace", region, phase1.toString());
        CommandLineRun.correspondent(region, "Bretagne");
        for (String number : numbers) {
            ok(
                    "score",
                    "--workspace",
                    region,
                    "--dossier",
                    number,
                    "V1=4",
                    "V2=3",
                    "O1=4",
                    "EL1=oui",
                    "EL2=oui",
                    "EL3=oui",
                    "EL4=oui",
                    "--maturity",
                    "emergent",
                    "--targets",
                    "b");
            ok(
                    "avis",
                    "--workspace",
                    region,
                    "--dossier",
                    number,
                    "--recommendation",
                    "favorable",
                    "--motivation",
                    "Dynamique de coopération crédible.");
        }
        Path out = folder.resolve("avis-region.xlsx");
        ok("export-avis", "--workspace", region, "--out", out.toString(), "--all-regions");
        return out;
    }
}
