package fr.ptce.workbench.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.ReviewerRole;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The national workbook and the public list open in LibreOffice headless: every sheet converts to csv. */
class NationalExportLibreOfficeTest {

    /** csv, UTF-8 (76), every sheet to its own file (the last -1). */
    private static final String CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,"
            + "false,false,-1";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2022-01-10T09:00:00Z"), ZoneId.of("Europe/Paris"));

    @TempDir
    Path folder;

    private static Path soffice() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator)).map(p -> Path.of(p, "soffice"))
                .filter(Files::isExecutable).findFirst().orElse(null);
    }

    @Test
    void everySheetOfTheNationalExportsConvertsToCsv() throws IOException, InterruptedException {
        Path soffice = soffice();
        assumeTrue(soffice != null, "soffice (LibreOffice) is not on PATH");
        Path national;
        Path publicList = folder.resolve("invites-phase-2.xlsx");
        try (Workspace pessii = Workspace.inMemory(CLOCK)) {
            pessii.consolidateAvis().importFiles(List.of(RegionWorkbooks.write(folder, 2, 4, new Random(3))),
                    Progress.NONE);
            pessii.workspaceUser().set(new Reviewer("Claire Dumont", "claire.dumont@example.org",
                    ReviewerRole.PESSII, null));
            pessii.nationalDecisions().setInvited("90200", true);
            national = pessii.exportNational().toWorkbook(folder, Optional.of(publicList), Progress.NONE).file();
        }
        Path out = Files.createDirectory(folder.resolve("csv"));
        Process process = new ProcessBuilder(soffice.toString(),
                "-env:UserInstallation=" + folder.resolve("profile").toUri(), "--headless", "--convert-to",
                CSV_ALL_SHEETS, "--outdir", out.toString(), national.toString(), publicList.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("soffice.log").toFile()).start();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "LibreOffice did not finish within 3 minutes");
        String log = Files.readString(folder.resolve("soffice.log"));
        assertEquals(0, process.exitValue(), log);

        List<String> csvs;
        try (Stream<Path> files = Files.list(out)) {
            csvs = files.map(f -> f.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of("invites-phase-2-Invités phase 2.csv", "national-2022-01-10-Classement.csv",
                "national-2022-01-10-Synthèse.csv", "national-2022-01-10-Évaluations.csv"), csvs, log);
        String ranking = Files.readString(out.resolve("national-2022-01-10-Classement.csv"), StandardCharsets.UTF_8);
        assertTrue(ranking.startsWith("Rang,N° dossier,Région de l'avis,"), ranking);
        assertEquals(5, ranking.strip().lines().count(), ranking);
        String invited = Files.readString(out.resolve("invites-phase-2-Invités phase 2.csv"), StandardCharsets.UTF_8);
        assertEquals("Projet,Structure,Région\nProjet 90200,Structure 90200,Bretagne", invited.strip(), invited);
    }
}
