package fr.ptce.workbench.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** The purge and the content digest, whose SQL reads the catalogue and so differs between the two engines. */
@ParameterizedClass(name = "{0}")
@ArgumentsSource(TestStores.Engines.class)
class CampaignPurgeTest {

    private final Database database;

    CampaignPurgeTest(StoreEngine engine) {
        database = TestStores.open(engine);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theDigestSeesEveryTableAndThePurgeEmptiesTheCampaignKeepingTheWorkspace() {
        String empty = StoreDigest.sha256(database);
        String id = database.workspaceId();
        database.inTransaction(store -> {
            store.dossiers().save(TestDossiers.full("101"));
            store.dossiers().save(TestDossiers.full("102"));
            store.notes().save("101", "À revoir", OffsetDateTime.parse("2021-12-01T10:00:00+01:00"));
            return null;
        });
        String filled = StoreDigest.sha256(database);
        assertNotEquals(empty, filled);
        assertEquals(filled, StoreDigest.sha256(database), "the digest of the same content is the same");
        assertTrue(database.withDsl(StoreDigest::tables).stream()
                .anyMatch(table -> table.equalsIgnoreCase("dossier_note")));

        assertEquals(2, CampaignPurge.purge(database));
        assertEquals(
                0, database.inTransaction(store -> store.dossiers().numbers()).size());
        assertEquals(id, database.workspaceId());
        assertEquals(empty, StoreDigest.sha256(database), "nothing of the campaign is left");
    }
}
