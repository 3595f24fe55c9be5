package fr.ptce.workbench.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.LibreOffice;
import fr.ptce.workbench.TestReviewers;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.persistence.StoreEngine;
import fr.ptce.workbench.persistence.TestStores;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** The national workbook and the public list open in LibreOffice headless: every sheet converts to csv. */
@ParameterizedClass(name = "{0}")
@ArgumentsSource(TestStores.Engines.class)
class NationalExportLibreOfficeTest {

    private final StoreEngine engine;

    NationalExportLibreOfficeTest(StoreEngine engine) {
        this.engine = engine;
    }

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2022-01-10T09:00:00Z"), ZoneId.of("Europe/Paris"));

    @TempDir
    Path folder;

    @Test
    void everySheetOfTheNationalExportsConvertsToCsv() throws IOException, InterruptedException {
        Path national;
        Path publicList = folder.resolve("invites-phase-2.xlsx");
        try (Workspace pessii = TestWorkspaces.open(engine, CLOCK)) {
            pessii.consolidateAvis()
                    .importFiles(List.of(RegionWorkbooks.write(folder, 2, 4, new Random(3))), Progress.NONE);
            pessii.workspaceUser().set(TestReviewers.PESSII);
            pessii.nationalDecisions().setLaureate("90200", true, null);
            pessii.nationalDecisions().setInvited("90200", true, null);
            pessii.nationalDecisions().confirm("Cabinet du ministre", java.time.LocalDate.of(2021, 7, 26));
            national = pessii.exportNational()
                    .toWorkbook(folder, Optional.of(publicList), Optional.empty(), Progress.NONE)
                    .file();
        }
        Path out = folder.resolve("csv");
        List<String> csvs = LibreOffice.convert(folder, LibreOffice.CSV_ALL_SHEETS, out, national, publicList);
        assertEquals(
                List.of(
                        "invites-phase-2-Invités phase 2.csv",
                        "national-2022-01-10-Classement.csv",
                        "national-2022-01-10-Synthèse.csv",
                        "national-2022-01-10-Évaluations.csv"),
                csvs);
        String ranking = Files.readString(out.resolve("national-2022-01-10-Classement.csv"), StandardCharsets.UTF_8);
        assertTrue(ranking.startsWith("Rang,Note complète,N° dossier,Région de l'avis,"), ranking);
        assertEquals(5, ranking.strip().lines().count(), ranking);
        String invited = Files.readString(out.resolve("invites-phase-2-Invités phase 2.csv"), StandardCharsets.UTF_8);
        assertEquals("Projet,Structure,Région\nProjet 90200,Structure 90200,Bretagne", invited.strip(), invited);
    }
}
