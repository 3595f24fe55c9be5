package fr.ptce.workbench.spreadsheet.avis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.LibreOffice;
import fr.ptce.workbench.domain.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opens the avis workbook in LibreOffice headless, as PESSII's tools might: every sheet converts to csv. */
class AvisWorkbookLibreOfficeTest {

    @TempDir
    Path folder;

    @Test
    void everySheetConvertsToCsvInLibreOfficeHeadless() throws IOException, InterruptedException {
        Path workbook = folder.resolve("avis-bretagne-2021-12-01.xlsx");
        AvisWorkbookWriter.write(TestAvisContent.sample(), workbook, Progress.NONE);
        Path out = folder.resolve("csv");
        List<String> csvs = LibreOffice.convert(folder, LibreOffice.CSV_ALL_SHEETS, out, workbook);
        assertEquals(
                List.of(
                        "avis-bretagne-2021-12-01-Avis.csv",
                        "avis-bretagne-2021-12-01-Grille.csv",
                        "avis-bretagne-2021-12-01-Métadonnées.csv",
                        "avis-bretagne-2021-12-01-Évaluations.csv"),
                csvs);
        String avis = Files.readString(out.resolve("avis-bretagne-2021-12-01-Avis.csv"), StandardCharsets.UTF_8);
        assertTrue(avis.startsWith("N° dossier,Projet,Structure,"), avis);
        assertTrue(avis.contains("\"=HYPERLINK(\"\"x\"\")\""), "the formula-looking motivation stays text: " + avis);
        // csv carries the date in LibreOffice's locale format, not the serial number 44531
        // (the date of the avis is followed by the Alertes column, empty on this row)
        assertTrue(
                avis.strip().lines().skip(1).findFirst().orElseThrow().matches(".*,\\d{2}/\\d{2}/2021,$"),
                "the date of the avis is a date: " + avis);
    }
}
