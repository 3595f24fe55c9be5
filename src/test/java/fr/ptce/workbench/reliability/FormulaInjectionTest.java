package fr.ptce.workbench.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.SampleFiles;
import fr.ptce.workbench.cli.CommandLineRun;
import fr.ptce.workbench.spreadsheet.avis.AvisWorkbookVerifier;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Texts that look like formulas are written to the avis workbook as text cells, exactly as typed. */
class FormulaInjectionTest {

    private static final List<String> TYPED = List.of(
            "=HYPERLINK(\"http://example.org/x\",\"clic\")",
            "+33 1 23 45 67 89",
            "-2+3+cmd|' /C calc'!A0",
            "@SUM(1+1)",
            "\tTabulation en tête",
            "\rRetour en tête");

    @TempDir
    Path dir;

    @Test
    void formulaLookingTextsAreStringCellsInTheAvisWorkbookAndReadBackAsTyped() throws Exception {
        Path workspace = dir.resolve("w");
        CommandLineRun.of(
                        "import",
                        "--workspace",
                        workspace.toString(),
                        SampleFiles.copy(SampleFiles.OCTOBER_2021_XLSX, dir).toString())
                .ok();
        CommandLineRun.correspondent(workspace.toString(), "Bretagne");
        CommandLineRun.of(
                        "score",
                        "--workspace",
                        workspace.toString(),
                        "--dossier",
                        "4847721",
                        "V1=4",
                        "--comment",
                        "V1=" + TYPED.get(3))
                .ok();
        CommandLineRun.of(
                        "avis",
                        "--workspace",
                        workspace.toString(),
                        "--dossier",
                        "4847721",
                        "--recommendation",
                        "reserves",
                        "--motivation",
                        TYPED.get(0),
                        "--strengths",
                        TYPED.get(1),
                        "--attention",
                        TYPED.get(2))
                .ok();
        String second;
        try (fr.ptce.workbench.application.Workspace open = fr.ptce.workbench.application.Workspace.open(workspace)) {
            second = open.listDossiers().all().stream()
                    .map(d -> d.number())
                    .filter(n -> !n.equals("4847721"))
                    .findFirst()
                    .orElseThrow();
        }
        CommandLineRun.of(
                        "avis",
                        "--workspace",
                        workspace.toString(),
                        "--dossier",
                        second,
                        "--recommendation",
                        "reserves",
                        "--motivation",
                        TYPED.get(4),
                        "--strengths",
                        TYPED.get(5))
                .ok();
        Path out = dir.resolve("avis.xlsx");
        CommandLineRun.of("export-avis", "--workspace", workspace.toString(), "--out", out.toString(), "--all-regions")
                .ok();

        List<String> found = new ArrayList<>();
        try (InputStream in = Files.newInputStream(out);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertTrue(
                                cell.getCellType() != CellType.FORMULA,
                                "formula at " + sheet.getSheetName() + "!" + cell.getAddress());
                        if (cell.getCellType() == CellType.STRING && TYPED.contains(cell.getStringCellValue())) {
                            found.add(cell.getStringCellValue());
                        }
                    }
                }
            }
        }
        assertTrue(found.containsAll(TYPED.subList(0, 3)), "not read back as typed: " + found);
        assertTrue(
                AvisWorkbookVerifier.verify(out).intact(),
                AvisWorkbookVerifier.verify(out).message());
    }
}
