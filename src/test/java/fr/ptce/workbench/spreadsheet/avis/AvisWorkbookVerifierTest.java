package fr.ptce.workbench.spreadsheet.avis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.spreadsheet.avis.AvisVerification.Verdict;
import fr.ptce.workbench.spreadsheet.xlsx.AvisCanonicalForm;
import fr.ptce.workbench.spreadsheet.xlsx.WorkbookRows;
import fr.ptce.workbench.spreadsheet.xlsx.WorkbookRowsReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AvisWorkbookVerifierTest {

    @TempDir
    Path folder;

    private Path written;
    private String sha256;

    @BeforeEach
    void write() {
        written = folder.resolve("avis-bretagne-2021-12-01.xlsx");
        sha256 = AvisWorkbookWriter.write(TestAvisContent.sample(), written, Progress.NONE);
    }

    /** Rewrites a copy of the written workbook through POI's usermodel, as another program would save it. */
    private Path edited(String name, WorkbookEdit edit) throws IOException {
        Path copy = folder.resolve(name);
        try (InputStream in = Files.newInputStream(written);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            edit.apply(workbook);
            try (OutputStream out = Files.newOutputStream(copy)) {
                workbook.write(out);
            }
        }
        return copy;
    }

    private interface WorkbookEdit {
        void apply(XSSFWorkbook workbook);
    }

    @Test
    void theWrittenWorkbookIsIntactAndCarriesItsChecksum() {
        AvisVerification verification = AvisWorkbookVerifier.verify(written);
        assertEquals(Verdict.INTACT, verification.verdict(), verification.message());
        assertEquals(sha256, verification.metadata().get("sha256"));
        assertEquals("2", verification.metadata().get("rows"));
        assertTrue(verification.message().contains("avis-bretagne-2021-12-01.xlsx"), verification.message());
    }

    @Test
    void aWorkbookResavedUnchangedByAnotherProgramIsStillIntact() throws IOException {
        Path copy = edited("resaved.xlsx", workbook -> {});
        assertEquals(Verdict.INTACT, AvisWorkbookVerifier.verify(copy).verdict());
    }

    @Test
    void oneScoreChangedIsReportedAsModifiedNamingTheFile() throws IOException {
        Path copy = edited("avis-edited.xlsx", workbook -> {
            Sheet avis = workbook.getSheet("Avis");
            int v1 = columnOf(avis.getRow(0), "V1");
            Cell score = avis.getRow(1).getCell(v1);
            score.setCellValue(score.getNumericCellValue() + 1);
        });
        AvisVerification verification = AvisWorkbookVerifier.verify(copy);
        assertEquals(Verdict.MODIFIED, verification.verdict());
        assertTrue(
                verification
                        .message()
                        .startsWith("Fichier «\u00a0avis-edited.xlsx\u00a0»\u00a0: classeur d'avis" + " modifié"),
                verification.message());
    }

    @Test
    void verifyThenReadReadsAnIntactWorkbookAndOnlyAnIntactOne() throws IOException {
        VerifiedAvisWorkbook intact = AvisWorkbookVerifier.verifyThenRead(written);
        assertEquals(Verdict.INTACT, intact.verification().verdict());
        assertEquals(
                AvisWorkbookReader.read(written).rows(),
                intact.workbook().orElseThrow().rows());

        Path copy = edited("avis-edited.xlsx", workbook -> {
            Cell score = workbook.getSheet("Avis")
                    .getRow(1)
                    .getCell(columnOf(workbook.getSheet("Avis").getRow(0), "V1"));
            score.setCellValue(score.getNumericCellValue() + 1);
        });
        VerifiedAvisWorkbook modified = AvisWorkbookVerifier.verifyThenRead(copy);
        assertEquals(Verdict.MODIFIED, modified.verification().verdict());
        assertTrue(modified.workbook().isEmpty(), "a modified workbook is not read");
    }

    @Test
    void aTextTurnedIntoAFormulaIsReportedAsModified() throws IOException {
        Path copy = edited("formula.xlsx", workbook -> {
            Sheet avis = workbook.getSheet("Avis");
            avis.getRow(1).getCell(columnOf(avis.getRow(0), "Motivation")).setCellFormula("HYPERLINK(\"x\")");
        });
        AvisVerification verification = AvisWorkbookVerifier.verify(copy);
        assertEquals(Verdict.MODIFIED, verification.verdict());
        assertTrue(verification.message().contains("formule"), verification.message());
    }

    @Test
    void aRemovedSheetIsNamed() throws IOException {
        Path copy = edited("no-grid.xlsx", workbook -> workbook.removeSheetAt(workbook.getSheetIndex("Grille")));
        AvisVerification verification = AvisWorkbookVerifier.verify(copy);
        assertEquals(Verdict.MISSING_SHEET, verification.verdict());
        assertEquals(
                "Fichier «\u00a0no-grid.xlsx\u00a0»\u00a0: feuille «\u00a0Grille\u00a0» manquante\u00a0; ce"
                        + " classeur d'avis est incomplet.",
                verification.message());
    }

    @Test
    void aTruncatedFileIsUnreadable() throws IOException {
        byte[] bytes = Files.readAllBytes(written);
        Path copy = folder.resolve("truncated.xlsx");
        Files.write(copy, Arrays.copyOf(bytes, bytes.length / 2));
        AvisVerification verification = AvisWorkbookVerifier.verify(copy);
        assertEquals(Verdict.UNREADABLE, verification.verdict(), verification.message());
        assertTrue(verification.message().startsWith("Fichier «\u00a0truncated.xlsx\u00a0»\u00a0: illisible"));
    }

    @Test
    void anOlderFormatVersionIsUnknown() throws IOException {
        Path copy = edited(
                "v0.xlsx", workbook -> metadataValue(workbook, "format_version").setCellValue("0"));
        AvisVerification verification = AvisWorkbookVerifier.verify(copy);
        assertEquals(Verdict.UNKNOWN_VERSION, verification.verdict());
        assertTrue(verification.message().contains("version de format «\u00a00\u00a0»"), verification.message());
    }

    @Test
    void theEarlierFormatVersionIsToBeExportedAgain() throws IOException {
        Path copy = edited(
                "v1.xlsx", workbook -> metadataValue(workbook, "format_version").setCellValue("1"));
        AvisVerification verification = AvisWorkbookVerifier.verify(copy);
        assertEquals(Verdict.OLDER_VERSION, verification.verdict());
        assertEquals(
                "Fichier «\u00a0v1.xlsx\u00a0»\u00a0: classeur d'avis au format version 1, version attendue 3 —"
                        + " exportez-le à nouveau avec l'Atelier PTCE actuel.",
                verification.message());
    }

    @Test
    void aVersionTwoWorkbookIntactButWithoutTheWaveIsToBeExportedAgain() throws IOException {
        Path relabelled = edited(
                "v2-brut.xlsx",
                workbook -> metadataValue(workbook, "format_version").setCellValue("2"));
        String sum = canonicalSha256(relabelled);
        Path copy = folder.resolve("v2.xlsx");
        try (InputStream in = Files.newInputStream(relabelled);
                XSSFWorkbook workbook = new XSSFWorkbook(in);
                OutputStream out = Files.newOutputStream(copy)) {
            metadataValue(workbook, "sha256").setCellValue(sum);
            workbook.write(out);
        }

        AvisVerification verification = AvisWorkbookVerifier.verify(copy);

        assertEquals(Verdict.OLDER_VERSION, verification.verdict(), "a version 2 workbook gives no wave to rank in");
        assertEquals(
                "Fichier «\u00a0v2.xlsx\u00a0»\u00a0: classeur d'avis au format version 2, version attendue 3 —"
                        + " exportez-le à nouveau avec l'Atelier PTCE actuel.",
                verification.message());
    }

    /** The checksum of a workbook's content as the verifier computes it, whatever its stored checksum. */
    private static String canonicalSha256(Path file) {
        WorkbookRows rows = WorkbookRowsReader.read(file, file.getFileName().toString(), AvisFormat.SHEETS);
        AvisCanonicalForm canonical = new AvisCanonicalForm();
        for (String name : AvisFormat.SHEETS) {
            canonical.sheet(name);
            List<List<Object>> values = new java.util.ArrayList<>();
            rows.sheet(name)
                    .orElseThrow()
                    .rows()
                    .forEach(row ->
                            values.add(row.stream().map(WorkbookRows::plain).toList()));
            while (!values.isEmpty()
                    && values.get(values.size() - 1).stream().allMatch(v -> v == null || "".equals(v))) {
                values.remove(values.size() - 1);
            }
            values.stream()
                    .filter(row -> !name.equals(AvisFormat.METADATA_SHEET)
                            || row.isEmpty()
                            || !AvisFormat.KEY_SHA256.equals(row.get(0)))
                    .forEach(canonical::row);
        }
        return canonical.sha256();
    }

    @Test
    void aForeignWorkbookIsNotAnAvisWorkbook() throws IOException {
        Path copy = edited(
                "foreign.xlsx", workbook -> metadataValue(workbook, "format").setCellValue("autre"));
        assertEquals(
                Verdict.NOT_AVIS_WORKBOOK, AvisWorkbookVerifier.verify(copy).verdict());
        Path other = folder.resolve("other.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(other)) {
            workbook.createSheet("Feuil1").createRow(0).createCell(0).setCellValue("bonjour");
            workbook.write(out);
        }
        assertEquals(
                Verdict.NOT_AVIS_WORKBOOK, AvisWorkbookVerifier.verify(other).verdict());
    }

    /** The value cell of a metadata key, recreated: POI cannot retype an inline string written by SXSSF. */
    private static Cell metadataValue(XSSFWorkbook workbook, String key) {
        for (Row row : workbook.getSheet("Métadonnées")) {
            if (key.equals(row.getCell(0).getStringCellValue())) {
                row.removeCell(row.getCell(1));
                return row.createCell(1);
            }
        }
        throw new AssertionError("no metadata key " + key);
    }

    static int columnOf(Row header, String name) {
        for (Cell cell : header) {
            if (name.equals(cell.getStringCellValue())) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + name);
    }
}
