package fr.ptce.workbench.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.ptce.workbench.domain.Progress;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opens the avis workbook in LibreOffice headless, as PESSII's tools might: every sheet converts to csv. */
class AvisWorkbookLibreOfficeTest {

    /** LibreOffice's csv filter: UTF-8, comma, double quotes, and the last token -1 exports every sheet. */
    private static final String CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,"
            + "false,false,-1";

    @TempDir
    Path folder;

    private static Path soffice() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator)).map(p -> Path.of(p, "soffice"))
                .filter(Files::isExecutable).findFirst().orElse(null);
    }

    @Test
    void everySheetConvertsToCsvInLibreOfficeHeadless() throws IOException, InterruptedException {
        Path soffice = soffice();
        assumeTrue(soffice != null, "soffice (LibreOffice) is not on PATH: run /work/shared/tools/look xlsx once to"
                + " install libreoffice-calc, or install it, to run this check");
        Path workbook = folder.resolve("avis-bretagne-2021-12-01.xlsx");
        AvisWorkbookWriter.write(TestAvisContent.sample(), workbook, Progress.NONE);
        Path out = Files.createDirectory(folder.resolve("csv"));
        Process process = new ProcessBuilder(soffice.toString(),
                "-env:UserInstallation=" + folder.resolve("profile").toUri(), "--headless", "--convert-to",
                CSV_ALL_SHEETS, "--outdir", out.toString(), workbook.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("soffice.log").toFile()).start();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "LibreOffice did not finish within 3 minutes");
        String log = Files.readString(folder.resolve("soffice.log"));
        assertEquals(0, process.exitValue(), log);

        List<String> csvs;
        try (Stream<Path> files = Files.list(out)) {
            csvs = files.map(f -> f.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of("avis-bretagne-2021-12-01-Avis.csv", "avis-bretagne-2021-12-01-Grille.csv",
                "avis-bretagne-2021-12-01-Métadonnées.csv", "avis-bretagne-2021-12-01-Évaluations.csv"), csvs, log);
        String avis = Files.readString(out.resolve("avis-bretagne-2021-12-01-Avis.csv"), StandardCharsets.UTF_8);
        assertTrue(avis.startsWith("N° dossier,Projet,Structure,"), avis);
        assertTrue(avis.contains("\"=HYPERLINK(\"\"x\"\")\""), "the formula-looking motivation stays text: " + avis);
        // csv carries the date in LibreOffice's locale format, not the serial number 44531
        assertTrue(avis.strip().lines().skip(1).findFirst().orElseThrow().endsWith("/2021"),
                "the date of the avis is a date: " + avis);
    }
}
