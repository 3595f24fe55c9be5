package fr.ptce.workbench.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.SampleFiles;
import fr.ptce.workbench.application.listing.DossierView;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.dossier.Admissibility;
import fr.ptce.workbench.domain.dossier.ColumnMapping;
import fr.ptce.workbench.persistence.StoreEngine;
import fr.ptce.workbench.persistence.TestStores;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * The deposit date DS exports made before 2021-12-06 give is the last passage into « en construction »: the earliest
 * date seen across imports is kept, and a late one from such an export is « date de dépôt à vérifier ».
 */
@ParameterizedClass(name = "{0}")
@ArgumentsSource(TestStores.Engines.class)
class ImportDepositDateTest {

    private static final String LATE = "5204541";

    @TempDir
    Path folder;

    private final Workspace workspace;

    ImportDepositDateTest(StoreEngine engine) {
        workspace = TestWorkspaces.open(
                engine, Clock.fixed(Instant.parse("2022-01-12T09:00:00Z"), ZoneId.of("Europe/Paris")));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private void importFile(Path file) {
        workspace.importDossiers().fromFile(file, ColumnMapping.NONE, Progress.NONE);
    }

    private DossierView late() {
        return workspace.readDossiers().byNumber(LATE).orElseThrow();
    }

    @Test
    void theEarliestDepositDateIsKeptAndOnlyALateDateFromAnOldExportIsToCheck() throws IOException {
        Path october = SampleFiles.copy(SampleFiles.OCTOBER_2021_CSV, folder);
        importFile(october);
        assertTrue(late().depositToCheck(), "late on 27 June according to an export of October 2021");
        assertEquals("Au fil de l'eau", late().checks().wave().name());
        assertFalse(workspace.readDossiers().byNumber("4952021").orElseThrow().depositToCheck(), "on time");

        // the January 2022 export gives the first deposit: 20 June, on time
        String text = Files.readString(october, StandardCharsets.UTF_8)
                .replace("2021-06-27 23:23:27 +0200", "2021-06-20 10:00:00 +0200");
        Path january = folder.resolve("dossiers_ami-ptce-emergents_2022-01-10_09-12.csv");
        Files.writeString(january, text, StandardCharsets.UTF_8);
        importFile(january);
        assertEquals(
                OffsetDateTime.parse("2021-06-20T10:00:00+02:00"),
                late().dossier().tracking().depositedAt());
        assertFalse(late().depositToCheck());
        assertEquals("Vague 1", late().checks().wave().name());
        assertEquals(Admissibility.RECEVABLE, late().checks().computedAdmissibility());
        assertEquals(
                Admissibility.HORS_DELAI,
                late().checks().pessiiAdmissibility(),
                "PESSII's annotation « Hors délai » still says what PESSII recorded");
        assertTrue(
                late().checks().admissibilityDisagreement(),
                "PESSII's « Hors délai » against the computed" + " « recevable »: to check");

        importFile(october);
        assertEquals(
                OffsetDateTime.parse("2021-06-20T10:00:00+02:00"),
                late().dossier().tracking().depositedAt(),
                "the later date of the older export does not replace the earliest one");
        assertFalse(late().depositToCheck());
    }
}
