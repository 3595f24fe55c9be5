package fr.ptce.workbench.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SchemaVersionTest {

    private final JdbcConnectionPool pool =
            JdbcConnectionPool.create("jdbc:h2:mem:schema-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "", "");

    @AfterEach
    void close() throws SQLException {
        execute("SHUTDOWN");
        pool.dispose();
    }

    @Test
    void theLatestVersionIsTheLastMigrationOfTheFolders() throws IOException {
        for (StoreEngine engine : StoreEngine.values()) {
            List<Integer> versions = versions(engine);
            assertEquals(
                    SchemaVersion.LATEST,
                    versions.get(versions.size() - 1),
                    "SchemaVersion.LATEST must follow the migrations of " + engine);
        }
    }

    @Test
    void eachEngineHasEveryTableMigrationOnceAndOnlyTheH2TuningIsH2Only() throws IOException {
        List<Integer> h2 = versions(StoreEngine.H2);
        List<Integer> postgresql = versions(StoreEngine.POSTGRESQL);
        assertEquals(h2.stream().distinct().toList(), h2, "no version twice on H2");
        assertEquals(postgresql.stream().distinct().toList(), postgresql, "no version twice on PostgreSQL");
        List<Integer> h2Only = new java.util.ArrayList<>(h2);
        h2Only.removeAll(postgresql);
        // V011 and V012 tune H2's identity caches; PostgreSQL has nothing to tune there
        assertEquals(List.of(11, 12), h2Only);
        assertTrue(h2.containsAll(postgresql), "no PostgreSQL-only migration");
    }

    /** The versions Flyway finds for an engine: common/ and the engine's own folder, in order. */
    private static List<Integer> versions(StoreEngine engine) throws IOException {
        Path root = Path.of("src/main/resources/db/migration");
        List<Integer> versions = new java.util.ArrayList<>();
        for (Path folder : List.of(root.resolve("common"), root.resolve(engine.migrationFolder()))) {
            try (Stream<Path> files = Files.list(folder)) {
                files.map(f -> f.getFileName().toString())
                        .filter(n -> n.matches("V\\d+__.*\\.sql"))
                        .map(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                        .forEach(versions::add);
            }
        }
        versions.sort(null);
        return versions;
    }

    @Test
    void aNewStoreIsNotAtTheLatestVersionAMigratedOneIs() {
        assertFalse(SchemaVersion.isLatest(pool), "no history yet: Flyway must run");
        migrate();
        assertTrue(SchemaVersion.isLatest(pool));
    }

    @Test
    void aStoreMissingTheLastMigrationOrWithAFailedOrLaterOneIsNot() throws SQLException {
        migrate();
        execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE CAST(\"version\" AS INT) = 3");
        assertFalse(SchemaVersion.isLatest(pool), "a failed migration: Flyway reports it");
        execute("UPDATE \"flyway_schema_history\" SET \"success\" = TRUE WHERE CAST(\"version\" AS INT) = 3");
        execute("UPDATE \"flyway_schema_history\" SET \"version\" = '" + (SchemaVersion.LATEST + 1)
                + "' WHERE CAST(\"version\" AS INT) = " + SchemaVersion.LATEST);
        assertFalse(SchemaVersion.isLatest(pool), "a store from a newer workbench: Flyway refuses it");
        execute("DELETE FROM \"flyway_schema_history\" WHERE CAST(\"version\" AS INT) > " + SchemaVersion.LATEST);
        assertFalse(SchemaVersion.isLatest(pool), "the last migration pending");
    }

    private void migrate() {
        Flyway.configure()
                .dataSource(pool)
                .locations(StoreEngine.H2.migrationLocations())
                .load()
                .migrate();
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = pool.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
