package fr.ptce.workbench.persistence.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ptce.workbench.persistence.Database;
import fr.ptce.workbench.persistence.StoreEngine;
import fr.ptce.workbench.persistence.TestDossiers;
import fr.ptce.workbench.persistence.TestStores;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

@ParameterizedClass(name = "{0}")
@ArgumentsSource(TestStores.Engines.class)
class NoteRepositoryTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2021-07-01T10:00:00+02:00");

    private final Database database;

    NoteRepositoryTest(StoreEngine engine) {
        database = TestStores.open(engine);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void noteSurvivesAReimportOfItsDossier() {
        database.inTransaction(store -> {
            store.dossiers().save(TestDossiers.full("42"));
            store.notes().save("42", "Appeler la référente 📞\navant le comité", AT);
            return null;
        });

        database.inTransaction(store -> {
            store.dossiers().save(TestDossiers.sparse("42"));
            return null;
        });

        assertEquals(
                Optional.of("Appeler la référente 📞\navant le comité"),
                database.inTransaction(store -> store.notes().find("42")));
    }

    @Test
    void savingANoteReplacesThePreviousOne() {
        database.inTransaction(store -> {
            store.dossiers().save(TestDossiers.sparse("42"));
            store.notes().save("42", "premier jet", AT);
            store.notes().save("42", "version finale", AT.plusMinutes(5));
            return null;
        });

        assertEquals(
                Optional.of("version finale"),
                database.inTransaction(store -> store.notes().find("42")));
    }

    @Test
    void dossierWithoutNoteHasNone() {
        database.inTransaction(store -> {
            store.dossiers().save(TestDossiers.sparse("42"));
            return null;
        });

        assertEquals(
                Optional.empty(), database.inTransaction(store -> store.notes().find("42")));
    }
}
