package fr.ptce.workbench.spreadsheet.ds.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.domain.dossier.Champ;
import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.domain.dossier.DsEra;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DsExportWriterXlsxTest {

    private static final List<String> FIXED_2021 = List.of(
            "ID",
            "Email",
            "Entreprise raison sociale",
            "Archivé",
            "État du dossier",
            "Dernière mise à jour le",
            "Déposé le",
            "Passé en instruction le",
            "Traité le",
            "Motivation de la décision",
            "Instructeurs",
            "Groupe instructeur");
    private static final List<String> FIXED_2025 = List.of(
            "ID",
            "Email",
            "FranceConnect ?",
            "Entreprise raison sociale",
            "À archiver",
            "État du dossier",
            "Dernière mise à jour le",
            "Dernière mise à jour du dossier le",
            "Déposé le",
            "Passé en instruction le",
            "Traité le",
            "Motivation de la décision",
            "Instructeurs",
            "Groupe instructeur");

    @TempDir
    Path folder;

    @Test
    void era2021HasDsSheetsAndHeaders() throws IOException {
        try (XSSFWorkbook workbook = write(TestDossiers.some(4), DsEra.Y2021)) {
            assertEquals(
                    List.of("Dossiers", "Etablissements", "Avis", "(1187463) Communes du perimetr"),
                    sheetNames(workbook));
            List<String> expected = new ArrayList<>(FIXED_2021);
            Stream.of(Champ.values()).map(Champ::label).forEach(expected::add);
            assertEquals(expected, row(workbook.getSheet("Dossiers"), 0));
            List<String> establishments = row(workbook.getSheet("Etablissements"), 0);
            assertEquals(33, establishments.size());
            assertEquals(
                    List.of("Dossier ID", "Champ", "Établissement SIRET", "Etablissement enseigne"),
                    establishments.subList(0, 4));
            assertEquals(
                    List.of("Dossier ID", "Ligne", "Commune", "Commune (Code insee)"),
                    row(workbook.getSheet("(1187463) Communes du perimetr"), 0));
            assertHeaderStyle(workbook.getSheet("Dossiers").getRow(0).getCell(0));
        }
    }

    @Test
    void era2025AddsColumnsAndRenamesArchive() throws IOException {
        try (XSSFWorkbook workbook = write(TestDossiers.some(4), DsEra.Y2025)) {
            List<String> headers = row(workbook.getSheet("Dossiers"), 0);
            assertEquals(FIXED_2025, headers.subList(0, FIXED_2025.size()));
            assertEquals("Région (Code)", headers.get(headers.indexOf("Région") + 1));
            List<String> establishments = row(workbook.getSheet("Etablissements"), 0);
            assertEquals(34, establishments.size());
            assertEquals(
                    "Entreprise état administratif",
                    establishments.get(establishments.indexOf("Entreprise date de création") + 1));
            assertEquals(
                    List.of("Dossier ID", "Ligne", "Commune", "Commune (Code INSEE)", "Commune (Département)"),
                    row(workbook.getSheet("(1187463) Communes du perimetr"), 0));
        }
    }

    @Test
    void datesAreNumericSerialsOfParisWallClock() throws IOException {
        Dossier dossier = TestDossiers.withS1("5047161", "Texte", List.of(TestDossiers.rennes()));
        try (XSSFWorkbook workbook = write(List.of(dossier), DsEra.Y2021)) {
            Cell deposit = cell(workbook, "Déposé le");
            assertEquals(CellType.NUMERIC, deposit.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(deposit));
            assertEquals("yyyy-mm-dd h:mm AM/PM", deposit.getCellStyle().getDataFormatString());
            assertEquals(
                    DateUtil.getExcelDate(LocalDateTime.of(2021, 6, 23, 23, 58, 2)),
                    deposit.getNumericCellValue(),
                    1e-9);
            assertEquals(LocalDateTime.of(2021, 6, 23, 23, 58, 2), deposit.getLocalDateTimeCellValue());
        }
    }

    @Test
    void idBooleansAndChoicesAreText() throws IOException {
        Dossier dossier = TestDossiers.withS1("5047161", "Texte", List.of(TestDossiers.rennes()));
        try (XSSFWorkbook workbook = write(List.of(dossier), DsEra.Y2021)) {
            assertEquals(CellType.STRING, cell(workbook, "ID").getCellType());
            assertEquals("5047161", cell(workbook, "ID").getStringCellValue());
            assertEquals("false", cell(workbook, "Archivé").getStringCellValue());
            assertEquals("Non", cell(workbook, Champ.DECLARED_QPV.label()).getStringCellValue());
            assertEquals("Oui", cell(workbook, Champ.DECLARED_ZRR.label()).getStringCellValue());
            assertEquals("off", cell(workbook, Champ.ATTESTATION.label()).getStringCellValue());
            assertEquals(
                    CellType.STRING,
                    cell(workbook, Champ.REFERENT_PHONE.label()).getCellType());
        }
        try (XSSFWorkbook workbook = write(List.of(dossier), DsEra.Y2025)) {
            assertEquals(
                    CellType.BLANK, cell(workbook, Champ.DECLARED_QPV.label()).getCellType());
            assertEquals("53", cell(workbook, "Région (Code)").getStringCellValue());
        }
    }

    @Test
    void textareasAreHtmlEscapedWithCrlfIn2021AndRawIn2025() throws IOException {
        Dossier dossier = TestDossiers.withS1("5047161", "Pôle R&D <local>\nSuite", List.of());
        try (XSSFWorkbook workbook = write(List.of(dossier), DsEra.Y2021)) {
            assertEquals(
                    "Pôle R&amp;D &lt;local&gt;\r\nSuite",
                    cell(workbook, Champ.S1.label()).getStringCellValue());
        }
        try (XSSFWorkbook workbook = write(List.of(dossier), DsEra.Y2025)) {
            assertEquals(
                    "Pôle R&D <local>\nSuite", cell(workbook, Champ.S1.label()).getStringCellValue());
        }
    }

    @Test
    void textStartingWithEqualsIsAFormulaCellIn2021Only() throws IOException {
        Dossier dossier = TestDossiers.withS1("5047161", "=> Objectif", List.of());
        try (XSSFWorkbook workbook = write(List.of(dossier), DsEra.Y2021)) {
            Cell cell = cell(workbook, Champ.S1.label());
            assertEquals(CellType.FORMULA, cell.getCellType());
            assertEquals("&gt; Objectif", cell.getCellFormula());
        }
        try (XSSFWorkbook workbook = write(List.of(dossier), DsEra.Y2025)) {
            assertEquals("=> Objectif", cell(workbook, Champ.S1.label()).getStringCellValue());
        }
    }

    @Test
    void avisSheetIsOneEmptyRowWithoutHeader() throws IOException {
        Dossier dossier = TestDossiers.withS1("5047161", "Texte", List.of());
        try (XSSFWorkbook workbook = write(List.of(dossier), DsEra.Y2021)) {
            Sheet avis = workbook.getSheet("Avis");
            assertEquals(1, avis.getPhysicalNumberOfRows());
            assertEquals(-1, avis.getRow(0).getLastCellNum());
            // 2021: a repetition sheet without rows is written all the same, empty
            assertEquals(
                    -1,
                    workbook.getSheet("(1187463) Communes du perimetr")
                            .getRow(0)
                            .getLastCellNum());
        }
        try (XSSFWorkbook workbook = write(List.of(dossier), DsEra.Y2025)) {
            assertEquals(List.of("Dossiers", "Etablissements", "Avis"), sheetNames(workbook));
        }
    }

    @Test
    void establishmentRowDescribesTheApplicantsSiret() throws IOException {
        Dossier dossier = TestDossiers.withS1("5047161", "Texte", List.of(TestDossiers.rennes()));
        try (XSSFWorkbook workbook = write(List.of(dossier), DsEra.Y2021)) {
            Sheet sheet = workbook.getSheet("Etablissements");
            List<String> headers = row(sheet, 0);
            Row values = sheet.getRow(1);
            assertEquals("5047161", values.getCell(0).getStringCellValue());
            assertEquals("Dossier", values.getCell(1).getStringCellValue());
            assertEquals(
                    "73282932000074",
                    values.getCell(headers.indexOf("Établissement SIRET")).getStringCellValue());
            assertEquals(
                    "RECYCLERIE DU VAL D'ESSAI\r\n4 RUE DES ECOLES\r\n35000 RENNES\r\nFRANCE",
                    values.getCell(headers.indexOf("Établissement Adresse")).getStringCellValue());
            assertEquals(
                    "35238",
                    values.getCell(headers.indexOf("Établissement code INSEE localité"))
                            .getStringCellValue());
            assertTrue(DateUtil.isCellDateFormatted(values.getCell(headers.indexOf("Entreprise date de création"))));
        }
    }

    @Test
    void sameDossiersGiveTheSameBytesAndNoLeftovers() throws IOException {
        Path first = folder.resolve("a.xlsx");
        Path second = folder.resolve("b.xlsx");
        DsExportWriter.writeXlsx(TestDossiers.some(6), DsEra.Y2021, first);
        DsExportWriter.writeXlsx(TestDossiers.some(6), DsEra.Y2021, second);
        assertEquals(-1L, Files.mismatch(first, second));
        try (Stream<Path> files = Files.list(folder)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".part")));
        }
    }

    private XSSFWorkbook write(Iterable<Dossier> dossiers, DsEra era) throws IOException {
        Path file = folder.resolve("export-" + era + ".xlsx");
        DsExportWriter.writeXlsx(dossiers, era, file);
        return new XSSFWorkbook(Files.newInputStream(file));
    }

    private static void assertHeaderStyle(Cell cell) {
        XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
        assertTrue(style.getFont().getBold());
        assertEquals(12, style.getFont().getFontHeightInPoints());
        assertEquals("FFFFFFFF", style.getFont().getXSSFColor().getARGBHex());
        assertEquals("FF000000", style.getFillForegroundXSSFColor().getARGBHex());
    }

    private static Cell cell(XSSFWorkbook workbook, String header) {
        Sheet sheet = workbook.getSheet("Dossiers");
        int column = row(sheet, 0).indexOf(header);
        assertTrue(column >= 0, header);
        return sheet.getRow(1).getCell(column, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
    }

    private static List<String> row(Sheet sheet, int index) {
        List<String> values = new ArrayList<>();
        sheet.getRow(index).forEach(c -> values.add(c.getStringCellValue()));
        return values;
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        return names;
    }
}
