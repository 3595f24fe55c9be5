package fr.ptce.workbench.application.exporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.check.DossierChecker;
import fr.ptce.workbench.domain.dossier.Admissibility;
import fr.ptce.workbench.domain.dossier.TestDossiers;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.ReviewerRole;
import fr.ptce.workbench.persistence.Database;
import fr.ptce.workbench.persistence.StoreEngine;
import fr.ptce.workbench.persistence.TestStores;
import fr.ptce.workbench.spreadsheet.xlsx.BareXlsx;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * The export reads no dossier text: it shows the admissibility the import recorded, and computes it on the whole
 * dossier only when none was recorded.
 */
@ParameterizedClass(name = "{0}")
@ArgumentsSource(TestStores.Engines.class)
class ExportAvisAdmissibilityTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2021-12-01T09:00:00Z"), ZoneId.of("Europe/Paris"));

    @TempDir
    Path folder;

    private final Database database;

    ExportAvisAdmissibilityTest(StoreEngine engine) {
        database = TestStores.open(engine);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theRecordedAdmissibilityIsShownAndAMissingOneIsComputed() {
        database.inTransaction(r -> {
            r.users()
                    .save(
                            new Reviewer("Anne Banc", "anne@example.org", ReviewerRole.CORRESPONDENT, "Bretagne"),
                            OffsetDateTime.now(CLOCK));
            r.dossiers().save(TestDossiers.complete("1"));
            r.dossiers().save(TestDossiers.complete("2"));
            r.dossiers().recordAdmissibility("2", Admissibility.HORS_DELAI);
            return null;
        });

        Path file = new ExportAvis(database, DossierChecker.standard(), CLOCK)
                .toWorkbook(folder.resolve("avis.xlsx"), ExportAvis.Scope.ALL_REGIONS, Progress.NONE)
                .file();

        List<List<String>> values = BareXlsx.firstSheetValues(file);
        int column = values.get(0).indexOf("Recevabilité");
        assertEquals(
                List.of("recevable", "hors délai"),
                values.subList(1, 3).stream().map(row -> row.get(column)).toList(),
                "computed for 1 (none recorded), as recorded for 2");
    }
}
