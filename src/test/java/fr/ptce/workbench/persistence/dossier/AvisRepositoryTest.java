package fr.ptce.workbench.persistence.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ptce.workbench.domain.dossier.DsAvis;
import fr.ptce.workbench.persistence.Database;
import fr.ptce.workbench.persistence.StoreEngine;
import fr.ptce.workbench.persistence.TestDossiers;
import fr.ptce.workbench.persistence.TestStores;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

@ParameterizedClass(name = "{0}")
@ArgumentsSource(TestStores.Engines.class)
class AvisRepositoryTest {

    private static final OffsetDateTime JULY = OffsetDateTime.parse("2021-07-01T10:00:00+02:00");

    private final Database database;

    AvisRepositoryTest(StoreEngine engine) {
        database = TestStores.open(engine);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static DsAvis avis(String number, String answer) {
        return new DsAvis(
                number,
                "Merci de donner votre avis",
                answer,
                "Avis favorable ?",
                Boolean.TRUE,
                JULY,
                JULY.plusDays(2),
                "instructeur@example.org",
                "expert@example.org");
    }

    @Test
    void everyDossiersOpinionsComeBackInOneReadInTheirOrder() {
        List<DsAvis> seven = List.of(avis("7", "Second avis"), avis("7", "Premier avis"));
        List<DsAvis> eight = List.of(avis("8", "Un seul avis"));
        database.inTransaction(store -> {
            store.dossiers().save(TestDossiers.sparse("7"));
            store.dossiers().save(TestDossiers.sparse("8"));
            store.dossiers().save(TestDossiers.sparse("9"));
            store.avis().replace("7", seven);
            store.avis().replace("8", eight);
            return null;
        });

        Map<String, List<DsAvis>> all =
                database.inTransaction(store -> store.avis().all());

        assertEquals(Map.of("7", seven, "8", eight), all);
        assertEquals(seven, database.inTransaction(store -> store.avis().find("7")));
    }
}
