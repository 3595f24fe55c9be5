package fr.ptce.workbench.persistence.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.domain.dossier.Admissibility;
import fr.ptce.workbench.domain.dossier.Commune;
import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.persistence.Database;
import fr.ptce.workbench.persistence.StoreEngine;
import fr.ptce.workbench.persistence.TestDossiers;
import fr.ptce.workbench.persistence.TestStores;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

@ParameterizedClass(name = "{0}")
@ArgumentsSource(TestStores.Engines.class)
class DossierBatchTest {

    private final Database database;

    DossierBatchTest(StoreEngine engine) {
        database = TestStores.open(engine);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void inBatch(Consumer<DossierBatch> work) {
        database.inTransaction(store -> {
            DossierBatch batch = store.dossiers().batch();
            work.accept(batch);
            batch.flush();
            return null;
        });
    }

    private DossierSummary summary(String number) {
        return database.inTransaction(store -> store.dossiers().summaries()).stream()
                .filter(s -> s.number().equals(number))
                .findFirst()
                .orElseThrow();
    }

    private Dossier find(String number) {
        return database.inTransaction(store -> store.dossiers().find(number)).orElseThrow();
    }

    @Test
    void insertedDossiersComeBackWholeWithTheirAdmissibility() {
        inBatch(batch -> {
            batch.insert(TestDossiers.full("7"), Admissibility.RECEVABLE, null);
            batch.insert(TestDossiers.sparse("8"), Admissibility.INCOMPLET, null);
        });

        assertEquals(TestDossiers.full("7"), find("7"));
        assertEquals(TestDossiers.sparse("8"), find("8"));
        assertEquals(Admissibility.RECEVABLE, summary("7").admissibility());
        assertEquals(Admissibility.INCOMPLET, summary("8").admissibility());
        assertEquals(
                TestDossiers.full("7").territory().communes(),
                database.inTransaction(store -> store.dossiers().storedAll())
                        .get("7")
                        .communes());
    }

    @Test
    void aFullBufferIsWrittenWithoutWaitingForFlush() {
        int[] counted = new int[2];
        database.inTransaction(store -> {
            DossierBatch batch = store.dossiers().batch();
            for (int i = 1; i <= DossierBatch.BUFFER + 1; i++) {
                batch.insert(TestDossiers.sparse(String.valueOf(i)), Admissibility.RECEVABLE, null);
            }
            counted[0] = store.dossiers().count();
            batch.flush();
            counted[1] = store.dossiers().count();
            return null;
        });

        assertEquals(DossierBatch.BUFFER, counted[0]);
        assertEquals(DossierBatch.BUFFER + 1, counted[1]);
    }

    @Test
    void siretsAndPerimetersAreReplaced() {
        inBatch(batch -> {
            batch.insert(TestDossiers.full("7"), Admissibility.RECEVABLE, null);
            batch.insert(TestDossiers.sparse("8"), Admissibility.RECEVABLE, null);
        });
        Map<String, String> sirets = new LinkedHashMap<>();
        sirets.put("7", null);
        sirets.put("8", "98765432100010");
        List<Commune> one = List.of(new Commune("29019", "Brest", "Brest (29200)"));

        inBatch(batch -> {
            batch.updateSirets(sirets);
            batch.replaceCommunes(Map.of("7", one, "8", List.of()));
        });

        Map<String, StoredDossier> stored =
                database.inTransaction(store -> store.dossiers().storedAll());
        assertNull(stored.get("7").siret());
        assertEquals("98765432100010", stored.get("8").siret());
        assertEquals(one, stored.get("7").communes());
        assertEquals(List.of(), stored.get("8").communes());
        assertTrue(stored.get("8").communesKnown(), "an empty perimeter from the sheet is a known one");
        assertEquals(one, find("7").territory().communes());
    }

    @Test
    void onlyTheListedAbsentDossiersArePresentAgain() {
        inBatch(batch -> {
            batch.insert(TestDossiers.sparse("7"), Admissibility.RECEVABLE, null);
            batch.insert(TestDossiers.sparse("8"), Admissibility.RECEVABLE, null);
        });
        long importId = database.inTransaction(store ->
                store.imports().start("export.xlsx", "xlsx", OffsetDateTime.parse("2021-07-01T10:00:00+02:00")));
        database.inTransaction(store -> {
            store.dossiers().markAbsent("7", importId);
            store.dossiers().markAbsent("8", importId);
            return null;
        });

        inBatch(batch -> batch.markPresent(List.of("7", "9")));

        assertFalse(summary("7").absentFromLastImport());
        assertTrue(summary("8").absentFromLastImport());
    }
}
