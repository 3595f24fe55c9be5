package fr.ptce.workbench.persistence.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.ptce.workbench.domain.dossier.DossierChange;
import fr.ptce.workbench.domain.dossier.ImportRun;
import fr.ptce.workbench.persistence.Database;
import fr.ptce.workbench.persistence.StoreEngine;
import fr.ptce.workbench.persistence.TestStores;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

@ParameterizedClass(name = "{0}")
@ArgumentsSource(TestStores.Engines.class)
class ImportRepositoryTest {

    private static final OffsetDateTime JULY = OffsetDateTime.parse("2021-07-01T10:00:00+02:00");
    private static final OffsetDateTime DECEMBER_UTC = OffsetDateTime.parse("2021-12-01T09:00:00Z");
    private static final OffsetDateTime DECEMBER = OffsetDateTime.parse("2021-12-01T10:00:00+01:00");

    private final Database database;

    ImportRepositoryTest(StoreEngine engine) {
        database = TestStores.open(engine);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void historyListsImportsLatestFirstWithTheirCountsInParisTime() {
        long first = database.inTransaction(store -> {
            long id = store.imports().start("export-juillet.xlsx", "xlsx", JULY);
            store.imports().finish(id, 3, 0, 0, 0);
            return id;
        });
        long second = database.inTransaction(store -> {
            long id = store.imports().start("export-décembre.csv", "csv", DECEMBER_UTC);
            store.imports().finish(id, 1, 2, 3, 4);
            return id;
        });

        assertEquals(
                List.of(
                        new ImportRun(second, "export-décembre.csv", DECEMBER, "csv", 1, 2, 3, 4),
                        new ImportRun(first, "export-juillet.xlsx", JULY, "xlsx", 3, 0, 0, 0)),
                database.inTransaction(store -> store.imports().history()));
    }

    @Test
    void lastChangesComeFromTheLatestImportThatMentionedTheDossier() {
        long first = database.inTransaction(store -> {
            long id = store.imports().start("a.xlsx", "xlsx", JULY);
            store.imports().recordChange(id, "7", DossierChange.Kind.NEW, List.of());
            store.imports().recordChange(id, "8", DossierChange.Kind.NEW, List.of());
            return id;
        });
        long second = database.inTransaction(store -> {
            long id = store.imports().start("b.xlsx", "xlsx", DECEMBER_UTC);
            store.imports().recordChange(id, "7", DossierChange.Kind.CHANGED, List.of("Nom du projet", "Région"));
            return id;
        });

        assertEquals(
                List.of(new DossierChange(
                        "7", DossierChange.Kind.CHANGED, List.of("Nom du" + " projet", "Région"), second, DECEMBER)),
                database.inTransaction(store -> store.imports().lastChanges("7")));
        assertEquals(
                List.of(new DossierChange("8", DossierChange.Kind.NEW, List.of(), first, JULY)),
                database.inTransaction(store -> store.imports().lastChanges("8")));
        assertEquals(List.of(), database.inTransaction(store -> store.imports().lastChanges("9")));
    }

    @Test
    void changesRecordedAsOneBatchKeepTheirOrder() {
        long id = database.inTransaction(store -> {
            long run = store.imports().start("a.xlsx", "xlsx", JULY);
            store.imports()
                    .recordChanges(
                            run,
                            List.of(
                                    new ImportRepository.Change(
                                            "7", DossierChange.Kind.CHANGED, List.of("Région", "Nom du projet")),
                                    new ImportRepository.Change("8", DossierChange.Kind.UNCHANGED, List.of()),
                                    new ImportRepository.Change("7", DossierChange.Kind.ABSENT, List.of())));
            return run;
        });

        assertEquals(
                List.of(
                        new DossierChange(
                                "7", DossierChange.Kind.CHANGED, List.of("Région", "Nom du" + " projet"), id, JULY),
                        new DossierChange("7", DossierChange.Kind.ABSENT, List.of(), id, JULY)),
                database.inTransaction(store -> store.imports().lastChanges("7")));
        assertEquals(
                List.of(new DossierChange("8", DossierChange.Kind.UNCHANGED, List.of(), id, JULY)),
                database.inTransaction(store -> store.imports().lastChanges("8")));
    }

    @Test
    void everyChangeKindIsAcceptedByTheStoreAndReadBack() {
        for (DossierChange.Kind kind : DossierChange.Kind.values()) {
            long id = database.inTransaction(store -> {
                long run = store.imports().start("a.xlsx", "xlsx", JULY);
                store.imports().recordChange(run, "k" + kind, kind, List.of());
                return run;
            });
            assertEquals(
                    List.of(new DossierChange("k" + kind, kind, List.of(), id, JULY)),
                    database.inTransaction(store -> store.imports().lastChanges("k" + kind)));
        }
    }

    @Test
    void finishingAnUnknownImportIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> database.inTransaction(store -> {
                    store.imports().finish(404, 0, 0, 0, 0);
                    return null;
                }));
    }
}
