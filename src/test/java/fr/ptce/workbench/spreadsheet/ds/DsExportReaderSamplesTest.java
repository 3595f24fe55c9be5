package fr.ptce.workbench.spreadsheet.ds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ptce.workbench.domain.Progress;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reads the synthetic DS exports of src/test/resources/ds-samples and checks them against their answer keys. */
class DsExportReaderSamplesTest {

    private static final String XLSX_2021_10 = "dossiers_ami-ptce-emergents_2021-10-15_09-12.xlsx";
    private static final String XLSX_2021_11 = "dossiers_ami-ptce-emergents_2021-11-19_14-37.xlsx";
    private static final String XLSX_2025 = "dossiers_ami-ptce-emergents_2025-09-16_10-41.xlsx";
    private static final String CSV_2021_10 = "dossiers_ami-ptce-emergents_2021-10-15_09-12.csv";
    private static final String DEPOSE_LE = "Déposé le";

    private final RecordingSink sink = new RecordingSink();

    private static Path sample(String name) throws URISyntaxException {
        return Path.of(DsExportReaderSamplesTest.class
                .getResource("/ds-samples/" + name)
                .toURI());
    }

    private static JsonNode key(String name) throws IOException, URISyntaxException {
        return new ObjectMapper().readTree(sample(name + ".key.json").toFile());
    }

    private DsExportFile read(String name) throws URISyntaxException {
        return new DsExportReader().read(sample(name), sink, Progress.NONE);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }

    @ParameterizedTest
    @ValueSource(strings = {XLSX_2021_10, XLSX_2021_11, XLSX_2025})
    void xlsxSheetsHeadersAndRowCountsMatchTheKey(String name) throws Exception {
        JsonNode file = key(name).get("file");
        DsExportFile result = read(name);

        assertEquals(DsExportFile.Format.XLSX, result.format());
        assertEquals(strings(file.get("sheet_names")), result.sheetNames());
        assertEquals(strings(file.get("sheet_names")), List.copyOf(sink.sheets.keySet()));
        assertTrue(result.ignoredSheets().isEmpty());
        assertTrue(result.problems().isEmpty(), () -> result.problems().toString());

        assertEquals(
                strings(file.get("dossiers_header")), sink.sheet("Dossiers").headers());
        assertEquals(
                2,
                sink.sheet("Dossiers").headers().stream()
                        .filter("Précisions"::equals)
                        .count());
        assertEquals(file.get("dossier_count").asInt(), sink.rows("Dossiers").size());
        assertEquals(
                strings(file.get("etablissements_header")),
                sink.sheet("Etablissements").headers());
        assertEquals(
                file.get("etablissements_rows").asInt(),
                sink.rows("Etablissements").size());
        assertEquals(file.get("avis_rows").asInt(), sink.rows("Avis").size());
        String repetition = file.get("repetition_sheet").asText();
        assertEquals(DsSheetKind.REPETITION, sink.sheet(repetition).kind());
        assertEquals(
                strings(file.get("repetition_header")), sink.sheet(repetition).headers());
        assertEquals(file.get("repetition_rows").asInt(), sink.rows(repetition).size());
        assertEquals(DsSheetKind.DOSSIERS, sink.sheet("Dossiers").kind());
        assertEquals(DsSheetKind.ETABLISSEMENTS, sink.sheet("Etablissements").kind());
        assertEquals(DsSheetKind.AVIS, sink.sheet("Avis").kind());
    }

    @Test
    void emptyAvisSheetOfOctober2021IsAnnouncedWithoutHeaderNorRows() throws Exception {
        read(XLSX_2021_10);

        assertTrue(sink.sheet("Avis").headers().isEmpty());
        assertTrue(sink.rows("Avis").isEmpty());
    }

