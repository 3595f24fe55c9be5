package fr.ptce.workbench.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.ExternalTools;
import fr.ptce.workbench.application.common.FileOutcome;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.grid.Criterion;
import fr.ptce.workbench.domain.grid.Grid;
import fr.ptce.workbench.domain.grid.Grids;
import fr.ptce.workbench.persistence.StoreEngine;
import fr.ptce.workbench.persistence.TestStores;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * What {@code consolidate} does with a workbook edited by another program (openpyxl, LibreOffice), with a sheet
 * removed, truncated, or of the earlier format version: each refused with a French message naming the file, and
 * nothing of it stored.
 */
@ParameterizedClass(name = "{0}")
@ArgumentsSource(TestStores.Engines.class)
class ConsolidateOutcomesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2022-01-10T09:00:00Z"), ZoneId.of("Europe/Paris"));

    @TempDir
    static Path shared;

    private static Path original;

    @TempDir
    Path folder;

    private final Workspace pessii;

    ConsolidateOutcomesTest(StoreEngine engine) {
        pessii = TestWorkspaces.open(engine, CLOCK);
    }

    @BeforeAll
    static void writeOneRegion() {
        original = RegionWorkbooks.write(shared, 2, 4, new Random(7));
    }

    @AfterEach
    void close() {
        pessii.close();
    }

    private FileOutcome consolidate(Path file) {
        return pessii.consolidateAvis()
                .importFiles(List.of(file), Progress.NONE)
                .files()
                .get(0);
    }

    private Path copy(String name) throws IOException {
        return Files.copy(original, folder.resolve(name));
    }

    private void run(Path log, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), String.join(" ", command) + " did not finish");
        assertEquals(0, process.exitValue(), Files.readString(log));
    }

    /** Changes the first criterion score of the first dossier with openpyxl 3.1.x and saves the file. */
    private Path editedByOpenpyxl(String name) throws IOException, InterruptedException {
        Path python = ExternalTools.python3WithOpenpyxl();
        Path file = copy(name);
        Path script = Files.writeString(
                folder.resolve("edit.py"),
                String.join(
                        "\n",
                        "import sys, openpyxl",
                        "wb = openpyxl.load_workbook(sys.argv[1])",
                        "ws = wb['Avis']",
                        "col = [c.value for c in ws[1]].index('V1') + 1",
                        "cell = ws.cell(row=2, column=col)",
                        "cell.value = (cell.value or 0) + 1",
                        "wb.save(sys.argv[1])",
                        ""));
        run(folder.resolve("openpyxl.log"), python.toString(), script.toString(), file.toString());
        return file;
    }

    /** The file re-saved as xlsx by LibreOffice headless, under the same name in another folder. */
    private Path resavedByLibreOffice(Path file) throws IOException, InterruptedException {
        Path soffice = ExternalTools.soffice();
        Path out = Files.createDirectories(folder.resolve("libreoffice"));
        run(
                folder.resolve("soffice.log"),
                soffice.toString(),
                "-env:UserInstallation=" + folder.resolve("profile").toUri(),
                "--headless",
                "--convert-to",
                "xlsx",
                "--outdir",
                out.toString(),
                file.toString());
        return out.resolve(file.getFileName());
    }

    private void assertRefused(FileOutcome outcome, String file, String... words) {
        assertEquals(FileOutcome.Status.REFUSED, outcome.status(), outcome.message());
        assertTrue(outcome.message().startsWith("Fichier «\u00a0" + file + "\u00a0»"), outcome.message());
        Arrays.stream(words).forEach(w -> assertTrue(outcome.message().contains(w), outcome.message()));
        assertEquals(0, pessii.consolidateAvis().rows().size(), "nothing of a refused file is stored");
    }

    @Test
    void theOriginalIsAccepted() {
        FileOutcome outcome = consolidate(original);
        assertEquals(FileOutcome.Status.ACCEPTED, outcome.status(), outcome.message());
        assertEquals(4, outcome.rows());
    }

    @Test
    void oneScoreChangedByOpenpyxlIsRefusedNamingTheFile() throws Exception {
        Path edited = editedByOpenpyxl("avis-bretagne-openpyxl.xlsx");
        assertRefused(consolidate(edited), "avis-bretagne-openpyxl.xlsx", "modifié", "somme de contrôle");
    }

    @Test
    void oneScoreChangedThenSavedByLibreOfficeIsRefusedNamingTheFile() throws Exception {
        Path edited = resavedByLibreOffice(editedByOpenpyxl("avis-bretagne-libreoffice.xlsx"));
        assertRefused(consolidate(edited), "avis-bretagne-libreoffice.xlsx", "modifié");
    }

    @Test
    void aWorkbookOnlyResavedByLibreOfficeKeepsItsContentAndIsAccepted() throws Exception {
        Path resaved = resavedByLibreOffice(copy("avis-bretagne-resaved.xlsx"));
        FileOutcome outcome = consolidate(resaved);
        assertEquals(FileOutcome.Status.ACCEPTED, outcome.status(), outcome.message());
    }

    @Test
    void aRemovedSheetIsRefusedNamingIt() throws IOException {
        Path file = folder.resolve("avis-sans-evaluations.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(original));
                OutputStream out = Files.newOutputStream(file)) {
            workbook.removeSheetAt(workbook.getSheetIndex("Évaluations"));
            workbook.write(out);
        }
        assertRefused(consolidate(file), "avis-sans-evaluations.xlsx", "feuille «\u00a0Évaluations\u00a0» manquante");
    }

    @Test
    void aTruncatedFileIsRefusedAsUnreadable() throws IOException {
        byte[] bytes = Files.readAllBytes(original);
        Path file = Files.write(folder.resolve("avis-tronque.xlsx"), Arrays.copyOf(bytes, bytes.length * 2 / 3));
        assertRefused(consolidate(file), "avis-tronque.xlsx", "illisible", "tronqué");
    }

    @Test
    void theEarlierFormatVersionIsRefusedAskingForANewExport() throws IOException {
        Path file = folder.resolve("avis-v1.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(original));
                OutputStream out = Files.newOutputStream(file)) {
            var meta = workbook.getSheet("Métadonnées");
            for (var row : meta) {
                if ("format_version".equals(row.getCell(0).getStringCellValue())) {
                    // recreated: POI cannot retype an inline string written by SXSSF
                    row.removeCell(row.getCell(1));
                    row.createCell(1).setCellValue("1");
                }
            }
            workbook.write(out);
        }
        assertRefused(
                consolidate(file),
                "avis-v1.xlsx",
                "format version 1, version attendue 3",
                "exportez-le à nouveau avec l'Atelier PTCE actuel");
    }

    @Test
    void aWorkbookScoredOnAGridOfOtherWeightsIsRefusedNamingTheFile() throws IOException {
        Grid grid = Grids.amiPtce2021();
        List<Criterion> criteria = new ArrayList<>(grid.criteria());
        Criterion first = criteria.get(0);
        criteria.set(
                0,
                new Criterion(
                        first.code(),
                        first.label(),
                        first.help(),
                        first.blockCode(),
                        first.weight().add(BigDecimal.ONE),
                        first.threshold()));
        Grid reweighted = grid.nextVersion(grid.name(), grid.blocks(), criteria, grid.scale(), grid.overallThreshold());
        Path other = Files.createDirectories(folder.resolve("autre"));
        Path file = RegionWorkbooks.write(other, 4, 2, new Random(1), reweighted);

        FileOutcome outcome = consolidate(file);

        assertRefused(
                outcome,
                file.getFileName().toString(),
                "refusé\u00a0: grille incompatible",
                "critères ou poids différents");
    }
}
