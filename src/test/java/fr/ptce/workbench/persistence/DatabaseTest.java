package fr.ptce.workbench.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.persistence.common.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path temp;

    @Test
    void anExceptionInsideATransactionLeavesTheStoreUnchangedAndIsRethrownAsItWas() {
        try (Database database = Database.openInMemory()) {
            database.inTransaction(store -> {
                store.dossiers().save(TestDossiers.sparse("1"));
                return null;
            });
            IllegalStateException failure = new IllegalStateException("boom");

            IllegalStateException thrown = assertThrows(
                    IllegalStateException.class,
                    () -> database.inTransaction(store -> {
                        store.dossiers().save(TestDossiers.full("1"));
                        store.dossiers().save(TestDossiers.full("2"));
                        store.notes().save("1", "note", OffsetDateTime.parse("2021-07-01T10:00:00+02:00"));
                        throw failure;
                    }));

            assertSame(failure, thrown);
            database.inTransaction(store -> {
                assertEquals(1, store.dossiers().count());
                assertEquals(
                        Optional.of(TestDossiers.sparse("1")), store.dossiers().find("1"));
                assertEquals(Optional.empty(), store.notes().find("1"));
                return null;
            });
        }
    }

    @Test
    void aStoreFailureSurfacesAsAStoreExceptionAndRollsBack() {
        try (Database database = Database.openInMemory()) {
            StoreException thrown = assertThrows(
                    StoreException.class,
                    () -> database.inTransaction(store -> {
                        store.dossiers().save(TestDossiers.sparse("1"));
                        // no dossier 404: the foreign key refuses the note
                        store.notes().save("404", "note", OffsetDateTime.parse("2021-07-01T10:00:00+02:00"));
                        return null;
                    }));

            assertTrue(thrown.getMessage().startsWith("Erreur de l'espace de travail"), thrown.getMessage());
            assertEquals(0, TestDossiers.count(database));
        }
    }

    @Test
    void aTransactionInsideATransactionIsRefused() {
        try (Database database = Database.openInMemory()) {
            assertThrows(
                    IllegalStateException.class,
                    () -> database.inTransaction(outer ->
                            database.inTransaction(inner -> inner.dossiers().count())));
            assertEquals(0, TestDossiers.count(database));
        }
    }

    @Test
    void aNewStoreIsMadeWholeUnderATemporaryNameAndALeftoverOfAKilledCreationIsIgnored() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("créé puis tué"));
        // what a process killed in the middle of the migrations leaves: a half-made store under the temporary name
        Files.write(folder.resolve("workspace-creating.mv.db"), new byte[] {1, 2, 3});

        try (Database database = Database.openFile(folder)) {
            assertEquals(
                    List.of(), database.inTransaction(store -> store.dossiers().outlines()));
        }

        assertTrue(Files.isRegularFile(folder.resolve("workspace.mv.db")));
        assertFalse(Files.exists(folder.resolve("workspace-creating.mv.db")), "moved into place, nothing left");
        try (Database reopened = Database.openFile(folder)) {
            assertEquals(
                    List.of(), reopened.inTransaction(store -> store.dossiers().outlines()));
        }
    }

    @Test
    void reopenedWorkspaceKeepsItsDossiersAndItsId() {
        Path folder = temp.resolve("espace de travail é");
        Dossier dossier = TestDossiers.full("4871234");
        String id;
        try (Database database = Database.openFile(folder)) {
            database.inTransaction(store -> {
                store.dossiers().save(dossier);
                return null;
            });
            id = database.workspaceId();
        }

        try (Database reopened = Database.openFile(folder)) {
            assertEquals(
                    Optional.of(dossier),
                    reopened.inTransaction(store -> store.dossiers().find("4871234")));
            assertEquals(id, reopened.workspaceId());
        }
        assertTrue(Files.exists(folder.resolve("workspace.mv.db")));
    }

    @Test
    void eachNewWorkspaceGetsItsOwnId() {
        try (Database first = Database.openFile(temp.resolve("a"));
                Database second = Database.openInMemory()) {
            assertNotEquals(first.workspaceId(), second.workspaceId());
            assertEquals(
                    first.workspaceId(), UUID.fromString(first.workspaceId()).toString());
        }
    }

    @Test
    void openingTheSameWorkspaceTwiceInOneProcessIsRefusedUntilItIsClosed() {
        Path folder = temp.resolve("ws");
        try (Database database = Database.openFile(folder)) {
            WorkspaceLockedException refused = assertThrows(
                    WorkspaceLockedException.class,
                    () -> Database.openFile(folder.resolve("..").resolve("ws")));
            assertEquals(expectedMessage(folder), refused.getMessage());
        }
        try (Database reopened = Database.openFile(folder)) {
            assertEquals(0, TestDossiers.count(reopened));
        }
    }

    @Test
    void secondProcessOpeningTheWorkspaceGetsAClearMessage() throws Exception {
        Path folder = temp.resolve("ws");
        try (SecondProcess other = SecondProcess.holding(folder, temp)) {
            WorkspaceLockedException refused =
                    assertThrows(WorkspaceLockedException.class, () -> Database.openFile(folder));

            assertEquals(expectedMessage(folder), refused.getMessage());
        }
        // and once the other instance has closed it, the workspace opens normally
        try (Database database = Database.openFile(folder)) {
            assertEquals(0, TestDossiers.count(database));
        }
    }

    @Test
    void aSaveAcknowledgedByAKilledProcessIsKept() throws Exception {
        Path folder = temp.resolve("ws");
        SecondProcess other = SecondProcess.holding(folder, temp, "4871234");

        other.kill();

        try (Database database = Database.openFile(folder)) {
            assertEquals(
                    Optional.of(TestDossiers.full("4871234")),
                    database.inTransaction(store -> store.dossiers().find("4871234")));
        }
    }

    private static String expectedMessage(Path folder) {
        return "L'espace de travail «\u00a0" + folder.toAbsolutePath().normalize() + "\u00a0» est déjà ouvert par une"
                + " autre instance de l'Atelier PTCE. Fermez-la puis réessayez.";
    }

    @Test
    void aFileGrownByManySmallCommitsIsCompactedAtCloseWithItsContentKept() throws Exception {
        Path folder = temp.resolve("many-commits");
        Path file = folder.resolve(WorkspaceEncryption.FILE_NAME + ".mv.db");
        String text = "x".repeat(2_000);
        long grown;
        try (Database database = Database.openFile(folder)) {
            for (int i = 0; i < 1_500; i++) {
                int n = i;
                database.inTransaction(store -> {
                    store.settings().put("essai." + (n % 50), n + text);
                    return null;
                });
            }
            grown = Files.size(file);
        }
        long closed = Files.size(file);

        assertTrue(grown > 8L << 20, "every commit is appended to the file: " + grown);
        assertTrue(closed < grown / 4, "compacted at close: " + grown + " → " + closed + " bytes");
        try (var files = Files.list(folder)) {
            assertEquals(List.of(file), files.toList(), "only the store: no trace file, no temporary file");
        }
        try (Database reopened = Database.openFile(folder)) {
            assertEquals(
                    Optional.of(1_499 + text),
                    reopened.inTransaction(store -> store.settings().find("essai.49")));
        }
    }
}