    @Test
    void avisSheetOfNovember2021KeepsThe2021Headers() throws Exception {
        read(XLSX_2021_11);

        assertEquals(
                strings(key(XLSX_2021_11).get("file").get("avis_header")),
                sink.sheet("Avis").headers());
        assertEquals("Question / Introduction", sink.sheet("Avis").headers().get(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {XLSX_2021_10, XLSX_2021_11, XLSX_2025})
    void xlsxDatesAreParisWallClockWithOffset(String name) throws Exception {
        read(name);

        for (JsonNode dossier : key(name).get("dossiers")) {
            assertEquals(
                    dossier.get("deposited_at").get("paris").asText(),
                    sink.value("Dossiers", dossier.get("number").asText(), DEPOSE_LE),
                    dossier.get("number").asText());
        }
    }

    @Test
    void lateDepositAtHalfPastOneIsStillTheTwentyFourthInParis() throws Exception {
        read(XLSX_2021_10);

        assertEquals("2021-06-24T01:30:39+02:00", sink.value("Dossiers", "5185141", DEPOSE_LE));
    }

    @Test
    void dateOnlyCellsAndNumbersAreWrittenWithoutTimeOrTrailingZero() throws Exception {
        read(XLSX_2021_10);

        String creation = sink.rows("Etablissements")
                .get(0)
                .values()
                .get(sink.sheet("Etablissements").headers().indexOf("Entreprise date de création"));
        assertTrue(creation.matches("\\d{4}-\\d{2}-\\d{2}"), creation);
        assertEquals(
                "1", sink.rows("(1187463) Communes du perimetr").get(0).values().get(1));
        assertTrue(sink.value("Dossiers", "5185141", "Nombre de salariés de la structure porteuse")
                .matches("\\d+"));
    }

    @ParameterizedTest
    @ValueSource(strings = {XLSX_2021_10, XLSX_2021_11, XLSX_2025, CSV_2021_10})
    void sectionTextsMatchTheKeyAfterUnescapingAndLineEndNormalisation(String name) throws Exception {
        JsonNode key = key(name);
        read(name);

        boolean escaped = sink.sheet(sink.sheets.keySet().iterator().next()).htmlEscapedTextareas();
        String sheet = sink.sheets.keySet().iterator().next();
        int checked = 0;
        for (JsonNode dossier : key.get("dossiers")) {
            for (Map.Entry<String, JsonNode> section : iterable(dossier.get("sections"))) {
                if (section.getValue().get("empty").asBoolean()) {
                    continue;
                }
                String label =
                        key.get("sections").get(section.getKey()).get("label").asText();
                String raw = sink.value(sheet, dossier.get("number").asText(), label);
                String text = (escaped ? unescape(raw) : raw).replace("\r\n", "\n");
                assertEquals(
                        section.getValue().get("sha256").asText(),
                        sha256(text),
                        dossier.get("number").asText() + " " + section.getKey());
                checked++;
            }
        }
        assertTrue(checked > 50);
    }

    @Test
    void textStartingWithEqualsIsRebuiltFromTheFormulaCaxlsxWrote() throws Exception {
        read(XLSX_2021_10);

        String formulaSection = key(XLSX_2021_10)
                .get("sections")
                .get(formulaSectionOf5065081())
                .get("label")
                .asText();
        String value = sink.value("Dossiers", "5065081", formulaSection);
        assertTrue(value.startsWith("=&gt; "), value);
    }

    private static String formulaSectionOf5065081() throws Exception {
        for (JsonNode dossier : key(XLSX_2021_10).get("dossiers")) {
            if (dossier.get("number").asText().equals("5065081")) {
                for (Map.Entry<String, JsonNode> section : iterable(dossier.get("sections"))) {
                    if (section.getValue().get("xlsx_formula_cell").asBoolean()) {
                        return section.getKey();
                    }
                }
            }
        }
        throw new AssertionError("the key names no formula cell");
    }

    @Test
    void lineBreaksAreKeptLfInXlsxAndCrlfInCsv() throws Exception {
        read(XLSX_2021_10);
        String label = key(XLSX_2021_10).get("sections").get("S1").get("label").asText();
        assertTrue(sink.value("Dossiers", "4847721", label).contains("\n\n"));

        RecordingSink csv = new RecordingSink();
        new DsExportReader().read(sample(CSV_2021_10), csv, Progress.NONE);
        assertTrue(csv.value(CSV_2021_10, "4847721", label).contains("\r\n"));
        assertFalse(csv.value(CSV_2021_10, "5185141", label).contains("\r"));
    }

    @Test
    void emojiAndNonBmpLettersAreIntact() throws Exception {
        read(XLSX_2021_10);

        boolean nonBmp = sink.rows("Dossiers").stream()
                .filter(row -> row.values().get(0).equals("5204541"))
                .flatMap(row -> row.values().stream())
                .anyMatch(value -> value.codePoints().anyMatch(Character::isSupplementaryCodePoint));
        assertTrue(nonBmp);
    }

    @Test
    void csvIsOneDossiersSheetNamedAfterTheFileWithDatesAsWritten() throws Exception {
        JsonNode key = key(CSV_2021_10);
        DsExportFile result = read(CSV_2021_10);

        assertEquals(DsExportFile.Format.CSV, result.format());
        assertEquals(List.of(CSV_2021_10), result.sheetNames());
        DsSheet sheet = sink.sheet(CSV_2021_10);
        assertEquals(DsSheetKind.DOSSIERS, sheet.kind());
        assertEquals(strings(key.get("file").get("dossiers_header")), sheet.headers());
        assertEquals(
                key.get("file").get("dossier_count").asInt(),
                sink.rows(CSV_2021_10).size());
        assertEquals(2, sink.rows(CSV_2021_10).get(0).number());
        assertEquals("2021-06-24 01:30:39 +0200", sink.value(CSV_2021_10, "5185141", DEPOSE_LE));
        DateTimeFormatter ds = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xx");
        for (JsonNode dossier : key.get("dossiers")) {
            OffsetDateTime deposit = OffsetDateTime.parse(
                    sink.value(CSV_2021_10, dossier.get("number").asText(), DEPOSE_LE), ds);
            assertEquals(
                    OffsetDateTime.parse(
                            dossier.get("deposited_at").get("paris").asText()),
                    deposit);
        }
        assertTrue(result.problems().isEmpty());
    }

    @Test
    void filesMadeIn2021AreFlaggedHtmlEscapedAndTheOneOf2025IsNot() throws Exception {
        DsExportFile october = read(XLSX_2021_10);
        assertEquals(LocalDate.of(2021, 10, 15), october.exportDate());
        assertTrue(sink.sheet("Dossiers").htmlEscapedTextareas());
        assertFalse(sink.sheet("Dossiers").htmlEscapedText());

        RecordingSink csv = new RecordingSink();
        new DsExportReader().read(sample(CSV_2021_10), csv, Progress.NONE);
        assertTrue(csv.sheet(CSV_2021_10).htmlEscapedTextareas());

        RecordingSink recent = new RecordingSink();
        DsExportFile file2025 = new DsExportReader().read(sample(XLSX_2025), recent, Progress.NONE);
        assertEquals(LocalDate.of(2025, 9, 16), file2025.exportDate());
        assertFalse(recent.sheet("Dossiers").htmlEscapedTextareas());
        assertFalse(recent.sheet("Dossiers").htmlEscapedText());
        assertTrue(file2025.escapingReason().contains("2025-09-16"));
    }

    @Test
    void renamedFileOf2021IsStillFlaggedEscapedFromItsArchiveColumn(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path renamed = dir.resolve("export.xlsx");
        java.nio.file.Files.copy(sample(XLSX_2021_10), renamed);

        DsExportFile result = new DsExportReader().read(renamed, sink, Progress.NONE);

        assertNull(result.exportDate());
        assertTrue(sink.sheet("Dossiers").htmlEscapedTextareas());
        assertTrue(result.escapingReason().contains("Archivé"));
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static String sha256(String text) throws NoSuchAlgorithmException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode object) {
        return object::fields;
    }
}
