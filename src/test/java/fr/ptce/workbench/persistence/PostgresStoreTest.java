package fr.ptce.workbench.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.persistence.common.StoreException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only a PostgreSQL store does: shared by several workbenches, its login checked, its refusals in French. */
class PostgresStoreTest {

    private final EmbeddedPostgresServer server = EmbeddedPostgresServer.shared();

    @TempDir
    Path folder;

    private Database open(ServerDatabase address) {
        return Database.openPostgres(
                address, server.superuser(), EmbeddedPostgresServer.SUPERUSER_PASSWORD.toCharArray());
    }

    @Test
    void aNewDatabaseIsMigratedWithTheCommonAndPostgresqlScriptsAndKeepsItsIdentity() throws SQLException {
        ServerDatabase address = emptyDatabase("ptce_migrated");
        String id;
        try (Database database = open(address)) {
            assertEquals(StoreEngine.POSTGRESQL, database.engine());
            id = database.workspaceId();
        }
        List<Integer> versions = new ArrayList<>();
        try (Connection connection = server.connect(address.database());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT CAST(version AS INT)"
                        + " FROM flyway_schema_history WHERE success ORDER BY installed_rank")) {
            while (rows.next()) {
                versions.add(rows.getInt(1));
            }
        }
        assertEquals(
                List.of(
                        1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 13, 14, 15, 16, 17, 20, 22, 23, 24, 25, 26, 27, 29, 31, 32, 34,
                        35),
                versions,
                "V011 and V012 tune H2 only");
        try (Database again = open(address)) {
            assertEquals(id, again.workspaceId(), "reopened, not created again");
        }
    }

    @Test
    void twoWorkbenchesShareTheSameDatabaseAtOnce() {
        ServerDatabase address = TestStores.freshDatabase();
        try (Database first = open(address);
                Database second = open(address)) {
            first.inTransaction(store -> {
                store.dossiers().save(TestDossiers.full("4242"));
                return null;
            });
            assertEquals(
                    java.util.Set.of("4242"),
                    second.inTransaction(store -> store.dossiers().numbers()));
            assertEquals(first.workspaceId(), second.workspaceId());
        }
    }

    @Test
    void aWrongPasswordIsRefusedInFrenchNamingTheAddressAndTheLogin() {
        ServerDatabase address = TestStores.freshDatabase();
        WorkspacePasswordException refused = assertThrows(
                WorkspacePasswordException.class,
                () -> Database.openPostgres(address, server.superuser(), "pas-le-bon".toCharArray()));
        assertEquals(WorkspacePasswordException.Reason.LOGIN_REFUSED, refused.reason());
        assertTrue(refused.getMessage().contains("identifiant ou mot de passe incorrect"), refused.getMessage());
        assertTrue(refused.getMessage().contains(address.toString()), refused.getMessage());
    }

    @Test
    void noPasswordWhereTheServerAsksOneSaysWhereToGiveIt() {
        WorkspacePasswordException refused = assertThrows(
                WorkspacePasswordException.class,
                () -> Database.openPostgres(TestStores.freshDatabase(), server.superuser(), null));
        assertEquals(WorkspacePasswordException.Reason.LOGIN_PASSWORD_MISSING, refused.reason());
        assertTrue(refused.getMessage().contains("--password-file, PGPASSWORD ou ~/.pgpass"), refused.getMessage());
    }

    @Test
    void aMissingDatabaseSaysTheAdministratorCreatesIt() {
        StoreException refused = assertThrows(StoreException.class, () -> open(server.address("ptce_absente")));
        assertTrue(
                refused.getMessage().contains("«\u00a0ptce_absente\u00a0» n'existe pas")
                        && refused.getMessage().contains("createdb"),
                refused.getMessage());
    }

    @Test
    void sslmodeVerifyFullReachesTheDriverWhichRefusesAServerWithoutTls() {
        ServerDatabase plain = server.address("postgres");
        ServerDatabase address = new ServerDatabase(
                plain.host(),
                plain.port(),
                plain.database(),
                plain.jdbcUrl() + "?sslmode=verify-full",
                plain.shown() + "?sslmode=verify-full");
        StoreException refused = assertThrows(StoreException.class, () -> open(address));
        assertTrue(refused.getMessage().contains("SSL"), refused.getMessage());
    }

    @Test
    void aSharedWorkspaceIsBackedUpByTheServerNotByTheWorkbench() {
        try (Database database = open(TestStores.freshDatabase())) {
            StoreException refused = assertThrows(
                    StoreException.class, () -> WorkspaceBackup.backup(database, folder.resolve("sauvegarde.zip")));
            assertTrue(refused.getMessage().contains("pg_dump"), refused.getMessage());
        }
    }

    private ServerDatabase emptyDatabase(String name) throws SQLException {
        try (Connection admin = server.connect("postgres");
                Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name);
        }
        return server.address(name);
    }
}
